using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Tests.Rules.Identity;
using ManagedIdentityAnalyzers.Tests.Verification;
using static ManagedIdentityAnalyzers.Tests.Rules.Definitions.DefinitionCase;

namespace ManagedIdentityAnalyzers.Tests.Rules.Definitions;

/// <summary>LAMI122 (HTTP call to Storage with a user-assigned identity) in every rendering.</summary>
public class LAMI122Tests
{
    /// <summary>A Consumption app with the user-assigned identity <see cref="IdentityIds.Ops"/> attached.</summary>
    private const string OpsAttached =
        "new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned) { UserAssignedIdentities = { [new ResourceIdentifier(\""
        + IdentityIds.Ops + "\")] = new UserAssignedIdentity() } }";

    private const string UserAssignedToBlob = """
        {
          "actions": {
            "Read_blob": {
              "type": "Http",
              "inputs": {
                "method": "GET",
                "uri": "https://acct.blob.core.windows.net/c/b",
                "headers": { "x-ms-version": "2024-05-05", "x-ms-date": "@{formatDateTime(utcNow(),'r')}" },
                "authentication": {
                  "type": "ManagedServiceIdentity",
                  "identity": {|LAMI122:"/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/infra/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ops"|},
                  "audience": "https://storage.azure.com/"
                }
              }
            }
          }
        }
        """;

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task User_assigned_identity_is_reported_on_its_value(Rendering rendering) => VerifyAsync(rendering, UserAssignedToBlob);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Reported_when_the_identity_is_attached_to_the_app(Rendering rendering) => VerifyAsync(rendering, UserAssignedToBlob, OpsAttached);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Account_audience_and_other_endpoints_are_reported(Rendering rendering) => VerifyAsync(rendering, """
        {
          "actions": {
            "Queue": {
              "type": "Http",
              "inputs": {
                "method": "POST",
                "uri": "https://acct.queue.core.windows.net/orders/messages",
                "headers": { "x-ms-version": "2024-05-05", "x-ms-date": "@{formatDateTime(utcNow(),'r')}" },
                "authentication": { "type": "ManagedServiceIdentity", "identity": {|LAMI122:"/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/infra/providers/Microsoft.ManagedIdentity/userAssignedIdentities/audit"|}, "audience": "https://acct.queue.core.windows.net" }
              }
            }
          }
        }
        """);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task System_assigned_expressions_other_services_and_other_operations_are_not_reported(Rendering rendering) => VerifyAsync(rendering, """
        {
          "actions": {
            "System_assigned": {
              "type": "Http",
              "inputs": { "uri": "https://acct.blob.core.windows.net/c/b", "headers": { "x-ms-version": "2024-05-05", "x-ms-date": "@{formatDateTime(utcNow(),'r')}" }, "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" } }
            },
            "Legacy_system_assigned": {
              "type": "Http",
              "inputs": { "uri": "https://acct.blob.core.windows.net/c/b", "headers": { "x-ms-version": "2024-05-05", "x-ms-date": "@{formatDateTime(utcNow(),'r')}" }, "authentication": { "type": "ManagedServiceIdentity", "identity": {|LAMI111:"SystemAssigned"|}, "audience": "https://storage.azure.com/" } }
            },
            "Webhook": {
              "type": "HttpWebhook",
              "inputs": { "subscribe": { "uri": "https://acct.queue.core.windows.net/subscriptions", "headers": { "x-ms-version": "2024-05-05", "x-ms-date": "@{formatDateTime(utcNow(),'r')}" }, "authentication": { "type": "ManagedServiceIdentity", "identity": "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/infra/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ops", "audience": "https://storage.azure.com/" } } }
            },
            "Identity_parameter": {
              "type": "Http",
              "inputs": { "uri": "https://acct.blob.core.windows.net/c/b", "headers": { "x-ms-version": "2024-05-05", "x-ms-date": "@{formatDateTime(utcNow(),'r')}" }, "authentication": { "type": "ManagedServiceIdentity", "identity": "@parameters('identityId')", "audience": "https://storage.azure.com/" } }
            },
            "Interpolated_identity": {
              "type": "Http",
              "inputs": { "uri": "https://acct.blob.core.windows.net/c/b", "headers": { "x-ms-version": "2024-05-05", "x-ms-date": "@{formatDateTime(utcNow(),'r')}" }, "authentication": { "type": "ManagedServiceIdentity", "identity": "@{parameters('identityGroup')}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ops", "audience": "https://storage.azure.com/" } }
            },
            "Key_vault": {
              "type": "Http",
              "inputs": { "uri": "https://contoso.vault.azure.net/secrets/db?api-version=7.4", "authentication": { "type": "ManagedServiceIdentity", "identity": "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/infra/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ops", "audience": "https://vault.azure.net" } }
            },
            "Unknown_host": {
              "type": "Http",
              "inputs": { "uri": "https://contoso.example.com/files", "authentication": { "type": "ManagedServiceIdentity", "identity": "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/infra/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ops", "audience": "https://storage.azure.com/" } }
            },
            "Uri_expression": {
              "type": "Http",
              "inputs": { "uri": "@parameters('blobUri')", "authentication": { "type": "ManagedServiceIdentity", "identity": "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/infra/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ops", "audience": "https://storage.azure.com/" } }
            }
          }
        }
        """);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Message_names_the_identity(Rendering rendering)
    {
        var test = Test(rendering, UserAssignedToBlob.Replace("{|LAMI122:", "{|#0:"), null, null, null);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("LAMI122").WithLocation(0).WithMessage(
            "This HTTP call to Storage uses the user-assigned identity '" + IdentityIds.Ops
            + "': Storage behind a firewall accepts only the system-assigned identity of a trusted service"));
        return test.RunAsync();
    }
}
