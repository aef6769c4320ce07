using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ManagedIdentityAnalyzers.Tests.VerifierTests;

/// <summary>Cases the verifier must accept.</summary>
public class VerifierPassingTests
{
    [Fact]
    public Task MarkupInCSharpCode()
        => Verify.AnalyzerAsync<BadStringAnalyzer>("""
            class C
            {
                string s = [|"bad"|];
                string t = "fine";
            }
            """);

    [Fact]
    public Task NoDiagnostics()
        => Verify.AnalyzerAsync<BadStringAnalyzer>("""
            class C
            {
                string s = "fine";
            }
            """);

    [Fact]
    public Task MarkupInsideStringLiteral()
        => Verify.AnalyzerAsync<OopsWordAnalyzer>("""
            class C
            {
                string s = "this [|oops|] and that [|oops|]";
            }
            """);

    [Fact]
    public Task ExplicitDiagnosticResults()
        => new AnalyzerTest<BadStringAnalyzer>
        {
            Source = """
                class C
                {
                    string s = "bad";
                    string t = {|#0:"badder"|};
                }
                """,
            ExpectedDiagnostics =
            {
                Verify.Diagnostic("TEST001").WithSpan(3, 16, 3, 21).WithSeverity(DiagnosticSeverity.Warning).WithMessage("String literal \"bad\" is bad"),
                Verify.Diagnostic<BadStringAnalyzer>().WithLocation(0).WithMessageFormat(TestDescriptors.BadString, "badder"),
            },
        }.RunAsync();

    [Fact]
    public Task StartOnlyLocation()
        => Verify.AnalyzerAsync<BadStringAnalyzer>(
            "class C { string s = \"bad\"; }",
            Verify.Diagnostic("TEST001").WithLocation(1, 22));

    [Fact]
    public Task SeveralAnalyzersAndIds()
        => new AnalyzerTest
        {
            Analyzers = new DiagnosticAnalyzer[] { new BadStringAnalyzer(), new WorseStringAnalyzer() },
            Source = """
                class C
                {
                    string s = {|TEST001:"bad"|};
                    string t = {|TEST002:"worse"|};
                }
                """,
        }.RunAsync();

    [Fact]
    public Task DefaultIdWithSeveralAnalyzers()
        => new AnalyzerTest
        {
            Analyzers = new DiagnosticAnalyzer[] { new BadStringAnalyzer(), new WorseStringAnalyzer() },
            DefaultDiagnosticId = "TEST002",
            Source = """class C { string s = {|TEST001:"bad"|}; string t = [|"worse"|]; }""",
        }.RunAsync();

    [Fact]
    public Task MarkupInAdditionalSource()
        => new AnalyzerTest<BadStringAnalyzer>
        {
            Source = "class C { }",
            AdditionalSources = { ("Test1.cs", """class D { string s = [|"bad"|]; }""") },
        }.RunAsync();

    [Fact]
    public Task MarkupInAdditionalJsonFile()
        => new AnalyzerTest<JsonBadAnalyzer>
        {
            Source = "class C { }",
            AdditionalFiles =
            {
                ("workflow.json", """
                    {
                      "a": "bad",
                      "b": "good",
                      "c": [ [|"bad"|] ]
                    }
                    """),
            },
            ExpectedDiagnostics = { Verify.Diagnostic("TEST100").WithSpan("workflow.json", 2, 8, 2, 13).WithMessage("JSON value \"bad\" in workflow.json") },
        }.RunAsync();

    [Fact]
    public Task DisabledByDefaultDescriptorIsEnabled()
        => Verify.AnalyzerAsync<DisabledByDefaultAnalyzer>("class [|C|] { }");

    [Fact]
    public Task EditorConfigOptionReachesCSharpAndAdditionalFiles()
        => new AnalyzerTest<OptionAnalyzer>
        {
            EditorConfig = """
                root = true

                [*]
                test_option = on
                """,
            Source = "class {|TEST200:C|} { }",
            AdditionalFiles = { ("workflow.json", "{|TEST201:{|}}") },
        }.RunAsync();

    [Fact]
    public Task EditorConfigSectionsApplyPerFileKind()
        => new AnalyzerTest<OptionAnalyzer>
        {
            EditorConfig = """
                root = true

                [*.cs]
                test_option = on

                [*.json]
                test_option = off
                """,
            Source = "class {|TEST200:C|} { }",
            AdditionalFiles = { ("workflow.json", "{}") },
        }.RunAsync();

    [Fact]
    public Task EditorConfigJsonSection()
        => new AnalyzerTest<OptionAnalyzer>
        {
            EditorConfig = """
                root = true

                [*.json]
                test_option = on
                """,
            Source = "class C { }",
            AdditionalFiles = { ("workflow.json", "{|TEST201:{|}}"), ("other.txt", "x") },
        }.RunAsync();

    [Fact]
    public Task GlobalConfig()
        => new AnalyzerTest<OptionAnalyzer>
        {
            EditorConfig = """
                is_global = true
                test_option = on
                """,
            Source = "class {|TEST200:C|} { }",
            AdditionalFiles = { ("workflow.json", "{|TEST201:{|}}") },
        }.RunAsync();

    [Fact]
    public Task EditorConfigSeverityIsApplied()
        => new AnalyzerTest<BadStringAnalyzer>
        {
            EditorConfig = """
                root = true

                [*.cs]
                dotnet_diagnostic.TEST001.severity = error
                """,
            Source = """class C { string s = "bad"; }""",
            ExpectedDiagnostics = { Verify.Diagnostic("TEST001").WithSpan(1, 22, 1, 27).WithSeverity(DiagnosticSeverity.Error) },
        }.RunAsync();

    [Fact]
    public Task EditorConfigSeverityOfADisabledByDefaultDiagnostic()
        => new AnalyzerTest<DisabledByDefaultAnalyzer>
        {
            EditorConfig = """
                is_global = true
                dotnet_diagnostic.TEST300.severity = error
                """,
            Source = "class C { }",
            ExpectedDiagnostics = { Verify.Diagnostic("TEST300").WithSpan(1, 7, 1, 8).WithSeverity(DiagnosticSeverity.Error) },
        }.RunAsync();

    [Fact]
    public Task DisabledByDefaultDiagnosticHasItsDefaultSeverity()
        => Verify.AnalyzerAsync<DisabledByDefaultAnalyzer>(
            "class C { }",
            Verify.Diagnostic("TEST300").WithSpan(1, 7, 1, 8).WithSeverity(DiagnosticSeverity.Info));

    [Fact]
    public Task EditorConfigCanTurnADiagnosticOff()
        => new AnalyzerTest<BadStringAnalyzer>
        {
            EditorConfig = """
                root = true

                [*.cs]
                dotnet_diagnostic.TEST001.severity = none
                """,
            Source = """class C { string s = "bad"; }""",
        }.RunAsync();

    [Fact]
    public Task NoEditorConfigNoOption()
        => new AnalyzerTest<OptionAnalyzer>
        {
            Source = "class C { }",
            AdditionalFiles = { ("workflow.json", "{}") },
        }.RunAsync();

    [Fact]
    public Task AzureSdkIsReferenced()
        => Verify.AnalyzerAsync<BadStringAnalyzer>("""
            using Azure.Core;
            using Azure.ResourceManager;

            class C
            {
                ArmClient? client;
                ResourceIdentifier id = new ResourceIdentifier([|"bad"|]);
                System.Collections.Generic.List<System.Text.Json.JsonElement> list = new();
            }
            """);

    [Fact]
    public Task FrameworkOnly()
        => new AnalyzerTest<BadStringAnalyzer>
        {
            IncludeAzureSdk = false,
            Source = """
                using System.Linq;

                class C
                {
                    int n = new[] { [|"bad"|] }.Count();
                }
                """,
        }.RunAsync();

    [Fact]
    public Task CompilerErrorsCanBeAllowed()
        => new AnalyzerTest<BadStringAnalyzer>
        {
            AllowCompilerErrors = true,
            Source = """class C { string s = [|"bad"|]; Undefined u; }""",
        }.RunAsync();

    [Fact]
    public Task GeneratedCodeCheckCanBeSkipped()
        => new AnalyzerTest<GeneratedCodeReportingAnalyzer>
        {
            SkipGeneratedCodeCheck = true,
            Source = """class C { string s = [|"bad"|]; }""",
        }.RunAsync();

    [Fact]
    public Task CodeFixSimple()
        => Verify.CodeFixAsync<BadStringAnalyzer, BadToGoodFixer>(
            """
            class C
            {
                string s = [|"bad"|];
            }
            """,
            """
            class C
            {
                string s = "good";
            }
            """);

    [Fact]
    public Task CodeFixAcrossTwoDocumentsWithFixAll()
        => new CodeFixTest<BadStringAnalyzer, BadToGoodFixer>
        {
            Source = """
                class C
                {
                    string s = [|"bad"|];
                    string t = [|"bad2"|];
                }
                """,
            AdditionalSources = { ("Test1.cs", """class D { string u = [|"badder"|]; }""") },
            FixedSource = """
                class C
                {
                    string s = "good";
                    string t = "good";
                }
                """,
            FixedAdditionalSources = { ("Test1.cs", """class D { string u = "good"; }""") },
            EquivalenceKey = "BadToGood",
            CodeActionTitle = "Make it good",
            NumberOfFixIterations = 3,
            NumberOfFixAllInDocumentIterations = 2,
            NumberOfFixAllIterations = 1,
        }.RunAsync();

    [Fact]
    public Task SkipFixAllIgnoresABrokenFixAllProvider()
        => new CodeFixTest<BadStringAnalyzer, BrokenFixAllFixer>
        {
            Source = """class C { string s = [|"bad"|]; }""",
            FixedSource = """class C { string s = "good"; }""",
            SkipFixAll = true,
        }.RunAsync();

    [Fact]
    public Task CodeFixWithRemainingDiagnostics()
        => new CodeFixTest<BadStringAnalyzer, BadToGoodFixer>
        {
            Analyzers = new DiagnosticAnalyzer[] { new BadStringAnalyzer(), new WorseStringAnalyzer() },
            DefaultDiagnosticId = "TEST001",
            Source = """class C { string s = [|"bad"|]; string t = {|TEST002:"worse"|}; }""",
            FixedSource = """class C { string s = "good"; string t = {|TEST002:"worse"|}; }""",
        }.RunAsync();

    [Fact]
    public Task NestedCodeActionSelectedByKey()
        => new CodeFixTest<BadStringAnalyzer, NestedActionsFixer>
        {
            Source = """class C { string s = [|"bad"|]; }""",
            FixedSource = """class C { string s = "goodB"; }""",
            EquivalenceKey = "B",
        }.RunAsync();

    [Fact]
    public Task CodeFixInAdditionalFile()
        => new CodeFixTest<JsonBadAnalyzer, JsonBadFixer>
        {
            Source = "class C { }",
            AdditionalFiles =
            {
                ("workflow.json", """
                    { "a": [|"bad"|], "b": [ [|"bad"|] ] }
                    """),
                ("other.json", """{ "c": [|"bad"|] }"""),
            },
            FixedAdditionalFiles =
            {
                ("workflow.json", """
                    { "a": "good", "b": [ "good" ] }
                    """),
                ("other.json", """{ "c": "good" }"""),
            },
        }.RunAsync();

    [Fact]
    public Task AdditionalFileDiagnosticsAreNotOfferedToSourceOnlyFixers()
        => new CodeFixTest<BadStringAnalyzer, SourceOnlyFixer>
        {
            Analyzers = new DiagnosticAnalyzer[] { new BadStringAnalyzer(), new JsonBadAnalyzer() },
            DefaultDiagnosticId = "TEST001",
            Source = """class C { string s = [|"bad"|]; }""",
            AdditionalFiles = { ("workflow.json", """{ "a": {|TEST100:"bad"|} }""") },
            FixedSource = """class C { string s = "good"; }""",
        }.RunAsync();

    [Fact]
    public Task FixedSourceEqualToSourceWhenNoFixIsOffered()
        => new CodeFixTest<JsonBadAnalyzer, SourceOnlyFixer>
        {
            AdditionalFiles = { ("workflow.json", """{ "a": [|"bad"|] }""") },
            FixedAdditionalFiles = { ("workflow.json", """{ "a": [|"bad"|] }""") },
        }.RunAsync();

    [Fact]
    public Task NumberOfFixIterationsIsACap()
        => new CodeFixTest<BadStringAnalyzer, BadToGoodFixer>
        {
            Source = """class C { string s = [|"bad"|]; string t = [|"bad"|]; }""",
            FixedSource = """class C { string s = "good"; string t = "good"; }""",
            NumberOfFixIterations = 2,
            NumberOfFixAllIterations = 1,
        }.RunAsync();
}
