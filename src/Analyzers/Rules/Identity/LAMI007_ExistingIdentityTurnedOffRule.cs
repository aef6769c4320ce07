using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Rules.Authentication;

namespace ManagedIdentityAnalyzers.Rules.Identity
{
    /// <summary>
    /// LAMI007: code that reads back an existing logic app, changes it and sends it again removes the identity or
    /// sets a type without SystemAssigned. Not reported where LAMI101 is (the workflow uses managed identity while the
    /// app has none: that is the error to fix first).
    /// </summary>
    internal sealed class ExistingIdentityTurnedOffRule : Rule
    {
        public ExistingIdentityTurnedOffRule()
            : base(RuleIds.ExistingIdentityTurnedOff)
        {
        }

        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (var app in context.Model.LogicApps)
            {
                if (!app.UpdatesExisting || ManagedIdentityWithoutIdentityRule.Applies(context, app))
                {
                    continue;
                }

                if (app.IdentityPresence == Presence.Absent && app.IdentityAbsenceValue is { } removal)
                {
                    findings.Add(new Finding(RuleIds.ExistingIdentityTurnedOff, removal, ImmutableArray.Create("removes its managed identity")));
                }
                else if (app.IdentityPresence == Presence.Present
                    && app.Identity?.Type is { Kind: IdentityKind kind } type
                    && !type.Includes(IdentityKind.SystemAssigned))
                {
                    findings.Add(new Finding(
                        RuleIds.ExistingIdentityTurnedOff,
                        type.Source,
                        ImmutableArray.Create($"sets its identity type to '{IdentityTypes.CanonicalText(kind)}'")).At(app.Identity.UseSite));
                }
            }
        }
    }
}
