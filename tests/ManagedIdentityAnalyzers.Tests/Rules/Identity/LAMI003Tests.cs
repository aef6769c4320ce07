using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Findings;
using static ManagedIdentityAnalyzers.Tests.Rules.Identity.IdentityIds;
using static ManagedIdentityAnalyzers.Tests.Rules.TypedCSharp;

namespace ManagedIdentityAnalyzers.Tests.Rules.Identity;

public class LAMI003Tests
{
    [Fact]
    public Task Consumption_user_assigned_without_entries_is_fixed_to_system_assigned() => VerifyFixAsync(
        """
        var data = new LogicWorkflowData(location)
        {
            Identity = new ManagedServiceIdentity({|LAMI003:ManagedServiceIdentityType.UserAssigned|}),
        };
        await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);
        """,
        """
        var data = new LogicWorkflowData(location)
        {
            Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned),
        };
        await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);
        """,
        FixKeys.UseSystemAssignedIdentity);

    [Fact]
    public Task Standard_type_set_by_assignment_is_reported() => VerifyFixAsync(
        """
        var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);
        identity.ManagedServiceIdentityType = {|LAMI003:ManagedServiceIdentityType.SystemAssignedUserAssigned|};
        var site = new WebSiteData(location) { Kind = "functionapp,workflowapp" };
        site.Identity = identity;
        """,
        """
        var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);
        identity.ManagedServiceIdentityType = ManagedServiceIdentityType.SystemAssigned;
        var site = new WebSiteData(location) { Kind = "functionapp,workflowapp" };
        site.Identity = identity;
        """);

    [Fact]
    public Task Not_reported_when_an_identity_is_listed_or_the_list_is_unknown() => VerifyAsync(
        $$"""
        var listed = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned);
        listed.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
        var first = new LogicWorkflowData(location) { Identity = listed };

        var handedOff = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned);
        AddIdentities(handedOff);
        var second = new LogicWorkflowData(location) { Identity = handedOff };

        var conditional = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned);
        if (input == "ops")
        {
            conditional.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
        }
        var third = new LogicWorkflowData(location) { Identity = conditional };

        static void AddIdentities(ManagedServiceIdentity identity) { }
        """);

    [Fact]
    public Task Plain_web_apps_and_unattached_identities_are_not_reported() => VerifyAsync(
        """
        var web = new WebSiteData(location) { Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned) };
        var loose = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned);
        """);
}
