using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ManagedIdentityAnalyzers.Tests.Verification;

/// <summary><see cref="AnalyzerTest"/> with its analyzer set to a new <typeparamref name="TAnalyzer"/>.</summary>
public class AnalyzerTest<TAnalyzer> : AnalyzerTest
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public AnalyzerTest()
    {
        Analyzers = new DiagnosticAnalyzer[] { new TAnalyzer() };
    }
}

/// <summary><see cref="AnalyzerTest"/> with a new <typeparamref name="TAnalyzer"/> and a new <typeparamref name="TCodeFix"/>.</summary>
public class CodeFixTest<TAnalyzer, TCodeFix> : AnalyzerTest<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public CodeFixTest()
    {
        CodeFix = new TCodeFix();
    }
}

/// <summary>Short entry points for the common cases; use <see cref="AnalyzerTest"/> directly for anything else.</summary>
public static class Verify
{
    /// <summary>An expected diagnostic with <paramref name="id"/>; add a location with <c>WithSpan</c>/<c>WithLocation</c>.</summary>
    public static DiagnosticResult Diagnostic(string id) => new(id);

    /// <summary>An expected diagnostic with the single ID <typeparamref name="TAnalyzer"/> supports.</summary>
    public static DiagnosticResult Diagnostic<TAnalyzer>()
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var ids = new TAnalyzer().SupportedDiagnostics.Select(d => d.Id).Distinct().ToList();
        return ids.Count == 1
            ? new DiagnosticResult(ids[0])
            : throw new VerificationException($"{typeof(TAnalyzer).Name} supports {ids.Count} IDs; use Verify.Diagnostic(id).");
    }

    /// <summary>Analyzes <paramref name="source"/> (markup) and compares with its markup plus <paramref name="expected"/>.</summary>
    public static Task AnalyzerAsync<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new AnalyzerTest<TAnalyzer> { Source = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Analyzes <paramref name="source"/>, then checks that the fix (single fixes and Fix All) produces <paramref name="fixedSource"/>.</summary>
    public static Task CodeFixAsync<TAnalyzer, TCodeFix>(string source, string fixedSource, string? equivalenceKey = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
        => new CodeFixTest<TAnalyzer, TCodeFix>
        {
            Source = source,
            FixedSource = fixedSource,
            EquivalenceKey = equivalenceKey,
        }.RunAsync();
}
