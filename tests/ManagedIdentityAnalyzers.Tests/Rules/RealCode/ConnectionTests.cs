using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Findings;
using static ManagedIdentityAnalyzers.Tests.Rules.RealCode.RealCodeSource;

namespace ManagedIdentityAnalyzers.Tests.Rules.RealCode;

/// <summary>
/// API connections written the way infrastructure code writes them with <c>GenericResourceData</c>: the resource type
/// from the ID given to the SDK (every way of building it) or from <c>properties.api.id</c>; builders, helpers and
/// separate methods of one type; hand-offs and unknown values; logic apps written as generic resources.
/// </summary>
public class ConnectionTests
{
    private const string Sub = "00000000-0000-0000-0000-000000000001";

    /// <summary>Properties of a Key Vault connection (single-authentication) that say nothing about managed identity.</summary>
    private const string KeyVaultWithoutSetup = """
        BinaryData.FromObjectAsJson(new
        {
            displayName = "vault",
            api = new { id = "/subscriptions/00000000-0000-0000-0000-000000000001/providers/Microsoft.Web/locations/westeurope/managedApis/keyvault" },
        })
        """;

    /// <summary>A workflow whose <c>$connections</c> entry uses the connection <c>vault</c> with its managed identity.</summary>
    private const string WorkflowUsingVault = """"
        new LogicWorkflowData(location)
        {
            Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned),
            Parameters =
            {
                ["$connections"] = new LogicWorkflowParameterInfo
                {
                    Value = BinaryData.FromString($$"""
                        {
                          "vault": {
                            "connectionId": "{{rg.Id}}/providers/Microsoft.Web/connections/vault",
                            "connectionName": "vault",
                            "connectionProperties": { "authentication": { "type": "ManagedServiceIdentity" } }
                          }
                        }
                        """),
                },
            },
        }
        """";

    [Theory]
    [InlineData("rg.Id.AppendProviderResource(\"Microsoft.Web\", \"connections\", \"vault\")")]
    [InlineData("new ResourceIdentifier($\"/subscriptions/{rg.Id.SubscriptionId}/resourceGroups/{rg.Id.ResourceGroupName}/providers/Microsoft.Web/connections/vault\")")]
    [InlineData("ResourceIdentifier.Parse(VaultId)")]
    [InlineData("new ResourceIdentifier(VaultId)")]
    [InlineData("new ResourceIdentifier(rg.Id + \"/providers/Microsoft.Web/connections/\" + Name)")]
    public Task The_connection_is_known_from_every_form_of_its_ID(string id) => VerifyAsync($$""""
        private const string Name = "vault";
        private const string VaultId = "/subscriptions/{{Sub}}/resourceGroups/infra/providers/Microsoft.Web/connections/" + Name;

        public async Task Deploy(ArmClient client, ResourceGroupResource rg, AzureLocation location)
        {
            var connection = new GenericResourceData(location) { Kind = {|LAMI201:"V2"|}, {|LAMI200:Properties|} = {{KeyVaultWithoutSetup}} };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, {{id}}, connection);
            var workflow = {{WorkflowUsingVault}};
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", workflow);
        }
        """");

    [Fact]
    public Task A_connection_updated_through_its_generic_resource_is_known_from_that_resource_ID() => VerifyAsync($$""""
        public async Task Deploy(ArmClient client, ResourceGroupResource rg, AzureLocation location)
        {
            var connection = new GenericResourceData(location) { Kind = "V1" };
            connection.{|LAMI200:Properties|} = {{KeyVaultWithoutSetup}};
            var resource = client.GetGenericResource(rg.Id.AppendProviderResource("Microsoft.Web", "connections", "vault"));
            await resource.UpdateAsync(WaitUntil.Completed, connection);
            var workflow = {{WorkflowUsingVault}};
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", workflow);
        }
        """");

    [Fact]
    public Task Without_a_readable_ID_the_managed_API_in_the_properties_tells_a_connection() => VerifyAsync(""""
        public async Task Deploy(ArmClient client, ResourceIdentifier id, AzureLocation location)
        {
            var connection = new GenericResourceData(location)
            {
                Kind = "V1",
                Properties = BinaryData.FromString("""
                    {
                      "api": { "id": "/subscriptions/00000000-0000-0000-0000-000000000001/providers/Microsoft.Web/locations/westeurope/managedApis/azureblob" },
                      "parameterValueType": {|LAMI200:"Alternative"|}
                    }
                    """),
            };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, id, connection);
        }
        """");

    [Fact]
    public Task A_managed_API_whose_name_is_not_known_is_of_unknown_class() => VerifyFixAsync($$$""""
        public async Task Deploy(ArmClient client, ResourceGroupResource rg, AzureLocation location, string connector)
        {
            var connection = new GenericResourceData(location)
            {
                Kind = "V1",
                Properties = BinaryData.FromString($$"""
                    {
                      "api": { "id": "/subscriptions/{{{Sub}}}/providers/Microsoft.Web/locations/westeurope/managedApis/{{connector}}" },
                      "parameterValueType": {|LAMI200:"Default"|}
                    }
                    """),
            };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, rg.Id.AppendProviderResource("Microsoft.Web", "connections", "vault"), connection);
            var workflow = {{{WorkflowUsingVault}}};
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", workflow);
        }
        """", $$$""""
        public async Task Deploy(ArmClient client, ResourceGroupResource rg, AzureLocation location, string connector)
        {
            var connection = new GenericResourceData(location)
            {
                Kind = "V1",
                Properties = BinaryData.FromString($$"""
                    {
                      "api": { "id": "/subscriptions/{{{Sub}}}/providers/Microsoft.Web/locations/westeurope/managedApis/{{connector}}" },
                      "parameterValueType": "Default",
                      "parameterValueSet": { "name": "managedIdentityAuth", "values": {} }
                    }
                    """),
            };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, rg.Id.AppendProviderResource("Microsoft.Web", "connections", "vault"), connection);
            var workflow = {{{WorkflowUsingVault}}};
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", workflow);
        }
        """", FixKeys.AddManagedIdentityParameterSet);

    [Fact]
    public Task A_resource_of_another_type_is_not_a_connection() => VerifyAsync(""""
        public async Task Deploy(ArmClient client, ResourceGroupResource rg, AzureLocation location)
        {
            var api = new GenericResourceData(location)
            {
                Kind = "V1",
                Properties = BinaryData.FromString("""
                    {
                      "api": { "id": "/subscriptions/00000000-0000-0000-0000-000000000001/providers/Microsoft.Web/locations/westeurope/managedApis/azureblob" },
                      "parameterValueType": "Alternative"
                    }
                    """),
            };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, rg.Id.AppendProviderResource("Microsoft.Web", "customApis", "blob"), api);
        }
        """");

    [Fact]
    public Task A_workflow_and_its_connection_built_in_different_methods_of_one_type_are_read_together() => VerifyAsync($$""""
        public async Task DeployConnectionAsync(ArmClient client, ResourceGroupResource rg, AzureLocation location)
        {
            var connection = new GenericResourceData(location) { Kind = {|LAMI201:"V2"|}, {|LAMI200:Properties|} = {{KeyVaultWithoutSetup}} };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, rg.Id.AppendProviderResource("Microsoft.Web", "connections", "vault"), connection);
        }

        public async Task DeployWorkflowAsync(ResourceGroupResource rg, AzureLocation location)
        {
            var workflow = {{WorkflowUsingVault}};
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", workflow);
        }
        """");

    [Fact]
    public Task Connections_and_workflows_of_different_types_are_not_read_together() => VerifyAsync($$""""
        public async Task DeployConnectionAsync(ArmClient client, ResourceGroupResource rg, AzureLocation location)
        {
            var connection = new GenericResourceData(location) { Kind = "V2", Properties = {{KeyVaultWithoutSetup}} };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, rg.Id.AppendProviderResource("Microsoft.Web", "connections", "vault"), connection);
        }
        """", $$""""
        public class WorkflowDeployments
        {
            public async Task DeployWorkflowAsync(ResourceGroupResource rg, AzureLocation location)
            {
                var workflow = {{WorkflowUsingVault}};
                await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", workflow);
            }
        }
        """");

    [Fact]
    public Task A_connection_a_builder_returns_is_judged_with_the_caller_that_deploys_it() => VerifyFixAsync($$""""
        private static GenericResourceData VaultConnection(AzureLocation location) => new GenericResourceData(location)
        {
            Kind = {|LAMI201:"V2"|},
            Properties = BinaryData.FromObjectAsJson(new
            {
                api = new { id = "/subscriptions/{{Sub}}/providers/Microsoft.Web/locations/westeurope/managedApis/keyvault" },
                parameterValueSet = new { },
                parameterValueType = "Alternative",
            }),
        };

        private static LogicWorkflowData Orders(ResourceGroupResource rg, AzureLocation location) => {{WorkflowUsingVault}};

        public async Task Deploy(ArmClient client, ResourceGroupResource rg, AzureLocation location)
        {
            await client.GetGenericResources().CreateOrUpdateAsync(
                WaitUntil.Completed, rg.Id.AppendProviderResource("Microsoft.Web", "connections", "vault"), VaultConnection(location));
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", Orders(rg, location));
        }
        """", $$""""
        private static GenericResourceData VaultConnection(AzureLocation location) => new GenericResourceData(location)
        {
            Kind = "V1",
            Properties = BinaryData.FromObjectAsJson(new
            {
                api = new { id = "/subscriptions/{{Sub}}/providers/Microsoft.Web/locations/westeurope/managedApis/keyvault" },
                parameterValueSet = new { },
                parameterValueType = "Alternative",
            }),
        };

        private static LogicWorkflowData Orders(ResourceGroupResource rg, AzureLocation location) => {{WorkflowUsingVault}};

        public async Task Deploy(ArmClient client, ResourceGroupResource rg, AzureLocation location)
        {
            await client.GetGenericResources().CreateOrUpdateAsync(
                WaitUntil.Completed, rg.Id.AppendProviderResource("Microsoft.Web", "connections", "vault"), VaultConnection(location));
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", Orders(rg, location));
        }
        """", FixKeys.SetConnectionKind);

    [Fact]
    public Task Properties_from_a_helper_are_reported_where_they_enter_the_connection_when_the_workflow_decides() => VerifyAsync($$""""
        private static BinaryData VaultProperties() => {{KeyVaultWithoutSetup}};

        private static BinaryData AlternativeBlobProperties() => BinaryData.FromString("""
            {
              "api": { "id": "/subscriptions/{{Sub}}/providers/Microsoft.Web/locations/westeurope/managedApis/azureblob" },
              "parameterValueType": {|LAMI200:"Alternative"|}
            }
            """);

        public async Task Deploy(ArmClient client, ResourceGroupResource rg, AzureLocation location)
        {
            var vault = new GenericResourceData(location) { Kind = "V1", Properties = {|LAMI200:VaultProperties()|} };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, rg.Id.AppendProviderResource("Microsoft.Web", "connections", "vault"), vault);
            var blob = new GenericResourceData(location) { Kind = "V1", Properties = AlternativeBlobProperties() };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, rg.Id.AppendProviderResource("Microsoft.Web", "connections", "blob"), blob);
            var workflow = {{WorkflowUsingVault}};
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", workflow);
        }
        """");

    [Fact]
    public Task A_reference_without_a_managed_API_takes_the_connector_of_the_connection_it_names() => VerifyAsync($$""""
        public async Task Deploy(ArmClient client, ResourceGroupResource rg, AzureLocation location)
        {
            var mail = new GenericResourceData(location)
            {
                Kind = "V1",
                Properties = BinaryData.FromObjectAsJson(new
                {
                    api = new { id = "/subscriptions/{{Sub}}/providers/Microsoft.Web/locations/westeurope/managedApis/office365" },
                }),
            };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, rg.Id.AppendProviderResource("Microsoft.Web", "connections", "mail"), mail);
            var vault = new GenericResourceData(location) { Kind = "V1", Properties = {{KeyVaultWithoutSetup}} };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, rg.Id.AppendProviderResource("Microsoft.Web", "connections", "vault2"), vault);
            var workflow = new LogicWorkflowData(location)
            {
                Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned),
                Parameters =
                {
                    ["$connections"] = new LogicWorkflowParameterInfo
                    {
                        Value = BinaryData.FromObjectAsJson(new
                        {
                            mail = new
                            {
                                connectionId = $"{rg.Id}/providers/Microsoft.Web/connections/mail",
                                connectionProperties = new { {|LAMI203:authentication|} = new { type = "ManagedServiceIdentity" } },
                            },
                            vault = new
                            {
                                connectionId = $"{rg.Id}/providers/Microsoft.Web/connections/vault2",
                                connectionProperties = new { authentication = new { type = "Raw", value = "@parameters('key')" } },
                            },
                        }),
                    },
                },
            };
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", workflow);
        }
        """");

    [Fact]
    public Task Hand_offs_conditional_writes_and_unknown_values_report_nothing() => VerifyAsync($$""""
        public async Task HandedOff(ArmClient client, ResourceGroupResource rg, AzureLocation location, IConnectionPolicy policy)
        {
            var connection = new GenericResourceData(location) { Kind = "V2", Properties = {{KeyVaultWithoutSetup}} };
            policy.Apply(connection);
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, rg.Id.AppendProviderResource("Microsoft.Web", "connections", "vault"), connection);
            var workflow = {{WorkflowUsingVault}};
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", workflow);
        }

        public async Task Conditional(ArmClient client, ResourceGroupResource rg, AzureLocation location, bool managed)
        {
            var connection = new GenericResourceData(location) { Kind = "V1" };
            if (managed)
            {
                connection.Properties = {{KeyVaultWithoutSetup}};
            }

            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, rg.Id.AppendProviderResource("Microsoft.Web", "connections", "vault"), connection);
        }

        public async Task UnknownValues(ArmClient client, ResourceGroupResource rg, AzureLocation location, string valueType, string kind, BinaryData properties)
        {
            var typed = new GenericResourceData(location)
            {
                Kind = kind,
                Properties = BinaryData.FromObjectAsJson(new
                {
                    api = new { id = "/subscriptions/{{Sub}}/providers/Microsoft.Web/locations/westeurope/managedApis/azureblob" },
                    parameterValueType = valueType,
                }),
            };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, rg.Id.AppendProviderResource("Microsoft.Web", "connections", "blob"), typed);
            var given = new GenericResourceData(location) { Kind = "V1", Properties = properties };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, rg.Id.AppendProviderResource("Microsoft.Web", "connections", "vault"), given);
            var workflow = {{WorkflowUsingVault}};
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", workflow);
        }
        """", """"
        public interface IConnectionPolicy { void Apply(GenericResourceData connection); }
        """");

    [Fact]
    public Task An_access_policy_makes_a_connection_Standard() => VerifyAsync($$""""
        public async Task Deploy(ArmClient client, ResourceGroupResource rg, AzureLocation location, Guid principalId)
        {
            var connectionId = rg.Id.AppendProviderResource("Microsoft.Web", "connections", "vault");
            var connection = new GenericResourceData(location)
            {
                Kind = {|LAMI201:"V1"|},
                Properties = BinaryData.FromObjectAsJson(new
                {
                    api = new { id = "/subscriptions/{{Sub}}/providers/Microsoft.Web/locations/westeurope/managedApis/keyvault" },
                    parameterValueSet = new { },
                    parameterValueType = "Alternative",
                }),
            };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, connectionId, connection);
            var policy = new GenericResourceData(location)
            {
                Properties = BinaryData.FromObjectAsJson(new
                {
                    principal = new { type = "ActiveDirectory", identity = new { objectId = principalId, tenantId = "00000000-0000-0000-0000-0000000000aa" } },
                }),
            };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, connectionId.AppendChildResource("accessPolicies", principalId.ToString()), policy);
        }
        """");

    [Fact]
    public Task Logic_apps_written_as_generic_resources_are_logic_apps_and_other_resources_are_not() => VerifyAsync($$""""
        public async Task Deploy(ArmClient client, ResourceGroupResource rg, AzureLocation location)
        {
            var workflow = new GenericResourceData(location)
            {
                Identity = new ManagedServiceIdentity({|LAMI006:"System Assigned"|}),
                Properties = BinaryData.FromObjectAsJson(new
                {
                    definition = new { triggers = new { }, actions = new { } },
                    parameters = new Dictionary<string, object>
                    {
                        ["$connections"] = new
                        {
                            value = new
                            {
                                vault = new
                                {
                                    connectionId = $"{rg.Id}/providers/Microsoft.Web/connections/vault",
                                    connectionProperties = new { authentication = new { type = "ManagedServiceIdentity" } },
                                },
                            },
                        },
                    },
                }),
            };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, rg.Id.AppendProviderResource("Microsoft.Logic", "workflows", "orders"), workflow);
            var connection = new GenericResourceData(location) { Kind = "V1", {|LAMI200:Properties|} = {{KeyVaultWithoutSetup}} };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, rg.Id.AppendProviderResource("Microsoft.Web", "connections", "vault"), connection);
            var site = new GenericResourceData(location)
            {
                Kind = "functionapp,workflowapp",
                Identity = new ManagedServiceIdentity({|LAMI003:ManagedServiceIdentityType.UserAssigned|}),
            };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, rg.Id.AppendProviderResource("Microsoft.Web", "sites", "orders-standard"), site);
            var containerApp = new GenericResourceData(location) { Identity = new ManagedServiceIdentity("System Assigned") };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, rg.Id.AppendProviderResource("Microsoft.App", "containerApps", "worker"), containerApp);
            var webApp = new GenericResourceData(location) { Kind = "app", Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned) };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, rg.Id.AppendProviderResource("Microsoft.Web", "sites", "portal"), webApp);
        }
        """");

    [Fact]
    public Task Fix_All_repairs_every_connection_of_the_document() => VerifyFixAsync($$""""
        public async Task Deploy(ArmClient client, ResourceGroupResource rg, AzureLocation location)
        {
            var vault = new GenericResourceData(location)
            {
                Kind = "V1",
                Properties = BinaryData.FromString("""
                    {
                      "api": { "id": "/subscriptions/{{Sub}}/providers/Microsoft.Web/locations/westeurope/managedApis/keyvault" },
                      "parameterValueSet": {},
                      "parameterValueType": {|LAMI200:"Default"|}
                    }
                    """),
            };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, rg.Id.AppendProviderResource("Microsoft.Web", "connections", "vault"), vault);
            var automation = new GenericResourceData(location)
            {
                Kind = "V1",
                Properties = BinaryData.FromObjectAsJson(new
                {
                    api = new { id = "/subscriptions/{{Sub}}/providers/Microsoft.Web/locations/westeurope/managedApis/azureautomation" },
                    parameterValueSet = new { },
                    parameterValueType = {|LAMI200:"Default"|},
                }),
            };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, rg.Id.AppendProviderResource("Microsoft.Web", "connections", "automation"), automation);
        }
        """", $$""""
        public async Task Deploy(ArmClient client, ResourceGroupResource rg, AzureLocation location)
        {
            var vault = new GenericResourceData(location)
            {
                Kind = "V1",
                Properties = BinaryData.FromString("""
                    {
                      "api": { "id": "/subscriptions/{{Sub}}/providers/Microsoft.Web/locations/westeurope/managedApis/keyvault" },
                      "parameterValueSet": {},
                      "parameterValueType": "Alternative"
                    }
                    """),
            };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, rg.Id.AppendProviderResource("Microsoft.Web", "connections", "vault"), vault);
            var automation = new GenericResourceData(location)
            {
                Kind = "V1",
                Properties = BinaryData.FromObjectAsJson(new
                {
                    api = new { id = "/subscriptions/{{Sub}}/providers/Microsoft.Web/locations/westeurope/managedApis/azureautomation" },
                    parameterValueSet = new { },
                    parameterValueType = "Alternative",
                }),
            };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, rg.Id.AppendProviderResource("Microsoft.Web", "connections", "automation"), automation);
        }
        """", FixKeys.UseAlternativeParameterValueType);
}
