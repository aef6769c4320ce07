using System;
using System.Collections.Generic;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Findings.Contract;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.CodeFixes.Editors
{
    /// <summary>
    /// Edits JSON written inside C# literals as text: each edit becomes a text change at the source the reader mapped
    /// (carried in the <see cref="FixTarget"/>), with the new JSON re-encoded for that literal's kind (escapes, doubled
    /// quotes, raw, interpolation braces). Before it changes anything it checks that the spans still hold the text the
    /// analyzer stamped; otherwise the edit is refused. A new member goes after the object's last member, on its own
    /// line with the line's indentation where the object spans several lines of a verbatim or raw literal.
    /// </summary>
    internal static class JsonLiteralEditor
    {
        /// <summary>The text change an edit makes to <paramref name="text"/>; null when the target does not hold what it must.</summary>
        public static TextEdit? Change(SourceText text, FixTarget target, Edit edit)
        {
            if (target.Editor != FixEditor.JsonInLiteral || !target.SpanMatches(text))
            {
                return null;
            }

            switch (edit.Kind)
            {
                case EditKind.ReplaceValue
                    when target.Token is { } token
                        && Matches(target.TokenText, text, token)
                        && JsonValue(edit) is string json
                        && LiteralEncoding.Encode(json, target.TokenLiteral) is string encoded:
                    return new TextEdit(token, encoded, isRemoval: false);
                case EditKind.Remove when target.Removal is { } removal && Matches(target.RemovalText, text, removal):
                    return new TextEdit(removal, string.Empty, isRemoval: true);
                case EditKind.AddMember
                    when edit.Name is not null
                        && target.Insertion is { } insertion
                        && insertion.Position <= text.Length
                        && target.Span.Contains(insertion.Position)
                        && JsonValue(edit) is string value
                        && LiteralEncoding.Encode(JsonText.String(edit.Name) + ": " + value, insertion.Literal) is string member:
                    var lineBreak = insertion.Indent is not null && insertion.Literal.SpansLines
                        ? NewLine(text) + insertion.Indent
                        : " ";
                    return new TextEdit(new TextSpan(insertion.Position, 0), insertion.Separator + lineBreak + member, isRemoval: false);
                default:
                    return null;
            }
        }

        /// <summary>
        /// The text changes of several edits together. Removal spans of neighbouring members share the comma between
        /// them: they are merged, and when a merged run ends at the object's closing brace, the comma before the run
        /// goes with it, so no trailing comma is left.
        /// </summary>
        public static List<TextChange> Merge(SourceText text, IEnumerable<TextEdit> edits)
        {
            var changes = new List<TextChange>();
            var removals = new List<TextSpan>();
            foreach (var edit in edits)
            {
                if (edit.IsRemoval)
                {
                    removals.Add(edit.Span);
                }
                else
                {
                    changes.Add(new TextChange(edit.Span, edit.NewText));
                }
            }

            foreach (var removal in MergeRemovals(text, removals))
            {
                changes.Add(new TextChange(removal, string.Empty));
            }

            changes.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
            return changes;
        }

        private static bool Matches(TextStamp? stamp, SourceText text, TextSpan span) => stamp is not { } expected || expected.Matches(text, span);

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
                result.Add(count > 1 ? WithDanglingComma(text, span) : span);
            }

            return result;
        }

        private static TextSpan WithDanglingComma(SourceText text, TextSpan span)
        {
            var after = span.End;
            while (after < text.Length && char.IsWhiteSpace(text[after]))
            {
                after++;
            }

            if (after >= text.Length || text[after] != '}')
            {
                return span;
            }

            var before = span.Start - 1;
            while (before >= 0 && char.IsWhiteSpace(text[before]))
            {
                before--;
            }

            return before >= 0 && text[before] == ',' ? TextSpan.FromBounds(before, span.End) : span;
        }

        /// <summary>The edit's value as a JSON token.</summary>
        private static string? JsonValue(Edit edit) => edit.Value is null
            ? null
            : edit.ValueKind switch
            {
                ValueKind.String or ValueKind.IdentityType => JsonText.String(edit.Value),
                ValueKind.Json => FixValue.Parse(edit.Value) is null ? null : edit.Value,
                _ => null,
            };

        private static string NewLine(SourceText text)
        {
            foreach (var line in text.Lines)
            {
                var breakLength = line.EndIncludingLineBreak - line.End;
                if (breakLength > 0)
                {
                    return text.ToString(new TextSpan(line.End, breakLength));
                }
            }

            return "\n";
        }
    }

    /// <summary>A text change an editor computed, and whether it removes a member (removals of neighbours are merged).</summary>
    internal readonly struct TextEdit : IEquatable<TextEdit>
    {
        public TextEdit(TextSpan span, string newText, bool isRemoval)
        {
            Span = span;
            NewText = newText;
            IsRemoval = isRemoval;
        }

        public TextSpan Span { get; }

        public string NewText { get; }

        public bool IsRemoval { get; }

        public bool Equals(TextEdit other) => Span == other.Span && NewText == other.NewText && IsRemoval == other.IsRemoval;

        public override bool Equals(object? obj) => obj is TextEdit other && Equals(other);

        public override int GetHashCode() => Span.GetHashCode() ^ NewText.GetHashCode();
    }
}
