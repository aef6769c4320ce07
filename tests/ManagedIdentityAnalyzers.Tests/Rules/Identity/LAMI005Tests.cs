using System.Threading.Tasks;
using static ManagedIdentityAnalyzers.Tests.Rules.Identity.IdentityIds;
using static ManagedIdentityAnalyzers.Tests.Rules.TypedCSharp;

namespace ManagedIdentityAnalyzers.Tests.Rules.Identity;

public class LAMI005Tests
{
    [Fact]
    public Task Names_client_ids_and_other_resource_types_are_reported() => VerifyAsync(
        """
        var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned);
        identity.UserAssignedIdentities.Add({|LAMI005:new ResourceIdentifier("ops-identity")|}, new UserAssignedIdentity());
        var site = new WebSiteData(location) { Kind = "functionapp,workflowapp", Identity = identity };
        var other = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned);
        other.UserAssignedIdentities.Add({|LAMI005:new ResourceIdentifier("6f1c3b0e-1f5d-4c8a-9a47-2d1b8d1e0c11")|}, new UserAssignedIdentity());
        other.UserAssignedIdentities.Add({|LAMI005:rg.Id.AppendProviderResource("Microsoft.Storage", "storageAccounts", input)|}, new UserAssignedIdentity());
        var otherSite = new WebSiteData(location) { Kind = "functionapp,workflowapp", Identity = other };
        """);

    [Fact]
    public Task Resource_ids_in_every_form_are_accepted() => VerifyAsync(
        $$"""
        var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned);
        identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
        identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops.ToLowerInvariant().Replace("/ops", "/lower")}}"), new UserAssignedIdentity());
        identity.UserAssignedIdentities.Add(new ResourceIdentifier($"/subscriptions/{input}/resourceGroups/{input}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/{input}"), new UserAssignedIdentity());
        identity.UserAssignedIdentities.Add(rg.Id.AppendProviderResource("Microsoft.ManagedIdentity", "userAssignedIdentities", "ops2"), new UserAssignedIdentity());
        identity.UserAssignedIdentities.Add(ResourceIdentifier.Parse(input), new UserAssignedIdentity());
        identity.UserAssignedIdentities.Add(new ResourceIdentifier(input), new UserAssignedIdentity());
        var site = new WebSiteData(location) { Kind = "functionapp,workflowapp", Identity = identity };
        """);
}
