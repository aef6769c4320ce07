using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;

namespace ManagedIdentityAnalyzers.Rules.Identity
{
    /// <summary>
    /// LAMI005: a user-assigned identity key that is certainly not a <c>Microsoft.ManagedIdentity/userAssignedIdentities</c>
    /// resource ID (a bare name, a client ID, another resource type). Keys with unknown parts that decide it are skipped.
    /// </summary>
    internal sealed class UserAssignedKeyRule : Rule
    {
        public UserAssignedKeyRule()
            : base(RuleIds.UserAssignedKeyNotResourceId)
        {
        }

        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (var app in context.Model.LogicApps)
            {
                if (app.Identity is not { } identity)
                {
                    continue;
                }

                foreach (var entry in identity.UserAssigned)
                {
                    if (ResourceIds.IsUserAssignedIdentityId(entry.Key) == false)
                    {
                        findings.Add(new Finding(
                            RuleIds.UserAssignedKeyNotResourceId,
                            entry.KeySource,
                            ImmutableArray.Create(entry.Key.ToString())));
                    }
                }
            }
        }
    }
}
