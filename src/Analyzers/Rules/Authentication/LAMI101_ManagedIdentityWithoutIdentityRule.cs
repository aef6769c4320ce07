using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;

namespace ManagedIdentityAnalyzers.Rules.Authentication
{
    /// <summary>
    /// LAMI101: managed-identity authentication in a workflow whose logic app certainly has no managed identity.
    /// The fix enables the system-assigned identity where the app's identity is written: the <c>None</c> type, the
    /// <c>null</c> identity, or a new <c>Identity</c> member on the data object.
    /// </summary>
    internal sealed class ManagedIdentityWithoutIdentityRule : Rule
    {
        public ManagedIdentityWithoutIdentityRule()
            : base(RuleIds.ManagedIdentityWithoutIdentity)
        {
        }

        /// <summary>Whether LAMI101 applies to an app: it uses managed-identity authentication and has no identity.</summary>
        public static bool Applies(RuleContext context, LogicAppResource app)
        {
            if (!AppIdentity.CertainlyHasNone(app))
            {
                return false;
            }

            foreach (var view in context.Authentications)
            {
                if (view.App == app && view.IsManagedIdentity)
                {
                    return true;
                }
            }

            return false;
        }

        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (var view in context.Authentications)
            {
                if (view.App is not { } app || !view.IsManagedIdentity || !AppIdentity.CertainlyHasNone(app))
                {
                    continue;
                }

                var (node, edit) = EnableSystemIdentity(app, 1);
                findings.Add(new Finding(
                    RuleIds.ManagedIdentityWithoutIdentity,
                    view.Block.Member.NameSource,
                    ImmutableArray<string>.Empty,
                    node is null ? default : ImmutableArray.Create(node),
                    edit is null
                        ? default
                        : ImmutableArray.Create(new FixPlan(
                            FixKeys.EnableSystemAssignedIdentity,
                            "Enable the logic app's system-assigned identity",
                            ImmutableArray.Create(edit))))
                    .At(view.UseSite, fixesEditOnlyTheApp: true));
            }
        }

        /// <summary>
        /// The node and the edit (on node <paramref name="target"/> of the finding) that enable the system-assigned identity
        /// of an app that has none: the <c>None</c> type replaced, the <c>null</c> identity replaced, or an <c>Identity</c>
        /// member added to the data object; none for an existing app whose identity is not written here.
        /// </summary>
        public static (SourceRef? Node, Edit? Edit) EnableSystemIdentity(LogicAppResource app, int target)
        {
            const string System = IdentityTypes.SystemAssigned;
            if (app.IdentityPresence == Presence.Present && app.Identity?.Type is { Kind: IdentityKind.None } type)
            {
                return (type.Source, Edit.Replace(target, ValueKind.IdentityType, System));
            }

            if (app.IdentityAbsenceValue is { } removal)
            {
                return (removal, Edit.Replace(target, ValueKind.ManagedIdentity, System));
            }

            return app.UpdatesExisting
                ? (null, null)
                : (app.Source, Edit.AddMember(target, "Identity", ValueKind.ManagedIdentity, System));
        }
    }
}
