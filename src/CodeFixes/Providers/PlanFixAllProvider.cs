using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ManagedIdentityAnalyzers.CodeFixes.Editors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Findings.Contract;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.CodeFixes.Providers
{
    /// <summary>
    /// Fix All for <see cref="PlanCodeFixProvider"/>, document by document. The diagnostics of the scope are taken
    /// from the context's provider and matched to the current documents by syntax tree, or by file path when they were
    /// computed on an earlier version of the solution (the stock providers drop those: a tool that analyses once and
    /// fixes rule after rule would fix only the first rule). Each diagnostic's finding is found in its document
    /// (<see cref="FindingResolver"/>), the plan the equivalence key selects is taken (<see cref="FixContract.PlanFor"/>:
    /// a key of another rule, which <c>dotnet format</c> passes when the first diagnostic it sees is of another rule,
    /// selects each finding's first plan), and the plans of a document are applied together (<see cref="FixSession"/>:
    /// identical edits made once, neighbouring removals merged, a plan that collides with another left out). Every
    /// fix of one rule is made in one pass, which is what a single <c>dotnet format</c> run needs.
    /// Diagnostics in the JSON files of the project (additional documents, which the stock batch fixer skips) get the
    /// plan with the Fix All's equivalence key applied by <see cref="JsonFileEditor"/>; a file's plans are merged when
    /// their changes do not overlap, and a plan that overlaps one already taken waits for the next round. Roslyn 4.14's
    /// <see cref="FixAllContext"/> can name a C# document only: a context with no document in document scope (a host
    /// that starts Fix All in an additional document) fixes the additional documents of the diagnostics the host's
    /// provider returns for the project.
    /// </summary>
    internal sealed class PlanFixAllProvider : FixAllProvider
    {
        public static readonly PlanFixAllProvider Instance = new PlanFixAllProvider();

        private PlanFixAllProvider()
        {
        }

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
            ImmutableArray.Create(FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution);

        public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var title = fixAllContext.Scope switch
            {
                FixAllScope.Document => "Fix all in document",
                FixAllScope.Project => "Fix all in project",
                _ => "Fix all in solution",
            };
            return Task.FromResult<CodeAction?>(CodeAction.Create(
                title,
                cancellationToken => FixAllAsync(fixAllContext.WithCancellationToken(cancellationToken)),
                fixAllContext.CodeActionEquivalenceKey));
        }

        private static async Task<Solution> FixAllAsync(FixAllContext context)
        {
            var solution = context.Solution;
            foreach (var (document, diagnostics) in await DiagnosticsByDocumentAsync(context).ConfigureAwait(false))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (await FixDocumentAsync(context, document, diagnostics).ConfigureAwait(false) is { } fixedDocument
                    && await fixedDocument.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false) is { } root)
                {
                    solution = solution.WithDocumentSyntaxRoot(document.Id, root);
                }
            }

            foreach (var (file, diagnostics) in await AdditionalDocumentDiagnosticsAsync(context).ConfigureAwait(false))
            {
                var text = await file.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
                var changes = Merge(text, diagnostics, context.CodeActionEquivalenceKey);
                if (changes.Count > 0 && solution.GetAdditionalDocument(file.Id) is not null)
                {
                    solution = solution.WithAdditionalDocumentText(file.Id, text.WithChanges(changes));
                }
            }

            return solution;
        }

        /// <summary>The changes of each diagnostic's plan for the key, skipping a plan whose changes overlap those already taken.</summary>
        private static List<TextChange> Merge(SourceText text, List<Diagnostic> diagnostics, string? key)
        {
            var taken = new List<TextChange>();
            diagnostics.Sort((a, b) => a.Location.SourceSpan.Start.CompareTo(b.Location.SourceSpan.Start));
            foreach (var diagnostic in diagnostics)
            {
                if (FixContractCodec.Decode(diagnostic) is { } contract
                    && contract.PlanFor(key) is { } plan
                    && JsonFileEditor.Changes(text, contract, plan) is { } changes
                    && !changes.Any(change => taken.Any(other => Touch(change.Span, other.Span))))
                {
                    taken.AddRange(changes);
                }
            }

            return taken;
        }

        /// <summary>Whether two changes touch: they overlap or meet, or one is an insertion inside the other.</summary>
        private static bool Touch(TextSpan a, TextSpan b) => a.IntersectsWith(b);

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
                    context.CancellationToken.ThrowIfCancellationRequested();
                    if (!context.DiagnosticIds.Contains(diagnostic.Id)
                        || diagnostic.Location.Kind != LocationKind.ExternalFile
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
                if (string.Equals(document.FilePath, path, System.StringComparison.Ordinal))
                {
                    return document;
                }
            }

            return null;
        }

        private static async Task<List<(Document Document, List<Diagnostic> Diagnostics)>> DiagnosticsByDocumentAsync(FixAllContext context)
        {
            var byDocument = new Dictionary<DocumentId, (Document Document, List<Diagnostic> Diagnostics)>();
            var order = new List<DocumentId>();
            void Add(Document document, Diagnostic diagnostic)
            {
                if (!context.DiagnosticIds.Contains(diagnostic.Id))
                {
                    return;
                }

                if (!byDocument.TryGetValue(document.Id, out var entry))
                {
                    entry = (document, new List<Diagnostic>());
                    byDocument[document.Id] = entry;
                    order.Add(document.Id);
                }

                entry.Diagnostics.Add(diagnostic);
            }

            if (context.Scope == FixAllScope.Document)
            {
                if (context.Document is { } document)
                {
                    foreach (var diagnostic in await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false))
                    {
                        Add(document, diagnostic);
                    }
                }
            }
            else
            {
                var projects = context.Scope == FixAllScope.Project ? new[] { context.Project } : context.Solution.Projects.ToArray();
                foreach (var project in projects)
                {
                    foreach (var diagnostic in await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false))
                    {
                        context.CancellationToken.ThrowIfCancellationRequested();
                        if (DocumentOf(project, diagnostic) is { } document)
                        {
                            Add(document, diagnostic);
                        }
                    }
                }
            }

            return order.Select(id => byDocument[id]).ToList();
        }

        /// <summary>The current document of a diagnostic: the one with its syntax tree, else the one with its file path.</summary>
        private static Document? DocumentOf(Project project, Diagnostic diagnostic)
        {
            if (diagnostic.Location.SourceTree is not { } tree)
            {
                return null;
            }

            if (project.GetDocument(tree) is { } document)
            {
                return document;
            }

            if (string.IsNullOrEmpty(tree.FilePath))
            {
                return null;
            }

            Document? byPath = null;
            foreach (var candidate in project.Documents)
            {
                if (candidate.FilePath == tree.FilePath)
                {
                    if (byPath is not null)
                    {
                        return null;
                    }

                    byPath = candidate;
                }
            }

            return byPath;
        }

        private static async Task<Document?> FixDocumentAsync(FixAllContext context, Document document, List<Diagnostic> diagnostics)
        {
            var fixes = new List<(FixContract, FixPlan)>(diagnostics.Count);
            diagnostics.Sort((a, b) => a.Location.SourceSpan.Start.CompareTo(b.Location.SourceSpan.Start));
            foreach (var diagnostic in diagnostics)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (await FindingResolver.ResolveAsync(document, diagnostic, context.CancellationToken).ConfigureAwait(false) is { } contract
                    && contract.PlanFor(context.CodeActionEquivalenceKey) is { } plan)
                {
                    fixes.Add((contract, plan));
                }
            }

            return fixes.Count == 0 ? null : await FixSession.ApplyAsync(document, fixes, context.CancellationToken).ConfigureAwait(false);
        }
    }
}
