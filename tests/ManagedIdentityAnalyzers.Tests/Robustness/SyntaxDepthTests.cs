using System.Linq;
using System.Threading;
using ManagedIdentityAnalyzers.Readers.CSharp;
using Microsoft.CodeAnalysis.CSharp;

namespace ManagedIdentityAnalyzers.Tests.Robustness;

/// <summary>
/// Roslyn builds operation trees recursively without a stack guard, so a body nested thousands of levels deep is not
/// bound by the reader at all (<see cref="SyntaxDepth"/>); these tests check the depth measure itself, on syntax only.
/// </summary>
public class SyntaxDepthTests
{
    private static Microsoft.CodeAnalysis.SyntaxNode Body(int levels) =>
        CSharpSyntaxTree.ParseText("class C { object M() => " + new string('(', levels) + "1" + new string(')', levels) + "; }")
            .GetRoot()
            .DescendantNodes()
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>()
            .Single();

    [Fact]
    public void Ordinary_bodies_are_read() => Assert.False(SyntaxDepth.Exceeds(Body(50), CancellationToken.None));

    [Fact]
    public void Bodies_nested_deeper_than_the_bound_are_not_read() =>
        Assert.True(SyntaxDepth.Exceeds(Body(SyntaxDepth.Max + 10), CancellationToken.None));
}
