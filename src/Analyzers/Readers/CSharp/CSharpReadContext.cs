using System.Collections.Generic;
using System.Threading;
using ManagedIdentityAnalyzers.Model.Json;
using ManagedIdentityAnalyzers.Model.Workflows;
using ManagedIdentityAnalyzers.Readers.Definitions;
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
        private readonly List<HashSet<string>> bodyNames = new List<HashSet<string>>();

        public CSharpReadContext(SdkSymbols symbols, MethodBodies bodies, CancellationToken cancellationToken)
        {
            Symbols = symbols;
            Values = new ValueSources(bodies);
            Json = new CSharpJsonReader(Values, symbols, cancellationToken);
            CancellationToken = cancellationToken;
        }

        public SdkSymbols Symbols { get; }

        public ValueSources Values { get; }

        public CSharpJsonReader Json { get; }

        public CancellationToken CancellationToken { get; }

        /// <summary>Records the identifiers one body of the document names (see <see cref="IsSharedConstant"/>).</summary>
        public void AddBodyNames(HashSet<string> names) => bodyNames.Add(names);

        /// <summary>
        /// Whether the location is inside the initializer of a <c>const</c> field that more than one body of the
        /// document names: findings that depend on the method using it then go where each method uses it.
        /// </summary>
        public bool IsSharedConstant(SyntaxTree? tree, TextSpan span)
        {
            if (tree is null || !tree.TryGetRoot(out var root) || !root.FullSpan.Contains(span))
            {
                return false;
            }

            var node = root.FindNode(span, getInnermostNodeForTie: true);
            for (; node is not null; node = node.Parent)
            {
                if (node is VariableDeclaratorSyntax
                    {
                        Parent.Parent: FieldDeclarationSyntax field,
                    } declarator)
                {
                    if (!field.Modifiers.Any(SyntaxKind.ConstKeyword))
                    {
                        return false;
                    }

                    var name = declarator.Identifier.ValueText;
                    var users = 0;
                    foreach (var names in bodyNames)
                    {
                        if (names.Contains(name) && ++users > 1)
                        {
                            return true;
                        }
                    }

                    return false;
                }
            }

            return false;
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
