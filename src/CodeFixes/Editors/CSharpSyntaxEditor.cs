using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace ManagedIdentityAnalyzers.CodeFixes.Editors
{
    /// <summary>
    /// Edits C# syntax: typed SDK code and JSON written as C# objects (anonymous objects, dictionary and
    /// <c>JsonObject</c> initializers). It replaces values (an identity type becomes a <c>ManagedServiceIdentityType</c>
    /// member where the expression has that type), removes statements, initializer elements and anonymous members,
    /// and adds members to object creations. New syntax is annotated so the simplifier shortens names and adds
    /// using directives, and the formatter tidies what changed.
    /// </summary>
    internal sealed class CSharpSyntaxEditor : IPlanEditor
    {
        private const string IdentityTypeMetadataName = "Azure.ResourceManager.Models.ManagedServiceIdentityType";
        private const string IdentityMetadataName = "Azure.ResourceManager.Models.ManagedServiceIdentity";

        public static readonly CSharpSyntaxEditor Instance = new CSharpSyntaxEditor();

        public async Task<bool> CanApplyAsync(Document document, Diagnostic diagnostic, FixPlan plan, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return false;
            }

            foreach (var edit in plan.Edits)
            {
                var node = FindTarget(root, diagnostic, edit.Target);
                var supported = node is not null && edit.Kind switch
                {
                    EditKind.ReplaceValue => node is ExpressionSyntax expression && edit.Value is not null
                        && (edit.ValueKind != ValueKind.Json || JsonValue(model, expression, edit.Value) is not null),
                    EditKind.Remove => RemovableNode(node) is not null,
                    EditKind.AddMember => AddedMember(SyntaxGenerator.GetGenerator(document), model, node, edit) is not null,
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
                switch (edit.Kind)
                {
                    case EditKind.ReplaceValue when node is ExpressionSyntax expression && edit.Value is not null:
                        editor.ReplaceNode(expression, NewValue(editor, expression, edit).WithTriviaFrom(expression));
                        break;
                    case EditKind.Remove when node is not null && RemovableNode(node) is { } removable && removed.Add(removable):
                        editor.RemoveNode(removable, SyntaxRemoveOptions.KeepUnbalancedDirectives);
                        break;
                    case EditKind.AddMember when node is not null && AddedMember(editor.Generator, editor.SemanticModel, node, edit) is { } added:
                        editor.ReplaceNode(node, (current, _) => AddTo(current, added));
                        break;
                }
            }

            return editor.GetChangedDocument();
        }

        private static SyntaxNode NewValue(DocumentEditor editor, ExpressionSyntax expression, Edit edit)
        {
            var generator = editor.Generator;
            var model = editor.SemanticModel;
            switch (edit.ValueKind)
            {
                case ValueKind.IdentityType
                    when IdentityTypes.TryNormalize(edit.Value!, out var kind)
                        && model.Compilation.GetTypeByMetadataName(IdentityTypeMetadataName) is { } identityType
                        && IsOfType(model.GetTypeInfo(expression), identityType):
                    return IdentityMember(generator, identityType, kind);
                case ValueKind.ManagedIdentity when NewIdentity(generator, model, edit.Value!) is { } identity:
                    return identity;
                case ValueKind.Json when JsonValue(model, expression, edit.Value!) is { } json:
                    return json.WithAdditionalAnnotations(Formatter.Annotation);
                default:
                    return generator.LiteralExpression(edit.Value!);
            }
        }

        /// <summary>
        /// JSON written as C# in the style of the object the replaced value belongs to (an anonymous object's member, a
        /// dictionary or <c>JsonObject</c> element); null elsewhere, or when the value cannot be written in that style.
        /// </summary>
        private static ExpressionSyntax? JsonValue(SemanticModel model, ExpressionSyntax value, string json)
        {
            var style = value.Parent switch
            {
                AnonymousObjectMemberDeclaratorSyntax => CSharpJsonValues.Style.Anonymous,
                AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax creation } } assignment
                    when assignment.Right == value => CSharpJsonValues.StyleOf(model.GetTypeInfo(creation).Type),
                _ => null,
            };
            return style is { } known ? CSharpJsonValues.Render(ValueKind.Json, json, known) : null;
        }

        private static SyntaxNode IdentityMember(SyntaxGenerator generator, INamedTypeSymbol identityType, IdentityKind kind) =>
            generator.MemberAccessExpression(generator.TypeExpression(identityType, addImport: true), IdentityTypes.SdkMemberName(kind))
                .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);

        /// <summary><c>new ManagedServiceIdentity(ManagedServiceIdentityType.X)</c>.</summary>
        private static SyntaxNode? NewIdentity(SyntaxGenerator generator, SemanticModel model, string canonicalType)
        {
            if (!IdentityTypes.TryNormalize(canonicalType, out var kind)
                || model.Compilation.GetTypeByMetadataName(IdentityMetadataName) is not { } identity
                || model.Compilation.GetTypeByMetadataName(IdentityTypeMetadataName) is not { } identityType)
            {
                return null;
            }

            return generator.ObjectCreationExpression(
                    generator.TypeExpression(identity, addImport: true),
                    IdentityMember(generator, identityType, kind))
                .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
        }

        /// <summary>The member to add to an object creation, in that object's style; null when it cannot be written there.</summary>
        private static SyntaxNode? AddedMember(SyntaxGenerator generator, SemanticModel model, SyntaxNode node, Edit edit)
        {
            if (edit.Name is not string name || edit.Value is not string value)
            {
                return null;
            }

            switch (node)
            {
                case AnonymousObjectCreationExpressionSyntax when SyntaxFacts.IsValidIdentifier(name)
                        && CSharpJsonValues.Render(edit.ValueKind, value, CSharpJsonValues.Style.Anonymous) is { } anonymousValue:
                    return SyntaxFactory.AnonymousObjectMemberDeclarator(SyntaxFactory.NameEquals(name), anonymousValue);
                case BaseObjectCreationExpressionSyntax creation when edit.ValueKind == ValueKind.ManagedIdentity:
                    return SyntaxFacts.IsValidIdentifier(name) && NewIdentity(generator, model, value) is ExpressionSyntax identity
                        ? SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName(name), identity)
                        : null;
                case BaseObjectCreationExpressionSyntax creation
                        when CSharpJsonValues.StyleOf(model.GetTypeInfo(creation).Type) is { } style
                        && CSharpJsonValues.Render(edit.ValueKind, value, style) is { } elementValue:
                    return SyntaxFactory.AssignmentExpression(
                        SyntaxKind.SimpleAssignmentExpression,
                        SyntaxFactory.ImplicitElementAccess(SyntaxFactory.BracketedArgumentList(SyntaxFactory.SingletonSeparatedList(
                            SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name)))))),
                        elementValue);
                default:
                    return null;
            }
        }

        private static SyntaxNode AddTo(SyntaxNode current, SyntaxNode added)
        {
            switch (current)
            {
                case AnonymousObjectCreationExpressionSyntax anonymous when added is AnonymousObjectMemberDeclaratorSyntax member:
                    return anonymous.AddInitializers(member).WithAdditionalAnnotations(Formatter.Annotation);
                case BaseObjectCreationExpressionSyntax creation when added is ExpressionSyntax element:
                    var initializer = creation.Initializer is { } existing
                        ? existing.AddExpressions(element)
                        : SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression, SyntaxFactory.SingletonSeparatedList(element));
                    if (creation is ObjectCreationExpressionSyntax { ArgumentList: null } withoutArguments && creation.Initializer is null)
                    {
                        creation = withoutArguments.WithArgumentList(SyntaxFactory.ArgumentList());
                    }

                    return creation.WithInitializer(initializer).WithAdditionalAnnotations(Formatter.Annotation);
                default:
                    return current;
            }
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
            while (node.Parent is { } parent && parent.Span == location.SourceSpan && node is not ExpressionSyntax && node is not AnonymousObjectMemberDeclaratorSyntax)
            {
                node = parent;
            }

            return node.Span == location.SourceSpan ? node : null;
        }

        /// <summary>A statement, an element of an object or collection initializer, or an anonymous object's member.</summary>
        private static SyntaxNode? RemovableNode(SyntaxNode node) => node switch
        {
            ExpressionStatementSyntax statement => statement,
            AnonymousObjectMemberDeclaratorSyntax member => member,
            ExpressionSyntax element when element.Parent is InitializerExpressionSyntax => element,
            _ => null,
        };
    }
}
