using System.Threading.Tasks;
using static ManagedIdentityAnalyzers.Tests.Rules.Definitions.DefinitionCase;
using static ManagedIdentityAnalyzers.Tests.Rules.Definitions.Workflows;
using static ManagedIdentityAnalyzers.Tests.Rules.Identity.IdentityIds;

namespace ManagedIdentityAnalyzers.Tests.Rules.Definitions;

/// <summary>
/// The correct examples of the seed documents (shared/seeds: "Authenticate access and connections to Azure resources
/// with managed identities"), written as definitions in every rendering: nothing is reported.
/// </summary>
public class SeedExamplesTests
{
    /// <summary>The documented Snapshot Blob HTTP action (China cloud account, all-accounts Storage audience).</summary>
    private const string SnapshotBlob = """
        {
          "triggers": { "manual": { "type": "Request", "kind": "Http" } },
          "actions": {
            "Snapshot_blob": {
              "type": "Http",
              "inputs": {
                "method": "PUT",
                "uri": "https://contosoarchive.blob.core.chinacloudapi.cn/orders/2026/today.json",
                "headers": {
                  "x-ms-blob-type": "BlockBlob",
                  "x-ms-version": "2024-05-05",
                  "x-ms-date": "@{formatDateTime(utcNow(),'r')}"
                },
                "queries": { "comp": "snapshot" },
                "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" }
              }
            },
            "Snapshot_with_account_audience": {
              "type": "Http",
              "inputs": {
                "method": "PUT",
                "uri": "https://contosoarchive.blob.core.chinacloudapi.cn/orders/2026/today.json",
                "headers": { "x-ms-blob-type": "BlockBlob", "x-ms-version": "2024-05-05", "x-ms-date": "@{formatDateTime(utcNow(),'r')}" },
                "queries": { "comp": "snapshot" },
                "authentication": { "type": "ManagedServiceIdentity", "audience": "https://contosoarchive.blob.core.chinacloudapi.cn" }
              }
            },
            "Read_secret": {
              "type": "Http",
              "inputs": {
                "method": "GET",
                "uri": "https://contoso.vault.azure.cn/secrets/db-password?api-version=7.4",
                "authentication": { "type": "ManagedServiceIdentity", "audience": "https://vault.azure.cn" }
              }
            },
            "Read_resource": {
              "type": "Http",
              "inputs": {
                "method": "GET",
                "uri": "https://management.chinacloudapi.cn/subscriptions?api-version=2022-12-01",
                "authentication": { "type": "ManagedServiceIdentity" }
              }
            }
          }
        }
        """;

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Documented_examples_with_the_system_assigned_identity(Rendering rendering) =>
        VerifyAsync(rendering, SnapshotBlob, SystemOnly);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Documented_user_assigned_example(Rendering rendering) => VerifyAsync(rendering, Http(
        "https://contoso.vault.azure.net/secrets/db-password?api-version=7.4",
        Authentication($$"""{ "type": "ManagedServiceIdentity", "identity": "{{Ops}}", "audience": "https://vault.azure.net" }""")),
        UserOps);
}
