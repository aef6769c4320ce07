using System.Threading.Tasks;
using ManagedIdentityAnalyzers.CodeFixes.Providers;
using ManagedIdentityAnalyzers.Entry;
using ManagedIdentityAnalyzers.Tests.Verification;

namespace ManagedIdentityAnalyzers.Tests.Rules;

/// <summary>
/// Wraps a method body of typed SDK code in a compilable file, so rule tests show only the code that matters.
/// The body runs in <c>async Task Deploy(ArmClient client, ResourceGroupResource rg, AzureLocation location, string input)</c>.
/// </summary>
internal static class TypedCSharp
{
    public const string Usings = """
        using System;
        using System.Threading.Tasks;
        using Azure;
        using Azure.Core;
        using Azure.ResourceManager;
        using Azure.ResourceManager.AppService;
        using Azure.ResourceManager.Logic;
        using Azure.ResourceManager.Logic.Models;
        using Azure.ResourceManager.Models;
        using Azure.ResourceManager.Resources;

        """;

    public static string Method(string body) => Usings + """
        public class Deployments
        {
            public async Task Deploy(ArmClient client, ResourceGroupResource rg, AzureLocation location, string input)
            {
        """ + "\n" + Indent(body) + """

                await Task.CompletedTask;
            }
        }
        """;

    public static CodeFixTest<CSharpLogicAppAnalyzer, PlanCodeFixProvider> Test(string body, string? fixedBody = null, string? equivalenceKey = null) => new()
    {
        Source = Method(body),
        FixedSource = fixedBody is null ? null : Method(fixedBody),
        EquivalenceKey = equivalenceKey,
    };

    /// <summary>Analysis only: the markup in <paramref name="body"/> is the whole expectation.</summary>
    public static Task VerifyAsync(string body) => new AnalyzerTest<CSharpLogicAppAnalyzer> { Source = Method(body) }.RunAsync();

    public static Task VerifyFixAsync(string body, string fixedBody, string? equivalenceKey = null) =>
        Test(body, fixedBody, equivalenceKey).RunAsync();

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
