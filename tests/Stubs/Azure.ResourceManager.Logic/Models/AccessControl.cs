// Reference stub of Azure.ResourceManager.Logic (see tests/Stubs/README.md).
// Access-control models referenced by LogicWorkflowData.AccessControl.

using System.Collections.Generic;

namespace Azure.ResourceManager.Logic.Models
{
    /// <summary>The access-control configuration of a workflow.</summary>
    public partial class FlowAccessControlConfiguration
    {
        public FlowAccessControlConfiguration()
        {
        }

        public FlowAccessControlConfigurationPolicy Triggers { get; set; }
        public FlowAccessControlConfigurationPolicy Contents { get; set; }
        public FlowAccessControlConfigurationPolicy Actions { get; set; }
        public FlowAccessControlConfigurationPolicy WorkflowManagement { get; set; }
    }

    /// <summary>One access-control policy: caller IP ranges and OAuth (Entra ID) authorization policies.</summary>
    public partial class FlowAccessControlConfigurationPolicy
    {
        public FlowAccessControlConfigurationPolicy()
        {
        }

        public IList<FlowAccessControlIPAddressRange> AllowedCallerIPAddresses { get; } = new List<FlowAccessControlIPAddressRange>();

        /// <summary>The OAuth authorization policies, keyed by policy name.</summary>
        public IDictionary<string, OpenAuthenticationAccessPolicy> AccessPolicies { get; } = new Dictionary<string, OpenAuthenticationAccessPolicy>();
    }

    /// <summary>An allowed caller IP address range.</summary>
    public partial class FlowAccessControlIPAddressRange
    {
        public FlowAccessControlIPAddressRange()
        {
        }

        public string AddressRange { get; set; }
    }

    /// <summary>An OAuth (Entra ID) authorization policy.</summary>
    public partial class OpenAuthenticationAccessPolicy
    {
        public OpenAuthenticationAccessPolicy()
        {
        }

        public OpenAuthenticationProviderType? ProviderType { get; set; }
        public IList<OpenAuthenticationPolicyClaim> Claims { get; } = new List<OpenAuthenticationPolicyClaim>();
    }

    /// <summary>A claim that an OAuth authorization policy requires.</summary>
    public partial class OpenAuthenticationPolicyClaim
    {
        public OpenAuthenticationPolicyClaim()
        {
        }

        public string Name { get; set; }
        public string Value { get; set; }
    }
}
