// Reference stub of Azure.ResourceManager.Logic (see tests/Stubs/README.md).

using System;
using System.Collections.Generic;
using Azure.Core;
using Azure.ResourceManager.Logic.Models;
using Azure.ResourceManager.Models;

namespace Azure.ResourceManager.Logic
{
    /// <summary>
    /// The data of one workflow version. Per the API reference it has the properties of
    /// LogicWorkflowData except Identity and IntegrationServiceEnvironment.
    /// </summary>
    public partial class LogicWorkflowVersionData : TrackedResourceData
    {
        public LogicWorkflowVersionData(AzureLocation location)
            : base(location)
        {
            Parameters = new Dictionary<string, LogicWorkflowParameterInfo>();
        }

        public LogicWorkflowState? State { get; set; }
        public BinaryData Definition { get; set; }
        public IDictionary<string, LogicWorkflowParameterInfo> Parameters { get; }
        public FlowAccessControlConfiguration AccessControl { get; set; }
        public FlowEndpointsConfiguration EndpointsConfiguration { get; set; }
        public LogicResourceReference IntegrationAccount { get; set; }
        public string AccessEndpoint { get; }
        public DateTimeOffset? ChangedOn { get; }
        public DateTimeOffset? CreatedOn { get; }
        public LogicWorkflowProvisioningState? ProvisioningState { get; }
        public LogicSku Sku { get; }
        public string Version { get; }
    }
}
