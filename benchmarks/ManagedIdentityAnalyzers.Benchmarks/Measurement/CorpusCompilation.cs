using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using ManagedIdentityAnalyzers.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ManagedIdentityAnalyzers.Benchmarks.Measurement
{
    /// <summary>
    /// A corpus parsed once, with the references it is compiled against. Every measurement creates a fresh
    /// compilation from the same trees, so nothing bound by an earlier run is reused.
    /// </summary>
    internal sealed class CorpusCompilation
    {
        private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp13);

        private static readonly CSharpCompilationOptions CompilationOptions = new(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            concurrentBuild: true);

        private static readonly CSharpCompilationOptions SequentialOptions = CompilationOptions.WithConcurrentBuild(false);

        public CorpusCompilation(GeneratedCorpus corpus, ImmutableArray<MetadataReference> references, string referencesLabel)
        {
            Corpus = corpus;
            References = references;
            ReferencesLabel = referencesLabel;
            var stopwatch = Stopwatch.StartNew();
            Trees = corpus.Files
                .Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions, path: f.Path))
                .ToImmutableArray();
            ParseMilliseconds = stopwatch.Elapsed.TotalMilliseconds;
        }

        public GeneratedCorpus Corpus { get; }

        public ImmutableArray<MetadataReference> References { get; }

        /// <summary>"Azure SDK" or "framework only".</summary>
        public string ReferencesLabel { get; }

        public ImmutableArray<SyntaxTree> Trees { get; }

        /// <summary>Time to parse the corpus once (not part of any measurement).</summary>
        public double ParseMilliseconds { get; }

        public string Title => $"{Corpus.Name} corpus, {ReferencesLabel}";

        /// <summary>A fresh compilation; <paramref name="concurrent"/> false binds on the calling thread only.</summary>
        public CSharpCompilation Create(bool concurrent = true) =>
            CSharpCompilation.Create("BenchmarkCorpus", Trees, References, concurrent ? CompilationOptions : SequentialOptions);
    }
}
