using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Azure.Core;
using ManagedIdentityAnalyzers.CodeFixes.Providers;
using ManagedIdentityAnalyzers.Entry;
using ManagedIdentityAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace ManagedIdentityAnalyzers.Tests.Rules.Definitions;

/// <summary>
/// Runs one workflow-definition case in one <see cref="Rendering"/>: the definition is built in
/// <c>Definitions.Build(location)</c>, standalone or given to a <c>LogicWorkflowData</c> with the identity the case
/// names. Fix tests compare the fixed text exactly for string renderings, and for every rendering compile and run the
/// fixed <c>Build</c> and compare the JSON it produces with the expected repaired definition.
/// </summary>
internal static class DefinitionCase
{
    /// <summary>The app has no identity at all (the <c>Identity</c> property is not set).</summary>
    public const string NoIdentity = "";

    public static TheoryData<Rendering> Renderings()
    {
        var data = new TheoryData<Rendering>();
        foreach (var rendering in Enum.GetValues<Rendering>())
        {
            data.Add(rendering);
        }

        return data;
    }

    /// <summary>
    /// Analysis only. <paramref name="identity"/>: null for a standalone definition, <see cref="NoIdentity"/> for a
    /// logic app without identity, or the C# expression of the app's identity.
    /// </summary>
    public static Task VerifyAsync(Rendering rendering, string markedJson, string? identity = null, bool connections = false) =>
        Test(rendering, markedJson, null, null, identity, connections).RunAsync();

    public static Task VerifyFixAsync(
        Rendering rendering, string markedJson, string fixedJson, string? equivalenceKey = null, string? identity = null, bool connections = false) =>
        Test(rendering, markedJson, fixedJson, equivalenceKey, identity, connections).RunAsync();

    /// <summary>
    /// <paramref name="connections"/>: the JSON is the value of the logic app's <c>$connections</c> parameter (the
    /// connection references) instead of its definition.
    /// </summary>
    public static AnalyzerTest Test(Rendering rendering, string markedJson, string? fixedJson, string? equivalenceKey, string? identity, bool connections = false)
    {
        var test = new CodeFixTest<CSharpLogicAppAnalyzer, PlanCodeFixProvider>
        {
            Source = Source(JsonRenderings.Render(markedJson, rendering), identity, connections),
            EquivalenceKey = equivalenceKey,
        };
        if (fixedJson is null)
        {
            test.CodeFix = null;
            return test;
        }

        test.FixedSource = Source(JsonRenderings.Render(fixedJson, rendering), identity, connections);
        test.CompareFixedText = JsonRenderings.IsText(rendering);
        var expected = JsonNode.Parse(JsonRenderings.StripMarkup(fixedJson));
        test.FixedCompilationCheck = (compilation, label) => FixedBuild.CheckJsonAsync(compilation, label, "Definitions", new object?[] { AzureLocation.WestEurope }, expected, "a different definition");
        return test;
    }

    public static string Source(string definition, string? identity, bool connections = false) => TypedCSharp.Usings + """
        using System.Collections.Generic;
        using System.Text.Json.Nodes;

        public static class Definitions
        {
            public static BinaryData Build(AzureLocation location)
            {
                var definition = 
        """ + definition + ";\n" + (connections ? ConnectionsApp(identity) : App(identity)) + """
            }
        }
        """;

    private static string App(string? identity) => identity switch
    {
        null => "        return definition;\n",
        NoIdentity => "        var data = new LogicWorkflowData(location) { Definition = definition };\n        return data.Definition;\n",
        _ => $"        var data = new LogicWorkflowData(location) {{ Identity = {identity}, Definition = definition }};\n        return data.Definition;\n",
    };

    private static string ConnectionsApp(string? identity) =>
        "        var data = new LogicWorkflowData(location) { "
        + (string.IsNullOrEmpty(identity) ? string.Empty : $"Identity = {identity}, ")
        + "Parameters = { [\"$connections\"] = new LogicWorkflowParameterInfo { Value = definition } } };\n"
        + "        return data.Parameters[\"$connections\"].Value;\n";
}
