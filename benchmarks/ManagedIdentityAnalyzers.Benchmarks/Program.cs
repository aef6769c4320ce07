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
            var mixed = CorpusGenerator.Mixed(options.Files, options.Seed, options.Mix);
            var oneHit = CorpusGenerator.OneHitPerFile(options.Files, options.Seed);
            var plain = CorpusGenerator.Plain(options.Files, options.Seed);
            if (options.DumpFolder is { } dump)
            {
                foreach (var corpus in new[] { mixed, oneHit, plain })
                {
                    foreach (var file in corpus.Files)
                    {
                        var path = Path.Combine(dump, corpus.Name, file.Path);
                        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                        File.WriteAllText(path, file.Text);
                    }
                }
            }

            var ours = Group(OursLabel, GroupRole.Ours, new CSharpLogicAppAnalyzer());
            var noOp = Group("no-op operation action (baseline)", GroupRole.Baseline, new NoOpOperationAnalyzer());
            var gate = Group("gate shape only (block start + no-op actions)", GroupRole.Baseline, new GateShapeAnalyzer());
            var empty = Group("analyzer registering nothing", GroupRole.Baseline, new EmptyAnalyzer());

            CorpusCompilation? mixedCompilation = null;
            CorpusCompilation MixedCompilation() => mixedCompilation ??= new CorpusCompilation(mixed, references.AzureSdk, "Azure SDK referenced");
            var plans = new List<(string Scenario, CorpusCompilation Corpus, Measure[] Measures)>();
            foreach (var scenario in options.Scenarios)
            {
                switch (scenario)
                {
                    case "mixed":
                        plans.Add(("mixed", MixedCompilation(), new[] { Measure.Compile, Single(noOp), Single(gate), Single(ours) }));
                        break;
                    case "one-hit":
                        plans.Add(("one-hit", new CorpusCompilation(oneHit, references.AzureSdk, "Azure SDK referenced"),
                            new[] { Measure.Compile, Single(noOp), Single(ours) }));
                        break;
                    case "plain-sdk":
                        plans.Add(("plain-sdk", new CorpusCompilation(plain, references.AzureSdk, "Azure SDK referenced"),
                            new[] { Measure.Compile, Single(noOp), Single(gate), Single(ours) }));
                        break;
                    case "plain-nosdk":
                        plans.Add(("plain-nosdk", new CorpusCompilation(plain, references.Framework, "no Azure SDK"),
                            new[] { Measure.Compile, Single(empty), Single(noOp), Single(ours) }));
                        break;
                    case "peers" when !peers.IsEmpty:
                        var groups = new List<AnalyzerGroup> { ours };
                        groups.AddRange(peers.Select(p => new AnalyzerGroup($"{p.Id} {p.Version} ({p.Analyzers.Length} analyzers)", GroupRole.Peer, p.Analyzers)));
                        plans.Add(("peers", MixedCompilation(), new[] { Measure.Compile, new Measure("ours and peers in one run", groups.ToImmutableArray()) }));
                        break;
                }
            }

            foreach (var (_, corpus, _) in plans)
            {
                var errors = corpus.Errors();
                if (!errors.IsEmpty)
                {
                    Console.Error.WriteLine($"The {corpus.Title} does not compile ({errors.Length} errors); nothing was measured:");
                    foreach (var error in errors.Take(10))
                    {
                        Console.Error.WriteLine("  " + error);
                    }

                    return 1;
                }
            }

            Console.Error.WriteLine($"Measuring ({options.Warmup} warm-up and {options.Runs} measured rounds per corpus; w = warm-up, . = measured):");
            var results = new List<ScenarioResult>();
            foreach (var (scenario, corpus, measures) in plans)
            {
                results.Add(await Runner.RunAsync(scenario, corpus, measures, options.Warmup, options.Runs, Console.Error).ConfigureAwait(false));
            }

            total.Stop();
            var report = new Report(options, machine, results, peers, total.Elapsed);
            Console.WriteLine(report.Markdown());
            if (options.JsonPath is { } json)
            {
                File.WriteAllText(json, report.Json());
            }

            return report.HasFailures ? 1 : report.MissesTarget ? 2 : 0;
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
