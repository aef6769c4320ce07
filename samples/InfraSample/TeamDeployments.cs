using System;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.Logic;
using Azure.ResourceManager.Models;
using Azure.ResourceManager.Resources;

namespace InfraSample
{
    /// <summary>
    /// Deployments spread over several members, the way teams write them: a builder that its caller completes, and a
    /// deployer class of the team's own that adds the shared identity before it deploys. Both are correct, and the
    /// analyzers stay silent on them: the builder's object is judged where its caller sends it to the SDK, and an
    /// object handed to the team's deployer is not judged by what the deployer may still change.
    /// </summary>
    public static class TeamDeployments
    {
        /// <summary>
        /// The audit workflow reads a secret with the operations identity. The identity's list is filled in by the
        /// callers, which know the environment.
        /// </summary>
        private static LogicWorkflowData NewAuditWorkflow(AzureLocation location) => new LogicWorkflowData(location)
        {
            Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned),
            Definition = BinaryData.FromString("""
                {
                  "$schema": "https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#",
                  "triggers": { "manual": { "type": "Request", "kind": "Http" } },
                  "actions": {
                    "Read_secret": {
                      "type": "Http",
                      "inputs": {
                        "method": "GET",
                        "uri": "https://contoso-vault.vault.azure.net/secrets/audit-key?api-version=7.4",
                        "authentication": {
                          "type": "ManagedServiceIdentity",
                          "identity": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ops",
                          "audience": "https://vault.azure.net"
                        }
                      }
                    }
                  }
                }
                """),
        };

        /// <summary>Correct: the builder's workflow, completed with the operations identity before it is deployed.</summary>
        public static async Task<LogicWorkflowResource> CreateAuditTrailAsync(ResourceGroupResource resourceGroup, AzureLocation location)
        {
            var data = NewAuditWorkflow(location);
            data.Identity.UserAssignedIdentities.Add(new ResourceIdentifier(LogicAppDeployments.OpsIdentityId), new UserAssignedIdentity());
            var operation = await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "audit-trail", data);
            return operation.Value;
        }

        /// <summary>Correct: the team's deployer attaches the shared identity (see <see cref="WorkflowDeployer"/>).</summary>
        public static Task<LogicWorkflowResource> CreateReportingAsync(ResourceGroupResource resourceGroup, AzureLocation location)
        {
            var data = new LogicWorkflowData(location)
            {
                Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned),
                Definition = BinaryData.FromString("""{ "triggers": { "manual": { "type": "Request", "kind": "Http" } }, "actions": {} }"""),
            };
            var deployer = new WorkflowDeployer(resourceGroup, LogicAppDeployments.OpsIdentityId);
            return deployer.CreateOrUpdateAsync("reporting", data);
        }
    }

    /// <summary>The team's own deployer: every workflow it deploys gets the shared user-assigned identity.</summary>
    public sealed class WorkflowDeployer
    {
        private readonly ResourceGroupResource resourceGroup;
        private readonly string sharedIdentityId;

        public WorkflowDeployer(ResourceGroupResource resourceGroup, string sharedIdentityId)
        {
            this.resourceGroup = resourceGroup;
            this.sharedIdentityId = sharedIdentityId;
        }

        public async Task<LogicWorkflowResource> CreateOrUpdateAsync(string name, LogicWorkflowData data)
        {
            data.Identity ??= new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned);
            data.Identity.UserAssignedIdentities[new ResourceIdentifier(sharedIdentityId)] = new UserAssignedIdentity();
            var operation = await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, name, data);
            return operation.Value;
        }
    }
}
