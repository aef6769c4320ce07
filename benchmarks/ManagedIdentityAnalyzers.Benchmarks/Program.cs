using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Benchmarks.Baselines;
using ManagedIdentityAnalyzers.Benchmarks.Corpus;
using ManagedIdentityAnalyzers.Benchmarks.Measurement;
using ManagedIdentityAnalyzers.Benchmarks.Reporting;
using ManagedIdentityAnalyzers.Benchmarks.Setup;
using ManagedIdentityAnalyzers.Entry;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ManagedIdentityAnalyzers.Benchmarks
{
    /// <summary>
    /// Entry point. Exit codes: 0 all checks passed and targets met; 1 a check failed (the corpus does not compile,
    /// the analyzer threw or reported other diagnostics than planted); 2 checks passed but a target was missed;
    /// 64 bad arguments.
    /// </summary>
    internal static class Program
    {
        public const string OursLabel = "CSharpLogicAppAnalyzer";

        public static async Task<int> Main(string[] args)
        {
            BenchmarkOptions options;
            try
            {
                options = BenchmarkOptions.Parse(args);
            }
            catch (ArgumentException exception)
            {
                Console.Error.WriteLine(exception.Message);
                return 64;
            }

            if (options.ShowHelp)
            {
                Console.WriteLine(BenchmarkOptions.Usage);
                return 0;
            }

            var total = Stopwatch.StartNew();
            var references = ReferenceSet.Load();
            var machine = MachineInfo.Describe();
#if DEBUG
            Console.Error.WriteLine("warning: Debug build; numbers are only meaningful with -c Release.");
#endif

            var peers = ImmutableArray<LoadedPeer>.Empty;
            if (options.Scenarios.Contains("peers"))
            {
                peers = LoadPeers(references);
            }

            Console.Error.WriteLine("Generating corpora...");
            var plans = Plan(options, references, peers);
            Console.Error.WriteLine($"Measuring ({options.Warmup} warm-up round(s) on the first corpus, {options.Runs} measured rounds per corpus; w = warm-up, . = measured):");
            var results = new List<ScenarioResult>();
            foreach (var (scenario, corpus, measures) in plans)
            {
                // JIT and caches are process-wide: the first corpus warms them up for the next ones (it also holds the
                // peer measurement, whose code then gets warmed up too).
                var warmup = results.Count == 0 ? options.Warmup : 0;
                results.Add(await Runner.RunAsync(scenario, corpus, measures, warmup, options.Runs, options.AllowGc, Console.Error).ConfigureAwait(false));
            }

            // Single analyses are short: many more of them than corpus runs, for a stable median.
            var focusedRuns = Math.Max(20, options.Runs * 4);
            var focused = new List<FocusedResult>();
            if (options.Scenarios.Contains("ide"))
            {
                focused.Add(await FocusedRunner.IdeLatencyAsync(references.AzureSdk, warmup: 5, focusedRuns, Console.Error).ConfigureAwait(false));
            }

            if (options.Scenarios.Contains("json-files"))
            {
                focused.Add(await FocusedRunner.JsonFilesAsync(references.Framework, options.Seed, warmup: 5, focusedRuns, Console.Error).ConfigureAwait(false));
            }

            total.Stop();
            var report = new Report(options, machine, results, focused, peers, total.Elapsed);
            Console.WriteLine(report.Markdown());
            if (options.JsonPath is { } json)
            {
                File.WriteAllText(json, report.Json());
            }

            return report.HasFailures ? 1 : report.MissesTarget ? 2 : 0;
        }

        /// <summary>Which measures run on which corpus, in the order of the scenarios.</summary>
        private static List<(string Scenario, CorpusCompilation Corpus, Measure[] Measures)> Plan(
            BenchmarkOptions options,
            ReferenceSet references,
            ImmutableArray<LoadedPeer> peers)
        {
            var mixed = CorpusGenerator.Mixed(options.Files, options.Seed, options.Mix);
            var oneHit = CorpusGenerator.OneHitPerFile(options.Files, options.Seed);
            var plain = CorpusGenerator.Plain(options.Files, options.Seed);
            if (options.DumpFolder is { } dump)
            {
                Dump(dump, mixed, oneHit, plain);
            }

            var ours = Group(OursLabel, GroupRole.Ours, new CSharpLogicAppAnalyzer());
            var noOp = Group("no-op operation action (baseline)", GroupRole.Baseline, new NoOpOperationAnalyzer());
            var gate = Group("token-walk gate per document, nothing after it (the shape before issue 11)", GroupRole.Baseline, new GateShapeAnalyzer());
            var empty = Group("analyzer registering nothing", GroupRole.Baseline, new EmptyAnalyzer());
            var reportPerFile = Group("one diagnostic per file, no other work (baseline)", GroupRole.Baseline, new ReportPerFileAnalyzer());
            var oursOneThread = new Measure(OursLabel + ", one thread", ImmutableArray.Create(ours), Sequential: true);
            var reportOneThread = new Measure(reportPerFile.Label + ", one thread", ImmutableArray.Create(reportPerFile), Sequential: true);

            Measure? together = null;
            if (options.Scenarios.Contains("peers") && !peers.IsEmpty)
            {
                var groups = new List<AnalyzerGroup> { ours };
                groups.AddRange(peers.Select(p => new AnalyzerGroup($"{p.Id} {p.Version} ({p.Analyzers.Length} analyzers)", GroupRole.Peer, p.Analyzers)));
                together = new Measure("ours and the peer packages in one run", groups.ToImmutableArray());
            }

            var withSdk = "Azure SDK referenced";
            var plans = new List<(string Scenario, CorpusCompilation Corpus, Measure[] Measures)>();
            foreach (var scenario in options.Scenarios)
            {
                switch (scenario)
                {
                    case "mixed":
                        var measures = new List<Measure> { Measure.Compile, Single(noOp), Single(ours) };
                        if (together is not null)
                        {
                            measures.Add(together);
                        }

                        measures.Add(Measure.SequentialCompile);
                        measures.Add(oursOneThread);
                        plans.Add((scenario, new CorpusCompilation(mixed, references.AzureSdk, withSdk), measures.ToArray()));
                        break;
                    case "one-hit":
                        plans.Add((scenario, new CorpusCompilation(oneHit, references.AzureSdk, withSdk), new[]
                        {
                            Measure.Compile, Single(ours), Measure.SequentialCompile, reportOneThread, oursOneThread,
                        }));
                        break;
                    case "plain-sdk":
                        plans.Add((scenario, new CorpusCompilation(plain, references.AzureSdk, withSdk), new[] { Measure.Compile, Single(noOp), Single(gate), Single(ours) }));
                        break;
                    case "plain-nosdk":
                        plans.Add((scenario, new CorpusCompilation(plain, references.Framework, "no Azure SDK"), new[] { Measure.Compile, Single(empty), Single(ours) }));
                        break;
                    case "peers" when together is not null && !options.Scenarios.Contains("mixed"):
                        plans.Add((scenario, new CorpusCompilation(mixed, references.AzureSdk, withSdk), new[] { Measure.Compile, together }));
                        break;
                }
            }

            return plans;
        }

        private static void Dump(string folder, params GeneratedCorpus[] corpora)
        {
            foreach (var corpus in corpora)
            {
                foreach (var file in corpus.Files)
                {
                    var path = Path.Combine(folder, corpus.Name, file.Path);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.WriteAllText(path, file.Text);
                }
            }
        }

        private static AnalyzerGroup Group(string label, GroupRole role, DiagnosticAnalyzer analyzer) =>
            new(label, role, ImmutableArray.Create(analyzer));

        private static Measure Single(AnalyzerGroup group) => new(group.Label, ImmutableArray.Create(group));

        private static ImmutableArray<LoadedPeer> LoadPeers(ReferenceSet references)
        {
            if (references.Peers.IsEmpty)
            {
                Console.Error.WriteLine("Peer packages were not restored (built with -p:IncludePeerAnalyzers=false?); skipping them.");
                return ImmutableArray<LoadedPeer>.Empty;
            }

            var loaded = ImmutableArray.CreateBuilder<LoadedPeer>();
            foreach (var package in references.Peers)
            {
                try
                {
                    var peer = PeerAnalyzers.Load(package);
                    foreach (var error in peer.LoadErrors.Take(5))
                    {
                        Console.Error.WriteLine($"  {peer.Id}: {error}");
                    }

                    if (peer.Analyzers.IsEmpty)
                    {
                        Console.Error.WriteLine($"{package.Id}: no C# analyzers could be loaded from {peer.AnalyzerFolder}; skipping it.");
                        continue;
                    }

                    loaded.Add(peer);
                }
                catch (Exception exception) when (exception is IOException or InvalidOperationException or BadImageFormatException)
                {
                    Console.Error.WriteLine($"{package.Id}: {exception.Message}; skipping it.");
                }
            }

            return loaded.ToImmutable();
        }
    }
}
