using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ManagedIdentityAnalyzers.CodeFixes.Providers;
using ManagedIdentityAnalyzers.Entry;
using ManagedIdentityAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace ManagedIdentityAnalyzers.Tests.Robustness;

/// <summary>
/// The analyzer and its fixes on mutants of every C# and JSON source of the test corpora and of the sample
/// (<see cref="MutationCorpus"/>, <see cref="Mutants"/>): every analysis completes without an analyzer exception
/// (AD0001), every fix offered applies without an exception (and Fix All too), and the analyzer's own time per document
/// (<c>ExecutionTime</c> telemetry) stays below <see cref="PerDocumentBound"/>, a bound two orders of magnitude above
/// what a document takes, so that only a hang or a pathological walk trips it. The seed, the number of mutants and the
/// slowest documents are printed (test output, and <c>mutation-report.txt</c> beside the test assembly).
/// <para>
/// The JSON files of the project get the same treatment (<see cref="FileMutationCorpus"/>, <see cref="FileMutants"/>):
/// each mutant file is analysed by <see cref="JsonFileAnalyzer"/> (and <see cref="CSharpLogicAppAnalyzer"/>, with a
/// C# document that loads it) with the other files of its template or project, and every fix offered in the file is
/// applied through <c>CodeFixContext(TextDocument, ...)</c>, and Fix All per rule.
/// </para>
/// <para>
/// Default: <see cref="DefaultCount"/> C# mutants and <see cref="DefaultFileCount"/> file mutants with seed
/// <see cref="DefaultSeed"/>, plus the hostile documents and files. A larger run: <c>MIA_MUTATIONS=5000</c> (count;
/// the file mutants are then two thirds of it, or <c>MIA_FILE_MUTATIONS=&lt;n&gt;</c>) and optionally
/// <c>MIA_MUTATION_SEED=&lt;n&gt;</c>; one mutant alone: <c>MIA_MUTATION_ONLY=&lt;index&gt;</c> (see docs/testing.md).
/// </para>
/// </summary>
public sealed class MutationTests
{
    public const int DefaultCount = 150;

    /// <summary>Random mutants of JSON files by default (<c>MIA_FILE_MUTATIONS</c>; else this share of <c>MIA_MUTATIONS</c>).</summary>
    public const int DefaultFileCount = 100;
    public const int DefaultSeed = 20_260_101;
    public static readonly TimeSpan PerDocumentBound = TimeSpan.FromSeconds(20);

    /// <summary>A document whose analysis does not finish within this time fails the test as a hang.</summary>
    private static readonly TimeSpan HangTimeout = TimeSpan.FromMinutes(2);

    private const int MaxFixedDiagnosticsPerMutant = 6;
    private const int MaxActionsPerDiagnostic = 2;

    private readonly ITestOutputHelper output;

    public MutationTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [Fact]
    public async Task Mutants_are_analysed_and_fixed_without_exceptions()
    {
        var seed = Setting("MIA_MUTATION_SEED") ?? DefaultSeed;
        var count = Setting("MIA_MUTATIONS") ?? DefaultCount;
        var fileCount = Setting("MIA_FILE_MUTATIONS") ?? count * DefaultFileCount / DefaultCount;
        var only = Setting("MIA_MUTATION_ONLY");
        var specials = Mutants.Specials().Concat(FileMutants.Specials());
        var mutants = only is int single
            ? (single < 0 ? specials.Where(m => m.Index == single)
                : single >= FileMutants.FirstIndex ? new[] { FileMutants.Random(seed, single) }
                : new[] { Mutants.Random(seed, single) }).ToList()
            : specials
                .Concat(Enumerable.Range(0, count).Select(i => Mutants.Random(seed, i)))
                .Concat(Enumerable.Range(FileMutants.FirstIndex, fileCount).Select(i => FileMutants.Random(seed, i)))
                .ToList();

        var results = new ConcurrentBag<Result>();
        var failures = new ConcurrentBag<string>();
        var stopwatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(mutants, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (mutant, _) =>
        {
            try
            {
                results.Add(await RunAsync(mutant));
            }
            catch (Exception e)
            {
                failures.Add($"{mutant}: {e}");
            }
        });

        var report = Report(seed, count, fileCount, mutants.Count, results.ToList(), failures.ToList(), stopwatch.Elapsed);
        output.WriteLine(report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "mutation-report.txt"), report);
        Assert.True(failures.IsEmpty, report);
        Assert.Equal(mutants.Count, results.Count);
    }

    private sealed record Result(Mutant Mutant, TimeSpan ExecutionTime, int Diagnostics, int FixesApplied);

    private static async Task<Result> RunAsync(Mutant mutant)
    {
        if (mutant.Project is not null)
        {
            return await RunFileAsync(mutant);
        }

        using var cancellation = new CancellationTokenSource(HangTimeout);
        var token = cancellation.Token;
        using var workspace = new AdhocWorkspace();
        var document = Document(workspace, mutant.Text);
        var (diagnostics, executionTime) = await AnalyzeAsync(document.Project, ImmutableArray.Create<DiagnosticAnalyzer>(new CSharpLogicAppAnalyzer()), cancellation);
        return new Result(mutant, executionTime, diagnostics.Length, await ApplyFixesAsync(document, diagnostics, token));
    }

    /// <summary>
    /// A mutant of a JSON file: the file with the other files of its template or project, as additional files, and a
    /// C# document that loads it (<c>File.ReadAllText</c>, as a template and as a definition); both analyzers run.
    /// Every fix offered in the file is applied, and Fix All per rule; each Fix All's result is analysed again.
    /// </summary>
    private static async Task<Result> RunFileAsync(Mutant mutant)
    {
        using var cancellation = new CancellationTokenSource(HangTimeout);
        var token = cancellation.Token;
        using var workspace = new AdhocWorkspace();
        var project = FileProject(workspace, mutant.Project!);
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new JsonFileAnalyzer(), new CSharpLogicAppAnalyzer());
        var (diagnostics, executionTime) = await AnalyzeAsync(project, analyzers, cancellation);
        var applied = await ApplyFixesAsync(project.Documents.Single(), diagnostics.Where(d => d.Location.IsInSource).ToImmutableArray(), token);
        applied += await ApplyFileFixesAsync(project, diagnostics, analyzers, cancellation);
        return new Result(mutant, executionTime, diagnostics.Length, applied);
    }

    /// <summary>The analyzers' diagnostics and their time (ExecutionTime telemetry, summed); throws on AD0001, a hang or a time over the bound.</summary>
    private static async Task<(ImmutableArray<Diagnostic> Diagnostics, TimeSpan ExecutionTime)> AnalyzeAsync(Project project, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationTokenSource cancellation)
    {
        var token = cancellation.Token;
        var compilation = (await project.GetCompilationAsync(token))!;
        var exceptions = new ConcurrentQueue<Exception>();
        var options = new CompilationWithAnalyzersOptions(project.AnalyzerOptions, (e, _, _) => exceptions.Enqueue(e), concurrentAnalysis: true, logAnalyzerExecutionTime: true);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        ImmutableArray<Diagnostic> diagnostics;
        try
        {
            diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(token);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            throw new InvalidOperationException($"The analysis did not finish within {HangTimeout.TotalMinutes} minutes.");
        }

        var crashes = diagnostics.Where(d => d.Id == "AD0001").Select(d => d.GetMessage(CultureInfo.InvariantCulture)).Concat(exceptions.Select(e => e.ToString())).ToList();
        if (crashes.Count > 0)
        {
            throw new InvalidOperationException("AD0001: " + string.Join(Environment.NewLine, crashes));
        }

        var executionTime = TimeSpan.Zero;
        foreach (var analyzer in analyzers)
        {
            executionTime += (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, token)).ExecutionTime;
        }

        if (executionTime > PerDocumentBound)
        {
            throw new InvalidOperationException($"The analyzer took {executionTime.TotalSeconds:F1} s on one document (bound {PerDocumentBound.TotalSeconds} s).");
        }

        return (diagnostics, executionTime);
    }

    /// <summary>
    /// Applies the fixes offered for diagnostics in the JSON files (a few per diagnostic, through
    /// <c>CodeFixContext(TextDocument, ...)</c>) and one Fix All per rule (Project scope, started from the project as
    /// hosts do for an additional document), whose result is analysed again; any exception fails the mutant.
    /// </summary>
    private static async Task<int> ApplyFileFixesAsync(Project project, ImmutableArray<Diagnostic> diagnostics, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationTokenSource cancellation)
    {
        var token = cancellation.Token;
        var fixer = new PlanCodeFixProvider();
        var applied = 0;
        var keys = new Dictionary<string, string?>(StringComparer.Ordinal);
        var fixable = diagnostics.Where(d => fixer.FixableDiagnosticIds.Contains(d.Id) && d.Location.Kind == LocationKind.ExternalFile).Take(MaxFixedDiagnosticsPerMutant).ToList();
        foreach (var diagnostic in fixable)
        {
            var path = diagnostic.Location.GetLineSpan().Path;
            var file = project.AdditionalDocuments.FirstOrDefault(d => d.FilePath == path)
                ?? throw new InvalidOperationException($"{diagnostic} is located in {path}, which is no file of the project.");
            var actions = new List<CodeAction>();
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(file, diagnostic, (a, _) => actions.Add(a), token));
            foreach (var action in actions.Take(MaxActionsPerDiagnostic))
            {
                keys.TryAdd(diagnostic.Id, action.EquivalenceKey);
                var solution = (await action.GetOperationsAsync(token)).OfType<ApplyChangesOperation>().Single().ChangedSolution;
                _ = await solution.GetAdditionalDocument(file.Id)!.GetTextAsync(token);
                applied++;
            }
        }

        foreach (var (id, key) in keys)
        {
            var context = new FixAllContext(
                project,
                fixer,
                FixAllScope.Project,
                key,
                new[] { id },
                new TestDiagnosticProvider((_, _) => Task.FromResult(diagnostics)),
                token);
            if (await fixer.GetFixAllProvider().GetFixAsync(context) is { } fixAll)
            {
                var solution = (await fixAll.GetOperationsAsync(token)).OfType<ApplyChangesOperation>().Single().ChangedSolution;
                _ = await AnalyzeAsync(solution.GetProject(project.Id)!, analyzers, cancellation);
                applied++;
            }
        }

        return applied;
    }

    /// <summary>Applies the fixes offered (a few per diagnostic) and one Fix All per rule; any exception fails the mutant.</summary>
    private static async Task<int> ApplyFixesAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var fixer = new PlanCodeFixProvider();
        var applied = 0;
        var fixable = diagnostics.Where(d => fixer.FixableDiagnosticIds.Contains(d.Id) && d.Location.IsInSource).Take(MaxFixedDiagnosticsPerMutant).ToList();
        foreach (var diagnostic in fixable)
        {
            var actions = new List<CodeAction>();
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), cancellationToken));
            foreach (var action in actions.Take(MaxActionsPerDiagnostic))
            {
                _ = (await action.GetOperationsAsync(cancellationToken)).OfType<ApplyChangesOperation>().Single().ChangedSolution;
                applied++;
            }
        }

        foreach (var id in fixable.Select(d => d.Id).Distinct())
        {
            var context = new FixAllContext(
                document,
                fixer,
                FixAllScope.Document,
                null!,
                new[] { id },
                new TestDiagnosticProvider((_, _) => Task.FromResult(diagnostics)),
                cancellationToken);
            if (await fixer.GetFixAllProvider().GetFixAsync(context) is { } fixAll)
            {
                _ = (await fixAll.GetOperationsAsync(cancellationToken)).OfType<ApplyChangesOperation>().Single().ChangedSolution;
                applied++;
            }
        }

        return applied;
    }

    private static Document Document(AdhocWorkspace workspace, string text)
    {
        var projectId = ProjectId.CreateNewId("Mutant");
        var documentId = DocumentId.CreateNewId(projectId, "Mutant.cs");
        var solution = MutantProject(workspace, projectId, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable))
            .AddDocument(documentId, "Mutant.cs", SourceText.From(text), filePath: "/0/Mutant.cs");
        return solution.GetDocument(documentId)!;
    }

    /// <summary>
    /// The project every mutant is compiled in. Nullable analysis is off in <paramref name="options"/>: Roslyn's
    /// nullability rewriter recurses over 2,000 nested initializers without a stack guard and may overflow the compiler
    /// itself, before any analyzer runs.
    /// </summary>
    private static Solution MutantProject(AdhocWorkspace workspace, ProjectId projectId, CSharpCompilationOptions options) =>
        workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            "Mutant",
            "Mutant",
            LanguageNames.CSharp,
            filePath: "/0/Mutant.csproj",
            compilationOptions: options,
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: ReferenceAssemblies.AzureSdk));

    /// <summary>A project with the files of <paramref name="fileCase"/> as additional files and a C# document that loads its target.</summary>
    private static Project FileProject(AdhocWorkspace workspace, FileCase fileCase)
    {
        var projectId = ProjectId.CreateNewId("Mutant");
        var relative = fileCase.TargetPath.Substring("/0/".Length);
        var loader = $$"""
            using System.IO;
            using System.Threading.Tasks;
            using Azure;
            using Azure.Core;
            using Azure.ResourceManager.Logic;
            using Azure.ResourceManager.Resources;
            using Azure.ResourceManager.Resources.Models;

            public class Deployments
            {
                public async Task Deploy(ResourceGroupResource rg, AzureLocation location)
                {
                    var properties = new ArmDeploymentProperties(ArmDeploymentMode.Incremental) { Template = BinaryData.FromString(File.ReadAllText("{{relative}}")) };
                    await rg.GetArmDeployments().CreateOrUpdateAsync(WaitUntil.Completed, "orders", new ArmDeploymentContent(properties));
                    var data = new LogicWorkflowData(location) { Definition = BinaryData.FromString(File.ReadAllText("{{relative}}")) };
                    await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);
                }
            }
            """;

        // Every rule on, those off by default too.
        var rules = new JsonFileAnalyzer().SupportedDiagnostics.Where(d => !d.IsEnabledByDefault).ToDictionary(d => d.Id, _ => ReportDiagnostic.Warn);
        var solution = MutantProject(workspace, projectId, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable).WithSpecificDiagnosticOptions(rules))
            .AddDocument(DocumentId.CreateNewId(projectId, "Deployments.cs"), "Deployments.cs", SourceText.From(loader), filePath: "/0/Deployments.cs");
        foreach (var (path, text) in fileCase.Files)
        {
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId, path), System.IO.Path.GetFileName(path), SourceText.From(text), filePath: path);
        }

        return solution.GetProject(projectId)!;
    }

    private static string Report(int seed, int count, int fileCount, int mutants, List<Result> results, List<string> failures, TimeSpan elapsed)
    {
        var builder = new StringBuilder();
        builder.AppendLine($"Mutation run: seed {seed}, {count} random mutants of C# documents, {fileCount} of JSON files and {mutants - count - fileCount} hostile documents and files ({mutants} in all), {elapsed.TotalSeconds:F0} s.");
        builder.AppendLine($"Replay: MIA_MUTATION_SEED={seed} MIA_MUTATIONS={count} MIA_FILE_MUTATIONS={fileCount}; one mutant: MIA_MUTATION_ONLY=<index>.");
        builder.AppendLine($"Corpus: {MutationCorpus.Json.Count} JSON texts and {MutationCorpus.CSharp.Count} C# documents (test corpora and sample); "
            + $"JSON files: {FileMutationCorpus.Sample.Count} of the sample, {FileMutationCorpus.Tests.Count} of the file tests, {FileMutationCorpus.Definitions.Count} definitions as workflow.json.");
        var files = results.Where(r => r.Mutant.Project is not null).ToList();
        builder.AppendLine($"JSON files: {files.Count} analysed, {files.Count(r => r.Diagnostics > 0)} with diagnostics ({files.Sum(r => r.Diagnostics)} in all), {files.Sum(r => r.FixesApplied)} fixes and Fix Alls applied.");
        builder.AppendLine($"{results.Count} analysed, {results.Count(r => r.Diagnostics > 0)} with diagnostics ({results.Sum(r => r.Diagnostics)} in all), {results.Sum(r => r.FixesApplied)} fixes and Fix Alls applied.");
        if (results.Count > 0)
        {
            var times = results.Select(r => r.ExecutionTime).OrderBy(t => t).ToList();
            builder.AppendLine($"Analyzer time per document (ExecutionTime): median {times[times.Count / 2].TotalMilliseconds:F1} ms, max {times[^1].TotalMilliseconds:F1} ms; bound {PerDocumentBound.TotalSeconds:F0} s.");
            builder.AppendLine("Slowest:");
            foreach (var result in results.OrderByDescending(r => r.ExecutionTime).Take(5))
            {
                builder.AppendLine($"  {result.ExecutionTime.TotalMilliseconds,9:F1} ms  {result.Mutant}");
            }
        }

        if (failures.Count > 0)
        {
            builder.AppendLine($"{failures.Count} failures:");
            foreach (var failure in failures.OrderBy(f => f, StringComparer.Ordinal))
            {
                builder.AppendLine(failure);
            }
        }

        return builder.ToString();
    }

    private static int? Setting(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
}
