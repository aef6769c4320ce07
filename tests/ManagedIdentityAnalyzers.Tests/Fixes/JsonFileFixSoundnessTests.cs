using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ManagedIdentityAnalyzers.CodeFixes.Providers;
using ManagedIdentityAnalyzers.Entry;
using ManagedIdentityAnalyzers.Tests.Packaging;
using ManagedIdentityAnalyzers.Tests.Robustness;
using ManagedIdentityAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace ManagedIdentityAnalyzers.Tests.Fixes;

/// <summary>
/// Fix soundness in JSON files (<see cref="AnalyzerTest.CheckFixSoundnessAsync"/>: every fix offered in a file is
/// applied alone and as Fix All, and must remove its diagnostic, add none of ours and keep a well-formed file
/// well-formed) on the sample's JSON files and on the file texts of <see cref="FileMutationCorpus"/> (the file tests'
/// texts and the rule tests' definitions as Standard workflow.json files), as written and with CRLF line ends, a byte
/// order mark or comments. The file tests themselves get the same check from the verifier (<see cref="SoundnessDefaults"/>).
/// </summary>
public sealed class JsonFileFixSoundnessTests
{
    private readonly ITestOutputHelper output;

    public JsonFileFixSoundnessTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    private static AnalyzerTest Test(IEnumerable<(string Path, string Text)> files, string? config = null)
    {
        var test = new AnalyzerTest { Analyzers = new DiagnosticAnalyzer[] { new JsonFileAnalyzer() }, EditorConfig = config };
        test.AdditionalFiles.AddRange(files);
        return test;
    }

    [Fact]
    public async Task Every_fix_in_the_samples_json_files_is_sound()
    {
        var fileCase = FileMutationCorpus.Sample;
        var files = fileCase.SelectMany(c => c.Files).Distinct().ToList();
        Assert.Contains(files, f => f.Path.EndsWith("/deploy/orders.template.json", StringComparison.Ordinal));
        Assert.Contains(files, f => f.Path.EndsWith("/OrdersApp/connections.json", StringComparison.Ordinal));
        using var workspace = new AdhocWorkspace();
        var project = Test(files, File.ReadAllText(Path.Combine(RepoLayout.SampleProjectDirectory, ".globalconfig"))).CreateProject(workspace);
        var fixer = new PlanCodeFixProvider();
        var diagnostics = await (await project.GetCompilationAsync())!
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new JsonFileAnalyzer()), project.AnalyzerOptions)
            .GetAnalyzerDiagnosticsAsync();
        var fixable = diagnostics.Where(d => fixer.FixableDiagnosticIds.Contains(d.Id)).ToList();

        var applied = await AnalyzerTest.CheckFixSoundnessAsync(project, new[] { new JsonFileAnalyzer() }, fixer);
        output.WriteLine($"{diagnostics.Length} diagnostics in the sample's JSON files, {fixable.Count} of rules with a fix; {applied} fixes and Fix Alls applied and checked.");

        // The findings whose fix is an edit of the file are offered it (LAMI006 on a value of the parameter file and
        // LAMI102 on an expression are reported without a fix in the template).
        var offered = new List<string>();
        foreach (var diagnostic in fixable)
        {
            Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);
            var file = project.AdditionalDocuments.Single(f => f.FilePath == diagnostic.Location.GetLineSpan().Path);
            var actions = new List<CodeAction>();
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(file, diagnostic, (a, _) => actions.Add(a), default));
            if (actions.Count > 0)
            {
                offered.Add(diagnostic.Id);
            }
        }

        Assert.Equal(new[] { "LAMI006", "LAMI101", "LAMI106", "LAMI120", "LAMI121", "LAMI204" }, offered.Distinct().Order());
        Assert.True(applied > offered.Count, $"{offered.Count} with a fix, {applied} applied");
    }

    public static IEnumerable<object[]> Variants() => new[] { "as written", "crlf", "bom", "comments" }.Select(v => new object[] { v });

    /// <summary>
    /// Each file text of the tests, and each of the sample's files with the files it is read with, as written and in
    /// the variants a well-formed file may take: CRLF line ends, a byte order mark, comments between tokens.
    /// </summary>
    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Every_fix_in_the_file_texts_of_the_tests_is_sound(string variant)
    {
        var failures = new List<string>();
        var applied = 0;
        var cases = FileMutationCorpus.Tests.Concat(FileMutationCorpus.Definitions).Concat(FileMutationCorpus.Sample).ToList();
        for (var i = 0; i < cases.Count; i++)
        {
            var fileCase = cases[i];
            var files = fileCase.Files.Select((f, index) => index == fileCase.Target ? (f.Path, Variant(f.Text, variant, i)) : f).ToList();
            using var workspace = new AdhocWorkspace();
            try
            {
                applied += await AnalyzerTest.CheckFixSoundnessAsync(Test(files).CreateProject(workspace), new[] { new JsonFileAnalyzer() }, new PlanCodeFixProvider());
            }
            catch (VerificationException e)
            {
                failures.Add($"{fileCase.Origin} as {fileCase.TargetPath} ({variant}): {e.Message}");
            }
        }

        output.WriteLine($"{cases.Count} files ({cases.Count(c => AnalyzerTest.IsJson(c.TargetText))} well-formed), {variant}: {applied} fixes and Fix Alls applied and checked.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine + Environment.NewLine, failures));
        Assert.True(applied > cases.Count / 4, $"{applied} fixes applied in {cases.Count} files");
    }

    private static string Variant(string text, string variant, int seed) => variant switch
    {
        "crlf" => text.Replace("\r\n", "\n").Replace("\n", "\r\n"),
        "bom" => "\uFEFF" + text,
        "comments" => FileMutants.WithComments(text, new Random(seed)),
        _ => text,
    };
}
