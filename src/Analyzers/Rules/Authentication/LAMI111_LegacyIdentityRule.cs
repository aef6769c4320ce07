using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;

namespace ManagedIdentityAnalyzers.Rules.Authentication
{
    /// <summary>LAMI111: <c>identity</c> is the legacy literal <c>SystemAssigned</c>. Fix: remove it.</summary>
    internal sealed class LegacyIdentityRule : Rule
    {
        public LegacyIdentityRule()
            : base(RuleIds.LegacySystemAssignedIdentity)
        {
        }

        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (var view in context.Authentications)
            {
                if (view.IsManagedIdentity
                    && view.IdentityMember is { } member
                    && string.Equals(view.Identity, IdentityTypes.SystemAssigned, StringComparison.OrdinalIgnoreCase))
                {
                    findings.Add(new Finding(
                        RuleIds.LegacySystemAssignedIdentity,
                        member.Value.Source,
                        ImmutableArray<string>.Empty,
                        ImmutableArray.Create(member.MemberSource),
                        ImmutableArray.Create(new FixPlan(
                            FixKeys.RemoveLegacyIdentity,
                            "Remove 'identity'",
                            ImmutableArray.Create(Edit.Remove(1))))));
                }
            }
        }
    }
}
