using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ManagedIdentityAnalyzers.Benchmarks.Setup
{
    /// <summary>A peer analyzer package found in the NuGet package folder: its ID and its root folder.</summary>
    internal sealed record PeerPackage(string Id, string Folder);

    /// <summary>
    /// What the corpus compiles against, read from <c>benchmark-references.txt</c>, which an MSBuild target of this
    /// project writes beside the executable. Lines are <c>group|path</c>: <c>framework</c> (the SDK's
    /// Microsoft.NETCore.App.Ref reference pack), <c>azure</c> (Azure.Core, Azure.ResourceManager and their
    /// dependencies), <c>stub</c> (the reference stubs of tests/Stubs) and <c>peer|id|folder</c> (peer analyzer packages).
    /// </summary>
    internal sealed class ReferenceSet
    {
        public const string ListFileName = "benchmark-references.txt";

        private ReferenceSet(
            ImmutableArray<MetadataReference> framework,
            ImmutableArray<MetadataReference> azureSdk,
            ImmutableArray<PeerPackage> peers)
        {
            Framework = framework;
            AzureSdk = azureSdk;
            Peers = peers;
        }

        /// <summary>The net10.0 reference pack only.</summary>
        public ImmutableArray<MetadataReference> Framework { get; }

        /// <summary>Framework, Azure packages and the stubs.</summary>
        public ImmutableArray<MetadataReference> AzureSdk { get; }

        public ImmutableArray<PeerPackage> Peers { get; }

        public static ReferenceSet Load()
        {
            var listPath = Path.Combine(AppContext.BaseDirectory, ListFileName);
            if (!File.Exists(listPath))
            {
                throw new InvalidOperationException(
                    $"'{listPath}' does not exist. The WriteBenchmarkReferences target of the benchmark project writes it; rebuild the project.");
            }

            var framework = new List<MetadataReference>();
            var sdk = new List<MetadataReference>();
            var peers = new List<PeerPackage>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var raw in File.ReadAllLines(listPath))
            {
                var line = raw.Trim();
                if (line.Length == 0)
                {
                    continue;
                }

                var parts = line.Split('|');
                switch (parts[0])
                {
                    case "peer" when parts.Length == 3:
                        if (Directory.Exists(parts[2]))
                        {
                            peers.Add(new PeerPackage(parts[1], parts[2]));
                        }

                        break;
                    case "framework" or "azure" or "stub" when parts.Length == 2:
                        if (!File.Exists(parts[1]))
                        {
                            throw new InvalidOperationException($"Reference '{parts[1]}' listed in '{listPath}' does not exist; rebuild the project.");
                        }

                        if (seen.Add(parts[1]))
                        {
                            var reference = MetadataReference.CreateFromFile(parts[1]);
                            (parts[0] == "framework" ? framework : sdk).Add(reference);
                        }

                        break;
                    default:
                        throw new InvalidOperationException($"Malformed line in '{listPath}': '{line}'.");
                }
            }

            if (!framework.Any(r => string.Equals(Path.GetFileName(r.Display), "System.Runtime.dll", StringComparison.OrdinalIgnoreCase)))
            {
                throw new InvalidOperationException($"'{listPath}' lists no System.Runtime.dll in the framework group.");
            }

            foreach (var required in new[] { "Azure.ResourceManager.dll", "Azure.Core.dll", "Azure.ResourceManager.Logic.dll", "Azure.ResourceManager.AppService.dll" })
            {
                if (!sdk.Any(r => string.Equals(Path.GetFileName(r.Display), required, StringComparison.OrdinalIgnoreCase)))
                {
                    throw new InvalidOperationException($"'{listPath}' lists no {required}.");
                }
            }

            return new ReferenceSet(framework.ToImmutableArray(), framework.Concat(sdk).ToImmutableArray(), peers.ToImmutableArray());
        }
    }
}
