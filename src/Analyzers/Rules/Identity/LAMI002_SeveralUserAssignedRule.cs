using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;

namespace ManagedIdentityAnalyzers.Rules.Identity
{
    /// <summary>
    /// LAMI002: a Consumption workflow lists more than one user-assigned identity; each key after the first is
    /// reported. Keys that are certainly the same identity count once.
    /// </summary>
    internal sealed class SeveralUserAssignedRule : Rule
    {
        public SeveralUserAssignedRule()
            : base(RuleIds.ConsumptionSeveralUserAssigned)
        {
        }

        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (var app in context.Model.LogicApps)
            {
                if (app.Plan != LogicAppPlan.Consumption || app.Identity is not { } identity)
                {
                    continue;
                }

                var distinct = new List<UserAssignedEntry>();
                foreach (var entry in identity.UserAssigned)
                {
                    if (distinct.Exists(seen => ResourceIds.SameKnownId(seen.Key, entry.Key)))
                    {
                        continue;
                    }

                    distinct.Add(entry);
                    if (distinct.Count > 1)
                    {
                        findings.Add(new Finding(
                            RuleIds.ConsumptionSeveralUserAssigned,
                            entry.KeySource,
                            ImmutableArray.Create(entry.Key.ToString())));
                    }
                }
            }
        }
    }
}
