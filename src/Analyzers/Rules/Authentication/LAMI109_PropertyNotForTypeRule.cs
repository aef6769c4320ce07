using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;

namespace ManagedIdentityAnalyzers.Rules.Authentication
{
    /// <summary>
    /// LAMI109: a property the authentication type does not accept (<c>secret</c> on ManagedServiceIdentity,
    /// <c>identity</c> on Basic, the designer-only <c>credentialType</c>...). Fix: remove it.
    /// </summary>
    internal sealed class PropertyNotForTypeRule : Rule
    {
        public PropertyNotForTypeRule()
            : base(RuleIds.PropertyNotForType)
        {
        }

        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (var view in context.OperationAuthentications)
            {
                if (view.Type is not string type || AuthenticationTypes.ShapeOf(type) is not { } shape)
                {
                    continue;
                }

                foreach (var member in view.Object.Members)
                {
                    if (shape.Allows(member.Name))
                    {
                        continue;
                    }

                    findings.Add(new Finding(
                        RuleIds.PropertyNotForType,
                        member.NameSource,
                        ImmutableArray.Create(member.Name, type),
                        ImmutableArray.Create(member.MemberSource),
                        ImmutableArray.Create(new FixPlan(
                            FixKeys.RemoveProperty,
                            $"Remove '{member.Name}'",
                            ImmutableArray.Create(Edit.Remove(1))))));
                }
            }
        }
    }
}
