using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ManagedIdentityAnalyzers.CodeFixes.Providers;
using ManagedIdentityAnalyzers.Entry;
using ManagedIdentityAnalyzers.Tests.Fixes;
using ManagedIdentityAnalyzers.Tests.Packaging;
using ManagedIdentityAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace ManagedIdentityAnalyzers.Tests.Sample;

/// <summary>
/// The sample's fixes, in process: each is sound (<see cref="AnalyzerTest.CheckFixSoundnessAsync"/>), and one
/// <c>dotnet format</c> run (<see cref="FormatRun"/>) fixes every fixable diagnostic of the sample.
/// </summary>
public sealed class SampleFixTests
{
    private readonly ITestOutputHelper output;

    public SampleFixTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    /// <summary>The sample's C# files: (file name, text).</summary>
    public static IReadOnlyList<(string Name, string Text)> Sources() =>
        Directory.GetFiles(RepoLayout.SampleProjectDirectory, "*.cs")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();

    /// <summary>The sample as a test project (its own .editorconfig included), the markup-free way.</summary>
    public static Project Project(AdhocWorkspace workspace)
    {
        var test = new AnalyzerTest<CSharpLogicAppAnalyzer>
        {
            Source = string.Empty,
            EditorConfig = File.ReadAllText(Path.Combine(RepoLayout.SampleProjectDirectory, ".editorconfig")),
        };
        test.AdditionalSources.AddRange(Sources().Select(s => (s.Name, s.Text)));
        return test.CreateProject(workspace);
    }

    [Fact]
    public async Task Every_fix_of_the_sample_is_sound()
    {
        using var workspace = new AdhocWorkspace();
        var project = Project(workspace);
        var fixer = new PlanCodeFixProvider();
        var diagnostics = await FormatRun.AnalyzeAsync(project.Solution);
        var fixable = diagnostics.Count(d => fixer.FixableDiagnosticIds.Contains(d.Id));
        var applied = await AnalyzerTest.CheckFixSoundnessAsync(project, new[] { new CSharpLogicAppAnalyzer() }, fixer);
        output.WriteLine($"{diagnostics.Length} diagnostics, {fixable} with a fix in the catalog; {applied} fixes and Fix Alls applied and checked.");

        // Every diagnostic of a rule with a fix is offered one here (so each was applied alone, and as Fix All).
        foreach (var diagnostic in diagnostics.Where(d => fixer.FixableDiagnosticIds.Contains(d.Id)))
        {
            var document = project.GetDocument(diagnostic.Location.SourceTree)!;
            Assert.True((await FormatRun.ActionsAsync(document, diagnostic)).Count > 0, "No fix offered for " + diagnostic);
        }

        Assert.True(fixable > 0 && applied > fixable, $"{fixable} fixable, {applied} applied");
    }

    [Theory]
    [InlineData(FormatRun.Mode.Fresh)]
    [InlineData(FormatRun.Mode.ComputedOnce)]
    public async Task One_format_run_fixes_the_sample(FormatRun.Mode mode)
    {
        using var workspace = new AdhocWorkspace();
        var project = Project(workspace);
        var fixable = new PlanCodeFixProvider().FixableDiagnosticIds;
        var before = await FormatRun.AnalyzeAsync(project.Solution);
        var solution = await FormatRun.RunAsync(project.Solution, mode);
        var after = await FormatRun.AnalyzeAsync(solution);
        var errors = (await solution.GetProject(project.Id)!.GetCompilationAsync())!.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var message = "Before:" + Environment.NewLine + string.Join(Environment.NewLine, before)
            + Environment.NewLine + "After:" + Environment.NewLine + string.Join(Environment.NewLine, after)
            + Environment.NewLine + string.Join(Environment.NewLine, errors);
        Assert.True(errors.Count == 0, message);
        Assert.True(after.All(d => !fixable.Contains(d.Id)), message);
        Assert.Equal(before.Where(d => !fixable.Contains(d.Id)).Select(d => d.Id).OrderBy(x => x), after.Select(d => d.Id).OrderBy(x => x));
    }
}
