using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using ManagedIdentityAnalyzers.CodeFixes.Editors;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Findings.Contract;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ManagedIdentityAnalyzers.CodeFixes.Providers
{
    /// <summary>
    /// The one fix provider for every rule with a fix. In a C# document it finds the diagnostic's finding in the
    /// document it is given (<see cref="FindingResolver"/>: the diagnostic's own contract, or the same finding analysed
    /// again when the document has changed since), and offers each of its edit plans that the editors can apply there as
    /// a code action. In a JSON file of the project (an additional document) it offers the plans whose edits are all
    /// nodes of that file, applied by <see cref="JsonFileEditor"/> to the text they were computed on. Fix All is
    /// <see cref="PlanFixAllProvider"/>, which groups actions by their equivalence keys (<see cref="FixKeys"/>).
    /// </summary>
    [ExportCodeFixProvider(
        LanguageNames.CSharp,
        Name = nameof(PlanCodeFixProvider),
        DocumentKinds = new[] { nameof(TextDocumentKind.Document), nameof(TextDocumentKind.AdditionalDocument) })]
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
            RuleIds.ConnectionNotSetUpForManagedIdentity,
            RuleIds.ConnectionKindNotForPlan,
            RuleIds.ParameterSetNotManagedIdentity,
            RuleIds.TokenStoreRawKey,
            RuleIds.SystemIdentityOffForTokenStore);

        public override FixAllProvider GetFixAllProvider() => PlanFixAllProvider.Instance;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            if (context.TextDocument is not Document document)
            {
                await RegisterJsonFileFixesAsync(context).ConfigureAwait(false);
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (await FindingResolver.ResolveAsync(document, diagnostic, context.CancellationToken).ConfigureAwait(false) is not { } contract)
                {
                    continue;
                }

                foreach (var plan in contract.Plans)
                {
                    if (!await FixSession.CanApplyAsync(document, contract, plan, context.CancellationToken).ConfigureAwait(false))
                    {
                        continue;
                    }

                    context.RegisterCodeFix(
                        CodeAction.Create(
                            plan.Title,
                            async cancellationToken =>
                                await FixSession.ApplyAsync(document, new[] { (contract, plan) }, cancellationToken).ConfigureAwait(false) ?? document,
                            plan.EquivalenceKey),
                        diagnostic);
                }
            }
        }

        /// <summary>Fixes in a JSON file of the project: every edit of the plan must be one of the file's nodes.</summary>
        private static async Task RegisterJsonFileFixesAsync(CodeFixContext context)
        {
            var document = context.TextDocument;
            var text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                if (FixContractCodec.Decode(diagnostic) is not { } contract)
                {
                    continue;
                }

                foreach (var plan in contract.Plans)
                {
                    if (JsonFileEditor.Changes(text, contract, plan) is not { } changes)
                    {
                        continue;
                    }

                    var solution = document.Project.Solution.WithAdditionalDocumentText(document.Id, text.WithChanges(changes));
                    context.RegisterCodeFix(
                        CodeAction.Create(plan.Title, _ => Task.FromResult(solution), plan.EquivalenceKey),
                        diagnostic);
                }
            }
        }
    }
}
