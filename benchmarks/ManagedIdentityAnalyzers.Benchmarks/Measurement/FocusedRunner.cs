using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Benchmarks.Baselines;
using ManagedIdentityAnalyzers.Benchmarks.Corpus;
using ManagedIdentityAnalyzers.Entry;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Benchmarks.Measurement
{
    /// <summary>One row of a focused scenario: an analyzer on one input, per analysis.</summary>
    internal sealed record FocusedRow(string Label, bool IsOurs, Stat ExecutionMilliseconds, Stat WallMilliseconds, Stat AllocatedKilobytes, int Diagnostics);

    /// <summary>The rows of a scenario that times one analysis of a small input many times (not a 1,000-file corpus).</summary>
    internal sealed class FocusedResult
    {
        public FocusedResult(string scenario, string title, string description)
        {
            Scenario = scenario;
            Title = title;
            Description = description;
        }

        public string Scenario { get; }

        public string Title { get; }

        public string Description { get; }

        public List<FocusedRow> Rows { get; } = new();

        public List<string> Failures { get; } = new();
    }

    /// <summary>
    /// The scenarios that time one analysis rather than a corpus. <b>ide</b>: what the IDE does after an edit, the
    /// semantic analysis of one document (<c>GetAnalysisResultAsync(SemanticModel, ...)</c>) on a fresh compilation,
    /// for the documents of <see cref="LargeDocuments"/>. <b>json-files</b>: the JSON-file analyzer on a project's
    /// additional files (<see cref="JsonFileCorpus"/>): the non-logic-app files alone, the templates alone, and both.
    /// Everything runs on one thread; allocations are the process's allocated bytes around the analysis (the benchmark
    /// does nothing else meanwhile), and each analysis is checked against its planted diagnostics.
    /// </summary>
    internal static class FocusedRunner
    {
        private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp13);

        private static readonly CSharpCompilationOptions Options = new(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            concurrentBuild: false);

        public static async Task<FocusedResult> IdeLatencyAsync(ImmutableArray<MetadataReference> references, int warmup, int runs, TextWriter progress)
        {
            var result = new FocusedResult(
                "ide",
                "one document analyzed on its own (IDE latency), Azure SDK referenced",
                $"per-document semantic analysis of one file with a {LargeDocuments.ActionCount}-action definition, on a fresh two-file compilation (the document and the shared model file), one thread; medians of {runs} analyses after {warmup} unrecorded ones");
            progress.Write("  ide: ");
            var shared = CSharpSyntaxTree.ParseText(PlainCode.SharedFile, ParseOptions, path: "Shared/ResourceSpec.cs");
            foreach (var document in LargeDocuments.All)
            {
                var tree = CSharpSyntaxTree.ParseText(document.Text, ParseOptions, path: document.Path);
                var errors = CSharpCompilation.Create("Ide", new[] { shared, tree }, references, Options)
                    .GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
                if (errors.Length > 0)
                {
                    result.Failures.Add($"{document.Name}: the document does not compile ({errors.Length} errors), first: {errors[0]}");
                    continue;
                }

                foreach (var (label, analyzer, isOurs) in new (string, DiagnosticAnalyzer, bool)[]
                {
                    ($"{document.Name}: semantic-model no-op action (baseline)", new NoOpSemanticModelAnalyzer(), false),
                    ($"{document.Name}: {Program.OursLabel}", new CSharpLogicAppAnalyzer(), true),
                })
                {
                    var samples = new List<(double Execution, double Wall, double Kilobytes, int Diagnostics)>();
                    for (var run = -warmup; run < runs; run++)
                    {
                        var compilation = CSharpCompilation.Create("Ide", new[] { shared, tree }, references, Options);
                        var sample = await AnalyzeAsync(compilation, analyzer, ImmutableArray<AdditionalText>.Empty, compilation.GetSemanticModel(tree)).ConfigureAwait(false);
                        if (isOurs)
                        {
                            var expected = document.ExpectedRuleIds.OrderBy(id => id, StringComparer.Ordinal);
                            var got = sample.Diagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal).ToArray();
                            if (!expected.SequenceEqual(got) || sample.Exceptions > 0)
                            {
                                result.Failures.Add($"{label}: expected [{string.Join(", ", document.ExpectedRuleIds)}], got [{string.Join(", ", got)}], {sample.Exceptions} exception(s)");
                            }
                        }

                        if (run >= 0)
                        {
                            samples.Add((sample.ExecutionMilliseconds, sample.WallMilliseconds, sample.AllocatedBytes / 1024.0, sample.Diagnostics.Length));
                        }
                    }

                    result.Rows.Add(Row(label, isOurs, samples));
                    progress.Write(".");
                }
            }

            progress.WriteLine();
            return result;
        }

        public static async Task<FocusedResult> JsonFilesAsync(ImmutableArray<MetadataReference> references, int seed, int warmup, int runs, TextWriter progress)
        {
            var others = JsonFileCorpus.Others(seed);
            var templates = JsonFileCorpus.Templates(seed);
            var megabytes = others.Concat(templates).Sum(f => f.Text.Length) / (1024.0 * 1024.0);
            var result = new FocusedResult(
                "json-files",
                "the project's JSON files (JsonFileAnalyzer)",
                $"{others.Length} JSON files that are not logic-app files (the largest, {others.Max(f => f.Text.Length) / (1024.0 * 1024.0):0.0} MB, a package-lock.json) and {templates.Length} ARM templates with one finding each, {megabytes:0.0} MB in all, as additional files of a one-file compilation, one thread; medians of {runs} analyses after {warmup} unrecorded ones");
            progress.Write("  json-files: ");
            var shared = CSharpSyntaxTree.ParseText(PlainCode.SharedFile, ParseOptions, path: "Shared/ResourceSpec.cs");
            foreach (var (label, files) in new[]
            {
                ($"{others.Length} non-logic-app files", others),
                ($"{templates.Length} templates", templates),
                ($"{others.Length} non-logic-app files and {templates.Length} templates", others.AddRange(templates)),
            })
            {
                // The texts are made once, as the compiler reads each additional file once per build.
                var additional = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
                var expected = files.SelectMany(f => f.ExpectedRuleIds.Select(id => f.Path + ": " + id)).OrderBy(s => s, StringComparer.Ordinal).ToArray();
                var samples = new List<(double Execution, double Wall, double Kilobytes, int Diagnostics)>();
                for (var run = -warmup; run < runs; run++)
                {
                    var compilation = CSharpCompilation.Create("JsonFiles", new[] { shared }, references, Options);
                    var sample = await AnalyzeAsync(compilation, new JsonFileAnalyzer(), additional, model: null).ConfigureAwait(false);
                    var got = sample.Diagnostics.Select(d => d.Location.GetLineSpan().Path + ": " + d.Id).OrderBy(s => s, StringComparer.Ordinal).ToArray();
                    if (!expected.SequenceEqual(got, StringComparer.Ordinal) || sample.Exceptions > 0)
                    {
                        result.Failures.Add($"{label}: expected {expected.Length} diagnostics, got {got.Length} ({string.Join("; ", got.Take(3))}), {sample.Exceptions} exception(s)");
                    }

                    if (run >= 0)
                    {
                        samples.Add((sample.ExecutionMilliseconds, sample.WallMilliseconds, sample.AllocatedBytes / 1024.0, sample.Diagnostics.Length));
                    }
                }

                result.Rows.Add(Row($"JsonFileAnalyzer, {label}", true, samples));
                progress.Write(".");
            }

            progress.WriteLine();
            return result;
        }

        private static FocusedRow Row(string label, bool isOurs, List<(double Execution, double Wall, double Kilobytes, int Diagnostics)> samples) => new(
            label,
            isOurs,
            Stat.Of(samples.Select(s => s.Execution)),
            Stat.Of(samples.Select(s => s.Wall)),
            Stat.Of(samples.Select(s => s.Kilobytes)),
            samples.Count == 0 ? 0 : samples[^1].Diagnostics);

        private sealed record Sample(double ExecutionMilliseconds, double WallMilliseconds, long AllocatedBytes, ImmutableArray<Diagnostic> Diagnostics, int Exceptions);

        /// <summary>
        /// One analysis on one thread: of one document when <paramref name="model"/> is given (what the IDE runs after
        /// an edit), else of the whole compilation with its additional files.
        /// </summary>
        private static async Task<Sample> AnalyzeAsync(Compilation compilation, DiagnosticAnalyzer analyzer, ImmutableArray<AdditionalText> additionalFiles, SemanticModel? model)
        {
            var exceptions = 0;
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(additionalFiles),
                (_, _, _) => Interlocked.Increment(ref exceptions),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: true,
                reportSuppressedDiagnostics: false);
            var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options);
            Runner.Settle(allowGc: false);
            Runner.TryStartNoGcRegion(allowGc: false);
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var analysis = model is null
                ? await withAnalyzers.GetAnalysisResultAsync(CancellationToken.None).ConfigureAwait(false)
                : await withAnalyzers.GetAnalysisResultAsync(model, filterSpan: null, CancellationToken.None).ConfigureAwait(false);
            clock.Stop();
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            Runner.EndNoGcRegion();
            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false);
            return new Sample(telemetry.ExecutionTime.TotalMilliseconds, clock.Elapsed.TotalMilliseconds, allocated, analysis.GetAllDiagnostics(analyzer), exceptions);
        }

        /// <summary>An additional file held in memory; its text is made once.</summary>
        private sealed class InMemoryAdditionalText : AdditionalText
        {
            private readonly SourceText text;

            public InMemoryAdditionalText(string path, string text)
            {
                Path = path;
                this.text = SourceText.From(text);
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => text;
        }
    }
}
