using System.Threading.Tasks;
using static ManagedIdentityAnalyzers.Tests.Rules.Identity.IdentityIds;
using static ManagedIdentityAnalyzers.Tests.Rules.RealCode.RealCodeSource;

namespace ManagedIdentityAnalyzers.Tests.Rules.RealCode;

/// <summary>
/// The user-assigned list follows its operations: <c>Clear</c> leaves it known and empty, <c>Remove</c> of a known
/// key removes that entry, <c>Add</c> of a <c>KeyValuePair</c> and <c>TryAdd</c> add one. An operation that is not
/// understood leaves only what is certain, and no rule judges a partial list as if it were whole.
/// </summary>
public class CollectionTests
{
    private static string Deploy(string type, string operations, string plan = "var data = new LogicWorkflowData(location) { Identity = identity };") => $$"""
        private const string Ops = "{{Ops}}";
        private const string Audit = "{{Audit}}";

        public async Task Deploy(ResourceGroupResource rg, AzureLocation location, string input)
        {
            var identity = new ManagedServiceIdentity({{type}});
            identity.UserAssignedIdentities.Add(new ResourceIdentifier(Ops), new UserAssignedIdentity());
            {{operations}}
            {{plan}}
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);
        }
        """;

    [Fact]
    public Task Cleared_list_is_known_empty() => VerifyAsync(Deploy(
        "{|LAMI003:ManagedServiceIdentityType.UserAssigned|}",
        "identity.UserAssignedIdentities.Clear();"));

    [Fact]
    public Task Cleared_and_refilled_list_holds_what_was_added() => VerifyAsync(Deploy(
        "ManagedServiceIdentityType.UserAssigned",
        """
        identity.UserAssignedIdentities.Clear();
        identity.UserAssignedIdentities.Add(new ResourceIdentifier(Audit), new UserAssignedIdentity());
        """));

    [Fact]
    public Task Removing_a_known_key_removes_that_entry() => VerifyAsync(Deploy(
        "ManagedServiceIdentityType.UserAssigned",
        """
        identity.UserAssignedIdentities.Add(new ResourceIdentifier(Audit), new UserAssignedIdentity());
        identity.UserAssignedIdentities.Remove(new ResourceIdentifier(Audit));
        """));

    [Fact]
    public Task Removing_the_only_key_leaves_it_empty() => VerifyAsync(Deploy(
        "{|LAMI003:ManagedServiceIdentityType.UserAssigned|}",
        "identity.UserAssignedIdentities.Remove(new ResourceIdentifier(Ops));"));

    [Theory]
    [InlineData("ManagedServiceIdentityType.UserAssigned")]
    [InlineData("ManagedServiceIdentityType.SystemAssigned")]
    public Task Removing_an_unknown_key_leaves_nothing_certain(string type) => VerifyAsync(Deploy(
        type,
        "identity.UserAssignedIdentities.Remove(new ResourceIdentifier(input));"));

    [Fact]
    public Task A_key_value_pair_adds_an_entry() => VerifyAsync(Deploy(
        "{|LAMI004:ManagedServiceIdentityType.SystemAssigned|}",
        "identity.UserAssignedIdentities.Clear(); identity.UserAssignedIdentities.Add(new KeyValuePair<ResourceIdentifier, UserAssignedIdentity>(new ResourceIdentifier(Audit), new UserAssignedIdentity()));"));

    [Fact]
    public Task TryAdd_of_a_new_key_adds_it_and_of_a_present_key_does_nothing() => VerifyAsync(Deploy(
        "ManagedServiceIdentityType.UserAssigned",
        """
        identity.UserAssignedIdentities.TryAdd(new ResourceIdentifier(Ops), new UserAssignedIdentity());
        identity.UserAssignedIdentities.TryAdd({|LAMI002:new ResourceIdentifier(Audit)|}, new UserAssignedIdentity());
        """));

    [Fact]
    public Task An_operation_not_understood_leaves_nothing_certain() => VerifyAsync(Deploy(
        "ManagedServiceIdentityType.SystemAssigned",
        "IdentityCatalog.Replace(identity.UserAssignedIdentities);")
        + "\nprivate static class IdentityCatalog { public static void Replace(IDictionary<ResourceIdentifier, UserAssignedIdentity> list) => list.Clear(); }");
}
