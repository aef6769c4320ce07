using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Entry;
using ManagedIdentityAnalyzers.Tests.Verification;
using static ManagedIdentityAnalyzers.Tests.Rules.Identity.IdentityIds;

namespace ManagedIdentityAnalyzers.Tests.Rules.Identity;

/// <summary>LAMI007: an update of an existing logic app (its <c>Data</c> read back and sent again) turns its system-assigned identity off.</summary>
public class LAMI007Tests
{
    /// <summary>The body runs in <c>async Task Update(LogicWorkflowResource workflow, ResourceGroupResource rg, AzureLocation location, string input)</c>.</summary>
    private static string Existing(string body) => TypedCSharp.Usings + """
        public class Updates
        {
            public async Task Update(LogicWorkflowResource workflow, ResourceGroupResource rg, AzureLocation location, string input)
            {
        """ + "\n" + Indent(body) + """

                await Task.CompletedTask;
            }
        }
        """;

    private static Task VerifyAsync(string body) => new AnalyzerTest<CSharpLogicAppAnalyzer> { Source = Existing(body) }.RunAsync();

    [Fact]
    public Task Identity_set_to_null_is_reported_on_the_null() => VerifyAsync("""
        var data = workflow.Data;
        data.Identity = {|LAMI007:null|};
        await workflow.UpdateAsync(WaitUntil.Completed, data);
        """);

    [Fact]
    public Task Identity_removed_through_the_data_property_is_reported() => VerifyAsync("""
        workflow.Data.Identity = {|LAMI007:null|};
        workflow.Update(WaitUntil.Completed, workflow.Data);
        """);

    [Fact]
    public Task Identity_replaced_by_a_user_assigned_one_is_reported_on_the_type() => VerifyAsync($$"""
        var data = workflow.Data;
        data.Identity = new ManagedServiceIdentity({|LAMI007:ManagedServiceIdentityType.UserAssigned|});
        data.Identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
        await workflow.UpdateAsync(WaitUntil.Completed, data);
        """);

    [Fact]
    public Task Type_of_the_existing_identity_set_to_none_is_reported() => VerifyAsync("""
        var data = workflow.Data;
        data.Identity.ManagedServiceIdentityType = {|LAMI007:ManagedServiceIdentityType.None|};
        await workflow.UpdateAsync(WaitUntil.Completed, data);
        """);

    [Fact]
    public Task Type_of_the_existing_identity_set_to_user_assigned_is_reported() => VerifyAsync("""
        var data = workflow.Data;
        data.Identity.ManagedServiceIdentityType = {|LAMI007:ManagedServiceIdentityType.UserAssigned|};
        await workflow.UpdateAsync(WaitUntil.Completed, data);
        """);

    [Fact]
    public Task Update_through_create_or_update_of_a_fetched_workflow_is_reported() => VerifyAsync("""
        LogicWorkflowResource orders = await rg.GetLogicWorkflows().GetAsync("orders");
        var data = orders.Data;
        data.Identity = new ManagedServiceIdentity({|LAMI007:"None"|});
        await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);
        """);

    [Fact]
    public Task Documented_example_is_reported() => VerifyAsync($$"""
        var workflows = rg.GetLogicWorkflows();
        LogicWorkflowResource orders = await workflows.GetAsync("orders");
        orders.Data.Identity = new ManagedServiceIdentity({|LAMI007:ManagedServiceIdentityType.UserAssigned|});
        orders.Data.Identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
        await orders.UpdateAsync(WaitUntil.Completed, orders.Data);

        LogicWorkflowResource billing = await workflows.GetAsync("billing");
        billing.Data.Identity = {|LAMI007:null|};
        await billing.UpdateAsync(WaitUntil.Completed, billing.Data);
        """);

    [Fact]
    public Task Removal_with_a_managed_identity_workflow_is_LAMI101_not_LAMI007() => VerifyAsync(""""
        var data = workflow.Data;
        data.Identity = null;
        data.Definition = BinaryData.FromString("""
            { "actions": { "Get_secret": { "type": "Http", "inputs": { "uri": "https://contoso.vault.azure.net/secrets/db?api-version=7.4", {|LAMI101:"authentication"|}: { "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net" } } } } }
            """);
        await workflow.UpdateAsync(WaitUntil.Completed, data);
        """");

    [Fact]
    public Task Removal_with_a_workflow_without_managed_identity_is_reported() => VerifyAsync(""""
        var data = workflow.Data;
        data.Identity = {|LAMI007:null|};
        data.Definition = BinaryData.FromString("""
            { "actions": { "Call": { "type": "Http", "inputs": { "uri": "https://contoso.example.com/api" } } } }
            """);
        await workflow.UpdateAsync(WaitUntil.Completed, data);
        """");

    [Fact]
    public Task Message_says_what_the_update_does() => new AnalyzerTest<CSharpLogicAppAnalyzer>
    {
        Source = Existing("""
            var data = workflow.Data;
            data.Identity = {|#0:null|};
            await workflow.UpdateAsync(WaitUntil.Completed, data);
            """),
        ExpectedDiagnostics =
        {
            Verify.Diagnostic("LAMI007").WithLocation(0).WithMessage(
                "This update of an existing logic app removes its managed identity: the identity's object ID is deleted and every connection that uses it must be recreated, even if it is enabled again"),
        },
    }.RunAsync();

    [Fact]
    public Task Message_names_the_new_type() => new AnalyzerTest<CSharpLogicAppAnalyzer>
    {
        Source = Existing("""
            var data = workflow.Data;
            data.Identity.ManagedServiceIdentityType = {|#0:ManagedServiceIdentityType.UserAssigned|};
            await workflow.UpdateAsync(WaitUntil.Completed, data);
            """),
        ExpectedDiagnostics =
        {
            Verify.Diagnostic("LAMI007").WithLocation(0).WithMessage(
                "This update of an existing logic app sets its identity type to 'UserAssigned': the identity's object ID is deleted and every connection that uses it must be recreated, even if it is enabled again"),
        },
    }.RunAsync();

    [Fact]
    public Task New_data_is_not_reported() => VerifyAsync("""
        var data = new LogicWorkflowData(location);
        data.Identity = null;
        await workflow.UpdateAsync(WaitUntil.Completed, data);
        var created = new LogicWorkflowData(location) { Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.None) };
        await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", created);
        """);

    [Theory]
    [InlineData("ManagedServiceIdentityType.SystemAssigned")]
    [InlineData("\"SystemAssigned\"")]
    public Task System_assigned_type_is_not_reported(string type) => VerifyAsync($$"""
        var data = workflow.Data;
        data.Identity.ManagedServiceIdentityType = {{type}};
        await workflow.UpdateAsync(WaitUntil.Completed, data);
        """);

    [Fact]
    public Task New_system_assigned_identity_is_not_reported() => VerifyAsync("""
        var data = workflow.Data;
        data.Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);
        await workflow.UpdateAsync(WaitUntil.Completed, data);
        """);

    [Fact]
    public Task Both_identities_are_LAMI001_not_LAMI007() => VerifyAsync($$"""
        var data = workflow.Data;
        data.Identity = new ManagedServiceIdentity({|LAMI001:ManagedServiceIdentityType.SystemAssignedUserAssigned|});
        data.Identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
        await workflow.UpdateAsync(WaitUntil.Completed, data);
        """);

    /// <summary>Keeping only the user-assigned identity would delete the existing app's system identity: that fix is not offered.</summary>
    [Fact]
    public Task Both_identities_on_an_existing_app_are_fixed_by_keeping_the_system_identity() => new CodeFixTest<CSharpLogicAppAnalyzer, CodeFixes.Providers.PlanCodeFixProvider>
    {
        Source = Existing($$"""
            var data = workflow.Data;
            data.Identity = new ManagedServiceIdentity({|LAMI001:ManagedServiceIdentityType.SystemAssignedUserAssigned|});
            data.Identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
            await workflow.UpdateAsync(WaitUntil.Completed, data);
            """),
        FixedSource = Existing("""
            var data = workflow.Data;
            data.Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);
            await workflow.UpdateAsync(WaitUntil.Completed, data);
            """),
    }.RunAsync();

    /// <summary>SystemAssigned to UserAssigned would turn the existing app's system identity off: no fix.</summary>
    [Fact]
    public Task User_assigned_identities_without_the_type_on_an_existing_app_get_no_fix() => VerifyAsync($$"""
        var data = workflow.Data;
        data.Identity = new ManagedServiceIdentity({|LAMI004:ManagedServiceIdentityType.SystemAssigned|});
        data.Identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
        await workflow.UpdateAsync(WaitUntil.Completed, data);
        """);

    [Fact]
    public Task Changes_never_sent_are_not_reported() => VerifyAsync("""
        var data = workflow.Data;
        data.Identity = null;
        """);

    [Fact]
    public Task Type_change_never_sent_is_not_reported() => VerifyAsync("""
        var data = workflow.Data;
        data.Identity.ManagedServiceIdentityType = ManagedServiceIdentityType.None;
        """);

    [Fact]
    public Task Unknown_identities_and_types_are_not_reported() => VerifyAsync("""
        var data = workflow.Data;
        data.Identity = Choose(input);
        await workflow.UpdateAsync(WaitUntil.Completed, data);
        data.Identity = new ManagedServiceIdentity(input);
        await workflow.UpdateAsync(WaitUntil.Completed, data);
        data.Identity.ManagedServiceIdentityType = Environment.GetEnvironmentVariable("IDENTITY_TYPE") ?? "None";
        await workflow.UpdateAsync(WaitUntil.Completed, data);

        static ManagedServiceIdentity Choose(string name) => null;
        """);

    [Fact]
    public Task Changes_other_than_the_identity_are_not_reported() => VerifyAsync("""
        var data = workflow.Data;
        data.State = LogicWorkflowState.Disabled;
        await workflow.UpdateAsync(WaitUntil.Completed, data);
        """);

    [Fact]
    public Task Identity_removed_only_on_some_paths_is_not_reported() => VerifyAsync("""
        var data = workflow.Data;
        if (input == "detach")
        {
            data.Identity = null;
        }
        await workflow.UpdateAsync(WaitUntil.Completed, data);
        """);

    private static string Indent(string body)
    {
        var lines = body.Replace("\r\n", "\n").Trim('\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].Length == 0 ? lines[i] : "        " + lines[i];
        }

        return string.Join("\n", lines);
    }
}
