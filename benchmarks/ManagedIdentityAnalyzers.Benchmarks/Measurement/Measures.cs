using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ManagedIdentityAnalyzers.Benchmarks.Measurement
{
    /// <summary>What a group of analyzers is in a measurement.</summary>
    internal enum GroupRole
    {
        /// <summary>The analyzers of this repository: diagnostics are checked, exceptions fail the run.</summary>
        Ours,

        /// <summary>A baseline analyzer of the benchmark.</summary>
        Baseline,

        /// <summary>A peer package, measured for comparison.</summary>
        Peer,
    }

    /// <summary>Analyzers whose execution times are added up and reported as one line.</summary>
    internal sealed record AnalyzerGroup(string Label, GroupRole Role, ImmutableArray<DiagnosticAnalyzer> Analyzers);

    /// <summary>
    /// One thing timed per run: a plain compilation, or a set of analyzer groups run together. Sequential measures
    /// bind and analyze on one thread (no concurrent build, no concurrent analysis): slower, but an analyzer's
    /// ExecutionTime then holds neither lock waits nor GC pauses caused by other threads' allocations.
    /// </summary>
    internal sealed record Measure(string Label, ImmutableArray<AnalyzerGroup> Groups, bool Sequential = false)
    {
        public static Measure Compile { get; } = new("compile only (GetDiagnostics)", ImmutableArray<AnalyzerGroup>.Empty);

        public static Measure SequentialCompile { get; } = new("compile only, one thread", ImmutableArray<AnalyzerGroup>.Empty, Sequential: true);

        public bool IsCompile => Groups.IsEmpty;
    }

    /// <summary>Per-group numbers of one run.</summary>
    internal sealed record GroupSample(double ExecutionMilliseconds, int Diagnostics, int Exceptions, int RegisteredActions, string Registrations);

    /// <summary>The numbers of one run of one measure.</summary>
    internal sealed record RunSample(
        double WallMilliseconds,
        long AllocatedBytes,
        int Collections,
        double GcPauseMilliseconds,
        int CompilerErrors,
        ImmutableDictionary<string, GroupSample> Groups);

    /// <summary>Median, minimum and maximum of a series.</summary>
    internal readonly record struct Stat(double Median, double Min, double Max)
    {
        public static Stat Of(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            if (sorted.Length == 0)
            {
                return new Stat(double.NaN, double.NaN, double.NaN);
            }

            var middle = sorted.Length / 2;
            var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
            return new Stat(median, sorted[0], sorted[^1]);
        }
    }

    /// <summary>All runs of one measure on one corpus.</summary>
    internal sealed class MeasureResult
    {
        public MeasureResult(Measure measure)
        {
            Measure = measure;
        }

        public Measure Measure { get; }

        public List<RunSample> Runs { get; } = new();

        public Stat Wall => Stat.Of(Runs.Select(r => r.WallMilliseconds));

        public Stat AllocatedMegabytes => Stat.Of(Runs.Select(r => r.AllocatedBytes / (1024.0 * 1024.0)));

        public Stat Collections => Stat.Of(Runs.Select(r => (double)r.Collections));

        public Stat GcPause => Stat.Of(Runs.Select(r => r.GcPauseMilliseconds));

        public Stat Execution(string group) => Stat.Of(Runs.Select(r => r.Groups[group].ExecutionMilliseconds));

        public GroupSample Last(string group) => Runs[^1].Groups[group];

        public int MaxExceptions(string group) => Runs.Count == 0 ? 0 : Runs.Max(r => r.Groups[group].Exceptions);
    }

    /// <summary>All measures of one corpus.</summary>
    internal sealed class ScenarioResult
    {
        public ScenarioResult(string scenario, CorpusCompilation corpus, IEnumerable<Measure> measures)
        {
            Scenario = scenario;
            Corpus = corpus;
            Measures = measures.Select(m => new MeasureResult(m)).ToImmutableArray();
        }

        /// <summary>The scenario name of the command line (mixed, one-hit, plain-sdk, plain-nosdk, peers).</summary>
        public string Scenario { get; }

        public CorpusCompilation Corpus { get; }

        public ImmutableArray<MeasureResult> Measures { get; }

        public List<string> Failures { get; } = new();

        /// <summary>Per measured round, the share of CPU time the hypervisor gave to other guests (empty where unknown).</summary>
        public List<double> StealPercentages { get; } = new();

        public MeasureResult? Compile => Measures.FirstOrDefault(m => m.Measure.IsCompile && !m.Measure.Sequential);

        public double CompileMedian => Compile?.Wall.Median ?? double.NaN;

        /// <summary>The compile time to compare a measure with: the sequential one for a sequential measure.</summary>
        public double CompileMedianFor(Measure measure) =>
            Measures.FirstOrDefault(m => m.Measure.IsCompile && m.Measure.Sequential == measure.Sequential)?.Wall.Median ?? double.NaN;

        public (MeasureResult Measure, AnalyzerGroup Group)? Find(Func<AnalyzerGroup, bool> predicate)
        {
            foreach (var measure in Measures)
            {
                foreach (var group in measure.Measure.Groups)
                {
                    if (predicate(group))
                    {
                        return (measure, group);
                    }
                }
            }

            return null;
        }
    }
}
