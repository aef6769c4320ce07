using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ManagedIdentityAnalyzers.Readers.CSharp
{
    /// <summary>
    /// The bodies of the methods declared in the document being analysed, read on demand (each once) from its
    /// semantic model: what a called helper returns, and where a constant of the document is written. Methods of
    /// other documents are not read (the IDE analyses one document at a time); what they return is unknown.
    /// </summary>
    internal sealed class MethodBodies
    {
        private readonly SemanticModel model;
        private readonly CancellationToken cancellationToken;
        private readonly Dictionary<ISymbol, IOperation?> bodies = new Dictionary<ISymbol, IOperation?>(SymbolEqualityComparer.Default);
        private readonly Dictionary<ISymbol, IOperation?> returns = new Dictionary<ISymbol, IOperation?>(SymbolEqualityComparer.Default);

        public MethodBodies(SemanticModel model, CancellationToken cancellationToken)
        {
            this.model = model;
            this.cancellationToken = cancellationToken;
        }

        public SyntaxTree Tree => model.SyntaxTree;

        /// <summary>
        /// The body of a method, local function or accessor declared once, in this document, with a body that callers
        /// always run (not abstract, virtual, extern or partial without implementation); null otherwise.
        /// </summary>
        public IOperation? BodyOf(IMethodSymbol method)
        {
            var definition = method.OriginalDefinition;
            if (bodies.TryGetValue(definition, out var cached))
            {
                return cached;
            }

            IOperation? body = null;
            if (!definition.IsAbstract && !definition.IsVirtual && !definition.IsOverride && !definition.IsExtern
                && definition.DeclaringSyntaxReferences.Length == 1
                && definition.DeclaringSyntaxReferences[0].SyntaxTree == model.SyntaxTree)
            {
                var syntax = definition.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
                if (syntax is BaseMethodDeclarationSyntax { Body: not null } or BaseMethodDeclarationSyntax { ExpressionBody: not null }
                    or LocalFunctionStatementSyntax or AccessorDeclarationSyntax or ArrowExpressionClauseSyntax)
                {
                    body = model.GetOperation(syntax, cancellationToken) switch
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

        /// <summary>The value a method returns, when its body has exactly one <c>return</c> with a value.</summary>
        public IOperation? ReturnedValue(IMethodSymbol method)
        {
            var definition = method.OriginalDefinition;
            if (returns.TryGetValue(definition, out var cached))
            {
                return cached;
            }

            returns[definition] = null;
            IOperation? value = null;
            if (BodyOf(definition) is { } body)
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
        public IOperation? ConstantFieldInitializer(IFieldSymbol field)
        {
            if (!field.IsConst || field.DeclaringSyntaxReferences.Length != 1
                || field.DeclaringSyntaxReferences[0].SyntaxTree != model.SyntaxTree
                || field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer: { } initializer })
            {
                return null;
            }

            return model.GetOperation(initializer, cancellationToken) is IFieldInitializerOperation { Value: { } value } ? value : null;
        }
    }
}
