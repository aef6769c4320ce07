using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.CodeFixes.Editors
{
    /// <summary>Text-change helpers the JSON editors share (JSON inside C# literals, JSON files).</summary>
    internal static class JsonTextChanges
    {
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

        /// <summary>The changes when no two touch the same text; null when they do (the fix is then not offered).</summary>
        public static List<TextChange>? NonOverlapping(List<TextChange> changes)
        {
            for (var i = 0; i < changes.Count; i++)
            {
                for (var j = i + 1; j < changes.Count; j++)
                {
                    if (changes[i].Span.OverlapsWith(changes[j].Span) || changes[i].Span.Start == changes[j].Span.Start)
                    {
                        return null;
                    }
                }
            }

            return changes;
        }
    }
}
