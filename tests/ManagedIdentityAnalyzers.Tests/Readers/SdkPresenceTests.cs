using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Entry;
using ManagedIdentityAnalyzers.Readers.CSharp;
using ManagedIdentityAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Xunit;

namespace ManagedIdentityAnalyzers.Tests.Readers;

/// <summary>
/// Whether the SDK is there is decided from the references' metadata and the documents' text before anything is bound:
/// nothing is registered without it, and every way the identity types can be declared still counts.
/// </summary>
public class SdkPresenceTests
{
    private const string Copy = "namespace Azure.ResourceManager.Models { public readonly struct ManagedServiceIdentityType { public ManagedServiceIdentityType(string value) { } public static implicit operator ManagedServiceIdentityType(string value) => new ManagedServiceIdentityType(value); } public class ManagedServiceIdentity { public ManagedServiceIdentity(ManagedServiceIdentityType type) { } } }";

    private const string UsesIdentity = "using Azure.ResourceManager.Models; public class Deployments { public object Create() => new ManagedServiceIdentity(\"System Assigned\"); }";

    [Fact]
    public async Task Without_the_sdk_nothing_is_registered_after_compilation_start()
    {
        var compilation = Compilation(new[] { UsesIdentity.Replace("using Azure.ResourceManager.Models; ", "") }, ReferenceAssemblies.Framework);

        Assert.Null(SdkSymbols.TryCreateLazy(compilation));
        var telemetry = await Telemetry(compilation);
        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        Assert.Equal(0, telemetry.SemanticModelActionsCount);
    }

    [Fact]
    public async Task With_the_sdk_the_document_action_is_registered()
    {
        var compilation = Compilation(new[] { "public class Plain { }" }, ReferenceAssemblies.AzureSdk);

        Assert.NotNull(SdkSymbols.TryCreateLazy(compilation));
        Assert.Equal(1, (await Telemetry(compilation)).SemanticModelActionsCount);
    }

    [Fact]
    public void Identity_types_from_an_assembly_of_another_name_are_found()
    {
        var copy = Compilation(new[] { Copy }, ReferenceAssemblies.Framework, "Contoso.Copy");
        using var image = new MemoryStream();
        Assert.True(copy.Emit(image).Success);
        var compilation = Compilation(new[] { UsesIdentity }, ReferenceAssemblies.Framework.Add(MetadataReference.CreateFromImage(image.ToArray())));

        var symbols = SdkSymbols.TryCreateLazy(compilation)?.Value;

        Assert.NotNull(symbols);
        Assert.Equal("Contoso.Copy", symbols!.Identity.ContainingAssembly.Name);
    }

    [Fact]
    public void Identity_types_declared_in_a_document_are_found()
    {
        var compilation = Compilation(new[] { Copy, UsesIdentity }, ReferenceAssemblies.Framework);

        var symbols = SdkSymbols.TryCreateLazy(compilation)?.Value;

        Assert.NotNull(symbols);
        Assert.Equal(compilation.Assembly, symbols!.IdentityType.ContainingAssembly, SymbolEqualityComparer.Default);
    }

    [Fact]
    public void A_project_reference_cannot_be_ruled_out_and_resolves_to_nothing_when_it_declares_nothing()
    {
        var project = Compilation(new[] { "public class Helper { }" }, ReferenceAssemblies.Framework, "Contoso.Helpers");
        var compilation = Compilation(new[] { "public class Plain { }" }, ReferenceAssemblies.Framework.Add(project.ToMetadataReference()));

        var lazy = SdkSymbols.TryCreateLazy(compilation);

        Assert.NotNull(lazy);
        Assert.Null(lazy!.Value);
    }

    [Fact]
    public void A_unicode_escape_in_a_document_counts_as_a_possible_declaration()
    {
        var compilation = Compilation(new[] { Copy.Replace("ManagedServiceIdentityType", "ManagedServiceIdentity\\u0054ype") }, ReferenceAssemblies.Framework);

        Assert.Equal("ManagedServiceIdentityType", SdkSymbols.TryCreateLazy(compilation)?.Value?.IdentityType.Name);
    }

    [Theory]
    [InlineData("Azure.ResourceManager.dll", true)]
    [InlineData("AZURE.RESOURCEMANAGER.DLL", true)]
    [InlineData("MyAzure.ResourceManager.dll", false)]
    public void A_file_named_like_the_sdk_counts_without_its_metadata_and_resolves_to_nothing_when_it_declares_nothing(string fileName, bool may)
    {
        // The file holds an assembly of another name that declares nothing of ours: only its file name can say "may".
        var other = Compilation(new[] { "public class Helper { }" }, ReferenceAssemblies.Framework, "Contoso.Helpers");
        var directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "mia-sdk-presence-" + System.Guid.NewGuid().ToString("N")));
        try
        {
            var path = Path.Combine(directory.FullName, fileName);
            Assert.True(other.Emit(path).Success);
            var compilation = Compilation(new[] { "public class Plain { }" }, ReferenceAssemblies.Framework.Add(MetadataReference.CreateFromFile(path)));

            var lazy = SdkSymbols.TryCreateLazy(compilation);

            Assert.Equal(may, lazy is not null);
            Assert.Null(lazy?.Value);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static CSharpCompilation Compilation(string[] sources, ImmutableArray<MetadataReference> references, string name = "Infra") =>
        CSharpCompilation.Create(
            name,
            sources.Select(source => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    private static async Task<AnalyzerTelemetryInfo> Telemetry(Compilation compilation)
    {
        var analyzer = new CSharpLogicAppAnalyzer();
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(analyzer),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
        await withAnalyzers.GetAnalysisResultAsync(CancellationToken.None);
        return await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
    }
}
