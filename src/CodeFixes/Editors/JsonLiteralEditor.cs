using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Readers.CSharp;
using ManagedIdentityAnalyzers.Readers.CSharp.Literals;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.CodeFixes.Editors
{
    /// <summary>
    /// Edits JSON written inside C# literals as text: each edit becomes a text change at the source the reader mapped
    /// (carried in the diagnostic), with the new JSON re-encoded for that literal's kind (escapes, doubled quotes,
    /// raw, interpolation braces). A new member goes after the object's last member, on its own line with the line's
    /// indentation where the object spans several lines of a verbatim or raw literal.
    /// </summary>
    internal sealed class JsonLiteralEditor : IPlanEditor
    {
        public static readonly JsonLiteralEditor Instance = new JsonLiteralEditor();

        public async Task<bool> CanApplyAsync(Document document, Diagnostic diagnostic, FixPlan plan, CancellationToken cancellationToken)
        {
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            return Changes(text, diagnostic, plan) is not null;
        }

        public async Task<Document> ApplyAsync(Document document, Diagnostic diagnostic, FixPlan plan, CancellationToken cancellationToken)
        {
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var changes = Changes(text, diagnostic, plan);
            return changes is null ? document : document.WithText(text.WithChanges(changes));
        }

        private static List<TextChange>? Changes(SourceText text, Diagnostic diagnostic, FixPlan plan)
        {
            var changes = new List<TextChange>(plan.Edits.Length);
            var removals = new List<TextSpan>();
            foreach (var edit in plan.Edits)
            {
                var change = Change(text, diagnostic, edit);
                if (change is null)
                {
                    return null;
                }

                if (edit.Kind == EditKind.Remove)
                {
                    removals.Add(change.Value.Span);
                    continue;
                }

                changes.Add(change.Value);
            }

            foreach (var removal in MergeRemovals(text, removals))
            {
                changes.Add(new TextChange(removal, string.Empty));
            }

            return JsonTextChanges.NonOverlapping(changes);
        }

        /// <summary>
        /// Removal spans of neighbouring members share the comma between them: they are merged. When a merged run
        /// ends at the object's closing brace, the comma before the run goes with it, so no trailing comma is left.
        /// </summary>
        private static List<TextSpan> MergeRemovals(SourceText text, List<TextSpan> removals)
        {
            removals.Sort((a, b) => a.Start.CompareTo(b.Start));
            var merged = new List<(TextSpan Span, int Count)>();
            foreach (var removal in removals)
            {
                if (merged.Count > 0 && merged[merged.Count - 1].Span.End >= removal.Start)
                {
                    var last = merged[merged.Count - 1];
                    merged[merged.Count - 1] = (TextSpan.FromBounds(last.Span.Start, System.Math.Max(last.Span.End, removal.End)), last.Count + 1);
                }
                else
                {
                    merged.Add((removal, 1));
                }
            }

            var result = new List<TextSpan>(merged.Count);
            foreach (var (span, count) in merged)
            {
                result.Add(count > 1 ? JsonTextChanges.WithDanglingComma(text, span) : span);
            }

            return result;
        }

        private static TextChange? Change(SourceText text, Diagnostic diagnostic, Edit edit)
        {
            string? Data(string key) => FixPlanCodec.NodeData(diagnostic.Properties, edit.Target, key);
            switch (edit.Kind)
            {
                case EditKind.ReplaceValue
                    when JsonInLiteralNode.TryParseSpan(Data(JsonInLiteralNode.SourceSpanKey), out var span)
                        && JsonInLiteralNode.TryParsePiece(Data(JsonInLiteralNode.LiteralKey), out var piece)
                        && InRange(text, span)
                        && JsonValue(edit) is string json
                        && LiteralEncoding.Encode(json, piece) is string encoded:
                    return new TextChange(span, encoded);
                case EditKind.Remove
                    when JsonInLiteralNode.TryParseSpan(Data(JsonInLiteralNode.RemovalSpanKey), out var removal) && InRange(text, removal):
                    return new TextChange(removal, string.Empty);
                case EditKind.AddMember
                    when edit.Name is not null
                        && int.TryParse(Data(JsonInLiteralNode.InsertKey), out var position)
                        && position >= 0 && position <= text.Length
                        && JsonInLiteralNode.TryParsePiece(Data(JsonInLiteralNode.InsertLiteralKey), out var insertPiece)
                        && JsonValue(edit) is string value
                        && LiteralEncoding.Encode(JsonText.String(edit.Name) + ": " + value, insertPiece) is string member:
                    var separator = Data(JsonInLiteralNode.SeparatorKey) ?? string.Empty;
                    var indent = Data(JsonInLiteralNode.IndentKey);
                    var lineBreak = indent is not null && SpansLines(insertPiece)
                        ? NewLine(text) + indent
                        : " ";
                    return new TextChange(new TextSpan(position, 0), separator + lineBreak + member);
                default:
                    return null;
            }
        }

        /// <summary>The edit's value as a JSON token.</summary>
        private static string? JsonValue(Edit edit) => edit.Value is null
            ? null
            : edit.ValueKind switch
            {
                ValueKind.String or ValueKind.IdentityType => JsonText.String(edit.Value),
                ValueKind.Json => edit.Value,
                _ => null,
            };

        /// <summary>Literal kinds whose source may hold a real line break inside the text.</summary>
        private static bool SpansLines(LiteralPieceInfo piece) =>
            piece.Kind is LiteralKind.Verbatim or LiteralKind.InterpolatedVerbatim
            || (piece.Kind is LiteralKind.Raw or LiteralKind.InterpolatedRaw && piece.IsMultiLine);

        private static bool InRange(SourceText text, TextSpan span) => span.End <= text.Length;

        private static string NewLine(SourceText text) => text.ToString().Contains("\r\n") ? "\r\n" : "\n";
    }
}
