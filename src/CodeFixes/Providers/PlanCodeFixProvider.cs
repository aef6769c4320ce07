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
    /// as a code action, applied by the editor of the node's representation. It serves C# documents and the JSON files
    /// of the project (additional documents). Fix All is <see cref="PlanFixAllProvider"/>: the stock batch fixer for
    /// C# documents, and the same plans applied to the JSON files, grouped by equivalence key (<see cref="FixKeys"/>).
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
            if (context.TextDocument is not Document)
            {
                await RegisterJsonFileFixesAsync(context).ConfigureAwait(false);
                return;
            }

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

        /// <summary>Fixes in a JSON file of the project: every edit of the plan must be one of the file's nodes.</summary>
        private static async Task RegisterJsonFileFixesAsync(CodeFixContext context)
        {
            var document = context.TextDocument;
            foreach (var diagnostic in context.Diagnostics)
            {
                foreach (var plan in FixPlanCodec.Decode(diagnostic.Properties))
                {
                    if (EditorKindOf(diagnostic, plan) != EditorKinds.JsonFile
                        || !await JsonFileEditor.CanApplyAsync(document, diagnostic, plan, context.CancellationToken).ConfigureAwait(false))
                    {
                        continue;
                    }

                    context.RegisterCodeFix(
                        CodeAction.Create(
                            plan.Title,
                            cancellationToken => JsonFileEditor.ApplyAsync(document, diagnostic, plan, cancellationToken),
                            plan.EquivalenceKey),
                        diagnostic);
                }
            }
        }

        /// <summary>The editor kind of the nodes a plan edits; null when they are in different representations or none is known.</summary>
        internal static string? EditorKindOf(Diagnostic diagnostic, FixPlan plan)
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

            return kind;
        }

        /// <summary>The editor of the C# nodes a plan edits; null when they are in different representations or none is known.</summary>
        private static IPlanEditor? EditorFor(Diagnostic diagnostic, FixPlan plan)
        {
            return EditorKindOf(diagnostic, plan) switch
            {
                EditorKinds.CSharpSyntax => CSharpSyntaxEditor.Instance,
                EditorKinds.JsonInLiteral => JsonLiteralEditor.Instance,
                _ => null,
            };
        }
    }
}
