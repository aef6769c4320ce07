using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Entry;
using ManagedIdentityAnalyzers.Tests.Verification;

namespace ManagedIdentityAnalyzers.Tests.Rules.Definitions;

/// <summary>
/// Each way C# hands a definition to the SDK reaches the same model: the same finding (LAMI104 on the
/// "authentication" key) through every entry the JSON reader follows, and nothing where it cannot follow.
/// </summary>
public class WaysInTests
{
    private const string Json = """{ "actions": { "A": { "type": "Http", "inputs": { "uri": "https://contoso.vault.azure.net/x", [|"authentication"|]: { "type": "ManagedServiceIdentity" } } } } }""";

    private static string Escaped => Json.Replace("\"", "\\\"");

    private static Task VerifyAsync(string statements) => new AnalyzerTest<CSharpLogicAppAnalyzer>
    {
        DefaultDiagnosticId = "LAMI104",
        Source = TypedCSharp.Usings + """
            using System.Text;
            using System.Text.Json;
            using System.Text.Json.Nodes;

            public static class Definitions
            {
                public static object Build(ResourceGroupResource rg, AzureLocation location, string input)
                {
            """ + statements + """

                }
            }
            """,
    }.RunAsync();

    [Fact]
    public Task From_bytes_of_utf8_text() => VerifyAsync($$"""
        return BinaryData.FromBytes(Encoding.UTF8.GetBytes("{{Escaped}}"));
        """);

    [Fact]
    public Task Binary_data_constructor() => VerifyAsync($$"""
        return new BinaryData("{{Escaped}}");
        """);

    [Fact]
    public Task Json_node_parse_then_to_json_string() => VerifyAsync($$"""
        var node = JsonNode.Parse("{{Escaped}}");
        return BinaryData.FromString(node!.ToJsonString());
        """);

    [Fact]
    public Task Const_locals_and_concatenation_of_constants_report_inside_the_literal() => VerifyAsync("""
        const string Head = "{ \"actions\": { \"A\": { \"type\": \"Http\", ";
        const string Tail = "\"inputs\": { \"uri\": \"https://contoso.vault.azure.net/x\", [|\"authentication\"|]: { \"type\": \"ManagedServiceIdentity\" } } } } }";
        return BinaryData.FromString(Head + Tail);
        """);

    [Fact]
    public Task Text_from_a_constant_hole_is_reported_on_the_hole() => VerifyAsync("""
        const string Authentication = "\"authentication\"";
        return BinaryData.FromString($"{{ \"actions\": {{ \"A\": {{ \"type\": \"Http\", \"inputs\": {{ \"uri\": \"https://contoso.vault.azure.net/x\", [|{Authentication}|]: {{ \"type\": \"ManagedServiceIdentity\" }} }} }} }} }}");
        """);

    [Fact]
    public Task Partly_known_uri_from_a_parameter_hole() => VerifyAsync(""""
        return BinaryData.FromString($$$"""
            { "actions": { "A": { "type": "Http", "inputs": { "uri": "https://{{{input}}}.vault.azure.net/x", [|"authentication"|]: { "type": "ManagedServiceIdentity" } } } } }
            """);
        """");

    [Fact]
    public Task Serializer_of_an_anonymous_object() => VerifyAsync("""
        var definition = new { actions = new { A = new { type = "Http", inputs = new { uri = "https://contoso.vault.azure.net/x", [|authentication|] = new { type = "ManagedServiceIdentity" } } } } };
        return BinaryData.FromString(JsonSerializer.Serialize(definition));
        """);

    [Fact]
    public Task Definition_validated_before_deployment_carries_the_app_identity() => new AnalyzerTest<CSharpLogicAppAnalyzer>
    {
        Source = TypedCSharp.Method($$"""
            var data = new LogicWorkflowData(location) { Definition = BinaryData.FromString("{{Json.Replace("[|", "{|LAMI101:{|LAMI104:").Replace("|]", "|}|}").Replace("\"", "\\\"")}}") };
            rg.ValidateByLocationWorkflow(location, "orders", data);
            """),
        ExpectedDiagnostics = { },
    }.RunAsync();

    [Fact]
    public Task Values_the_reader_cannot_follow_report_nothing() => VerifyAsync($$"""
        var text = "{{Escaped.Replace("[|", "").Replace("|]", "")}}";
        text = text.Trim();
        var fromReassignedLocal = BinaryData.FromString(text);
        var fromMethod = BinaryData.FromString(Load());
        var fromPoco = BinaryData.FromObjectAsJson(new LogicWorkflowParameterInfo { Description = "x" });
        return fromReassignedLocal;

        static string Load() => "{}";
        """);

    [Fact]
    public Task Members_of_an_anonymous_definition_are_not_written_to_the_logic_app() => new AnalyzerTest<CSharpLogicAppAnalyzer>
    {
        // The anonymous object's members are written through its own implicit receiver, not the LogicWorkflowData's
        // initializer around it: a member named like a property of the app (Identity, Definition) changes nothing.
        Source = TypedCSharp.Method("""
            var data = new LogicWorkflowData(location)
            {
                Definition = BinaryData.FromObjectAsJson(new
                {
                    Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned),
                    Definition = "none",
                    actions = new { Call = new { type = "Http", inputs = new { uri = "https://management.azure.com/subscriptions", {|LAMI101:authentication|} = new { type = "ManagedServiceIdentity" } } } },
                }),
            };
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);
            """),
    }.RunAsync();

    [Theory]
    [InlineData("actions")]
    [InlineData("Actions")]
    [InlineData("@actions")]
    public Task An_anonymous_definition_that_no_logic_app_takes_is_read_whatever_the_case_of_its_root_member(string actions) => new AnalyzerTest<CSharpLogicAppAnalyzer>
    {
        // A loose anonymous object is read only when a root member is named like a definition's or a template's;
        // the names match in any case, as the definition reader matches them.
        Source = TypedCSharp.Method($$"""
            var payload = BinaryData.FromObjectAsJson(new { severity = 2, criteria = new { actions = "none" } });
            var definition = BinaryData.FromObjectAsJson(new
            {
                {{actions}} = new { Call = new { type = "Http", inputs = new { uri = "https://contoso.vault.azure.net/x", {|LAMI104:authentication|} = new { type = "ManagedServiceIdentity" } } } },
            });
            """),
    }.RunAsync();

    [Fact]
    public Task An_anonymous_template_that_nothing_deploys_is_read() => new AnalyzerTest<CSharpLogicAppAnalyzer>
    {
        // "resources" is the other root member a loose anonymous object is read for: a template.
        Source = TypedCSharp.Method("""
            var template = BinaryData.FromObjectAsJson(new
            {
                Resources = new object[]
                {
                    new { type = "Microsoft.Logic/workflows", name = "orders", identity = new { type = {|LAMI006:"systemassigned"|} } },
                },
            });
            """),
    }.RunAsync();
}
