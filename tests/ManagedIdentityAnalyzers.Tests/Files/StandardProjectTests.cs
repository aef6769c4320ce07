using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Model.Json;
using ManagedIdentityAnalyzers.Model.Workflows;
using ManagedIdentityAnalyzers.Readers.Files;
using Microsoft.CodeAnalysis;
using static ManagedIdentityAnalyzers.Tests.Files.JsonFileTest;
using static ManagedIdentityAnalyzers.Tests.Rules.Identity.IdentityIds;

namespace ManagedIdentityAnalyzers.Tests.Files;

/// <summary>
/// A Standard project folder (connections.json and its workflow folders) is read together: one Standard app, whose
/// own identity is not in the project and so is unknown. Each finding is reported in the file it is in.
/// </summary>
public class StandardProjectTests
{
    private static string Connections(string keyVaultAuthentication, string tokenStore = """{ "type": "ManagedServiceIdentity" }""") => $$"""
        {
          "managedApiConnections": {
            "keyvault": {
              "api": { "id": "/subscriptions/00000000-0000-0000-0000-000000000001/providers/Microsoft.Web/locations/westeurope/managedApis/keyvault" },
              "authentication": {{tokenStore}},
              "connection": { "id": "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Web/connections/keyvault" },
              "connectionProperties": { "authentication": {{keyVaultAuthentication}} },
              "connectionRuntimeUrl": "@appsetting('keyvault-connectionRuntimeUrl')"
            }
          },
          "serviceProviderConnections": {
            "serviceBus": {
              "parameterValues": { "connectionString": "@appsetting('serviceBus_connectionString')" },
              "serviceProvider": { "id": "/serviceProviders/serviceBus" },
              "displayName": "orders"
            }
          }
        }
        """;

    private static string Workflow(string authentication, string type = "Http") => $$"""
        {
          "definition": {
            "$schema": "{{DefinitionSchema}}",
            "contentVersion": "1.0.0.0",
            "triggers": { "manual": { "type": "Request", "kind": "Http", "inputs": {} } },
            "actions": {
              "Call": {
                "type": "{{type}}",
                "inputs": {
                  "method": "GET",
                  "uri": "https://contoso.example/api",
                  "function": { "id": "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Web/sites/fn/functions/run" },
                  {{authentication}}
                },
                "runAfter": {}
              }
            },
            "outputs": {}
          },
          "kind": "Stateful"
        }
        """;

    [Theory]
    [InlineData("/0/OrdersApp/connections.json")]
    [InlineData("/0/OrdersApp/Receive/workflow.json")]
    [InlineData("/0/OrdersApp/Ship/workflow.json")]
    public void Every_file_of_a_project_reads_the_whole_project(string path)
    {
        var files = ProjectJsonFiles.Create(ImmutableArray.Create<AdditionalText>(
            new InMemoryAdditionalText("/0/OrdersApp/connections.json", Connections(
                """{ "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net" }""",
                tokenStore: """{ "type": "Raw", "scheme": "Key", "parameter": "@appsetting('keyvault-connectionKey')" }""")),
            new InMemoryAdditionalText("/0/OrdersApp/Receive/workflow.json", Workflow(""" "authentication": { "type": "ManagedServiceIdentity" }""")),
            new InMemoryAdditionalText("/0/OrdersApp/Ship/workflow.json", Workflow(""" "authentication": { "type": "Basic" }""")),
            new InMemoryAdditionalText("/0/BillingApp/Bill/workflow.json", Workflow(""" "authentication": { "type": "Raw" }"""))));

        var model = JsonFileReader.Read(files.Get(path)!, files, LogicAppPlan.Unknown, CancellationToken.None)!;

        var app = Assert.Single(model.LogicApps);
        Assert.Equal(LogicAppPlan.Standard, app.Plan);
        Assert.Equal(Presence.Unknown, app.IdentityPresence);
        var connection = Assert.Single(app.ConnectionReferences).Authentication!;
        Assert.Equal(AuthenticationPlace.StandardConnection, connection.Place);
        Assert.Equal("keyvault", connection.ManagedApi);
        Assert.Equal(AuthenticationPlace.TokenStore, Assert.Single(app.TokenStoreAuthentications).Place);
        Assert.Equal(2, model.Workflows.Length);
        Assert.All(model.Workflows, workflow => Assert.Same(app, workflow.App));
        Assert.Equal(
            new[] { "ManagedServiceIdentity", "Basic" },
            model.Workflows.Select(w => ((JString)w.Definition.Operations.Single(o => o.Name == "Call").Authentications.Single().Object!.Get("type")!).KnownText));
    }

    [Fact]
    public Task Connections_and_workflows_are_reported_each_in_its_file() => VerifyAsync(
        ("OrdersApp/connections.json", Connections("""{ "type": {|LAMI100:"MSI"|}, "audience": "https://vault.azure.net" }""")),
        ("OrdersApp/Receive/workflow.json", Workflow(""" "authentication": { "type": {|LAMI100:"Managed Identity"|} }""")),
        ("OrdersApp/Ship/workflow.json", Workflow("""{|LAMI112:"authentication"|}: { "type": "ManagedServiceIdentity", "audience": "api://ship" }""", type: "Function")));

    [Fact]
    public Task The_apps_identity_is_unknown() => VerifyAsync(
        ("OrdersApp/connections.json", Connections($$"""{ "type": "ManagedServiceIdentity", "identity": "{{Ops}}", "audience": "https://vault.azure.net" }""")),
        ("OrdersApp/Receive/workflow.json", Workflow(""" "authentication": { "type": "ManagedServiceIdentity", "audience": "https://contoso.example" }""")),
        ("OrdersApp/Ship/workflow.json", Workflow($$""" "authentication": { "type": "ManagedServiceIdentity", "identity": "{{Audit}}", "audience": "https://contoso.example" }""")));

    [Fact]
    public Task Legacy_identity_value_in_connections_and_workflows() => VerifyAsync(
        ("OrdersApp/connections.json", Connections("""{ "type": "ManagedServiceIdentity", "identity": {|LAMI111:"SystemAssigned"|}, "audience": "https://vault.azure.net" }""")),
        ("OrdersApp/Receive/workflow.json", Workflow(""" "authentication": { "type": "ManagedServiceIdentity", "identity": {|LAMI111:"SystemAssigned"|}, "audience": "https://contoso.example" }""")));

    [Fact]
    public Task Workflow_without_connections_json_is_still_a_standard_workflow() => VerifyAsync(
        ("Ship/workflow.json", Workflow("""{|LAMI112:"authentication"|}: { "type": "ManagedServiceIdentity", "audience": "api://ship" }""", type: "Function")));

    [Fact]
    public Task Connections_json_alone() => VerifyAsync(
        ("connections.json", Connections("""{ "type": {|LAMI100:"ManagedIdentity"|}, "audience": "https://vault.azure.net" }""")));

    [Fact]
    public Task Workflows_of_another_project_are_not_mixed_in() => VerifyAsync(
        ("OrdersApp/connections.json", Connections("""{ "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net" }""")),
        ("OrdersApp/Receive/workflow.json", Workflow(""" "authentication": { "type": "ManagedServiceIdentity", "audience": "https://contoso.example" }""")),
        ("BillingApp/Bill/workflow.json", Workflow("""{|LAMI112:"authentication"|}: { "type": "ManagedServiceIdentity", "audience": "api://ship" }""", type: "Function")),
        ("BillingApp/Bill/nested/workflow.json", Workflow(""" "authentication": { "type": {|LAMI100:"msi"|} }""")));

    [Fact]
    public Task Bare_definition_takes_its_plan_from_the_option()
    {
        var definition = $$"""
            {
              "$schema": "{{DefinitionSchema}}",
              "actions": {
                "Run": {
                  "type": "Function",
                  "inputs": {
                    "function": { "id": "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Web/sites/fn/functions/run" },
                    {|LAMI112:"authentication"|}: { "type": "ManagedServiceIdentity", "audience": "api://orders" }
                  }
                }
              }
            }
            """;
        var test = Test(("definitions/run.json", definition));
        test.EditorConfig = "root = true\n[*.json]\nlogicapps_identity.plan = standard\n";
        return test.RunAsync();
    }

    [Fact]
    public Task Bare_definition_without_the_plan_option_has_no_plan() => VerifyAsync(("definitions/run.json", $$"""
        {
          "$schema": "{{DefinitionSchema}}",
          "actions": {
            "Run": {
              "type": "Function",
              "inputs": {
                "function": { "id": "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Web/sites/fn/functions/run" },
                "authentication": { "type": "ManagedServiceIdentity", "audience": "api://orders" }
              }
            }
          }
        }
        """));
}
