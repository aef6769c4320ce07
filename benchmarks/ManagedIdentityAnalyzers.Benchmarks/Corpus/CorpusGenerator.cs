using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ManagedIdentityAnalyzers.Benchmarks.Corpus
{
    /// <summary>What a generated file is made of.</summary>
    internal enum FileKind
    {
        /// <summary>Ordinary C#, no Azure SDK.</summary>
        Plain,

        /// <summary>JSON payloads in BinaryData/JsonObject that are not workflow definitions.</summary>
        JsonPayloads,

        /// <summary>Correct use of the SDK: identities and workflow definitions.</summary>
        SdkClean,

        /// <summary>One finding method among correct SDK code and plain helpers.</summary>
        Finding,

        /// <summary>One finding method and one plain helper: the "one hit per file" corpus of the targets.</summary>
        SmallFinding,
    }

    /// <summary>One generated file, the finding case it holds (if any) and the rule IDs that must be reported in it.</summary>
    internal sealed record CorpusFile(string Path, string Text, FileKind Kind, string? CaseName, ImmutableArray<string> ExpectedRuleIds);

    /// <summary>A generated corpus: its files and what the analyzer must report on it.</summary>
    internal sealed class GeneratedCorpus
    {
        public GeneratedCorpus(string name, string description, ImmutableArray<CorpusFile> files, bool needsAzureSdk)
        {
            Name = name;
            Description = description;
            Files = files;
            NeedsAzureSdk = needsAzureSdk;
        }

        public string Name { get; }

        public string Description { get; }

        public ImmutableArray<CorpusFile> Files { get; }

        /// <summary>Whether the files use Azure SDK types (and so only compile with its references).</summary>
        public bool NeedsAzureSdk { get; }

        public int ExpectedDiagnosticCount => Files.Sum(f => f.ExpectedRuleIds.Length);

        public int LineCount => Files.Sum(f => f.Text.Count(c => c == '\n') + 1);

        public int CountOf(FileKind kind) => Files.Count(f => f.Kind == kind);

        /// <summary>Expected count per rule ID, ordered by ID.</summary>
        public SortedDictionary<string, int> ExpectedByRule()
        {
            var result = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var id in Files.SelectMany(f => f.ExpectedRuleIds))
            {
                result[id] = result.TryGetValue(id, out var count) ? count + 1 : 1;
            }

            return result;
        }
    }

    /// <summary>The shares of file kinds in the mixed corpus (the rest is plain code).</summary>
    internal sealed record CorpusMix(double Findings, double SdkClean, double JsonPayloads)
    {
        public static CorpusMix Default { get; } = new CorpusMix(0.10, 0.10, 0.05);

        public double Plain => 1.0 - Findings - SdkClean - JsonPayloads;

        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"findings={Findings:0.###}, sdk={SdkClean:0.###}, json={JsonPayloads:0.###}, plain={Plain:0.###}");
    }

    /// <summary>
    /// Generates the benchmark corpora, deterministically from a seed: the same seed, file count and mix give the
    /// same files, byte for byte. File kinds are counted exactly (shares are rounded once, then the order is shuffled),
    /// and finding cases are dealt round-robin, so the expected diagnostics are known without running anything.
    /// </summary>
    internal static class CorpusGenerator
    {
        private const string SharedPath = "Shared/ResourceSpec.cs";

        /// <summary>Ordinary code mixed with SDK code, JSON payloads and a controlled share of findings.</summary>
        public static GeneratedCorpus Mixed(int fileCount, int seed, CorpusMix mix)
        {
            var random = new Random(seed);
            var findings = (int)Math.Round(fileCount * mix.Findings);
            var sdk = (int)Math.Round(fileCount * mix.SdkClean);
            var json = (int)Math.Round(fileCount * mix.JsonPayloads);
            var plain = Math.Max(0, fileCount - 1 - findings - sdk - json);
            var kinds = new List<FileKind>();
            kinds.AddRange(Enumerable.Repeat(FileKind.Finding, findings));
            kinds.AddRange(Enumerable.Repeat(FileKind.SdkClean, sdk));
            kinds.AddRange(Enumerable.Repeat(FileKind.JsonPayloads, json));
            kinds.AddRange(Enumerable.Repeat(FileKind.Plain, plain));
            Shuffle(kinds, random);
            return Build(
                "mixed",
                $"{findings} files with one finding each, {sdk} with correct SDK code, {json} with non-workflow JSON payloads, {plain} plain, 1 shared",
                kinds,
                random,
                needsAzureSdk: true);
        }

        /// <summary>Every file holds exactly one finding and one plain helper: "one hit per file".</summary>
        public static GeneratedCorpus OneHitPerFile(int fileCount, int seed)
        {
            var random = new Random(seed + 1);
            var kinds = Enumerable.Repeat(FileKind.SmallFinding, Math.Max(0, fileCount - 1)).ToList();
            return Build("one-hit", $"{kinds.Count} small files with exactly one finding each, 1 shared", kinds, random, needsAzureSdk: true);
        }

        /// <summary>Only ordinary code: compiles with or without the Azure SDK referenced.</summary>
        public static GeneratedCorpus Plain(int fileCount, int seed)
        {
            var random = new Random(seed + 2);
            var kinds = Enumerable.Repeat(FileKind.Plain, Math.Max(0, fileCount - 1)).ToList();
            return Build("plain", $"{kinds.Count} files of ordinary C#, 1 shared", kinds, random, needsAzureSdk: false);
        }

        private static GeneratedCorpus Build(string name, string description, List<FileKind> kinds, Random random, bool needsAzureSdk)
        {
            var files = ImmutableArray.CreateBuilder<CorpusFile>(kinds.Count + 1);
            files.Add(new CorpusFile(SharedPath, PlainCode.SharedFile, FileKind.Plain, null, ImmutableArray<string>.Empty));
            var findingIndex = 0;
            for (var i = 0; i < kinds.Count; i++)
            {
                var kind = kinds[i];
                FindingCase? finding = null;
                if (kind is FileKind.Finding or FileKind.SmallFinding)
                {
                    finding = FindingCases.All[findingIndex % FindingCases.All.Length];
                    findingIndex++;
                }

                var area = Vocabulary.Pick(random, Vocabulary.Areas);
                var className = area + Vocabulary.Pick(random, Vocabulary.Nouns) + i.ToString("D4", CultureInfo.InvariantCulture);
                var text = WriteFile(kind, area, className, finding, random);
                files.Add(new CorpusFile(
                    $"{area}/{className}.cs",
                    text,
                    kind,
                    finding?.Name,
                    finding is null ? ImmutableArray<string>.Empty : ImmutableArray.Create(finding.RuleId)));
            }

            return new GeneratedCorpus(name, description, files.MoveToImmutable(), needsAzureSdk);
        }

        private static string WriteFile(FileKind kind, string area, string className, FindingCase? finding, Random random)
        {
            var methods = new List<string>();
            var id = 0;
            switch (kind)
            {
                case FileKind.Plain:
                    AddPlain(methods, random, ref id, random.Next(1, 4));
                    break;
                case FileKind.JsonPayloads:
                    for (var n = random.Next(1, 3); n > 0; n--)
                    {
                        methods.Add(SdkCode.NoiseMethod(random, id++));
                    }

                    AddPlain(methods, random, ref id, random.Next(0, 3));
                    break;
                case FileKind.SdkClean:
                    for (var n = random.Next(1, 4); n > 0; n--)
                    {
                        methods.Add(SdkCode.CleanMethod(random, id++));
                    }

                    AddPlain(methods, random, ref id, random.Next(0, 2));
                    break;
                case FileKind.Finding:
                    methods.Add(finding!.Method(random, id++));
                    for (var n = random.Next(0, 2); n > 0; n--)
                    {
                        methods.Add(SdkCode.CleanMethod(random, id++));
                    }

                    AddPlain(methods, random, ref id, random.Next(0, 3));
                    Shuffle(methods, random);
                    break;
                case FileKind.SmallFinding:
                    methods.Add(finding!.Method(random, id++));
                    AddPlain(methods, random, ref id, 1);
                    break;
            }

            var usesSdk = kind != FileKind.Plain;
            var builder = new StringBuilder();
            foreach (var name in usesSdk ? SdkCode.Usings : PlainCode.Usings)
            {
                builder.Append("using ").Append(name).Append(";\n");
            }

            builder.Append('\n')
                .Append("namespace Contoso.Infrastructure.").Append(area).Append(";\n\n")
                .Append("/// <summary>Generated for the analyzer benchmark (").Append(kind).Append(").</summary>\n")
                .Append("public static class ").Append(className).Append('\n')
                .Append("{\n");
            if (kind is FileKind.SdkClean or FileKind.Finding or FileKind.SmallFinding)
            {
                builder.Append(SdkCode.ClassConstants(random)).Append("\n\n");
            }

            builder.Append(string.Join("\n\n", methods)).Append('\n').Append("}\n");
            return builder.ToString();
        }

        private static void AddPlain(List<string> methods, Random random, ref int id, int count)
        {
            for (var n = 0; n < count; n++)
            {
                methods.Add(PlainCode.Method(random, id++));
            }
        }

        private static void Shuffle<T>(List<T> items, Random random)
        {
            for (var i = items.Count - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                (items[i], items[j]) = (items[j], items[i]);
            }
        }
    }
}
