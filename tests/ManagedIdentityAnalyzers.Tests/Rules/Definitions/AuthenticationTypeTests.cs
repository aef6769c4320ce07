using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Findings;
using static ManagedIdentityAnalyzers.Tests.Rules.Definitions.DefinitionCase;

namespace ManagedIdentityAnalyzers.Tests.Rules.Definitions;

/// <summary>LAMI100 in every rendering.</summary>
public class LAMI100Tests
{
    private const string Label = """
        {
          "actions": {
            "Call": {
              "type": "Http",
              "inputs": {
                "method": "GET",
                "uri": "https://contoso.example.com/api",
                "authentication": { "type": {|LAMI100:"Managed Identity"|} }
              }
            }
          }
        }
        """;

    private const string Fixed = """
        {
          "actions": {
            "Call": {
              "type": "Http",
              "inputs": {
                "method": "GET",
                "uri": "https://contoso.example.com/api",
                "authentication": { "type": "ManagedServiceIdentity" }
              }
            }
          }
        }
        """;

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Designer_label_is_replaced_by_the_json_value(Rendering rendering) =>
        VerifyFixAsync(rendering, Label, Fixed, FixKeys.UseCanonicalAuthenticationType);

    [Theory]
    [InlineData(Rendering.RawString)]
    [InlineData(Rendering.EscapedString)]
    [InlineData(Rendering.AnonymousObject)]
    public Task Fix_all_repairs_every_instance_in_the_project(Rendering rendering)
    {
        var twice = Label.Replace("\"Call\": {", "\"Call\": {").Replace(
            "\"actions\": {",
            "\"actions\": {\n    \"Again\": { \"type\": \"Http\", \"inputs\": { \"uri\": \"https://contoso.example.com/b\", \"authentication\": { \"type\": {|LAMI100:\"MSI\"|} } } },");
        var twiceFixed = Fixed.Replace(
            "\"actions\": {",
            "\"actions\": {\n    \"Again\": { \"type\": \"Http\", \"inputs\": { \"uri\": \"https://contoso.example.com/b\", \"authentication\": { \"type\": \"ManagedServiceIdentity\" } } },");
        var test = Test(rendering, twice, twiceFixed, FixKeys.UseCanonicalAuthenticationType, null);
        var second = Source(JsonRenderings.Render(Label, rendering), null).Replace("class Definitions", "class MoreDefinitions");
        var secondFixed = Source(JsonRenderings.Render(Fixed, rendering), null).Replace("class Definitions", "class MoreDefinitions");
        test.AdditionalSources.Add(("More.cs", second));
        test.FixedAdditionalSources.Add(("More.cs", secondFixed));
        return test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Missing_type_is_reported_on_the_authentication_key(Rendering rendering) => VerifyAsync(rendering, """
        {
          "triggers": {
            "Poll": {
              "type": "Http",
              "inputs": { "method": "GET", "uri": "https://contoso.example.com/api", {|LAMI100:"authentication"|}: { "audience": "https://contoso.example.com" } }
            }
          }
        }
        """);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Valid_types_expressions_and_unknown_values_are_not_reported(Rendering rendering) => VerifyAsync(rendering, """
        {
          "actions": {
            "A": { "type": "Http", "inputs": { "uri": "https://contoso.example.com", "authentication": { "type": "Raw", "value": "@parameters('header')" } } },
            "B": { "type": "Http", "inputs": { "uri": "https://contoso.example.com", "authentication": { "type": "@parameters('authType')" } } },
            "C": { "type": "Http", "inputs": { "uri": "https://contoso.example.com", "authentication": "@parameters('auth')" } }
          }
        }
        """);
}
