using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

// Test-only analyzers that exercise the verifier. They are never loaded by a compiler (only by the verifier, in this
// test assembly), so the rules about shipping analyzers (release tracking, netstandard2.0, no Workspaces reference,
// EnforceExtendedAnalyzerRules) do not apply.
#pragma warning disable RS1036 // Specify analyzer banned API enforcement setting
#pragma warning disable RS1038 // Compiler extensions should be implemented in assemblies with compiler-provided references
#pragma warning disable RS1041 // Compiler extensions should be implemented in assemblies targeting netstandard2.0
#pragma warning disable RS2008 // Enable analyzer release tracking

namespace ManagedIdentityAnalyzers.Tests.VerifierTests;

internal static class TestDescriptors
{
    public static readonly DiagnosticDescriptor BadString = new(
        "TEST001", "Bad string", "String literal \"{0}\" is bad", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor WorseString = new(
        "TEST002", "Worse string", "String literal \"{0}\" is worse", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor OopsWord = new(
        "TEST003", "Oops inside a string", "The word 'oops' appears in a string", "Test", DiagnosticSeverity.Info, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor JsonBad = new(
        "TEST100", "Bad JSON value", "JSON value \"bad\" in {0}", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor OptionInCode = new(
        "TEST200", "Option on (C#)", "test_option is on for class {0}", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor OptionInFile = new(
        "TEST201", "Option on (additional file)", "test_option is on for {0}", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DisabledByDefault = new(
        "TEST300", "Disabled by default", "Class {0}", "Test", DiagnosticSeverity.Info, isEnabledByDefault: false);

    public static readonly DiagnosticDescriptor Throws = new(
        "TEST900", "Throws", "Never reported", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor Undeclared = new(
        "TEST901", "Undeclared", "Reported but not declared", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);
}

/// <summary>TEST001 on every string literal whose value starts with "bad".</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BadStringAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(TestDescriptors.BadString);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(
            c =>
            {
                var literal = (LiteralExpressionSyntax)c.Node;
                if (literal.Token.ValueText.StartsWith("bad", StringComparison.Ordinal))
                {
                    c.ReportDiagnostic(Diagnostic.Create(TestDescriptors.BadString, literal.GetLocation(), literal.Token.ValueText));
                }
            },
            SyntaxKind.StringLiteralExpression);
    }
}

/// <summary>TEST002 on every string literal whose value is "worse".</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WorseStringAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(TestDescriptors.WorseString);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(
            c =>
            {
                var literal = (LiteralExpressionSyntax)c.Node;
                if (literal.Token.ValueText == "worse")
                {
                    c.ReportDiagnostic(Diagnostic.Create(TestDescriptors.WorseString, literal.GetLocation(), literal.Token.ValueText));
                }
            },
            SyntaxKind.StringLiteralExpression);
    }
}

/// <summary>TEST003 on each occurrence of the word "oops" inside a string literal (a span inside the literal).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OopsWordAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(TestDescriptors.OopsWord);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(
            c =>
            {
                SyntaxToken token = ((LiteralExpressionSyntax)c.Node).Token;
                string text = token.Text;
                for (int index = text.IndexOf("oops", StringComparison.Ordinal); index >= 0; index = text.IndexOf("oops", index + 4, StringComparison.Ordinal))
                {
                    var span = new TextSpan(token.SpanStart + index, 4);
                    c.ReportDiagnostic(Diagnostic.Create(TestDescriptors.OopsWord, Location.Create(c.Node.SyntaxTree, span)));
                }
            },
            SyntaxKind.StringLiteralExpression);
    }
}

/// <summary>TEST100 in every additional *.json file on each occurrence of <c>"bad"</c> (with the quotes).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class JsonBadAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(TestDescriptors.JsonBad);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterAdditionalFileAction(
            c =>
            {
                if (!c.AdditionalFile.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || c.AdditionalFile.GetText(c.CancellationToken) is not { } text)
                {
                    return;
                }

                string content = text.ToString();
                for (int index = content.IndexOf("\"bad\"", StringComparison.Ordinal); index >= 0; index = content.IndexOf("\"bad\"", index + 5, StringComparison.Ordinal))
                {
                    var span = new TextSpan(index, 5);
                    Location location = Location.Create(c.AdditionalFile.Path, span, text.Lines.GetLinePositionSpan(span));
                    c.ReportDiagnostic(Diagnostic.Create(TestDescriptors.JsonBad, location, System.IO.Path.GetFileName(c.AdditionalFile.Path)));
                }
            });
    }
}

/// <summary>
/// Reads <c>test_option</c> from the analyzer config: TEST200 on each class name when it is <c>on</c> for the syntax
/// tree, TEST201 on the first character of each additional file when it is <c>on</c> for that file.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OptionAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics
        => ImmutableArray.Create(TestDescriptors.OptionInCode, TestDescriptors.OptionInFile);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(
            c =>
            {
                var declaration = (ClassDeclarationSyntax)c.Node;
                if (c.Options.AnalyzerConfigOptionsProvider.GetOptions(c.Node.SyntaxTree).TryGetValue("test_option", out string? value) && value == "on")
                {
                    c.ReportDiagnostic(Diagnostic.Create(TestDescriptors.OptionInCode, declaration.Identifier.GetLocation(), declaration.Identifier.ValueText));
                }
            },
            SyntaxKind.ClassDeclaration);
        context.RegisterAdditionalFileAction(
            c =>
            {
                if (c.Options.AnalyzerConfigOptionsProvider.GetOptions(c.AdditionalFile).TryGetValue("test_option", out string? value) && value == "on"
                    && c.AdditionalFile.GetText(c.CancellationToken) is { Length: > 0 } text)
                {
                    var span = new TextSpan(0, 1);
                    c.ReportDiagnostic(Diagnostic.Create(
                        TestDescriptors.OptionInFile,
                        Location.Create(c.AdditionalFile.Path, span, text.Lines.GetLinePositionSpan(span)),
                        System.IO.Path.GetFileName(c.AdditionalFile.Path)));
                }
            });
    }
}

/// <summary>TEST300 (disabled by default) on each class name.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DisabledByDefaultAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(TestDescriptors.DisabledByDefault);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(
            c =>
            {
                var declaration = (ClassDeclarationSyntax)c.Node;
                c.ReportDiagnostic(Diagnostic.Create(TestDescriptors.DisabledByDefault, declaration.Identifier.GetLocation(), declaration.Identifier.ValueText));
            },
            SyntaxKind.ClassDeclaration);
    }
}

/// <summary>Throws on every class declaration.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ThrowingAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(TestDescriptors.Throws);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(_ => throw new InvalidOperationException("boom from ThrowingAnalyzer"), SyntaxKind.ClassDeclaration);
    }
}

/// <summary>Like <see cref="BadStringAnalyzer"/> but also analyzes and reports in generated code.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GeneratedCodeReportingAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(TestDescriptors.BadString);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(
            c =>
            {
                var literal = (LiteralExpressionSyntax)c.Node;
                if (literal.Token.ValueText == "bad")
                {
                    c.ReportDiagnostic(Diagnostic.Create(TestDescriptors.BadString, literal.GetLocation(), literal.Token.ValueText));
                }
            },
            SyntaxKind.StringLiteralExpression);
    }
}

/// <summary>Declares TEST001 but reports TEST901.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UndeclaredIdAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(TestDescriptors.BadString);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(
#pragma warning disable RS1005 // ReportDiagnostic invoked with an unsupported DiagnosticDescriptor: deliberately.
            c => c.ReportDiagnostic(Diagnostic.Create(TestDescriptors.Undeclared, c.Node.GetLocation())),
#pragma warning restore RS1005
            SyntaxKind.ClassDeclaration);
    }
}
