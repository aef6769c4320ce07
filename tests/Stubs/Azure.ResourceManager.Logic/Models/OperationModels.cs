// Reference stub of Azure.ResourceManager.Logic (see tests/Stubs/README.md).
// Request and response models of LogicWorkflowResource operations.

using System.Collections.Generic;
using Azure.Core;

namespace Azure.ResourceManager.Logic.Models
{
    /// <summary>The body of LogicWorkflowResource.RegenerateAccessKey.</summary>
    public partial class LogicWorkflowRegenerateActionContent
    {
        public LogicWorkflowRegenerateActionContent()
        {
        }

        public LogicKeyType? KeyType { get; set; }
    }

    /// <summary>The body of LogicWorkflowResource.GenerateUpgradedDefinition.</summary>
    public partial class GenerateUpgradedDefinitionContent
    {
        public GenerateUpgradedDefinitionContent()
        {
        }

        public string TargetSchemaVersion { get; set; }
    }

    /// <summary>The body of LogicWorkflowResource.GetCallbackUrl.</summary>
    // Members not listed in the API reference are omitted.
    public partial class ListOperationCallbackUrlParameterInfo
    {
        public ListOperationCallbackUrlParameterInfo()
        {
        }
    }

    /// <summary>The callback URL returned by LogicWorkflowResource.GetCallbackUrl.</summary>
    // Members not listed in the API reference are omitted (Queries: its type is not described there).
    public partial class LogicWorkflowTriggerCallbackUri
    {
        internal LogicWorkflowTriggerCallbackUri(string value, RequestMethod? method, string basePath, string relativePath, IReadOnlyList<string> relativePathParameters)
        {
            Value = value;
            Method = method;
            BasePath = basePath;
            RelativePath = relativePath;
            RelativePathParameters = relativePathParameters ?? new List<string>();
        }

        public string Value { get; }
        public RequestMethod? Method { get; }
        public string BasePath { get; }
        public string RelativePath { get; }
        public IReadOnlyList<string> RelativePathParameters { get; }
    }
}
