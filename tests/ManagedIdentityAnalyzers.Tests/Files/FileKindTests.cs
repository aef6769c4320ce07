using System.Threading.Tasks;
using static ManagedIdentityAnalyzers.Tests.Files.JsonFileTest;

namespace ManagedIdentityAnalyzers.Tests.Files;

/// <summary>
/// Which JSON files are read: templates by their <c>$schema</c> or a template's file name, bare definitions by their
/// <c>$schema</c>, Standard workflow.json and connections.json by name; any other JSON file is not read.
/// </summary>
public class FileKindTests
{
    private const string BadWorkflow = """
            {
              "type": "Microsoft.Logic/workflows",
              "name": "wf",
              "identity": { "type": {|LAMI006:"System Assigned"|} }
            }
        """;

    private const string BadDefinitionBody = """
          "triggers": { "manual": { "type": "Request", "kind": "Http" } },
          "actions": {
            "Call": {
              "type": "Http",
              "inputs": {
                "method": "GET",
                "uri": "https://contoso.example/api",
                "authentication": { "type": {|LAMI100:"MSI"|} }
              }
            }
          }
        """;

    [Theory]
    [InlineData("azuredeploy.json")]
    [InlineData("infra/logicapp.json")]
    [InlineData("deploy/main.template.json")]
    [InlineData("template.json")]
    public Task Template_with_a_schema_is_read_whatever_its_name(string path) => VerifyAsync((path, Template(BadWorkflow)));

    [Theory]
    [InlineData("azuredeploy.json")]
    [InlineData("azuredeploy-prod.json")]
    [InlineData("orders.template.json")]
    [InlineData("template.json")]
    public Task Template_without_a_schema_is_read_by_its_name(string path) => VerifyAsync((path, $$"""
        {
          "resources": [
        {{BadWorkflow}}
          ]
        }
        """));

    [Theory]
    [InlineData("logicapp.json")]
    [InlineData("appsettings.json")]
    [InlineData("package.json")]
    public Task Other_file_without_a_schema_is_not_read(string path) => VerifyAsync((path, $$"""
        {
          "resources": [
        {{BadWorkflow.Replace("{|LAMI006:", "").Replace("|}", "")}}
          ]
        }
        """));

    [Fact]
    public Task File_with_another_schema_is_not_read() => VerifyAsync(("azuredeploy.json", $$"""
        {
          "$schema": "https://json.schemastore.org/tsconfig",
          "resources": [
        {{BadWorkflow.Replace("{|LAMI006:", "").Replace("|}", "")}}
          ]
        }
        """));

    [Theory]
    [InlineData("azuredeploy.parameters.json")]
    [InlineData("orders.parameters.json")]
    public Task Parameter_file_is_not_read_as_a_template(string path) => VerifyAsync((path, $$"""
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
          "contentVersion": "1.0.0.0",
          "parameters": { "identity": { "value": { "type": "System Assigned" } } },
          "resources": [
        {{BadWorkflow.Replace("{|LAMI006:", "").Replace("|}", "")}}
          ]
        }
        """));

    [Fact]
    public Task Non_json_additional_file_is_not_read() => VerifyAsync(("azuredeploy.txt", Template(BadWorkflow.Replace("{|LAMI006:", "").Replace("|}", ""))));

    [Fact]
    public Task Malformed_template_reports_nothing() => VerifyAsync(("azuredeploy.json", Template(BadWorkflow.Replace("{|LAMI006:", "").Replace("|}", "")) + " }"));

    [Fact]
    public Task Bare_definition_is_read_by_its_schema() => VerifyAsync(("definitions/orders.json", $$"""
        {
          "$schema": "{{DefinitionSchema}}",
          "contentVersion": "1.0.0.0",
        {{BadDefinitionBody}}
        }
        """));

    [Fact]
    public Task Json_without_a_schema_is_not_read_as_a_definition() => VerifyAsync(("definitions/orders.json", $$"""
        {
        {{BadDefinitionBody.Replace("{|LAMI100:", "").Replace("|}", "")}}
        }
        """));

    [Fact]
    public Task Standard_workflow_json_is_read_by_its_name() => VerifyAsync(("OrdersApp/Orders/workflow.json", $$"""
        {
          "definition": {
            "$schema": "{{DefinitionSchema}}",
            "contentVersion": "1.0.0.0",
        {{BadDefinitionBody}}
          },
          "kind": "Stateful"
        }
        """));

    [Fact]
    public Task Standard_connections_json_is_read_by_its_name() => VerifyAsync(("OrdersApp/connections.json", """
        {
          "managedApiConnections": {
            "keyvault": {
              "api": { "id": "/subscriptions/00000000-0000-0000-0000-000000000001/providers/Microsoft.Web/locations/westeurope/managedApis/keyvault" },
              "authentication": { "type": "ManagedServiceIdentity" },
              "connection": { "id": "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Web/connections/keyvault" },
              "connectionProperties": {
                "authentication": { "audience": "https://vault.azure.net", "type": {|LAMI100:"Managed Identity"|} }
              },
              "connectionRuntimeUrl": "https://example.common.logic-westeurope.azure-apihub.net/apim/keyvault/abc"
            }
          }
        }
        """));

    [Fact]
    public Task Site_that_is_not_a_workflow_app_is_not_a_logic_app() => VerifyAsync(("azuredeploy.json", Template("""
            {
              "type": "Microsoft.Web/sites",
              "name": "api",
              "kind": "functionapp",
              "identity": { "type": "System Assigned" }
            },
            {
              "type": "Microsoft.Web/sites",
              "name": "orders",
              "kind": "functionapp,workflowapp",
              "identity": { "type": {|LAMI006:"System Assigned"|} }
            }
        """)));

    [Fact]
    public Task Resources_nested_in_resources_and_in_nested_deployments_are_read() => VerifyAsync(("azuredeploy.json", Template("""
            {
              "type": "Microsoft.Web/serverfarms",
              "name": "plan",
              "resources": [
                {
                  "type": "Microsoft.Web/sites",
                  "name": "orders",
                  "kind": "functionapp,workflowapp",
                  "identity": { "type": {|LAMI006:"systemassigned"|} }
                }
              ]
            },
            {
              "type": "Microsoft.Resources/deployments",
              "apiVersion": "2022-09-01",
              "name": "nested",
              "properties": {
                "mode": "Incremental",
                "template": {
                  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                  "contentVersion": "1.0.0.0",
                  "resources": [
                    {
                      "type": "Microsoft.Logic/workflows",
                      "name": "inner",
                      "identity": { "type": {|LAMI006:"System"|} }
                    }
                  ]
                }
              }
            }
        """)));

    [Fact]
    public Task Symbolic_name_resources_are_read() => VerifyAsync(("main.json", """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "languageVersion": "2.0",
          "contentVersion": "1.0.0.0",
          "resources": {
            "orders": {
              "type": "Microsoft.Logic/workflows",
              "apiVersion": "2019-05-01",
              "name": "orders",
              "identity": { "type": {|LAMI006:"System Assigned"|} }
            },
            "existingApp": {
              "existing": true,
              "type": "Microsoft.Logic/workflows",
              "apiVersion": "2019-05-01",
              "name": "legacy",
              "identity": { "type": "System Assigned" }
            }
          }
        }
        """));

    [Fact]
    public Task Resource_in_a_copy_loop_is_unknown() => VerifyAsync(("azuredeploy.json", Template("""
            {
              "type": "Microsoft.Logic/workflows",
              "name": "[concat('wf', copyIndex())]",
              "copy": { "name": "workflows", "count": 3 },
              "identity": { "type": "System Assigned" }
            }
        """)));

    [Fact]
    public Task Resource_type_is_compared_ignoring_case() => VerifyAsync(("azuredeploy.json", Template("""
            {
              "type": "Microsoft.logic/workflows",
              "name": "wf",
              "identity": { "type": {|LAMI006:"System Assigned"|} }
            }
        """)));
}
