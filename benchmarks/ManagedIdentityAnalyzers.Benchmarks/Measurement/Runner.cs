using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace ManagedIdentityAnalyzers.Benchmarks.Measurement
{
    /// <summary>
    /// Runs the measures of a corpus round-robin (compile, baseline, ours, compile, baseline, ours...) so that drift of
    /// a noisy machine spreads over all of them, after warm-up rounds that are not recorded. Each run gets a fresh
    /// compilation and a full garbage collection before the clock starts.
    /// </summary>
    internal static class Runner
    {
        public static async Task<ScenarioResult> RunAsync(
            string scenario,
            CorpusCompilation corpus,
            IReadOnlyList<Measure> measures,
            int warmupRounds,
            int rounds,
            TextWriter progress)
        {
            var result = new ScenarioResult(scenario, corpus, measures);
            var verifier = new DiagnosticVerifier(corpus.Corpus);
            progress.Write($"  {scenario} ({corpus.Title}): ");
            for (var round = -warmupRounds; round < rounds; round++)
            {
                foreach (var measure in result.Measures)
                {
                    var sample = await RunOnceAsync(corpus, measure.Measure).ConfigureAwait(false);
                    if (round < 0)
                    {
                        continue;
                    }

                    measure.Runs.Add(sample.Sample);
                    if (sample.Sample.CompilerErrors > 0)
                    {
                        result.Failures.Add($"{measure.Measure.Label}, run {round + 1}: {sample.Sample.CompilerErrors} compiler errors");
                    }

                    foreach (var group in measure.Measure.Groups.Where(g => g.Role == GroupRole.Ours))
                    {
                        foreach (var failure in verifier.Check(sample.Diagnostics[group.Label], sample.Exceptions[group.Label]))
                        {
                            result.Failures.Add($"{measure.Measure.Label}, run {round + 1}: {failure}");
                        }
                    }
                }

                progress.Write(round < 0 ? "w" : ".");
            }

            progress.WriteLine();
            return result;
        }

        private sealed record Outcome(
            RunSample Sample,
            ImmutableDictionary<string, ImmutableArray<Diagnostic>> Diagnostics,
            ImmutableDictionary<string, ImmutableArray<Exception>> Exceptions);

        private static async Task<Outcome> RunOnceAsync(CorpusCompilation corpus, Measure measure)
        {
            var compilation = corpus.Create();
            Settle();
            if (measure.IsCompile)
            {
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var stopwatch = Stopwatch.StartNew();
                var compilerDiagnostics = compilation.GetDiagnostics();
                stopwatch.Stop();
                var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                var errors = compilerDiagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
                return new Outcome(
                    new RunSample(stopwatch.Elapsed.TotalMilliseconds, allocated, errors, ImmutableDictionary<string, GroupSample>.Empty),
                    ImmutableDictionary<string, ImmutableArray<Diagnostic>>.Empty,
                    ImmutableDictionary<string, ImmutableArray<Exception>>.Empty);
            }

            var exceptions = new ConcurrentQueue<(DiagnosticAnalyzer Analyzer, Exception Exception)>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (exception, analyzer, _) => exceptions.Enqueue((analyzer, exception)),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: true,
                reportSuppressedDiagnostics: false);
            var analyzers = measure.Groups.SelectMany(g => g.Analyzers).ToImmutableArray();

            var before = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
            var analysis = await withAnalyzers.GetAnalysisResultAsync(CancellationToken.None).ConfigureAwait(false);
            clock.Stop();
            var allocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - before;

            var groups = ImmutableDictionary.CreateBuilder<string, GroupSample>();
            var diagnostics = ImmutableDictionary.CreateBuilder<string, ImmutableArray<Diagnostic>>();
            var groupExceptions = ImmutableDictionary.CreateBuilder<string, ImmutableArray<Exception>>();
            foreach (var group in measure.Groups)
            {
                var execution = TimeSpan.Zero;
                var reported = ImmutableArray.CreateBuilder<Diagnostic>();
                var registered = 0;
                var registrations = string.Empty;
                foreach (var analyzer in group.Analyzers)
                {
                    if (analysis.AnalyzerTelemetryInfo.TryGetValue(analyzer, out var telemetry))
                    {
                        execution += telemetry.ExecutionTime;
                        registered += RegisteredActions(telemetry);
                        if (group.Analyzers.Length == 1)
                        {
                            registrations = Describe(telemetry);
                        }
                    }

                    reported.AddRange(analysis.GetAllDiagnostics(analyzer));
                }

                var thrown = exceptions.Where(e => group.Analyzers.Contains(e.Analyzer)).Select(e => e.Exception).ToImmutableArray();
                groups[group.Label] = new GroupSample(execution.TotalMilliseconds, reported.Count, thrown.Length, registered, registrations);
                diagnostics[group.Label] = reported.ToImmutable();
                groupExceptions[group.Label] = thrown;
            }

            return new Outcome(
                new RunSample(clock.Elapsed.TotalMilliseconds, allocatedBytes, 0, groups.ToImmutable()),
                diagnostics.ToImmutable(),
                groupExceptions.ToImmutable());
        }

        /// <summary>Actions registered beyond compilation start: zero means the analyzer does nothing on the compilation.</summary>
        private static int RegisteredActions(AnalyzerTelemetryInfo t) =>
            t.CompilationEndActionsCount + t.CompilationActionsCount + t.SyntaxTreeActionsCount + t.AdditionalFileActionsCount
            + t.SemanticModelActionsCount + t.SymbolActionsCount + t.SymbolStartActionsCount + t.SymbolEndActionsCount
            + t.SyntaxNodeActionsCount + t.CodeBlockStartActionsCount + t.CodeBlockEndActionsCount + t.CodeBlockActionsCount
            + t.OperationActionsCount + t.OperationBlockStartActionsCount + t.OperationBlockEndActionsCount + t.OperationBlockActionsCount;

        private static string Describe(AnalyzerTelemetryInfo t)
        {
            var parts = new List<string>();
            Add("compilation start", t.CompilationStartActionsCount);
            Add("operation block start", t.OperationBlockStartActionsCount);
            Add("operation block end", t.OperationBlockEndActionsCount);
            Add("operation", t.OperationActionsCount);
            Add("syntax node", t.SyntaxNodeActionsCount);
            Add("symbol", t.SymbolActionsCount);
            Add("compilation end", t.CompilationEndActionsCount);
            return parts.Count == 0 ? "none" : string.Join(", ", parts);

            void Add(string name, int count)
            {
                if (count > 0)
                {
                    parts.Add($"{name} {count}");
                }
            }
        }

        private static void Settle()
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
    }
}
