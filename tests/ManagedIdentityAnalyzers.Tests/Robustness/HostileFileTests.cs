using System.Collections.Immutable;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Readers.Files;
using Microsoft.CodeAnalysis;
using ManagedIdentityAnalyzers.Tests.Files;
using static ManagedIdentityAnalyzers.Tests.Files.JsonFileTest;

namespace ManagedIdentityAnalyzers.Tests.Robustness;

/// <summary>
/// JSON files the analyzers must survive: huge files of no interest (skipped without being parsed), deep nesting,
/// malformed and hostile ARM expressions, variables that refer to each other. Nothing throws (the verifier fails on
/// AD0001) and nothing uncertain is reported.
/// </summary>
public class HostileFileTests
{
    [Fact]
    public void A_large_file_of_no_interest_is_not_parsed()
    {
        var package = new StringBuilder("{ \"name\": \"web\", \"dependencies\": {");
        for (var i = 0; i < 50_000; i++)
        {
            package.Append("\"package-").Append(i).Append("\": \"^1.0.").Append(i).Append("\",");
        }

        package.Append("\"last\": \"1.0.0\" } }");
        var files = ProjectJsonFiles.Create(ImmutableArray.Create<AdditionalText>(
            new InMemoryAdditionalText("/0/package.json", package.ToString()),
            new InMemoryAdditionalText("/0/appsettings.json", "{ \"$schema\": \"https://json.schemastore.org/appsettings.json\", \"Logging\": {} }")));

        foreach (var entry in files.All)
        {
            Assert.Null(JsonFileReader.Read(entry, files, LogicAppPlan.Unknown, CancellationToken.None));
            Assert.Equal(JsonFileKind.None, entry.Kind(CancellationToken.None));
            Assert.False(entry.File(CancellationToken.None)!.IsParsed, entry.Path + " was parsed.");
        }
    }

    [Fact]
    public void A_template_is_parsed()
    {
        var files = ProjectJsonFiles.Create(ImmutableArray.Create<AdditionalText>(
            new InMemoryAdditionalText("/0/azuredeploy.json", Template("""{ "type": "Microsoft.Logic/workflows", "name": "wf", "identity": { "type": "SystemAssigned" } }"""))));
        foreach (var entry in files.All)
        {
            Assert.NotNull(JsonFileReader.Read(entry, files, LogicAppPlan.Unknown, CancellationToken.None));
            Assert.True(entry.File(CancellationToken.None)!.IsParsed);
        }
    }

    [Fact]
    public Task Deep_nesting_in_a_template() => VerifyAsync(("azuredeploy.json", Template(
        "{ \"type\": \"Microsoft.Logic/workflows\", \"name\": \"wf\", \"tags\": " + new string('[', 20_000) + new string(']', 20_000)
        + ", \"identity\": { \"type\": {|LAMI006:\"System Assigned\"|} } }")));

    [Fact]
    public Task Unclosed_nesting_in_a_template() => VerifyAsync(("azuredeploy.json", Template(new string('{', 10_000) + new string('[', 10_000))));

    /// <summary>An empty member name ("" is a JSON name) on the path of a finding: its key once threw (mutation test).</summary>
    [Fact]
    public Task An_empty_name_on_the_path_of_a_finding_is_reported() => VerifyAsync(("OrdersApp/Flow/workflow.json", """
        {
          "definition": {
            "actions": {
              "": { "type": "Http", "inputs": { "uri": "https://contoso.vault.azure.net/x", {|LAMI104:"authentication"|}: { "type": {|LAMI100:"MSI"|} } } }
            }
          },
          "kind": "Stateful"
        }
        """));

    [Theory]
    [InlineData("[]")]
    [InlineData("[concat(]")]
    [InlineData("[concat('a',]")]
    [InlineData("[concat('unterminated)]")]
    [InlineData("[format('{0}{1}', 'a')]")]
    [InlineData("[format('{', 'a')]")]
    [InlineData("[format('{x}', 'a')]")]
    [InlineData("[resourceId()]")]
    [InlineData("[resourceId('a', 'b', 'c', 'd', 'e')]")]
    [InlineData("[subscriptionResourceId('Microsoft.Web/locations/managedApis')]")]
    [InlineData("[variables('missing')]")]
    [InlineData("[variables('a')]")]
    [InlineData("[parameters('p')]")]
    [InlineData("[variables(1)]")]
    [InlineData("[reference('x').outputs['y'].value]")]
    [InlineData("[concat(concat(concat(concat(concat(concat(concat(concat(concat(concat(concat(concat(concat(concat(concat(concat(concat(concat(concat(concat(concat(concat(concat(concat(concat(concat(concat(concat(concat(concat(concat(concat(concat(concat(concat('x'))))))))))))))))))))))))))))))))))))]")]
    public Task Hostile_expressions_report_nothing_uncertain(string expression) => VerifyAsync(("azuredeploy.json", Template(
        $$"""{ "type": "Microsoft.Logic/workflows", "name": "wf", "identity": { "type": {{Quote(expression)}} } }""",
        variables: """{ "a": "[variables('b')]", "b": "[variables('a')]" }""",
        parameters: """{ "p": { "type": "string", "defaultValue": "[parameters('p')]" } }""")));

    /// <summary>Not expressions (ARM reads <c>[...]</c> only when the whole value is bracketed): literal text, judged as such.</summary>
    [Theory]
    [InlineData("[")]
    [InlineData("[[")]
    [InlineData("[  concat ( 'System' ,  'Assigned' )  ] ")]
    [InlineData(" [concat('System', 'Assigned')]")]
    public Task Bracketed_text_that_is_not_an_expression_is_literal(string text) => VerifyAsync(("azuredeploy.json", Template(
        $$"""{ "type": "Microsoft.Logic/workflows", "name": "wf", "identity": { "type": {|LAMI006:{{Quote(text)}}|} } }""")));

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
