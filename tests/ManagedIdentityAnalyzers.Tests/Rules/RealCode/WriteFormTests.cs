using System.Threading.Tasks;
using static ManagedIdentityAnalyzers.Tests.Rules.Identity.IdentityIds;
using static ManagedIdentityAnalyzers.Tests.Rules.RealCode.RealCodeSource;

namespace ManagedIdentityAnalyzers.Tests.Rules.RealCode;

/// <summary>
/// Every way C# writes a member is read, or makes the member unknown; none leaves a member "absent" that code has set.
/// The definition uses managed identity, so a workflow left without an identity is LAMI101.
/// </summary>
public class WriteFormTests
{
    private const string Definition = """
        private static readonly BinaryData Flow = BinaryData.FromString(
            "{ \"actions\": { \"Call\": { \"type\": \"Http\", \"inputs\": { \"uri\": \"https://management.azure.com/subscriptions\", \"authentication\": { \"type\": \"ManagedServiceIdentity\" } } } } }");
        """;

    private static string Deploy(string body) => Definition + """

        public async Task Deploy(ResourceGroupResource rg, AzureLocation location, string input)
        {
        """ + "\n" + body + """

            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);
        }

        private static ManagedServiceIdentity LoadIdentity() => null;
        private static void LoadIdentity(out ManagedServiceIdentity identity) => identity = null;
        """;

    [Fact]
    public Task Coalescing_assignment_on_a_workflow_without_identity_sets_it() => VerifyAsync(Deploy("""
            var data = new LogicWorkflowData(location) { Definition = Flow };
            data.Identity ??= new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);
        """));

    [Fact]
    public Task Coalescing_assignment_is_read_like_an_assignment() => VerifyAsync(Deploy("""
            var data = new LogicWorkflowData(location) { Definition = Flow };
            data.Identity ??= new ManagedServiceIdentity({|LAMI003:ManagedServiceIdentityType.UserAssigned|});
        """));

    [Fact]
    public Task Coalescing_assignment_keeps_an_identity_already_set() => VerifyAsync(Deploy("""
            var data = new LogicWorkflowData(location) { Definition = Flow, Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned) };
            data.Identity ??= new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned);
        """));

    [Fact]
    public Task Deconstruction_makes_the_identity_unknown() => VerifyAsync(Deploy("""
            var data = new LogicWorkflowData(location) { Definition = Flow };
            (data.Identity, data.Location) = (LoadIdentity(), location);
        """));

    [Fact]
    public Task An_out_argument_is_not_followed() => VerifyAsync(Deploy("""
            var data = new LogicWorkflowData(location) { Definition = Flow };
            LoadIdentity(out var identity);
            data.Identity = identity;
        """));

    [Fact]
    public Task A_value_from_elsewhere_is_unknown() => VerifyAsync(Deploy("""
            var data = new LogicWorkflowData(location) { Definition = Flow };
            data.Identity = LoadIdentity();
        """));

    [Fact]
    public Task A_write_through_another_reference_is_read() => VerifyAsync(Deploy("""
            var data = new LogicWorkflowData(location) { Definition = Flow };
            var alias = data;
            alias.Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);
        """));

    [Fact]
    public Task A_write_through_another_reference_to_the_identity_is_read() => VerifyAsync(Deploy("""
            var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);
            var data = new LogicWorkflowData(location) { Definition = Flow, Identity = identity };
            var same = data.Identity;
            same.ManagedServiceIdentityType = {|LAMI003:ManagedServiceIdentityType.UserAssigned|};
        """));

    [Fact]
    public Task A_local_written_twice_is_not_followed() => VerifyAsync(Deploy("""
            var data = new LogicWorkflowData(location) { Definition = Flow };
            if (input == "prod")
            {
                data = new LogicWorkflowData(location) { Definition = Flow, Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned) };
            }
        """));

    [Fact]
    public Task A_workflow_left_without_identity_is_still_reported() => VerifyAsync(Definition + """

        public async Task Deploy(ResourceGroupResource rg, AzureLocation location)
        {
            var data = new LogicWorkflowData(location) { Definition = Flow };
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);
        }
        """.Replace("\\\"authentication\\\"", "{|LAMI101:\\\"authentication\\\"|}"));
}
