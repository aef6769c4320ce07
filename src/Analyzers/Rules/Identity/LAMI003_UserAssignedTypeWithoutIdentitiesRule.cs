using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;

namespace ManagedIdentityAnalyzers.Rules.Identity
{
    /// <summary>
    /// LAMI003: the identity type includes UserAssigned but the (completely known) list of user-assigned identities
    /// is empty. Fix: use the system-assigned identity (not when the workflow names a user-assigned identity).
    /// </summary>
    internal sealed class UserAssignedTypeWithoutIdentitiesRule : Rule
    {
        public UserAssignedTypeWithoutIdentitiesRule()
            : base(RuleIds.UserAssignedTypeWithoutIdentities)
        {
        }

        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (var app in context.Model.LogicApps)
            {
                if (app.Identity is not { } identity
                    || identity.Type is not { Kind: IdentityKind kind } type
                    || !type.Includes(IdentityKind.UserAssigned)
                    || !identity.UserAssigned.IsEmpty
                    || !identity.UserAssignedComplete)
                {
                    continue;
                }

                // A workflow that names a user-assigned identity would name one that is not attached (LAMI102): no fix.
                var fixes = IdentityFixes.UsedIdentities(context, app).User
                    ? default
                    : ImmutableArray.Create(IdentityFixes.SetType(
                        FixKeys.UseSystemAssignedIdentity,
                        "Use the system-assigned identity",
                        IdentityKind.SystemAssigned));
                findings.Add(new Finding(
                    RuleIds.UserAssignedTypeWithoutIdentities,
                    type.Source,
                    ImmutableArray.Create(IdentityTypes.CanonicalText(kind)),
                    fixes: fixes).At(identity.UseSite));
            }
        }
    }
}
