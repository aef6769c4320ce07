using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Tests.Verification;

public partial class AnalyzerTest
{
    /// <summary>What every fix run needs.</summary>
    private sealed record FixSetup(
        ImmutableArray<DiagnosticAnalyzer> Analyzers,
        ImmutableDictionary<string, DiagnosticDescriptor> Supported,
        CodeFixProvider Fixer,
        ImmutableHashSet<string> FixableIds,
        FixerDocumentKinds DocumentKinds,
        IReadOnlyList<TestFile> FixedFiles,
        IReadOnlyList<ExpectedDiagnostic> FixedExpected,
        IReadOnlyList<Diagnostic> OriginalErrors,
        CancellationToken CancellationToken);

    private async Task VerifyCodeFixAsync(
        Project project,
        AnalysisRun initialRun,
        IReadOnlyList<TestFile> files,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        ImmutableDictionary<string, DiagnosticDescriptor> supported,
        string? defaultId,
        CancellationToken cancellationToken)
    {
        CodeFixProvider fixer = CodeFix
            ?? throw new VerificationException("Test configuration: a fixed state is set but CodeFix is null.");
        ImmutableHashSet<string> fixableIds = fixer.FixableDiagnosticIds.ToImmutableHashSet(StringComparer.Ordinal);
        if (!fixableIds.Overlaps(supported.Keys))
        {
            throw new VerificationException(
                $"Test configuration: {fixer.GetType().Name} fixes {string.Join(", ", fixableIds.Order())}, none of which the analyzers support ({string.Join(", ", supported.Keys.Order())}).");
        }

        FixerDocumentKinds documentKinds = FixerDocumentKinds.Of(fixer);
        IReadOnlyList<TestFile> fixedFiles = FixedFiles(files);
        IReadOnlyList<ExpectedDiagnostic> fixedExpected = ResolveExpectations(fixedFiles, FixedExpectedDiagnostics, defaultId, supported, "fixed state");
        var setup = new FixSetup(analyzers, supported, fixer, fixableIds, documentKinds, fixedFiles, fixedExpected, initialRun.CompilerErrors, cancellationToken);

        int initialFixable = initialRun.Actual.Count(a => IsFixable(project, a, setup));
        int safetyCap = Math.Max(DefaultIterationCap, 2 * initialFixable);

        // a. One fix at a time.
        const string singleLabel = "Single fixes";
        Solution single = await RunSingleFixLoopAsync(project.Solution, project.Id, _ => true, singleLabel, NumberOfFixIterations, safetyCap, setup).ConfigureAwait(false);
        await VerifyFixedStateAsync(single.GetProject(project.Id)!, singleLabel, setup).ConfigureAwait(false);

        if (SkipFixAll)
        {
            return;
        }

        // b. Fix All in Document, Project and Solution scope.
        FixAllProvider provider = fixer.GetFixAllProvider()
            ?? throw new VerificationException($"{fixer.GetType().Name}.GetFixAllProvider() returned null; return a Fix All provider (e.g. WellKnownFixAllProviders.BatchFixer) or set SkipFixAll = true.");
        var scopes = provider.GetSupportedFixAllScopes().ToHashSet();

        // The stock batch fixer skips additional documents (FixAllContext names a C# document only): with it, Fix All
        // starts from C# diagnostics, and the diagnostics in additional files are fixed one at a time afterwards. Any
        // other provider is also started from diagnostics in additional documents, and must fix them itself.
        bool stockBatchFixer = ReferenceEquals(provider, WellKnownFixAllProviders.BatchFixer);
        foreach (FixAllScope scope in new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution })
        {
            if (!scopes.Contains(scope))
            {
                continue;
            }

            string label = $"Fix All ({scope} scope)";
            int? explicitCap = scope == FixAllScope.Document ? NumberOfFixAllInDocumentIterations : NumberOfFixAllIterations;
            Solution fixedAll = await RunFixAllLoopAsync(project.Solution, project.Id, provider, scope, label, explicitCap ?? safetyCap, !stockBatchFixer, setup).ConfigureAwait(false);

            if (stockBatchFixer)
            {
                // c. Diagnostics in additional files, which the batch fixer cannot fix, one at a time.
                string additionalLabel = label + ", then single fixes in additional files";
                fixedAll = await RunSingleFixLoopAsync(
                    fixedAll,
                    project.Id,
                    a => a.Diagnostic.Location.Kind == LocationKind.ExternalFile,
                    additionalLabel,
                    NumberOfFixIterations,
                    safetyCap,
                    setup).ConfigureAwait(false);
            }

            await VerifyFixedStateAsync(fixedAll.GetProject(project.Id)!, label, setup).ConfigureAwait(false);
        }
    }

    private IReadOnlyList<TestFile> FixedFiles(IReadOnlyList<TestFile> originals)
    {
        var overrides = new Dictionary<string, string>(StringComparer.Ordinal);
        if (FixedSource is not null)
        {
            overrides[MainDocumentPath] = FixedSource;
        }

        foreach (var (name, markup) in FixedAdditionalSources.Select(s => (s.Name, s.Markup)).Concat(FixedAdditionalFiles.Select(f => (Name: f.Path, f.Markup))))
        {
            string path = TestPaths.Normalize(name);
            if (!originals.Any(f => f.Path == path))
            {
                throw new VerificationException($"Test configuration: the fixed state names '{path}', which is not a document of the test (fixes that add documents are not supported).");
            }

            if (!overrides.TryAdd(path, markup))
            {
                throw new VerificationException($"Test configuration: the fixed state gives '{path}' twice.");
            }
        }

        return originals
            .Select(f => overrides.TryGetValue(f.Path, out string? markup) ? TestFile.Create(f.Path, markup, f.IsCSharp) : f)
            .ToList();
    }

    private static bool IsFixable(Project project, ActualDiagnostic actual, FixSetup setup)
        => setup.FixableIds.Contains(actual.Id)
            && TargetDocument(project, actual.Diagnostic) is { } document
            && setup.DocumentKinds.Accepts(document);

    /// <summary>
    /// Which documents the fixer is offered, as hosts decide it from <see cref="ExportCodeFixProviderAttribute"/>:
    /// C# documents unless <c>DocumentKinds</c> says otherwise; additional documents only when <c>DocumentKinds</c>
    /// names <c>AdditionalDocument</c> (and, when <c>DocumentExtensions</c> is set, the file has one of them).
    /// </summary>
    private sealed record FixerDocumentKinds(bool SourceDocuments, bool AdditionalDocuments, ImmutableArray<string> Extensions)
    {
        public static FixerDocumentKinds Of(CodeFixProvider fixer)
        {
            var export = (ExportCodeFixProviderAttribute?)Attribute.GetCustomAttribute(fixer.GetType(), typeof(ExportCodeFixProviderAttribute), inherit: false)
                ?? throw new VerificationException(
                    $"{fixer.GetType().Name} has no [ExportCodeFixProvider(LanguageNames.CSharp)] attribute, so no host would load it.");
            if (!export.Languages.Contains(LanguageNames.CSharp))
            {
                throw new VerificationException($"{fixer.GetType().Name}: [ExportCodeFixProvider] does not list LanguageNames.CSharp.");
            }

            string[] kinds = export.DocumentKinds is { Length: > 0 } given ? given : new[] { nameof(TextDocumentKind.Document) };
            return new FixerDocumentKinds(
                kinds.Contains(nameof(TextDocumentKind.Document)),
                kinds.Contains(nameof(TextDocumentKind.AdditionalDocument)),
                (export.DocumentExtensions ?? Array.Empty<string>()).ToImmutableArray());
        }

        public bool Accepts(TextDocument document)
        {
            if (document is Document)
            {
                return SourceDocuments;
            }

            string extension = System.IO.Path.GetExtension(document.FilePath ?? document.Name);
            return AdditionalDocuments
                && (Extensions.IsEmpty || Extensions.Any(e => string.Equals(e.StartsWith('.') ? e : "." + e, extension, StringComparison.OrdinalIgnoreCase)));
        }
    }

    /// <summary>The C# document or the additional document a diagnostic is located in.</summary>
    private static TextDocument? TargetDocument(Project project, Diagnostic diagnostic)
    {
        Location location = diagnostic.Location;
        if (location.IsInSource)
        {
            return project.GetDocument(location.SourceTree);
        }

        if (location.Kind == LocationKind.ExternalFile)
        {
            string path = location.GetLineSpan().Path;
            return project.AdditionalDocuments.FirstOrDefault(d => string.Equals(d.FilePath, path, StringComparison.Ordinal));
        }

        return null;
    }

    private async Task<Solution> RunSingleFixLoopAsync(
        Solution solution,
        ProjectId projectId,
        Func<ActualDiagnostic, bool> filter,
        string label,
        int? explicitCap,
        int safetyCap,
        FixSetup setup)
    {
        int cap = explicitCap ?? safetyCap;
        var history = new List<IReadOnlyList<string>>();
        var offeredKeys = new SortedSet<string>(StringComparer.Ordinal);
        Solution current = solution;

        for (int iteration = 0; ; iteration++)
        {
            Project project = current.GetProject(projectId)!;
            AnalysisRun run = await AnalyzeAsync(project, setup.Analyzers, setup.CancellationToken).ConfigureAwait(false);
            EnsureHealthy(run, setup.Supported, $"{label}, after {iteration} fix(es)");

            IReadOnlyList<string> snapshot = run.Actual.Select(a => a.Key).ToList();
            if (history.Count >= 1 && snapshot.SequenceEqual(history[^1]))
            {
                throw new VerificationException(
                    $"{label}: no progress: the diagnostics after fix {iteration} are the same as before it.{Environment.NewLine}" + Describe(run));
            }

            if (history.Count >= 2 && snapshot.SequenceEqual(history[^2]))
            {
                throw new VerificationException(
                    $"{label}: the fix loops: the diagnostics after fix {iteration} are the same as two fixes earlier.{Environment.NewLine}" + Describe(run));
            }

            (ActualDiagnostic Diagnostic, CodeAction Action)? chosen = null;
            foreach (ActualDiagnostic candidate in run.Actual.Where(a => filter(a) && IsFixable(project, a, setup)))
            {
                IReadOnlyList<CodeAction> actions = await GetCodeActionsAsync(TargetDocument(project, candidate.Diagnostic)!, candidate, label, setup).ConfigureAwait(false);
                offeredKeys.UnionWith(actions.Select(a => a.EquivalenceKey ?? "(null)"));
                CodeAction? action = SelectAction(actions, candidate, label);
                if (action is not null)
                {
                    chosen = (candidate, action);
                    break;
                }
            }

            if (chosen is null)
            {
                if (iteration == 0 && EquivalenceKey is not null && offeredKeys.Count > 0)
                {
                    throw new VerificationException(
                        $"{label}: no code action with equivalence key '{EquivalenceKey}' was offered; offered keys: {string.Join(", ", offeredKeys)}.");
                }

                return current;
            }

            if (iteration >= cap)
            {
                throw new VerificationException(explicitCap is null
                    ? $"{label}: more than {cap} fixes were needed (safety cap); the fix probably never finishes.{Environment.NewLine}{Describe(run)}"
                    : $"{label}: more than NumberOfFixIterations = {cap} fixes were needed.{Environment.NewLine}{Describe(run)}");
            }

            if (CodeActionTitle is not null && !string.Equals(CodeActionTitle, chosen.Value.Action.Title, StringComparison.Ordinal))
            {
                throw new VerificationException($"{label}: the code action is titled '{chosen.Value.Action.Title}', expected '{CodeActionTitle}'.");
            }

            history.Add(snapshot);
            Solution next = await ApplyAsync(chosen.Value.Action, label, setup.CancellationToken).ConfigureAwait(false);
            Project? nextProject = next.GetProject(projectId);
            if (nextProject is not null && await SameTextsAsync(project, nextProject, setup.CancellationToken).ConfigureAwait(false))
            {
                throw new VerificationException(
                    $"{label}: no progress: code action '{chosen.Value.Action.Title}' for {chosen.Value.Diagnostic} changed nothing.");
            }

            current = next;
        }
    }

    private async Task<Solution> RunFixAllLoopAsync(
        Solution solution,
        ProjectId projectId,
        FixAllProvider provider,
        FixAllScope scope,
        string label,
        int cap,
        bool triggerInAdditionalFiles,
        FixSetup setup)
    {
        Solution current = solution;
        for (int iteration = 0; ; iteration++)
        {
            Project project = current.GetProject(projectId)!;
            AnalysisRun run = await AnalyzeAsync(project, setup.Analyzers, setup.CancellationToken).ConfigureAwait(false);
            EnsureHealthy(run, setup.Supported, $"{label}, after {iteration} round(s)");

            (TextDocument Document, ActualDiagnostic Diagnostic, CodeAction Action)? trigger = null;
            foreach (ActualDiagnostic candidate in run.Actual.Where(a => (a.Diagnostic.Location.IsInSource || triggerInAdditionalFiles) && IsFixable(project, a, setup)))
            {
                TextDocument document = TargetDocument(project, candidate.Diagnostic)!;
                IReadOnlyList<CodeAction> actions = await GetCodeActionsAsync(document, candidate, label, setup).ConfigureAwait(false);
                CodeAction? action = SelectAction(actions, candidate, label);
                if (action is not null)
                {
                    trigger = (document, candidate, action);
                    break;
                }
            }

            if (trigger is null)
            {
                return current;
            }

            if (iteration >= cap)
            {
                throw new VerificationException($"{label}: more than {cap} Fix All rounds were needed.{Environment.NewLine}{Describe(run)}");
            }

            var (triggerDocument, triggerDiagnostic, triggerAction) = trigger.Value;
            var diagnostics = new TestDiagnosticProvider(async (p, ct) => (await AnalyzeAsync(p, setup.Analyzers, ct).ConfigureAwait(false)).AnalyzerDiagnostics);
            FixAllContext context;
            if (triggerDocument is Document sourceDocument)
            {
                context = new FixAllContext(sourceDocument, setup.Fixer, scope, triggerAction.EquivalenceKey, new[] { triggerDiagnostic.Id }, diagnostics, setup.CancellationToken);
            }
            else
            {
                // FixAllContext can name a C# document only: a Fix All started in an additional document gets the
                // project, and in Document scope a provider that gives that file's diagnostics only (as hosts scope a
                // Fix All to a span with a predefined set of diagnostics).
                string path = triggerDocument.FilePath!;
                FixAllContext.DiagnosticProvider scoped = scope == FixAllScope.Document
                    ? new TestDiagnosticProvider(async (p, ct) => (await diagnostics.GetProjectDiagnosticsAsync(p, ct).ConfigureAwait(false))
                        .Where(d => d.Location.Kind == LocationKind.ExternalFile && d.Location.GetLineSpan().Path == path).ToImmutableArray())
                    : diagnostics;
                context = new FixAllContext(triggerDocument.Project, setup.Fixer, scope, triggerAction.EquivalenceKey, new[] { triggerDiagnostic.Id }, scoped, setup.CancellationToken);
            }

            CodeAction? fixAll;
            try
            {
                fixAll = await provider.GetFixAsync(context).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new VerificationException($"{label}: the Fix All provider threw:{Environment.NewLine}{e}", e);
            }

            if (fixAll is null)
            {
                return current;
            }

            Solution next = await ApplyAsync(fixAll, label, setup.CancellationToken).ConfigureAwait(false);
            Project? nextProject = next.GetProject(projectId);
            if (nextProject is null || await SameTextsAsync(project, nextProject, setup.CancellationToken).ConfigureAwait(false))
            {
                // No change: what is left is reported by the comparison with the fixed state.
                return current;
            }

            current = next;
        }
    }

    private static async Task<IReadOnlyList<CodeAction>> GetCodeActionsAsync(TextDocument document, ActualDiagnostic diagnostic, string label, FixSetup setup)
    {
        var actions = new List<CodeAction>();
        Action<CodeAction, ImmutableArray<Diagnostic>> register = (action, _) => actions.Add(action);
        CodeFixContext context = document is Document csharpDocument
            ? new CodeFixContext(csharpDocument, diagnostic.Diagnostic, register, setup.CancellationToken)
            : new CodeFixContext(document, diagnostic.Diagnostic, register, setup.CancellationToken);
        try
        {
            await setup.Fixer.RegisterCodeFixesAsync(context).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new VerificationException($"{label}: {setup.Fixer.GetType().Name}.RegisterCodeFixesAsync threw for {diagnostic}:{Environment.NewLine}{e}", e);
        }

        var leaves = new List<CodeAction>();
        Flatten(actions, leaves);
        return leaves;

        static void Flatten(IEnumerable<CodeAction> actions, List<CodeAction> leaves)
        {
            foreach (CodeAction action in actions)
            {
                if (action.NestedActions.IsDefaultOrEmpty)
                {
                    leaves.Add(action);
                }
                else
                {
                    Flatten(action.NestedActions, leaves);
                }
            }
        }
    }

    private CodeAction? SelectAction(IReadOnlyList<CodeAction> actions, ActualDiagnostic diagnostic, string label)
    {
        var duplicate = actions
            .Where(a => a.EquivalenceKey is not null)
            .GroupBy(a => a.EquivalenceKey!, StringComparer.Ordinal)
            .FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new VerificationException(
                $"{label}: {duplicate.Count()} code actions offered for {diagnostic} share the equivalence key '{duplicate.Key}' " +
                $"(titles: {string.Join(", ", duplicate.Select(a => "'" + a.Title + "'"))}); Fix All cannot tell them apart.");
        }

        return EquivalenceKey is null
            ? actions.FirstOrDefault()
            : actions.FirstOrDefault(a => string.Equals(a.EquivalenceKey, EquivalenceKey, StringComparison.Ordinal));
    }

    /// <summary>
    /// The solution after the action. <see cref="CodeAction.GetOperationsAsync(CancellationToken)"/> already runs the
    /// action's post-processing (Simplifier and Formatter on their annotations), so nothing is formatted here.
    /// </summary>
    private static async Task<Solution> ApplyAsync(CodeAction action, string label, CancellationToken cancellationToken)
    {
        ImmutableArray<CodeActionOperation> operations;
        try
        {
            operations = await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new VerificationException($"{label}: code action '{action.Title}' threw:{Environment.NewLine}{e}", e);
        }

        ApplyChangesOperation? apply = operations.OfType<ApplyChangesOperation>().LastOrDefault();
        return apply?.ChangedSolution
            ?? throw new VerificationException($"{label}: code action '{action.Title}' produced no ApplyChangesOperation.");
    }

    private static async Task<bool> SameTextsAsync(Project before, Project after, CancellationToken cancellationToken)
    {
        var beforeDocuments = before.Documents.Cast<TextDocument>().Concat(before.AdditionalDocuments).ToList();
        var afterDocuments = after.Documents.Cast<TextDocument>().Concat(after.AdditionalDocuments).ToDictionary(d => d.Id);
        if (beforeDocuments.Count != afterDocuments.Count)
        {
            return false;
        }

        foreach (TextDocument document in beforeDocuments)
        {
            if (!afterDocuments.TryGetValue(document.Id, out TextDocument? other))
            {
                return false;
            }

            SourceText a = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            SourceText b = await other.GetTextAsync(cancellationToken).ConfigureAwait(false);
            if (!a.ContentEquals(b))
            {
                return false;
            }
        }

        return true;
    }

    private async Task VerifyFixedStateAsync(Project project, string label, FixSetup setup)
    {
        // Texts.
        var problems = new StringBuilder();
        var expectedPaths = new HashSet<string>(setup.FixedFiles.Select(f => f.Path), StringComparer.Ordinal);
        foreach (TestFile expected in setup.FixedFiles)
        {
            TextDocument? document = expected.IsCSharp
                ? project.Documents.FirstOrDefault(d => d.FilePath == expected.Path)
                : project.AdditionalDocuments.FirstOrDefault(d => d.FilePath == expected.Path);
            if (document is null)
            {
                problems.AppendLine($"{expected.Path} was removed.");
                continue;
            }

            string actualText = TextDiff.NormalizeLineEndings((await document.GetTextAsync(setup.CancellationToken).ConfigureAwait(false)).ToString());
            string expectedText = TextDiff.NormalizeLineEndings(expected.Text);
            if (CompareFixedText && !string.Equals(actualText, expectedText, StringComparison.Ordinal))
            {
                problems
                    .AppendLine($"--- {expected.Path}: expected (-) vs actual (+):")
                    .Append(TextDiff.Unified(expectedText, actualText))
                    .AppendLine($"--- actual text of {expected.Path}:")
                    .AppendLine(actualText);
            }
        }

        foreach (TextDocument document in project.Documents.Cast<TextDocument>().Concat(project.AdditionalDocuments))
        {
            if (!expectedPaths.Contains(document.FilePath ?? document.Name))
            {
                problems.AppendLine($"{document.FilePath ?? document.Name} was added.");
            }
        }

        if (problems.Length > 0)
        {
            throw new VerificationException($"{label}: the fixed text differs from the expected one.{Environment.NewLine}{problems}");
        }

        // Compiles, analyzers healthy, remaining diagnostics as marked.
        AnalysisRun run = await AnalyzeAsync(project, setup.Analyzers, setup.CancellationToken).ConfigureAwait(false);
        EnsureCompiles(run, $"{label}: the fixed code", setup.OriginalErrors.ToList());
        EnsureHealthy(run, setup.Supported, $"{label}: fixed code");
        CompareDiagnostics(setup.FixedExpected, run, $"{label}: diagnostics remaining after the fix");
        if (FixedCompilationCheck is not null)
        {
            Compilation compilation = await project.GetCompilationAsync(setup.CancellationToken).ConfigureAwait(false)
                ?? throw new VerificationException($"{label}: no compilation for the fixed project.");
            await FixedCompilationCheck(compilation, label).ConfigureAwait(false);
        }
    }

    private static string Describe(AnalysisRun run)
        => $"Diagnostics now ({run.Actual.Count}):{Environment.NewLine}{DiagnosticText.List(run.Actual)}{Environment.NewLine}Current texts:{Environment.NewLine}"
            + DiagnosticText.AnnotatedFiles(run.Files, run.Actual, run.Files.Select(f => f.Path));
}
