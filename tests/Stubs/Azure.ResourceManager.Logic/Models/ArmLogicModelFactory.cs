// Reference stub of Azure.ResourceManager.Logic (see tests/Stubs/README.md).

using System;
using System.Collections.Generic;
using Azure.Core;
using Azure.ResourceManager.Models;

namespace Azure.ResourceManager.Logic.Models
{
    /// <summary>Builds model instances with read-only values set, for tests and mocking.</summary>
    // Members not listed in the API reference are omitted.
    public static partial class ArmLogicModelFactory
    {
        public static LogicWorkflowData LogicWorkflowData(
            ResourceIdentifier id = null,
            string name = null,
            ResourceType resourceType = default,
            SystemData systemData = null,
            IDictionary<string, string> tags = null,
            AzureLocation location = default,
            ManagedServiceIdentity identity = null,
            LogicWorkflowProvisioningState? provisioningState = null,
            DateTimeOffset? createdOn = null,
            DateTimeOffset? changedOn = null,
            LogicWorkflowState? state = null,
            string version = null,
            string accessEndpoint = null,
            FlowEndpointsConfiguration endpointsConfiguration = null,
            FlowAccessControlConfiguration accessControl = null,
            LogicSku sku = null,
            LogicResourceReference integrationAccount = null,
            LogicResourceReference integrationServiceEnvironment = null,
            BinaryData definition = null,
            IDictionary<string, LogicWorkflowParameterInfo> parameters = null)
        {
            return new LogicWorkflowData(
                id,
                name,
                resourceType,
                systemData,
                tags ?? new Dictionary<string, string>(),
                location,
                identity,
                provisioningState,
                createdOn,
                changedOn,
                state,
                version,
                accessEndpoint,
                endpointsConfiguration,
                accessControl,
                sku,
                integrationAccount,
                integrationServiceEnvironment,
                definition,
                parameters ?? new Dictionary<string, LogicWorkflowParameterInfo>());
        }
    }
}
