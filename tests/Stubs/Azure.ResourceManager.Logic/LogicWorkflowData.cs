// Reference stub of Azure.ResourceManager.Logic (see tests/Stubs/README.md).

using System;
using System.Collections.Generic;
using Azure.Core;
using Azure.ResourceManager.Logic.Models;
using Azure.ResourceManager.Models;

namespace Azure.ResourceManager.Logic
{
    /// <summary>The data of a Consumption Logic Apps workflow (Microsoft.Logic/workflows).</summary>
    public partial class LogicWorkflowData : TrackedResourceData
    {
        public LogicWorkflowData(AzureLocation location)
            : base(location)
        {
            Parameters = new Dictionary<string, LogicWorkflowParameterInfo>();
        }

        // Used by ArmLogicModelFactory to populate the read-only members.
        internal LogicWorkflowData(
            ResourceIdentifier id,
            string name,
            ResourceType resourceType,
            SystemData systemData,
            IDictionary<string, string> tags,
            AzureLocation location,
            ManagedServiceIdentity identity,
            LogicWorkflowProvisioningState? provisioningState,
            DateTimeOffset? createdOn,
            DateTimeOffset? changedOn,
            LogicWorkflowState? state,
            string version,
            string accessEndpoint,
            FlowEndpointsConfiguration endpointsConfiguration,
            FlowAccessControlConfiguration accessControl,
            LogicSku sku,
            LogicResourceReference integrationAccount,
            LogicResourceReference integrationServiceEnvironment,
            BinaryData definition,
            IDictionary<string, LogicWorkflowParameterInfo> parameters)
            : base(id, name, resourceType, systemData, tags, location)
        {
            Identity = identity;
            ProvisioningState = provisioningState;
            CreatedOn = createdOn;
            ChangedOn = changedOn;
            State = state;
            Version = version;
            AccessEndpoint = accessEndpoint;
            EndpointsConfiguration = endpointsConfiguration;
            AccessControl = accessControl;
            Sku = sku;
            IntegrationAccount = integrationAccount;
            IntegrationServiceEnvironment = integrationServiceEnvironment;
            Definition = definition;
            Parameters = parameters;
        }

        public ManagedServiceIdentity Identity { get; set; }
        public LogicWorkflowState? State { get; set; }
        public BinaryData Definition { get; set; }
        public IDictionary<string, LogicWorkflowParameterInfo> Parameters { get; }
        public FlowAccessControlConfiguration AccessControl { get; set; }
        public FlowEndpointsConfiguration EndpointsConfiguration { get; set; }
        public LogicResourceReference IntegrationAccount { get; set; }
        public LogicResourceReference IntegrationServiceEnvironment { get; set; }
        public string AccessEndpoint { get; }
        public DateTimeOffset? ChangedOn { get; }
        public DateTimeOffset? CreatedOn { get; }
        public LogicWorkflowProvisioningState? ProvisioningState { get; }
        public LogicSku Sku { get; }
        public string Version { get; }
    }
}
