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
    /// Which identities a logic app gets. Consumption workflows may enable one identity (the system-assigned one or a
    /// single user-assigned one); Standard apps may enable both and several user-assigned ones. Correct and
    /// misconfigured deployments side by side; comments name what the analyzers flag.
    /// </summary>
    public static class IdentityChoices
    {
        private const string AuditIdentityId =
            "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/audit";

        /// <summary>
        /// Misconfigured: a Consumption workflow with both identities. LAMI001 flags the type; its first fix keeps the
        /// listed user-assigned identity, the second keeps the system-assigned one and removes the Add statement.
        /// </summary>
        public static async Task CreateClaimsIntakeAsync(ResourceGroupResource resourceGroup, AzureLocation location)
        {
            var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssignedUserAssigned); // LAMI001
            identity.UserAssignedIdentities.Add(new ResourceIdentifier(LogicAppDeployments.OpsIdentityId), new UserAssignedIdentity());
            var data = new LogicWorkflowData(location) { Identity = identity };
            await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "claims-intake", data);
        }

        /// <summary>Misconfigured: a Consumption workflow with two user-assigned identities. LAMI002 flags the second key.</summary>
        public static async Task CreateClaimsAuditAsync(ResourceGroupResource resourceGroup, AzureLocation location)
        {
            var data = new LogicWorkflowData(location)
            {
                Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned)
                {
                    UserAssignedIdentities =
                    {
                        [new ResourceIdentifier(LogicAppDeployments.OpsIdentityId)] = new UserAssignedIdentity(),
                        [new ResourceIdentifier(AuditIdentityId)] = new UserAssignedIdentity(), // LAMI002
                    },
                },
            };
            await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "claims-audit", data);
        }

        /// <summary>
        /// Misconfigured: UserAssigned, but no user-assigned identity is listed; the deployment fails. LAMI003 (an error,
        /// lowered to a warning in this sample's .editorconfig) flags the type; its fix uses the system-assigned identity.
        /// </summary>
        public static async Task CreateFraudCheckAsync(ResourceGroupResource resourceGroup, AzureLocation location)
        {
            var data = new LogicWorkflowData(location)
            {
                Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned), // LAMI003
            };
            await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "fraud-check", data);
        }

        /// <summary>
        /// Misconfigured: a Standard app lists a user-assigned identity but its type is SystemAssigned. LAMI004 flags
        /// the type; for a Standard app the fix keeps the system-assigned identity: SystemAssigned, UserAssigned.
        /// </summary>
        public static async Task CreateClaimsStandardAsync(ResourceGroupResource resourceGroup, AzureLocation location, string appServicePlanId)
        {
            var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned); // LAMI004
            identity.UserAssignedIdentities.Add(new ResourceIdentifier(AuditIdentityId), new UserAssignedIdentity());
            var site = new WebSiteData(location) { Kind = "functionapp,workflowapp", AppServicePlanId = appServicePlanId, Identity = identity };
            await resourceGroup.GetWebSites().CreateOrUpdateAsync(WaitUntil.Completed, "claims-standard", site);
        }

        /// <summary>
        /// Misconfigured: the key is the identity's name, not its resource ID. LAMI005 flags the key. The correct form
        /// builds the ID from the resource group: the second entry.
        /// </summary>
        public static async Task CreateClaimsPortalAsync(ResourceGroupResource resourceGroup, AzureLocation location, string appServicePlanId)
        {
            var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned);
            identity.UserAssignedIdentities.Add(new ResourceIdentifier("audit"), new UserAssignedIdentity()); // LAMI005
            identity.UserAssignedIdentities.Add(
                resourceGroup.Id.AppendProviderResource("Microsoft.ManagedIdentity", "userAssignedIdentities", "ops"),
                new UserAssignedIdentity());
            var site = new WebSiteData(location) { Kind = "functionapp,workflowapp", AppServicePlanId = appServicePlanId, Identity = identity };
            await resourceGroup.GetWebSites().CreateOrUpdateAsync(WaitUntil.Completed, "claims-portal", site);
        }

        /// <summary>
        /// Correct: a Standard app may have both identities and several user-assigned ones; a plain web app is not a
        /// logic app and is not judged.
        /// </summary>
        public static async Task CreateStandardWithTwoIdentitiesAsync(ResourceGroupResource resourceGroup, AzureLocation location, string appServicePlanId)
        {
            var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssignedUserAssigned);
            identity.UserAssignedIdentities.Add(new ResourceIdentifier(LogicAppDeployments.OpsIdentityId), new UserAssignedIdentity());
            identity.UserAssignedIdentities.Add(new ResourceIdentifier(AuditIdentityId), new UserAssignedIdentity());
            var site = new WebSiteData(location) { Kind = "functionapp,workflowapp", AppServicePlanId = appServicePlanId, Identity = identity };
            await resourceGroup.GetWebSites().CreateOrUpdateAsync(WaitUntil.Completed, "claims-standard-2", site);

            var web = new WebSiteData(location) { Kind = "app", Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned) };
            await resourceGroup.GetWebSites().CreateOrUpdateAsync(WaitUntil.Completed, "claims-web", web);
        }
    }
}
