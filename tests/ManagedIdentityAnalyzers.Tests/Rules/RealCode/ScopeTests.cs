using System.Threading.Tasks;
using static ManagedIdentityAnalyzers.Tests.Rules.RealCode.RealCodeSource;

namespace ManagedIdentityAnalyzers.Tests.Rules.RealCode;

/// <summary>
/// The identity rules judge logic apps only, and LAMI007 only apps read back from Azure through the SDK's own
/// resource types.
/// </summary>
public class ScopeTests
{
    [Fact]
    public Task Identities_of_other_resources_are_out_of_scope() => VerifyAsync("""
        public async Task Deploy(ResourceGroupResource rg, AzureLocation location, string kind)
        {
            var webApp = new WebSiteData(location) { Kind = "app,linux", Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned) };
            await rg.GetWebSites().CreateOrUpdateAsync(WaitUntil.Completed, "portal", webApp);
            var unknown = new WebSiteData(location) { Kind = kind, Identity = new ManagedServiceIdentity("System Assigned") };
            await rg.GetWebSites().CreateOrUpdateAsync(WaitUntil.Completed, "other", unknown);
            var loose = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned);
            Register(loose);
        }

        private static void Register(ManagedServiceIdentity identity) { }
        """);

    [Fact]
    public Task A_standard_logic_app_is_in_scope() => VerifyAsync("""
        public async Task Deploy(ResourceGroupResource rg, AzureLocation location)
        {
            var app = new WebSiteData(location) { Kind = "functionapp,workflowapp", Identity = new ManagedServiceIdentity({|LAMI003:ManagedServiceIdentityType.UserAssigned|}) };
            await rg.GetWebSites().CreateOrUpdateAsync(WaitUntil.Completed, "orders", app);
        }
        """);

    [Fact]
    public Task Data_of_a_type_of_our_own_is_not_an_existing_app() => VerifyAsync("""
        public async Task Update(WorkflowJob job, ResourceGroupResource rg)
        {
            job.Data.Identity = null;
            job.Data.Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned);
            await job.RunAsync(rg);
        }
        """, """
        public sealed class WorkflowJob
        {
            public LogicWorkflowData Data { get; set; }
            public Task RunAsync(ResourceGroupResource rg) => Task.CompletedTask;
        }
        """);

    [Fact]
    public Task Data_read_back_through_the_sdk_is_an_existing_app() => VerifyAsync("""
        public async Task Update(ResourceGroupResource rg)
        {
            var workflow = (await rg.GetLogicWorkflowAsync("orders")).Value;
            var data = workflow.Data;
            data.Identity = {|LAMI007:null|};
            await workflow.UpdateAsync(WaitUntil.Completed, data);
        }
        """);
}
