using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Model.Connections;
using ManagedIdentityAnalyzers.Model.Json;
using ManagedIdentityAnalyzers.Model.Workflows;
using ManagedIdentityAnalyzers.Readers.CSharp.Tracking;
using ManagedIdentityAnalyzers.Readers.Definitions;
using ManagedIdentityAnalyzers.Readers.Files;
using ManagedIdentityAnalyzers.Readers.Templates;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ManagedIdentityAnalyzers.Readers.CSharp
{
    /// <summary>
    /// Reads one C# document into the model. A syntactic look at each body's identifiers decides which bodies can
    /// matter (the SDK's type and member names, <c>BinaryData</c>, calls of a method that builds a logic app or a
    /// generic resource); only those are bound. Each is followed by an <see cref="ObjectTracker"/>, which reads the methods of the document
    /// it calls where they are called. A logic app that a method returns is judged at that <c>return</c> only when no
    /// caller in the document changed it; otherwise the callers' states are the final ones. Every definition
    /// written as <c>BinaryData</c> is read too, on its own when no logic app it belongs to is known, and so is every ARM
    /// template written as <c>BinaryData</c> (an <c>ArmDeploymentProperties.Template</c>), with the template reader of
    /// the JSON files; the deployment's parameters are not followed, so its <c>parameters()</c> are unknown.
    /// </summary>
    internal static class DocumentReader
    {
        /// <summary>Identifiers without which a body cannot matter, found through six probes.</summary>
        private static readonly IdentifierNames InterestingNames = new IdentifierNames(
            new[]
            {
                "LogicWorkflowData", "WebSiteData", "ManagedServiceIdentity", "ManagedServiceIdentityType", "LogicWorkflowResource",
                "WebSiteResource", "LogicWorkflowParameterInfo", "BinaryData", "FromString", "FromObjectAsJson", "FromBytes",
                "Identity", "UserAssignedIdentities", "Definition", "Data", "GenericResourceData",
            },
            "Data", "Identit", "Definition", "From", "Workflow", "WebSite");

        /// <summary>
        /// Whether a document can matter at all: whether it names one of <see cref="InterestingNames"/> (see
        /// <see cref="Mentions"/>: a look at its text, each occurrence confirmed by the token there). Nothing is bound,
        /// nothing allocated.
        /// </summary>
        /// <param name="text">The text of the tree of <paramref name="root"/>.</param>
        public static bool MayMatter(string text, SyntaxNode root, CancellationToken cancellationToken) =>
            Mentions(text, root, InterestingNames, cancellationToken);

        /// <summary>
        /// Reads the document. The caller asks <see cref="MayMatter"/> first: a document that names nothing of
        /// interest gives an empty model here too, only more slowly. A caller that has the document's text as a string
        /// already passes it as <paramref name="text"/>.
        /// </summary>
        public static LogicAppModel Read(
            SemanticModel model,
            SdkSymbols symbols,
            CancellationToken cancellationToken,
            ProjectJsonFiles? files = null,
            string? text = null)
        {
            var root = model.SyntaxTree.GetRoot(cancellationToken);
            text ??= model.SyntaxTree.GetText(cancellationToken).ToString();
            var allBodies = new List<SyntaxNode>(Bodies(root));
            var bodies = SelectBodies(text, allBodies, model, symbols, cancellationToken);
            if (bodies.Count == 0)
            {
                return LogicAppModel.Empty;
            }

            var context = new CSharpReadContext(symbols, new MethodBodies(model, cancellationToken), cancellationToken, files);
            context.SetDocumentBodies(allBodies, text);

            var states = new List<TakenState>();
            var changedProducers = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            var binaryData = new List<IOperation>();
            var visited = 0;
            Action<IOperation> findBinaryData = operation =>
            {
                if ((++visited & 0x3FF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (CSharpJsonReader.IsBinaryDataSource(operation, symbols))
                {
                    binaryData.Add(operation);
                }
            };
            var queue = new Queue<(IOperation Body, IMethodSymbol? Method)>();
            foreach (var (body, method) in bodies)
            {
                if (body is not null)
                {
                    queue.Enqueue((body, method));
                }
            }

            while (queue.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (body, method) = queue.Dequeue();

                // One walk of the body records its locals' writes (the tracker reads them) and finds its BinaryData.
                context.Values.ObserveBody(body, findBinaryData);
                var tracker = ObjectTracker.Read(context, body, method);
                states.AddRange(tracker.States);
                changedProducers.UnionWith(tracker.ChangedProducers);
                foreach (var nested in tracker.NestedBodies)
                {
                    queue.Enqueue(nested);
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
            var connections = ImmutableArray.CreateBuilder<ApiConnectionResource>();
            var accessPolicies = ImmutableArray.CreateBuilder<ConnectionAccessPolicy>();
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

                switch (state.Resource)
                {
                    case ApiConnectionResource connection:
                        connections.Add(connection);
                        continue;
                    case ConnectionAccessPolicy policy:
                        accessPolicies.Add(policy);
                        continue;
                    case LogicAppResource app:
                        apps.Add(app);
                        if (app.Definition is { } definition)
                        {
                            attached.Add(definition);
                            workflows.Add(new WorkflowInstance(definition, app, state.DefinitionUseSite));
                        }

                        break;
                }

                foreach (var type in state.TypeWrites)
                {
                    if (seenTypes.Add(type))
                    {
                        identityTypes.Add(type);
                    }
                }
            }

            var templates = new HashSet<JObject>();
            foreach (var source in binaryData)
            {
                if (context.Json.ReadLooseBinaryData(source) is not JObject root)
                {
                    continue;
                }

                if (DefinitionReader.IsDefinition(root))
                {
                    if (attached.Add(context.DefinitionOf(root)))
                    {
                        workflows.Add(new WorkflowInstance(context.DefinitionOf(root), null));
                    }
                }
                else if (TemplateReader.IsTemplate(root) && templates.Add(root))
                {
                    var template = TemplateReader.Read(
                        root, parameterFile: null, parametersKnown: false, context.CancellationToken, JsonFileReader.OtherTemplates(context.Files, context.CancellationToken));
                    apps.AddRange(template.Apps);
                    identityTypes.AddRange(template.IdentityTypes);
                    workflows.AddRange(template.Workflows);
                    connections.AddRange(template.Connections);
                    accessPolicies.AddRange(template.AccessPolicies);
                }
            }

            return new LogicAppModel(
                apps.ToImmutable(), identityTypes.ToImmutable(), workflows.ToImmutable(), connections.ToImmutable(), accessPolicies.ToImmutable());
        }

        /// <summary>
        /// Whether an identifier token of <paramref name="node"/> is one of <paramref name="names"/>, where
        /// <paramref name="text"/> is the text of the node's tree. The node's text is searched for each of the names'
        /// probes (one vectorized search each); the whole word around an occurrence counts when it is one of the names
        /// and the token there is that identifier (not a comment, a string or a longer word). Only when the text holds a
        /// Unicode escape, through which an identifier can be written without its letters, are the node's tokens
        /// walked instead.
        /// </summary>
        internal static bool Mentions(string text, SyntaxNode node, IdentifierNames names, CancellationToken cancellationToken)
        {
            var span = node.FullSpan;
            if (text.Length < span.End || IdentifierNames.HasUnicodeEscape(text, span.Start, span.End))
            {
                return MentionsAny(node, names, cancellationToken);
            }

            var count = 0;
            foreach (var probe in names.Probes)
            {
                var from = span.Start;
                while (from <= span.End - probe.Length)
                {
                    var at = text.IndexOf(probe, from, span.End - from, System.StringComparison.Ordinal);
                    if (at < 0)
                    {
                        break;
                    }

                    if ((++count & 0xFF) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    var start = at;
                    while (start > span.Start && IsIdentifierPart(text[start - 1]))
                    {
                        start--;
                    }

                    var end = at + probe.Length;
                    while (end < span.End && IsIdentifierPart(text[end]))
                    {
                        end++;
                    }

                    if (names.IsAt(text, start, end - start)
                        && node.FindToken(start) is var token && token.IsKind(SyntaxKind.IdentifierToken) && token.Span.Contains(start)
                        && names.Contains(token.ValueText) && !NamesANamespace(token))
                    {
                        return true;
                    }

                    from = end;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether an identifier is part of the name of a namespace or of a <c>using</c> directive
        /// (<c>namespace Contoso.Identity;</c>): no body is there, so it cannot make a document matter.
        /// </summary>
        private static bool NamesANamespace(SyntaxToken identifier)
        {
            var name = identifier.Parent;
            while (name?.Parent is NameSyntax)
            {
                name = name.Parent;
            }

            return name?.Parent is BaseNamespaceDeclarationSyntax or UsingDirectiveSyntax;
        }

        private static bool IsIdentifierPart(char c) => c == '_' || char.IsLetterOrDigit(c) || c > 0x7F;

        /// <summary>Whether a token under the node is an identifier among the names; stops at the first.</summary>
        internal static bool MentionsAny(SyntaxNode node, IdentifierNames names, CancellationToken cancellationToken)
        {
            var count = 0;
            foreach (var token in node.DescendantTokens())
            {
                if ((++count & 0x3FF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (token.IsKind(SyntaxKind.IdentifierToken) && names.Contains(token.ValueText))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The bodies of the document that can matter, bound (see <see cref="Bind"/>), with their methods: those that
        /// name an SDK type or member of interest, and those that call a method among them that returns a logic app or
        /// an identity, as <see cref="Mentions"/> finds them (the body's text, confirmed by the token at each
        /// occurrence). The other bodies are not bound.
        /// </summary>
        private static List<(IOperation? Body, IMethodSymbol? Method)> SelectBodies(
            string text,
            List<SyntaxNode> bodies,
            SemanticModel model,
            SdkSymbols symbols,
            CancellationToken cancellationToken)
        {
            var selected = new List<(IOperation?, IMethodSymbol?)>();
            HashSet<string>? builders = null;
            List<SyntaxNode>? rest = null;
            foreach (var body in bodies)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!Mentions(text, body, InterestingNames, cancellationToken))
                {
                    (rest ??= new List<SyntaxNode>()).Add(body);
                    continue;
                }

                var (operation, method) = Bind(body, model, cancellationToken);
                selected.Add((operation, method));
                if (method is not null && ObjectTracker.ReturnsTrackedObject(method, symbols))
                {
                    (builders ??= new HashSet<string>()).Add(method.AssociatedSymbol?.Name ?? method.Name);
                }
            }

            if (builders is not null && rest is not null)
            {
                var builderNames = new IdentifierNames(builders);
                foreach (var body in rest)
                {
                    if (Mentions(text, body, builderNames, cancellationToken))
                    {
                        selected.Add(Bind(body, model, cancellationToken));
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

        /// <summary>
        /// The operation of a body (null when it is nested too deep to read, see <see cref="SyntaxDepth"/>) and the
        /// method it is the body of (null for an initializer or top-level statements). The semantic model that built
        /// the operation knows the member it bound: asking it for the symbol around a position in the body is cheaper
        /// than looking the declaration up again by its containers' names.
        /// </summary>
        private static (IOperation? Body, IMethodSymbol? Method) Bind(SyntaxNode body, SemanticModel model, CancellationToken cancellationToken)
        {
            var operation = SyntaxDepth.Exceeds(body, cancellationToken) ? null : model.GetOperation(body, cancellationToken);
            var (inside, declaration) = body switch
            {
                BaseMethodDeclarationSyntax method => (method.Body?.OpenBraceToken ?? method.ExpressionBody?.ArrowToken, body),
                AccessorDeclarationSyntax accessor => (accessor.Body?.OpenBraceToken ?? accessor.ExpressionBody?.ArrowToken, body),
                ArrowExpressionClauseSyntax { Parent: BasePropertyDeclarationSyntax property } arrow => (arrow.ArrowToken, property),
                _ => ((SyntaxToken?)null, (SyntaxNode?)null),
            };

            if (inside is not { } token || declaration is null)
            {
                return (operation, null);
            }

            if (operation is not null && model.GetEnclosingSymbol(token.SpanStart, cancellationToken) is IMethodSymbol bound)
            {
                return (operation, bound);
            }

            // Not bound (too deep to read): the declaration is looked up.
            return (operation, model.GetDeclaredSymbol(declaration, cancellationToken) switch
            {
                IMethodSymbol method => method,
                IPropertySymbol property => property.GetMethod,
                _ => null,
            });
        }
    }
}
