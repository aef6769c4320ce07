using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.CodeFixes.Editors
{
    /// <summary>Text-change helpers the JSON editors share (JSON inside C# literals, JSON files).</summary>
    internal static class JsonTextChanges
    {
        /// <summary>
        /// Removal spans of neighbouring members share the comma between them: they are merged. When a merged run ends
        /// at the object's closing brace, the comma before the run goes with it, so no trailing comma is left.
        /// </summary>
        public static List<TextSpan> MergeRemovals(SourceText text, List<TextSpan> removals)
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
                result.Add(count > 1 ? WithDanglingComma(text, span) : span);
            }

            return result;
        }

        /// <summary>A removal of a last member also removes the comma before it, so no trailing comma is left behind.</summary>
        public static TextSpan WithDanglingComma(SourceText text, TextSpan span)
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

        /// <summary>
        /// The changes when no two touch the same text; null when they do (the fix is then not offered). An insertion
        /// strictly inside a replaced or removed span counts (<see cref="TextSpan.OverlapsWith"/> misses it, and
        /// <c>SourceText.WithChanges</c> throws on it).
        /// </summary>
        public static List<TextChange>? NonOverlapping(List<TextChange> changes)
        {
            for (var i = 0; i < changes.Count; i++)
            {
                for (var j = i + 1; j < changes.Count; j++)
                {
                    if (Conflict(changes[i].Span, changes[j].Span))
                    {
                        return null;
                    }
                }
            }

            return changes;
        }

        /// <summary>Whether two changes' spans overlap, start at the same place, or one is an insertion strictly inside the other.</summary>
        public static bool Conflict(TextSpan a, TextSpan b) =>
            a.OverlapsWith(b) || a.Start == b.Start || Inside(a, b) || Inside(b, a);

        private static bool Inside(TextSpan insertion, TextSpan other) =>
            insertion.IsEmpty && other.Start < insertion.Start && insertion.Start < other.End;
    }
}
