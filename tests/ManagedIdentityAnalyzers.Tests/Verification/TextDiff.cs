using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ManagedIdentityAnalyzers.Tests.Verification;

/// <summary>A small line diff (longest common subsequence) for failure messages; test texts are short.</summary>
internal static class TextDiff
{
    public static string NormalizeLineEndings(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

    /// <summary>Lines prefixed with <c>-</c> (expected only), <c>+</c> (actual only) or a space (both), with two lines of context.</summary>
    public static string Unified(string expected, string actual, int context = 2)
    {
        string[] a = NormalizeLineEndings(expected).Split('\n');
        string[] b = NormalizeLineEndings(actual).Split('\n');

        // lcs[i, j] = length of the LCS of a[i..] and b[j..].
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
        {
            for (int j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var lines = new List<(char Kind, string Text, int ExpectedLine, int ActualLine)>();
        int x = 0;
        int y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                lines.Add((' ', a[x], x + 1, y + 1));
                x++;
                y++;
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                lines.Add(('-', a[x], x + 1, y + 1));
                x++;
            }
            else
            {
                lines.Add(('+', b[y], x + 1, y + 1));
                y++;
            }
        }

        var keep = new bool[lines.Count];
        for (int k = 0; k < lines.Count; k++)
        {
            if (lines[k].Kind != ' ')
            {
                for (int m = Math.Max(0, k - context); m <= Math.Min(lines.Count - 1, k + context); m++)
                {
                    keep[m] = true;
                }
            }
        }

        var builder = new StringBuilder();
        bool skipping = false;
        for (int k = 0; k < lines.Count; k++)
        {
            if (!keep[k])
            {
                skipping = true;
                continue;
            }

            if (skipping || k == 0)
            {
                builder.Append("@@ expected line ").Append(lines[k].ExpectedLine).Append(", actual line ").Append(lines[k].ActualLine).AppendLine(" @@");
                skipping = false;
            }

            builder.Append(lines[k].Kind).Append(' ').AppendLine(Visible(lines[k].Text, lines[k].Kind != ' '));
        }

        if (string.Equals(Squeeze(expected), Squeeze(actual), StringComparison.Ordinal))
        {
            builder.AppendLine("(The texts differ only in whitespace; trailing whitespace is shown as '·', tabs as '→'.)");
        }

        return builder.ToString();
    }

    private static string Visible(string line, bool changed)
    {
        if (!changed)
        {
            return line;
        }

        string trimmed = line.TrimEnd(' ', '\t');
        string trailing = line.Substring(trimmed.Length).Replace(' ', '·').Replace('\t', '→');
        return trimmed.Replace("\t", "→") + trailing;
    }

    private static string Squeeze(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
