using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Rules.Authentication;

namespace ManagedIdentityAnalyzers.Rules.Secrets
{
    /// <summary>
    /// LAMI131: secret-based authentication (Basic, ActiveDirectoryOAuth, Raw, ClientCertificate) to an Azure service
    /// that accepts managed identities. Fix: type ManagedServiceIdentity, the secret-related properties removed, the
    /// service's audience added when there is none.
    /// </summary>
    internal sealed class UseManagedIdentityRule : Rule
    {
        public UseManagedIdentityRule()
            : base(RuleIds.SecretWhereManagedIdentityWorks)
        {
        }

        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (var view in context.OperationAuthentications)
            {
                if (view.Type is not string type
                    || !AuthenticationTypes.IsSecretBased(type)
                    || view.Target is not { } target
                    || Audiences.AudienceFor(target) is not string audience
                    || view.TypeMember is not { } typeMember)
                {
                    continue;
                }

                var nodes = ImmutableArray.CreateBuilder<SourceRef>();
                var edits = ImmutableArray.CreateBuilder<Edit>();
                nodes.Add(typeMember.Value.Source);
                edits.Add(Edit.Replace(nodes.Count, ValueKind.String, AuthenticationTypes.ManagedServiceIdentity));
                var removed = AuthenticationTypes.RemovedWhenSwitchingToManagedIdentity(type);
                foreach (var member in view.Object.Members)
                {
                    if (removed.Contains(member.Name, StringComparer.OrdinalIgnoreCase))
                    {
                        nodes.Add(member.MemberSource);
                        edits.Add(Edit.Remove(nodes.Count));
                    }
                }

                if (view.AudienceMember is null)
                {
                    nodes.Add(view.Object.Source);
                    edits.Add(Edit.AddMember(nodes.Count, "audience", ValueKind.String, audience));
                }

                findings.Add(new Finding(
                    RuleIds.SecretWhereManagedIdentityWorks,
                    view.Block.Member.NameSource,
                    ImmutableArray.Create(type, ServiceNames.Of(target.Service), view.Audience ?? audience),
                    nodes.ToImmutable(),
                    ImmutableArray.Create(new FixPlan(
                        FixKeys.SwitchToManagedIdentity,
                        "Use managed-identity authentication",
                        edits.ToImmutable()))));
            }
        }
    }
}
