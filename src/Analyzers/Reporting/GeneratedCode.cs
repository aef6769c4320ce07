using System;
using System.Threading;
using ManagedIdentityAnalyzers.Readers.CSharp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Reporting
{
    /// <summary>
    /// Generated code is neither analyzed nor reported in, as <c>GeneratedCodeAnalysisFlags.None</c> would have the
    /// driver do; the C# analyzer decides it itself because the driver's way is costly for this analyzer. On the first
    /// diagnostic of a document, the driver walks every token of the document for the name <c>GeneratedCode</c>
    /// (about a quarter of a millisecond for a typical file, which showed as a quarter of our reporting time).
    /// Here a generated document (its name, its <c>&lt;auto-generated&gt;</c> header, <c>generated_code</c> in
    /// .editorconfig: the analysis context's <c>IsGeneratedCode</c>) is skipped by the caller, and a diagnostic is
    /// dropped when it lies in a <c>#line hidden</c> region, or inside a declaration marked
    /// <c>[System.CodeDom.Compiler.GeneratedCode]</c> (with its containers, and not for a type or member declared in
    /// several parts, as the driver decides). That last check costs one search of the document's text unless the text
    /// names <c>GeneratedCode</c> (or holds a Unicode escape, through which an identifier can be spelled).
    /// </summary>
    internal static class GeneratedCode
    {
        private const string AttributeName = "GeneratedCode";

        /// <summary>
        /// <paramref name="report"/> itself when no location of the document can be generated code; otherwise a report
        /// that drops the diagnostics whose location is.
        /// </summary>
        public static Action<Diagnostic> Filter(SemanticModel model, string text, Action<Diagnostic> report, CancellationToken cancellationToken)
        {
            var tree = model.SyntaxTree;
            var hidden = tree.HasHiddenRegions();
            var attributed = text.IndexOf(AttributeName, StringComparison.Ordinal) >= 0
                || IdentifierNames.HasUnicodeEscape(text, 0, text.Length);
            if (!hidden && !attributed)
            {
                return report;
            }

            return diagnostic =>
            {
                var location = diagnostic.Location;
                if (location.SourceTree != tree
                    || !(hidden && tree.GetLineVisibility(location.SourceSpan.Start, cancellationToken) == LineVisibility.Hidden)
                    && !(attributed && IsInGeneratedDeclaration(model, location.SourceSpan, cancellationToken)))
                {
                    report(diagnostic);
                }
            };
        }

        /// <summary>Whether a declaration around <paramref name="span"/> or its container says it is generated code.</summary>
        private static bool IsInGeneratedDeclaration(SemanticModel model, TextSpan span, CancellationToken cancellationToken)
        {
            var root = model.SyntaxTree.GetRoot(cancellationToken);
            if (!root.FullSpan.Contains(span))
            {
                return false;
            }

            for (var node = root.FindNode(span, getInnermostNodeForTie: true); node is not null; node = node.Parent)
            {
                if (IsDeclaration(node) && IsMarkedGenerated(model.GetDeclaredSymbol(node, cancellationToken)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The declarations that can carry an attribute and whose symbol is found without binding a body (an anonymous
        /// object's member, for one, would bind its method).
        /// </summary>
        private static bool IsDeclaration(SyntaxNode node) => node switch
        {
            BaseNamespaceDeclarationSyntax or GlobalStatementSyntax or IncompleteMemberSyntax => false,
            MemberDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax or ParameterSyntax or TypeParameterSyntax => true,
            VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax } => true,
            _ => false,
        };

        /// <summary>
        /// Whether the symbol or one of its containers carries <c>[GeneratedCode]</c>. A symbol declared in several
        /// parts is not generated code: the attribute can be written on one part only, and the others are someone's code.
        /// </summary>
        private static bool IsMarkedGenerated(ISymbol? symbol)
        {
            for (; symbol is not null; symbol = symbol.ContainingSymbol)
            {
                if (symbol.Kind == SymbolKind.Namespace)
                {
                    continue;
                }

                if (symbol.DeclaringSyntaxReferences.Length > 1)
                {
                    return false;
                }

                foreach (var attribute in symbol.GetAttributes())
                {
                    if (IsGeneratedCodeAttribute(attribute.AttributeClass))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool IsGeneratedCodeAttribute(INamedTypeSymbol? type) =>
            type is { Name: AttributeName + "Attribute", ContainingNamespace: { Name: "Compiler" } compiler }
            && compiler.ContainingNamespace is { Name: "CodeDom" } codeDom
            && codeDom.ContainingNamespace is { Name: "System" } system
            && system.ContainingNamespace is { IsGlobalNamespace: true };
    }
}
