using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Tests.Verification;
using static ManagedIdentityAnalyzers.Tests.Rules.Definitions.DefinitionCase;

namespace ManagedIdentityAnalyzers.Tests.Rules.Definitions;

/// <summary>LAMI121 (managed-identity call to Storage without a current x-ms-date) in every rendering.</summary>
public class LAMI121Tests
{
    private const string WithoutDate = """
        {
          "actions": {
            "Read_blob": {
              "type": "Http",
              "inputs": {
                "method": "GET",
                "uri": {|LAMI121:"https://acct.blob.core.windows.net/c/b"|},
                "headers": { "x-ms-version": "2024-05-05" },
                "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" }
              }
            }
          }
        }
        """;

    private const string WithDateAdded = """
        {
          "actions": {
            "Read_blob": {
              "type": "Http",
              "inputs": {
                "method": "GET",
                "uri": "https://acct.blob.core.windows.net/c/b",
                "headers": { "x-ms-version": "2024-05-05", "x-ms-date": "@{formatDateTime(utcNow(),'r')}" },
                "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" }
              }
            }
          }
        }
        """;

    private const string WithFixedDate = """
        {
          "actions": {
            "Read_blob": {
              "type": "Http",
              "inputs": {
                "method": "GET",
                "uri": {|LAMI121:"https://acct.blob.core.windows.net/c/b"|},
                "headers": { "x-ms-date": "Mon, 01 Jan 2024 00:00:00 GMT", "x-ms-version": "2024-05-05" },
                "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" }
              }
            }
          }
        }
        """;

    private const string WithFixedDateReplaced = """
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

    /// <summary>Only the LAMI121 fix applied: the new headers object holds x-ms-date, x-ms-version is still missing.</summary>
    private const string WithDateHeadersAdded = """
        {
          "actions": {
            "Put_message": {
              "type": "Http",
              "inputs": {
                "method": "POST",
                "uri": {|LAMI120:"https://acct.queue.core.windows.net/orders/messages"|},
                "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" },
                "headers": { "x-ms-date": "@{formatDateTime(utcNow(),'r')}" }
              }
            }
          }
        }
        """;

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Missing_date_is_added_to_the_existing_headers(Rendering rendering) =>
        VerifyFixAsync(rendering, WithoutDate, WithDateAdded, FixKeys.UseCurrentStorageDate);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Fixed_literal_date_is_replaced_by_the_current_date(Rendering rendering) =>
        VerifyFixAsync(rendering, WithFixedDate, WithFixedDateReplaced, FixKeys.UseCurrentStorageDate);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Headers_object_is_added_when_there_is_none(Rendering rendering) =>
        VerifyFixAsync(rendering, WithoutHeaders, WithDateHeadersAdded, FixKeys.UseCurrentStorageDate);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Both_storage_fixes_build_one_headers_object(Rendering rendering) => VerifyFixAsync(rendering, WithoutHeaders, """
        {
          "actions": {
            "Put_message": {
              "type": "Http",
              "inputs": {
                "method": "POST",
                "uri": "https://acct.queue.core.windows.net/orders/messages",
                "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" },
                "headers": { "x-ms-version": "2024-05-05", "x-ms-date": "@{formatDateTime(utcNow(),'r')}" }
              }
            }
          }
        }
        """);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Fixed_date_in_a_trigger_with_other_header_casing_is_reported(Rendering rendering) => VerifyAsync(rendering, """
        {
          "triggers": {
            "Poll": {
              "type": "Http",
              "inputs": {
                "method": "GET",
                "uri": {|LAMI121:"https://acct.table.core.windows.net/Orders"|},
                "headers": { "X-MS-VERSION": "2024-05-05", "X-Ms-Date": "2024-01-01T00:00:00Z" },
                "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" }
              }
            }
          }
        }
        """);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Current_dates_expressions_unknown_hosts_and_unknown_headers_are_not_reported(Rendering rendering) => VerifyAsync(rendering, """
        {
          "actions": {
            "Interpolated_date": { "type": "Http", "inputs": { "uri": "https://acct.blob.core.windows.net/c/b", "headers": { "x-ms-version": "2024-05-05", "x-ms-date": "@{formatDateTime(utcNow(),'r')}" }, "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" } } },
            "Whole_expression_date": { "type": "Http", "inputs": { "uri": "https://acct.blob.core.windows.net/c/b", "headers": { "x-ms-version": "2024-05-05", "x-ms-date": "@utcNow('r')" }, "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" } } },
            "Parameter_date": { "type": "Http", "inputs": { "uri": "https://acct.blob.core.windows.net/c/b", "headers": { "x-ms-version": "2024-05-05", "x-ms-date": "@parameters('date')" }, "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" } } },
            "Uri_expression": { "type": "Http", "inputs": { "uri": "@{parameters('blobUri')}", "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" } } },
            "Unknown_host": { "type": "Http", "inputs": { "uri": "https://contoso.example.com/c/b", "headers": { "x-ms-date": "Mon, 01 Jan 2024 00:00:00 GMT" }, "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" } } },
            "Headers_expression": { "type": "Http", "inputs": { "uri": "https://acct.blob.core.windows.net/c/b", "headers": "@parameters('storageHeaders')", "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" } } },
            "Empty_date": { "type": "Http", "inputs": { "uri": "https://acct.blob.core.windows.net/c/b", "headers": { "x-ms-version": "2024-05-05", "x-ms-date": "" }, "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" } } },
            "Arm_expression_date": { "type": "Http", "inputs": { "uri": "https://acct.blob.core.windows.net/c/b", "headers": { "x-ms-version": "2024-05-05", "x-ms-date": "[parameters('date')]" }, "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" } } },
            "No_authentication": { "type": "Http", "inputs": { "uri": "https://acct.blob.core.windows.net/c/b", "headers": { "x-ms-date": "Mon, 01 Jan 2024 00:00:00 GMT" } } }
          }
        }
        """);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Message_says_the_header_is_missing(Rendering rendering)
    {
        var test = Test(rendering, WithoutDate.Replace("{|LAMI121:", "{|#0:"), null, null, null);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("LAMI121").WithLocation(0)
            .WithMessage("This managed-identity call to Storage has no x-ms-date header: x-ms-date must be the current date, formatDateTime(utcNow(),'r')"));
        return test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Message_says_the_date_is_fixed(Rendering rendering)
    {
        var test = Test(rendering, WithFixedDate.Replace("{|LAMI121:", "{|#0:"), null, null, null);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("LAMI121").WithLocation(0)
            .WithMessage("This managed-identity call to Storage sends a fixed x-ms-date: x-ms-date must be the current date, formatDateTime(utcNow(),'r')"));
        return test.RunAsync();
    }
}
