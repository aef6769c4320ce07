using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Model.Json;
using ManagedIdentityAnalyzers.Model.Workflows;
using ManagedIdentityAnalyzers.Readers.CSharp.Tracking;
using ManagedIdentityAnalyzers.Readers.Definitions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ManagedIdentityAnalyzers.Readers.CSharp
{
    /// <summary>
    /// Reads one C# document into the model. A syntactic look at each body's identifiers decides which bodies can
    /// matter (the SDK's type and member names, <c>BinaryData</c>, calls of a method that builds a logic app); only
    /// those are bound. Each is followed by an <see cref="ObjectTracker"/>, which reads the methods of the document
    /// it calls where they are called. A logic app that a method returns is judged at that <c>return</c> only when no
    /// caller in the document changed it; otherwise the callers' states are the final ones. Every definition
    /// written as <c>BinaryData</c> is read too, on its own when no logic app it belongs to is known.
    /// </summary>
    internal static class DocumentReader
    {
        /// <summary>Identifiers without which a body cannot matter.</summary>
        private static readonly HashSet<string> InterestingNames = new HashSet<string>
        {
            "LogicWorkflowData", "WebSiteData", "ManagedServiceIdentity", "ManagedServiceIdentityType", "LogicWorkflowResource",
            "WebSiteResource", "LogicWorkflowParameterInfo", "BinaryData", "FromString", "FromObjectAsJson", "FromBytes",
            "Identity", "UserAssignedIdentities", "Definition", "Data",
        };

        public static LogicAppModel Read(SemanticModel model, SdkSymbols symbols, CancellationToken cancellationToken)
        {
            var root = model.SyntaxTree.GetRoot(cancellationToken);
            var bodies = SelectBodies(root, model, symbols, cancellationToken, out var bodyNames);
            if (bodies.Count == 0)
            {
                return new LogicAppModel(ImmutableArray<LogicAppResource>.Empty, ImmutableArray<IdentityTypeValue>.Empty, ImmutableArray<WorkflowInstance>.Empty);
            }

            var context = new CSharpReadContext(symbols, new MethodBodies(model, cancellationToken), cancellationToken);
            foreach (var names in bodyNames)
            {
                context.AddBodyNames(names);
            }

            var states = new List<TakenState>();
            var changedProducers = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            var binaryData = new List<IOperation>();
            var queue = new Queue<(IOperation Body, IMethodSymbol? Method)>();
            foreach (var (syntax, method) in bodies)
            {
                if (!SyntaxDepth.Exceeds(syntax, cancellationToken) && model.GetOperation(syntax, cancellationToken) is { } body)
                {
                    queue.Enqueue((body, method));
                }
            }

            while (queue.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (body, method) = queue.Dequeue();
                var tracker = ObjectTracker.Read(context, body, method);
                states.AddRange(tracker.States);
                changedProducers.UnionWith(tracker.ChangedProducers);
                foreach (var nested in tracker.NestedBodies)
                {
                    queue.Enqueue(nested);
                }

                var visited = 0;
                foreach (var operation in body.DescendantsAndSelf())
                {
                    if ((++visited & 0x3FF) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    if (CSharpJsonReader.IsBinaryDataSource(operation, symbols))
                    {
                        binaryData.Add(operation);
                    }
                }
            }

            return Assemble(context, states, changedProducers, binaryData);
        }

        private static LogicAppModel Assemble(
            CSharpReadContext context,
            List<TakenState> states,
            HashSet<IMethodSymbol> changedProducers,
            List<IOperation> binaryData)
        {
            var apps = ImmutableArray.CreateBuilder<LogicAppResource>();
            var identityTypes = ImmutableArray.CreateBuilder<IdentityTypeValue>();
            var seenTypes = new HashSet<IdentityTypeValue>();
            var workflows = ImmutableArray.CreateBuilder<WorkflowInstance>();
            var attached = new HashSet<WorkflowDefinition>();
            foreach (var state in states)
            {
                if (state.ReturnedBy is { } producer && changedProducers.Contains(producer))
                {
                    // A caller completed or changed what this method returned: the caller's state is the final one.
                    continue;
                }

                apps.Add(state.App);
                foreach (var type in state.TypeWrites)
                {
                    if (seenTypes.Add(type))
                    {
                        identityTypes.Add(type);
                    }
                }

                if (state.App.Definition is { } definition)
                {
                    attached.Add(definition);
                    workflows.Add(new WorkflowInstance(definition, state.App, state.DefinitionUseSite));
                }
            }

            foreach (var source in binaryData)
            {
                if (context.Json.ReadBinaryData(source) is JObject root
                    && DefinitionReader.IsDefinition(root)
                    && attached.Add(context.DefinitionOf(root)))
                {
                    workflows.Add(new WorkflowInstance(context.DefinitionOf(root), null));
                }
            }

            return new LogicAppModel(apps.ToImmutable(), identityTypes.ToImmutable(), workflows.ToImmutable());
        }

        /// <summary>
        /// The bodies of the document that can matter, with their methods: those that name an SDK type or member of
        /// interest, and those that call a method among them that returns a logic app or an identity.
        /// </summary>
        private static List<(SyntaxNode Syntax, IMethodSymbol? Method)> SelectBodies(
            SyntaxNode root,
            SemanticModel model,
            SdkSymbols symbols,
            CancellationToken cancellationToken,
            out List<HashSet<string>> bodyNames)
        {
            var candidates = new List<(SyntaxNode Syntax, HashSet<string> Names)>();
            bodyNames = new List<HashSet<string>>();
            foreach (var body in Bodies(root))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var names = new HashSet<string>();
                var tokens = 0;
                foreach (var token in body.DescendantTokens())
                {
                    if ((++tokens & 0xFFF) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    if (token.IsKind(SyntaxKind.IdentifierToken))
                    {
                        names.Add(token.ValueText);
                    }
                }

                candidates.Add((body, names));
                bodyNames.Add(names);
            }

            var selected = new List<(SyntaxNode, IMethodSymbol?)>();
            var builders = new HashSet<string>();
            var rest = new List<(SyntaxNode Syntax, HashSet<string> Names)>();
            foreach (var (syntax, names) in candidates)
            {
                if (!names.Overlaps(InterestingNames))
                {
                    rest.Add((syntax, names));
                    continue;
                }

                var method = MethodOf(syntax, model, cancellationToken);
                selected.Add((syntax, method));
                if (method is not null && (ObjectTracker.ReturnsTrackedObject(method, symbols) || symbols.IsTrackedType(method.ReturnType)))
                {
                    builders.Add(method.Name);
                }
            }

            if (builders.Count > 0)
            {
                foreach (var (syntax, names) in rest)
                {
                    if (names.Overlaps(builders))
                    {
                        selected.Add((syntax, MethodOf(syntax, model, cancellationToken)));
                    }
                }
            }

            return selected;
        }

        /// <summary>The executable bodies declared in a document: members, accessors, initializers, top-level statements.</summary>
        private static IEnumerable<SyntaxNode> Bodies(SyntaxNode root)
        {
            var hasGlobalStatements = false;
            foreach (var node in root.DescendantNodes(descendIntoChildren: IsContainer))
            {
                switch (node)
                {
                    case GlobalStatementSyntax:
                        hasGlobalStatements = true;
                        break;
                    case BaseMethodDeclarationSyntax { Body: not null } or BaseMethodDeclarationSyntax { ExpressionBody: not null }:
                    case AccessorDeclarationSyntax { Body: not null } or AccessorDeclarationSyntax { ExpressionBody: not null }:
                        yield return node;
                        break;
                    case BasePropertyDeclarationSyntax { Parent: not null } property when property is PropertyDeclarationSyntax { ExpressionBody: { } arrow }:
                        yield return arrow;
                        break;
                    case IndexerDeclarationSyntax { ExpressionBody: { } indexerArrow }:
                        yield return indexerArrow;
                        break;
                    case PropertyDeclarationSyntax { Initializer: { } initializer }:
                        yield return initializer;
                        break;
                    case VariableDeclaratorSyntax { Initializer: { } fieldInitializer, Parent.Parent: BaseFieldDeclarationSyntax }:
                        yield return fieldInitializer;
                        break;
                }
            }

            if (hasGlobalStatements)
            {
                yield return root;
            }
        }

        private static bool IsContainer(SyntaxNode node) =>
            node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax
                or BasePropertyDeclarationSyntax or AccessorListSyntax or BaseFieldDeclarationSyntax or VariableDeclarationSyntax;

        private static IMethodSymbol? MethodOf(SyntaxNode body, SemanticModel model, CancellationToken cancellationToken) => body switch
        {
            BaseMethodDeclarationSyntax or AccessorDeclarationSyntax => model.GetDeclaredSymbol(body, cancellationToken) as IMethodSymbol,
            ArrowExpressionClauseSyntax { Parent: BasePropertyDeclarationSyntax property } =>
                (model.GetDeclaredSymbol(property, cancellationToken) as IPropertySymbol)?.GetMethod,
            _ => null,
        };
    }
}
