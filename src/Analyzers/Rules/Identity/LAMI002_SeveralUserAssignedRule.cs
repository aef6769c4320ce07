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
    /// reported. An entry counts as another identity only when that is certain: it was added with <c>Add</c> (which
    /// throws on a key already there), or its key and every earlier key are known text and differ. An indexer write
    /// whose key may equal an earlier one may only overwrite it.
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
                var allKnown = true;
                foreach (var entry in identity.UserAssigned)
                {
                    var known = entry.Key.IsKnown;
                    var certainlyNew = distinct.Count == 0
                        || entry.AddsNewKey
                        || (known && allKnown && !distinct.Exists(seen => ResourceIds.SameKnownId(seen.Key, entry.Key)));
                    allKnown &= known;
                    if (!certainlyNew)
                    {
                        continue;
                    }

                    distinct.Add(entry);
                    if (distinct.Count > 1)
                    {
                        findings.Add(new Finding(
                            RuleIds.ConsumptionSeveralUserAssigned,
                            entry.KeySource,
                            ImmutableArray.Create(entry.Key.ToString())).At(identity.UseSite));
                    }
                }
            }
        }
    }
}
