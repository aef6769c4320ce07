// Reference stub of Azure.ResourceManager.Logic (see tests/Stubs/README.md).
// SKU and resource-reference models.

using Azure.Core;

namespace Azure.ResourceManager.Logic.Models
{
    /// <summary>The SKU of a workflow (read-only on LogicWorkflowData).</summary>
    public partial class LogicSku
    {
        internal LogicSku(LogicSkuName name, LogicResourceReference plan)
        {
            Name = name;
            Plan = plan;
        }

        public LogicSkuName Name { get; }
        public LogicResourceReference Plan { get; }
    }

    /// <summary>A reference to another resource (integration account, ISE, plan).</summary>
    public partial class LogicResourceReference
    {
        public LogicResourceReference()
        {
        }

        internal LogicResourceReference(ResourceIdentifier id, string name, ResourceType? resourceType)
        {
            Id = id;
            Name = name;
            ResourceType = resourceType;
        }

        public ResourceIdentifier Id { get; set; }
        public string Name { get; }
        public ResourceType? ResourceType { get; }
    }

    /// <summary>A reference to a workflow (used by LogicWorkflowResource.Move).</summary>
    public partial class LogicWorkflowReference : LogicResourceReference
    {
        public LogicWorkflowReference()
        {
        }
    }
}
