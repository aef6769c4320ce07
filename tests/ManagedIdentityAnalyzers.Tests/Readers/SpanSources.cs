using System.Collections.Generic;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Model.Json;
using ManagedIdentityAnalyzers.Readers.Json;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Tests.Readers;

/// <summary>A source that is just a span of the parsed text (and, for members, the removal span).</summary>
internal sealed class SpanSource : SourceRef
{
    public SpanSource(TextSpan span, TextSpan? removal = null)
    {
        Span = span;
        Removal = removal;
    }

    public TextSpan Span { get; }

    public TextSpan? Removal { get; }
}

/// <summary>Creates <see cref="SpanSource"/>s and checks that every span the parser gives lies in the text.</summary>
internal sealed class SpanSources : IJsonSourceFactory
{
    private readonly int length;

    public SpanSources(string text)
    {
        length = text.Length;
    }

    public List<string> Problems { get; } = new();

    public SourceRef Create(TextSpan span)
    {
        Check(span, "span");
        return new SpanSource(span);
    }

    public SourceRef CreateMember(TextSpan memberSpan, TextSpan removalSpan)
    {
        Check(memberSpan, "member");
        Check(removalSpan, "removal");
        if (!removalSpan.Contains(memberSpan) && removalSpan != memberSpan)
        {
            Problems.Add($"removal {removalSpan} does not cover member {memberSpan}");
        }

        return new SpanSource(memberSpan, removalSpan);
    }

    private void Check(TextSpan span, string what)
    {
        if (span.Start < 0 || span.End > length)
        {
            Problems.Add($"{what} {span} outside text of length {length}");
        }
    }

    public static string TextOf(string text, SourceRef source) => text.Substring(((SpanSource)source).Span.Start, ((SpanSource)source).Span.Length);

    public static TextSpan SpanOf(SourceRef source) => ((SpanSource)source).Span;

    public static TextSpan RemovalOf(JMember member) => ((SpanSource)member.MemberSource).Removal!.Value;
}
