using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime;
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
        private static readonly long[] NoGcRegionSizes = { 1536, 1024, 512 };

        public static async Task<ScenarioResult> RunAsync(
            string scenario,
            CorpusCompilation corpus,
            IReadOnlyList<Measure> measures,
            int warmupRounds,
            int rounds,
            bool allowGc,
            TextWriter progress)
        {
            var result = new ScenarioResult(scenario, corpus, measures);
            var verifier = new DiagnosticVerifier(corpus.Corpus);
            progress.Write($"  {scenario} ({corpus.Title}): ");
            for (var round = -warmupRounds; round < rounds; round++)
            {
                var ticksBefore = Reporting.MachineInfo.CpuTicks();
                foreach (var measure in result.Measures)
                {
                    var sample = await RunOnceAsync(corpus, measure.Measure, allowGc).ConfigureAwait(false);
                    if (sample.Sample.CompilerErrors > 0)
                    {
                        // A corpus that does not compile measures nothing useful: say so and stop this scenario.
                        result.Failures.Add($"the corpus does not compile ({sample.Sample.CompilerErrors} errors), first: {sample.FirstError}");
                        progress.WriteLine(" stopped: the corpus does not compile");
                        return result;
                    }

                    if (round < 0)
                    {
                        continue;
                    }

                    measure.Runs.Add(sample.Sample);
                    foreach (var group in measure.Measure.Groups.Where(g => g.Role == GroupRole.Ours))
                    {
                        foreach (var failure in verifier.Check(sample.Diagnostics[group.Label], sample.Exceptions[group.Label]))
                        {
                            result.Failures.Add($"{measure.Measure.Label}, run {round + 1}: {failure}");
                        }
                    }
                }

                if (round >= 0 && ticksBefore is { } before && Reporting.MachineInfo.CpuTicks() is { } after && after.Total > before.Total)
                {
                    result.StealPercentages.Add(100.0 * (after.Steal - before.Steal) / (after.Total - before.Total));
                }

                progress.Write(round < 0 ? "w" : ".");
            }

            progress.WriteLine();
            return result;
        }

        private sealed record Outcome(
            RunSample Sample,
            ImmutableDictionary<string, ImmutableArray<Diagnostic>> Diagnostics,
            ImmutableDictionary<string, ImmutableArray<Exception>> Exceptions,
            string? FirstError = null);

        private static async Task<Outcome> RunOnceAsync(CorpusCompilation corpus, Measure measure, bool allowGc)
        {
            var compilation = corpus.Create(concurrent: !measure.Sequential);
            Settle(allowGc);
            if (measure.IsCompile)
            {
                TryStartNoGcRegion(allowGc);
                var gcBefore = GcCounters.Now();
                var stopwatch = Stopwatch.StartNew();
                var compilerDiagnostics = compilation.GetDiagnostics();
                stopwatch.Stop();
                var gc = GcCounters.Now() - gcBefore;
                EndNoGcRegion();
                var errors = compilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
                return new Outcome(
                    new RunSample(stopwatch.Elapsed.TotalMilliseconds, gc.AllocatedBytes, gc.Collections, gc.PauseMilliseconds, errors.Length, ImmutableDictionary<string, GroupSample>.Empty),
                    ImmutableDictionary<string, ImmutableArray<Diagnostic>>.Empty,
                    ImmutableDictionary<string, ImmutableArray<Exception>>.Empty,
                    errors.FirstOrDefault()?.ToString());
            }

            var exceptions = new ConcurrentQueue<(DiagnosticAnalyzer Analyzer, Exception Exception)>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (exception, analyzer, _) => exceptions.Enqueue((analyzer, exception)),
                concurrentAnalysis: !measure.Sequential,
                logAnalyzerExecutionTime: true,
                reportSuppressedDiagnostics: false);
            var analyzers = measure.Groups.SelectMany(g => g.Analyzers).ToImmutableArray();

            TryStartNoGcRegion(allowGc);
            var before = GcCounters.Now();
            var clock = Stopwatch.StartNew();
            var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
            var analysis = await withAnalyzers.GetAnalysisResultAsync(CancellationToken.None).ConfigureAwait(false);
            clock.Stop();
            var gcDelta = GcCounters.Now() - before;
            EndNoGcRegion();

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
                    // The analysis is complete, so this only reads what the driver logged (logAnalyzerExecutionTime).
                    var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false);
                    execution += telemetry.ExecutionTime;
                    registered += RegisteredActions(telemetry);
                    if (group.Analyzers.Length == 1)
                    {
                        registrations = Describe(telemetry);
                    }

                    reported.AddRange(analysis.GetAllDiagnostics(analyzer));
                }

                var thrown = exceptions.Where(e => group.Analyzers.Contains(e.Analyzer)).Select(e => e.Exception).ToImmutableArray();
                groups[group.Label] = new GroupSample(execution.TotalMilliseconds, reported.Count, thrown.Length, registered, registrations);
                diagnostics[group.Label] = reported.ToImmutable();
                groupExceptions[group.Label] = thrown;
            }

            return new Outcome(
                new RunSample(clock.Elapsed.TotalMilliseconds, gcDelta.AllocatedBytes, gcDelta.Collections, gcDelta.PauseMilliseconds, 0, groups.ToImmutable()),
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

        /// <summary>Process-wide GC counters: bytes allocated, collections of any generation, time paused.</summary>
        private readonly record struct GcCounters(long AllocatedBytes, int Collections, double PauseMilliseconds)
        {
            public static GcCounters Now() => new(
                GC.GetTotalAllocatedBytes(precise: true),
                GC.CollectionCount(0),
                GC.GetTotalPauseDuration().TotalMilliseconds);

            public static GcCounters operator -(GcCounters after, GcCounters before) => new(
                after.AllocatedBytes - before.AllocatedBytes,
                after.Collections - before.Collections,
                after.PauseMilliseconds - before.PauseMilliseconds);
        }

        /// <summary>
        /// Collects what the previous run left. Starting a no-GC region collects once more by itself; when GCs are
        /// allowed, a second full collection takes what finalizers released.
        /// </summary>
        internal static void Settle(bool allowGc)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            if (allowGc)
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            }
        }

        /// <summary>
        /// Unless GCs are allowed, asks the runtime for a no-GC region big enough for one run, so that no collection
        /// pause (a few hundred ms each on this machine, triggered by the compiler's allocations on any thread) lands
        /// inside an analyzer callback and inflates its ExecutionTime. Allocations stay visible in their own column.
        /// </summary>
        internal static bool TryStartNoGcRegion(bool allowGc)
        {
            if (allowGc)
            {
                return false;
            }

            foreach (var megabytes in NoGcRegionSizes)
            {
                try
                {
                    if (GC.TryStartNoGCRegion(megabytes * 1024L * 1024L))
                    {
                        return true;
                    }
                }
                catch (ArgumentOutOfRangeException)
                {
                    // Larger than this GC allows: try a smaller region.
                }
            }

            return false;
        }

        internal static void EndNoGcRegion()
        {
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }
    }
}
