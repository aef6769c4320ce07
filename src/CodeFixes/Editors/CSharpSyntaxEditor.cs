using System.Collections.Generic;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Findings.Contract;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.CodeFixes.Editors
{
    /// <summary>
    /// Edits C# syntax: typed SDK code and JSON written as C# objects (anonymous objects, dictionary and
    /// <c>JsonObject</c> initializers). It replaces values (an identity type becomes a <c>ManagedServiceIdentityType</c>
    /// member where the expression has that type), removes statements, initializer elements and anonymous members,
    /// and adds members to object creations. New syntax is annotated so the simplifier shortens names and adds
    /// using directives, and the formatter tidies what changed. It edits only a node whose span still holds the text
    /// the analyzer stamped.
    /// </summary>
    internal static class CSharpSyntaxEditor
    {
        private const string IdentityTypeMetadataName = "Azure.ResourceManager.Models.ManagedServiceIdentityType";
        private const string IdentityMetadataName = "Azure.ResourceManager.Models.ManagedServiceIdentity";

        /// <summary>
        /// The node an edit changes: the node with exactly the target's span, when the span still holds the text the
        /// analyzer stamped and the edit can be written there; null otherwise.
        /// </summary>
        public static SyntaxNode? Find(SyntaxNode root, SourceText text, SemanticModel model, SyntaxGenerator generator, FixTarget target, Edit edit)
        {
            if (target.Editor != FixEditor.CSharpSyntax || !target.SpanMatches(text) || FindExact(root, target.Span) is not { } node)
            {
                return null;
            }

            var supported = edit.Kind switch
            {
                EditKind.ReplaceValue => node is ExpressionSyntax expression && edit.Value is not null
                    && (edit.ValueKind != ValueKind.Json || JsonValue(model, expression, edit.Value) is not null),
                EditKind.Remove => RemovableNode(node) is not null,
                EditKind.AddMember => AddedMember(generator, model, node, edit) is not null,
                _ => false,
            };
            return supported ? node : null;
        }

        /// <summary>The node with exactly <paramref name="span"/> (the outermost expression or member of that span).</summary>
        public static SyntaxNode? FindExact(SyntaxNode root, TextSpan span)
        {
            if (!root.FullSpan.Contains(span))
            {
                return null;
            }

            var node = root.FindNode(span, getInnermostNodeForTie: true);
            while (node.Parent is { } parent && parent.Span == span && node is not ExpressionSyntax && node is not AnonymousObjectMemberDeclaratorSyntax)
            {
                node = parent;
            }

            return node.Span == span ? node : null;
        }

        /// <summary>Applies an edit to <paramref name="node"/>, a node of <paramref name="editor"/>'s original root.</summary>
        public static void Apply(DocumentEditor editor, SyntaxNode node, Edit edit, HashSet<SyntaxNode> removed)
        {
            switch (edit.Kind)
            {
                case EditKind.ReplaceValue when node is ExpressionSyntax expression && edit.Value is not null:
                    editor.ReplaceNode(expression, NewValue(editor, expression, edit).WithTriviaFrom(expression));
                    break;
                case EditKind.Remove when RemovableNode(node) is { } removable && removed.Add(removable):
                    editor.RemoveNode(removable, SyntaxRemoveOptions.KeepUnbalancedDirectives);
                    break;
                case EditKind.AddMember when AddedMember(editor.Generator, editor.SemanticModel, node, edit) is { } added:
                    editor.ReplaceNode(node, (current, _) => AddTo(current, added));
                    break;
            }
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
