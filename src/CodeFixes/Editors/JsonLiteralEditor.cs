using System;
using System.Collections.Generic;
using System.Text;
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
                    return new TextEdit(TextEditKind.Replace, token, encoded);
                case EditKind.ReplaceValue
                    when target.Token is null
                        && target.Content is { } content
                        && edit.ValueKind is ValueKind.String or ValueKind.IdentityType
                        && edit.Value is not null
                        && Matches(target.ContentText, text, content)
                        && LiteralEncoding.Encode(StringContent(edit.Value), target.ContentLiteral) is string encodedContent:
                    return new TextEdit(TextEditKind.Replace, content, encodedContent);
                case EditKind.Remove when target.Removal is { } removal && Matches(target.RemovalText, text, removal):
                    return new TextEdit(TextEditKind.Remove, removal, string.Empty);
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
                    return new TextEdit(TextEditKind.Insert, new TextSpan(insertion.Position, 0), lineBreak + member, insertion.Separator);
                default:
                    return null;
            }
        }

        /// <summary>
        /// The text changes of several edits together. Removal spans of neighbouring members share the comma between
        /// them: they are merged, and when a merged run ends at the object's closing brace, the comma before the run
        /// goes with it, so no trailing comma is left. Members added at the same place follow each other, in order,
        /// each after a comma but the first.
        /// </summary>
        public static List<TextChange> Merge(SourceText text, IEnumerable<TextEdit> edits)
        {
            var changes = new List<TextChange>();
            var removals = new List<TextSpan>();
            var insertions = new Dictionary<int, StringBuilder>();
            foreach (var edit in edits)
            {
                switch (edit.Kind)
                {
                    case TextEditKind.Remove:
                        removals.Add(edit.Span);
                        break;
                    case TextEditKind.Insert when insertions.TryGetValue(edit.Span.Start, out var joined):
                        joined.Append(',').Append(edit.NewText);
                        break;
                    case TextEditKind.Insert:
                        insertions[edit.Span.Start] = new StringBuilder(edit.Separator).Append(edit.NewText);
                        break;
                    default:
                        changes.Add(new TextChange(edit.Span, edit.NewText));
                        break;
                }
            }

            foreach (var insertion in insertions)
            {
                changes.Add(new TextChange(new TextSpan(insertion.Key, 0), insertion.Value.ToString()));
            }

            foreach (var removal in JsonTextChanges.MergeRemovals(text, removals))
            {
                changes.Add(new TextChange(removal, string.Empty));
            }

            changes.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
            return changes;
        }

        private static bool Matches(TextStamp? stamp, SourceText text, TextSpan span) => stamp is not { } expected || expected.Matches(text, span);

        /// <summary>A string value as the JSON text between its quotes.</summary>
        private static string StringContent(string value)
        {
            var token = JsonText.String(value);
            return token.Substring(1, token.Length - 2);
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

    /// <summary>What a text edit does.</summary>
    internal enum TextEditKind
    {
        Replace,
        Remove,
        Insert,
    }

    /// <summary>
    /// A text change an editor computed: a replacement, a removal of a member (removals of neighbours are merged), or an
    /// insertion of a member (<see cref="Separator"/> goes before it unless another member is inserted there first).
    /// </summary>
    internal readonly struct TextEdit : IEquatable<TextEdit>
    {
        public TextEdit(TextEditKind kind, TextSpan span, string newText, string separator = "")
        {
            Kind = kind;
            Span = span;
            NewText = newText;
            Separator = separator;
        }

        public TextEditKind Kind { get; }

        public TextSpan Span { get; }

        public string NewText { get; }

        public string Separator { get; }

        public bool Equals(TextEdit other) =>
            Kind == other.Kind && Span == other.Span && NewText == other.NewText && Separator == other.Separator;

        public override bool Equals(object? obj) => obj is TextEdit other && Equals(other);

        public override int GetHashCode() => Span.GetHashCode() ^ NewText.GetHashCode();
    }
}
