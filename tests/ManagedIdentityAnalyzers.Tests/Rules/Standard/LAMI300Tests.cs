using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Findings;
using static ManagedIdentityAnalyzers.Tests.Files.JsonFileTest;

namespace ManagedIdentityAnalyzers.Tests.Rules.Standard;

/// <summary>
/// A Standard project folder takes its app's identity from the one Standard site that the templates of its folder
/// tree declare (OrdersApp/deployment/*.template.json), and only then. LAMI300: that site's identity type is
/// UserAssigned while a connections.json token-store authentication uses ManagedServiceIdentity without naming an
/// identity; reported once, on the type value in the template, with the fix to keep the system-assigned identity. The
/// identity rules of connections.json and workflow.json see the same identity.
/// </summary>
public class LAMI300Tests
{
    private const string Ops = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ops";

    private const string Q = "\"";

    private const string TemplatePath = "OrdersApp/deployment/logicapp.template.json";
    private const string ConnectionsPath = "OrdersApp/connections.json";

    private const string TargetWithIdentity = $$"""{ "type": "ManagedServiceIdentity", "identity": "{{Ops}}", "audience": "https://vault.azure.net" }""";

    /// <summary>connections.json with one entry: its token-store and target <c>authentication</c> members as given.</summary>
    private static string Connections(
        string tokenStore = "\"authentication\": { \"type\": \"ManagedServiceIdentity\" }",
        string target = "\"authentication\": " + TargetWithIdentity) => $$"""
        {
          "managedApiConnections": {
            "keyvault": {
              "api": { "id": "/subscriptions/00000000-0000-0000-0000-000000000001/providers/Microsoft.Web/locations/westeurope/managedApis/keyvault" },
              {{tokenStore}},
              "connection": { "id": "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Web/connections/keyvault" },
              "connectionProperties": { {{target}} },
              "connectionRuntimeUrl": "@appsetting('keyvault-connectionRuntimeUrl')"
            }
          }
        }
        """;

    private static string Site(string identity, string name = "orders", string kind = "functionapp,workflowapp") => $$"""
            {
              "type": "Microsoft.Web/sites",
              "apiVersion": "2022-09-01",
              "name": "{{name}}",
              "location": "westeurope",
              "kind": "{{kind}}",{{(identity.Length == 0 ? "" : "\n      " + identity + ",")}}
              "properties": { "httpsOnly": true }
            }
        """;

    private static string Identity(string type) => $$"""
        "identity": {
                "type": {{type}},
                "userAssignedIdentities": { "{{Ops}}": {} }
              }
        """;

    private static Task Verify(params (string Path, string Markup)[] files) => VerifyAsync(files);

    [Fact]
    public Task Reported_once_on_the_type_in_the_template() => Verify(
        (TemplatePath, Template(Site(Identity("{|LAMI300:\"UserAssigned\"|}")))),
        (ConnectionsPath, Connections()));

    [Fact]
    public Task Reported_from_a_template_deeper_in_the_folder_tree_with_an_expression_key() => Verify(
        ("OrdersApp/infra/arm/app.template.json", Template(Site("""
            "identity": {
                    "type": {|LAMI300:"UserAssigned"|},
                    "userAssignedIdentities": { "[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', 'ops')]": {} }
                  }
            """))),
        (ConnectionsPath, Connections()));

    [Fact]
    public Task Token_store_that_names_the_user_assigned_identity() => Verify(
        (TemplatePath, Template(Site(Identity("\"UserAssigned\"")))),
        (ConnectionsPath, Connections(tokenStore: $$"""{{Q}}authentication{{Q}}: { "type": "ManagedServiceIdentity", "identity": "{{Ops}}" }""")));

    private const string RawKey = """{ "type": "Raw", "scheme": "Key", "parameter": "@appsetting('keyvault-connectionKey')" }""";

    // LAMI204's fix on an app without its system-assigned identity names the app's one user-assigned identity, so that
    // it does not trade the raw key for LAMI300.
    [Fact]
    public Task Token_store_with_a_raw_key_is_LAMI204_only_and_its_fix_names_the_user_assigned_identity() => FixTest(
        new[]
        {
            (TemplatePath, Template(Site(Identity("\"UserAssigned\"")))),
            (ConnectionsPath, Connections(tokenStore: $$"""{|LAMI204:"authentication"|}: {{RawKey}}""")),
        },
        new[]
        {
            (TemplatePath, Template(Site(Identity("\"UserAssigned\"")))),
            (ConnectionsPath, Connections(tokenStore: $$"""{{Q}}authentication{{Q}}: { "type": "ManagedServiceIdentity", "identity": "{{Ops}}" }""")),
        },
        FixKeys.UseManagedIdentityForTokenStore).RunAsync();

    // Without any identity, managed-identity authentication would be LAMI101: no mechanical fix.
    [Fact]
    public Task Token_store_with_a_raw_key_on_an_app_without_identity_has_no_fix() => FixTest(
        new[]
        {
            (TemplatePath, Template(Site(string.Empty))),
            (ConnectionsPath, Connections(tokenStore: $$"""{|LAMI204:"authentication"|}: {{RawKey}}""", target: NoIdentityTarget)),
        },
        new[]
        {
            (TemplatePath, Template(Site(string.Empty))),
            (ConnectionsPath, Connections(tokenStore: $$"""{|LAMI204:"authentication"|}: {{RawKey}}""", target: NoIdentityTarget)),
        }).RunAsync();

    private const string NoIdentityTarget = """{|LAMI101:"authentication"|}: { "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net" }""";

    [Theory]
    [InlineData("\"SystemAssigned, UserAssigned\"")]
    [InlineData("\"[parameters('identityType')]\"")]
    public Task Site_that_keeps_the_system_identity_or_whose_type_is_not_known(string type) => Verify(
        (TemplatePath, Template(Site(Identity(type)))),
        (ConnectionsPath, Connections()));

    [Fact]
    public Task Two_sites_in_one_template() => Verify(
        (TemplatePath, Template(Site(Identity("\"UserAssigned\"")) + ",\n" + Site(Identity("\"UserAssigned\""), name: "billing"))),
        (ConnectionsPath, Connections()));

    [Fact]
    public Task Two_templates_with_a_site_each() => Verify(
        (TemplatePath, Template(Site(Identity("\"UserAssigned\"")))),
        ("OrdersApp/deployment/staging.template.json", Template(Site(Identity("\"SystemAssigned, UserAssigned\""), name: "orders-staging"))),
        (ConnectionsPath, Connections()));

    [Fact]
    public Task Site_whose_kind_is_not_known_beside_the_Standard_site() => Verify(
        (TemplatePath, Template(Site(Identity("\"UserAssigned\"")) + ",\n" + Site(string.Empty, name: "other", kind: "[parameters('siteKind')]"))),
        (ConnectionsPath, Connections()));

    [Fact]
    public Task Web_app_beside_the_Standard_site_does_not_count() => Verify(
        (TemplatePath, Template(Site(Identity("{|LAMI300:\"UserAssigned\"|}")) + ",\n" + Site(string.Empty, name: "portal", kind: "app"))),
        (ConnectionsPath, Connections()));

    [Fact]
    public Task Template_outside_the_project_folder() => Verify(
        ("deploy/logicapp.template.json", Template(Site(Identity("\"UserAssigned\"")))),
        (ConnectionsPath, Connections()));

    [Fact]
    public Task Project_without_a_template() => Verify(
        (ConnectionsPath, Connections()));

    [Fact]
    public Task Type_is_set_to_both_identities_with_Fix_All() => FixTest(
        new[]
        {
            (TemplatePath, Template(Site(Identity("{|LAMI300:\"UserAssigned\"|}")))),
            (ConnectionsPath, Connections()),
        },
        new[]
        {
            (TemplatePath, Template(Site(Identity("\"SystemAssigned, UserAssigned\"")))),
            (ConnectionsPath, Connections()),
        },
        FixKeys.KeepSystemAssignedForTokenStore).RunAsync();

    [Fact]
    public Task Identity_rules_in_the_project_see_the_sites_identity() => Verify(
        (TemplatePath, Template(Site("""
            "identity": { "type": "SystemAssigned" }
            """))),
        (ConnectionsPath, Connections(target: $$"""{{Q}}authentication{{Q}}: { "type": "ManagedServiceIdentity", "identity": {|LAMI102:"{{Ops}}"|}, "audience": "https://vault.azure.net" }""")));

    [Fact]
    public Task Site_without_identity_makes_managed_identity_authentication_LAMI101() => Verify(
        (TemplatePath, Template(Site(string.Empty))),
        (ConnectionsPath, Connections(target: """{|LAMI101:"authentication"|}: { "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net" }""")));

    [Fact]
    public Task Finding_in_connections_json_has_no_fix_that_would_edit_the_template() => FixTest(
        new[]
        {
            (TemplatePath, Template(Site(string.Empty))),
            (ConnectionsPath, Connections(target: """{|LAMI101:"authentication"|}: { "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net" }""")),
        },
        new[]
        {
            (TemplatePath, Template(Site(string.Empty))),
            (ConnectionsPath, Connections(target: """{|LAMI101:"authentication"|}: { "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net" }""")),
        }).RunAsync();

    [Fact]
    public Task Project_of_workflow_folders_without_connections_json() => Verify(
        (TemplatePath, Template(Site(string.Empty))),
        ("OrdersApp/Receive/workflow.json", $$"""
            {
              "definition": {
                "$schema": "{{DefinitionSchema}}",
                "triggers": { "manual": { "type": "Request", "kind": "Http", "inputs": {} } },
                "actions": {
                  "Call": {
                    "type": "Http",
                    "inputs": { "method": "GET", "uri": "https://contoso.vault.azure.net/secrets/a", {|LAMI101:"authentication"|}: { "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net" } },
                    "runAfter": {}
                  }
                }
              },
              "kind": "Stateful"
            }
            """));
}
