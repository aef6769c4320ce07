using System.Threading.Tasks;
using static ManagedIdentityAnalyzers.Tests.Rules.Identity.IdentityIds;
using static ManagedIdentityAnalyzers.Tests.Rules.RealCode.RealCodeSource;

namespace ManagedIdentityAnalyzers.Tests.Rules.RealCode;

/// <summary>
/// Where an object's state is final: the SDK's own methods (by symbol), not a method of ours with the same name. An
/// object handed to code the analyzer does not follow is unknown from then on, whatever that code does.
/// </summary>
public class HandOffTests
{
    /// <summary>A workflow whose user-assigned identity list is empty: LAMI003 if nothing completes it.</summary>
    private const string Incomplete = "var data = new LogicWorkflowData(location) { Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned) };";

    [Fact]
    public Task The_sdk_receives_the_final_state() => VerifyAsync("""
        public async Task Deploy(ResourceGroupResource rg, AzureLocation location)
        {
            var data = new LogicWorkflowData(location) { Identity = new ManagedServiceIdentity({|LAMI003:ManagedServiceIdentityType.UserAssigned|}) };
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);
            Audit(data);
        }

        private static void Audit(LogicWorkflowData data) { }
        """);

    [Fact]
    public Task A_method_of_ours_named_CreateOrUpdateAsync_is_a_hand_off() => VerifyAsync($$"""
        public async Task Deploy(ResourceGroupResource rg, AzureLocation location)
        {
            {{Incomplete}}
            await CreateOrUpdateAsync(rg, "orders", data);
        }

        // The team's deployer adds the shared identity before it deploys.
        private static async Task CreateOrUpdateAsync(ResourceGroupResource rg, string name, LogicWorkflowData data)
        {
            data.Identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, name, data);
        }
        """);

    [Fact]
    public Task A_deployer_class_of_our_own_is_a_hand_off() => VerifyAsync($$"""
        public async Task Deploy(ResourceGroupResource rg, AzureLocation location)
        {
            {{Incomplete}}
            var deployer = new WorkflowDeployer(rg);
            await deployer.CreateOrUpdateAsync("orders", data);
        }
        """, $$"""
        public sealed class WorkflowDeployer
        {
            private readonly ResourceGroupResource rg;
            public WorkflowDeployer(ResourceGroupResource rg) => this.rg = rg;
            public async Task CreateOrUpdateAsync(string name, LogicWorkflowData data)
            {
                data.Identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
                await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, name, data);
            }
        }
        """);

    [Theory]
    [InlineData("var job = new DeploymentJob(data);")]
    [InlineData("var job = new DeploymentJob { Data = data };")]
    [InlineData("var job = new DeploymentJob(); job.Data = data;")]
    [InlineData("var batch = new[] { data };")]
    [InlineData("var batch = new List<LogicWorkflowData> { data };")]
    [InlineData("var batch = new List<LogicWorkflowData>(); batch.Add(data);")]
    [InlineData("var work = (name: \"orders\", data);")]
    [InlineData("pending = data;")]
    [InlineData("Action complete = () => data.Identity.UserAssignedIdentities.Add(new ResourceIdentifier(TeamIdentity), new UserAssignedIdentity()); complete();")]
    [InlineData("void Complete() => data.Identity.UserAssignedIdentities.Add(new ResourceIdentifier(TeamIdentity), new UserAssignedIdentity()); Complete();")]
    [InlineData("Configure(ref data);")]
    [InlineData("var other = input == \"x\" ? data : null;")]
    [InlineData("var sent = data ?? new LogicWorkflowData(location);")]
    public Task An_object_handed_off_is_unknown_after(string handOff) => VerifyAsync($$"""
        private const string TeamIdentity = "{{Ops}}";
        private LogicWorkflowData pending;

        public async Task Deploy(ResourceGroupResource rg, AzureLocation location, string input)
        {
            {{Incomplete}}
            {{handOff}}
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);
        }

        private static void Configure(ref LogicWorkflowData data) { }
        """, """
        public sealed class DeploymentJob
        {
            public DeploymentJob() { }
            public DeploymentJob(LogicWorkflowData data) => Data = data;
            public LogicWorkflowData Data { get; set; }
        }
        """);

    [Fact]
    public Task An_identity_handed_off_is_unknown_after() => VerifyAsync("""
        public async Task Deploy(ResourceGroupResource rg, AzureLocation location)
        {
            var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned);
            IdentityCatalog.AddTeamIdentities(identity.UserAssignedIdentities);
            var data = new LogicWorkflowData(location) { Identity = identity };
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);
        }
        """, """
        public static class IdentityCatalog
        {
            public static void AddTeamIdentities(IDictionary<ResourceIdentifier, UserAssignedIdentity> identities) { }
        }
        """);
}
