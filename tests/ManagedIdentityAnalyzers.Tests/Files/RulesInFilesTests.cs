using System.Threading.Tasks;
using static ManagedIdentityAnalyzers.Tests.Files.JsonFileTest;
using static ManagedIdentityAnalyzers.Tests.Rules.Identity.IdentityIds;

namespace ManagedIdentityAnalyzers.Tests.Files;

/// <summary>
/// Every rule of the catalog that can see a JSON file reports in it, on the JSON token the catalog names: identity
/// rules on templates, definition rules in templates, bare definitions and workflow.json, connection-reference rules
/// on <c>$connections</c> and connections.json, LAMI204 on connections.json.
/// </summary>
public class RulesInFilesTests
{
    private static string Action(string name, string uri, string authentication, string type = "Http", string headers = "") => $$"""
            "{{name}}": {
              "type": "{{type}}",
              "inputs": { "method": "GET", "uri": "{{uri}}", {{headers}}{{authentication}} }
            }
        """;

    private static string DefinitionWith(params string[] actions) =>
        "{ \"triggers\": {}, \"actions\": {\n" + string.Join(",\n", actions) + "\n} }";

    private static Task InWorkflow(string identity, params string[] actions) =>
        VerifyAsync(("azuredeploy.json", Template(Workflow(identity, DefinitionWith(actions)))));

    private const string SystemIdentity = """ "identity": { "type": "SystemAssigned" } """;

    private static readonly string UserIdentity = $$""" "identity": { "type": "UserAssigned", "userAssignedIdentities": { "{{Ops}}": {} } } """;

    [Fact]
    public Task LAMI001_both_identities_on_a_consumption_workflow() => VerifyAsync(("azuredeploy.json", Template(Workflow(
        $$""" "identity": { "type": {|LAMI001:"SystemAssigned, UserAssigned"|}, "userAssignedIdentities": { "{{Ops}}": {} } } """))));

    [Fact]
    public Task LAMI004_user_assigned_identities_without_the_type() => VerifyAsync(("azuredeploy.json", Template(Workflow(
        $$""" "identity": { "type": {|LAMI004:"SystemAssigned"|}, "userAssignedIdentities": { "{{Ops}}": {} } } """))));

    [Fact]
    public Task LAMI104_LAMI105_LAMI106_LAMI107_LAMI108_audiences() => InWorkflow(
        SystemIdentity,
        Action("NoAudience", "https://contoso.vault.azure.net/secrets/a", """{|LAMI104:"authentication"|}: { "type": "ManagedServiceIdentity" }"""),
        Action("OtherService", "https://contoso.vault.azure.net/secrets/a", """ "authentication": { "type": "ManagedServiceIdentity", "audience": {|LAMI105:"https://storage.azure.com/"|} }"""),
        Action("Slash", "https://contoso.vault.azure.net/secrets/a", """ "authentication": { "type": "ManagedServiceIdentity", "audience": {|LAMI106:"https://vault.azure.net/"|} }"""),
        Action("Cloud", "https://contoso.vault.azure.cn/secrets/a", """ "authentication": { "type": "ManagedServiceIdentity", "audience": {|LAMI107:"https://vault.azure.net"|} }"""),
        Action("Scope", "https://contoso.vault.azure.net/secrets/a", """ "authentication": { "type": "ManagedServiceIdentity", "audience": {|LAMI108:"https://vault.azure.net/.default"|} }"""));

    [Fact]
    public Task LAMI109_LAMI110_LAMI111_LAMI112_authentication_shapes() => InWorkflow(
        SystemIdentity,
        Action("Stray", "https://contoso.example/api", """ "authentication": { "type": "ManagedServiceIdentity", "audience": "https://contoso.example", {|LAMI109:"secret"|}: "@parameters('s')" }"""),
        Action("Missing", "https://contoso.example/api", """{|LAMI110:"authentication"|}: { "type": "Basic", "username": "@parameters('u')" }"""),
        Action("Legacy", "https://contoso.example/api", """ "authentication": { "type": "ManagedServiceIdentity", "identity": {|LAMI111:"SystemAssigned"|}, "audience": "https://contoso.example" }"""),
        Action("Connector", "https://contoso.example/api", """{|LAMI112:"authentication"|}: { "type": "ManagedServiceIdentity" }""", type: "ApiConnection"));

    [Fact]
    public Task LAMI120_LAMI121_LAMI122_storage() => InWorkflow(
        UserIdentity,
        Action("Snapshot", "https://contoso.blob.core.windows.net/c/b", $$""" "authentication": { "type": "ManagedServiceIdentity", "identity": {|LAMI122:"{{Ops}}"|}, "audience": "https://storage.azure.com/" }""")
            .Replace("\"uri\": \"https://contoso.blob.core.windows.net/c/b\"", "\"uri\": {|LAMI120:{|LAMI121:\"https://contoso.blob.core.windows.net/c/b\"|}|}"));

    [Fact]
    public Task LAMI130_LAMI131_secrets() => InWorkflow(
        SystemIdentity,
        Action("Basic", "https://contoso.vault.azure.net/secrets/a", """{|LAMI131:"authentication"|}: { "type": "Basic", "username": "orders", "password": {|LAMI130:"P@ssw0rd!"|} }"""));

    [Fact]
    public Task LAMI100_in_a_connection_reference() => VerifyAsync(("azuredeploy.json", Template(Workflow(
        SystemIdentity,
        parameters: """
            {
                  "$connections": {
                    "value": {
                      "keyvault": {
                        "connectionId": "[resourceId('Microsoft.Web/connections', 'keyvault')]",
                        "connectionName": "keyvault",
                        "connectionProperties": { "authentication": { "type": {|LAMI100:"Managed Identity"|} } },
                        "id": "[subscriptionResourceId('Microsoft.Web/locations/managedApis', 'westeurope', 'keyvault')]"
                      }
                    }
                  }
                }
            """))));

    [Fact]
    public Task Audiences_of_consumption_connection_references_are_not_judged() => VerifyAsync(("azuredeploy.json", Template(Workflow(
        SystemIdentity,
        parameters: """
            {
                  "$connections": {
                    "value": {
                      "keyvault": {
                        "connectionId": "[resourceId('Microsoft.Web/connections', 'keyvault')]",
                        "connectionName": "keyvault",
                        "connectionProperties": { "authentication": { "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net/" } },
                        "id": "/subscriptions/0000/providers/Microsoft.Web/locations/westeurope/managedApis/keyvault"
                      }
                    }
                  }
                }
            """))));

    private static string Entry(string name, string api, string authentication, string tokenStore = """{ "type": "ManagedServiceIdentity" }""") => $$"""
            "{{name}}": {
              "api": { "id": "/subscriptions/00000000-0000-0000-0000-000000000001/providers/Microsoft.Web/locations/westeurope/managedApis/{{api}}" },
              "authentication": {{tokenStore}},
              "connection": { "id": "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Web/connections/{{name}}" },
              "connectionProperties": { "authentication": {{authentication}} },
              "connectionRuntimeUrl": "@appsetting('{{name}}-connectionRuntimeUrl')"
            }
        """;

    private static Task InConnections(params string[] entries) =>
        VerifyAsync(("OrdersApp/connections.json", "{ \"managedApiConnections\": {\n" + string.Join(",\n", entries) + "\n} }"));

    [Fact]
    public Task Audiences_of_standard_connections_are_judged_by_connector() => InConnections(
        Entry("blob", "azureblob", """{ "type": "ManagedServiceIdentity" }""").Replace("\"connectionProperties\": { \"authentication\"", "\"connectionProperties\": { {|LAMI104:\"authentication\"|}"),
        Entry("blobSlash", "azureblob", """{ "type": "ManagedServiceIdentity", "audience": {|LAMI106:"https://storage.azure.com"|} }"""),
        Entry("vaultArm", "keyvault", """{ "type": "ManagedServiceIdentity", "audience": {|LAMI105:"https://management.azure.com/"|} }"""),
        Entry("vaultSlash", "keyvault", """{ "type": "ManagedServiceIdentity", "audience": {|LAMI106:"https://vault.azure.net/"|} }"""),
        Entry("vaultScope", "keyvault", """{ "type": "ManagedServiceIdentity", "audience": {|LAMI108:"https://vault.azure.net/.default"|} }"""),
        Entry("vaultChina", "keyvault", """{ "type": "ManagedServiceIdentity", "audience": "https://vault.azure.cn" }"""),
        Entry("vaultNoAudience", "keyvault", """{ "type": "ManagedServiceIdentity" }"""),
        Entry("sql", "sql", """{ "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net/" }"""));

    [Fact]
    public Task LAMI204_raw_key_to_the_token_store() => InConnections(
        Entry("keyvault", "keyvault", """{ "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net" }""",
            tokenStore: """{ "type": "Raw", "scheme": "Key", "parameter": "@appsetting('keyvault-connectionKey')" }""").Replace("\"authentication\": { \"type\": \"Raw\"", "{|LAMI204:\"authentication\"|}: { \"type\": \"Raw\""),
        Entry("blob", "azureblob", """{ "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" }""",
            tokenStore: $$"""{ "type": "ManagedServiceIdentity", "identity": "{{Ops}}" }"""),
        Entry("other", "azureblob", """{ "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" }""",
            tokenStore: """{ "type": "Raw", "scheme": "@appsetting('scheme')", "parameter": "@appsetting('other-connectionKey')" }"""));
}
