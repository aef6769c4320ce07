using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;
using static ManagedIdentityAnalyzers.Tests.Knowledge.Holes;

namespace ManagedIdentityAnalyzers.Tests.Knowledge;

public class WorkflowExpressionsTests
{
    [Theory]
    [InlineData("https://@{parameters('acct')}.blob.core.windows.net/x", "https://|{?}|.blob.core.windows.net/x")]
    [InlineData("@{parameters('base')}/x", "{?}|/x")]
    [InlineData("a@{x}@{y}b", "a|{?}|b")]
    [InlineData("a@{concat('}', '{')}b", "a|{?}|b")]
    [InlineData("a@{if(equals(1, 1), '{', '}')}b", "a|{?}|b")]
    [InlineData("a@{unclosed", "a|{?}")]
    [InlineData("user@example.com", "user@example.com")]
    [InlineData("", "")]
    public void Interpolations_become_holes(string text, string expected)
    {
        Assert.Equal(expected, string.Join("|", WorkflowExpressions.Segments(PartialString.Known(text)).ConvertAll(s => s ?? Hole)));
    }

    [Fact]
    public void Existing_holes_merge_with_interpolation_holes()
    {
        var value = new PartialString(ImmutableArray.Create<string?>("a", null, "@{x}b"));
        Assert.Equal("a|{?}|b", string.Join("|", WorkflowExpressions.Segments(value).ConvertAll(s => s ?? Hole)));
    }

    [Theory]
    [InlineData("@parameters('x')", true)]
    [InlineData("[parameters('x')]", true)]
    [InlineData("@{parameters('x')}", false)]
    [InlineData("https://example.com", false)]
    [InlineData("[not closed", false)]
    public void Whole_expressions(string text, bool whole)
    {
        Assert.Equal(whole, WorkflowExpressions.IsWholeExpression(text));
    }
}
