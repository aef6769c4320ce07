using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
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
/// Diagnostics in additional files (JSON files) are fixed the same way, through <c>CodeFixContext(TextDocument, ...)</c>
/// and a Fix All started from the project (the stock batch fixer, which skips them, is not asked); there the
/// member is the file, and a JSON file that parsed before must still parse after the fix.
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

        // Diagnostics in C# documents, and in the additional files a host offers the fixer (by its export's DocumentKinds).
        var kinds = Attribute.IsDefined(fixer.GetType(), typeof(ExportCodeFixProviderAttribute), inherit: false) ? FixerDocumentKinds.Of(fixer) : null;
        var offered = new List<(ActualDiagnostic Diagnostic, TextDocument Document, CodeAction Action)>();
        foreach (var diagnostic in before.Actual.Where(a => fixable.Contains(a.Id)))
        {
            if (TargetDocument(project, diagnostic.Diagnostic) is not { } document || (document is not Document && kinds?.Accepts(document) != true))
            {
                continue;
            }

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
                if (document is not Document && ReferenceEquals(provider, WellKnownFixAllProviders.BatchFixer))
                {
                    // The stock batch fixer skips additional documents (see README, notes).
                    continue;
                }

                var label = $"Fix soundness: Fix All (Project scope) of {group.Key.Id} with '{group.Key.EquivalenceKey}'";
                var diagnostics = new TestDiagnosticProvider((_, _) => Task.FromResult(before.AnalyzerDiagnostics));

                // FixAllContext can name a C# document only: a Fix All started in an additional file gets the project.
                var context = document is Document source
                    ? new FixAllContext(source, fixer, FixAllScope.Project, group.Key.EquivalenceKey, new[] { group.Key.Id }, diagnostics, cancellationToken)
                    : new FixAllContext(document.Project, fixer, FixAllScope.Project, group.Key.EquivalenceKey, new[] { group.Key.Id }, diagnostics, cancellationToken);
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

        // A JSON file that parsed before still parses (comments and trailing commas allowed, as the readers do).
        foreach (var file in before.Files.Where(f => !f.IsCSharp && f.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && IsJson(f.Text)))
        {
            if (after.Files.FirstOrDefault(f => f.Path == file.Path) is { } changed && changed.Text != file.Text && !IsJson(changed.Text))
            {
                problems.AppendLine($"{file.Path} is no longer well-formed JSON:{Environment.NewLine}{changed.Text}");
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

    private static async Task<IReadOnlyList<CodeAction>> ActionsAsync(CodeFixProvider fixer, TextDocument document, ActualDiagnostic diagnostic, CancellationToken cancellationToken)
    {
        var actions = new List<CodeAction>();
        Action<CodeAction, ImmutableArray<Diagnostic>> register = (a, _) => actions.Add(a);
        try
        {
            await fixer.RegisterCodeFixesAsync(document is Document source
                ? new CodeFixContext(source, diagnostic.Diagnostic, register, cancellationToken)
                : new CodeFixContext(document, diagnostic.Diagnostic, register, cancellationToken)).ConfigureAwait(false);
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

    /// <summary>Whether a text is one JSON value (comments and trailing commas allowed; any depth).</summary>
    internal static bool IsJson(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text.StartsWith('\uFEFF') ? text.Substring(1) : text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 1_000_000 });
        try
        {
            var tokens = 0;
            while (reader.Read())
            {
                tokens++;
            }

            return tokens > 0;
        }
        catch (JsonException)
        {
            return false;
        }
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
