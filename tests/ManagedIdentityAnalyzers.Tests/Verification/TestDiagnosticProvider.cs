using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ManagedIdentityAnalyzers.Tests.Verification;

/// <summary>
/// Gives a <see cref="FixAllContext"/> the analyzer diagnostics of the test, computed on the project snapshot the Fix All
/// provider asks about (once per snapshot). Document diagnostics are those in the document's syntax tree; project
/// diagnostics are those without a source location (Location.None and locations in additional files).
/// </summary>
internal sealed class TestDiagnosticProvider : FixAllContext.DiagnosticProvider
{
    private readonly Func<Project, CancellationToken, Task<ImmutableArray<Diagnostic>>> _compute;
    private readonly ConditionalWeakTable<Project, Task<ImmutableArray<Diagnostic>>> _cache = new();

    public TestDiagnosticProvider(Func<Project, CancellationToken, Task<ImmutableArray<Diagnostic>>> compute)
    {
        _compute = compute;
    }

    public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
        => await GetAsync(project, cancellationToken).ConfigureAwait(false);

    public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
    {
        SyntaxTree? tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
        ImmutableArray<Diagnostic> all = await GetAsync(document.Project, cancellationToken).ConfigureAwait(false);
        return all.Where(d => d.Location.IsInSource && d.Location.SourceTree == tree).ToList();
    }

    public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
    {
        ImmutableArray<Diagnostic> all = await GetAsync(project, cancellationToken).ConfigureAwait(false);
        return all.Where(d => !d.Location.IsInSource).ToList();
    }

    private Task<ImmutableArray<Diagnostic>> GetAsync(Project project, CancellationToken cancellationToken)
        => _cache.GetValue(project, p => _compute(p, cancellationToken));
}
