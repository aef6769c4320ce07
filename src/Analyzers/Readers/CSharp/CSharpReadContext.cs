using System.Collections.Generic;
using System.Threading;
using ManagedIdentityAnalyzers.Model.Json;
using ManagedIdentityAnalyzers.Model.Workflows;
using ManagedIdentityAnalyzers.Readers.Definitions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ManagedIdentityAnalyzers.Readers.CSharp
{
    /// <summary>
    /// What the readers of one C# document share: the SDK's symbols, where values come from (locals, constants,
    /// helper methods), the JSON reader with its cache, and each workflow definition read once.
    /// </summary>
    internal sealed class CSharpReadContext
    {
        private readonly Dictionary<JObject, WorkflowDefinition> definitions = new Dictionary<JObject, WorkflowDefinition>();

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

        /// <summary>The definition a JSON object holds, read once however often it is asked.</summary>
        public WorkflowDefinition DefinitionOf(JObject root)
        {
            if (!definitions.TryGetValue(root, out var definition))
            {
                definition = DefinitionReader.Read(root);
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
