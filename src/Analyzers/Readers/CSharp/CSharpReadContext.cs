using System.Collections.Generic;
using System.Threading;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Model.Json;
using ManagedIdentityAnalyzers.Model.Workflows;
using ManagedIdentityAnalyzers.Readers.Definitions;
using ManagedIdentityAnalyzers.Readers.Files;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Readers.CSharp
{
    /// <summary>
    /// What the readers of one C# document share: the SDK's symbols, where values come from (locals, constants,
    /// helper methods), the JSON reader with its cache, and each workflow definition read once.
    /// </summary>
    internal sealed class CSharpReadContext
    {
        private readonly Dictionary<JObject, WorkflowDefinition> definitions = new Dictionary<JObject, WorkflowDefinition>();
        private readonly Dictionary<string, int> constantUsers = new Dictionary<string, int>();
        private List<SyntaxNode> documentBodies = new List<SyntaxNode>();
        private string documentText = string.Empty;
        private readonly Dictionary<SyntaxNode, CodeScope> scopes = new Dictionary<SyntaxNode, CodeScope>();

        public CSharpReadContext(SdkSymbols symbols, MethodBodies bodies, CancellationToken cancellationToken, ProjectJsonFiles? files = null)
        {
            Symbols = symbols;
            Values = new ValueSources(bodies);
            Json = new CSharpJsonReader(Values, symbols, cancellationToken, files);
            CancellationToken = cancellationToken;
            Files = files;
        }

        /// <summary>The project's JSON files, when the reader has them.</summary>
        public ProjectJsonFiles? Files { get; }

        public SdkSymbols Symbols { get; }

        public ValueSources Values { get; }

        public CSharpJsonReader Json { get; }

        public CancellationToken CancellationToken { get; }

        /// <summary>Records the executable bodies of the document and its text (see <see cref="ConstantFieldUsers"/>).</summary>
        public void SetDocumentBodies(List<SyntaxNode> bodies, string text)
        {
            documentBodies = bodies;
            documentText = text;
        }

        /// <summary>
        /// How many bodies of the document name the <c>const</c> field whose initializer holds the location (counted up
        /// to two: a constant that several methods use is shared, and findings that depend on the method using it go
        /// where each method uses it); null when the location is not inside a <c>const</c> field's initializer.
        /// </summary>
        public int? ConstantFieldUsers(SyntaxTree? tree, TextSpan span)
        {
            if (tree is null || !tree.TryGetRoot(out var root) || !root.FullSpan.Contains(span)
                || root.FindNode(span, getInnermostNodeForTie: true).FirstAncestorOrSelf<VariableDeclaratorSyntax>() is not
                    { Parent.Parent: FieldDeclarationSyntax field } declarator
                || !field.Modifiers.Any(SyntaxKind.ConstKeyword))
            {
                return null;
            }

            // Asked only where a finding's text lies in a constant: the bodies are looked at then, once per name.
            var name = declarator.Identifier.ValueText;
            if (!constantUsers.TryGetValue(name, out var users))
            {
                var names = new IdentifierNames(new[] { name });
                foreach (var body in documentBodies)
                {
                    if (DocumentReader.Mentions(documentText, body, names, CancellationToken) && ++users > 1)
                    {
                        break;
                    }
                }

                constantUsers[name] = users;
            }

            return users;
        }

        /// <summary>
        /// The scope of the code a body belongs to: its type (a nested type is its own scope), or the file for
        /// top-level statements. Resources of one scope are judged together (see <see cref="CodeScope"/>).
        /// </summary>
        public CodeScope ScopeOf(SyntaxNode body)
        {
            SyntaxNode owner = body.FirstAncestorOrSelf<TypeDeclarationSyntax>() ?? (SyntaxNode)body.SyntaxTree.GetRoot(CancellationToken);
            if (!scopes.TryGetValue(owner, out var scope))
            {
                scope = new CodeScope(owner is TypeDeclarationSyntax type ? type.Identifier.ValueText : "<top-level statements>");
                scopes[owner] = scope;
            }

            return scope;
        }

        /// <summary>The definition a JSON object holds, read once however often it is asked.</summary>
        public WorkflowDefinition DefinitionOf(JObject root)
        {
            if (!definitions.TryGetValue(root, out var definition))
            {
                definition = DefinitionReader.Read(root, CancellationToken);
                definitions[root] = definition;
            }

            return definition;
        }

        /// <summary>
        /// The JSON of a <c>$connections</c> parameter: the <c>Value</c> written in the <c>LogicWorkflowParameterInfo</c>
        /// initializer; null when it is not known.
        /// </summary>
        public JObject? ConnectionReferences(IOperation? parameter)
        {
            if (parameter is null
                || Values.Follow(parameter) is not IObjectCreationOperation { Initializer: { } initializer } creation
                || !SymbolEqualityComparer.Default.Equals(creation.Type, Symbols.WorkflowParameter))
            {
                return null;
            }

            IOperation? value = null;
            foreach (var member in initializer.Initializers)
            {
                if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Value" } } assignment)
                {
                    value = assignment.Value;
                }
            }

            return value is null ? null : Json.ReadBinaryData(value) as JObject;
        }
    }
}
