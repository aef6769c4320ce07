using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ManagedIdentityAnalyzers.Benchmarks.Setup
{
    /// <summary>The C# analyzers of one peer package, loaded from its NuGet package folder.</summary>
    internal sealed record LoadedPeer(string Id, string Version, string AnalyzerFolder, ImmutableArray<DiagnosticAnalyzer> Analyzers, ImmutableArray<string> LoadErrors);

    /// <summary>
    /// Loads the analyzer assemblies of peer packages (Meziantou.Analyzer, Roslynator.Analyzers) the way a compiler
    /// host does: through <see cref="AnalyzerFileReference"/>, from the <c>analyzers/dotnet/roslynX.Y/cs</c> folder built
    /// for the newest Roslyn not newer than the one this process runs. Code-fix and Workspaces assemblies are only
    /// dependencies.
    /// </summary>
    internal static class PeerAnalyzers
    {
        public static LoadedPeer Load(PeerPackage package)
        {
            var folder = ChooseFolder(package.Folder);
            var version = Path.GetFileName(package.Folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
            var loader = new FolderLoader();
            var errors = new List<string>();
            var analyzers = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
            var files = Directory.GetFiles(folder, "*.dll");
            foreach (var file in files)
            {
                loader.AddDependencyLocation(file);
            }

            foreach (var file in files.OrderBy(f => f, StringComparer.Ordinal))
            {
                var name = Path.GetFileName(file);
                if (name.Contains("CodeFix", StringComparison.OrdinalIgnoreCase) || name.Contains("Workspaces", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var reference = new AnalyzerFileReference(file, loader);
                reference.AnalyzerLoadFailed += (_, e) => errors.Add($"{name}: {e.ErrorCode} {e.TypeName} {e.Message}");
                analyzers.AddRange(reference.GetAnalyzers(LanguageNames.CSharp));
            }

            return new LoadedPeer(package.Id, version, folder, analyzers.ToImmutable(), errors.ToImmutableArray());
        }

        private static string ChooseFolder(string packageFolder)
        {
            var dotnet = Path.Combine(packageFolder, "analyzers", "dotnet");
            var host = typeof(Compilation).Assembly.GetName().Version ?? new Version(4, 14);
            string? best = null;
            Version? bestVersion = null;
            if (Directory.Exists(dotnet))
            {
                foreach (var candidate in Directory.GetDirectories(dotnet, "roslyn*"))
                {
                    var text = Path.GetFileName(candidate).Substring("roslyn".Length);
                    if (Version.TryParse(text, out var version)
                        && version <= new Version(host.Major, host.Minor)
                        && (bestVersion is null || version > bestVersion)
                        && Directory.Exists(Path.Combine(candidate, "cs")))
                    {
                        best = Path.Combine(candidate, "cs");
                        bestVersion = version;
                    }
                }
            }

            best ??= Path.Combine(dotnet, "cs");
            if (!Directory.Exists(best))
            {
                throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture, "No C# analyzer folder for Roslyn {0} in '{1}'.", host, packageFolder));
            }

            return best;
        }

        /// <summary>Loads into the default context, resolving a package's own dependencies from its folder.</summary>
        private sealed class FolderLoader : IAnalyzerAssemblyLoader
        {
            private readonly ConcurrentDictionary<string, string> pathsByName = new(StringComparer.OrdinalIgnoreCase);

            public FolderLoader()
            {
                AssemblyLoadContext.Default.Resolving += Resolve;
            }

            public void AddDependencyLocation(string fullPath) =>
                pathsByName.TryAdd(Path.GetFileNameWithoutExtension(fullPath), fullPath);

            public Assembly LoadFromPath(string fullPath) => AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);

            private Assembly? Resolve(AssemblyLoadContext context, AssemblyName name) =>
                name.Name is { } simple && pathsByName.TryGetValue(simple, out var path) ? context.LoadFromAssemblyPath(path) : null;
        }
    }
}
