using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Findings;
using static ManagedIdentityAnalyzers.Tests.Files.JsonFileTest;

namespace ManagedIdentityAnalyzers.Tests.Files;

/// <summary>
/// A template's <c>Microsoft.Web/connections</c> resources are API connections for every connection rule: linked to
/// the template's workflows by the <c>connectionId</c> of their <c>$connections</c> (a <c>resourceId()</c> of the
/// same name), fixed in the file.
/// </summary>
public class TemplateConnectionTests
{
    private const string References = """
        {
              "$connections": {
                "value": {
                  "keyvault": {
                    "connectionId": "[resourceId('Microsoft.Web/connections', 'keyvault')]",
                    "connectionName": "keyvault",
                    "connectionProperties": { "authentication": { "type": "ManagedServiceIdentity" } },
                    "id": "[subscriptionResourceId('Microsoft.Web/locations/managedApis', 'westeurope', 'keyvault')]"
                  }
                }
              }
            }
        """;

    private const string Api = """{ "id": "[subscriptionResourceId('Microsoft.Web/locations/managedApis', 'westeurope', 'keyvault')]" }""";

    private static string Connection(string kind, string properties, string propertiesName = "\"properties\"") => $$"""
            {
              "type": "Microsoft.Web/connections",
              "apiVersion": "2016-06-01",
              "name": "keyvault",
              "location": "westeurope",
              "kind": {{kind}},
              {{propertiesName}}: {{properties}}
            }
        """;

    private static string File(string connection) => Template(
        Workflow(""" "identity": { "type": "SystemAssigned" } """, parameters: References) + ",\n" + connection);

    [Fact]
    public Task Connection_a_workflow_uses_with_managed_identity_gets_the_setup_its_connector_needs() => FixTest(
        new[] { ("azuredeploy.json", File(Connection("\"V1\"", $$"""{ "api": {{Api}}, "displayName": "keyvault" }""", propertiesName: "{|LAMI200:\"properties\"|}"))) },
        new[] { ("azuredeploy.json", File(Connection("\"V1\"", $$"""{ "api": {{Api}}, "displayName": "keyvault", "parameterValueType": "Alternative" }"""))) },
        FixKeys.UseAlternativeParameterValueType).RunAsync();

    [Fact]
    public Task Standard_kind_on_a_connection_a_Consumption_workflow_of_the_template_uses() => FixTest(
        new[] { ("azuredeploy.json", File(Connection("{|LAMI201:\"V2\"|}", $$"""{ "api": {{Api}}, "parameterValueType": "Alternative" }"""))) },
        new[] { ("azuredeploy.json", File(Connection("\"V1\"", $$"""{ "api": {{Api}}, "parameterValueType": "Alternative" }"""))) }).RunAsync();

    [Fact]
    public Task Correct_connection_of_a_Consumption_workflow() => VerifyAsync(("azuredeploy.json", File(Connection(
        "\"V1\"", $$"""{ "api": {{Api}}, "parameterValueType": "Alternative" }"""))));
}
