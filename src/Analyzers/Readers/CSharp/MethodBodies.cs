using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ManagedIdentityAnalyzers.Readers.CSharp
{
    /// <summary>
    /// The bodies of the methods of the project that the reader follows, read on demand (each once): what a called
    /// helper returns, and where a constant of the document is written. Methods of the analysed document are read
    /// from its semantic model. A helper of another document (a static <c>Definitions</c> class) is read only where
    /// a part is followed into it, by binding that one member of that document; constants of other documents stay
    /// at their references.
    /// </summary>
    internal sealed class MethodBodies
    {
        private readonly SemanticModel model;
        private readonly CancellationToken cancellationToken;
        private readonly Dictionary<ISymbol, IOperation?> bodies = new Dictionary<ISymbol, IOperation?>(SymbolEqualityComparer.Default);
        private readonly Dictionary<ISymbol, IOperation?> returns = new Dictionary<ISymbol, IOperation?>(SymbolEqualityComparer.Default);
        private readonly Dictionary<SyntaxTree, SemanticModel> otherModels = new Dictionary<SyntaxTree, SemanticModel>();

        public MethodBodies(SemanticModel model, CancellationToken cancellationToken)
        {
            this.model = model;
            this.cancellationToken = cancellationToken;
        }

        public SyntaxTree Tree => model.SyntaxTree;

        /// <summary>
        /// The body of a method, local function or accessor declared once in source, with a body that callers always
        /// run (not abstract, virtual, extern or partial without implementation); null otherwise, and for a method of
        /// another document unless <paramref name="otherDocuments"/>.
        /// </summary>
        public IOperation? BodyOf(IMethodSymbol method, bool otherDocuments = false)
        {
            var definition = method.OriginalDefinition;
            var references = definition.DeclaringSyntaxReferences;
            if (references.Length != 1 || (!otherDocuments && references[0].SyntaxTree != model.SyntaxTree))
            {
                return null;
            }

            if (bodies.TryGetValue(definition, out var cached))
            {
                return cached;
            }

            IOperation? body = null;
            if (!definition.IsAbstract && !definition.IsVirtual && !definition.IsOverride && !definition.IsExtern)
            {
                var syntax = references[0].GetSyntax(cancellationToken);
                if (syntax is BaseMethodDeclarationSyntax { Body: not null } or BaseMethodDeclarationSyntax { ExpressionBody: not null }
                        or LocalFunctionStatementSyntax or AccessorDeclarationSyntax or ArrowExpressionClauseSyntax
                    && !SyntaxDepth.Exceeds(syntax, cancellationToken))
                {
                    body = ModelOf(syntax.SyntaxTree).GetOperation(syntax, cancellationToken) switch
                    {
                        ILocalFunctionOperation local => (IOperation?)local.Body ?? local.IgnoredBody,
                        { } operation => operation,
                        null => null,
                    };
                }
            }

            bodies[definition] = body;
            return body;
        }

        /// <summary>
        /// The value a method of the project returns, when its body has exactly one <c>return</c> with a value (its
        /// parameters, being unknown here, read as unknown values).
        /// </summary>
        public IOperation? ReturnedValue(IMethodSymbol method)
        {
            var definition = method.OriginalDefinition;
            if (returns.TryGetValue(definition, out var cached))
            {
                return cached;
            }

            returns[definition] = null;
            IOperation? value = null;
            if (BodyOf(definition, otherDocuments: true) is { } body)
            {
                foreach (var returned in Returns(body))
                {
                    if (value is not null)
                    {
                        value = null;
                        break;
                    }

                    value = returned;
                }
            }

            returns[definition] = value;
            return value;
        }

        private SemanticModel ModelOf(SyntaxTree tree)
        {
            if (tree == model.SyntaxTree)
            {
                return model;
            }

            if (!otherModels.TryGetValue(tree, out var other))
            {
#pragma warning disable RS1030, RS0030 // A helper of another document is followed only where a part leads into it, and only that member is bound.
                other = model.Compilation.GetSemanticModel(tree);
#pragma warning restore RS1030, RS0030
                otherModels[tree] = other;
            }

            return other;
        }

        /// <summary>The values the body's own <c>return</c> statements return (not those of nested functions).</summary>
        public static List<IOperation> Returns(IOperation body)
        {
            var result = new List<IOperation>();
            var stack = new Stack<IOperation>();
            stack.Push(body);
            while (stack.Count > 0)
            {
                var operation = stack.Pop();
                if (operation is IReturnOperation { Kind: OperationKind.Return, ReturnedValue: { } value })
                {
                    result.Add(value);
                    continue;
                }

                foreach (var child in operation.ChildOperations)
                {
                    if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                    {
                        stack.Push(child);
                    }
                }
            }

            return result;
        }

        /// <summary>The initializer of a constant field declared in this document; null for other constants.</summary>
        public IOperation? ConstantFieldInitializer(IFieldSymbol field) =>
            ConstantFieldDeclarator(field) is { Initializer: { } initializer }
            && model.GetOperation(initializer, cancellationToken) is IFieldInitializerOperation { Value: { } value }
                ? value
                : null;

        /// <summary>
        /// The string literal a constant string field of this document is initialized with, when its initializer is
        /// that literal alone (in parentheses or not): the usual <c>const string Definition = """...""";</c>. It is
        /// read from syntax, so the initializer is not bound (binding it runs nullable analysis over the literal).
        /// </summary>
        public LiteralExpressionSyntax? ConstantFieldLiteral(IFieldSymbol field)
        {
            if (field.Type.SpecialType != SpecialType.System_String || ConstantFieldDeclarator(field) is not { Initializer.Value: var value })
            {
                return null;
            }

            while (value is ParenthesizedExpressionSyntax parenthesized)
            {
                value = parenthesized.Expression;
            }

            return value is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal : null;
        }

        private VariableDeclaratorSyntax? ConstantFieldDeclarator(IFieldSymbol field) =>
            field.IsConst && field.DeclaringSyntaxReferences.Length == 1 && field.DeclaringSyntaxReferences[0].SyntaxTree == model.SyntaxTree
                ? field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) as VariableDeclaratorSyntax
                : null;
    }
}
