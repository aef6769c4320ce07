using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;

namespace ManagedIdentityAnalyzers.Rules.Identity
{
    /// <summary>
    /// LAMI004: user-assigned identities are listed but the known identity type excludes UserAssigned. Fix: UserAssigned
    /// (Consumption, or Standard when the type was None) or SystemAssigned, UserAssigned (Standard, when it was
    /// SystemAssigned: a Standard app keeps its system-assigned identity for its connections).
    /// </summary>
    internal sealed class UserAssignedIdentitiesWithoutTypeRule : Rule
    {
        public UserAssignedIdentitiesWithoutTypeRule()
            : base(RuleIds.UserAssignedIdentitiesWithoutType)
        {
        }

        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (var app in context.Model.LogicApps)
            {
                if (app.Identity is not { } identity
                    || identity.Type is not { Kind: IdentityKind kind } type
                    || type.Includes(IdentityKind.UserAssigned)
                    || identity.UserAssigned.IsEmpty)
                {
                    continue;
                }

                var target = app.Plan == LogicAppPlan.Standard && kind == IdentityKind.SystemAssigned
                    ? IdentityKind.SystemAndUserAssigned
                    : IdentityKind.UserAssigned;
                var targetText = IdentityTypes.CanonicalText(target);
                findings.Add(new Finding(
                    RuleIds.UserAssignedIdentitiesWithoutType,
                    type.Source,
                    ImmutableArray.Create(IdentityTypes.CanonicalText(kind), targetText),
                    fixes: ImmutableArray.Create(IdentityFixes.SetType(
                        FixKeys.IncludeUserAssignedInType,
                        $"Set the identity type to '{targetText}'",
                        target))).At(identity.UseSite));
            }
        }
    }
}
