using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ManagedIdentityAnalyzers.Tests.Verification;

/// <summary>
/// Fix soundness: whatever the test expects, every fix a fixer offers for the test source is applied, one diagnostic
/// and one action at a time, and then as Fix All (Project scope, one round, as a batch tool runs it) for every
/// equivalence key offered. Each result must compile without compiler errors or warnings the source did not have,
/// must no longer have the fixed diagnostic(s), and must have no diagnostic of the analyzers that the source did not
/// have. Diagnostics are told apart across a fix by ID, message and the member they are in (their spans move).
/// </summary>
public partial class AnalyzerTest
{
    /// <summary>
    /// The fixer whose fixes are checked for soundness on the test source; null = <see cref="DefaultSoundnessFixer"/>
    /// for the test's analyzers (none when that is null or gives null).
    /// </summary>
    public CodeFixProvider? SoundnessFixer { get; set; }

    /// <summary>Skip the fix-soundness check (for sources whose fixes are checked some other way).</summary>
    public bool SkipFixSoundness { get; set; }

    /// <summary>The fixer to check for soundness with given analyzers when a test sets none (set once per test assembly).</summary>
    public static Func<IReadOnlyList<DiagnosticAnalyzer>, CodeFixProvider?>? DefaultSoundnessFixer { get; set; }

    /// <summary>
    /// Checks every fix <paramref name="fixer"/> offers in <paramref name="project"/> as described on this class; throws
    /// <see cref="VerificationException"/> on the first unsound fix. Returns how many fixes were applied.
    /// </summary>
    public static async Task<int> CheckFixSoundnessAsync(
        Project project,
        IReadOnlyList<DiagnosticAnalyzer> analyzers,
        CodeFixProvider fixer,
        CancellationToken cancellationToken = default)
    {
        var analyzerArray = analyzers.ToImmutableArray();
        var supported = SupportedDescriptors(analyzerArray);
        var before = await AnalyzeAsync(project, analyzerArray, cancellationToken).ConfigureAwait(false);
        EnsureHealthy(before, supported, "Fix soundness: the source");
        var fixable = fixer.FixableDiagnosticIds.ToImmutableHashSet(StringComparer.Ordinal);
        var beforeKeys = SoundKeys(before);
        var applied = 0;

        var offered = new List<(ActualDiagnostic Diagnostic, Document Document, CodeAction Action)>();
        foreach (var diagnostic in before.Actual.Where(a => fixable.Contains(a.Id) && a.Diagnostic.Location.IsInSource))
        {
            var document = project.GetDocument(diagnostic.Diagnostic.Location.SourceTree)!;
            foreach (var action in await ActionsAsync(fixer, document, diagnostic, cancellationToken).ConfigureAwait(false))
            {
                offered.Add((diagnostic, document, action));
            }
        }

        // One diagnostic, one action at a time.
        foreach (var (diagnostic, _, action) in offered)
        {
            var label = $"Fix soundness: '{action.Title}' ({action.EquivalenceKey}) for {diagnostic}";
            var after = await ApplyAndAnalyzeAsync(project, action, analyzerArray, label, cancellationToken).ConfigureAwait(false);
            CheckResult(before, beforeKeys, after, supported, new[] { diagnostic }, label);
            applied++;
        }

        // Fix All per ID and equivalence key, one round.
        var provider = fixer.GetFixAllProvider();
        if (provider is not null && provider.GetSupportedFixAllScopes().Contains(FixAllScope.Project))
        {
            foreach (var group in offered.GroupBy(o => (o.Diagnostic.Id, o.Action.EquivalenceKey)))
            {
                var (trigger, document, _) = group.First();
                var label = $"Fix soundness: Fix All (Project scope) of {group.Key.Id} with '{group.Key.EquivalenceKey}'";
                var context = new FixAllContext(
                    document,
                    fixer,
                    FixAllScope.Project,
                    group.Key.EquivalenceKey,
                    new[] { group.Key.Id },
                    new TestDiagnosticProvider((_, _) => Task.FromResult(before.AnalyzerDiagnostics)),
                    cancellationToken);
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
                    throw new VerificationException($"{label}: the Fix All provider offered nothing.");
                }

                var after = await ApplyAndAnalyzeAsync(project, fixAll, analyzerArray, label, cancellationToken).ConfigureAwait(false);
                CheckResult(before, beforeKeys, after, supported, group.Select(o => o.Diagnostic).Distinct().ToList(), label);
                applied++;
            }
        }

        return applied;
    }

    private async Task RunFixSoundnessAsync(Project project, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellationToken)
    {
        if (SkipFixSoundness || (SoundnessFixer ?? DefaultSoundnessFixer?.Invoke(analyzers)) is not { } fixer)
        {
            return;
        }

        await CheckFixSoundnessAsync(project, analyzers, fixer, cancellationToken).ConfigureAwait(false);
    }

    private static void CheckResult(
        AnalysisRun before,
        Dictionary<string, int> beforeKeys,
        AnalysisRun after,
        ImmutableDictionary<string, DiagnosticDescriptor> supported,
        IReadOnlyList<ActualDiagnostic> fixedDiagnostics,
        string label)
    {
        EnsureHealthy(after, supported, label);
        var problems = new StringBuilder();

        // Compiler errors and warnings the source did not have (multiset by ID and message).
        var tolerated = before.CompilerDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(CompilerKey).ToList();
        foreach (var diagnostic in after.CompilerDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning))
        {
            if (!tolerated.Remove(CompilerKey(diagnostic)))
            {
                problems.AppendLine("New compiler diagnostic: " + ActualDiagnostic.From(diagnostic));
            }
        }

        var afterKeys = SoundKeys(after);
        foreach (var group in fixedDiagnostics.GroupBy(SoundKey))
        {
            var remaining = afterKeys.TryGetValue(group.Key, out var count) ? count : 0;
            if (remaining > beforeKeys[group.Key] - group.Count())
            {
                problems.AppendLine($"Not fixed ({remaining} of {beforeKeys[group.Key]} remain, {group.Count()} fixed): " + group.First());
            }
        }

        foreach (var (key, count) in afterKeys)
        {
            if (count > (beforeKeys.TryGetValue(key, out var had) ? had : 0))
            {
                problems.AppendLine("New diagnostic: " + after.Actual.First(a => SoundKey(a) == key));
            }
        }

        if (problems.Length > 0)
        {
            throw new VerificationException(
                $"{label}: the fix is not sound.{Environment.NewLine}{problems}{Environment.NewLine}Before:{Environment.NewLine}"
                + DiagnosticText.List(before.Actual) + Environment.NewLine + "After:" + Environment.NewLine + Describe(after));
        }

        static string CompilerKey(Diagnostic d) => d.Id + "|" + d.GetMessage(CultureInfo.InvariantCulture);
    }

    private static async Task<AnalysisRun> ApplyAndAnalyzeAsync(
        Project project,
        CodeAction action,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        string label,
        CancellationToken cancellationToken)
    {
        var solution = await ApplyAsync(action, label, cancellationToken).ConfigureAwait(false);
        var changed = solution.GetProject(project.Id) ?? throw new VerificationException($"{label}: the fix removed the project.");
        if (await SameTextsAsync(project, changed, cancellationToken).ConfigureAwait(false))
        {
            throw new VerificationException($"{label}: the fix changed nothing.");
        }

        return await AnalyzeAsync(changed, analyzers, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<CodeAction>> ActionsAsync(CodeFixProvider fixer, Document document, ActualDiagnostic diagnostic, CancellationToken cancellationToken)
    {
        var actions = new List<CodeAction>();
        try
        {
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic.Diagnostic, (a, _) => actions.Add(a), cancellationToken)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new VerificationException($"Fix soundness: {fixer.GetType().Name}.RegisterCodeFixesAsync threw for {diagnostic}:{Environment.NewLine}{e}", e);
        }

        var leaves = new List<CodeAction>();
        var pending = new Stack<CodeAction>(Enumerable.Reverse(actions));
        while (pending.Count > 0)
        {
            var action = pending.Pop();
            if (action.NestedActions.IsDefaultOrEmpty)
            {
                leaves.Add(action);
                continue;
            }

            foreach (var nested in action.NestedActions.Reverse())
            {
                pending.Push(nested);
            }
        }

        return leaves;
    }

    private static Dictionary<string, int> SoundKeys(AnalysisRun run)
    {
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var actual in run.Actual)
        {
            var key = SoundKey(actual);
            keys[key] = keys.TryGetValue(key, out var count) ? count + 1 : 1;
        }

        return keys;
    }

    /// <summary>A diagnostic across a fix: ID, message, file and the member it is in.</summary>
    private static string SoundKey(ActualDiagnostic actual)
    {
        var member = string.Empty;
        var location = actual.Diagnostic.Location;
        if (location.IsInSource && location.SourceTree!.TryGetRoot(out var root) && root.FullSpan.Contains(location.SourceSpan))
        {
            for (SyntaxNode? node = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true); node is not null; node = node.Parent)
            {
                if (node is MemberDeclarationSyntax and not BaseTypeDeclarationSyntax and not BaseNamespaceDeclarationSyntax)
                {
                    member = node switch
                    {
                        MethodDeclarationSyntax method => method.Identifier.ValueText,
                        PropertyDeclarationSyntax property => property.Identifier.ValueText,
                        FieldDeclarationSyntax field => string.Join(",", field.Declaration.Variables.Select(v => v.Identifier.ValueText)),
                        _ => node.Kind().ToString(),
                    };
                    break;
                }
            }
        }

        return $"{actual.Id}|{actual.Path}|{member}|{actual.Message}";
    }
}
