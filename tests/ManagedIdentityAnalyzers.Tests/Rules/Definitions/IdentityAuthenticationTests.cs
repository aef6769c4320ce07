using System.Threading.Tasks;
using ManagedIdentityAnalyzers.CodeFixes.Providers;
using ManagedIdentityAnalyzers.Entry;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Tests.Verification;
using static ManagedIdentityAnalyzers.Tests.Rules.Definitions.DefinitionCase;
using static ManagedIdentityAnalyzers.Tests.Rules.Definitions.Workflows;
using static ManagedIdentityAnalyzers.Tests.Rules.Identity.IdentityIds;

namespace ManagedIdentityAnalyzers.Tests.Rules.Definitions;

/// <summary>LAMI101: managed-identity authentication in a workflow whose logic app has no identity.</summary>
public class LAMI101Tests
{
    private static readonly string Case = Http(
        "https://management.azure.com/subscriptions?api-version=2022-12-01",
        """{|LAMI101:"authentication"|}: { "type": "ManagedServiceIdentity" }""");

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Reported_when_the_app_has_no_identity(Rendering rendering) => VerifyAsync(rendering, Case, NoIdentity);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Reported_when_the_identity_type_is_none(Rendering rendering) => VerifyAsync(rendering, Case, NoneType);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Not_reported_with_an_identity_unknown_identity_or_standalone_definition(Rendering rendering)
    {
        var plain = JsonRenderings.StripMarkup(Case);
        return Task.WhenAll(
            VerifyAsync(rendering, plain, SystemOnly),
            VerifyAsync(rendering, plain, "new ManagedServiceIdentity(location.Name)"),
            VerifyAsync(rendering, plain));
    }

    [Fact]
    public Task Fix_adds_the_system_assigned_identity_to_the_data() => new CodeFixTest<CSharpLogicAppAnalyzer, PlanCodeFixProvider>
    {
        Source = Source(JsonRenderings.Render(Case, Rendering.RawString), NoIdentity),
        FixedSource = Source(JsonRenderings.Render(JsonRenderings.StripMarkup(Case), Rendering.RawString), NoIdentity)
            .Replace(
                "new LogicWorkflowData(location) { Definition = definition };",
                "new LogicWorkflowData(location) { Definition = definition, Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned) };"),
        EquivalenceKey = FixKeys.EnableSystemAssignedIdentity,
    }.RunAsync();

    [Fact]
    public Task Fix_turns_a_none_type_into_system_assigned() => new CodeFixTest<CSharpLogicAppAnalyzer, PlanCodeFixProvider>
    {
        Source = Source(JsonRenderings.Render(Case, Rendering.AnonymousObject), NoneType),
        FixedSource = Source(JsonRenderings.Render(JsonRenderings.StripMarkup(Case), Rendering.AnonymousObject), SystemOnly),
        EquivalenceKey = FixKeys.EnableSystemAssignedIdentity,
    }.RunAsync();
}

/// <summary>LAMI102: the named user-assigned identity is not attached.</summary>
public class LAMI102Tests
{
    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Unattached_identity_is_replaced_by_the_one_attached(Rendering rendering) => VerifyFixAsync(
        rendering,
        Http("https://management.azure.com/subscriptions", $$"""
            "authentication": { "type": "ManagedServiceIdentity", "identity": {|LAMI102:"{{Audit}}"|} }
            """),
        Http("https://management.azure.com/subscriptions", $$"""
            "authentication": { "type": "ManagedServiceIdentity", "identity": "{{Ops}}" }
            """),
        FixKeys.UseAttachedIdentity,
        UserOps);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task With_only_the_system_assigned_identity_the_identity_is_removed(Rendering rendering) => VerifyFixAsync(
        rendering,
        Http("https://management.azure.com/subscriptions", $$"""
            "authentication": { "type": "ManagedServiceIdentity", "identity": {|LAMI102:"{{Ops}}"|} }
            """),
        Http("https://management.azure.com/subscriptions", """
            "authentication": { "type": "ManagedServiceIdentity" }
            """),
        FixKeys.UseSystemAssignedInstead,
        SystemOnly);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Attached_identity_in_other_casing_and_expressions_are_not_reported(Rendering rendering) => Task.WhenAll(
        VerifyAsync(rendering, Http("https://management.azure.com/", $$"""
            "authentication": { "type": "ManagedServiceIdentity", "identity": "{{Ops.ToLowerInvariant()}}" }
            """), UserOps),
        VerifyAsync(rendering, Http("https://management.azure.com/", """
            "authentication": { "type": "ManagedServiceIdentity", "identity": "@parameters('identityId')" }
            """), UserOps),
        VerifyAsync(rendering, Http("https://management.azure.com/", $$"""
            "authentication": { "type": "ManagedServiceIdentity", "identity": "{{Audit}}" }
            """), "new ManagedServiceIdentity(location.Name)"));
}

/// <summary>LAMI103: no identity named, but the app has only user-assigned identities.</summary>
public class LAMI103Tests
{
    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task The_attached_identity_is_added(Rendering rendering) => VerifyFixAsync(
        rendering,
        Http("https://management.azure.com/subscriptions", """
            {|LAMI103:"authentication"|}: { "type": "ManagedServiceIdentity" }
            """),
        Http("https://management.azure.com/subscriptions", $$"""
            "authentication": { "type": "ManagedServiceIdentity", "identity": "{{Ops}}" }
            """),
        FixKeys.AddAttachedIdentity,
        UserOps);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Not_reported_when_the_system_identity_is_enabled(Rendering rendering) => VerifyAsync(
        rendering,
        Http("https://management.azure.com/subscriptions", """
            "authentication": { "type": "ManagedServiceIdentity" }
            """),
        SystemOnly);
}

/// <summary>LAMI111: the legacy identity value SystemAssigned.</summary>
public class LAMI111Tests
{
    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Legacy_value_is_removed(Rendering rendering) => VerifyFixAsync(
        rendering,
        Http("https://management.azure.com/subscriptions", """
            "authentication": { "type": "ManagedServiceIdentity", "identity": {|LAMI111:"SystemAssigned"|} }
            """),
        Http("https://management.azure.com/subscriptions", """
            "authentication": { "type": "ManagedServiceIdentity" }
            """),
        FixKeys.RemoveLegacyIdentity,
        SystemOnly);
}
