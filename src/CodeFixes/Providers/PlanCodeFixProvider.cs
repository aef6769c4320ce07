using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using ManagedIdentityAnalyzers.CodeFixes.Editors;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ManagedIdentityAnalyzers.CodeFixes.Providers
{
    /// <summary>
    /// The one fix provider for every rule with a fix: it finds the diagnostic's finding in the document it is given
    /// (<see cref="FindingResolver"/>: the diagnostic's own contract, or the same finding analysed again when the
    /// document has changed since), and offers each of its edit plans that the editors can apply there as a code action.
    /// Fix All is <see cref="PlanFixAllProvider"/>, which groups actions by their equivalence keys (<see cref="FixKeys"/>).
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
            RuleIds.SecretWhereManagedIdentityWorks);

        public override FixAllProvider GetFixAllProvider() => PlanFixAllProvider.Instance;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var document = context.Document;
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
    }
}
