using System;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.AppService;
using Azure.ResourceManager.Logic;
using Azure.ResourceManager.Models;
using Azure.ResourceManager.Resources;

namespace InfraSample
{
    /// <summary>
    /// Deployments of logic apps with managed identities, the way infrastructure code writes them with the Azure SDK.
    /// Each method is either correct or has one mistake; the comments say which line the analyzers flag and why.
    /// The build lists the flagged lines (see expected-diagnostics.txt beside the project).
    /// </summary>
    public static class LogicAppDeployments
    {
        /// <summary>A user-assigned identity that the operations team created beforehand.</summary>
        public const string OpsIdentityId =
            "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ops";

        /// <summary>A workflow with a Request trigger and no actions: enough for the service to accept it.</summary>
        private const string MinimalDefinition = """
            {
              "$schema": "https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#",
              "contentVersion": "1.0.0.0",
              "triggers": {
                "manual": { "type": "Request", "kind": "Http" }
              },
              "actions": {}
            }
            """;

        /// <summary>Correct: a Consumption workflow with its system-assigned identity, written as the enum member.</summary>
        public static async Task<LogicWorkflowResource> CreateOrderIntakeAsync(ResourceGroupResource resourceGroup, AzureLocation location)
        {
            var data = new LogicWorkflowData(location)
            {
                Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned),
                Definition = BinaryData.FromString(MinimalDefinition),
            };
            ArmOperation<LogicWorkflowResource> operation =
                await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "order-intake", data);
            return operation.Value;
        }

        /// <summary>
        /// Misconfigured: "System Assigned" is the portal's label, not an identity type. The string converts to
        /// ManagedServiceIdentityType without complaint, and Azure Resource Manager rejects or misreads it at deployment.
        /// LAMI006 flags the string; its fix writes ManagedServiceIdentityType.SystemAssigned.
        /// </summary>
        public static async Task<LogicWorkflowResource> CreateInvoiceSyncAsync(ResourceGroupResource resourceGroup, AzureLocation location)
        {
            var data = new LogicWorkflowData(location)
            {
                Identity = new ManagedServiceIdentity("System Assigned"), // LAMI006
                Definition = BinaryData.FromString(MinimalDefinition),
            };
            ArmOperation<LogicWorkflowResource> operation =
                await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "invoice-sync", data);
            return operation.Value;
        }

        /// <summary>
        /// Misconfigured: the identity type is set after the identity is created, in lower case. The SDK compares
        /// identity types ignoring case, so the code looks right in a test, but the lower-case string is what is sent.
        /// LAMI006 flags the string assigned to ManagedServiceIdentityType; its fix writes the enum member.
        /// </summary>
        public static async Task<LogicWorkflowResource> CreateNightlyReportAsync(ResourceGroupResource resourceGroup, AzureLocation location)
        {
            var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);
            identity.ManagedServiceIdentityType = "systemassigned"; // LAMI006
            var data = new LogicWorkflowData(location)
            {
                Identity = identity,
                Definition = BinaryData.FromString(MinimalDefinition),
            };
            ArmOperation<LogicWorkflowResource> operation =
                await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "nightly-report", data);
            return operation.Value;
        }

        /// <summary>
        /// Correct: a Consumption workflow that uses one user-assigned identity. The identity type is a string here,
        /// but the canonical one, so nothing is reported.
        /// </summary>
        public static async Task<LogicWorkflowResource> CreatePayrollExportAsync(ResourceGroupResource resourceGroup, AzureLocation location)
        {
            var identity = new ManagedServiceIdentity("UserAssigned");
            identity.UserAssignedIdentities.Add(new ResourceIdentifier(OpsIdentityId), new UserAssignedIdentity());
            var data = new LogicWorkflowData(location)
            {
                Identity = identity,
                Definition = BinaryData.FromString(MinimalDefinition),
            };
            ArmOperation<LogicWorkflowResource> operation =
                await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "payroll-export", data);
            return operation.Value;
        }

        /// <summary>
        /// Not judged: the identity type comes from the caller, so its value is unknown at compile time and nothing
        /// is reported, whatever the caller passes.
        /// </summary>
        public static async Task<LogicWorkflowResource> CreateConfiguredAsync(ResourceGroupResource resourceGroup, AzureLocation location, string name, string identityType)
        {
            var data = new LogicWorkflowData(location)
            {
                Identity = new ManagedServiceIdentity(identityType),
                Definition = BinaryData.FromString(MinimalDefinition),
            };
            ArmOperation<LogicWorkflowResource> operation =
                await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, name, data);
            return operation.Value;
        }

        /// <summary>Correct: a Standard logic app (a site whose kind includes workflowapp) with its system-assigned identity.</summary>
        public static async Task<WebSiteResource> CreateStandardAppAsync(ResourceGroupResource resourceGroup, AzureLocation location, string appServicePlanId)
        {
            var data = new WebSiteData(location)
            {
                Kind = "functionapp,workflowapp",
                AppServicePlanId = appServicePlanId,
                Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned),
            };
            ArmOperation<WebSiteResource> operation =
                await resourceGroup.GetWebSites().CreateOrUpdateAsync(WaitUntil.Completed, "orders-standard", data);
            return operation.Value;
        }

        /// <summary>
        /// Misconfigured: a Standard logic app with both identities, but "SystemAssigned,UserAssigned" lacks the space
        /// after the comma. App Service expects "SystemAssigned, UserAssigned", the value of
        /// ManagedServiceIdentityType.SystemAssignedUserAssigned; the SDK does not treat the two strings as equal.
        /// LAMI006 flags the string; its fix writes ManagedServiceIdentityType.SystemAssignedUserAssigned.
        /// (A Standard logic app may enable both identities, so nothing else is wrong here.)
        /// </summary>
        public static async Task<WebSiteResource> CreateStandardAppWithOpsIdentityAsync(ResourceGroupResource resourceGroup, AzureLocation location, string appServicePlanId)
        {
            var identity = new ManagedServiceIdentity("SystemAssigned,UserAssigned"); // LAMI006
            identity.UserAssignedIdentities.Add(new ResourceIdentifier(OpsIdentityId), new UserAssignedIdentity());
            var data = new WebSiteData(location)
            {
                Kind = "functionapp,workflowapp",
                AppServicePlanId = appServicePlanId,
                Identity = identity,
            };
            ArmOperation<WebSiteResource> operation =
                await resourceGroup.GetWebSites().CreateOrUpdateAsync(WaitUntil.Completed, "orders-standard-ops", data);
            return operation.Value;
        }
    }
}
