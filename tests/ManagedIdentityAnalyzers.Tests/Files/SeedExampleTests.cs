using System.Threading.Tasks;
using static ManagedIdentityAnalyzers.Tests.Files.JsonFileTest;

namespace ManagedIdentityAnalyzers.Tests.Files;

/// <summary>
/// The JSON examples of the seed documents (shared/seeds: "Authenticate access to Azure resources by using managed
/// identities in Azure Logic Apps" and its current successor), as files: templates, <c>$connections</c>, API connection
/// resources and connections.json entries. They are correct and nothing is reported, except the documented way to
/// turn the identity off, which is what LAMI007 warns about. Placeholders the documents write as <c>{&lt;...&gt;}</c>
/// (not JSON) are filled in; the rest is as documented, doc bugs included (a stray backtick, trailing commas).
/// </summary>
public class SeedExampleTests
{
    private const string SystemAssignedTemplate = """
        {
          "$schema": "https://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "resources": [
            {
               "apiVersion": "2016-06-01",
               "type": "Microsoft.logic/workflows",
               "name": "[variables('logicappName')]",
               "location": "[resourceGroup().location]",
               "identity": {
                  "type": "SystemAssigned"
               },
               "properties": {
                  "definition": {
                     "$schema": "https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#",
                     "actions": {
                        "HTTP": {
                           "type": "Http",
                           "inputs": {
                              "method": "PUT",
                              "uri": "https://fabrikamstorageaccount.blob.core.windows.net/fabrikam-container/folder/file.txt",
                              "headers": { "x-ms-blob-type": "BlockBlob", "x-ms-version": "2019-02-02", "x-ms-date": "@{formatDateTime(utcNow(),'r')}" },
                              "queries": { "comp": "snapshot" },
                              "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" }
                           }
                        }
                     },
                     "parameters": {},
                     "triggers": {},
                     "contentVersion": "1.0.0.0",
                     "outputs": {}
                  },
                  "parameters": {}
               },
               "dependsOn": []
            }
          ]
        }
        """;

    private const string UserAssignedTemplate = """
        {
           "$schema": "https://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json#",
           "contentVersion": "1.0.0.0",
           "parameters": {},
           "resources": [
              {
                 "apiVersion": "2016-06-01",
                 "type": "Microsoft.logic/workflows",
                 "name": "[variables('logicappName')]",
                 "location": "[resourceGroup().location]",
                 "identity": {
                    "type": "UserAssigned",
                    "userAssignedIdentities": {
                       "/subscriptions/<Azure-subscription-ID>/resourceGroups/<Azure-resource-group-name>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<user-assigned-identity-name>": {
                          "principalId": "<principal-ID>",
                          "clientId": "<client-ID>"
                       }
                    }
                 },
                 "properties": {
                    "definition": { "triggers": {}, "actions": {} }
                 },
                 "parameters": {},
                 "dependsOn": []
              },
           ],
           "outputs": {}
        }
        """;

    // With the documents' stray backtick in parameters(`Template_LogicAppName'): that expression is unknown.
    private const string ParameterizedTemplate = """
        {
           "$schema": "https://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json#",
           "contentVersion": "1.0.0.0",
           "parameters": {
              "Template_LogicAppName": {
                 "type": "string"
              },
              "Template_UserAssignedIdentityName": {
                 "type": "securestring"
              }
           },
           "variables": {
              "logicAppName": "[parameters(`Template_LogicAppName')]",
              "userAssignedIdentityName": "[parameters('Template_UserAssignedIdentityName')]"
           },
           "resources": [
              {
                 "apiVersion": "2016-06-01",
                 "type": "Microsoft.logic/workflows",
                 "name": "[variables('logicAppName')]",
                 "location": "[resourceGroup().location]",
                 "identity": {
                    "type": "UserAssigned",
                    "userAssignedIdentities": {
                       "[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities/', variables('userAssignedIdentityName'))]": {}
                    }
                 },
                 "properties": {
                    "definition": { "triggers": {}, "actions": {} }
                 },
                 "parameters": {},
                 "dependsOn": [
                    "[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities/', variables('userAssignedIdentityName'))]"
                 ]
              },
              {
                 "apiVersion": "2018-11-30",
                 "type": "Microsoft.ManagedIdentity/userAssignedIdentities",
                 "name": "[parameters('Template_UserAssignedIdentityName')]",
                 "location": "[resourceGroup().location]",
                 "properties": {
                    "tenantId": "<tenant-ID>",
                    "principalId": "<principal-ID>",
                    "clientId": "<client-ID>"
                 }
              }
          ]
        }
        """;

    private static string WorkflowWithConnections(string identity, string reference) => $$"""
        {
          "$schema": "https://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "resources": [
            {
              "apiVersion": "2016-06-01",
              "type": "Microsoft.Logic/workflows",
              "name": "orders",
              "location": "[resourceGroup().location]",
              "identity": {{identity}},
              "properties": {
                "definition": { "triggers": {}, "actions": {} },
                "parameters": {
                  "$connections": {
                    "value": {
                      "<action-name>": {{reference}}
                    }
                  }
                }
              }
            }
          ]
        }
        """;

    private const string SystemAssignedConnection = """
        {
                        "connectionId": "/subscriptions/<Azure-subscription-ID>/resourceGroups/<resource-group-name>/providers/Microsoft.Web/connections/<connector-name>",
                        "connectionName": "<connector-name>",
                        "connectionProperties": {
                           "authentication": {
                              "type": "ManagedServiceIdentity"
                           }
                        },
                        "id": "/subscriptions/<Azure-subscription-ID>/providers/Microsoft.Web/locations/<Azure-region>/managedApis/<managed-connector-type>"
                     }
        """;

    private const string UserAssignedConnection = """
        {
                        "connectionId": "/subscriptions/<Azure-subscription-ID>/resourceGroups/<resource-group-name>/providers/Microsoft.Web/connections/<connector-name>",
                        "connectionName": "<connector-name>",
                        "connectionProperties": {
                           "authentication": {
                              "type": "ManagedServiceIdentity",
                              "identity": "/subscriptions/<Azure-subscription-ID>/resourceGroups/<resource-group-name>/providers/microsoft.managedidentity/userassignedidentities/<managed-identity-name>"
                           }
                        },
                        "id": "/subscriptions/<Azure-subscription-ID>/providers/Microsoft.Web/locations/<Azure-region>/managedApis/<managed-connector-type>"
                     }
        """;

    private const string ConnectionResources = """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "parameters": { "location": { "type": "string", "defaultValue": "[resourceGroup().location]" } },
          "variables": { "connections_<connector-name>_name": "automation", "connections_blob_name": "blob" },
          "resources": [
            {
              "type": "Microsoft.Web/connections",
              "apiVersion": "[providers('Microsoft.Web','connections').apiVersions[0]]",
              "name": "[variables('connections_<connector-name>_name')]",
              "location": "[parameters('location')]",
              "kind": "V1",
              "properties": {
                "alternativeParameterValues": {},
                "api": {
                  "id": "[subscriptionResourceId('Microsoft.Web/locations/managedApis', parameters('location'), 'azureautomation')]"
                },
                "authenticatedUser": {},
                "connectionState": "Enabled",
                "customParameterValues": {},
                "displayName": "[variables('connections_<connector-name>_name')]",
                "parameterValueSet": {},
                "parameterValueType": "Alternative"
              }
            },
            {
              "type": "Microsoft.Web/connections",
              "apiVersion": "[providers('Microsoft.Web','connections').apiVersions[0]]",
              "name": "[variables('connections_blob_name')]",
              "location": "[parameters('location')]",
              "kind": "V1",
              "properties": {
                "alternativeParameterValues":{},
                "api": {
                  "id": "[subscriptionResourceId('Microsoft.Web/locations/managedApis', parameters('location'), 'azureblob')]"
                },
                "authenticatedUser": {},
                "connectionState": "Enabled",
                "customParameterValues": {},
                "displayName": "[variables('connections_blob_name')]",
                "parameterValueSet":{
                  "name": "managedIdentityAuth",
                  "values": {}
                },
                "parameterValueType": "Alternative"
              }
            }
          ]
        }
        """;

    private const string KeyVaultConnection = """
        {
          "managedApiConnections": {
            "keyvault": {
              "api": {
                "id": "/subscriptions/<Azure-subscription-ID>/providers/Microsoft.Web/locations/<Azure-region>/managedApis/keyvault"
              },
              "authentication": {
                "type": "ManagedServiceIdentity",
              },
              "connection": {
                "id": "/subscriptions/<Azure-subscription-ID>/resourceGroups/<resource-group-name>/providers/Microsoft.Web/connections/<connector-name>"
              },
              "connectionProperties": {
                "authentication": {
                  "audience": "https://vault.azure.cn",
                  "type": "ManagedServiceIdentity"
                }
              },
              "connectionRuntimeUrl": "<connection-runtime-URL>"
            }
          }
        }
        """;

    private const string KeyVaultConnectionWithTokenStoreIdentity = """
        {
          "managedApiConnections": {
            "keyvault": { "api": { "id": "/subscriptions/<Azure-subscription-ID>/providers/Microsoft.Web/locations/<Azure-region>/managedApis/keyvault" }, "authentication": { "type": "ManagedServiceIdentity", // Add "identity" property here
            "identity": "/subscriptions/<Azure-subscription-ID>/resourcegroups/<resource-group-name>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<identity-resource-ID>" }, "connection": { "id": "/subscriptions/<Azure-subscription-ID>/resourceGroups/<resource-group-name>/providers/Microsoft.Web/connections/<connector-name>" }, "connectionProperties": { "authentication": { "audience": "https://vault.azure.cn", "type": "ManagedServiceIdentity" } }, "connectionRuntimeUrl": "<connection-runtime-URL>" }
          }
        }
        """;

    [Fact]
    public Task System_assigned_identity_in_a_template() => VerifyAsync(("azuredeploy.json", SystemAssignedTemplate));

    [Fact]
    public Task User_assigned_identity_in_a_template() => VerifyAsync(("azuredeploy.json", UserAssignedTemplate));

    [Fact]
    public Task Parameterized_user_assigned_identity_declared_in_the_template() => VerifyAsync(("azuredeploy.json", ParameterizedTemplate));

    [Fact]
    public Task Connection_reference_with_the_system_assigned_identity() => VerifyAsync(
        ("azuredeploy.json", WorkflowWithConnections("""{ "type": "SystemAssigned" }""", SystemAssignedConnection)));

    [Fact]
    public Task Connection_reference_with_the_user_assigned_identity() => VerifyAsync(("azuredeploy.json", WorkflowWithConnections(
        """{ "type": "UserAssigned", "userAssignedIdentities": { "/subscriptions/<Azure-subscription-ID>/resourceGroups/<resource-group-name>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<managed-identity-name>": {} } }""",
        UserAssignedConnection)));

    [Fact]
    public Task Api_connection_resources_for_single_and_multi_authentication() => VerifyAsync(("azuredeploy.json", ConnectionResources));

    [Fact]
    public Task Standard_connection_entries() => VerifyAsync(
        ("OrdersApp/connections.json", KeyVaultConnection),
        ("BillingApp/connections.json", KeyVaultConnectionWithTokenStoreIdentity));

    [Fact]
    public Task Turning_the_identity_off_as_documented_is_what_LAMI007_warns_about() => VerifyAsync(("azuredeploy.json", """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "resources": [
            {
              "apiVersion": "2016-06-01",
              "type": "Microsoft.logic/workflows",
              "name": "orders",
              "location": "[resourceGroup().location]",
              "identity": {
                 "type": {|LAMI007:"None"|}
              },
              "properties": { "definition": { "triggers": {}, "actions": {} } }
            }
          ]
        }
        """));
}
