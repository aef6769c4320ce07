using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ManagedIdentityAnalyzers.CodeFixes.Editors
{
    /// <summary>
    /// A fix that replaces a reference to a local (<c>const string Label = "System Assigned"</c> used once) leaves the
    /// local unused, which the compiler warns about (CS0219) and a build with warnings as errors rejects. After the
    /// edits, a local that the document used before and no longer uses is removed with its declaration, when that has
    /// one declarator and an initializer without side effects (literals, constants, operators, interpolations of them);
    /// so is a local only such a removed initializer used. Uses are counted by name within the enclosing member, so a
    /// name also used otherwise keeps its local: nothing is removed that might still be used.
    /// </summary>
    internal static class OrphanedLocals
    {
        private const int MaxRounds = 8;

        public static SyntaxNode Remove(SyntaxNode originalRoot, SyntaxNode changedRoot, CancellationToken cancellationToken)
        {
            var usedBefore = new HashSet<(string Member, string Local)>();
            foreach (var (member, declaration, name) in Candidates(originalRoot, cancellationToken))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Uses(member, name, cancellationToken) > 0)
                {
                    usedBefore.Add((MemberKey(member), name));
                }
            }

            if (usedBefore.Count == 0)
            {
                return changedRoot;
            }

            var root = changedRoot;
            for (var round = 0; round < MaxRounds; round++)
            {
                var orphaned = new List<SyntaxNode>();
                foreach (var (member, declaration, name) in Candidates(root, cancellationToken))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (usedBefore.Contains((MemberKey(member), name)) && Uses(member, name, cancellationToken) == 0)
                    {
                        orphaned.Add(declaration);
                    }
                }

                if (orphaned.Count == 0)
                {
                    break;
                }

                root = root.RemoveNodes(orphaned, SyntaxRemoveOptions.KeepUnbalancedDirectives) ?? root;
            }

            return root;
        }

        /// <summary>Local declaration statements with one declarator and a side-effect-free initializer, with their member.</summary>
        private static IEnumerable<(MemberDeclarationSyntax Member, LocalDeclarationStatementSyntax Declaration, string Name)> Candidates(SyntaxNode root, CancellationToken cancellationToken)
        {
            var visited = 0;
            foreach (var node in root.DescendantNodes())
            {
                if ((++visited & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (node is not LocalDeclarationStatementSyntax declaration)
                {
                    continue;
                }

                if (declaration.Declaration.Variables.Count == 1
                    && declaration.Declaration.Variables[0] is { Initializer.Value: { } value } variable
                    && !declaration.UsingKeyword.IsKind(SyntaxKind.UsingKeyword)
                    && IsSideEffectFree(value)
                    && declaration.FirstAncestorOrSelf<MemberDeclarationSyntax>() is { } member)
                {
                    yield return (member, declaration, variable.Identifier.ValueText);
                }
            }
        }

        /// <summary>The identifiers named <paramref name="name"/> in the member (declarations are not identifiers).</summary>
        private static int Uses(MemberDeclarationSyntax member, string name, CancellationToken cancellationToken)
        {
            var count = 0;
            var visited = 0;
            foreach (var token in member.DescendantTokens())
            {
                if ((++visited & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name && token.Parent is IdentifierNameSyntax)
                {
                    count++;
                }
            }

            return count;
        }

        private static string MemberKey(MemberDeclarationSyntax member)
        {
            var names = new List<string>();
            for (SyntaxNode? node = member; node is not null; node = node.Parent)
            {
                switch (node)
                {
                    case BaseTypeDeclarationSyntax type:
                        names.Add(type.Identifier.ValueText);
                        break;
                    case MethodDeclarationSyntax method:
                        names.Add(method.Identifier.ValueText + "/" + method.ParameterList.Parameters.Count);
                        break;
                    case PropertyDeclarationSyntax property:
                        names.Add(property.Identifier.ValueText);
                        break;
                    case BaseMethodDeclarationSyntax other:
                        names.Add(other.Kind() + "/" + other.ParameterList.Parameters.Count);
                        break;
                }
            }

            names.Reverse();
            return string.Join(".", names);
        }

        private static bool IsSideEffectFree(ExpressionSyntax expression)
        {
            var pending = new Stack<SyntaxNode>();
            pending.Push(expression);
            while (pending.Count > 0)
            {
                var node = pending.Pop();
                switch (node)
                {
                    case LiteralExpressionSyntax:
                    case IdentifierNameSyntax:
                    case InterpolatedStringTextSyntax:
                        break;
                    case MemberAccessExpressionSyntax { Expression: var target, Name: IdentifierNameSyntax }:
                        pending.Push(target);
                        break;
                    case BinaryExpressionSyntax binary:
                        pending.Push(binary.Left);
                        pending.Push(binary.Right);
                        break;
                    case ParenthesizedExpressionSyntax parenthesized:
                        pending.Push(parenthesized.Expression);
                        break;
                    case InterpolatedStringExpressionSyntax interpolated:
                        foreach (var content in interpolated.Contents)
                        {
                            pending.Push(content);
                        }

                        break;
                    case InterpolationSyntax { AlignmentClause: null, FormatClause: null } interpolation:
                        pending.Push(interpolation.Expression);
                        break;
                    default:
                        return false;
                }
            }

            return true;
        }
    }
}
