using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Tests.Verification;

/// <summary>One span of parsed markup.</summary>
/// <param name="Id">
/// <c>null</c> for <c>[|...|]</c> (the test's default diagnostic ID); the ID for <c>{|ID:...|}</c>; for a location
/// marker <c>{|#0:...|}</c> the text <c>#0</c> (see <see cref="IsLocationMarker"/>).
/// </param>
/// <param name="Span">The span in the clean text.</param>
public readonly record struct MarkupSpan(string? Id, TextSpan Span)
{
    /// <summary><c>{|#N:...|}</c> marks a location that a <see cref="DiagnosticResult"/> refers to by number; it expects nothing by itself.</summary>
    public bool IsLocationMarker => Id is not null && Id.StartsWith('#');
}

/// <summary>Clean text and the spans that were marked in it.</summary>
public sealed record ParsedMarkup(string Text, ImmutableArray<MarkupSpan> Spans);

/// <summary>
/// Test markup, valid anywhere in the text (C# code, inside string literals, JSON, ...):
/// <list type="bullet">
/// <item><c>[|text|]</c>: a diagnostic with the test's default ID on <c>text</c>;</item>
/// <item><c>{|ID:text|}</c>: a diagnostic with <c>ID</c> on <c>text</c> (ID: letters, digits, <c>_ . -</c>);</item>
/// <item><c>{|#0:text|}</c>: a numbered location for <see cref="DiagnosticResult.WithLocation(int)"/>, no diagnostic by itself.</item>
/// </list>
/// Spans may be nested and empty. A closer only counts when it closes the innermost open span of its kind
/// (<c>|]</c> for <c>[|</c>, <c>|}</c> for <c>{|</c>); otherwise it is ordinary text, and so is <c>{|</c> when no
/// <c>ID:</c> follows it. There is no escape syntax.
/// </summary>
public static class TestMarkup
{
    public static ParsedMarkup Parse(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);

        var text = new StringBuilder(markup.Length);
        var open = new Stack<(string? Id, int Start, bool Brace, int MarkupIndex)>();
        var spans = ImmutableArray.CreateBuilder<MarkupSpan>();

        int i = 0;
        while (i < markup.Length)
        {
            char c = markup[i];
            char next = i + 1 < markup.Length ? markup[i + 1] : '\0';

            if (c == '[' && next == '|')
            {
                open.Push((null, text.Length, false, i));
                i += 2;
                continue;
            }

            if (c == '{' && next == '|')
            {
                int j = i + 2;
                while (j < markup.Length && IsIdChar(markup[j], j == i + 2))
                {
                    j++;
                }

                if (j > i + 2 && j < markup.Length && markup[j] == ':')
                {
                    open.Push((markup.Substring(i + 2, j - i - 2), text.Length, true, i));
                    i = j + 1;
                    continue;
                }
            }

            if (c == '|' && (next == ']' || next == '}') && open.Count > 0 && open.Peek().Brace == (next == '}'))
            {
                var (id, start, _, _) = open.Pop();
                spans.Add(new MarkupSpan(id, TextSpan.FromBounds(start, text.Length)));
                i += 2;
                continue;
            }

            text.Append(c);
            i++;
        }

        if (open.Count > 0)
        {
            var (id, _, _, markupIndex) = open.Peek();
            (int line, int column) = LineColumn(markup, markupIndex);
            string opener = id is null ? "[|" : "{|" + id + ":";
            throw new VerificationException(
                $"Invalid test markup: '{opener}' at markup line {line}, column {column} is never closed (expected '{(id is null ? "|]" : "|}")}').");
        }

        return new ParsedMarkup(
            text.ToString(),
            spans.OrderBy(s => s.Span.Start).ThenByDescending(s => s.Span.End).ToImmutableArray());
    }

    /// <summary>
    /// Writes <paramref name="spans"/> into <paramref name="text"/> as <c>{|ID:...|}</c> markup (the inverse of
    /// <see cref="Parse"/>). Spans that cross each other (neither contains the other) cannot be expressed as markup;
    /// the output is then still produced but will not parse back.
    /// </summary>
    public static string Annotate(string text, IEnumerable<(string Id, TextSpan Span)> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);

        // Events at one position: closers of non-empty spans (innermost first), then empty spans, then openers
        // (outermost first).
        var events = new List<(int Position, int Order, int TieBreak, string Text)>();
        foreach (var (id, span) in spans)
        {
            int start = Math.Clamp(span.Start, 0, text.Length);
            int end = Math.Clamp(span.End, start, text.Length);
            if (start == end)
            {
                events.Add((start, 1, 0, "{|" + id + ":|}"));
            }
            else
            {
                events.Add((end, 0, -start, "|}"));
                events.Add((start, 2, -end, "{|" + id + ":"));
            }
        }

        var builder = new StringBuilder(text.Length + (events.Count * 12));
        int written = 0;
        foreach (var e in events.OrderBy(e => e.Position).ThenBy(e => e.Order).ThenBy(e => e.TieBreak))
        {
            builder.Append(text, written, e.Position - written);
            written = e.Position;
            builder.Append(e.Text);
        }

        builder.Append(text, written, text.Length - written);
        return builder.ToString();
    }

    private static bool IsIdChar(char c, bool first)
        => char.IsLetterOrDigit(c) || c == '_' || (!first && (c == '.' || c == '-')) || (first && c == '#');

    private static (int Line, int Column) LineColumn(string text, int index)
    {
        int line = 1;
        int lineStart = 0;
        for (int k = 0; k < index; k++)
        {
            if (text[k] == '\n')
            {
                line++;
                lineStart = k + 1;
            }
        }

        return (line, index - lineStart + 1);
    }
}
