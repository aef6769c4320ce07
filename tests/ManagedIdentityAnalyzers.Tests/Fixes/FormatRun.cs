using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ManagedIdentityAnalyzers.CodeFixes.Providers;
using ManagedIdentityAnalyzers.Entry;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ManagedIdentityAnalyzers.Tests.Fixes;

/// <summary>
/// What <c>dotnet format analyzers</c> does with our analyzer and fixer (dotnet/sdk,
/// src/BuiltInTools/dotnet-format/Analyzers: AnalyzerFormatter.FixDiagnosticsAsync and SolutionCodeFixApplier), in
/// process: for each reported diagnostic ID in turn, the diagnostics of the project, the equivalence key of the first
/// action offered for the first of them (whatever its ID), and one Fix All in Solution scope for that ID with that key.
/// <see cref="Mode.Fresh"/> analyses the current solution before each ID (what the .NET 10 SDK does);
/// <see cref="Mode.ComputedOnce"/> hands every ID the diagnostics of the original solution, stale after the first
/// ID's fixes (what earlier versions did, and what any tool that analyses once does).
/// </summary>
public static class FormatRun
{
    public enum Mode
    {
        Fresh,
        ComputedOnce,
    }

    internal static async Task<Solution> RunAsync(Solution solution, Mode mode, CancellationToken cancellationToken = default)
    {
        var fixer = new PlanCodeFixProvider();
        var original = await AnalyzeAsync(solution, cancellationToken);
        var ids = original.Select(d => d.Id).Distinct().ToList();
        foreach (var id in ids)
        {
            if (!fixer.FixableDiagnosticIds.Contains(id))
            {
                continue;
            }

            var result = mode == Mode.Fresh ? await AnalyzeAsync(solution, cancellationToken) : original;
            var first = result.FirstOrDefault(d => d.Location.SourceTree is not null);
            if (first is null || DocumentOf(solution, first) is not { } document)
            {
                continue;
            }

            CodeAction? action = null;
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, first, (a, _) => action ??= a, cancellationToken));
            var context = new FixAllContext(
                document,
                fixer,
                FixAllScope.Solution,
                action?.EquivalenceKey!,
                new[] { id },
                new ResultProvider(result),
                cancellationToken);
            var fixAll = await fixer.GetFixAllProvider().GetFixAsync(context);
            if (fixAll is null)
            {
                continue;
            }

            var operations = await fixAll.GetOperationsAsync(cancellationToken);
            solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        }

        return solution;
    }

    /// <summary>Our diagnostics of every project of the solution, in the order the analyzer driver gives them.</summary>
    internal static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Solution solution, CancellationToken cancellationToken = default)
    {
        var all = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var project in solution.Projects)
        {
            var compilation = (await project.GetCompilationAsync(cancellationToken))!;
            var exceptions = new List<Exception>();
            var options = new CompilationWithAnalyzersOptions(project.AnalyzerOptions, (e, _, _) => exceptions.Add(e), concurrentAnalysis: true, logAnalyzerExecutionTime: false);
            var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new CSharpLogicAppAnalyzer()), options)
                .GetAnalyzerDiagnosticsAsync(cancellationToken);
            Assert.True(exceptions.Count == 0, string.Join(Environment.NewLine, exceptions));
            all.AddRange(diagnostics);
        }

        return all.ToImmutable();
    }

    /// <summary>The code actions our fixer offers for <paramref name="diagnostic"/> in <paramref name="document"/> (nested ones flattened).</summary>
    internal static async Task<IReadOnlyList<CodeAction>> ActionsAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken = default)
    {
        var actions = new List<CodeAction>();
        await new PlanCodeFixProvider().RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), cancellationToken));
        var leaves = new List<CodeAction>();
        var stack = new Stack<CodeAction>(Enumerable.Reverse(actions));
        while (stack.Count > 0)
        {
            var action = stack.Pop();
            if (action.NestedActions.IsDefaultOrEmpty)
            {
                leaves.Add(action);
            }
            else
            {
                foreach (var nested in action.NestedActions.Reverse())
                {
                    stack.Push(nested);
                }
            }
        }

        return leaves;
    }

    /// <summary>The solution a code action produces (its post-processing, simplifier and formatter, included).</summary>
    internal static async Task<Solution> ApplyAsync(CodeAction action, CancellationToken cancellationToken = default) =>
        (await action.GetOperationsAsync(cancellationToken)).OfType<ApplyChangesOperation>().Single().ChangedSolution;

    /// <summary>The document a diagnostic is in, by file path (its syntax tree may be of an earlier solution).</summary>
    internal static Document? DocumentOf(Solution solution, Diagnostic diagnostic) =>
        solution.Projects.SelectMany(p => p.Documents).FirstOrDefault(d => d.FilePath == diagnostic.Location.SourceTree?.FilePath);

    /// <summary>dotnet format's DiagnosticProvider: the analysis result; a document's diagnostics by file path.</summary>
    private sealed class ResultProvider : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> diagnostics;

        public ResultProvider(ImmutableArray<Diagnostic> diagnostics)
        {
            this.diagnostics = diagnostics;
        }

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath).ToList());

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
