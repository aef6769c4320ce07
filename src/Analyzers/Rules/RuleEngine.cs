using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Rules.Identity;

namespace ManagedIdentityAnalyzers.Rules
{
    /// <summary>The one set of rules every reader's model goes through.</summary>
    internal static class RuleEngine
    {
        public static readonly ImmutableArray<Rule> All = ImmutableArray.Create<Rule>(
            new BothIdentitiesRule(),
            new SeveralUserAssignedRule(),
            new UserAssignedTypeWithoutIdentitiesRule(),
            new UserAssignedIdentitiesWithoutTypeRule(),
            new UserAssignedKeyRule(),
            new IdentityTypeRule());

        public static List<Finding> Check(LogicAppModel model)
        {
            var findings = new List<Finding>();
            foreach (var rule in All)
            {
                rule.Check(model, findings);
            }

            return findings;
        }
    }
}
