using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ManagedIdentityAnalyzers.Tests.Packaging;
using ManagedIdentityAnalyzers.Tests.Rules;
using ManagedIdentityAnalyzers.Tests.Sample;
using ManagedIdentityAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ManagedIdentityAnalyzers.Tests.Robustness;

/// <summary>
/// What the mutation test mutates: the C# and JSON sources of the test corpora and of the sample. The test corpora are
/// harvested from this test project's own source files, so the corpus grows with the tests: every string literal of
/// the rule, robustness, fix and packaging tests that holds a workflow's JSON (it mentions "actions",
/// "authentication" or "$connections") or C# code that uses the SDK, with its test markup removed. Interpolation holes
/// of the test code become a placeholder. JSON is analysed inside a definition (<see cref="Rules.Definitions.DefinitionCase"/>);
/// a C# fragment that is not a whole file becomes a method body (<see cref="TypedCSharp"/>).
/// </summary>
internal static class MutationCorpus
{
    private static readonly string[] HarvestedFolders = { "Rules", "Robustness", "Fixes", "Packaging", "Sample" };

    private static readonly Lazy<Sources> Harvested = new(Harvest);

    /// <summary>JSON texts (workflow definitions, connection references, fragments of them).</summary>
    public static IReadOnlyList<(string Origin, string Json)> Json => Harvested.Value.Json;

    /// <summary>Whole C# documents: the sample's files, the end-to-end consumer, and the harvested test code.</summary>
    public static IReadOnlyList<(string Origin, string Code)> CSharp => Harvested.Value.CSharp;

    private sealed record Sources(IReadOnlyList<(string Origin, string Json)> Json, IReadOnlyList<(string Origin, string Code)> CSharp);

    private static Sources Harvest()
    {
        var json = new List<(string, string)>();
        var csharp = new List<(string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, text) in SampleFixTests.Sources())
        {
            csharp.Add(("sample/" + name, text));
        }

        csharp.Add(("e2e/" + ConsumerSource.FileName, ConsumerSource.Text));
        var testRoot = Path.Combine(RepoLayout.Root, "tests", "ManagedIdentityAnalyzers.Tests");
        foreach (var folder in HarvestedFolders)
        {
            foreach (var path in Directory.GetFiles(Path.Combine(testRoot, folder), "*.cs", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
            {
                var origin = Path.GetRelativePath(testRoot, path).Replace('\\', '/');
                var root = CSharpSyntaxTree.ParseText(File.ReadAllText(path)).GetRoot();
                foreach (var literal in root.DescendantNodes().OfType<ExpressionSyntax>())
                {
                    if (ValueOf(literal) is not string value || value.Length < 8 || !seen.Add(value))
                    {
                        continue;
                    }

                    var text = StripMarkup(value);
                    var trimmed = text.TrimStart();
                    if (trimmed.StartsWith('{') && (text.Contains("\"actions\"") || text.Contains("\"authentication\"") || text.Contains("\"$connections\"") || text.Contains("\"connectionProperties\"")))
                    {
                        json.Add((origin, text));
                    }
                    else if (text.Contains("LogicWorkflowData") || text.Contains("ManagedServiceIdentity") || text.Contains("WebSiteData") || text.Contains("BinaryData."))
                    {
                        csharp.Add((origin, text.Contains("class ") ? text : TypedCSharp.Method(text)));
                    }
                }
            }
        }

        return new Sources(json, csharp);
    }

    /// <summary>The text of a string literal or interpolated string of the test code; holes become "hole".</summary>
    private static string? ValueOf(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                return literal.Token.ValueText;
            case InterpolatedStringExpressionSyntax interpolated:
                var builder = new StringBuilder();
                foreach (var content in interpolated.Contents)
                {
                    builder.Append(content is InterpolatedStringTextSyntax text ? text.TextToken.ValueText : "hole");
                }

                return builder.ToString();
            default:
                return null;
        }
    }

    private static string StripMarkup(string text)
    {
        try
        {
            return TestMarkup.Parse(text).Text;
        }
        catch (Exception e) when (e is VerificationException or FormatException or ArgumentException)
        {
            return text;
        }
    }
}
