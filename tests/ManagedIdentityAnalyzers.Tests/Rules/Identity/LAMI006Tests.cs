using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Tests.Verification;
using static ManagedIdentityAnalyzers.Tests.Rules.TypedCSharp;

namespace ManagedIdentityAnalyzers.Tests.Rules.Identity;

public class LAMI006Tests
{
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
        $$"""var identity = new ManagedServiceIdentity({|LAMI006:"{{written}}"|});""",
        $$"""var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.{{member}});""",
        FixKeys.UseCanonicalIdentityType);

    [Fact]
    public Task Property_assignment_is_fixed() => VerifyFixAsync(
        """
        var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);
        identity.ManagedServiceIdentityType = {|LAMI006:"userassigned"|};
        """,
        """
        var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);
        identity.ManagedServiceIdentityType = ManagedServiceIdentityType.UserAssigned;
        """);

    [Fact]
    public Task Object_initializer_and_typed_local_are_fixed() => VerifyFixAsync(
        """
        ManagedServiceIdentityType type = {|LAMI006:"System Assigned"|};
        var identity = new ManagedServiceIdentity(type) { ManagedServiceIdentityType = {|LAMI006:"None "|} };
        """,
        """
        ManagedServiceIdentityType type = ManagedServiceIdentityType.SystemAssigned;
        var identity = new ManagedServiceIdentity(type) { ManagedServiceIdentityType = ManagedServiceIdentityType.None };
        """);

    [Fact]
    public Task Explicit_struct_construction_is_replaced_whole() => VerifyFixAsync(
        """var identity = new ManagedServiceIdentity({|LAMI006:new ManagedServiceIdentityType("systemAssigned")|});""",
        """var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);""");

    [Fact]
    public Task Constant_and_constant_interpolation_are_read() => VerifyFixAsync(
        """
        const string System = "System";
        const string Label = System + " Assigned";
        var first = new ManagedServiceIdentity({|LAMI006:Label|});
        var second = new ManagedServiceIdentity({|LAMI006:$"{System}assigned"|});
        """,
        """
        const string System = "System";
        const string Label = System + " Assigned";
        var first = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);
        var second = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);
        """);

    [Fact]
    public Task Fix_qualifies_the_member_when_the_namespace_is_not_imported() => new CodeFixTest<Entry.CSharpLogicAppAnalyzer, CodeFixes.Providers.PlanCodeFixProvider>
    {
        Source = """
            public class Deployments
            {
                public Azure.ResourceManager.Models.ManagedServiceIdentity Create() =>
                    new Azure.ResourceManager.Models.ManagedServiceIdentity({|LAMI006:"System Assigned"|});
            }
            """,
        FixedSource = """
            public class Deployments
            {
                public Azure.ResourceManager.Models.ManagedServiceIdentity Create() =>
                    new Azure.ResourceManager.Models.ManagedServiceIdentity(Azure.ResourceManager.Models.ManagedServiceIdentityType.SystemAssigned);
            }
            """,
    }.RunAsync();

    [Fact]
    public Task Unknown_strings_are_reported_without_a_fix() => new CodeFixTest<Entry.CSharpLogicAppAnalyzer, CodeFixes.Providers.PlanCodeFixProvider>
    {
        Source = Method("""var identity = new ManagedServiceIdentity({|#0:"Managed"|});"""),
        FixedSource = Method("""var identity = new ManagedServiceIdentity({|LAMI006:"Managed"|});"""),
        ExpectedDiagnostics =
        {
            Verify.Diagnostic("LAMI006").WithLocation(0).WithMessage("'Managed' is not a managed identity type: use None, SystemAssigned, UserAssigned or 'SystemAssigned, UserAssigned'"),
        },
    }.RunAsync();

    [Fact]
    public Task Message_names_the_canonical_value() => new AnalyzerTest<Entry.CSharpLogicAppAnalyzer>
    {
        Source = Method("""var identity = new ManagedServiceIdentity({|#0:"systemassigned"|});"""),
        ExpectedDiagnostics =
        {
            Verify.Diagnostic("LAMI006").WithLocation(0).WithMessage("'systemassigned' is not a managed identity type: use 'SystemAssigned'"),
        },
    }.RunAsync();

    [Fact]
    public Task Fix_all_repairs_every_value_in_the_document() => VerifyFixAsync(
        """
        var a = new ManagedServiceIdentity({|LAMI006:"System Assigned"|});
        var b = new ManagedServiceIdentity({|LAMI006:"userassigned"|});
        b.ManagedServiceIdentityType = {|LAMI006:"SystemAssigned,UserAssigned"|};
        """,
        """
        var a = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);
        var b = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned);
        b.ManagedServiceIdentityType = ManagedServiceIdentityType.SystemAssignedUserAssigned;
        """);

    [Theory]
    [InlineData("None")]
    [InlineData("SystemAssigned")]
    [InlineData("UserAssigned")]
    [InlineData("SystemAssigned, UserAssigned")]
    public Task Canonical_strings_are_not_reported(string written) => VerifyAsync(
        $$"""var identity = new ManagedServiceIdentity("{{written}}");""");

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
        """);

    [Fact]
    public Task Other_types_with_the_same_names_are_not_reported() => new AnalyzerTest<Entry.CSharpLogicAppAnalyzer>
    {
        IncludeAzureSdk = false,
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

                public class Deployments
                {
                    public object Create() => new ManagedServiceIdentity("System Assigned");
                }
            }
            """,
    }.RunAsync();

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
                    var valid = new ManagedServiceIdentity({|LAMI006:"System Assigned"|});
                    var identity = new ManagedServiceIdentity("System Assigned"
                    identity.ManagedServiceIdentityType = 
                    var data = new LogicWorkflowData() { Identity = new ManagedServiceIdentity( };
                }
            }
            """,
    }.RunAsync();
}
