using System.Threading.Tasks;
using static ManagedIdentityAnalyzers.Tests.Rules.Identity.IdentityIds;
using static ManagedIdentityAnalyzers.Tests.Rules.TypedCSharp;

namespace ManagedIdentityAnalyzers.Tests.Rules.Identity;

public class LAMI002Tests
{
    [Fact]
    public Task Second_and_later_keys_are_reported() => VerifyAsync(
        $$"""
        const string Third = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/infra/providers/Microsoft.ManagedIdentity/userAssignedIdentities/third";
        var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned);
        identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
        identity.UserAssignedIdentities.Add({|LAMI002:new ResourceIdentifier("{{Audit}}")|}, new UserAssignedIdentity());
        identity.UserAssignedIdentities[{|LAMI002:new ResourceIdentifier(Third)|}] = new UserAssignedIdentity();
        var data = new LogicWorkflowData(location) { Identity = identity };
        await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);
        """);

    [Fact]
    public Task Keys_in_a_collection_initializer_are_read() => VerifyAsync(
        $$"""
        var data = new LogicWorkflowData(location)
        {
            Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned)
            {
                UserAssignedIdentities =
                {
                    { new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity() },
                    { {|LAMI002:rg.Id.AppendProviderResource("Microsoft.ManagedIdentity", "userAssignedIdentities", input)|}, new UserAssignedIdentity() },
                },
            },
        };
        """);

    [Fact]
    public Task The_same_id_twice_counts_once() => VerifyAsync(
        $$"""
        var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned);
        identity.UserAssignedIdentities[new ResourceIdentifier("{{Ops}}")] = new UserAssignedIdentity();
        identity.UserAssignedIdentities[new ResourceIdentifier("{{Ops.ToUpperInvariant()}}")] = new UserAssignedIdentity();
        var data = new LogicWorkflowData(location) { Identity = identity };
        """);

    [Fact]
    public Task Indexer_writes_that_may_overwrite_are_not_counted_twice() => VerifyAsync(
        $$"""
        var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned);
        identity.UserAssignedIdentities[new ResourceIdentifier(input)] = new UserAssignedIdentity();
        identity.UserAssignedIdentities[new ResourceIdentifier("{{Ops}}")] = new UserAssignedIdentity();
        identity.UserAssignedIdentities[rg.Id.AppendProviderResource("Microsoft.ManagedIdentity", "userAssignedIdentities", input)] = new UserAssignedIdentity();
        var data = new LogicWorkflowData(location) { Identity = identity };
        """);

    [Fact]
    public Task Add_after_an_unknown_key_is_another_identity() => VerifyAsync(
        $$"""
        var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned);
        identity.UserAssignedIdentities[new ResourceIdentifier(input)] = new UserAssignedIdentity();
        identity.UserAssignedIdentities.Add({|LAMI002:new ResourceIdentifier("{{Ops}}")|}, new UserAssignedIdentity());
        var data = new LogicWorkflowData(location) { Identity = identity };
        """);

    [Fact]
    public Task Standard_apps_and_plain_web_apps_are_not_reported() => VerifyAsync(
        $$"""
        var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned);
        identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
        identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Audit}}"), new UserAssignedIdentity());
        var site = new WebSiteData(location) { Kind = "functionapp,workflowapp", Identity = identity };
        var web = new WebSiteData(location) { Kind = "app", Identity = identity };
        var unknownKind = new WebSiteData(location) { Kind = input, Identity = identity };
        """);
}
