// Reference stub of Azure.ResourceManager.Logic (see tests/Stubs/README.md).
// Endpoint models referenced by LogicWorkflowData.EndpointsConfiguration.

using System.Collections.Generic;

namespace Azure.ResourceManager.Logic.Models
{
    /// <summary>The endpoints configuration of a workflow.</summary>
    public partial class FlowEndpointsConfiguration
    {
        public FlowEndpointsConfiguration()
        {
        }

        public FlowEndpoints Workflow { get; set; }
        public FlowEndpoints Connector { get; set; }
    }

    /// <summary>The IP addresses of a set of flow endpoints.</summary>
    public partial class FlowEndpoints
    {
        public FlowEndpoints()
        {
        }

        public IList<FlowEndpointIPAddress> AccessEndpointIPAddresses { get; } = new List<FlowEndpointIPAddress>();
        public IList<FlowEndpointIPAddress> OutgoingIPAddresses { get; } = new List<FlowEndpointIPAddress>();
    }

    /// <summary>One endpoint IP address, in CIDR notation.</summary>
    public partial class FlowEndpointIPAddress
    {
        public FlowEndpointIPAddress()
        {
        }

        public string CidrAddress { get; set; }
    }
}
