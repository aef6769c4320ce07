using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.ResourceManager.Logic;
using Azure.ResourceManager.Logic.Models;
using Azure.ResourceManager.Models;
using Azure.ResourceManager.Resources;

namespace InfraSample
{
    /// <summary>
    /// Workflow definitions written in C#, in the ways infrastructure code writes them: JSON in raw and verbatim
    /// strings, anonymous objects, dictionaries and JsonObject. Correct and misconfigured side by side; the comments
    /// name what the analyzers flag (the token, exactly, inside the literal or object).
    /// </summary>
    public static class WorkflowDefinitions
    {
        /// <summary>
        /// Correct: reads a Key Vault secret with the system-assigned identity and Key Vault's audience, written
        /// exactly (no trailing slash).
        /// </summary>
        public static async Task CreateSecretReaderAsync(ResourceGroupResource resourceGroup, AzureLocation location)
        {
            var data = new LogicWorkflowData(location)
            {
                Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned),
                Definition = BinaryData.FromString("""
                    {
                      "triggers": { "manual": { "type": "Request", "kind": "Http" } },
                      "actions": {
                        "Get_secret": {
                          "type": "Http",
                          "inputs": {
                            "method": "GET",
                            "uri": "https://contoso.vault.azure.net/secrets/db-password?api-version=7.4",
                            "authentication": { "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net" }
                          }
                        }
                      }
                    }
                    """),
            };
            await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "secret-reader", data);
        }

        /// <summary>
        /// Misconfigured: no audience, so the token is issued for Azure Resource Manager and Key Vault answers 401
        /// (LAMI104 on "authentication"; its fix adds "audience": "https://vault.azure.net"). The second call writes Key
        /// Vault's audience with a trailing slash, which Microsoft Entra ID does not accept (LAMI106 on the value).
        /// </summary>
        public static async Task CreateSecretRotatorAsync(ResourceGroupResource resourceGroup, AzureLocation location)
        {
            var data = new LogicWorkflowData(location)
            {
                Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned),
                Definition = BinaryData.FromString(@"{
                  ""actions"": {
                    ""Get_secret"": {
                      ""type"": ""Http"",
                      ""inputs"": {
                        ""method"": ""GET"",
                        ""uri"": ""https://contoso.vault.azure.net/secrets/api-key?api-version=7.4"",
                        ""authentication"": { ""type"": ""ManagedServiceIdentity"" }
                      }
                    },
                    ""Set_secret"": {
                      ""type"": ""Http"",
                      ""inputs"": {
                        ""method"": ""PUT"",
                        ""uri"": ""https://contoso.vault.azure.net/secrets/api-key?api-version=7.4"",
                        ""authentication"": { ""type"": ""ManagedServiceIdentity"", ""audience"": ""https://vault.azure.net/"" }
                      }
                    }
                  }
                }"),
            };
            await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "secret-rotator", data);
        }

        /// <summary>
        /// Misconfigured: the designer's label "Managed Identity" is not an authentication type (LAMI100 on the value;
        /// its fix writes ManagedServiceIdentity). The call goes to Resource Manager, whose audience is the default.
        /// </summary>
        public static async Task CreateInventoryAsync(ResourceGroupResource resourceGroup, AzureLocation location)
        {
            var data = new LogicWorkflowData(location)
            {
                Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned),
                Definition = BinaryData.FromObjectAsJson(new
                {
                    actions = new
                    {
                        List_groups = new
                        {
                            type = "Http",
                            inputs = new
                            {
                                method = "GET",
                                uri = "https://management.azure.com/subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups?api-version=2021-04-01",
                                authentication = new { type = "Managed Identity" },
                            },
                        },
                    },
                }),
            };
            await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "inventory", data);
        }

        /// <summary>
        /// Misconfigured: a managed-identity call to Blob Storage without x-ms-version and x-ms-date; Storage answers
        /// 403 (LAMI120 and LAMI121 on the uri; their fixes add the headers). The workflow also has no managed
        /// identity at all (LAMI101 on "authentication"; its fix enables the system-assigned identity).
        /// </summary>
        public static async Task CreateArchiverAsync(ResourceGroupResource resourceGroup, AzureLocation location)
        {
            var definition = new JsonObject
            {
                ["actions"] = new JsonObject
                {
                    ["Read_blob"] = new JsonObject
                    {
                        ["type"] = "Http",
                        ["inputs"] = new JsonObject
                        {
                            ["method"] = "GET",
                            ["uri"] = "https://contosoarchive.blob.core.windows.net/orders/today.json",
                            ["authentication"] = new JsonObject { ["type"] = "ManagedServiceIdentity", ["audience"] = "https://storage.azure.com/" },
                        },
                    },
                },
            };
            var data = new LogicWorkflowData(location) { Definition = BinaryData.FromString(definition.ToJsonString()) };
            await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "archiver", data);
        }

        /// <summary>
        /// Misconfigured: a password written into the definition (LAMI130 on the value); read it from a secure
        /// parameter instead, as the username already is.
        /// </summary>
        public static BinaryData PartnerNotification() => BinaryData.FromObjectAsJson(new Dictionary<string, object>
        {
            ["actions"] = new Dictionary<string, object>
            {
                ["Notify_partner"] = new Dictionary<string, object>
                {
                    ["type"] = "Http",
                    ["inputs"] = new Dictionary<string, object>
                    {
                        ["method"] = "POST",
                        ["uri"] = "https://partner.example.com/notify",
                        ["authentication"] = new Dictionary<string, object>
                        {
                            ["type"] = "Basic",
                            ["username"] = "@parameters('partnerUser')",
                            ["password"] = "P@ssw0rd!",
                        },
                    },
                },
            },
        });

        /// <summary>
        /// Misconfigured: the Key Vault connection reference names the audit identity, but the workflow has only the
        /// ops identity attached (LAMI102 on the identity value; its fix names the one attached identity).
        /// </summary>
        public static async Task CreateVaultReaderAsync(ResourceGroupResource resourceGroup, AzureLocation location)
        {
            var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned);
            identity.UserAssignedIdentities.Add(new ResourceIdentifier(LogicAppDeployments.OpsIdentityId), new UserAssignedIdentity());
            var data = new LogicWorkflowData(location)
            {
                Identity = identity,
                Parameters =
                {
                    ["$connections"] = new LogicWorkflowParameterInfo
                    {
                        Value = BinaryData.FromString("""
                            {
                              "keyvault": {
                                "connectionId": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/connections/keyvault",
                                "connectionName": "keyvault",
                                "id": "/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.Web/locations/westeurope/managedApis/keyvault",
                                "connectionProperties": {
                                  "authentication": {
                                    "type": "ManagedServiceIdentity",
                                    "identity": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/audit"
                                  }
                                }
                              }
                            }
                            """),
                    },
                },
            };
            await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "vault-reader", data);
        }

        /// <summary>
        /// Misconfigured: an update of an existing workflow drops its managed identity; the identity's object ID is
        /// deleted and connections that use it break, even if it is turned on again (LAMI007 on the null).
        /// </summary>
        public static async Task DetachIdentityAsync(LogicWorkflowResource workflow)
        {
            var data = workflow.Data;
            data.Identity = null;
            await workflow.UpdateAsync(WaitUntil.Completed, data);
        }
    }
}
