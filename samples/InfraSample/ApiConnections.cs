using System;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager;
using Azure.ResourceManager.AppService;
using Azure.ResourceManager.Logic;
using Azure.ResourceManager.Logic.Models;
using Azure.ResourceManager.Models;
using Azure.ResourceManager.Resources;

namespace InfraSample
{
    /// <summary>
    /// API connections (Microsoft.Web/connections) for the managed connectors of a Consumption workflow that uses them
    /// with its system-assigned identity. The SDK has no typed model for connections: they are GenericResourceData with
    /// JSON properties, deployed under a Microsoft.Web/connections ID. Per connector class (single-authentication,
    /// multi-authentication, not classified), one connection is set up right and one is not; the analyzers match each
    /// connection with the workflow's $connections entry that names it (same class, same connection ID).
    /// </summary>
    public static class ApiConnections
    {
        private const string Subscription = "00000000-0000-0000-0000-000000000000";

        /// <summary>
        /// Correct, single-authentication (Azure Key Vault offers only managed identity): the documented shape,
        /// parameterValueType Alternative and an empty parameter set.
        /// </summary>
        public static async Task DeployVaultConnectionAsync(ArmClient client, ResourceGroupResource resourceGroup, AzureLocation location)
        {
            var connection = new GenericResourceData(location)
            {
                Kind = "V1",
                Properties = BinaryData.FromObjectAsJson(new
                {
                    displayName = "vault",
                    api = new { id = $"/subscriptions/{Subscription}/providers/Microsoft.Web/locations/westeurope/managedApis/keyvault" },
                    parameterValueSet = new { },
                    parameterValueType = "Alternative",
                }),
            };
            await client.GetGenericResources().CreateOrUpdateAsync(
                WaitUntil.Completed, resourceGroup.Id.AppendProviderResource("Microsoft.Web", "connections", "vault"), connection);
        }

        /// <summary>
        /// Misconfigured, single-authentication (Azure Automation): the workflow uses the connection with its managed
        /// identity, but parameterValueType Alternative is missing, so the connection is not created for managed identity
        /// and the first run fails (LAMI200 on Properties; its fix adds the property).
        /// </summary>
        public static async Task DeployAutomationConnectionAsync(ArmClient client, ResourceGroupResource resourceGroup, AzureLocation location)
        {
            var connection = new GenericResourceData(location)
            {
                Kind = "V1",
                Properties = BinaryData.FromObjectAsJson(new // LAMI200
                {
                    displayName = "automation",
                    api = new { id = $"/subscriptions/{Subscription}/providers/Microsoft.Web/locations/westeurope/managedApis/azureautomation" },
                    parameterValueSet = new { },
                }),
            };
            await client.GetGenericResources().CreateOrUpdateAsync(
                WaitUntil.Completed, resourceGroup.Id.AppendProviderResource("Microsoft.Web", "connections", "automation"), connection);
        }

        /// <summary>
        /// Correct, multi-authentication (Azure Blob Storage offers keys, Microsoft Entra ID and managed identity): the
        /// parameter set managedIdentityAuth with empty values.
        /// </summary>
        public static async Task DeployBlobConnectionAsync(ArmClient client, ResourceGroupResource resourceGroup, AzureLocation location)
        {
            var connection = new GenericResourceData(location)
            {
                Kind = "V1",
                Properties = BinaryData.FromString($$"""
                    {
                      "displayName": "blob",
                      "api": { "id": "/subscriptions/{{Subscription}}/providers/Microsoft.Web/locations/westeurope/managedApis/azureblob" },
                      "parameterValueSet": { "name": "managedIdentityAuth", "values": {} },
                      "parameterValueType": "Alternative"
                    }
                    """),
            };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, resourceGroup.Id.AppendProviderResource("Microsoft.Web", "connections", "blob"), connection);
        }

        /// <summary>
        /// Misconfigured, multi-authentication (SQL Server): the single-authentication shape (an empty parameter set) on
        /// a connector whose managed identity is a named parameter set (LAMI200 on "Alternative"; its fix writes the
        /// managedIdentityAuth set).
        /// </summary>
        public static async Task DeploySqlConnectionAsync(ArmClient client, ResourceGroupResource resourceGroup, AzureLocation location)
        {
            var connection = new GenericResourceData(location)
            {
                Kind = "V1",
                Properties = BinaryData.FromString($$"""
                    {
                      "displayName": "sql",
                      "api": { "id": "/subscriptions/{{Subscription}}/providers/Microsoft.Web/locations/westeurope/managedApis/sql" },
                      "parameterValueSet": {},
                      "parameterValueType": "Alternative"
                    }
                    """), // LAMI200 (on "Alternative")
            };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, resourceGroup.Id.AppendProviderResource("Microsoft.Web", "connections", "sql"), connection);
        }

        /// <summary>
        /// Correct, not classified (Azure Service Bus supports managed identity; the documents do not say which shape it
        /// takes): the managed-identity parameter set is one of the two shapes, so nothing is reported.
        /// </summary>
        public static async Task DeployServiceBusConnectionAsync(ArmClient client, ResourceGroupResource resourceGroup, AzureLocation location)
        {
            var properties = new JsonObject
            {
                ["displayName"] = "servicebus",
                ["api"] = new JsonObject { ["id"] = $"/subscriptions/{Subscription}/providers/Microsoft.Web/locations/westeurope/managedApis/servicebus" },
                ["parameterValueSet"] = new JsonObject { ["name"] = "managedIdentityAuth", ["values"] = new JsonObject() },
            };
            var connection = new GenericResourceData(location) { Kind = "V1", Properties = BinaryData.FromString(properties.ToJsonString()) };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, resourceGroup.Id.AppendProviderResource("Microsoft.Web", "connections", "servicebus"), connection);
        }

        /// <summary>
        /// Misconfigured, not classified (Azure Event Hubs): the workflow uses it with managed identity, but it has
        /// neither shape (LAMI200 on Properties, with both fixes: set logicapps_identity.multi_auth_connectors or
        /// single_auth_connectors to say which the connector takes).
        /// </summary>
        public static async Task DeployEventHubsConnectionAsync(ArmClient client, ResourceGroupResource resourceGroup, AzureLocation location)
        {
            var properties = new JsonObject
            {
                ["displayName"] = "eventhubs",
                ["api"] = new JsonObject { ["id"] = $"/subscriptions/{Subscription}/providers/Microsoft.Web/locations/westeurope/managedApis/eventhubs" },
            };
            var connection = new GenericResourceData(location) { Kind = "V1" };
            connection.Properties = BinaryData.FromString(properties.ToJsonString()); // LAMI200
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, resourceGroup.Id.AppendProviderResource("Microsoft.Web", "connections", "eventhubs"), connection);
        }

        /// <summary>
        /// Misconfigured: a Resource Manager connection of kind V2, used by a Consumption workflow, which needs V1
        /// (LAMI201 on "V2"; its fix writes "V1"). Its managed-identity setup is right.
        /// </summary>
        public static async Task DeployArmConnectionAsync(ArmClient client, ResourceGroupResource resourceGroup, AzureLocation location)
        {
            var connection = new GenericResourceData(location)
            {
                Kind = "V2", // LAMI201
                Properties = BinaryData.FromObjectAsJson(new
                {
                    api = new { id = $"/subscriptions/{Subscription}/providers/Microsoft.Web/locations/westeurope/managedApis/arm" },
                    parameterValueType = "Alternative",
                }),
            };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, resourceGroup.Id.AppendProviderResource("Microsoft.Web", "connections", "arm"), connection);
        }

        /// <summary>
        /// Misconfigured: a Blob connection meant for managed identity (Alternative) keeps the key-based parameter set
        /// copied from another connection (LAMI202 on "parameterValueSet"; its fix writes the managedIdentityAuth set).
        /// </summary>
        public static async Task DeployArchiveConnectionAsync(ArmClient client, ResourceGroupResource resourceGroup, AzureLocation location)
        {
            var connection = new GenericResourceData(location)
            {
                Kind = "V1",
                Properties = BinaryData.FromString($$"""
                    {
                      "api": { "id": "/subscriptions/{{Subscription}}/providers/Microsoft.Web/locations/westeurope/managedApis/azureblob" },
                      "parameterValueSet": { "name": "keyBasedAuth", "values": { "accountName": { "value": "contosoarchive" } } },
                      "parameterValueType": "Alternative"
                    }
                    """),
            };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, resourceGroup.Id.AppendProviderResource("Microsoft.Web", "connections", "archive"), connection);
        }

        /// <summary>
        /// Correct and not judged: an Office 365 Outlook connection signs in as a user (OAuth); nothing says it is meant
        /// for managed identity.
        /// </summary>
        public static async Task DeployMailConnectionAsync(ArmClient client, ResourceGroupResource resourceGroup, AzureLocation location)
        {
            var connection = new GenericResourceData(location)
            {
                Kind = "V1",
                Properties = BinaryData.FromObjectAsJson(new
                {
                    displayName = "ops@contoso.com",
                    api = new { id = $"/subscriptions/{Subscription}/providers/Microsoft.Web/locations/westeurope/managedApis/office365" },
                }),
            };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, resourceGroup.Id.AppendProviderResource("Microsoft.Web", "connections", "mail"), connection);
        }

        /// <summary>
        /// The Consumption workflow that uses the connections above with its system-assigned identity. Its mail entry is
        /// misconfigured: Office 365 Outlook does not support managed identities (LAMI203 on "authentication").
        /// </summary>
        public static async Task DeployOperationsWorkflowAsync(ResourceGroupResource resourceGroup, AzureLocation location)
        {
            var data = new LogicWorkflowData(location)
            {
                Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned),
                Definition = BinaryData.FromString("""{ "triggers": {}, "actions": {} }"""),
                Parameters =
                {
                    ["$connections"] = new LogicWorkflowParameterInfo
                    {
                        Value = BinaryData.FromString($$"""
                            {
                              "vault": { "connectionId": "{{resourceGroup.Id}}/providers/Microsoft.Web/connections/vault", "connectionProperties": { "authentication": { "type": "ManagedServiceIdentity" } } },
                              "automation": { "connectionId": "{{resourceGroup.Id}}/providers/Microsoft.Web/connections/automation", "connectionProperties": { "authentication": { "type": "ManagedServiceIdentity" } } },
                              "blob": { "connectionId": "{{resourceGroup.Id}}/providers/Microsoft.Web/connections/blob", "connectionProperties": { "authentication": { "type": "ManagedServiceIdentity" } } },
                              "sql": { "connectionId": "{{resourceGroup.Id}}/providers/Microsoft.Web/connections/sql", "connectionProperties": { "authentication": { "type": "ManagedServiceIdentity" } } },
                              "servicebus": { "connectionId": "{{resourceGroup.Id}}/providers/Microsoft.Web/connections/servicebus", "connectionProperties": { "authentication": { "type": "ManagedServiceIdentity" } } },
                              "eventhubs": { "connectionId": "{{resourceGroup.Id}}/providers/Microsoft.Web/connections/eventhubs", "connectionProperties": { "authentication": { "type": "ManagedServiceIdentity" } } },
                              "arm": { "connectionId": "{{resourceGroup.Id}}/providers/Microsoft.Web/connections/arm", "connectionProperties": { "authentication": { "type": "ManagedServiceIdentity" } } },
                              "archive": { "connectionId": "{{resourceGroup.Id}}/providers/Microsoft.Web/connections/archive", "connectionProperties": { "authentication": { "type": "ManagedServiceIdentity" } } },
                              "mail": {
                                "connectionId": "{{resourceGroup.Id}}/providers/Microsoft.Web/connections/mail",
                                "id": "/subscriptions/{{Subscription}}/providers/Microsoft.Web/locations/westeurope/managedApis/office365",
                                "connectionProperties": { "authentication": { "type": "ManagedServiceIdentity" } }
                              }
                            }
                            """), // LAMI203 (on the mail entry's "authentication")
                    },
                },
            };
            await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "operations", data);
        }
    }

    /// <summary>
    /// A Standard logic app and its connections. A Standard app names its connections in connections.json, so the
    /// connections built beside it are its connections: they must be V2, and the app's identity gets an access policy.
    /// </summary>
    public static class StandardConnections
    {
        private const string Subscription = "00000000-0000-0000-0000-000000000000";

        /// <summary>
        /// Correct: a Standard app with its system-assigned identity, a V2 Key Vault connection set up for managed
        /// identity, and the access policy that lets the app's identity (its principal ID, read once the app exists) use it.
        /// </summary>
        public static async Task DeployAsync(
            ArmClient client, ResourceGroupResource resourceGroup, AzureLocation location, string appServicePlanId, Func<Task<(string PrincipalId, string TenantId)>> readAppIdentity)
        {
            var site = new WebSiteData(location)
            {
                Kind = "functionapp,workflowapp",
                AppServicePlanId = appServicePlanId,
                Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned),
            };
            await resourceGroup.GetWebSites().CreateOrUpdateAsync(WaitUntil.Completed, "orders-standard", site);

            var connectionId = resourceGroup.Id.AppendProviderResource("Microsoft.Web", "connections", "standard-vault");
            var connection = new GenericResourceData(location)
            {
                Kind = "V2",
                Properties = BinaryData.FromObjectAsJson(new
                {
                    api = new { id = $"/subscriptions/{Subscription}/providers/Microsoft.Web/locations/westeurope/managedApis/keyvault" },
                    parameterValueSet = new { },
                    parameterValueType = "Alternative",
                }),
            };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, connectionId, connection);

            var (principalId, tenantId) = await readAppIdentity();
            var policy = new GenericResourceData(location)
            {
                Properties = BinaryData.FromObjectAsJson(new
                {
                    principal = new { type = "ActiveDirectory", identity = new { objectId = principalId, tenantId } },
                }),
            };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, connectionId.AppendChildResource("accessPolicies", principalId), policy);
        }

        /// <summary>
        /// Misconfigured: a connection for the Standard app built beside it, of kind V1, which a Standard app cannot use
        /// (LAMI201 on "V1"; its fix writes "V2").
        /// </summary>
        public static async Task DeployBlobAsync(ArmClient client, ResourceGroupResource resourceGroup, AzureLocation location)
        {
            var connection = new GenericResourceData(location)
            {
                Kind = "V1", // LAMI201
                Properties = BinaryData.FromObjectAsJson(new
                {
                    api = new { id = $"/subscriptions/{Subscription}/providers/Microsoft.Web/locations/westeurope/managedApis/azureblob" },
                    parameterValueSet = new { name = "managedIdentityAuth", values = new { } },
                }),
            };
            await client.GetGenericResources().CreateOrUpdateAsync(
                WaitUntil.Completed, resourceGroup.Id.AppendProviderResource("Microsoft.Web", "connections", "standard-blob"), connection);
        }
    }
}
