using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using System.Linq;
using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Tests.Verification;
using static ManagedIdentityAnalyzers.Tests.Rules.TypedCSharp;

namespace ManagedIdentityAnalyzers.Tests.Rules.Identity;

public class LAMI006Tests
{
    /// <summary>
    /// Gives each named identity to a logic app that is then deployed by code the analyzer does not follow, so that
    /// only LAMI006 (which judges the text written) can report.
    /// </summary>
    private static string OnApps(string body, params string[] identities)
    {
        var apps = string.Concat(identities.Select(identity => $"\nPublish(new LogicWorkflowData(location) {{ Identity = {identity} }});"));
        return body + apps + "\nstatic void Publish(LogicWorkflowData data) { }";
    }

    [Theory]
    [InlineData("System Assigned", "SystemAssigned")]
    [InlineData("systemassigned", "SystemAssigned")]
    [InlineData("SYSTEMASSIGNED", "SystemAssigned")]
    [InlineData("User assigned", "UserAssigned")]
    [InlineData("user-assigned", "UserAssigned")]
    [InlineData("none", "None")]
    [InlineData("SystemAssigned,UserAssigned", "SystemAssignedUserAssigned")]
    [InlineData("SystemAssigned,  UserAssigned", "SystemAssignedUserAssigned")]
    [InlineData("UserAssigned, SystemAssigned", "SystemAssignedUserAssigned")]
    public Task Constructor_argument_is_fixed_to_the_member(string written, string member) => VerifyFixAsync(
        OnApps($$"""var identity = new ManagedServiceIdentity({|LAMI006:"{{written}}"|});""", "identity"),
        OnApps($$"""var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.{{member}});""", "identity"),
        FixKeys.UseCanonicalIdentityType);

    [Fact]
    public Task Property_assignment_is_fixed() => VerifyFixAsync(
        OnApps("""
        var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);
        identity.ManagedServiceIdentityType = {|LAMI006:"userassigned"|};
        """, "identity"),
        OnApps("""
        var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);
        identity.ManagedServiceIdentityType = ManagedServiceIdentityType.UserAssigned;
        """, "identity"));

    [Fact]
    public Task Object_initializer_and_typed_local_are_fixed() => VerifyFixAsync(
        OnApps("""
        ManagedServiceIdentityType type = {|LAMI006:"System Assigned"|};
        var identity = new ManagedServiceIdentity(type) { ManagedServiceIdentityType = {|LAMI006:"None "|} };
        """, "identity"),
        OnApps("""
        ManagedServiceIdentityType type = ManagedServiceIdentityType.SystemAssigned;
        var identity = new ManagedServiceIdentity(type) { ManagedServiceIdentityType = ManagedServiceIdentityType.None };
        """, "identity"));

    [Fact]
    public Task Explicit_struct_construction_is_replaced_whole() => VerifyFixAsync(
        OnApps("""var identity = new ManagedServiceIdentity({|LAMI006:new ManagedServiceIdentityType("systemAssigned")|});""", "identity"),
        OnApps("""var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);""", "identity"));

    /// <summary>The fix replaces the references; the constants it leaves unused go with them (no CS0219).</summary>
    [Fact]
    public Task Constant_and_constant_interpolation_are_read() => VerifyFixAsync(
        OnApps("""
        const string System = "System";
        const string Label = System + " Assigned";
        var first = new ManagedServiceIdentity({|LAMI006:Label|});
        var second = new ManagedServiceIdentity({|LAMI006:$"{System}assigned"|});
        """, "first", "second"),
        OnApps("""
        var first = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);
        var second = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);
        """, "first", "second"));

    [Fact]
    public Task A_constant_still_used_elsewhere_is_kept() => VerifyFixAsync(
        OnApps("""
        const string Label = "System Assigned";
        var first = new ManagedServiceIdentity({|LAMI006:Label|});
        var second = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);
        Console.WriteLine(Label);
        """, "first", "second"),
        OnApps("""
        const string Label = "System Assigned";
        var first = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);
        var second = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);
        Console.WriteLine(Label);
        """, "first", "second"));

    [Fact]
    public Task Fix_qualifies_the_member_when_the_namespace_is_not_imported() => new CodeFixTest<Entry.CSharpLogicAppAnalyzer, CodeFixes.Providers.PlanCodeFixProvider>
    {
        Source = """
            public class Deployments
            {
                public Azure.ResourceManager.Logic.LogicWorkflowData Create(Azure.Core.AzureLocation location) =>
                    new Azure.ResourceManager.Logic.LogicWorkflowData(location) { Identity = new Azure.ResourceManager.Models.ManagedServiceIdentity({|LAMI006:"System Assigned"|}) };
            }
            """,
        FixedSource = """
            public class Deployments
            {
                public Azure.ResourceManager.Logic.LogicWorkflowData Create(Azure.Core.AzureLocation location) =>
                    new Azure.ResourceManager.Logic.LogicWorkflowData(location) { Identity = new Azure.ResourceManager.Models.ManagedServiceIdentity(Azure.ResourceManager.Models.ManagedServiceIdentityType.SystemAssigned) };
            }
            """,
    }.RunAsync();

    [Fact]
    public Task Unknown_strings_are_reported_without_a_fix() => new CodeFixTest<Entry.CSharpLogicAppAnalyzer, CodeFixes.Providers.PlanCodeFixProvider>
    {
        Source = Method(OnApps("""var identity = new ManagedServiceIdentity({|#0:"Managed"|});""", "identity")),
        FixedSource = Method(OnApps("""var identity = new ManagedServiceIdentity({|LAMI006:"Managed"|});""", "identity")),
        ExpectedDiagnostics =
        {
            Verify.Diagnostic("LAMI006").WithLocation(0).WithMessage("'Managed' is not a managed identity type: use None, SystemAssigned, UserAssigned or 'SystemAssigned, UserAssigned'"),
        },
    }.RunAsync();

    [Fact]
    public Task Message_names_the_canonical_value() => new AnalyzerTest<Entry.CSharpLogicAppAnalyzer>
    {
        Source = Method(OnApps("""var identity = new ManagedServiceIdentity({|#0:"systemassigned"|});""", "identity")),
        ExpectedDiagnostics =
        {
            Verify.Diagnostic("LAMI006").WithLocation(0).WithMessage("'systemassigned' is not a managed identity type: use 'SystemAssigned'"),
        },
    }.RunAsync();

    [Fact]
    public Task Fix_all_repairs_every_value_in_the_document() => VerifyFixAsync(
        OnApps("""
        var a = new ManagedServiceIdentity({|LAMI006:"System Assigned"|});
        var b = new ManagedServiceIdentity({|LAMI006:"userassigned"|});
        b.ManagedServiceIdentityType = {|LAMI006:"SystemAssigned,UserAssigned"|};
        """, "a", "b"),
        OnApps("""
        var a = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);
        var b = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned);
        b.ManagedServiceIdentityType = ManagedServiceIdentityType.SystemAssignedUserAssigned;
        """, "a", "b"));

    [Fact]
    public Task Identity_of_a_standard_app_and_of_an_existing_app_is_fixed() => VerifyFixAsync(
        """
        var site = new WebSiteData(location) { Kind = "functionapp,workflowapp", Identity = new ManagedServiceIdentity({|LAMI006:"System Assigned"|}) };
        var workflow = (await rg.GetLogicWorkflowAsync("orders")).Value;
        var data = workflow.Data;
        data.Identity.ManagedServiceIdentityType = {|LAMI006:"systemassigned"|};
        await workflow.UpdateAsync(WaitUntil.Completed, data);
        """,
        """
        var site = new WebSiteData(location) { Kind = "functionapp,workflowapp", Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned) };
        var workflow = (await rg.GetLogicWorkflowAsync("orders")).Value;
        var data = workflow.Data;
        data.Identity.ManagedServiceIdentityType = ManagedServiceIdentityType.SystemAssigned;
        await workflow.UpdateAsync(WaitUntil.Completed, data);
        """);

    [Fact]
    public Task Identities_of_other_resources_are_out_of_scope() => VerifyAsync(
        """
        var loose = new ManagedServiceIdentity("System Assigned");
        var webApp = new WebSiteData(location) { Kind = "app,linux", Identity = new ManagedServiceIdentity("systemassigned") };
        var unknownKind = new WebSiteData(location) { Kind = input, Identity = new ManagedServiceIdentity("user assigned") };
        ManagedServiceIdentityType unused = "System Assigned";
        """);

    [Theory]
    [InlineData("None")]
    [InlineData("SystemAssigned")]
    [InlineData("UserAssigned")]
    [InlineData("SystemAssigned, UserAssigned")]
    public Task Canonical_strings_are_not_reported(string written) => VerifyAsync(
        OnApps($$"""var identity = new ManagedServiceIdentity("{{written}}");""", "identity"));

    [Fact]
    public Task Members_unknown_values_and_comparisons_are_not_reported() => VerifyAsync(
        """
        var a = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssignedUserAssigned);
        var b = new ManagedServiceIdentity(input);
        var c = new ManagedServiceIdentity($"{input}Assigned");
        var d = new ManagedServiceIdentity(Environment.GetEnvironmentVariable("IDENTITY_TYPE") ?? "None");
        var isSystem = a.ManagedServiceIdentityType == "systemassigned";
        var isUser = a.ManagedServiceIdentityType.Equals("userassigned");
        var text = input;
        text = "System Assigned";
        var e = new ManagedServiceIdentity(text);
        Publish(new LogicWorkflowData(location) { Identity = a });
        Publish(new LogicWorkflowData(location) { Identity = b });
        Publish(new LogicWorkflowData(location) { Identity = c });
        Publish(new LogicWorkflowData(location) { Identity = d });
        Publish(new LogicWorkflowData(location) { Identity = e });
        static void Publish(LogicWorkflowData data) { }
        """);

    [Fact]
    public Task Other_types_with_the_same_names_are_not_reported() => new AnalyzerTest<Entry.CSharpLogicAppAnalyzer>
    {
        // The SDK is referenced, so the analyzer runs: only the names are the same.
        Source = """
            namespace Contoso
            {
                public readonly struct ManagedServiceIdentityType
                {
                    public ManagedServiceIdentityType(string value) { }
                    public static implicit operator ManagedServiceIdentityType(string value) => new ManagedServiceIdentityType(value);
                }

                public class ManagedServiceIdentity
                {
                    public ManagedServiceIdentity(ManagedServiceIdentityType type) { }
                }

                public class LogicWorkflowData
                {
                    public ManagedServiceIdentity Identity { get; set; }
                }

                public class Deployments
                {
                    public object Create() => new LogicWorkflowData { Identity = new ManagedServiceIdentity("System Assigned") };
                }
            }
            """,
    }.RunAsync();

    [Fact]
    public Task A_second_copy_of_the_sdk_types_does_not_switch_the_analyzer_off()
    {
        // Another referenced assembly defines the same full type names (visible only through an extern alias, as
        // a repackaged or embedded copy would be): the analyzer still binds to the SDK's own types.
        var copy = CSharpCompilation.Create(
            "Contoso.Copy",
            new[] { CSharpSyntaxTree.ParseText("namespace Azure.ResourceManager.Models { public readonly struct ManagedServiceIdentityType { } public class ManagedServiceIdentity { } }") },
            ReferenceAssemblies.Framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        Assert.True(copy.Emit(image).Success);
        return new AnalyzerTest<Entry.CSharpLogicAppAnalyzer>
        {
            AdditionalReferences = { MetadataReference.CreateFromImage(image.ToArray()).WithAliases(new[] { "copy" }) },
            Source = Method(OnApps("""var identity = new ManagedServiceIdentity({|LAMI006:"System Assigned"|});""", "identity")),
        }.RunAsync();
    }

    [Fact]
    public Task Half_typed_code_does_not_crash() => new AnalyzerTest<Entry.CSharpLogicAppAnalyzer>
    {
        AllowCompilerErrors = true,
        SkipGeneratedCodeCheck = true,
        Source = Usings + """
            public class Deployments
            {
                public void Deploy()
                {
                    var valid = new LogicWorkflowData(default) { Identity = new ManagedServiceIdentity({|LAMI006:"System Assigned"|}) };
                    var identity = new ManagedServiceIdentity("System Assigned"
                    identity.ManagedServiceIdentityType = 
                    var data = new LogicWorkflowData() { Identity = new ManagedServiceIdentity( };
                }
            }
            """,
    }.RunAsync();
}
