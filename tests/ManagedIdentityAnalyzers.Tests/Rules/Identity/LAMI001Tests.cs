using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Findings;
using static ManagedIdentityAnalyzers.Tests.Rules.Identity.IdentityIds;
using static ManagedIdentityAnalyzers.Tests.Rules.TypedCSharp;

namespace ManagedIdentityAnalyzers.Tests.Rules.Identity;

public class LAMI001Tests
{
    [Fact]
    public Task Keep_user_assigned_is_the_first_fix_when_one_is_listed() => VerifyFixAsync(
        $$"""
        var identity = new ManagedServiceIdentity({|LAMI001:ManagedServiceIdentityType.SystemAssignedUserAssigned|});
        identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
        var data = new LogicWorkflowData(location) { Identity = identity };
        await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);
        """,
        $$"""
        var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned);
        identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
        var data = new LogicWorkflowData(location) { Identity = identity };
        await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);
        """,
        equivalenceKey: null);

    [Fact]
    public Task Keep_system_assigned_removes_the_add_statements() => VerifyFixAsync(
        $$"""
        var identity = new ManagedServiceIdentity({|LAMI001:ManagedServiceIdentityType.SystemAssignedUserAssigned|});
        identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
        var data = new LogicWorkflowData(location) { Identity = identity };
        """,
        """
        var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);
        var data = new LogicWorkflowData(location) { Identity = identity };
        """,
        FixKeys.KeepSystemAssignedIdentity);

    [Fact]
    public Task Keep_system_assigned_removes_initializer_elements() => VerifyFixAsync(
        $$"""
        var data = new LogicWorkflowData(location)
        {
            Identity = new ManagedServiceIdentity({|LAMI001:"SystemAssigned, UserAssigned"|})
            {
                UserAssignedIdentities =
                {
                    [new ResourceIdentifier("{{Ops}}")] = new UserAssignedIdentity(),
                },
            },
        };
        """,
        """
        var data = new LogicWorkflowData(location)
        {
            Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned)
            {
                UserAssignedIdentities =
                {
                },
            },
        };
        """,
        FixKeys.KeepSystemAssignedIdentity);

    [Fact]
    public Task Keep_system_assigned_is_the_only_fix_when_none_is_listed() => new Verification.CodeFixTest<Entry.CSharpLogicAppAnalyzer, CodeFixes.Providers.PlanCodeFixProvider>
    {
        Source = Method("""
            var data = new LogicWorkflowData(location) { Identity = new ManagedServiceIdentity({|LAMI001:{|LAMI003:ManagedServiceIdentityType.SystemAssignedUserAssigned|}|}) };
            """),
        FixedSource = Method("""
            var data = new LogicWorkflowData(location) { Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned) };
            """),
        EquivalenceKey = FixKeys.KeepSystemAssignedIdentity,
    }.RunAsync();

    /// <summary>
    /// The workflow uses the system-assigned identity (LAMI103 after "keep the user-assigned identity"): keeping the
    /// system-assigned identity is the fix.
    /// </summary>
    [Fact]
    public Task Keep_system_assigned_is_the_fix_when_the_workflow_uses_it() => VerifyFixAsync(
        $$""""
        var identity = new ManagedServiceIdentity({|LAMI001:ManagedServiceIdentityType.SystemAssignedUserAssigned|});
        identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
        var data = new LogicWorkflowData(location)
        {
            Identity = identity,
            Definition = BinaryData.FromString("""{ "actions": { "A": { "type": "Http", "inputs": { "uri": "https://management.azure.com/x", "authentication": { "type": "ManagedServiceIdentity" } } } } }"""),
        };
        """",
        """"
        var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);
        var data = new LogicWorkflowData(location)
        {
            Identity = identity,
            Definition = BinaryData.FromString("""{ "actions": { "A": { "type": "Http", "inputs": { "uri": "https://management.azure.com/x", "authentication": { "type": "ManagedServiceIdentity" } } } } }"""),
        };
        """",
        equivalenceKey: null);

    /// <summary>The legacy <c>"identity": "SystemAssigned"</c> means the system-assigned identity: keeping it is the fix.</summary>
    [Fact]
    public Task The_legacy_identity_value_counts_as_the_system_identity() => VerifyFixAsync(
        $$""""
        var identity = new ManagedServiceIdentity({|LAMI001:ManagedServiceIdentityType.SystemAssignedUserAssigned|});
        identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
        var data = new LogicWorkflowData(location)
        {
            Identity = identity,
            Definition = BinaryData.FromString("""{ "actions": { "A": { "type": "Http", "inputs": { "uri": "https://management.azure.com/x", "authentication": { "type": "ManagedServiceIdentity", "identity": {|LAMI111:"SystemAssigned"|} } } } } }"""),
        };
        """",
        """"
        var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);
        var data = new LogicWorkflowData(location)
        {
            Identity = identity,
            Definition = BinaryData.FromString("""{ "actions": { "A": { "type": "Http", "inputs": { "uri": "https://management.azure.com/x", "authentication": { "type": "ManagedServiceIdentity", "identity": {|LAMI111:"SystemAssigned"|} } } } } }"""),
        };
        """",
        FixKeys.KeepSystemAssignedIdentity);

    /// <summary>The workflow uses both identities: whichever is turned off breaks an action, so there is no fix.</summary>
    [Fact]
    public Task No_fix_when_the_workflow_uses_both_identities() => VerifyAsync(
        $$""""
        var identity = new ManagedServiceIdentity({|LAMI001:ManagedServiceIdentityType.SystemAssignedUserAssigned|});
        identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
        var data = new LogicWorkflowData(location)
        {
            Identity = identity,
            Definition = BinaryData.FromString("""
                { "actions": {
                    "A": { "type": "Http", "inputs": { "uri": "https://management.azure.com/x", "authentication": { "type": "ManagedServiceIdentity" } } },
                    "B": { "type": "Http", "inputs": { "uri": "https://management.azure.com/y", "authentication": { "type": "ManagedServiceIdentity", "identity": "{{Ops}}" } } }
                } }
                """),
        };
        """");

    [Fact]
    public Task Non_canonical_combined_string_is_judged_by_its_meaning() => VerifyAsync(
        $$"""
        var identity = new ManagedServiceIdentity({|LAMI001:{|LAMI006:"SystemAssigned,UserAssigned"|}|});
        identity.UserAssignedIdentities[new ResourceIdentifier("{{Ops}}")] = new UserAssignedIdentity();
        var data = new LogicWorkflowData(location);
        data.Identity = identity;
        """);

    [Fact]
    public Task Standard_apps_may_have_both_identities() => VerifyAsync(
        $$"""
        var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssignedUserAssigned);
        identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
        identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Audit}}"), new UserAssignedIdentity());
        var site = new WebSiteData(location) { Kind = "functionapp,workflowapp", Identity = identity };
        await rg.GetWebSites().CreateOrUpdateAsync(WaitUntil.Completed, "orders-std", site);
        """);

    [Fact]
    public Task Not_reported_for_unknown_or_conditional_types() => VerifyAsync(
        $$"""
        var identity = new ManagedServiceIdentity(input);
        identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
        var data = new LogicWorkflowData(location) { Identity = identity };
        var other = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);
        if (input.Length > 3)
        {
            other.ManagedServiceIdentityType = ManagedServiceIdentityType.SystemAssignedUserAssigned;
        }
        var second = new LogicWorkflowData(location) { Identity = other };
        """);

    [Fact]
    public Task Identity_not_attached_to_a_workflow_is_not_reported() => VerifyAsync(
        """
        var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssignedUserAssigned);
        """);
}
