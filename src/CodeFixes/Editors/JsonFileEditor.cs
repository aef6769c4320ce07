using System;
using System.Collections.Generic;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Findings.Contract;
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
        /// <summary>
        /// The text changes of a plan whose every edit is a node of this JSON file; null when the file is not the text the
        /// diagnostic was computed on (a file is never re-analysed by the fixer: its fixes are offered on the text they
        /// were computed on), when the plan edits nothing or a node elsewhere, or when an edit cannot be applied.
        /// </summary>
        public static List<TextChange>? Changes(SourceText text, FixContract contract, FixPlan plan)
        {
            if (plan.Edits.IsEmpty || !contract.Document.Matches(text, new TextSpan(0, text.Length)))
            {
                return null;
            }

            var changes = new List<TextChange>(plan.Edits.Length);
            var removals = new List<TextSpan>();
            foreach (var edit in plan.Edits)
            {
                if (contract.Target(edit.Target) is not { Editor: FixEditor.JsonFile } target
                    || !target.SpanMatches(text)
                    || Change(text, target, edit) is not { } change)
                {
                    return null;
                }

                if (edit.Kind == EditKind.Remove)
                {
                    removals.Add(change.Span);
                }
                else
                {
                    changes.Add(change);
                }
            }

            foreach (var removal in JsonTextChanges.MergeRemovals(text, removals))
            {
                changes.Add(new TextChange(WholeLines(text, removal), string.Empty));
            }

            return JsonTextChanges.NonOverlapping(changes);
        }

        private static TextChange? Change(SourceText text, FixTarget target, Edit edit)
        {
            var span = target.Span;
            switch (edit.Kind)
            {
                case EditKind.ReplaceValue when IsValueToken(text, span) && JsonValue(edit) is string json:
                    return new TextChange(span, json);
                case EditKind.Remove
                    when target.Removal is { } removal
                        && (target.RemovalText is not { } stamp || stamp.Matches(text, removal))
                        && removal.Contains(span)
                        && span.Length > 0 && text[span.Start] == '"':
                    return new TextChange(removal, string.Empty);
                case EditKind.AddMember
                    when edit.Name is not null
                        && target.Insertion is { } insertion
                        && IsValueToken(text, span) && text[span.Start] == '{'
                        && insertion.Position > span.Start && insertion.Position < span.End
                        && JsonValue(edit) is string value:
                    var member = JsonText.String(MemberName(edit)) + ": " + value;
                    if (insertion.Indent is string indent)
                    {
                        return new TextChange(new TextSpan(insertion.Position, 0), insertion.Separator + NewLine(text) + indent + member);
                    }

                    // An empty object written on one line: "{ }" → "{ "name": value }".
                    return new TextChange(new TextSpan(insertion.Position, 0), insertion.Position == span.Start + 1
                        ? " " + member + " "
                        : insertion.Separator + " " + member);
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
