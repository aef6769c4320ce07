using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;

namespace ManagedIdentityAnalyzers.Rules.Identity
{
    /// <summary>The edit plans the identity rules share, and what decides whether a fix is sound.</summary>
    internal static class IdentityFixes
    {
        /// <summary>A fix that sets the reported identity type value (node 0) to <paramref name="kind"/>.</summary>
        public static FixPlan SetType(string equivalenceKey, string title, IdentityKind kind) =>
            new FixPlan(equivalenceKey, title, ImmutableArray.Create(SetTypeEdit(kind)));

        public static Edit SetTypeEdit(IdentityKind kind) =>
            new Edit(EditKind.ReplaceValue, 0, ValueKind.IdentityType, IdentityTypes.CanonicalText(kind));

        /// <summary>
        /// Which identities the app's workflow authenticates with: the system-assigned one (managed-identity
        /// authentication without <c>identity</c>) and user-assigned ones (with <c>identity</c>). A fix that turns off an
        /// identity the workflow uses trades the finding for LAMI102 or LAMI103, so it is not offered.
        /// </summary>
        public static (bool System, bool User) UsedIdentities(RuleContext context, LogicAppResource app)
        {
            var system = false;
            var user = false;
            foreach (var view in context.Authentications)
            {
                if (view.App != app || !view.IsManagedIdentity)
                {
                    continue;
                }

                if (view.IdentityMember is not null)
                {
                    // The legacy literal SystemAssigned means the system-assigned identity (LAMI111).
                    if (string.Equals(view.Identity, IdentityTypes.SystemAssigned, System.StringComparison.OrdinalIgnoreCase))
                    {
                        system = true;
                    }
                    else
                    {
                        user = true;
                    }
                }
                else if (!view.LacksMember("identity"))
                {
                    // Not known whether it names one: both may be used.
                    system = true;
                    user = true;
                }
                else
                {
                    system = true;
                }
            }

            return (system, user);
        }
    }
}
