using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ManagedIdentityAnalyzers.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;

namespace ManagedIdentityAnalyzers.Benchmarks.Measurement
{
    /// <summary>
    /// Checks every run of our analyzer against what the generator planted: no exception (AD0001), the exact count per
    /// rule, and the exact rule IDs per file. A broken or short-circuited analyzer fails here instead of looking fast.
    /// </summary>
    internal sealed class DiagnosticVerifier
    {
        private const int MaxReportedFiles = 5;

        private readonly GeneratedCorpus corpus;
        private readonly Dictionary<string, CorpusFile> filesByPath;

        public DiagnosticVerifier(GeneratedCorpus corpus)
        {
            this.corpus = corpus;
            filesByPath = corpus.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        }

        public IEnumerable<string> Check(ImmutableArray<Diagnostic> diagnostics, ImmutableArray<Exception> exceptions)
        {
            foreach (var exception in exceptions.Take(3))
            {
                yield return $"analyzer exception (AD0001): {exception.GetType().Name}: {exception.Message}";
            }

            foreach (var diagnostic in diagnostics.Where(d => d.Id == "AD0001").Take(3))
            {
                yield return $"AD0001: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
            }

            var expected = corpus.ExpectedByRule();
            var actual = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var diagnostic in diagnostics)
            {
                actual[diagnostic.Id] = actual.TryGetValue(diagnostic.Id, out var count) ? count + 1 : 1;
            }

            if (diagnostics.Length != corpus.ExpectedDiagnosticCount || !expected.SequenceEqual(actual))
            {
                yield return $"expected {corpus.ExpectedDiagnosticCount} diagnostics ({Format(expected)}), got {diagnostics.Length} ({Format(actual)})";
            }

            var actualByFile = diagnostics
                .GroupBy(d => d.Location.SourceTree?.FilePath ?? "(no file)", StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
            var reported = 0;
            foreach (var path in filesByPath.Keys.Union(actualByFile.Keys, StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal))
            {
                var want = filesByPath.TryGetValue(path, out var file)
                    ? file.ExpectedRuleIds.OrderBy(id => id, StringComparer.Ordinal).ToArray()
                    : Array.Empty<string>();
                var got = actualByFile.TryGetValue(path, out var ids) ? ids : Array.Empty<string>();
                if (!want.SequenceEqual(got, StringComparer.Ordinal) && reported++ < MaxReportedFiles)
                {
                    yield return $"{path} ({file?.Kind}{(file?.CaseName is { } name ? ": " + name : string.Empty)}): expected [{string.Join(", ", want)}], got [{string.Join(", ", got)}]";
                }
            }
        }

        public static string Format(IReadOnlyDictionary<string, int> counts) =>
            counts.Count == 0 ? "none" : string.Join(", ", counts.Select(p => $"{p.Key}×{p.Value}"));
    }
}
