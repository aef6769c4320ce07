using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace ManagedIdentityAnalyzers.Tests.Verification;

/// <summary>
/// Metadata references for test compilations, read once from <c>test-references.txt</c>, which an MSBuild target of the
/// test project writes beside the test assembly. Each line is <c>group|path</c> with group <c>framework</c> (the SDK's
/// Microsoft.NETCore.App.Ref reference pack), <c>azure</c> (Azure.Core, Azure.ResourceManager, System.ClientModel,
/// System.Memory.Data) or <c>stub</c> (the reference stubs of tests/Stubs).
/// </summary>
public static class ReferenceAssemblies
{
    public const string ListFileName = "test-references.txt";

    private static readonly Lazy<Groups> s_groups = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The net10.0 reference pack only.</summary>
    public static ImmutableArray<MetadataReference> Framework => s_groups.Value.Framework;

    /// <summary>Azure.Core, Azure.ResourceManager, System.ClientModel and System.Memory.Data (no framework).</summary>
    public static ImmutableArray<MetadataReference> Azure => s_groups.Value.Azure;

    /// <summary>The reference stubs (Azure.ResourceManager.Logic, Azure.ResourceManager.AppService, Azure.ResourceManager.Resources); may be empty.</summary>
    public static ImmutableArray<MetadataReference> Stubs => s_groups.Value.Stubs;

    /// <summary>Framework + Azure + stubs: what rule tests compile against by default.</summary>
    public static ImmutableArray<MetadataReference> AzureSdk => s_groups.Value.AzureSdk;

    private sealed record Groups(
        ImmutableArray<MetadataReference> Framework,
        ImmutableArray<MetadataReference> Azure,
        ImmutableArray<MetadataReference> Stubs,
        ImmutableArray<MetadataReference> AzureSdk);

    private static Groups Load()
    {
        string listPath = Path.Combine(AppContext.BaseDirectory, ListFileName);
        if (!File.Exists(listPath))
        {
            throw new InvalidOperationException(
                $"'{listPath}' does not exist. It is written by the WriteTestReferences target of the test project; rebuild the test project.");
        }

        var byGroup = new Dictionary<string, List<MetadataReference>>(StringComparer.Ordinal)
        {
            ["framework"] = new List<MetadataReference>(),
            ["azure"] = new List<MetadataReference>(),
            ["stub"] = new List<MetadataReference>(),
        };
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        foreach (string rawLine in File.ReadAllLines(listPath))
        {
            string line = rawLine.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            int separator = line.IndexOf('|');
            if (separator <= 0)
            {
                throw new InvalidOperationException($"Malformed line in '{listPath}': '{line}' (expected 'group|path').");
            }

            string group = line.Substring(0, separator);
            string path = line.Substring(separator + 1);
            if (!byGroup.TryGetValue(group, out List<MetadataReference>? list))
            {
                throw new InvalidOperationException($"Unknown reference group '{group}' in '{listPath}'.");
            }

            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"Reference '{path}' listed in '{listPath}' does not exist; rebuild the test project.");
            }

            if (seen.Add(path))
            {
                list.Add(MetadataReference.CreateFromFile(path));
            }
        }

        ImmutableArray<MetadataReference> framework = byGroup["framework"].ToImmutableArray();
        if (!framework.Any(r => string.Equals(Path.GetFileName(r.Display), "System.Runtime.dll", StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidOperationException($"'{listPath}' lists no System.Runtime.dll in the framework group.");
        }

        ImmutableArray<MetadataReference> azure = byGroup["azure"].ToImmutableArray();
        ImmutableArray<MetadataReference> stubs = byGroup["stub"].ToImmutableArray();
        return new Groups(framework, azure, stubs, framework.AddRange(azure).AddRange(stubs));
    }
}
