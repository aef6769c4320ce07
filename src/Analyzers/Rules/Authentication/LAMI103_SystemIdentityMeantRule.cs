using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;

namespace ManagedIdentityAnalyzers.Rules.Authentication
{
    /// <summary>
    /// LAMI103: managed-identity authentication without <c>identity</c> (the system-assigned identity is meant) in a
    /// logic app that has only user-assigned identities. Fix, when exactly one is attached: add it.
    /// </summary>
    internal sealed class SystemIdentityMeantRule : Rule
    {
        public SystemIdentityMeantRule()
            : base(RuleIds.SystemIdentityMeantButAbsent)
        {
        }

        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (var view in context.Authentications)
            {
                if (view.App is not { } app
                    || !view.IsManagedIdentity
                    || !view.LacksMember("identity")
                    || AppIdentity.Kind(app) != IdentityKind.UserAssigned)
                {
                    continue;
                }

                var single = AppIdentity.SingleUserAssignedText(app);
                findings.Add(new Finding(
                    RuleIds.SystemIdentityMeantButAbsent,
                    view.Block.Member.NameSource,
                    ImmutableArray.Create(single is null ? "one of its user-assigned identity resource IDs" : $"'{single}'"),
                    ImmutableArray.Create(view.Object.Source),
                    single is null
                        ? default
                        : ImmutableArray.Create(new FixPlan(
                            FixKeys.AddAttachedIdentity,
                            "Add the attached user-assigned identity",
                            ImmutableArray.Create(Edit.AddMember(1, "identity", ValueKind.String, single)))))
                    .At(view.UseSite));
            }
        }
    }
}
