using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using ManagedIdentityAnalyzers.Benchmarks.Measurement;
using ManagedIdentityAnalyzers.Benchmarks.Setup;

namespace ManagedIdentityAnalyzers.Benchmarks.Reporting
{
    /// <summary>Turns the results into the printed tables, the target checks and the optional JSON.</summary>
    internal sealed class Report
    {
        /// <summary>analyzer-practices.md §5: a rule's ExecutionTime stays within ~10 % of the compile time of its corpus.</summary>
        public const double RuleShareTarget = 0.10;

        private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

        private readonly BenchmarkOptions options;
        private readonly MachineInfo machine;
        private readonly IReadOnlyList<ScenarioResult> results;
        private readonly IReadOnlyList<FocusedResult> focused;
        private readonly ImmutableArray<LoadedPeer> peers;
        private readonly TimeSpan elapsed;
        private readonly List<TargetCheck> targets;

        public Report(BenchmarkOptions options, MachineInfo machine, IReadOnlyList<ScenarioResult> results, IReadOnlyList<FocusedResult> focused, ImmutableArray<LoadedPeer> peers, TimeSpan elapsed)
        {
            this.options = options;
            this.machine = machine;
            this.results = results;
            this.focused = focused;
            this.peers = peers;
            this.elapsed = elapsed;
            targets = CheckTargets();
        }

        public bool HasFailures => results.Any(r => r.Failures.Count > 0) || focused.Any(f => f.Failures.Count > 0);

        public bool MissesTarget => targets.Any(t => t.Met == false);

        private sealed record TargetCheck(string Target, bool? Met, string Evidence);

        public string Markdown()
        {
            var text = new StringBuilder();
            text.AppendLine("# ManagedIdentityAnalyzers benchmark");
            text.AppendLine();
            text.AppendLine(Invariant, $"- machine: {machine.OperatingSystem}, {machine.LogicalCores} logical cores, {machine.Runtime}, {machine.GarbageCollector} GC, {machine.Configuration} build");
            text.AppendLine(Invariant, $"- Roslyn {machine.Roslyn}; ManagedIdentityAnalyzers {machine.AnalyzerAssembly}");
            text.AppendLine(Invariant, $"- seed {options.Seed}, {options.Files:#,0} files per corpus, mixed corpus shares: {options.Mix}");
            text.AppendLine(Invariant, $"- {options.Runs} measured runs per measurement (median, with min–max), after {options.Warmup} warm-up round(s) on the first corpus; measurements interleaved round by round; GC {(options.AllowGc ? "allowed during runs" : "held off during runs (no-GC region)")}; total {elapsed.TotalSeconds:0} s");
            text.AppendLine("- wall = CompilationWithAnalyzers.GetAnalysisResultAsync on a fresh compilation (includes binding); ExecutionTime = the analyzer's own callbacks (telemetry, summed over threads)");

            foreach (var result in results)
            {
                WriteScenario(text, result);
            }

            foreach (var result in focused)
            {
                WriteFocused(text, result);
            }

            text.AppendLine();
            text.AppendLine("## Targets (shared/reference/analyzer-practices.md §5, \"Proposed targets\")");
            text.AppendLine();
            foreach (var target in targets)
            {
                var mark = target.Met switch { true => "met", false => "MISSED", null => "n/a" };
                text.AppendLine(Invariant, $"- [{mark}] {target.Target}: {target.Evidence}");
            }

            text.AppendLine();
            if (HasFailures)
            {
                text.AppendLine("## Check failures (the numbers above are not valid)");
                text.AppendLine();
                var failures = results.SelectMany(r => r.Failures.Select(f => $"{r.Scenario}: {f}"))
                    .Concat(focused.SelectMany(r => r.Failures.Select(f => $"{r.Scenario}: {f}")));
                foreach (var failure in failures.Take(40))
                {
                    text.AppendLine("- " + failure);
                }
            }
            else
            {
                text.AppendLine("All checks passed: every corpus compiled without errors, and in every run the analyzer reported exactly the planted diagnostics (per rule and per file) and threw nothing.");
            }

            return text.ToString();
        }

        private void WriteScenario(StringBuilder text, ScenarioResult result)
        {
            var corpus = result.Corpus;
            text.AppendLine();
            text.AppendLine(Invariant, $"## {result.Scenario}: {corpus.Title}");
            text.AppendLine();
            text.AppendLine(Invariant, $"{corpus.Corpus.Files.Length:#,0} files, {corpus.Corpus.LineCount:#,0} lines ({corpus.Corpus.Description}); parsed once in {corpus.ParseMilliseconds:#,0} ms, outside the measurements.");
            text.AppendLine(Invariant, $"Expected diagnostics of {Program.OursLabel}: {corpus.Corpus.ExpectedDiagnosticCount:#,0} ({DiagnosticVerifier.Format(corpus.Corpus.ExpectedByRule())}).");
            if (result.StealPercentages.Count > 0)
            {
                text.AppendLine(Invariant, $"CPU steal per round (time the hypervisor gave to other guests): {string.Join(", ", result.StealPercentages.Select(p => p.ToString("0.0", Invariant) + " %"))}.");
            }
            text.AppendLine();
            text.AppendLine("| measurement | wall ms | ExecutionTime ms | ExecutionTime / compile | allocated MB | GCs (pause ms) | diagnostics | registered (ours) |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---|");
            foreach (var measure in result.Measures.Where(m => m.Runs.Count > 0))
            {
                var wall = Format(measure.Wall, "#,0");
                var allocated = measure.AllocatedMegabytes.Median.ToString("#,0", Invariant);
                var gc = string.Create(Invariant, $"{measure.Collections.Median:0} ({measure.GcPause.Median:#,0})");
                if (measure.Measure.IsCompile)
                {
                    var errors = measure.Runs.Count == 0 ? 0 : measure.Runs.Max(r => r.CompilerErrors);
                    text.AppendLine(Invariant, $"| {measure.Measure.Label} | {wall} | – | – | {allocated} | {gc} | {errors} errors | |");
                    continue;
                }

                var groups = measure.Measure.Groups;
                var compile = result.CompileMedianFor(measure.Measure);
                if (groups.Length > 1)
                {
                    text.AppendLine(Invariant, $"| {measure.Measure.Label} | {wall} | | | {allocated} | {gc} | | |");
                }

                foreach (var group in groups)
                {
                    var execution = measure.Execution(group.Label);
                    var last = measure.Last(group.Label);
                    var share = compile > 0 ? (execution.Median / compile).ToString("0.0 %", Invariant) : "?";
                    var label = groups.Length > 1 ? "&nbsp;&nbsp;" + group.Label : measure.Measure.Label;
                    var diagnostics = last.Diagnostics.ToString("#,0", Invariant);
                    if (group.Role == GroupRole.Ours)
                    {
                        diagnostics += result.Failures.Count == 0 ? " (as planted)" : " (CHECK FAILED)";
                    }

                    var registered = group.Role == GroupRole.Ours ? last.Registrations : string.Empty;
                    text.AppendLine(Invariant, $"| {label} | {(groups.Length > 1 ? "same run" : wall)} | {Format(execution, "#,0.0")} | {share} | {(groups.Length > 1 ? string.Empty : allocated)} | {(groups.Length > 1 ? string.Empty : gc)} | {diagnostics} | {registered} |");
                }
            }
        }

        private static void WriteFocused(StringBuilder text, FocusedResult result)
        {
            text.AppendLine();
            text.AppendLine(Invariant, $"## {result.Scenario}: {result.Title}");
            text.AppendLine();
            text.AppendLine(result.Description + ".");
            text.AppendLine();
            text.AppendLine("| measurement | wall ms | ExecutionTime ms | allocated KB per analysis | diagnostics |");
            text.AppendLine("|---|---:|---:|---:|---:|");
            foreach (var row in result.Rows)
            {
                var diagnostics = row.Diagnostics.ToString("#,0", Invariant);
                if (row.IsOurs)
                {
                    diagnostics += result.Failures.Count == 0 ? " (as planted)" : " (CHECK FAILED)";
                }

                text.AppendLine(Invariant, $"| {row.Label} | {Format(row.WallMilliseconds, "#,0.0")} | {Format(row.ExecutionMilliseconds, "#,0.00")} | {Format(row.AllocatedKilobytes, "#,0")} | {diagnostics} |");
            }
        }

        private List<TargetCheck> CheckTargets()
        {
            var checks = new List<TargetCheck>();
            var oneHit = results.FirstOrDefault(r => r.Scenario == "one-hit") ?? results.FirstOrDefault(r => r.Scenario == "mixed");
            if (oneHit is not null)
            {
                var rules = new Entry.CSharpLogicAppAnalyzer().SupportedDiagnostics.Length;
                foreach (var measure in oneHit.Measures.Where(m => m.Runs.Count > 0 && m.Measure.Groups.Length == 1 && m.Measure.Groups[0].Role == GroupRole.Ours))
                {
                    var execution = measure.Execution(measure.Measure.Groups[0].Label).Median;
                    var compile = oneHit.CompileMedianFor(measure.Measure);
                    var how = measure.Measure.Sequential
                        ? "one thread (binding and analysis on one thread: the analyzer's CPU share)"
                        : "as specified (concurrent analysis, telemetry summed over threads)";
                    checks.Add(new TargetCheck(
                        $"per rule, ExecutionTime ≤ ~{RuleShareTarget:0 %} of the compile time, {oneHit.Corpus.Corpus.Files.Length:#,0}-file {oneHit.Scenario} corpus, {how}",
                        execution <= compile * RuleShareTarget,
                        string.Create(Invariant, $"the whole analyzer (all {rules} rules in one) takes {execution:#,0} ms of {compile:#,0} ms, {execution / compile:0.0 %}")));
                }
            }

            var oursRuns = results
                .SelectMany(r => r.Measures.SelectMany(m => m.Measure.Groups.Where(g => g.Role == GroupRole.Ours).Select(g => m.MaxExceptions(g.Label))))
                .ToArray();
            if (oursRuns.Length > 0)
            {
                var thrown = oursRuns.Max();
                checks.Add(new TargetCheck("zero AD0001", thrown == 0, thrown == 0 ? "no analyzer exception in any run" : $"{thrown} exception(s) in a run"));
            }

            var noSdk = results.FirstOrDefault(r => r.Scenario == "plain-nosdk");
            if (noSdk?.Find(g => g.Role == GroupRole.Ours) is var (noSdkMeasure, noSdkGroup) && noSdkMeasure.Runs.Count > 0)
            {
                var registered = noSdkMeasure.Runs.Max(r => r.Groups[noSdkGroup.Label].RegisteredActions);
                var execution = noSdkMeasure.Execution(noSdkGroup.Label).Median;
                var emptyWall = noSdk.Measures.FirstOrDefault(m => m.Measure.Groups.Any(g => g.Role == GroupRole.Baseline && g.Label.Contains("nothing", StringComparison.Ordinal)))?.Wall.Median;
                checks.Add(new TargetCheck(
                    "registers nothing when the Azure SDK is not referenced (design.md)",
                    registered == 0,
                    string.Create(Invariant, $"{registered} actions registered after compilation start, ExecutionTime {execution:0.00} ms, wall {noSdkMeasure.Wall.Median:#,0} ms (analyzer registering nothing: {emptyWall:#,0} ms; compile: {noSdk.CompileMedian:#,0} ms)")));
            }

            var mixed = results.FirstOrDefault(r => r.Scenario == "mixed");
            if (mixed?.Find(g => g.Role == GroupRole.Ours) is var (mixedMeasure, mixedGroup) && mixedMeasure.Runs.Count > 0)
            {
                var execution = mixedMeasure.Execution(mixedGroup.Label).Median;
                checks.Add(new TargetCheck(
                    "whole package ≤ 10–15 % of Csc time on a real mid-size project (-p:ReportAnalyzer=true)",
                    null,
                    string.Create(Invariant, $"proxy on the mixed corpus: {execution:#,0.0} ms of {mixed.CompileMedian:#,0} ms compile, {execution / mixed.CompileMedian:0.0 %} (compile here excludes emit, so a real Csc share is lower)")));
            }

            checks.Add(new TargetCheck(
                "no single rule above a third of the package total",
                null,
                "all rules run inside one analyzer (one model read per method body, then every rule), so telemetry has one number for the package"));

            var together = results.SelectMany(r => r.Measures).FirstOrDefault(m => m.Measure.Groups.Length > 1 && m.Runs.Count > 0);
            if (together is not null)
            {
                var parts = together.Measure.Groups
                    .Select(g => string.Create(Invariant, $"{g.Label.Split(' ')[0]} {together.Execution(g.Label).Median:#,0} ms"))
                    .ToArray();
                checks.Add(new TargetCheck("side by side with peer packages (information)", null, string.Join("; ", parts)));
            }

            return checks;
        }

        public string Json()
        {
            var document = new
            {
                machine,
                options = new { options.Files, options.Runs, options.Warmup, options.Seed, mix = options.Mix.ToString(), scenarios = options.Scenarios },
                elapsedSeconds = elapsed.TotalSeconds,
                peers = peers.Select(p => new { p.Id, p.Version, analyzers = p.Analyzers.Length, p.AnalyzerFolder }),
                scenarios = results.Select(r => new
                {
                    r.Scenario,
                    corpus = r.Corpus.Corpus.Name,
                    references = r.Corpus.ReferencesLabel,
                    files = r.Corpus.Corpus.Files.Length,
                    lines = r.Corpus.Corpus.LineCount,
                    expectedDiagnostics = r.Corpus.Corpus.ExpectedDiagnosticCount,
                    compileMedianMs = r.CompileMedian,
                    stealPercentages = r.StealPercentages,
                    failures = r.Failures,
                    measures = r.Measures.Select(m => new
                    {
                        m.Measure.Label,
                        wallMs = m.Wall,
                        allocatedMb = m.AllocatedMegabytes,
                        groups = m.Measure.Groups.Select(g => new
                        {
                            g.Label,
                            role = g.Role.ToString(),
                            executionMs = m.Execution(g.Label),
                            diagnostics = m.Last(g.Label).Diagnostics,
                            exceptions = m.MaxExceptions(g.Label),
                            registrations = m.Last(g.Label).Registrations,
                        }),
                        runs = m.Runs,
                    }),
                }),
                focused = focused.Select(f => new { f.Scenario, f.Title, f.Description, f.Rows, f.Failures }),
                targets = targets.Select(t => new { t.Target, t.Met, t.Evidence }),
            };
            return JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true, IncludeFields = true });
        }

        private static string Format(Stat stat, string format) =>
            $"{stat.Median.ToString(format, Invariant)} ({stat.Min.ToString(format, Invariant)}–{stat.Max.ToString(format, Invariant)})";
    }
}
