using System.Threading.Tasks;
using static ManagedIdentityAnalyzers.Tests.Rules.Identity.IdentityIds;
using static ManagedIdentityAnalyzers.Tests.Rules.RealCode.RealCodeSource;

namespace ManagedIdentityAnalyzers.Tests.Rules.RealCode;

/// <summary>
/// A method that builds a logic app and returns it is read with its callers in the document: a caller that
/// completes or changes the object is where its state is final; a builder whose callers change nothing is judged at
/// its <c>return</c>.
/// </summary>
public class BuilderTests
{
    private const string Builder = """
        private static LogicWorkflowData Build(AzureLocation location) => new LogicWorkflowData(location)
        {
            Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned),
        };
        """;

    [Fact]
    public Task A_builder_completed_by_its_caller_is_not_reported() => VerifyAsync(Builder + $$"""

        public async Task Deploy(ResourceGroupResource rg, AzureLocation location)
        {
            var data = Build(location);
            data.Identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);
        }
        """);

    [Fact]
    public Task An_async_builder_completed_by_its_caller_is_not_reported() => VerifyAsync($$"""
        private static async Task<LogicWorkflowData> BuildAsync(AzureLocation location)
        {
            await Task.Yield();
            var data = new LogicWorkflowData(location) { Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned) };
            return data;
        }

        public async Task Deploy(ResourceGroupResource rg, AzureLocation location)
        {
            var data = await BuildAsync(location);
            data.Identity.UserAssignedIdentities[new ResourceIdentifier("{{Ops}}")] = new UserAssignedIdentity();
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);
        }
        """);

    [Fact]
    public Task A_builder_whose_caller_hands_it_on_is_not_reported() => VerifyAsync(Builder + """

        public Task Deploy(AzureLocation location, IWorkflowQueue queue) => queue.EnqueueAsync(Build(location));
        """, """
        public interface IWorkflowQueue { Task EnqueueAsync(LogicWorkflowData data); }
        """);

    [Fact]
    public Task A_builder_no_caller_changes_is_judged_at_its_return() => VerifyAsync("""
        private static LogicWorkflowData Build(AzureLocation location) => new LogicWorkflowData(location)
        {
            Identity = new ManagedServiceIdentity({|LAMI003:ManagedServiceIdentityType.UserAssigned|}),
        };

        public async Task Deploy(ResourceGroupResource rg, AzureLocation location)
        {
            var data = Build(location);
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);
        }
        """);

    [Fact]
    public Task A_caller_that_changes_something_else_leaves_the_mistake_certain() => VerifyAsync("""
        private static LogicWorkflowData Build(AzureLocation location) => new LogicWorkflowData(location)
        {
            Identity = new ManagedServiceIdentity({|LAMI003:ManagedServiceIdentityType.UserAssigned|}),
        };

        public async Task Deploy(ResourceGroupResource rg, AzureLocation location)
        {
            var data = Build(location);
            data.Definition = BinaryData.FromString("{ \"actions\": {} }");
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);
        }
        """);

    [Fact]
    public Task A_chain_of_builders_completed_at_the_top_is_not_reported() => VerifyAsync(Builder + $$"""

        private static LogicWorkflowData WithTags(AzureLocation location)
        {
            var data = Build(location);
            data.Tags["team"] = "orders";
            return data;
        }

        public async Task Deploy(ResourceGroupResource rg, AzureLocation location)
        {
            var data = WithTags(location);
            data.Identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);
        }
        """);

    [Fact]
    public Task An_identity_helper_completed_by_its_caller_is_not_reported() => VerifyAsync($$"""
        private static ManagedServiceIdentity UserAssigned() => new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned);

        public async Task Deploy(ResourceGroupResource rg, AzureLocation location)
        {
            var identity = UserAssigned();
            identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
            var data = new LogicWorkflowData(location) { Identity = identity };
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);
        }
        """);

    [Fact]
    public Task An_identity_helper_left_incomplete_is_reported_at_the_call() => VerifyAsync("""
        private static ManagedServiceIdentity UserAssigned() => new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned);

        public async Task Deploy(ResourceGroupResource rg, AzureLocation location)
        {
            var data = new LogicWorkflowData(location) { Identity = {|LAMI003:UserAssigned()|} };
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);
        }
        """);

    [Fact]
    public Task An_identity_from_a_helper_class_is_known() => VerifyAsync("""
        public async Task Deploy(ResourceGroupResource rg, AzureLocation location)
        {
            var data = new LogicWorkflowData(location) { Identity = {|LAMI001:Identities.Both()|} };
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);
        }
        """, $$"""
        public static class Identities
        {
            public static ManagedServiceIdentity Both()
            {
                var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssignedUserAssigned);
                identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
                return identity;
            }
        }
        """);

    [Fact]
    public Task A_builder_property_completed_by_its_caller_is_not_reported() => VerifyAsync($$"""
        private AzureLocation location = AzureLocation.WestEurope;

        private LogicWorkflowData NewWorkflow => new LogicWorkflowData(location)
        {
            Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned),
        };

        public async Task Deploy(ResourceGroupResource rg)
        {
            var data = NewWorkflow;
            data.Identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);
        }
        """);

    [Fact]
    public Task A_builder_lambda_completed_by_its_caller_is_not_reported() => VerifyAsync($$"""
        public async Task Deploy(ResourceGroupResource rg, AzureLocation location)
        {
            Func<LogicWorkflowData> build = () => new LogicWorkflowData(location)
            {
                Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned),
            };
            var data = build();
            data.Identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);
        }
        """);

    [Fact]
    public Task A_local_function_builder_completed_by_its_caller_is_not_reported() => VerifyAsync($$"""
        public async Task Deploy(ResourceGroupResource rg, AzureLocation location)
        {
            var data = Build();
            data.Identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);

            LogicWorkflowData Build() => new LogicWorkflowData(location) { Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned) };
        }
        """);

    [Fact]
    public Task A_template_in_a_field_is_not_judged_where_it_is_written() => VerifyAsync($$"""
        private static readonly LogicWorkflowData Template = new LogicWorkflowData(AzureLocation.WestEurope)
        {
            Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned),
        };

        public async Task Deploy(ResourceGroupResource rg)
        {
            Template.Identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", Template);
        }
        """);
}
