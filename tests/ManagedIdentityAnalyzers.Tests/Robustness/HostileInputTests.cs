using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Readers.Json;
using ManagedIdentityAnalyzers.Tests.Rules;
using ManagedIdentityAnalyzers.Tests.Rules.Definitions;
using ManagedIdentityAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Tests.Robustness;

/// <summary>
/// Malformed JSON, half-typed code, huge and deeply nested literals: the analyzer reports nothing it is not sure of,
/// never throws (the verifier fails on AD0001) and never hangs.
/// </summary>
public class HostileInputTests
{
    private const string Valid = """
        { "actions": { "A": { "type": "Http", "inputs": { "uri": "https://contoso.vault.azure.net/x", "authentication": { "type": "MSI" } } } } }
        """;

    [Fact]
    public Task The_well_formed_case_is_reported() => Definition(
        Valid.Replace("\"MSI\"", "{|LAMI100:\"MSI\"|}").Replace("\"authentication\"", "{|LAMI104:\"authentication\"|}"));

    /// <summary>An empty member name ("" is a JSON name) on the path of a finding: its key once threw (mutation test).</summary>
    [Fact]
    public Task An_empty_name_on_the_path_of_a_finding_is_reported() => Definition(
        Valid.Replace("\"A\"", "\"\"").Replace("\"MSI\"", "{|LAMI100:\"MSI\"|}").Replace("\"authentication\"", "{|LAMI104:\"authentication\"|}"));

    [Theory]
    [InlineData(10)]
    [InlineData(40)]
    [InlineData(80)]
    [InlineData(120)]
    public Task Truncated_json_reports_nothing(int length) => Definition(Valid.Trim().Substring(0, length));

    [Theory]
    [InlineData("{ \"actions\": { \"A\": { \"type\": \"Http\", \"inputs\": { \"uri\": \"https://contoso.vault.azure.net/x\" \"authentication\": { \"type\": \"MSI\" } } } } }")]
    [InlineData("{ \"actions\": { \"A\": { \"type\": \"Http\", \"inputs\": { \"uri\": https://contoso.vault.azure.net/x, \"authentication\": { \"type\": \"MSI\" } } } } }")]
    [InlineData("{ \"actions\": { \"A\": { \"type\": \"Http\", \"inputs\": { \"authentication\": { \"type\": \"MSI\" } } } } } trailing")]
    [InlineData("{ \"actions\": { \"A\": { \"type\": \"Http\", \"inputs\": { \"authentication\": { \"type\": \"M\\qSI\" } } } } }")]
    [InlineData("{ \"actions\": { \"A\": { \"type\": \"Http\", \"inputs\": { \"authentication\": { \"type\": \"MSI\" ] } } } }")]
    public Task Malformed_json_reports_nothing(string json) => Definition(json);

    [Fact]
    public Task Ten_thousand_levels_of_nesting_in_a_literal() => Definition(
        "{ \"actions\": { \"A\": { \"type\": \"Http\", \"inputs\": { \"body\": "
        + new string('[', 10_000) + new string(']', 10_000)
        + ", \"uri\": \"https://contoso.vault.azure.net/x\", {|LAMI104:\"authentication\"|}: { \"type\": \"ManagedServiceIdentity\" } } } } }");

    [Fact]
    public Task Ten_thousand_unclosed_levels_report_nothing() => Definition(new string('{', 5_000) + new string('[', 5_000));

    [Fact]
    public Task A_megabyte_literal_is_read() => Definition(
        "{ \"actions\": { \"A\": { \"type\": \"Http\", \"inputs\": { \"body\": \"" + new string('x', 900_000)
        + "\", \"uri\": \"https://contoso.vault.azure.net/x\", {|LAMI104:\"authentication\"|}: { \"type\": \"ManagedServiceIdentity\" } } } } }");

    [Fact]
    public Task Deeply_nested_anonymous_objects_do_not_crash()
    {
        var value = new StringBuilder("\"leaf\"");
        for (var i = 0; i < 200; i++)
        {
            value.Insert(0, "new { a = ").Append(" }");
        }

        return new AnalyzerTest<Entry.CSharpLogicAppAnalyzer>
        {
            Source = DefinitionCase.Source("BinaryData.FromObjectAsJson(new { actions = " + value + " })", null),
        }.RunAsync();
    }

    /// <summary>
    /// Regression (mutation test): Roslyn builds the operations of 2,000 nested initializers recursively and overflowed
    /// the stack when the reader asked for them, killing the host. Such a body is now not read at all.
    /// </summary>
    [Theory]
    [InlineData("new JsonObject { [\"a\"] = ", " }")]
    [InlineData("new Dictionary<string, object> { [\"a\"] = ", " }")]
    [InlineData("new { a = ", " }")]
    public Task Two_thousand_levels_of_initializers_do_not_overflow_the_stack(string open, string close) => new AnalyzerTest<Entry.CSharpLogicAppAnalyzer>
    {
        AllowCompilerErrors = true,

        // Roslyn's own nullability rewriter recurses over such initializers without a stack guard: with nullable
        // analysis on, the compiler itself may overflow, before any analyzer runs. The analyzer is tested without it.
        SolutionTransform = WithoutNullableAnalysis,
        Source = DefinitionCase.Source("BinaryData.FromObjectAsJson(" + string.Concat(Enumerable.Repeat(open, 2_000)) + "\"leaf\"" + string.Concat(Enumerable.Repeat(close, 2_000)) + ")", null),
    }.RunAsync();

    /// <summary>
    /// Regression (mutation test): the key a diagnostic carries for the fixer holds its JSON path; building every node's
    /// path took time quadratic in the depth (seconds for 10,000 levels). Paths are now built for reported nodes only.
    /// </summary>
    [Fact]
    public Task Ten_thousand_levels_of_objects_and_arrays_are_reported_and_fixed() => new CodeFixTest<Entry.CSharpLogicAppAnalyzer, CodeFixes.Providers.PlanCodeFixProvider>
    {
        Source = DefinitionCase.Source("BinaryData.FromString(\"" + Escape(DeepDefinition("{|LAMI104:\"authentication\"|}: { \"type\": \"ManagedServiceIdentity\" }")) + "\")", null),
        FixedSource = DefinitionCase.Source("BinaryData.FromString(\"" + Escape(DeepDefinition("\"authentication\": { \"type\": \"ManagedServiceIdentity\", \"audience\": \"https://vault.azure.net\" }")) + "\")", null),
    }.RunAsync();

    internal static Solution WithoutNullableAnalysis(Solution solution, ProjectId project) =>
        solution.WithProjectCompilationOptions(project, ((Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions)solution.GetProject(project)!.CompilationOptions!).WithNullableContextOptions(NullableContextOptions.Disable));

    private static string DeepDefinition(string authentication) =>
        "{ \"actions\": { \"A\": { \"type\": \"Http\", \"inputs\": { \"body\": "
        + string.Concat(Enumerable.Repeat("{\"a\": [", 5_000)) + "1" + string.Concat(Enumerable.Repeat("]}", 5_000))
        + ", \"uri\": \"https://contoso.vault.azure.net/x\", " + authentication + " } } } }";

    [Fact]
    public Task Half_typed_definitions_do_not_crash() => new AnalyzerTest<Entry.CSharpLogicAppAnalyzer>
    {
        AllowCompilerErrors = true,
        SkipGeneratedCodeCheck = true,
        Source = TypedCSharp.Method("""
            var a = BinaryData.FromString("{ \"actions\": { \"A\": { \"type\": \"Http\", \"inputs\": { \"authentication\": ");
            var b = BinaryData.FromObjectAsJson(new { actions = new { A = new { type = "Http", inputs = new { authentication = new { type = } } } } });
            var c = BinaryData.FromString($"{{ \"actions\": {undefinedValue} }}");
            var d = new LogicWorkflowData(location) { Definition = BinaryData.FromString(
            """),
    }.RunAsync();

    [Theory]
    [InlineData("{ \"api\": { \"id\": \"/subscriptions/s/providers/Microsoft.Web/locations/w/managedApis/keyvault\" }, \"parameterValueSet\": {} ")]
    [InlineData("{ \"api\": { \"id\": \"/subscriptions/s/providers/Microsoft.Web/locations/w/managedApis/keyvault\" } \"parameterValueSet\": {} }")]
    [InlineData("[ \"keyvault\" ]")]
    [InlineData("")]
    public Task Malformed_connection_properties_report_nothing(string json) => new AnalyzerTest<Entry.CSharpLogicAppAnalyzer>
    {
        Source = Rules.Connections.ConnectionCase.Source(
            "BinaryData.FromString(\"" + Quote(json) + "\")", Rules.Connections.Beside.WorkflowWithManagedIdentity, "\"V1\"", null),
    }.RunAsync();

    [Fact]
    public Task Odd_resource_IDs_and_half_typed_connections_do_not_crash() => new AnalyzerTest<Entry.CSharpLogicAppAnalyzer>
    {
        AllowCompilerErrors = true,
        SkipGeneratedCodeCheck = true,
        Source = TypedCSharp.Method("""
            var properties = BinaryData.FromString("{ \"api\": { \"id\": \"/providers/\" }, \"parameterValueType\": \"Alternative\" }");
            var a = new GenericResourceData(location) { Kind = "V9", Properties = properties };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, new ResourceIdentifier("/providers/"), a);
            var b = new GenericResourceData(location) { Kind = "V9", Properties = properties };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, new ResourceIdentifier("///"), b);
            var c = new GenericResourceData(location) { Kind = "V9", Properties = properties };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, new ResourceIdentifier("/providers/Microsoft.Web/connections//"), c);
            var d = new GenericResourceData(location) { Kind = "V9", Properties = properties };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, ResourceIdentifier.Parse("/providers//x/y/accessPolicies"), d);

            var half = new GenericResourceData(location) { Kind = , Properties = BinaryData.FromObjectAsJson(new { api = new { id = } }) };
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, new ResourceIdentifier(), half);
            await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, null, new GenericResourceData(location));
            """),
    }.RunAsync();

    [Fact]
    public void Parser_says_which_text_is_well_formed()
    {
        Assert.True(WellFormed("""{ "a": [1, true, null, "x"], /* comment */ "b": { } }"""));
        Assert.True(WellFormed("{ \"a\": \"https://" + JsonTextParser.Hole + ".vault.azure.net\", \"b\": " + JsonTextParser.Hole + " }"));
        Assert.True(WellFormed("""{ "a": 1, }"""));
        Assert.False(WellFormed("""{ "a": 1"""));
        Assert.False(WellFormed("""{ "a" 1 }"""));
        Assert.False(WellFormed("""{ "a": tru }"""));
        Assert.False(WellFormed("""{ "a": 1 } }"""));
        Assert.False(WellFormed("""{ "a": "\q" }"""));
    }

    private static bool WellFormed(string text) => JsonTextParser.Parse(text, new Spans(), CancellationToken.None) is not null;

    private static Task Definition(string json) => new AnalyzerTest<Entry.CSharpLogicAppAnalyzer>
    {
        Source = DefinitionCase.Source("BinaryData.FromString(\"" + Escape(json) + "\")", null),
    }.RunAsync();

    /// <summary>Escapes JSON for a regular C# literal, keeping the test markup as it is.</summary>
    private static string Escape(string json) => string.Concat(json.Split("{|").Select((part, i) => i == 0 ? Quote(part) : "{|" + QuoteAfterMarker(part)));

    private static string QuoteAfterMarker(string part)
    {
        var colon = part.IndexOf(':');
        var close = part.IndexOf("|}", System.StringComparison.Ordinal);
        return part.Substring(0, colon + 1) + Quote(part.Substring(colon + 1, close - colon - 1)) + "|}" + Quote(part.Substring(close + 2));
    }

    private static string Quote(string text) => text.Replace("\\", "\\\\").Replace("\"", "\\\"");

    private sealed class Spans : IJsonSourceFactory
    {
        public SourceRef Create(TextSpan span) => new Node();

        public SourceRef CreateMember(TextSpan memberSpan, TextSpan removalSpan) => new Node();

        private sealed class Node : SourceRef
        {
        }
    }
}
