using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Entry;
using ManagedIdentityAnalyzers.Tests.Verification;
using static ManagedIdentityAnalyzers.Tests.Rules.TypedCSharp;

namespace ManagedIdentityAnalyzers.Tests.Rules.Generated;

/// <summary>
/// The analyzer decides itself what is generated code (<c>Reporting/GeneratedCode</c>), where the driver would with
/// <c>GeneratedCodeAnalysisFlags.None</c>: nothing is reported there, and everything is reported elsewhere in the same
/// file. (Every verifier run also re-analyzes its sources with an <c>&lt;auto-generated/&gt;</c> header and expects no
/// diagnostic.)
/// </summary>
public class GeneratedCodeTests
{
    /// <summary>
    /// A logic app with a misspelled identity type (LAMI006), in a method named <paramref name="name"/>; the type is
    /// marked as reported unless <paramref name="reported"/> is false.
    /// </summary>
    private static string Deployment(string name, string attributes = "", bool reported = true) => $$"""
            {{attributes}}
            public void {{name}}(AzureLocation location)
            {
                var identity = new ManagedServiceIdentity({{(reported ? "{|LAMI006:\"System Assigned\"|}" : "\"System Assigned\"")}});
                Publish(new LogicWorkflowData(location) { Identity = identity });
            }
        """;

    private const string Publish = """
            private static void Publish(LogicWorkflowData data) { }
        """;

    private static Task VerifyAsync(string source, string? editorConfig = null) => new AnalyzerTest<CSharpLogicAppAnalyzer>
    {
        Source = Usings + source,
        EditorConfig = editorConfig,
    }.RunAsync();

    [Fact]
    public Task A_method_marked_generated_is_not_reported_in_and_its_neighbour_is() => VerifyAsync($$"""
        public class Deployments
        {
        {{Deployment("Generated", "[System.CodeDom.Compiler.GeneratedCode(\"tool\", \"1.0\")]", reported: false)}}
        {{Deployment("Written")}}
        {{Publish}}
        }
        """);

    [Fact]
    public Task A_class_marked_generated_through_a_using_is_not_reported_in() => VerifyAsync($$"""
        using System.CodeDom.Compiler;

        [GeneratedCode("tool", "1.0")]
        public class GeneratedDeployments
        {
        {{Deployment("Deploy", reported: false)}}
        {{Publish}}
        }

        public class Deployments
        {
        {{Deployment("Deploy")}}
        {{Publish}}
        }
        """);

    /// <summary>The attribute on one part of a partial class does not make the other part generated (as the driver decides).</summary>
    [Fact]
    public Task A_partial_class_marked_generated_on_one_part_is_still_reported_in() => VerifyAsync($$"""
        [System.CodeDom.Compiler.GeneratedCodeAttribute("tool", "1.0")]
        public partial class Deployments
        {
        {{Publish}}
        }

        public partial class Deployments
        {
        {{Deployment("Deploy")}}
        }
        """);

    [Fact]
    public Task An_attribute_of_the_same_name_from_elsewhere_does_not_make_code_generated() => VerifyAsync($$"""
        namespace Contoso
        {
            public sealed class GeneratedCodeAttribute : Attribute { }

            public class Deployments
            {
            {{Deployment("Deploy", "[GeneratedCode]")}}
            {{Publish}}
            }
        }
        """);

    [Fact]
    public Task A_file_that_only_mentions_generated_code_in_a_comment_is_reported_in() => VerifyAsync($$"""
        // Not GeneratedCode: written by hand.
        public class Deployments
        {
        {{Deployment("Deploy")}}
        {{Publish}}
        }
        """);

    [Fact]
    public Task A_hidden_line_region_is_not_reported_in() => VerifyAsync($$"""
        public class Deployments
        {
        #line hidden
        {{Deployment("Hidden", reported: false)}}
        #line default
        {{Deployment("Visible")}}
        {{Publish}}
        }
        """);

    [Fact]
    public Task A_file_configured_as_generated_is_not_analyzed() => VerifyAsync($$"""
        public class Deployments
        {
        {{Deployment("Deploy", reported: false)}}
        {{Publish}}
        }
        """, "root = true\n[*.cs]\ngenerated_code = true\n");
}
