using System.Collections.Generic;
using ManagedIdentityAnalyzers.CodeFixes.Editors;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Tests.Fixes;

/// <summary>
/// The changes of one JSON fix must be applicable together: an insertion strictly inside a removed or replaced span
/// is a conflict (<see cref="TextSpan.OverlapsWith"/> says no, and <c>SourceText.WithChanges</c> throws on it).
/// </summary>
public class JsonTextChangesTests
{
    [Theory]
    [InlineData(10, 20, 15, 15, true)]
    [InlineData(10, 20, 12, 18, true)]
    [InlineData(10, 20, 10, 10, true)]
    [InlineData(10, 20, 20, 20, false)]
    [InlineData(10, 20, 20, 25, false)]
    [InlineData(10, 20, 5, 10, false)]
    [InlineData(15, 15, 10, 20, true)]
    public void Conflicts_are_told(int start, int end, int otherStart, int otherEnd, bool conflict)
    {
        var a = TextSpan.FromBounds(start, end);
        var b = TextSpan.FromBounds(otherStart, otherEnd);
        Assert.Equal(conflict, JsonTextChanges.Conflict(a, b));

        var changes = new List<TextChange> { new(a, "x"), new(b, "y") };
        var text = SourceText.From(new string('.', 30));
        if (JsonTextChanges.NonOverlapping(changes) is { } applicable)
        {
            Assert.False(conflict);
            Assert.Equal(32 - a.Length - b.Length, text.WithChanges(applicable).Length);
        }
        else
        {
            Assert.True(conflict);
        }
    }
}
