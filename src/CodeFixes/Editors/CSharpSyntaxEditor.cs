using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace ManagedIdentityAnalyzers.CodeFixes.Editors
{
    /// <summary>
    /// Edits typed C#: replaces a value expression (an identity type becomes a <c>ManagedServiceIdentityType</c>
    /// member, or its canonical string where the expression is a string) and removes statements and initializer
    /// elements. Edits are built with the syntax generator and annotated so the simplifier adds the using directive
    /// and shortens names, and the formatter tidies what changed.
    /// </summary>
    internal sealed class CSharpSyntaxEditor : IPlanEditor
    {
        private const string IdentityTypeMetadataName = "Azure.ResourceManager.Models.ManagedServiceIdentityType";

        public static readonly CSharpSyntaxEditor Instance = new CSharpSyntaxEditor();

        public async Task<bool> CanApplyAsync(Document document, Diagnostic diagnostic, FixPlan plan, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return false;
            }

            foreach (var edit in plan.Edits)
            {
                var node = FindTarget(root, diagnostic, edit.Target);
                if (node is null)
                {
                    return false;
                }

                var supported = edit.Kind switch
                {
                    EditKind.ReplaceValue => node is ExpressionSyntax && edit.Value is not null,
                    EditKind.Remove => RemovableNode(node) is not null,
                    _ => false,
                };
                if (!supported)
                {
                    return false;
                }
            }

            return true;
        }

        public async Task<Document> ApplyAsync(Document document, Diagnostic diagnostic, FixPlan plan, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var root = editor.OriginalRoot;
            var removed = new HashSet<SyntaxNode>();
            foreach (var edit in plan.Edits)
            {
                var node = FindTarget(root, diagnostic, edit.Target);
                if (node is null)
                {
                    continue;
                }

                switch (edit.Kind)
                {
                    case EditKind.ReplaceValue when node is ExpressionSyntax expression && edit.Value is not null:
                        editor.ReplaceNode(expression, NewValue(editor, expression, edit).WithTriviaFrom(expression));
                        break;
                    case EditKind.Remove when RemovableNode(node) is { } removable && removed.Add(removable):
                        editor.RemoveNode(removable, SyntaxRemoveOptions.KeepUnbalancedDirectives);
                        break;
                }
            }

            return editor.GetChangedDocument();
        }

        private static SyntaxNode NewValue(DocumentEditor editor, ExpressionSyntax expression, Edit edit)
        {
            var generator = editor.Generator;
            if (edit.ValueKind == ValueKind.IdentityType
                && IdentityTypes.TryNormalize(edit.Value!, out var kind)
                && editor.SemanticModel.Compilation.GetTypeByMetadataName(IdentityTypeMetadataName) is { } identityType
                && IsOfType(editor.SemanticModel.GetTypeInfo(expression), identityType))
            {
                return generator.MemberAccessExpression(
                        generator.TypeExpression(identityType, addImport: true),
                        IdentityTypes.SdkMemberName(kind))
                    .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
            }

            return generator.LiteralExpression(edit.Value!);
        }

        private static bool IsOfType(TypeInfo info, INamedTypeSymbol type) =>
            SymbolEqualityComparer.Default.Equals(info.ConvertedType, type) || SymbolEqualityComparer.Default.Equals(info.Type, type);

        /// <summary>The node of a diagnostic location (0) or additional location (1..) with exactly that span.</summary>
        private static SyntaxNode? FindTarget(SyntaxNode root, Diagnostic diagnostic, int target)
        {
            var location = target == 0
                ? diagnostic.Location
                : target - 1 < diagnostic.AdditionalLocations.Count ? diagnostic.AdditionalLocations[target - 1] : null;
            if (location is null || !location.IsInSource || location.SourceTree != root.SyntaxTree || !root.FullSpan.Contains(location.SourceSpan))
            {
                return null;
            }

            var node = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true);
            return node.Span == location.SourceSpan ? node : null;
        }

        /// <summary>A statement, or an element of an object or collection initializer.</summary>
        private static SyntaxNode? RemovableNode(SyntaxNode node) => node switch
        {
            ExpressionStatementSyntax statement => statement,
            ExpressionSyntax element when element.Parent is InitializerExpressionSyntax => element,
            _ => null,
        };
    }
}
