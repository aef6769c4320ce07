using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;

namespace ManagedIdentityAnalyzers.Rules.Identity
{
    /// <summary>
    /// LAMI006: an identity type written as a string that is not exactly a canonical value. A variant the knowledge
    /// table can normalise gets a fix to the canonical value; any other string is reported without one.
    /// </summary>
    internal sealed class IdentityTypeRule : Rule
    {
        public IdentityTypeRule()
            : base(RuleIds.NonCanonicalIdentityType)
        {
        }

        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (var value in context.Model.IdentityTypes)
            {
                if (value.WrittenText is not string text || IdentityTypes.IsCanonical(text))
                {
                    continue;
                }

                if (value.Kind is IdentityKind kind)
                {
                    var canonical = IdentityTypes.CanonicalText(kind);
                    var fix = new FixPlan(
                        FixKeys.UseCanonicalIdentityType,
                        $"Use the identity type '{canonical}'",
                        ImmutableArray.Create(new Edit(EditKind.ReplaceValue, 0, ValueKind.IdentityType, canonical)));
                    findings.Add(new Finding(
                        RuleIds.NonCanonicalIdentityType,
                        value.Source,
                        ImmutableArray.Create(text, $"use '{canonical}'"),
                        fixes: ImmutableArray.Create(fix)));
                }
                else
                {
                    findings.Add(new Finding(
                        RuleIds.NonCanonicalIdentityType,
                        value.Source,
                        ImmutableArray.Create(text, "use None, SystemAssigned, UserAssigned or 'SystemAssigned, UserAssigned'")));
                }
            }
        }
    }
}
