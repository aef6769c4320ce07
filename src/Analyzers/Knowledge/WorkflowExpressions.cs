using System;
using System.Collections.Generic;
using ManagedIdentityAnalyzers.Model;

namespace ManagedIdentityAnalyzers.Knowledge
{
    /// <summary>
    /// Workflow-definition expressions inside string values. shared/rules.md ("What the rules read"): a value that
    /// starts with <c>@</c> is a workflow expression and is unknown; <c>@{...}</c> inside a string is an
    /// interpolation whose result is unknown, while the text around it stays literal (the catalog's example
    /// <c>https://@{parameters('acct')}.blob.core.windows.net/x</c>). ARM template expressions are whole values in
    /// brackets, <c>[...]</c>.
    /// </summary>
    internal static class WorkflowExpressions
    {
        /// <summary>Whether known text is a whole workflow expression (<c>@...</c>) or an ARM expression (<c>[...]</c>).</summary>
        public static bool IsWholeExpression(string text) =>
            (text.StartsWith("@", StringComparison.Ordinal) && !text.StartsWith("@{", StringComparison.Ordinal))
            || (text.StartsWith("[", StringComparison.Ordinal) && text.EndsWith("]", StringComparison.Ordinal));

        /// <summary>Whether known text contains a workflow expression anywhere (<c>@{...}</c> or a leading <c>@</c>).</summary>
        public static bool ContainsExpression(string text) =>
            text.StartsWith("@", StringComparison.Ordinal) || text.IndexOf("@{", StringComparison.Ordinal) >= 0;

        /// <summary>
        /// The value's segments with every <c>@{...}</c> interpolation inside literal text turned into a hole (null),
        /// adjacent holes merged. Quoted strings inside an interpolation (single quotes) may hold braces. An
        /// interpolation without its closing brace makes the rest of the value a hole.
        /// </summary>
        public static List<string?> Segments(PartialString value)
        {
            var result = new List<string?>();
            foreach (var segment in value.Segments)
            {
                if (segment is null)
                {
                    AddHole(result);
                    continue;
                }

                var start = 0;
                while (start < segment.Length)
                {
                    var open = segment.IndexOf("@{", start, StringComparison.Ordinal);
                    if (open < 0)
                    {
                        AddText(result, segment.Substring(start));
                        break;
                    }

                    if (open > start)
                    {
                        AddText(result, segment.Substring(start, open - start));
                    }

                    AddHole(result);
                    var close = ClosingBrace(segment, open + 2);
                    if (close < 0)
                    {
                        return result;
                    }

                    start = close + 1;
                }
            }

            return result;
        }

        private static int ClosingBrace(string text, int from)
        {
            var depth = 0;
            var quoted = false;
            for (var i = from; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '\'')
                    {
                        quoted = false;
                    }
                }
                else if (c == '\'')
                {
                    quoted = true;
                }
                else if (c == '{')
                {
                    depth++;
                }
                else if (c == '}')
                {
                    if (depth == 0)
                    {
                        return i;
                    }

                    depth--;
                }
            }

            return -1;
        }

        private static void AddHole(List<string?> result)
        {
            if (result.Count == 0 || result[result.Count - 1] is not null)
            {
                result.Add(null);
            }
        }

        private static void AddText(List<string?> result, string text)
        {
            if (text.Length == 0)
            {
                return;
            }

            if (result.Count > 0 && result[result.Count - 1] is string previous)
            {
                result[result.Count - 1] = previous + text;
            }
            else
            {
                result.Add(text);
            }
        }
    }
}
