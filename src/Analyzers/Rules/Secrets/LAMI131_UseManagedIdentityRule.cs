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
    /// that accepts managed identities (and the token the HTTP action sends for one:
    /// <see cref="RequestTarget.AcceptsManagedIdentityToken"/>). Fix: type ManagedServiceIdentity, the secret-related
    /// properties removed, the service's audience added when there is none. No fix when the block names a
    /// <c>tenant</c> (<see cref="AuthenticationTypes.Tenant"/>): the target may be in another tenant, where the logic
    /// app's managed identity cannot sign in.
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
                    || !target.AcceptsManagedIdentityToken
                    || Audiences.AudienceFor(target) is not string audience
                    || view.TypeMember is not { } typeMember)
                {
                    continue;
                }

                var arguments = ImmutableArray.Create(type, ServiceNames.Of(target.Service), view.Audience ?? audience);

                // A tenant written in the block (or one ActiveDirectoryOAuth, which requires it, may hold unseen) may
                // be another tenant than the logic app's: the advice stands, the mechanical switch does not.
                if (view.Object.Member(AuthenticationTypes.Tenant) is not null
                    || (type == AuthenticationTypes.ActiveDirectoryOAuth && !view.LacksMember(AuthenticationTypes.Tenant)))
                {
                    findings.Add(new Finding(
                        RuleIds.SecretWhereManagedIdentityWorks,
                        view.Block.Member.NameSource,
                        arguments.Add(" if the target is in the logic app's own tenant (a managed identity cannot sign in to another tenant)")));
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
                    arguments.Add(string.Empty),
                    nodes.ToImmutable(),
                    ImmutableArray.Create(new FixPlan(
                        FixKeys.SwitchToManagedIdentity,
                        "Use managed-identity authentication",
                        edits.ToImmutable()))));
            }
        }
    }
}
