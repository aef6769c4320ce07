using System;
using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ManagedIdentityAnalyzers.Tests.VerifierTests;

/// <summary>Each test breaks one thing on purpose and checks that the verifier reports it, readably.</summary>
public class VerifierFailureTests
{
    private static async Task<string> FailsAsync(Func<Task> run)
    {
        VerificationException e = await Assert.ThrowsAsync<VerificationException>(run);
        return e.Message;
    }

    [Fact]
    public async Task WrongId()
    {
        string message = await FailsAsync(() => new AnalyzerTest
        {
            Analyzers = new DiagnosticAnalyzer[] { new BadStringAnalyzer(), new WorseStringAnalyzer() },
            Source = """class C { string s = {|TEST002:"bad"|}; }""",
        }.RunAsync());

        Assert.Contains("Missing (expected but not reported, 1):", message);
        Assert.Contains("TEST002 /0/Test0.cs(1,22)-(1,27)", message);
        Assert.Contains("Unexpected (reported but not expected, 1):", message);
        Assert.Contains("TEST001 warning /0/Test0.cs(1,22)-(1,27): String literal \"bad\" is bad", message);
        Assert.Contains("""class C { string s = {|TEST001:"bad"|}; }""", message);
    }

    [Fact]
    public async Task UnsupportedExpectedId()
    {
        string message = await FailsAsync(() => Verify.AnalyzerAsync<BadStringAnalyzer>("""class C { string s = {|TEST999:"bad"|}; }"""));

        Assert.Contains("'TEST999' is not supported", message);
    }

    [Fact]
    public async Task WrongSpan()
    {
        string message = await FailsAsync(() => Verify.AnalyzerAsync<BadStringAnalyzer>("""class C { string s = "[|bad|]"; }"""));

        Assert.Contains("Missing (expected but not reported, 1):", message);
        Assert.Contains("TEST001 /0/Test0.cs(1,23)-(1,26)", message);
        Assert.Contains("TEST001 warning /0/Test0.cs(1,22)-(1,27)", message);
        Assert.Contains("""class C { string s = {|TEST001:"bad"|}; }""", message);
    }

    [Fact]
    public async Task WrongLineColumnSpan()
    {
        string message = await FailsAsync(() => Verify.AnalyzerAsync<BadStringAnalyzer>(
            "class C { string s = \"bad\"; }",
            Verify.Diagnostic("TEST001").WithSpan(1, 22, 1, 26)));

        Assert.Contains("Missing (expected but not reported, 1):", message);
    }

    [Fact]
    public async Task WrongMessage()
    {
        string message = await FailsAsync(() => Verify.AnalyzerAsync<BadStringAnalyzer>(
            "class C { string s = \"bad\"; }",
            Verify.Diagnostic("TEST001").WithSpan(1, 22, 1, 27).WithMessage("something else")));

        Assert.Contains("TEST001 /0/Test0.cs(1,22)-(1,27): something else", message);
    }

    [Fact]
    public async Task WrongSeverity()
    {
        string message = await FailsAsync(() => Verify.AnalyzerAsync<BadStringAnalyzer>(
            "class C { string s = \"bad\"; }",
            Verify.Diagnostic("TEST001").WithSpan(1, 22, 1, 27).WithSeverity(DiagnosticSeverity.Error)));

        Assert.Contains("TEST001 error /0/Test0.cs(1,22)-(1,27)", message);
    }

    [Fact]
    public async Task MissingDiagnostic()
    {
        string message = await FailsAsync(() => Verify.AnalyzerAsync<BadStringAnalyzer>("""class C { string s = [|"fine"|]; }"""));

        Assert.Contains("Missing (expected but not reported, 1):", message);
        Assert.Contains("Unexpected (reported but not expected, 0):", message);
    }

    [Fact]
    public async Task UnexpectedDiagnostic()
    {
        string message = await FailsAsync(() => Verify.AnalyzerAsync<BadStringAnalyzer>("""
            class C
            {
                string s = "bad";
            }
            """));

        Assert.Contains("Missing (expected but not reported, 0):", message);
        Assert.Contains("Unexpected (reported but not expected, 1):", message);
        Assert.Contains("TEST001 warning /0/Test0.cs(3,16)-(3,21)", message);
        Assert.Contains("""    string s = {|TEST001:"bad"|};""", message);
    }

    [Fact]
    public async Task UnexpectedDiagnosticInAdditionalFile()
    {
        string message = await FailsAsync(() => new AnalyzerTest<JsonBadAnalyzer>
        {
            AdditionalFiles = { ("workflow.json", """{ "a": "bad" }""") },
        }.RunAsync());

        Assert.Contains("TEST100 warning /0/workflow.json(1,8)-(1,13)", message);
        Assert.Contains("=== /0/workflow.json ===", message);
        Assert.Contains("""{ "a": {|TEST100:"bad"|} }""", message);
    }

    [Fact]
    public async Task AnalyzerException()
    {
        string message = await FailsAsync(() => Verify.AnalyzerAsync<ThrowingAnalyzer>("class C { }"));

        Assert.Contains("AD0001", message);
        Assert.Contains("boom from ThrowingAnalyzer", message);
    }

    [Fact]
    public async Task UndeclaredDiagnosticId()
    {
        string message = await FailsAsync(() => Verify.AnalyzerAsync<UndeclaredIdAnalyzer>("class C { }"));

        Assert.Contains("TEST901", message);
    }

    [Fact]
    public async Task SourceDoesNotCompile()
    {
        string message = await FailsAsync(() => Verify.AnalyzerAsync<BadStringAnalyzer>("class C { Undefined u; }"));

        Assert.Contains("does not compile", message);
        Assert.Contains("CS0246", message);
        Assert.Contains("class C { {|CS0246:Undefined|} u; }", message);
    }

    [Fact]
    public async Task DiagnosticInGeneratedCode()
    {
        string message = await FailsAsync(() => Verify.AnalyzerAsync<GeneratedCodeReportingAnalyzer>("""class C { string s = [|"bad"|]; }"""));

        Assert.Contains("Generated-code check", message);
        Assert.Contains("TEST001", message);
    }

    [Fact]
    public async Task UnclosedMarkup()
    {
        string message = await FailsAsync(() => Verify.AnalyzerAsync<BadStringAnalyzer>("""class C { string s = [|"bad"; }"""));

        Assert.Contains("/0/Test0.cs: Invalid test markup", message);
    }

    [Fact]
    public async Task FixDoesNotCompile()
    {
        string message = await FailsAsync(() => Verify.CodeFixAsync<BadStringAnalyzer, BrokenFixer>(
            """class C { string s = [|"bad"|]; }""",
            """class C { string s = good; }"""));

        Assert.Contains("Single fixes: the fixed code does not compile", message);
        Assert.Contains("CS0103", message);
    }

    [Fact]
    public async Task FixLoops()
    {
        string message = await FailsAsync(() => Verify.CodeFixAsync<BadStringAnalyzer, FlipFixer>(
            """class C { string s = [|"bad"|]; }""",
            """class C { string s = "good"; }"""));

        Assert.Contains("the fix loops", message);
    }

    [Fact]
    public async Task FixMakesNoProgress()
    {
        string message = await FailsAsync(() => Verify.CodeFixAsync<BadStringAnalyzer, NoOpFixer>(
            """class C { string s = [|"bad"|]; }""",
            """class C { string s = "good"; }"""));

        Assert.Contains("no progress", message);
    }

    [Fact]
    public async Task FixChangesTextButNotDiagnostics()
    {
        string message = await FailsAsync(() => Verify.CodeFixAsync<BadStringAnalyzer, CommentOnlyFixer>(
            """class C { string s = [|"bad"|]; }""",
            """class C { string s = "good"; }"""));

        Assert.Contains("no progress: the diagnostics after fix 1 are the same as before it", message);
        Assert.Contains("/* looked at */", message);
    }

    [Fact]
    public async Task TwoActionsWithTheSameEquivalenceKey()
    {
        string message = await FailsAsync(() => Verify.CodeFixAsync<BadStringAnalyzer, DuplicateKeyFixer>(
            """class C { string s = [|"bad"|]; }""",
            """class C { string s = "good"; }""",
            "Same"));

        Assert.Contains("share the equivalence key 'Same'", message);
    }

    [Fact]
    public async Task NoActionWithTheEquivalenceKey()
    {
        string message = await FailsAsync(() => Verify.CodeFixAsync<BadStringAnalyzer, BadToGoodFixer>(
            """class C { string s = [|"bad"|]; }""",
            """class C { string s = "good"; }""",
            "NoSuchKey"));

        Assert.Contains("no code action with equivalence key 'NoSuchKey'", message);
        Assert.Contains("BadToGood", message);
    }

    [Fact]
    public async Task FixedTextMismatch()
    {
        string message = await FailsAsync(() => Verify.CodeFixAsync<BadStringAnalyzer, BadToGoodFixer>(
            """
            class C
            {
                string s = [|"bad"|];
            }
            """,
            """
            class C
            {
                string s = "fine";
            }
            """));

        Assert.Contains("Single fixes: the fixed text differs from the expected one.", message);
        Assert.Contains("-     string s = \"fine\";", message);
        Assert.Contains("+     string s = \"good\";", message);
    }

    [Fact]
    public async Task FixedTextMismatchInAdditionalFile()
    {
        string message = await FailsAsync(() => new CodeFixTest<JsonBadAnalyzer, JsonBadFixer>
        {
            AdditionalFiles = { ("workflow.json", """{ "a": [|"bad"|] }""") },
            FixedAdditionalFiles = { ("workflow.json", """{ "a": "fine" }""") },
        }.RunAsync());

        Assert.Contains("/0/workflow.json: expected (-) vs actual (+)", message);
        Assert.Contains("+ { \"a\": \"good\" }", message);
    }

    [Fact]
    public async Task FixAllThatSkipsAdditionalFiles()
    {
        string message = await FailsAsync(() => new CodeFixTest<JsonBadAnalyzer, JsonBadFixerWithDocumentOnlyFixAll>
        {
            AdditionalFiles = { ("workflow.json", """{ "a": [|"bad"|], "b": [|"bad"|] }""") },
            FixedAdditionalFiles = { ("workflow.json", """{ "a": "good", "b": "good" }""") },
        }.RunAsync());

        // Started from the JSON diagnostic, a document-based provider gets no document: it fails instead of fixing.
        Assert.Contains("Fix All (Document scope):", message);
    }

    [Fact]
    public async Task RemainingDiagnosticNotExpected()
    {
        string message = await FailsAsync(() => new CodeFixTest<BadStringAnalyzer, BadToGoodFixer>
        {
            Analyzers = new DiagnosticAnalyzer[] { new BadStringAnalyzer(), new WorseStringAnalyzer() },
            DefaultDiagnosticId = "TEST001",
            Source = """class C { string s = [|"bad"|]; string t = {|TEST002:"worse"|}; }""",
            FixedSource = """class C { string s = "good"; string t = "worse"; }""",
        }.RunAsync());

        Assert.Contains("diagnostics remaining after the fix", message);
        Assert.Contains("TEST002", message);
    }

    [Fact]
    public async Task IterationCapExceeded()
    {
        string message = await FailsAsync(() => new CodeFixTest<BadStringAnalyzer, BadToGoodFixer>
        {
            Source = """class C { string s = [|"bad"|]; string t = [|"bad"|]; }""",
            FixedSource = """class C { string s = "good"; string t = "good"; }""",
            NumberOfFixIterations = 1,
        }.RunAsync());

        Assert.Contains("more than NumberOfFixIterations = 1", message);
    }

    [Fact]
    public async Task FixAllDoesNotFix()
    {
        string message = await FailsAsync(() => Verify.CodeFixAsync<BadStringAnalyzer, BrokenFixAllFixer>(
            """class C { string s = [|"bad"|]; }""",
            """class C { string s = "good"; }"""));

        Assert.Contains("Fix All (Document scope): the fixed text differs from the expected one.", message);
    }

    [Fact]
    public async Task NoFixAllProvider()
    {
        string message = await FailsAsync(() => Verify.CodeFixAsync<BadStringAnalyzer, NoFixAllFixer>(
            """class C { string s = [|"bad"|]; }""",
            """class C { string s = "good"; }"""));

        Assert.Contains("GetFixAllProvider() returned null", message);
    }

    [Fact]
    public async Task FixAllInDocumentRoundCapExceeded()
    {
        string message = await FailsAsync(() => new CodeFixTest<BadStringAnalyzer, BadToGoodFixer>
        {
            Source = """class C { string s = [|"bad"|]; }""",
            AdditionalSources = { ("Test1.cs", """class D { string s = [|"bad"|]; }""") },
            FixedSource = """class C { string s = "good"; }""",
            FixedAdditionalSources = { ("Test1.cs", """class D { string s = "good"; }""") },
            NumberOfFixAllInDocumentIterations = 1,
        }.RunAsync());

        Assert.Contains("Fix All (Document scope): more than 1 Fix All rounds", message);
    }

    [Fact]
    public async Task FixerWithoutExportAttribute()
    {
        string message = await FailsAsync(() => Verify.CodeFixAsync<BadStringAnalyzer, UnexportedFixer>(
            """class C { string s = [|"bad"|]; }""",
            """class C { string s = "good"; }"""));

        Assert.Contains("has no [ExportCodeFixProvider", message);
    }

    [Fact]
    public async Task CodeFixWithoutFixedState()
    {
        string message = await FailsAsync(() => new CodeFixTest<BadStringAnalyzer, BadToGoodFixer>
        {
            Source = """class C { string s = [|"bad"|]; }""",
        }.RunAsync());

        Assert.Contains("no fixed state", message);
    }
}
