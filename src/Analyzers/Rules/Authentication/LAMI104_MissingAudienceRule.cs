using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;

namespace ManagedIdentityAnalyzers.Rules.Authentication
{
    /// <summary>
    /// LAMI104: managed-identity authentication without <c>audience</c> to a known service other than Azure Resource
    /// Manager: the token is issued for <c>https://management.azure.com/</c>. Fix: add the target's audience, in the
    /// target's cloud. Not for a target that refuses the HTTP action's managed-identity token (Cosmos DB), where no
    /// audience would make the call work. A Standard connection entry whose connector's service has the same audience in
    /// every cloud (Storage) is judged too; its cloud is not known, so Key Vault's is not.
    /// </summary>
    internal sealed class MissingAudienceRule : Rule
    {
        public MissingAudienceRule()
            : base(RuleIds.MissingAudience)
        {
        }

        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (var view in context.OperationAuthentications)
            {
                if (!view.IsManagedIdentity
                    || !view.LacksMember("audience")
                    || view.Target is not { } target
                    || target.Service == AzureService.ResourceManager
                    || !target.AcceptsManagedIdentityToken
                    || Audiences.AudienceFor(target) is not string audience)
                {
                    continue;
                }

                findings.Add(Missing(view, target.Service, audience));
            }

            foreach (var view in context.ConnectorAuthentications)
            {
                if (view.IsManagedIdentity
                    && view.LacksMember("audience")
                    && view.ConnectorService is AzureService service
                    && Audiences.AudienceInEveryCloud(service) is string audience)
                {
                    findings.Add(Missing(view, service, audience));
                }
            }
        }

        private static Finding Missing(AuthenticationView view, AzureService service, string audience) => new Finding(
            RuleIds.MissingAudience,
            view.Block.Member.NameSource,
            ImmutableArray.Create(ServiceNames.Of(service), audience),
            ImmutableArray.Create(view.Object.Source),
            ImmutableArray.Create(new FixPlan(
                FixKeys.AddAudience,
                $"Add the audience '{audience}'",
                ImmutableArray.Create(Edit.AddMember(1, "audience", ValueKind.String, audience)))));
    }
}
