using System.Collections.Generic;
using System.Threading.Tasks;
using ManagedIdentityAnalyzers.CodeFixes.Providers;
using ManagedIdentityAnalyzers.Entry;
using ManagedIdentityAnalyzers.Tests.Verification;

namespace ManagedIdentityAnalyzers.Tests.Files;

/// <summary>Builders for tests of the JSON-file way in: the analyzer over additional files, with or without the fixer.</summary>
internal static class JsonFileTest
{
    public const string TemplateSchema = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";
    public const string DefinitionSchema = "https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#";

    /// <summary>Analyzes the given files (path, markup) and expects exactly their markup.</summary>
    public static Task VerifyAsync(params (string Path, string Markup)[] files) => Test(files).RunAsync();

    public static AnalyzerTest Test(params (string Path, string Markup)[] files)
    {
        var test = new AnalyzerTest<JsonFileAnalyzer>();
        test.AdditionalFiles.AddRange(files);
        return test;
    }

    public static AnalyzerTest FixTest(IEnumerable<(string Path, string Markup)> files, IEnumerable<(string Path, string Markup)> fixedFiles, string? equivalenceKey = null)
    {
        var test = new CodeFixTest<JsonFileAnalyzer, PlanCodeFixProvider> { EquivalenceKey = equivalenceKey };
        test.AdditionalFiles.AddRange(files);
        test.FixedAdditionalFiles.AddRange(fixedFiles);
        return test;
    }

    /// <summary>A template with the given resources (a JSON array's items) and, when given, variables and parameters members.</summary>
    public static string Template(string resources, string? variables = null, string? parameters = null) => $$"""
        {
          "$schema": "{{TemplateSchema}}",
          "contentVersion": "1.0.0.0",
          "parameters": {{parameters ?? "{}"}},
          "variables": {{variables ?? "{}"}},
          "resources": [
        {{resources}}
          ]
        }
        """;

    /// <summary>A Consumption workflow resource with an identity member (or none) and a definition.</summary>
    public static string Workflow(string? identity, string definition = "{ \"triggers\": {}, \"actions\": {} }", string name = "wf", string? parameters = null) => $$"""
            {
              "type": "Microsoft.Logic/workflows",
              "apiVersion": "2019-05-01",
              "name": "{{name}}",
              "location": "[resourceGroup().location]",{{(identity is null ? "" : "\n      " + identity + ",")}}
              "properties": {
                "definition": {{definition}},
                "parameters": {{parameters ?? "{}"}}
              }
            }
        """;
}
