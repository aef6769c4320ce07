using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Findings;
using static ManagedIdentityAnalyzers.Tests.Rules.Definitions.DefinitionCase;
using static ManagedIdentityAnalyzers.Tests.Rules.Definitions.Workflows;
using static ManagedIdentityAnalyzers.Tests.Rules.Identity.IdentityIds;

namespace ManagedIdentityAnalyzers.Tests.Rules.Definitions;

/// <summary>
/// Connection references of a Consumption workflow (the <c>$connections</c> parameter): LAMI100-LAMI103 and
/// LAMI111 apply to their <c>connectionProperties.authentication</c>; the audience, property and operation rules
/// do not (the connector supplies the audience).
/// </summary>
public class ConnectionReferenceTests
{
    private static string Reference(string authentication) => $$"""
        {
          "keyvault": {
            "connectionId": "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/infra/providers/Microsoft.Web/connections/keyvault",
            "connectionName": "keyvault",
            "id": "/subscriptions/00000000-0000-0000-0000-000000000001/providers/Microsoft.Web/locations/westeurope/managedApis/keyvault",
            "connectionProperties": { {{authentication}} }
          }
        }
        """;

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Managed_identity_reference_without_an_app_identity(Rendering rendering) => VerifyAsync(
        rendering,
        Reference("""{|LAMI101:"authentication"|}: { "type": "ManagedServiceIdentity" }"""),
        NoIdentity,
        connections: true);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Designer_label_is_fixed(Rendering rendering) => VerifyFixAsync(
        rendering,
        Reference("""
            "authentication": { "type": {|LAMI100:"Managed Identity"|} }
            """),
        Reference("""
            "authentication": { "type": "ManagedServiceIdentity" }
            """),
        FixKeys.UseCanonicalAuthenticationType,
        SystemOnly,
        connections: true);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Unattached_identity_is_replaced(Rendering rendering) => VerifyFixAsync(
        rendering,
        Reference($$"""
            "authentication": { "type": "ManagedServiceIdentity", "identity": {|LAMI102:"{{Audit}}"|} }
            """),
        Reference($$"""
            "authentication": { "type": "ManagedServiceIdentity", "identity": "{{Ops}}" }
            """),
        FixKeys.UseAttachedIdentity,
        UserOps,
        connections: true);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Missing_identity_with_only_a_user_assigned_identity_is_added(Rendering rendering) => VerifyFixAsync(
        rendering,
        Reference("""
            {|LAMI103:"authentication"|}: { "type": "ManagedServiceIdentity" }
            """),
        Reference($$"""
            "authentication": { "type": "ManagedServiceIdentity", "identity": "{{Ops}}" }
            """),
        FixKeys.AddAttachedIdentity,
        UserOps,
        connections: true);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Legacy_identity_value_is_removed(Rendering rendering) => VerifyFixAsync(
        rendering,
        Reference("""
            "authentication": { "type": "ManagedServiceIdentity", "identity": {|LAMI111:"SystemAssigned"|} }
            """),
        Reference("""
            "authentication": { "type": "ManagedServiceIdentity" }
            """),
        FixKeys.RemoveLegacyIdentity,
        SystemOnly,
        connections: true);

    /// <summary>The documented examples (seed: system-assigned, and a user-assigned identity named in lower case).</summary>
    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Documented_references_and_rules_that_do_not_apply_report_nothing(Rendering rendering) => Task.WhenAll(
        VerifyAsync(rendering, Reference("""
            "authentication": { "type": "ManagedServiceIdentity" }
            """), SystemOnly, connections: true),
        VerifyAsync(rendering, Reference($$"""
            "authentication": { "type": "ManagedServiceIdentity", "identity": "{{Ops.ToLowerInvariant()}}" }
            """), UserOps, connections: true),
        VerifyAsync(rendering, Reference("""
            "authentication": { "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net/", "credentialType": "x" }
            """), SystemOnly, connections: true));
}
