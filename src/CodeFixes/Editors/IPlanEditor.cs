using System.Threading;
using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Findings;
using Microsoft.CodeAnalysis;

namespace ManagedIdentityAnalyzers.CodeFixes.Editors
{
    /// <summary>
    /// Applies a fix plan's edits to one representation of the source. The plan says what to change in the model's
    /// terms; the editor knows how that is written (typed C#, JSON in a literal, a JSON file...).
    /// </summary>
    internal interface IPlanEditor
    {
        /// <summary>Whether every edit of the plan can be applied to the diagnostic's nodes (checked before a fix is offered).</summary>
        Task<bool> CanApplyAsync(Document document, Diagnostic diagnostic, FixPlan plan, CancellationToken cancellationToken);

        Task<Document> ApplyAsync(Document document, Diagnostic diagnostic, FixPlan plan, CancellationToken cancellationToken);
    }
}
