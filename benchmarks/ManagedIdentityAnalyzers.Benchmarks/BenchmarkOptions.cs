using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ManagedIdentityAnalyzers.Benchmarks.Corpus;

namespace ManagedIdentityAnalyzers.Benchmarks
{
    /// <summary>Command-line options of the benchmark.</summary>
    internal sealed class BenchmarkOptions
    {
        public static readonly ImmutableArray<string> AllScenarios = ImmutableArray.Create("mixed", "one-hit", "plain-sdk", "plain-nosdk", "peers", "ide", "json-files");

        public int Files { get; private set; } = 1000;

        public int Runs { get; private set; } = 5;

        public int Warmup { get; private set; } = 1;

        public int Seed { get; private set; } = 1729;

        public CorpusMix Mix { get; private set; } = CorpusMix.Default;

        public ImmutableArray<string> Scenarios { get; private set; } = AllScenarios;

        public string? DumpFolder { get; private set; }

        public string? JsonPath { get; private set; }

        public bool ShowHelp { get; private set; }

        /// <summary>Let the GC run during measured runs (default: a no-GC region per run).</summary>
        public bool AllowGc { get; private set; }

        public const string Usage = """
            ManagedIdentityAnalyzers benchmark: analyzer ExecutionTime (CompilationWithAnalyzers telemetry) against the
            compile time of the same generated corpus. Not a test; run it in Release:

              dotnet run -c Release --project benchmarks/ManagedIdentityAnalyzers.Benchmarks -- [options]

            Options:
              --files <n>          files per corpus, the shared file included (default 1000)
              --runs <n>           measured runs per measurement; the table shows the median (default 5)
              --warmup <n>         unrecorded rounds before the measured ones, on the first corpus (default 1)
              --seed <n>           corpus seed; the same seed gives the same files (default 1729)
              --mix <list>         shares of the mixed corpus, e.g. findings=0.1,sdk=0.1,json=0.05 (rest is plain code)
              --scenarios <list>   any of mixed,one-hit,plain-sdk,plain-nosdk,peers,ide,json-files (default all);
                                   ide and json-files time single analyses (--runs ×4 of them, at least 20)
              --no-peers           same as leaving peers out of --scenarios
              --allow-gc           let the GC collect during measured runs (default: each run is a no-GC region,
                                   so that collection pauses do not land in analyzer callbacks)
              --dump <folder>      also write the generated corpora there, one folder per corpus
              --json <file>        also write the results as JSON (for comparing runs)
              -h, --help           this text
            """;

        public static BenchmarkOptions Parse(IReadOnlyList<string> args)
        {
            var options = new BenchmarkOptions();
            for (var i = 0; i < args.Count; i++)
            {
                var arg = args[i];
                switch (arg)
                {
                    case "-h" or "--help" or "-?":
                        options.ShowHelp = true;
                        break;
                    case "--files":
                        options.Files = Integer(args, ref i, minimum: 10);
                        break;
                    case "--runs":
                        options.Runs = Integer(args, ref i, minimum: 1);
                        break;
                    case "--warmup":
                        options.Warmup = Integer(args, ref i, minimum: 0);
                        break;
                    case "--seed":
                        options.Seed = Integer(args, ref i, minimum: int.MinValue);
                        break;
                    case "--mix":
                        options.Mix = ParseMix(Value(args, ref i));
                        break;
                    case "--scenarios":
                        var scenarios = Value(args, ref i).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                        var unknown = scenarios.Where(s => !AllScenarios.Contains(s)).ToArray();
                        if (unknown.Length > 0)
                        {
                            throw new ArgumentException($"Unknown scenario(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", AllScenarios)}.");
                        }

                        options.Scenarios = AllScenarios.Where(scenarios.Contains).ToImmutableArray();
                        break;
                    case "--allow-gc":
                        options.AllowGc = true;
                        break;
                    case "--no-peers":
                        options.Scenarios = options.Scenarios.Remove("peers");
                        break;
                    case "--dump":
                        options.DumpFolder = Value(args, ref i);
                        break;
                    case "--json":
                        options.JsonPath = Value(args, ref i);
                        break;
                    default:
                        throw new ArgumentException($"Unknown option '{arg}'. Use --help.");
                }
            }

            return options;
        }

        private static string Value(IReadOnlyList<string> args, ref int i)
        {
            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"Option '{args[i]}' needs a value.");
            }

            return args[++i];
        }

        private static int Integer(IReadOnlyList<string> args, ref int i, int minimum)
        {
            var name = args[i];
            var text = Value(args, ref i);
            if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < minimum)
            {
                throw new ArgumentException($"Option '{name}' needs an integer of at least {minimum}, not '{text}'.");
            }

            return value;
        }

        private static CorpusMix ParseMix(string text)
        {
            var mix = CorpusMix.Default;
            foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
                if (pair.Length != 2 || !double.TryParse(pair[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var share) || share < 0 || share > 1)
                {
                    throw new ArgumentException($"'--mix' part '{part}' is not name=share with a share between 0 and 1.");
                }

                mix = pair[0] switch
                {
                    "findings" => mix with { Findings = share },
                    "sdk" => mix with { SdkClean = share },
                    "json" => mix with { JsonPayloads = share },
                    _ => throw new ArgumentException($"'--mix' knows findings, sdk and json, not '{pair[0]}'."),
                };
            }

            if (mix.Plain < -1e-9)
            {
                throw new ArgumentException($"'--mix' shares add up to more than 1 ({mix}).");
            }

            return mix;
        }
    }
}
