using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Entry;
using ManagedIdentityAnalyzers.Tests.Rules.Definitions;
using ManagedIdentityAnalyzers.Tests.Verification;
using static ManagedIdentityAnalyzers.Tests.Files.JsonFileTest;

namespace ManagedIdentityAnalyzers.Tests.Rules.Connections;

/// <summary>
/// LAMI205: a Standard API connection (kind V2) of an ARM template has no access policy, nested in its
/// <c>resources</c> or declared beside it as <c>&lt;connection&gt;/&lt;object ID&gt;</c>. Reported on the
/// connection's <c>name</c> value, only when the template shows every access policy and its connection.
/// </summary>
public class LAMI205Tests
{
    private const string Parameters = """
        {
            "objectId": { "type": "string" },
            "tenantId": { "type": "string", "defaultValue": "[subscription().tenantId]" },
            "connectionName": { "type": "string", "defaultValue": "keyvault" }
          }
        """;

    private const string Variables = """{ "kv": "keyvault", "blob": "blob" }""";

    private const string Principal = """
        "properties": {
                "principal": {
                  "type": "ActiveDirectory",
                  "identity": { "objectId": "[parameters('objectId')]", "tenantId": "[parameters('tenantId')]" }
                }
              }
        """;

    /// <summary>A single-authentication connection set up for managed identity (nothing else to report).</summary>
    private static string Connection(string name, string kind = "\"V2\"", string? children = null, string api = "keyvault") => $$"""
            {
              "type": "Microsoft.Web/connections",
              "apiVersion": "2016-06-01",
              "name": {{name}},
              "location": "westeurope",
              "kind": {{kind}},
              "properties": {
                "api": { "id": "[subscriptionResourceId('Microsoft.Web/locations/managedApis', 'westeurope', '{{api}}')]" },
                "parameterValueType": "Alternative",
                "displayName": "{{api}}"
              }{{(children is null ? "" : ",\n      \"resources\": [ " + children + " ]")}}
            }
        """;

    private static string Policy(string name, string type = "Microsoft.Web/connections/accessPolicies", string extra = "") => $$"""
            {
              "type": "{{type}}",
              "apiVersion": "2016-06-01",
              "name": {{name}},
              "location": "westeurope",{{extra}}
              {{Principal}}
            }
        """;

    private static string File(params string[] resources) => Template(string.Join(",\n", resources), Variables, Parameters);

    private static Task Verify(params string[] resources) => VerifyAsync(("deploy/connections.template.json", File(resources)));

    [Fact]
    public Task Connection_without_any_policy_is_reported_on_its_name() => Verify(
        Connection("{|LAMI205:\"keyvault\"|}"));

    [Fact]
    public Task Expression_name_is_reported_where_it_is_written() => Verify(
        Connection("{|LAMI205:\"[variables('kv')]\"|}"));

    [Fact]
    public Task Top_level_policy_of_another_connection_leaves_this_one_reported() => Verify(
        Connection("{|LAMI205:\"[variables('kv')]\"|}"),
        Connection("\"[variables('blob')]\"", api: "azureblob").Replace("\"parameterValueType\": \"Alternative\"", "\"parameterValueSet\": { \"name\": \"managedIdentityAuth\", \"values\": {} }"),
        Policy("\"[concat(variables('blob'), '/', parameters('objectId'))]\""));

    [Fact]
    public Task Nested_policy_with_an_expression_name() => Verify(
        Connection("\"keyvault\"", children: Policy("\"[parameters('objectId')]\"", type: "accessPolicies")));

    [Fact]
    public Task Nested_policy_with_the_full_type_and_name() => Verify(
        Connection("\"keyvault\"", children: Policy("\"[concat('keyvault/', parameters('objectId'))]\"")));

    [Theory]
    [InlineData("\"[concat(variables('kv'), '/', parameters('objectId'))]\"")]
    [InlineData("\"[format('{0}/{1}', parameters('connectionName'), parameters('objectId'))]\"")]
    [InlineData("\"[concat('KeyVault/', parameters('objectId'))]\"")]
    [InlineData("\"keyvault/00000000-0000-0000-0000-000000000001\"")]
    public Task Top_level_policy_whose_name_names_the_connection(string policyName) => Verify(
        Connection("\"[variables('kv')]\""),
        Policy(policyName));

    /// <summary>
    /// A policy names the Standard app's identity, so teams often deploy it with the app, in another template than the
    /// connection: the project's other templates count too.
    /// </summary>
    [Theory]
    [InlineData("\"[concat(variables('kv'), '/', parameters('objectId'))]\"")]
    [InlineData("\"KEYVAULT/00000000-0000-0000-0000-000000000001\"")]
    public Task Policy_in_another_template_of_the_project(string policyName) => VerifyAsync(
        ("deploy/connections.template.json", File(Connection("\"[variables('kv')]\""))),
        ("deploy/app/policies.template.json", File(Policy(policyName))));

    [Fact]
    public Task Connection_declared_again_with_a_nested_policy_in_another_template() => VerifyAsync(
        ("deploy/connections.template.json", File(Connection("\"keyvault\""))),
        ("deploy/policies.json", File(Connection("\"keyvault\"", children: Policy("\"[parameters('objectId')]\"", type: "accessPolicies")))));

    [Fact]
    public Task Policy_of_another_connection_in_another_template_leaves_this_one_reported() => VerifyAsync(
        ("deploy/connections.template.json", File(Connection("{|LAMI205:\"keyvault\"|}"))),
        ("deploy/policies.template.json", File(Policy("\"[concat(variables('blob'), '/', parameters('objectId'))]\""))));

    [Theory]
    [InlineData("\"[concat(parameters('connectionName'), parameters('objectId'))]\"")]
    [InlineData("\"[parameters('objectId')]\"")]
    public Task Policy_of_an_unknown_connection_in_another_template(string policyName) => VerifyAsync(
        ("deploy/connections.template.json", File(Connection("\"keyvault\""))),
        ("deploy/policies.template.json", File(Policy(policyName))));

    [Fact]
    public Task Policies_in_a_copy_loop_of_another_template() => VerifyAsync(
        ("deploy/connections.template.json", File(Connection("\"keyvault\""))),
        ("deploy/policies.template.json", File(Policy("\"[concat('keyvault/', parameters('objectId'), copyIndex())]\"", extra: "\n      \"copy\": { \"name\": \"policies\", \"count\": 2 },"))));

    [Fact]
    public Task Other_json_files_do_not_count() => VerifyAsync(
        ("deploy/connections.template.json", File(Connection("{|LAMI205:\"keyvault\"|}"))),
        ("deploy/policies.parameters.json", """{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "contentVersion": "1.0.0.0", "parameters": { "name": { "value": "keyvault/x" } } }"""),
        ("package.json", """{ "name": "keyvault/x", "resources": [ { "type": "Microsoft.Web/connections/accessPolicies", "name": "keyvault/x" } ] }"""));

    [Fact]
    public Task Top_level_policy_inside_an_inline_nested_deployment() => Verify(
        Connection("\"keyvault\""),
        $$"""
            {
              "type": "Microsoft.Resources/deployments",
              "apiVersion": "2022-09-01",
              "name": "policies",
              "properties": {
                "mode": "Incremental",
                "template": {
                  "$schema": "{{TemplateSchema}}",
                  "contentVersion": "1.0.0.0",
                  "resources": [ {{Policy("\"[concat(variables('kv'), '/', parameters('objectId'))]\"")}} ]
                }
              }
            }
        """);

    [Theory]
    [InlineData("\"V1\"")]
    [InlineData("\"[parameters('kind')]\"")]
    [InlineData("null")]
    public Task Connection_not_known_to_be_Standard(string kind) => Verify(
        Connection("\"keyvault\"", kind: kind));

    [Fact]
    public Task Consumption_connection_without_kind_member() => Verify(
        Connection("\"keyvault\"").Replace("\"kind\": \"V2\",", string.Empty));

    [Theory]
    [InlineData("\"[concat(parameters('unknownConnection'), '/', parameters('objectId'))]\"")]
    [InlineData("\"[parameters('policyName')]\"")]
    [InlineData("\"[concat(reference('lookup').name, '/', parameters('objectId'))]\"")]
    public Task Policy_whose_connection_is_not_known(string policyName) => Verify(
        Connection("\"keyvault\""),
        Policy(policyName));

    [Fact]
    public Task Policies_in_a_copy_loop() => Verify(
        Connection("\"keyvault\""),
        Policy("\"[concat('other/', parameters('objectId'), copyIndex())]\"", extra: "\n      \"copy\": { \"name\": \"policies\", \"count\": 2 },"));

    [Fact]
    public Task Resource_of_unknown_type() => Verify(
        Connection("\"keyvault\""),
        Policy("\"[concat('other/', parameters('objectId'))]\"", type: "[variables('policyType')]"));

    [Fact]
    public Task Linked_deployment() => Verify(
        Connection("\"keyvault\""),
        """
            {
              "type": "Microsoft.Resources/deployments",
              "apiVersion": "2022-09-01",
              "name": "policies",
              "properties": { "mode": "Incremental", "templateLink": { "uri": "https://contoso.example/policies.json" } }
            }
        """);

    [Fact]
    public Task Connection_whose_name_is_not_known_beside_a_policy_of_a_known_connection() => Verify(
        Connection("\"[parameters('unknownConnection')]\""),
        Policy("\"[concat('other/', parameters('objectId'))]\""));

    [Fact]
    public Task Connection_whose_name_is_not_known_in_a_template_without_policies() => Verify(
        Connection("{|LAMI205:\"[parameters('unknownConnection')]\"|}"));

    [Fact]
    public Task Connection_in_a_copy_loop_is_not_read() => Verify(
        Connection("\"[concat('kv', copyIndex())]\"").Replace("\"kind\": \"V2\",", "\"kind\": \"V2\", \"copy\": { \"name\": \"c\", \"count\": 2 },"));

    [Fact]
    public Task Access_policy_makes_the_connection_Standard_for_the_other_connection_rules() => Verify(
        Connection("\"keyvault\"", kind: "{|LAMI201:\"V1\"|}", children: Policy("\"[parameters('objectId')]\"", type: "accessPolicies")));

    [Fact]
    public Task Connection_in_a_symbolic_name_template() => VerifyAsync(("azuredeploy.json", $$"""
        {
          "$schema": "{{TemplateSchema}}",
          "languageVersion": "2.0",
          "contentVersion": "1.0.0.0",
          "resources": {
            "keyvault": {
              "type": "Microsoft.Web/connections",
              "apiVersion": "2016-06-01",
              "name": {|LAMI205:"keyvault"|},
              "kind": "V2",
              "properties": { "api": { "id": "/subscriptions/0000/providers/Microsoft.Web/locations/westeurope/managedApis/keyvault" }, "parameterValueType": "Alternative" }
            },
            "blob": {
              "type": "Microsoft.Web/connections",
              "apiVersion": "2016-06-01",
              "name": "blob",
              "kind": "V2",
              "properties": { "api": { "id": "/subscriptions/0000/providers/Microsoft.Web/locations/westeurope/managedApis/keyvault" }, "parameterValueType": "Alternative" }
            },
            "blobPolicy": {
              "type": "Microsoft.Web/connections/accessPolicies",
              "apiVersion": "2016-06-01",
              "name": "[format('{0}/{1}', 'blob', parameters('objectId'))]",
              "properties": { "principal": { "type": "ActiveDirectory" } }
            }
          }
        }
        """));

    [Theory]
    [InlineData("""{ "type": "Microsoft.Web/connections", "name": { "value": "keyvault" }, "kind": "V2" }""")]
    [InlineData("""{ "type": "Microsoft.Web/connections", "kind": "V2", "resources": "none" }""")]
    [InlineData("""{ "type": "Microsoft.Web/connections", "name": "[concat(", "kind": "V2", "resources": [ 1, null, { "type": 3 } ] }""")]
    [InlineData("""{ "type": "Microsoft.Web/connections/accessPolicies", "name": "/" }, { "type": "Microsoft.Web/connections", "name": "keyvault", "kind": "V2", "properties": [] }""")]
    [InlineData("""{ "type": "Microsoft.Web/connections/accessPolicies", "name": "" }, "text", { "type": "Microsoft.Web/connections", "name": "keyvault", "kind": "V2" }""")]
    public Task Odd_shapes_report_nothing_certain_and_do_not_throw(string resources) => Verify(resources);

    [Fact]
    public Task Crlf_line_ends_and_comments() => VerifyAsync((
        "azuredeploy.json",
        File(Connection("""
            // the Key Vault connection of the Standard app
                  {|LAMI205:"keyvault"|} /* no policy yet */
            """)).Replace("\r\n", "\n").Replace("\n", "\r\n")));

    [Fact]
    public Task Template_written_in_CSharp_is_reported_inside_the_literal() => new AnalyzerTest<CSharpLogicAppAnalyzer>
    {
        Source = CSharpTemplate(
            CSharpConnection("{|LAMI205:\"keyvault\"|}"),
            CSharpConnection("\"blob\"", """, "resources": [ { "type": "accessPolicies", "name": "[parameters('objectId')]", "properties": { "principal": { "type": "ActiveDirectory" } } } ]""")),
    }.RunAsync();

    [Fact]
    public Task Template_written_in_CSharp_sees_the_policies_of_the_project_s_templates() => new AnalyzerTest<CSharpLogicAppAnalyzer>
    {
        Source = CSharpTemplate(CSharpConnection("\"keyvault\""), CSharpConnection("{|LAMI205:\"blob\"|}")),
        AdditionalFiles = { ("deploy/policies.template.json", File(Policy("\"[concat('keyvault/', parameters('objectId'))]\""))) },
    }.RunAsync();

    private static string CSharpConnection(string name, string children = "") => $$"""
                                {
                                  "type": "Microsoft.Web/connections",
                                  "name": {{name}},
                                  "kind": "V2",
                                  "properties": { "api": { "id": "/subscriptions/0000/providers/Microsoft.Web/locations/westeurope/managedApis/keyvault" }, "parameterValueType": "Alternative" }{{children}}
                                }
        """;

    /// <summary>A deployment whose template, written in C# as a raw string, deploys <paramref name="resources"/>.</summary>
    private static string CSharpTemplate(params string[] resources) => $$$$""""
        using System;
        using System.Threading.Tasks;
        using Azure;
        using Azure.ResourceManager;
        using Azure.ResourceManager.Resources;
        using Azure.ResourceManager.Resources.Models;

        public class Deployments
        {
            public async Task Deploy(ResourceGroupResource rg)
            {
                var properties = new ArmDeploymentProperties(ArmDeploymentMode.Incremental)
                {
                    Template = BinaryData.FromString("""
                        {
                          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                          "resources": [
        {{{{string.Join(",\n", resources)}}}}
                          ]
                        }
                        """),
                };
                await rg.GetArmDeployments().CreateOrUpdateAsync(WaitUntil.Completed, "orders", new ArmDeploymentContent(properties));
            }
        }
        """";

    /// <summary>
    /// In C#, an access policy may be created by code the reader does not see (another type, another document), so a
    /// connection built as a GenericResourceData is never known to have none: LAMI205 is for templates only.
    /// </summary>
    [Theory]
    [MemberData(nameof(ConnectionCase.Renderings), MemberType = typeof(ConnectionCase))]
    public Task Connection_built_in_CSharp_is_not_judged(Rendering rendering) => ConnectionCase.VerifyAsync(
        rendering,
        ConnectionCase.Properties("keyvault", ConnectionCase.SingleAuthenticationSetup),
        Beside.StandardApp,
        kind: "\"V2\"");
}
