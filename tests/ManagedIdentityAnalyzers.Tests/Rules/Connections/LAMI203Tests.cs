using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Tests.Rules.Definitions;
using static ManagedIdentityAnalyzers.Tests.Rules.Definitions.DefinitionCase;
using static ManagedIdentityAnalyzers.Tests.Rules.Definitions.Workflows;

namespace ManagedIdentityAnalyzers.Tests.Rules.Connections;

/// <summary>
/// LAMI203: a connection reference (a Consumption workflow's <c>$connections</c> entry) authenticates with
/// ManagedServiceIdentity, but its connector is known not to support managed identities. The references are rendered
/// in every JSON form; the connector is the one the entry's <c>id</c> names.
/// </summary>
public class LAMI203Tests
{
    private static string Reference(string connector, string authentication) => $$"""
        {
          "{{connector}}": {
            "connectionId": "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/infra/providers/Microsoft.Web/connections/{{connector}}",
            "connectionName": "{{connector}}",
            "id": "/subscriptions/00000000-0000-0000-0000-000000000001/providers/Microsoft.Web/locations/westeurope/managedApis/{{connector}}",
            "connectionProperties": { {{authentication}} }
          }
        }
        """;

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Managed_identity_on_a_connector_without_support_is_reported(Rendering rendering) => Task.WhenAll(
        VerifyAsync(
            rendering,
            Reference("office365", """{|LAMI203:"authentication"|}: { "type": "ManagedServiceIdentity" }"""),
            SystemOnly,
            connections: true),
        VerifyAsync(
            rendering,
            Reference("sftpwithssh", """{|LAMI203:"authentication"|}: { "type": "ManagedServiceIdentity" }"""),
            SystemOnly,
            connections: true));

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Connectors_that_support_managed_identities_or_are_not_known_report_nothing(Rendering rendering) => Task.WhenAll(
        VerifyAsync(rendering, Reference("keyvault", Authentication("""{ "type": "ManagedServiceIdentity" }""")), SystemOnly, connections: true),
        VerifyAsync(rendering, Reference("eventhubs", Authentication("""{ "type": "ManagedServiceIdentity" }""")), SystemOnly, connections: true),
        VerifyAsync(rendering, Reference("contosoorders", Authentication("""{ "type": "ManagedServiceIdentity" }""")), SystemOnly, connections: true),
        VerifyAsync(rendering, Reference("office365", Authentication("""{ "type": "Raw", "value": "@parameters('token')" }""")), SystemOnly, connections: true));

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task A_connector_configured_as_single_or_multi_authentication_supports_managed_identities(Rendering rendering)
    {
        var test = Test(
            rendering,
            Reference("office365", Authentication("""{ "type": "ManagedServiceIdentity" }""")),
            null,
            null,
            SystemOnly,
            connections: true);
        test.EditorConfig = "root = true\n[*.cs]\nlogicapps_identity.multi_auth_connectors = azureblob, sql, documentdb, office365\n";
        return test.RunAsync();
    }
}
