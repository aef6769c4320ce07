using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Readers.Files;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.CodeFixes.Editors
{
    /// <summary>
    /// Edits a JSON file of the project (an additional document) as text, at the spans the reader recorded (carried in
    /// the diagnostic): a value token is replaced by the new JSON; a member is removed with one separating comma
    /// (neighbouring removals merged, no trailing comma left behind, no blank line left behind); a new member goes after the object's last
    /// member, on its own line with that member's indentation, using the file's own line ends, or on the same line
    /// when the object is written on one line. Nothing else of the file changes. A span that no longer holds a JSON
    /// token of the right kind (the file changed since the analysis) makes the plan inapplicable.
    /// </summary>
    internal static class JsonFileEditor
    {
        public static async Task<bool> CanApplyAsync(TextDocument document, Diagnostic diagnostic, FixPlan plan, CancellationToken cancellationToken)
        {
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            return Changes(text, diagnostic, plan) is not null;
        }

        public static async Task<Solution> ApplyAsync(TextDocument document, Diagnostic diagnostic, FixPlan plan, CancellationToken cancellationToken)
        {
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var changes = Changes(text, diagnostic, plan);
            return changes is null
                ? document.Project.Solution
                : document.Project.Solution.WithAdditionalDocumentText(document.Id, text.WithChanges(changes));
        }

        /// <summary>The text changes of a plan; null when any edit cannot be applied.</summary>
        public static List<TextChange>? Changes(SourceText text, Diagnostic diagnostic, FixPlan plan)
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
                }
                else
                {
                    changes.Add(change.Value);
                }
            }

            foreach (var removal in MergeRemovals(text, removals))
            {
                changes.Add(new TextChange(WholeLines(text, removal), string.Empty));
            }

            return JsonTextChanges.NonOverlapping(changes);
        }

        private static TextChange? Change(SourceText text, Diagnostic diagnostic, Edit edit)
        {
            string? Data(string key) => FixPlanCodec.NodeData(diagnostic.Properties, edit.Target, key);
            switch (edit.Kind)
            {
                case EditKind.ReplaceValue
                    when JsonFileNode.TryParseSpan(Data(JsonFileNode.SourceSpanKey), out var span)
                        && IsValueToken(text, span)
                        && JsonValue(edit) is string json:
                    return new TextChange(span, json);
                case EditKind.Remove
                    when JsonFileNode.TryParseSpan(Data(JsonFileNode.RemovalSpanKey), out var removal)
                        && JsonFileNode.TryParseSpan(Data(JsonFileNode.SourceSpanKey), out var removed)
                        && removal.End <= text.Length
                        && removal.Contains(removed)
                        && removed.Length > 0 && text[removed.Start] == '"':
                    return new TextChange(removal, string.Empty);
                case EditKind.AddMember
                    when edit.Name is not null
                        && int.TryParse(Data(JsonFileNode.InsertKey), out var position)
                        && JsonFileNode.TryParseSpan(Data(JsonFileNode.SourceSpanKey), out var objectSpan)
                        && IsValueToken(text, objectSpan) && text[objectSpan.Start] == '{'
                        && position > objectSpan.Start && position < objectSpan.End
                        && JsonValue(edit) is string value:
                    var member = JsonText.String(MemberName(edit)) + ": " + value;
                    var separator = Data(JsonFileNode.SeparatorKey) ?? string.Empty;
                    if (Data(JsonFileNode.IndentKey) is string indent)
                    {
                        return new TextChange(new TextSpan(position, 0), separator + NewLine(text) + indent + member);
                    }

                    return new TextChange(new TextSpan(position, 0), Data(JsonFileNode.EmptyObjectKey) is not null
                        ? " " + member + " "
                        : separator + " " + member);
                default:
                    return null;
            }
        }

        /// <summary>The name a new member gets: JSON names of ARM and workflow definitions start in lower case.</summary>
        private static string MemberName(Edit edit) =>
            edit.ValueKind == ValueKind.ManagedIdentity && edit.Name!.Length > 0
                ? char.ToLowerInvariant(edit.Name[0]) + edit.Name.Substring(1)
                : edit.Name!;

        /// <summary>The edit's value as JSON text.</summary>
        private static string? JsonValue(Edit edit) => edit.Value is null
            ? null
            : edit.ValueKind switch
            {
                ValueKind.String or ValueKind.IdentityType => JsonText.String(edit.Value),
                ValueKind.Json => edit.Value,
                ValueKind.ManagedIdentity => "{ \"type\": " + JsonText.String(edit.Value) + " }",
                _ => null,
            };

        /// <summary>Whether a span still holds one JSON value token: a string, an object, an array, or a literal.</summary>
        private static bool IsValueToken(SourceText text, TextSpan span)
        {
            if (span.IsEmpty || span.End > text.Length)
            {
                return false;
            }

            var first = text[span.Start];
            var last = text[span.End - 1];
            return first switch
            {
                '"' => span.Length >= 2 && last == '"',
                '{' => last == '}',
                '[' => last == ']',
                _ => char.IsLetterOrDigit(first) || first == '-',
            };
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
                    merged[merged.Count - 1] = (TextSpan.FromBounds(last.Span.Start, Math.Max(last.Span.End, removal.End)), last.Count + 1);
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

        /// <summary>A removal that would leave its lines blank takes those lines, line breaks included.</summary>
        private static TextSpan WholeLines(SourceText text, TextSpan span)
        {
            var first = text.Lines.GetLineFromPosition(span.Start);
            var last = text.Lines.GetLineFromPosition(span.End);
            for (var i = first.Start; i < span.Start; i++)
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    return span;
                }
            }

            for (var i = span.End; i < last.End; i++)
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    return span;
                }
            }

            return TextSpan.FromBounds(first.Start, last.EndIncludingLineBreak);
        }

        /// <summary>The file's own line end: CRLF when its first line ends so, else LF.</summary>
        private static string NewLine(SourceText text)
        {
            foreach (var line in text.Lines)
            {
                if (line.EndIncludingLineBreak > line.End)
                {
                    return text.ToString(TextSpan.FromBounds(line.End, line.EndIncludingLineBreak));
                }
            }

            return "\n";
        }
    }
}
