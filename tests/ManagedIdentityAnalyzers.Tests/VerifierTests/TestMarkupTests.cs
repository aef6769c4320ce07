using System.Linq;
using ManagedIdentityAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Tests.VerifierTests;

public class TestMarkupTests
{
    [Fact]
    public void ParsesDefaultAndExplicitIds()
    {
        ParsedMarkup parsed = TestMarkup.Parse("a [|bc|] d {|X01:ef|} g");

        Assert.Equal("a bc d ef g", parsed.Text);
        Assert.Equal(
            new[] { new MarkupSpan(null, new TextSpan(2, 2)), new MarkupSpan("X01", new TextSpan(7, 2)) },
            parsed.Spans.ToArray());
    }

    [Fact]
    public void ParsesNestedEmptyAndMarkerSpans()
    {
        ParsedMarkup parsed = TestMarkup.Parse("{|A:x[|y|]{|#0:|}z|}");

        Assert.Equal("xyz", parsed.Text);
        Assert.Contains(new MarkupSpan("A", new TextSpan(0, 3)), parsed.Spans);
        Assert.Contains(new MarkupSpan(null, new TextSpan(1, 1)), parsed.Spans);
        MarkupSpan marker = Assert.Single(parsed.Spans, s => s.IsLocationMarker);
        Assert.Equal(new TextSpan(2, 0), marker.Span);
    }

    [Fact]
    public void LeavesOrdinaryTextAlone()
    {
        const string code = "var x = a[b|c] | d; var y = new { |z| }; if (p || q) {}";

        ParsedMarkup parsed = TestMarkup.Parse(code);

        Assert.Equal(code, parsed.Text);
        Assert.Empty(parsed.Spans);
    }

    [Fact]
    public void UnclosedMarkupIsReported()
    {
        var e = Assert.Throws<VerificationException>(() => TestMarkup.Parse("x\n  [|y"));

        Assert.Contains("line 2, column 3", e.Message);
    }

    [Fact]
    public void AnnotateRoundTrips()
    {
        const string markup = "{|A:x{|B:y|}{|C:|}z|} {|D:w|}";
        ParsedMarkup parsed = TestMarkup.Parse(markup);

        string annotated = TestMarkup.Annotate(parsed.Text, parsed.Spans.Select(s => (s.Id!, s.Span)));

        Assert.Equal(markup, annotated);
    }
}
