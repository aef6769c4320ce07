using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using ManagedIdentityAnalyzers.CodeFixes.Editors;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Readers;
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
            RuleIds.NonCanonicalIdentityType,
            RuleIds.InvalidAuthenticationType,
            RuleIds.ManagedIdentityWithoutIdentity,
            RuleIds.IdentityNotAttached,
            RuleIds.SystemIdentityMeantButAbsent,
            RuleIds.MissingAudience,
            RuleIds.AudienceForAnotherService,
            RuleIds.AudienceTrailingSlash,
            RuleIds.AudienceInAnotherCloud,
            RuleIds.AudienceNotResourceId,
            RuleIds.PropertyNotForType,
            RuleIds.LegacySystemAssignedIdentity,
            RuleIds.StorageCallWithoutVersion,
            RuleIds.StorageCallWithoutCurrentDate,
            RuleIds.SecretWhereManagedIdentityWorks,
            RuleIds.TokenStoreRawKey);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                foreach (var plan in FixPlanCodec.Decode(diagnostic.Properties))
                {
                    var editor = EditorFor(diagnostic, plan);
                    if (editor is null
                        || !await editor.CanApplyAsync(context.Document, diagnostic, plan, context.CancellationToken).ConfigureAwait(false))
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

        /// <summary>The editor of the nodes a plan edits; null when they are in different representations or none is known.</summary>
        private static IPlanEditor? EditorFor(Diagnostic diagnostic, FixPlan plan)
        {
            string? kind = null;
            foreach (var edit in plan.Edits)
            {
                var nodeKind = FixPlanCodec.EditorKind(diagnostic.Properties, edit.Target);
                if (nodeKind is null || (kind is not null && kind != nodeKind))
                {
                    return null;
                }

                kind = nodeKind;
            }

            return kind switch
            {
                EditorKinds.CSharpSyntax => CSharpSyntaxEditor.Instance,
                EditorKinds.JsonInLiteral => JsonLiteralEditor.Instance,
                _ => null,
            };
        }
    }
}
