using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ManagedIdentityAnalyzers.Tests.Files;
using ManagedIdentityAnalyzers.Tests.Packaging;
using ManagedIdentityAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ManagedIdentityAnalyzers.Tests.Robustness;

/// <summary>
/// One logic-app JSON file to mutate, with the files of the project it is read with: <see cref="Files"/> holds every
/// file (paths under <c>/0/</c>), <see cref="Target"/> the index of the one to mutate.
/// </summary>
internal sealed record FileCase(string Origin, IReadOnlyList<(string Path, string Text)> Files, int Target)
{
    public string TargetPath => Files[Target].Path;

    public string TargetText => Files[Target].Text;
}

/// <summary>
/// What the mutation test mutates as JSON files (<see cref="JsonFileAnalyzer"/>'s way in): the sample's files
/// (<c>deploy/*.json</c>, and <c>OrdersApp/</c>'s connections.json and workflow.json files, each read with the other
/// files of its template or project), and the file texts of the file tests (the string literals of the
/// <c>Files</c> tests and of <see cref="HostileFileTests"/>: templates, connections.json and workflow.json shapes,
/// bare definitions, workflow resources and identity members, which get a template around them), each under a name
/// that makes the classifier pick its kind. Interpolation holes are filled with the constant or the parameter default
/// they name, else with a placeholder that keeps the JSON's shape (a string, a value or a member).
/// </summary>
internal static class FileMutationCorpus
{
    private static readonly string[] HarvestedFiles = { "Files", "Robustness/HostileFileTests.cs" };

    private static readonly Lazy<Corpus> Harvested = new(Harvest);

    /// <summary>The sample's JSON files, each with the files it is read with.</summary>
    public static IReadOnlyList<FileCase> Sample => Harvested.Value.Sample;

    /// <summary>The file texts of the file tests.</summary>
    public static IReadOnlyList<FileCase> Tests => Harvested.Value.Tests;

    /// <summary>The workflow definitions of <see cref="MutationCorpus.Json"/>, each as a Standard workflow.json.</summary>
    public static IReadOnlyList<FileCase> Definitions => Harvested.Value.Definitions;

    public static int Count => Sample.Count + Tests.Count + Definitions.Count;

    private sealed record Corpus(IReadOnlyList<FileCase> Sample, IReadOnlyList<FileCase> Tests, IReadOnlyList<FileCase> Definitions);

    private static Corpus Harvest()
    {
        var definitions = MutationCorpus.Json
            .Where(j => j.Json.Contains("\"actions\"", StringComparison.Ordinal) && !j.Json.Contains("\"definition\"", StringComparison.Ordinal))
            .Select(j => Single(j.Origin, "/0/App/Flow/workflow.json", StandardWorkflow(j.Json)))
            .ToList();
        return new Corpus(SampleCases(), TestCases(), definitions);
    }

    /// <summary>A Standard workflow.json around a definition.</summary>
    public static string StandardWorkflow(string definition) => "{\n  \"definition\": " + definition + ",\n  \"kind\": \"Stateful\"\n}\n";

    private static FileCase Single(string origin, string path, string text) => new(origin, new[] { (path, text) }, 0);

    private static List<FileCase> SampleCases()
    {
        var cases = new List<FileCase>();
        foreach (var folder in new[] { "deploy", "OrdersApp" })
        {
            var files = Directory.GetFiles(Path.Combine(RepoLayout.SampleProjectDirectory, folder), "*.json", SearchOption.AllDirectories)
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => ("/0/" + Path.GetRelativePath(RepoLayout.SampleProjectDirectory, p).Replace('\\', '/'), File.ReadAllText(p)))
                .ToList();
            for (var i = 0; i < files.Count; i++)
            {
                cases.Add(new FileCase("sample/" + files[i].Item1.Substring("/0/".Length), files, i));
            }
        }

        return cases;
    }

    private static List<FileCase> TestCases()
    {
        var testRoot = Path.Combine(RepoLayout.Root, "tests", "ManagedIdentityAnalyzers.Tests");
        var paths = HarvestedFiles
            .SelectMany(entry => entry.EndsWith(".cs", StringComparison.Ordinal)
                ? new[] { Path.Combine(testRoot, entry) }
                : Directory.GetFiles(Path.Combine(testRoot, entry), "*.cs", SearchOption.AllDirectories))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
        var roots = paths.Select(p => (Origin: Path.GetRelativePath(testRoot, p).Replace('\\', '/'), Root: CSharpSyntaxTree.ParseText(File.ReadAllText(p)).GetRoot())).ToList();

        // String constants of the file tests and of the identity IDs they use, by name: what the holes name.
        var constants = new Dictionary<string, string>(StringComparer.Ordinal);
        var constantSources = roots.Select(r => r.Root).Append(CSharpSyntaxTree.ParseText(File.ReadAllText(Path.Combine(testRoot, "Rules", "Identity", "IdentityIds.cs"))).GetRoot());
        foreach (var field in constantSources.SelectMany(r => r.DescendantNodes().OfType<FieldDeclarationSyntax>()).Where(f => f.Modifiers.Any(SyntaxKind.ConstKeyword)))
        {
            foreach (var variable in field.Declaration.Variables)
            {
                if (variable.Initializer?.Value is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
                {
                    constants.TryAdd(variable.Identifier.ValueText, StripMarkup(literal.Token.ValueText));
                }
            }
        }

        var cases = new List<FileCase>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (origin, root) in roots)
        {
            foreach (var expression in root.DescendantNodes().OfType<ExpressionSyntax>())
            {
                var value = expression switch
                {
                    LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => literal.Token.ValueText,
                    InterpolatedStringExpressionSyntax interpolated => Fill(interpolated, constants),
                    _ => null,
                };
                if (value is null || value.Length < 16)
                {
                    continue;
                }

                var text = StripMarkup(value);
                if (Placed(text, cases.Count) is { } path && seen.Add(text))
                {
                    cases.Add(Single(origin, "/0/" + path.Name, path.Text));
                }
            }
        }

        return cases;
    }

    /// <summary>The file a harvested text becomes (its name and text), or null when it is none of the logic-app shapes.</summary>
    private static (string Name, string Text)? Placed(string text, int index)
    {
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith("\"identity\"", StringComparison.Ordinal))
        {
            return ("azuredeploy.json", JsonFileTest.Template(JsonFileTest.Workflow(trimmed.TrimEnd().TrimEnd(','))));
        }

        if (!trimmed.StartsWith('{'))
        {
            return null;
        }

        if (text.Contains("deploymentParameters", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (text.Contains("\"managedApiConnections\"", StringComparison.Ordinal) || text.Contains("\"serviceProviderConnections\"", StringComparison.Ordinal)
            || text.Contains("\"functionConnections\"", StringComparison.Ordinal))
        {
            return ("OrdersApp/connections.json", text);
        }

        if (text.Contains("\"resources\"", StringComparison.Ordinal) || text.Contains("deploymentTemplate", StringComparison.OrdinalIgnoreCase))
        {
            return (index % 2 == 0 ? "azuredeploy.json" : "deploy/orders.template.json", text);
        }

        if (text.Contains("\"definition\"", StringComparison.Ordinal))
        {
            return ("OrdersApp/Orders/workflow.json", text);
        }

        if (text.Contains("workflowdefinition", StringComparison.OrdinalIgnoreCase))
        {
            return ("definitions/orders.json", text);
        }

        if (text.Contains("Microsoft.Logic/workflows", StringComparison.OrdinalIgnoreCase))
        {
            return ("azuredeploy.json", JsonFileTest.Template(text));
        }

        if (text.Contains("\"actions\"", StringComparison.Ordinal) || text.Contains("\"triggers\"", StringComparison.Ordinal))
        {
            return index % 2 == 0
                ? ("Flows/Orders/workflow.json", StandardWorkflow(text))
                : ("azuredeploy.json", JsonFileTest.Template(JsonFileTest.Workflow(null, text)));
        }

        return null;
    }

    /// <summary>The text of an interpolated string of the test code, its holes filled (see the class).</summary>
    private static string Fill(InterpolatedStringExpressionSyntax interpolated, Dictionary<string, string> constants)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < interpolated.Contents.Count; i++)
        {
            switch (interpolated.Contents[i])
            {
                case InterpolatedStringTextSyntax text:
                    builder.Append(text.TextToken.ValueText);
                    break;
                case InterpolationSyntax hole:
                    var next = i + 1 < interpolated.Contents.Count && interpolated.Contents[i + 1] is InterpolatedStringTextSyntax following ? following.TextToken.ValueText : string.Empty;
                    builder.Append(Named(hole.Expression, constants) ?? Placeholder(builder.ToString(), next));
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>The value of a constant the hole names, or the default of the parameter it names.</summary>
    private static string? Named(ExpressionSyntax expression, Dictionary<string, string> constants)
    {
        var name = expression switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            _ => null,
        };
        if (name is null)
        {
            return null;
        }

        if (constants.TryGetValue(name, out var value))
        {
            return value;
        }

        var parameter = expression.Ancestors()
            .Select(a => a switch
            {
                BaseMethodDeclarationSyntax method => method.ParameterList,
                LocalFunctionStatementSyntax local => local.ParameterList,
                _ => null,
            })
            .FirstOrDefault(list => list is not null)?
            .Parameters.FirstOrDefault(p => p.Identifier.ValueText == name);
        return parameter?.Default?.Value is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
            ? StripMarkup(literal.Token.ValueText)
            : null;
    }

    /// <summary>What stands for a hole of unknown value: text inside a string, a value, or a member in an object.</summary>
    private static string Placeholder(string before, string after)
    {
        // Inside a string, or where a value or a member goes (by the innermost open bracket).
        var inString = false;
        var open = new Stack<char>();
        for (var i = 0; i < before.Length; i++)
        {
            var c = before[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c is '{' or '[')
            {
                open.Push(c);
            }
            else if (c is '}' or ']' && open.Count > 0)
            {
                open.Pop();
            }
        }

        if (inString)
        {
            return "hole";
        }

        var previous = before.TrimEnd() is { Length: > 0 } trimmed ? trimmed[^1] : '\0';
        var following = after.TrimStart() is { Length: > 0 } rest ? rest[0] : '\0';
        var separator = following is '"' or '{' or '[' ? ", " : string.Empty;
        if (previous == ':' || open.Count == 0 || open.Peek() == '[')
        {
            return previous == ':' ? "{}" : "{}" + separator;
        }

        return "\"hole\": {}" + separator;
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
