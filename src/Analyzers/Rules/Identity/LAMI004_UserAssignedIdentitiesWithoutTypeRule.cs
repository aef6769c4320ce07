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
    /// SystemAssigned: a Standard app keeps its system-assigned identity for its connections). No fix that turns off the
    /// system-assigned identity of an existing app or of a workflow that uses it.
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

                // UserAssigned in place of SystemAssigned turns the system-assigned identity off: not for an existing app
                // (LAMI007) nor for a workflow that uses it (LAMI103).
                var dropsSystem = target == IdentityKind.UserAssigned && kind == IdentityKind.SystemAssigned
                    && (app.UpdatesExisting || IdentityFixes.UsedIdentities(context, app).System);
                findings.Add(new Finding(
                    RuleIds.UserAssignedIdentitiesWithoutType,
                    type.Source,
                    ImmutableArray.Create(IdentityTypes.CanonicalText(kind), targetText),
                    fixes: dropsSystem
                        ? default
                        : ImmutableArray.Create(IdentityFixes.SetType(
                            FixKeys.IncludeUserAssignedInType,
                            $"Set the identity type to '{targetText}'",
                            target))).At(identity.UseSite));
            }
        }
    }
}
