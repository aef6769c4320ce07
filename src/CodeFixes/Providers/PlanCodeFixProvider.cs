using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using ManagedIdentityAnalyzers.CodeFixes.Editors;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Reporting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ManagedIdentityAnalyzers.CodeFixes.Providers
{
    /// <summary>
    /// The one fix provider for every rule with a fix: it reads the edit plans a diagnostic carries and offers each
    /// as a code action, applied by the editor of the node's representation. Fix All is the stock batch fixer, which
    /// groups actions by their equivalence keys (<see cref="FixKeys"/>).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PlanCodeFixProvider))]
    [Shared]
    public sealed class PlanCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            RuleIds.ConsumptionBothIdentities,
            RuleIds.UserAssignedTypeWithoutIdentities,
            RuleIds.UserAssignedIdentitiesWithoutType,
            RuleIds.NonCanonicalIdentityType);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                var editor = EditorFor(FixPlanCodec.EditorKind(diagnostic.Properties, 0));
                if (editor is null)
                {
                    continue;
                }

                foreach (var plan in FixPlanCodec.Decode(diagnostic.Properties))
                {
                    if (!await editor.CanApplyAsync(context.Document, diagnostic, plan, context.CancellationToken).ConfigureAwait(false))
                    {
                        continue;
                    }

                    var document = context.Document;
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            plan.Title,
                            cancellationToken => editor.ApplyAsync(document, diagnostic, plan, cancellationToken),
                            plan.EquivalenceKey),
                        diagnostic);
                }
            }
        }

        private static IPlanEditor? EditorFor(string? kind) => kind switch
        {
            EditorKinds.CSharpSyntax => CSharpSyntaxEditor.Instance,
            _ => null,
        };
    }
}
