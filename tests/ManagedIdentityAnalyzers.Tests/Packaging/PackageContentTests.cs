using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Threading.Tasks;
using System.Xml.Linq;

namespace ManagedIdentityAnalyzers.Tests.Packaging;

/// <summary>
/// What a consumer of the package receives: the analyzer and fix assemblies where the compiler looks for analyzers,
/// nothing that becomes a reference or a dependency of their project, and assemblies that load in every host.
/// </summary>
[Collection(DotnetCliCollection.Name)]
public sealed class PackageContentTests
{
    private const string AnalyzerAssembly = "ManagedIdentityAnalyzers.dll";
    private const string FixAssembly = "ManagedIdentityAnalyzers.CodeFixes.dll";

    // The netstandard2.0 dependencies of Microsoft.CodeAnalysis itself: every host that loads the compiler has them.
    private static readonly HashSet<string> s_compilerDependencies = new(StringComparer.Ordinal)
    {
        "System.Buffers",
        "System.Collections.Immutable",
        "System.Memory",
        "System.Numerics.Vectors",
        "System.Reflection.Metadata",
        "System.Runtime.CompilerServices.Unsafe",
        "System.Text.Encoding.CodePages",
        "System.Threading.Tasks.Extensions",
    };

    [Fact]
    public async Task AnalyzersFolderHoldsExactlyTheAnalyzerAndFixAssemblies()
    {
        var entries = await ReadEntryNamesAsync();

        var analyzerEntries = entries.Where(e => e.StartsWith("analyzers/", StringComparison.OrdinalIgnoreCase)).OrderBy(e => e, StringComparer.Ordinal);
        Assert.Equal(
            new[] { "analyzers/dotnet/cs/" + FixAssembly, "analyzers/dotnet/cs/" + AnalyzerAssembly }.OrderBy(e => e, StringComparer.Ordinal),
            analyzerEntries);
    }

    [Fact]
    public async Task BuildFolderHoldsThePropsAndTargetsThatAddTheJsonFiles()
    {
        var entries = await ReadEntryNamesAsync();

        Assert.Equal(
            new[] { "build/ManagedIdentityAnalyzers.props", "build/ManagedIdentityAnalyzers.targets" },
            entries.Where(e => e.StartsWith("build", StringComparison.OrdinalIgnoreCase)).OrderBy(e => e, StringComparer.Ordinal));

        using var archive = ZipFile.OpenRead((await PackedPackage.GetAsync()).NupkgPath);
        using var reader = new StreamReader(archive.GetEntry("build/ManagedIdentityAnalyzers.targets")!.Open());
        var targets = XDocument.Parse(await reader.ReadToEndAsync());
        var include = targets.Descendants().Single(e => e.Name.LocalName == "_ManagedIdentityAnalyzersJson" && e.Attribute("Include") is not null);
        foreach (var pattern in new[] { "**/workflow.json", "**/connections.json", "**/*.template.json", "**/azuredeploy*.json" })
        {
            Assert.Contains(pattern, include.Attribute("Include")!.Value, StringComparison.Ordinal);
        }

        foreach (var excluded in new[] { "**/bin/**", "**/obj/**", "**/node_modules/**" })
        {
            Assert.Contains(excluded, include.Attribute("Exclude")!.Value, StringComparison.Ordinal);
        }

        Assert.Contains(targets.Descendants(), e => e.Name.LocalName == "AdditionalFiles");
        Assert.Contains("ManagedIdentityAnalyzersIncludeJsonFiles", include.Parent!.Attribute("Condition")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingBecomesAReferenceOfTheConsumer()
    {
        var entries = await ReadEntryNamesAsync();

        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(entries, e => e.StartsWith("ref/", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(entries, e => e.StartsWith("runtimes/", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task NuspecDeclaresADevelopmentDependencyWithoutDependencies()
    {
        var (metadata, nuspecText) = await ReadNuspecAsync();

        Assert.Equal(PackedPackage.Id, Element(metadata, "id")?.Value);
        Assert.Equal((await PackedPackage.GetAsync()).Version, Element(metadata, "version")?.Value);
        Assert.Equal("true", Element(metadata, "developmentDependency")?.Value);
        Assert.Equal("MIT", Element(metadata, "license")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(Element(metadata, "description")?.Value), "The nuspec has no description.");
        Assert.False(string.IsNullOrWhiteSpace(Element(metadata, "tags")?.Value), "The nuspec has no tags.");
        Assert.DoesNotContain("<dependency", nuspecText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName is "dependency" or "frameworkAssembly" or "reference");
    }

    [Fact]
    public async Task ReadmeIsDeclaredAndPacked()
    {
        var (metadata, _) = await ReadNuspecAsync();
        var readme = Element(metadata, "readme")?.Value;
        Assert.False(string.IsNullOrEmpty(readme), "The nuspec declares no readme.");

        using var archive = ZipFile.OpenRead((await PackedPackage.GetAsync()).NupkgPath);
        var entry = archive.GetEntry(readme!.Replace('\\', '/'));
        Assert.True(entry is not null, $"The readme {readme} is declared but not in the package.");
        using var reader = new StreamReader(entry!.Open());
        var text = await reader.ReadToEndAsync();
        Assert.Contains("PrivateAssets=\"all\"", text, StringComparison.Ordinal);
        Assert.Contains("dotnet_diagnostic.LAMI006.severity", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzerAssemblyReferencesOnlyTheCompiler()
    {
        var references = await ReadAssemblyReferencesAsync(AnalyzerAssembly);

        AssertOnlyAllowedReferences(AnalyzerAssembly, references, allowWorkspaces: false);
        // Workspaces is not loaded by the command-line compiler: the analyzers must not need it.
        Assert.DoesNotContain(references, r => (r.Name ?? "").Contains("Workspaces", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FixAssemblyReferencesOnlyTheCompilerWorkspacesAndTheAnalyzers()
    {
        var references = await ReadAssemblyReferencesAsync(FixAssembly);

        AssertOnlyAllowedReferences(FixAssembly, references, allowWorkspaces: true);
    }

    private static void AssertOnlyAllowedReferences(string assembly, IReadOnlyList<AssemblyName> references, bool allowWorkspaces)
    {
        var roslynVersion = RoslynVersion();
        var unexpected = new List<string>();
        foreach (var reference in references)
        {
            var name = reference.Name ?? "";
            var allowed = name == "netstandard"
                || name == "System.Runtime"
                || s_compilerDependencies.Contains(name)
                || (name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)
                    && (allowWorkspaces || !name.Contains("Workspaces", StringComparison.Ordinal)))
                // [Shared] on code fix providers comes from System.Composition, which every Workspaces host loads.
                || (allowWorkspaces && name.StartsWith("System.Composition", StringComparison.Ordinal))
                || (allowWorkspaces && name == "ManagedIdentityAnalyzers");
            if (!allowed)
            {
                unexpected.Add(reference.FullName);
            }

            // A reference to a newer Roslyn than the one the project compiles against would keep the analyzers from
            // loading in older compilers (CS9057).
            if (name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) && reference.Version > roslynVersion)
            {
                unexpected.Add(reference.FullName + $" (newer than Roslyn {roslynVersion})");
            }
        }

        Assert.True(
            unexpected.Count == 0,
            $"{assembly} references assemblies a host may not provide: {string.Join("; ", unexpected)}."
                + $" All references: {string.Join("; ", references.Select(r => r.FullName))}");
    }

    /// <summary>$(RoslynVersion) of Directory.Build.props, as an assembly version (Roslyn's assembly versions are x.y.0.0).</summary>
    private static Version RoslynVersion()
    {
        var props = XDocument.Load(Path.Combine(RepoLayout.Root, "Directory.Build.props"));
        var text = props.Descendants().First(e => e.Name.LocalName == "RoslynVersion").Value.Trim();
        var version = Version.Parse(text);
        return new Version(version.Major, version.Minor, Math.Max(version.Build, 0), int.MaxValue);
    }

    private static async Task<IReadOnlyList<string>> ReadEntryNamesAsync()
    {
        using var archive = ZipFile.OpenRead((await PackedPackage.GetAsync()).NupkgPath);
        return archive.Entries.Select(e => e.FullName).ToList();
    }

    private static async Task<(XElement Metadata, string Text)> ReadNuspecAsync()
    {
        using var archive = ZipFile.OpenRead((await PackedPackage.GetAsync()).NupkgPath);
        var nuspecs = archive.Entries.Where(e => !e.FullName.Contains('/') && e.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase)).ToList();
        var nuspec = Assert.Single(nuspecs);
        using var reader = new StreamReader(nuspec.Open());
        var text = await reader.ReadToEndAsync();
        var metadata = XDocument.Parse(text).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        return (metadata, text);
    }

    private static XElement? Element(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static async Task<IReadOnlyList<AssemblyName>> ReadAssemblyReferencesAsync(string fileName)
    {
        using var archive = ZipFile.OpenRead((await PackedPackage.GetAsync()).NupkgPath);
        var entry = archive.GetEntry("analyzers/dotnet/cs/" + fileName);
        Assert.True(entry is not null, $"analyzers/dotnet/cs/{fileName} is not in the package.");

        var bytes = new MemoryStream();
        using (var stream = entry!.Open())
        {
            await stream.CopyToAsync(bytes);
        }

        bytes.Position = 0;
        using var peReader = new PEReader(bytes);
        var metadata = peReader.GetMetadataReader();
        Assert.Equal(Path.GetFileNameWithoutExtension(fileName), metadata.GetString(metadata.GetAssemblyDefinition().Name));
        return metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle).GetAssemblyName())
            .ToList();
    }
}
