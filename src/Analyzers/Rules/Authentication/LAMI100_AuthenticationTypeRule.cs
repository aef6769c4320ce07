using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;

namespace ManagedIdentityAnalyzers.Rules.Authentication
{
    /// <summary>
    /// LAMI100: the authentication <c>type</c> is certainly missing, or a literal that is not one of the five JSON
    /// values. Labels, aliases and casing variants get a fix to the JSON value.
    /// </summary>
    internal sealed class AuthenticationTypeRule : Rule
    {
        private const string Expected = "Basic, ClientCertificate, ActiveDirectoryOAuth, Raw or ManagedServiceIdentity";
        public AuthenticationTypeRule()
            : base(RuleIds.InvalidAuthenticationType)
        {
        }

        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (var view in context.Authentications)
            {
                if (view.TypeMember is null)
                {
                    if (view.LacksMember("type"))
                    {
                        findings.Add(new Finding(
                            RuleIds.InvalidAuthenticationType,
                            view.Block.Member.NameSource,
                            ImmutableArray.Create("is missing", Expected)));
                    }

                    continue;
                }

                if (view.WrittenType is not string written || AuthenticationTypes.IsCanonical(written))
                {
                    continue;
                }

                if (view.Type is string canonical)
                {
                    findings.Add(new Finding(
                        RuleIds.InvalidAuthenticationType,
                        view.TypeMember.Value.Source,
                        ImmutableArray.Create($"'{written}' is not a JSON value", $"'{canonical}'"),
                        fixes: ImmutableArray.Create(new FixPlan(
                            FixKeys.UseCanonicalAuthenticationType,
                            $"Use the authentication type '{canonical}'",
                            ImmutableArray.Create(Edit.Replace(0, ValueKind.String, canonical))))));
                }
                else
                {
                    findings.Add(new Finding(
                        RuleIds.InvalidAuthenticationType,
                        view.TypeMember.Value.Source,
                        ImmutableArray.Create($"'{written}' is not valid", Expected)));
                }
            }
        }
    }
}
