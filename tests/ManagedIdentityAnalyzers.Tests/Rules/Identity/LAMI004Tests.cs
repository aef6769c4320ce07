using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Findings;
using static ManagedIdentityAnalyzers.Tests.Rules.Identity.IdentityIds;
using static ManagedIdentityAnalyzers.Tests.Rules.TypedCSharp;

namespace ManagedIdentityAnalyzers.Tests.Rules.Identity;

public class LAMI004Tests
{
    [Fact]
    public Task Consumption_system_assigned_with_entries_becomes_user_assigned() => VerifyFixAsync(
        $$"""
        var identity = new ManagedServiceIdentity({|LAMI004:ManagedServiceIdentityType.SystemAssigned|});
        identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
        var data = new LogicWorkflowData(location) { Identity = identity };
        """,
        $$"""
        var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned);
        identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
        var data = new LogicWorkflowData(location) { Identity = identity };
        """,
        FixKeys.IncludeUserAssignedInType);

    [Fact]
    public Task Standard_system_assigned_keeps_it_and_adds_user_assigned() => VerifyFixAsync(
        $$"""
        var identity = new ManagedServiceIdentity({|LAMI004:ManagedServiceIdentityType.SystemAssigned|});
        identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
        var site = new WebSiteData(location) { Kind = "functionapp,workflowapp", Identity = identity };
        """,
        $$"""
        var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssignedUserAssigned);
        identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
        var site = new WebSiteData(location) { Kind = "functionapp,workflowapp", Identity = identity };
        """);

    [Fact]
    public Task Standard_none_becomes_user_assigned() => VerifyFixAsync(
        $$"""
        var identity = new ManagedServiceIdentity({|LAMI004:"None"|});
        identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
        var site = new WebSiteData(location) { Kind = "functionapp,workflowapp", Identity = identity };
        """,
        $$"""
        var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned);
        identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
        var site = new WebSiteData(location) { Kind = "functionapp,workflowapp", Identity = identity };
        """);

    [Fact]
    public Task Message_names_the_type_to_set() => new Verification.AnalyzerTest<Entry.CSharpLogicAppAnalyzer>
    {
        Source = Method($$"""
            var identity = new ManagedServiceIdentity({|#0:ManagedServiceIdentityType.None|});
            identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
            var data = new LogicWorkflowData(location) { Identity = identity };
            """),
        ExpectedDiagnostics =
        {
            Verification.Verify.Diagnostic("LAMI004").WithLocation(0).WithMessage("User-assigned identities are listed but the identity type 'None' excludes UserAssigned: set the type to 'UserAssigned'"),
        },
    }.RunAsync();

    [Fact]
    public Task Not_reported_for_unknown_types_or_when_the_type_includes_user_assigned() => VerifyAsync(
        $$"""
        var unknown = new ManagedServiceIdentity(input);
        unknown.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
        var first = new LogicWorkflowData(location) { Identity = unknown };
        var fine = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned);
        fine.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
        var second = new LogicWorkflowData(location) { Identity = fine };
        """);
}
