using ManagedIdentityAnalyzers.Findings.Contract;
using ManagedIdentityAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace ManagedIdentityAnalyzers.Readers.CSharp
{
    /// <summary>A model node read from typed C#: a syntax node, reported on and edited as C# syntax.</summary>
    internal sealed class CSharpNode : SourceRef, IReportableSource
    {
        public CSharpNode(SyntaxNode syntax)
        {
            Syntax = syntax;
        }

        public SyntaxNode Syntax { get; }

        public Location Location => Syntax.GetLocation();

        public FixTarget FixTarget => new FixTarget(FixEditor.CSharpSyntax, Syntax.Span);
    }
}
