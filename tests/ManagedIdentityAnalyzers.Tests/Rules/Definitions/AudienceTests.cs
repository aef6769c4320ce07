using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Tests.Verification;
using static ManagedIdentityAnalyzers.Tests.Rules.Definitions.DefinitionCase;
using static ManagedIdentityAnalyzers.Tests.Rules.Definitions.Workflows;

namespace ManagedIdentityAnalyzers.Tests.Rules.Definitions;

/// <summary>LAMI104: managed identity without an audience to a known service other than Resource Manager.</summary>
public class LAMI104Tests
{
    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Key_vault_audience_is_added(Rendering rendering) => VerifyFixAsync(
        rendering,
        Http("https://contoso.vault.azure.net/secrets/db?api-version=7.4", """{|LAMI104:"authentication"|}: { "type": "ManagedServiceIdentity" }"""),
        Http("https://contoso.vault.azure.net/secrets/db?api-version=7.4", Authentication("""{ "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net" }""")),
        FixKeys.AddAudience);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task The_audience_is_the_one_of_the_uri_cloud(Rendering rendering) => VerifyFixAsync(
        rendering,
        Http("https://contoso.vault.azure.cn/secrets/db", """{|LAMI104:"authentication"|}: { "type": "ManagedServiceIdentity" }"""),
        Http("https://contoso.vault.azure.cn/secrets/db", Authentication("""{ "type": "ManagedServiceIdentity", "audience": "https://vault.azure.cn" }""")),
        FixKeys.AddAudience);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Nested_actions_and_webhook_subscriptions_are_read(Rendering rendering) => VerifyAsync(rendering, """
        {
          "triggers": {
            "Hook": {
              "type": "HttpWebhook",
              "inputs": {
                "subscribe": { "method": "POST", "uri": "https://contoso.vault.azure.net/a", {|LAMI104:"authentication"|}: { "type": "ManagedServiceIdentity" } },
                "unsubscribe": { "method": "POST", "uri": "https://contoso.vault.azure.net/b", {|LAMI104:"authentication"|}: { "type": "ManagedServiceIdentity" } }
              }
            }
          },
          "actions": {
            "Outer": {
              "type": "Scope",
              "actions": {
                "Check": {
                  "type": "If",
                  "actions": { "A": { "type": "Http", "inputs": { "uri": "https://a.vault.azure.net/x", {|LAMI104:"authentication"|}: { "type": "ManagedServiceIdentity" } } } },
                  "else": { "actions": { "B": { "type": "Http", "inputs": { "uri": "https://b.vault.azure.net/x", {|LAMI104:"authentication"|}: { "type": "ManagedServiceIdentity" } } } } }
                },
                "Route": {
                  "type": "Switch",
                  "cases": { "One": { "actions": { "C": { "type": "Http", "inputs": { "uri": "https://c.vault.azure.net/x", {|LAMI104:"authentication"|}: { "type": "ManagedServiceIdentity" } } } } } },
                  "default": { "actions": { "D": { "type": "Http", "inputs": { "uri": "https://d.vault.azure.net/x", {|LAMI104:"authentication"|}: { "type": "ManagedServiceIdentity" } } } } }
                },
                "Each": { "type": "Foreach", "actions": { "E": { "type": "Http", "inputs": { "uri": "https://e.vault.azure.net/x", {|LAMI104:"authentication"|}: { "type": "ManagedServiceIdentity" } } } } },
                "Loop": { "type": "Until", "actions": { "F": { "type": "Http", "inputs": { "uri": "https://f.vault.azure.net/x", {|LAMI104:"authentication"|}: { "type": "ManagedServiceIdentity" } } } } }
              }
            }
          }
        }
        """);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Resource_manager_app_specific_and_unknown_hosts_are_not_reported(Rendering rendering) => VerifyAsync(rendering, """
        {
          "actions": {
            "Arm": { "type": "Http", "inputs": { "uri": "https://management.azure.com/subscriptions", "authentication": { "type": "ManagedServiceIdentity" } } },
            "Apim": { "type": "Http", "inputs": { "uri": "https://contoso.azure-api.net/orders", "authentication": { "type": "ManagedServiceIdentity" } } },
            "Func": { "type": "Http", "inputs": { "uri": "https://contoso.azurewebsites.net/api/x", "authentication": { "type": "ManagedServiceIdentity" } } },
            "Param": { "type": "Http", "inputs": { "uri": "@parameters('target')", "authentication": { "type": "ManagedServiceIdentity" } } },
            "WithAudience": { "type": "Http", "inputs": { "uri": "https://contoso.vault.azure.net/x", "authentication": { "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net" } } }
          }
        }
        """);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task A_partly_known_storage_uri_counts_by_its_literal_host(Rendering rendering) => VerifyAsync(rendering, Http(
        "https://@{parameters('account')}.queue.core.windows.net/orders/messages",
        """{|LAMI104:"authentication"|}: { "type": "ManagedServiceIdentity" }, "headers": { "x-ms-version": "2024-05-05", "x-ms-date": "@{utcNow('r')}" }"""));
}

/// <summary>LAMI105-LAMI108: the audience value.</summary>
public class AudienceValueTests
{
    /// <summary>A managed-identity call with the audience token given (markup allowed); Storage calls carry their headers.</summary>
    private static string Case(string uri, string audienceToken)
    {
        var headers = uri.Contains(".core.windows.net") ? """, "headers": { "x-ms-version": "2024-05-05", "x-ms-date": "@{utcNow('r')}" }""" : string.Empty;
        return Http(uri, Authentication($$"""{ "type": "ManagedServiceIdentity", "audience": {{audienceToken}} }""") + headers);
    }

    public static TheoryData<Rendering, string, string, string, string> Cases()
    {
        var data = new TheoryData<Rendering, string, string, string, string>();
        foreach (var rendering in System.Enum.GetValues<Rendering>())
        {
            data.Add(rendering, "LAMI105", "https://contoso.vault.azure.net/secrets/x", "https://storage.azure.com/", "https://vault.azure.net");
            data.Add(rendering, "LAMI106", "https://contoso.vault.azure.net/secrets/x", "https://vault.azure.net/", "https://vault.azure.net");
            data.Add(rendering, "LAMI106", "https://acct.blob.core.windows.net/c/b", "https://storage.azure.com", "https://storage.azure.com/");
            data.Add(rendering, "LAMI107", "https://contoso.vault.usgovcloudapi.net/secrets/x", "https://vault.azure.net", "https://vault.usgovcloudapi.net");
            data.Add(rendering, "LAMI108", "https://contoso.vault.azure.net/secrets/x", "https://vault.azure.net/.default", "https://vault.azure.net");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Audience_is_fixed(Rendering rendering, string id, string uri, string audience, string expected) => VerifyFixAsync(
        rendering,
        Case(uri, "{|" + id + ":\"" + audience + "\"|}"),
        Case(uri, "\"" + expected + "\""));

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Correct_app_specific_and_expression_audiences_are_not_reported(Rendering rendering) => VerifyAsync(rendering, """
        {
          "actions": {
            "Vault": { "type": "Http", "inputs": { "uri": "https://contoso.vault.azure.net/x", "authentication": { "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net" } } },
            "Account": { "type": "Http", "inputs": { "uri": "https://acct.blob.core.windows.net/c", "headers": { "x-ms-version": "2024-05-05", "x-ms-date": "@{utcNow('r')}" }, "authentication": { "type": "ManagedServiceIdentity", "audience": "https://acct.blob.core.windows.net" } } },
            "Function": { "type": "Http", "inputs": { "uri": "https://contoso.azurewebsites.net/api/x", "authentication": { "type": "ManagedServiceIdentity", "audience": "api://3f2c9e1a-8a51-4c53-9a7b-0e2d8f1b7c44" } } },
            "ClientId": { "type": "Http", "inputs": { "uri": "https://contoso.azurewebsites.net/api/y", "authentication": { "type": "ManagedServiceIdentity", "audience": "3f2c9e1a-8a51-4c53-9a7b-0e2d8f1b7c44" } } },
            "Parameter": { "type": "Http", "inputs": { "uri": "https://contoso.vault.azure.net/x", "authentication": { "type": "ManagedServiceIdentity", "audience": "@parameters('audience')" } } },
            "Arm": { "type": "Http", "inputs": { "uri": "https://management.azure.com/x", "authentication": { "type": "ManagedServiceIdentity", "audience": "https://management.azure.com" } } }
          }
        }
        """);

    [Fact]
    public Task Message_names_services_and_the_audience_to_use() => new AnalyzerTest<Entry.CSharpLogicAppAnalyzer>
    {
        Source = Source(JsonRenderings.Render(Case("https://contoso.vault.azure.net/x", """{|#0:"https://storage.azure.com/"|}"""), Rendering.RawString), null),
        ExpectedDiagnostics =
        {
            Verify.Diagnostic("LAMI105").WithLocation(0).WithMessage("The audience 'https://storage.azure.com/' is for Azure Storage, but the request goes to Key Vault: use 'https://vault.azure.net'"),
        },
    }.RunAsync();

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Not_a_resource_id_is_reported_without_a_fix(Rendering rendering) => VerifyAsync(
        rendering,
        Case("https://contoso.vault.azure.net/x", """{|LAMI108:"vault.azure.net"|}"""));
}
