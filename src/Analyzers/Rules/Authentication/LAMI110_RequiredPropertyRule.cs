using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;

namespace ManagedIdentityAnalyzers.Rules.Authentication
{
    /// <summary>
    /// LAMI110: a property the authentication type requires is certainly missing (the object is completely known),
    /// including ActiveDirectoryOAuth's credential: <c>secret</c>, or <c>pfx</c> with <c>password</c>. No fix: the
    /// values are the user's.
    /// </summary>
    internal sealed class RequiredPropertyRule : Rule
    {
        public RequiredPropertyRule()
            : base(RuleIds.RequiredPropertyMissing)
        {
        }

        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (var view in context.OperationAuthentications)
            {
                if (!view.Object.IsComplete || view.Type is not string type || AuthenticationTypes.ShapeOf(type) is not { } shape)
                {
                    continue;
                }

                var present = new List<string>(view.Object.Members.Length);
                foreach (var member in view.Object.Members)
                {
                    present.Add(member.Name);
                }

                var missing = new List<string>();
                foreach (var name in shape.MissingRequired(present))
                {
                    missing.Add($"'{name}'");
                }

                if (type == AuthenticationTypes.ActiveDirectoryOAuth && AuthenticationTypes.MissingCredential(present, out var credential))
                {
                    missing.Add(credential);
                }

                if (missing.Count > 0)
                {
                    findings.Add(new Finding(
                        RuleIds.RequiredPropertyMissing,
                        view.Block.Member.NameSource,
                        ImmutableArray.Create(type, string.Join(", ", missing))));
                }
            }
        }
    }
}
