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

    public static TheoryData<Rendering, string, string> BatchCases()
    {
        var data = new TheoryData<Rendering, string, string>();
        foreach (var rendering in System.Enum.GetValues<Rendering>())
        {
            data.Add(rendering, "https://myacct.westus.batch.azure.com/jobs?api-version=2024-07-01.20.0", "https://batch.core.windows.net/");
            data.Add(rendering, "https://myacct.usgovvirginia.batch.usgovcloudapi.net/jobs?api-version=2024-07-01.20.0", "https://batch.core.usgovcloudapi.net/");
            data.Add(rendering, "https://myacct.chinanorth.batch.chinacloudapi.cn/jobs?api-version=2024-07-01.20.0", "https://batch.chinacloudapi.cn/");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BatchCases))]
    public Task Batch_account_hosts_get_the_batch_audience_of_their_cloud(Rendering rendering, string uri, string audience) => VerifyFixAsync(
        rendering,
        Http(uri, """{|LAMI104:"authentication"|}: { "type": "ManagedServiceIdentity" }"""),
        Http(uri, Authentication($$"""{ "type": "ManagedServiceIdentity", "audience": "{{audience}}" }""")),
        FixKeys.AddAudience);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Hosts_under_the_batch_audience_are_not_batch_requests(Rendering rendering) => VerifyAsync(rendering, """
        {
          "actions": {
            "A": { "type": "Http", "inputs": { "uri": "https://myacct.batch.core.windows.net/jobs", "authentication": { "type": "ManagedServiceIdentity" } } },
            "B": { "type": "Http", "inputs": { "uri": "https://myacct.westus.batch.core.windows.net/jobs", "authentication": { "type": "ManagedServiceIdentity" } } },
            "C": { "type": "Http", "inputs": { "uri": "https://batch.core.windows.net/jobs", "authentication": { "type": "ManagedServiceIdentity" } } },
            "D": { "type": "Http", "inputs": { "uri": "https://myacct.batch.core.usgovcloudapi.net/jobs", "authentication": { "type": "ManagedServiceIdentity" } } },
            "E": { "type": "Http", "inputs": { "uri": "https://batch.chinacloudapi.cn/jobs", "authentication": { "type": "ManagedServiceIdentity" } } }
          }
        }
        """);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Cosmos_db_hosts_get_no_audience(Rendering rendering) => VerifyAsync(rendering, """
        {
          "actions": {
            "Public": { "type": "Http", "inputs": { "method": "GET", "uri": "https://orders.documents.azure.com/dbs/shop/colls/orders/docs", "authentication": { "type": "ManagedServiceIdentity" } } },
            "Gov": { "type": "Http", "inputs": { "method": "GET", "uri": "https://orders.documents.azure.us/dbs/shop/colls/orders/docs", "authentication": { "type": "ManagedServiceIdentity" } } },
            "China": { "type": "Http", "inputs": { "method": "GET", "uri": "https://orders.documents.azure.cn/dbs/shop/colls/orders/docs", "authentication": { "type": "ManagedServiceIdentity" } } },
            "Partly_known": { "type": "Http", "inputs": { "method": "GET", "uri": "https://@{parameters('account')}.documents.azure.com/dbs", "authentication": { "type": "ManagedServiceIdentity" } } }
          }
        }
        """);

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

            // Storage accepts an account-scoped audience: only its slash is judged.
            data.Add(rendering, "LAMI106", "https://acct.blob.core.windows.net/c/b", "https://acct.blob.core.windows.net/", "https://acct.blob.core.windows.net");
            data.Add(rendering, "LAMI107", "https://contoso.vault.usgovcloudapi.net/secrets/x", "https://vault.azure.net", "https://vault.usgovcloudapi.net");
            data.Add(rendering, "LAMI108", "https://contoso.vault.azure.net/secrets/x", "https://vault.azure.net/.default", "https://vault.azure.net");

            // Without '/.default' the scope is still not the audience the target wants: the fix writes the one it wants,
            // not a value another of these rules reports (Storage wants the slash, the vault's service is Key Vault).
            data.Add(rendering, "LAMI108", "https://acct.blob.core.windows.net/c/b", "https://storage.azure.com/.default", "https://storage.azure.com/");
            data.Add(rendering, "LAMI108", "https://contoso.vault.azure.net/secrets/x", "https://storage.azure.com/.default", "https://vault.azure.net");

            // Batch account hosts are Batch requests.
            data.Add(rendering, "LAMI105", "https://myacct.westus.batch.azure.com/jobs", "https://management.azure.com/", "https://batch.core.windows.net/");

            // Key Vault's service, in a form Key Vault refuses: a vault's own host (any cloud's vault suffix), a path.
            data.Add(rendering, "LAMI105", "https://contoso.vault.azure.net/secrets/x", "https://contoso.vault.azure.net", "https://vault.azure.net");
            data.Add(rendering, "LAMI105", "https://contoso.vault.azure.net/secrets/x", "https://contoso.vault.azure.net/", "https://vault.azure.net");
            data.Add(rendering, "LAMI105", "https://contoso.vault.usgovcloudapi.net/secrets/x", "https://contoso.vault.usgovcloudapi.net", "https://vault.usgovcloudapi.net");
            data.Add(rendering, "LAMI105", "https://contoso.vault.usgovcloudapi.net/secrets/x", "https://contoso.vault.azure.net", "https://vault.usgovcloudapi.net");
            data.Add(rendering, "LAMI105", "https://contoso.vault.azure.cn/secrets/x", "https://contoso.vault.azure.cn/secrets/x", "https://vault.azure.cn");
            data.Add(rendering, "LAMI105", "https://contoso.vault.azure.net/secrets/x", "https://vault.azure.net/secrets", "https://vault.azure.net");
            data.Add(rendering, "LAMI105", "https://contoso.vault.azure.cn/secrets/x", "https://vault.azure.net/secrets/", "https://vault.azure.cn");

            // A vault's host is Key Vault's, so another target gets its own audience.
            data.Add(rendering, "LAMI105", "https://acct.blob.core.windows.net/c/b", "https://contoso.vault.azure.net", "https://storage.azure.com/");
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
            "Arm": { "type": "Http", "inputs": { "uri": "https://management.azure.com/x", "authentication": { "type": "ManagedServiceIdentity", "audience": "https://management.azure.com" } } },
            "Queue_account": { "type": "Http", "inputs": { "uri": "https://acct.queue.core.windows.net/q/messages", "headers": { "x-ms-version": "2024-05-05", "x-ms-date": "@{utcNow('r')}" }, "authentication": { "type": "ManagedServiceIdentity", "audience": "https://acct.queue.core.windows.net" } } },
            "Batch": { "type": "Http", "inputs": { "uri": "https://myacct.westus.batch.azure.com/jobs", "authentication": { "type": "ManagedServiceIdentity", "audience": "https://batch.core.windows.net/" } } },
            "Vault_host_to_unknown_target": { "type": "Http", "inputs": { "uri": "https://contoso.example.com/api", "authentication": { "type": "ManagedServiceIdentity", "audience": "https://contoso.vault.azure.net" } } },
            "Storage_path_no_source": { "type": "Http", "inputs": { "uri": "https://contoso.vault.azure.net/x", "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/blob" } } }
          }
        }
        """);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Audiences_of_cosmos_db_calls_are_not_judged(Rendering rendering) => VerifyAsync(rendering, """
        {
          "actions": {
            "Another_service": { "type": "Http", "inputs": { "uri": "https://orders.documents.azure.com/dbs/shop", "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" } } },
            "Another_cloud": { "type": "Http", "inputs": { "uri": "https://orders.documents.azure.us/dbs/shop", "authentication": { "type": "ManagedServiceIdentity", "audience": "https://cosmos.azure.com" } } },
            "Account": { "type": "Http", "inputs": { "uri": "https://orders.documents.azure.com/dbs/shop", "authentication": { "type": "ManagedServiceIdentity", "audience": "https://orders.documents.azure.com/" } } }
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
    [InlineData("https://contoso.vault.azure.net", "The audience 'https://contoso.vault.azure.net' is a single Key Vault resource's host, which Key Vault does not accept as its audience: use 'https://vault.azure.net'")]
    [InlineData("https://vault.azure.net/secrets", "The audience 'https://vault.azure.net/secrets' has a path after Key Vault's audience, which Key Vault does not accept: use 'https://vault.azure.net'")]
    public Task Message_says_which_form_the_service_refuses(string audience, string message) => new AnalyzerTest<Entry.CSharpLogicAppAnalyzer>
    {
        Source = Source(JsonRenderings.Render(Case("https://contoso.vault.azure.net/x", "{|#0:\"" + audience + "\"|}"), Rendering.RawString), null),
        ExpectedDiagnostics =
        {
            Verify.Diagnostic("LAMI105").WithLocation(0).WithMessage(message),
        },
    }.RunAsync();

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Not_a_resource_id_is_reported_without_a_fix(Rendering rendering) => VerifyAsync(
        rendering,
        Case("https://contoso.vault.azure.net/x", """{|LAMI108:"vault.azure.net"|}"""));

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task A_scope_that_is_no_resource_id_without_its_suffix_is_reported_without_a_fix(Rendering rendering) => VerifyAsync(
        rendering,
        Case("https://contoso.vault.azure.net/x", """{|LAMI108:"vault.azure.net/.default"|}"""));
}
