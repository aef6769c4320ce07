using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Entry;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Tests.Verification;
using static ManagedIdentityAnalyzers.Tests.Rules.Definitions.DefinitionCase;

namespace ManagedIdentityAnalyzers.Tests.Rules.Definitions;

/// <summary>LAMI120 (managed-identity call to Storage without x-ms-version) in every rendering.</summary>
public class LAMI120Tests
{
    private const string WithoutVersion = """
        {
          "actions": {
            "Read_blob": {
              "type": "Http",
              "inputs": {
                "method": "GET",
                "uri": {|LAMI120:"https://acct.blob.core.windows.net/c/b"|},
                "headers": { "x-ms-date": "@{formatDateTime(utcNow(),'r')}" },
                "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" }
              }
            }
          }
        }
        """;

    private const string WithVersionAdded = """
        {
          "actions": {
            "Read_blob": {
              "type": "Http",
              "inputs": {
                "method": "GET",
                "uri": "https://acct.blob.core.windows.net/c/b",
                "headers": { "x-ms-date": "@{formatDateTime(utcNow(),'r')}", "x-ms-version": "2024-05-05" },
                "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" }
              }
            }
          }
        }
        """;

    private const string WithoutHeaders = """
        {
          "actions": {
            "Put_message": {
              "type": "Http",
              "inputs": {
                "method": "POST",
                "uri": {|LAMI120:{|LAMI121:"https://acct.queue.core.windows.net/orders/messages"|}|},
                "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" }
              }
            }
          }
        }
        """;

    /// <summary>Only the LAMI120 fix applied: the new headers object holds x-ms-version, x-ms-date is still missing.</summary>
    private const string WithHeadersAdded = """
        {
          "actions": {
            "Put_message": {
              "type": "Http",
              "inputs": {
                "method": "POST",
                "uri": {|LAMI121:"https://acct.queue.core.windows.net/orders/messages"|},
                "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" },
                "headers": { "x-ms-version": "2024-05-05" }
              }
            }
          }
        }
        """;

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Version_is_added_to_the_existing_headers(Rendering rendering) =>
        VerifyFixAsync(rendering, WithoutVersion, WithVersionAdded, FixKeys.AddStorageVersionHeader);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Headers_object_is_added_when_there_is_none(Rendering rendering) =>
        VerifyFixAsync(rendering, WithoutHeaders, WithHeadersAdded, FixKeys.AddStorageVersionHeader);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Fix_all_repairs_every_call(Rendering rendering) => VerifyFixAsync(rendering, """
        {
          "actions": {
            "Read": { "type": "Http", "inputs": { "uri": {|LAMI120:"https://acct.blob.core.windows.net/c/a"|}, "headers": { "x-ms-date": "@{formatDateTime(utcNow(),'r')}" }, "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" } } },
            "Write": { "type": "Http", "inputs": { "method": "PUT", "uri": {|LAMI120:"https://acct.blob.core.windows.net/c/b"|}, "headers": { "x-ms-blob-type": "BlockBlob", "x-ms-date": "@{formatDateTime(utcNow(),'r')}" }, "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" } } }
          }
        }
        """, """
        {
          "actions": {
            "Read": { "type": "Http", "inputs": { "uri": "https://acct.blob.core.windows.net/c/a", "headers": { "x-ms-date": "@{formatDateTime(utcNow(),'r')}", "x-ms-version": "2024-05-05" }, "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" } } },
            "Write": { "type": "Http", "inputs": { "method": "PUT", "uri": "https://acct.blob.core.windows.net/c/b", "headers": { "x-ms-blob-type": "BlockBlob", "x-ms-date": "@{formatDateTime(utcNow(),'r')}", "x-ms-version": "2024-05-05" }, "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" } } }
          }
        }
        """, FixKeys.AddStorageVersionHeader);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public async Task Configured_api_version_is_the_value_inserted(Rendering rendering)
    {
        var test = Test(rendering, WithoutVersion, WithVersionAdded.Replace("2024-05-05", "2021-08-06"), FixKeys.AddStorageVersionHeader, null);
        test.EditorConfig = "root = true\n[*.cs]\nlogicapps_identity.storage_api_version = 2021-08-06\n";
        await test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public async Task Unusable_configured_version_falls_back_to_the_default(Rendering rendering)
    {
        var test = Test(rendering, WithoutVersion, WithVersionAdded, FixKeys.AddStorageVersionHeader, null);
        test.EditorConfig = "root = true\n[*.cs]\nlogicapps_identity.storage_api_version = latest\n";
        await test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Every_data_plane_kind_and_a_partly_known_account_are_reported(Rendering rendering) => VerifyAsync(rendering, """
        {
          "actions": {
            "Blob": { "type": "Http", "inputs": { "uri": {|LAMI120:"https://acct.blob.core.windows.net/c/b"|}, "headers": { "x-ms-date": "@{formatDateTime(utcNow(),'r')}" }, "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" } } },
            "Table": { "type": "Http", "inputs": { "uri": {|LAMI120:"https://acct.table.core.windows.net/Orders"|}, "headers": { "x-ms-date": "@{formatDateTime(utcNow(),'r')}" }, "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" } } },
            "File": { "type": "Http", "inputs": { "uri": {|LAMI120:"https://acct.file.core.windows.net/share/f"|}, "headers": { "x-ms-date": "@{formatDateTime(utcNow(),'r')}" }, "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" } } },
            "Lake": { "type": "Http", "inputs": { "uri": {|LAMI120:"https://acct.dfs.core.windows.net/fs/p"|}, "headers": { "x-ms-date": "@{formatDateTime(utcNow(),'r')}" }, "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" } } },
            "Us_government": { "type": "Http", "inputs": { "uri": {|LAMI120:"https://acct.blob.core.usgovcloudapi.net/c/b"|}, "headers": { "x-ms-date": "@{formatDateTime(utcNow(),'r')}" }, "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" } } },
            "Any_account": { "type": "Http", "inputs": { "uri": {|LAMI120:"https://@{parameters('account')}.blob.core.windows.net/c/b"|}, "headers": { "x-ms-date": "@{formatDateTime(utcNow(),'r')}" }, "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" } } }
          }
        }
        """);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Trigger_and_webhook_subscription_are_reported(Rendering rendering) => VerifyAsync(rendering, """
        {
          "actions": {
            "Wait": {
              "type": "HttpWebhook",
              "inputs": {
                "subscribe": {
                  "method": "PUT",
                  "uri": {|LAMI120:"https://acct.queue.core.windows.net/subscriptions"|},
                  "headers": { "x-ms-date": "@{formatDateTime(utcNow(),'r')}" },
                  "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" }
                }
              }
            }
          },
          "triggers": {
            "Poll": {
              "type": "Http",
              "inputs": {
                "method": "GET",
                "uri": {|LAMI120:"https://acct.blob.core.windows.net/c?restype=container&comp=list"|},
                "headers": { "X-MS-DATE": "@{formatDateTime(utcNow(),'r')}" },
                "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" }
              }
            }
          }
        }
        """);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Correct_calls_are_not_reported(Rendering rendering) => VerifyAsync(rendering, """
        {
          "actions": {
            "Both_headers": {
              "type": "Http",
              "inputs": {
                "method": "GET",
                "uri": "https://acct.blob.core.windows.net/c/b",
                "headers": { "x-ms-version": "2024-05-05", "x-ms-date": "@{formatDateTime(utcNow(),'r')}" },
                "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" }
              }
            },
            "Other_casing": {
              "type": "Http",
              "inputs": {
                "method": "GET",
                "uri": "https://acct.blob.core.windows.net/c/b",
                "headers": { "X-Ms-Version": "@parameters('storageVersion')", "X-Ms-Date": "@{formatDateTime(utcNow(),'r')}" },
                "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" }
              }
            }
          }
        }
        """);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Expressions_unknown_hosts_and_other_authentication_are_not_reported(Rendering rendering) => VerifyAsync(rendering, """
        {
          "actions": {
            "Uri_expression": { "type": "Http", "inputs": { "uri": "@parameters('blobUri')", "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" } } },
            "Uri_interpolated_host": { "type": "Http", "inputs": { "uri": "https://@{parameters('host')}/c/b", "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" } } },
            "Management_plane": { "type": "Http", "inputs": { "uri": "https://management.azure.com/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/data/providers/Microsoft.Storage/storageAccounts/acct?api-version=2023-05-01", "authentication": { "type": "ManagedServiceIdentity", "audience": "https://management.azure.com/" } } },
            "Unknown_host": { "type": "Http", "inputs": { "uri": "https://contoso.example.com/blob", "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" } } },
            "Headers_expression": { "type": "Http", "inputs": { "uri": "https://acct.blob.core.windows.net/c/b", "headers": "@parameters('storageHeaders')", "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" } } },
            "Type_expression": { "type": "Http", "inputs": { "uri": "https://acct.blob.core.windows.net/c/b", "authentication": { "type": "@parameters('authType')" } } },
            "No_authentication": { "type": "Http", "inputs": { "uri": "https://acct.blob.core.windows.net/c/b?sv=2022-11-02&sig=@{parameters('sig')}" } }
          }
        }
        """);

    [Fact]
    public Task Headers_passed_in_or_copied_are_not_reported() => new AnalyzerTest<CSharpLogicAppAnalyzer>
    {
        Source = TypedCSharp.Usings + """
            using System.Collections.Generic;

            public static class Definitions
            {
                public static BinaryData Build(Dictionary<string, object> common)
                {
                    var copied = new Dictionary<string, object>(common) { ["x-ms-date"] = "@{formatDateTime(utcNow(),'r')}" };
                    var auth = new { type = "ManagedServiceIdentity", audience = "https://storage.azure.com/" };
                    return BinaryData.FromObjectAsJson(new
                    {
                        actions = new
                        {
                            Passed_in = new { type = "Http", inputs = new { uri = "https://acct.blob.core.windows.net/c/a", headers = common, authentication = auth } },
                            Copied = new { type = "Http", inputs = new { uri = "https://acct.blob.core.windows.net/c/b", headers = copied, authentication = auth } },
                        },
                    });
                }
            }
            """,
    }.RunAsync();

    [Fact]
    public Task Headers_completed_after_their_creation_are_not_reported() => new AnalyzerTest<CSharpLogicAppAnalyzer>
    {
        Source = TypedCSharp.Usings + """
            using System.Collections.Generic;
            using System.Text.Json.Nodes;

            public static class Definitions
            {
                public static BinaryData Build()
                {
                    var indexed = new Dictionary<string, object> { ["x-ms-date"] = "@{formatDateTime(utcNow(),'r')}" };
                    indexed["x-ms-version"] = "2024-05-05";
                    var added = new JsonObject { ["x-ms-date"] = "@{formatDateTime(utcNow(),'r')}" };
                    added.Add("x-ms-version", "2024-05-05");
                    var auth = new { type = "ManagedServiceIdentity", audience = "https://storage.azure.com/" };
                    return BinaryData.FromObjectAsJson(new
                    {
                        actions = new
                        {
                            Indexed = new { type = "Http", inputs = new { uri = "https://acct.blob.core.windows.net/c/a", headers = indexed, authentication = auth } },
                            Added = new { type = "Http", inputs = new { uri = "https://acct.blob.core.windows.net/c/b", headers = added, authentication = auth } },
                        },
                    });
                }
            }
            """,
    }.RunAsync();

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Message_names_the_version_to_add(Rendering rendering)
    {
        var test = Test(rendering, WithoutVersion.Replace("{|LAMI120:", "{|#0:"), null, null, null);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("LAMI120").WithLocation(0)
            .WithMessage("This managed-identity call to Storage has no x-ms-version header and fails with 403: add \"x-ms-version\": \"2024-05-05\""));
        return test.RunAsync();
    }

    [Fact]
    public async Task Message_names_the_configured_version()
    {
        var test = Test(Rendering.RawString, WithoutVersion.Replace("{|LAMI120:", "{|#0:"), null, null, null);
        test.EditorConfig = "root = true\n[*.cs]\nlogicapps_identity.storage_api_version = 2021-08-06\n";
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("LAMI120").WithLocation(0)
            .WithMessage("This managed-identity call to Storage has no x-ms-version header and fails with 403: add \"x-ms-version\": \"2021-08-06\""));
        await test.RunAsync();
    }
}
