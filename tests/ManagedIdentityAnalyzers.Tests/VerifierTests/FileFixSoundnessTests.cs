using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ManagedIdentityAnalyzers.Tests.VerifierTests;

/// <summary>
/// The fix-soundness check (README, step 6) on diagnostics in additional files: each fix offered in a JSON file is
/// applied alone and as Fix All; one that leaves its diagnostic, or leaves a well-formed file malformed, fails.
/// </summary>
public class FileFixSoundnessTests
{
    private static AnalyzerTest Test(string replacement, string json = """{ "a": [|"bad"|], "b": [ [|"bad"|] ] }""") => new()
    {
        Analyzers = new DiagnosticAnalyzer[] { new JsonBadAnalyzer() },
        SoundnessFixer = new JsonReplacingFixer(replacement),
        AdditionalFiles = { ("settings.json", json) },
    };

    [Fact]
    public async Task A_sound_fix_in_a_file_passes_and_is_applied_alone_and_as_fix_all()
    {
        await Test("\"good\"").RunAsync();

        using var workspace = new AdhocWorkspace();
        var test = Test("\"good\"");
        var applied = await AnalyzerTest.CheckFixSoundnessAsync(test.CreateProject(workspace), test.Analyzers, test.SoundnessFixer!);
        Assert.Equal(3, applied);
    }

    [Fact]
    public async Task A_fix_that_keeps_its_diagnostic_in_a_file_fails()
    {
        var e = await Assert.ThrowsAsync<VerificationException>(() => Test("\"bad\" ").RunAsync());

        Assert.Contains("the fix is not sound", e.Message);
        Assert.Contains("Not fixed", e.Message);
        Assert.Contains("/0/settings.json", e.Message);
    }

    [Fact]
    public async Task A_fix_that_breaks_a_json_file_fails()
    {
        var e = await Assert.ThrowsAsync<VerificationException>(() => Test("good").RunAsync());

        Assert.Contains("/0/settings.json is no longer well-formed JSON", e.Message);
    }

    [Fact]
    public async Task A_file_that_was_not_json_before_is_not_held_to_it()
    {
        await Test("good", """{ "a": [|"bad"|] /* unclosed""").RunAsync();
    }

    [Fact]
    public Task A_fixer_not_exported_for_additional_documents_is_not_asked_about_files() => new AnalyzerTest
    {
        Analyzers = new DiagnosticAnalyzer[] { new JsonBadAnalyzer() },
        SoundnessFixer = new SourceOnlyFixer(),
        AdditionalFiles = { ("settings.json", """{ "a": [|"bad"|] }""") },
    }.RunAsync();

    [Theory]
    [InlineData("""{ "a": 1 }""", true)]
    [InlineData("""{ "a": 1, /* c */ } // end""", true)]
    [InlineData("\uFEFF[1, 2,]", true)]
    [InlineData("""{ "a": 1 """, false)]
    [InlineData("""{ "a": 1 } }""", false)]
    [InlineData("", false)]
    [InlineData("\uFEFF", false)]
    public void Json_is_told_apart(string text, bool isJson) => Assert.Equal(isJson, AnalyzerTest.IsJson(text));
}
