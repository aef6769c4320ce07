using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ManagedIdentityAnalyzers.CodeFixes.Editors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Readers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.CodeFixes.Providers
{
    /// <summary>
    /// Fix All for <see cref="PlanCodeFixProvider"/>, in document, project and solution scope. Diagnostics in C#
    /// documents go to the stock batch fixer. Diagnostics in the JSON files of the project (additional documents,
    /// which the batch fixer skips) get the plan with the Fix All's equivalence key applied by
    /// <see cref="JsonFileEditor"/>; a file's plans are merged when their changes do not overlap, and a plan that
    /// overlaps one already taken waits for the next round. Roslyn 4.14's <see cref="FixAllContext"/> can name a C#
    /// document only: a context with no document in document scope (a host that starts Fix All in an additional
    /// document, through the project constructor) fixes the additional documents of the diagnostics the host's
    /// provider returns for the project.
    /// </summary>
    internal sealed class PlanFixAllProvider : FixAllProvider
    {
        public static readonly PlanFixAllProvider Instance = new PlanFixAllProvider();

        private static readonly ImmutableArray<FixAllScope> Scopes =
            ImmutableArray.Create(FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution);

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => Scopes;

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var cancellationToken = fixAllContext.CancellationToken;
            var original = fixAllContext.Solution;
            var solution = original;

            // 1. C# documents: the batch fixer, over the diagnostics located in source only.
            if (fixAllContext.Document is not null || fixAllContext.Scope != FixAllScope.Document)
            {
                var sourceOnly = fixAllContext.Document is { } document
                    ? new FixAllContext(document, fixAllContext.CodeFixProvider, fixAllContext.Scope, fixAllContext.CodeActionEquivalenceKey, fixAllContext.DiagnosticIds, new SourceOnly(fixAllContext), cancellationToken)
                    : new FixAllContext(fixAllContext.Project, fixAllContext.CodeFixProvider, fixAllContext.Scope, fixAllContext.CodeActionEquivalenceKey, fixAllContext.DiagnosticIds, new SourceOnly(fixAllContext), cancellationToken);
                if (await WellKnownFixAllProviders.BatchFixer.GetFixAsync(sourceOnly).ConfigureAwait(false) is { } batch)
                {
                    foreach (var operation in await batch.GetOperationsAsync(cancellationToken).ConfigureAwait(false))
                    {
                        if (operation is ApplyChangesOperation apply)
                        {
                            solution = apply.ChangedSolution;
                        }
                    }
                }
            }

            // 2. JSON files: every diagnostic of the scope located in an additional document.
            if (fixAllContext.CodeActionEquivalenceKey is string key)
            {
                foreach (var (document, diagnostics) in await AdditionalDocumentDiagnosticsAsync(fixAllContext).ConfigureAwait(false))
                {
                    var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                    var changes = Merge(text, diagnostics, key);
                    if (changes.Count > 0 && solution.GetAdditionalDocument(document.Id) is not null)
                    {
                        solution = solution.WithAdditionalDocumentText(document.Id, text.WithChanges(changes));
                    }
                }
            }

            if (ReferenceEquals(solution, original))
            {
                return null;
            }

            var result = solution;
            return CodeAction.Create(
                fixAllContext.Scope switch
                {
                    FixAllScope.Document => "Fix all occurrences in document",
                    FixAllScope.Project => "Fix all occurrences in project",
                    _ => "Fix all occurrences in solution",
                },
                _ => Task.FromResult(result),
                fixAllContext.CodeActionEquivalenceKey);
        }

        /// <summary>The changes of every plan with the key, skipping a plan whose changes overlap those already taken.</summary>
        private static List<TextChange> Merge(SourceText text, IEnumerable<Diagnostic> diagnostics, string key)
        {
            var taken = new List<TextChange>();
            foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
            {
                foreach (var plan in FixPlanCodec.Decode(diagnostic.Properties))
                {
                    if (!string.Equals(plan.EquivalenceKey, key, StringComparison.Ordinal)
                        || PlanCodeFixProvider.EditorKindOf(diagnostic, plan) != EditorKinds.JsonFile
                        || JsonFileEditor.Changes(text, diagnostic, plan) is not { } changes
                        || changes.Any(change => taken.Any(other => Overlap(change.Span, other.Span))))
                    {
                        continue;
                    }

                    taken.AddRange(changes);
                    break;
                }
            }

            return taken;
        }

        private static bool Overlap(TextSpan a, TextSpan b) => a.OverlapsWith(b) || a.Start == b.Start || a.End == b.Start || b.End == a.Start;

        /// <summary>The diagnostics in additional documents that the scope covers, by document.</summary>
        private static async Task<List<(TextDocument Document, List<Diagnostic> Diagnostics)>> AdditionalDocumentDiagnosticsAsync(FixAllContext context)
        {
            var projects = context.Scope switch
            {
                FixAllScope.Solution => context.Solution.Projects.Where(p => p.Language == context.Project.Language).ToList(),
                FixAllScope.Document when context.Document is not null => new List<Project>(),
                _ => new List<Project> { context.Project },
            };

            var result = new List<(TextDocument, List<Diagnostic>)>();
            foreach (var project in projects)
            {
                var diagnostics = context.Scope == FixAllScope.Document
                    ? await context.GetProjectDiagnosticsAsync(project).ConfigureAwait(false)
                    : await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
                var byDocument = new Dictionary<DocumentId, (TextDocument Document, List<Diagnostic> Diagnostics)>();
                foreach (var diagnostic in diagnostics)
                {
                    if (diagnostic.Location.Kind != LocationKind.ExternalFile
                        || AdditionalDocumentAt(project, diagnostic.Location.GetLineSpan().Path) is not { } document)
                    {
                        continue;
                    }

                    if (!byDocument.TryGetValue(document.Id, out var entry))
                    {
                        entry = (document, new List<Diagnostic>());
                        byDocument.Add(document.Id, entry);
                        result.Add(entry);
                    }

                    entry.Diagnostics.Add(diagnostic);
                }
            }

            return result;
        }

        private static TextDocument? AdditionalDocumentAt(Project project, string path)
        {
            foreach (var document in project.AdditionalDocuments)
            {
                if (string.Equals(document.FilePath, path, StringComparison.Ordinal))
                {
                    return document;
                }
            }

            return null;
        }

        /// <summary>The host's diagnostics without those located in additional documents, for the batch fixer.</summary>
        private sealed class SourceOnly : FixAllContext.DiagnosticProvider
        {
            private readonly FixAllContext context;

            public SourceOnly(FixAllContext context)
            {
                this.context = context;
            }

            public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
                (await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false)).Where(d => d.Location.IsInSource);

            public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                (await context.GetProjectDiagnosticsAsync(project).ConfigureAwait(false)).Where(d => d.Location.IsInSource);

            public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                (await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false)).Where(d => d.Location.IsInSource);
        }
    }
}
