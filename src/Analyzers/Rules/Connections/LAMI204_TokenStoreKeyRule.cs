using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Rules.Authentication;

namespace ManagedIdentityAnalyzers.Rules.Connections
{
    /// <summary>
    /// LAMI204: a Standard <c>managedApiConnections</c> entry authenticates to the token store (its outer
    /// <c>authentication</c>) with a raw connection key: type <c>Raw</c>, scheme <c>Key</c>. Such keys are for local
    /// development only and expire after 7 days (domain-rules §2.6.2, §1E LA055; S7). Fix: replace the object with
    /// <c>{ "type": "ManagedServiceIdentity" }</c>, the default in Azure (the app's system-assigned identity).
    /// </summary>
    internal sealed class TokenStoreKeyRule : Rule
    {
        public const string ManagedIdentity = "{ \"type\": \"" + AuthenticationTypes.ManagedServiceIdentity + "\" }";

        public TokenStoreKeyRule()
            : base(RuleIds.TokenStoreRawKey)
        {
        }

        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (var app in context.Model.LogicApps)
            {
                foreach (var block in app.TokenStoreAuthentications)
                {
                    if (block.Object is not { } authentication
                        || AuthenticationView.KnownLiteral(authentication.Get("type")) is not string type
                        || !string.Equals(type, AuthenticationTypes.Raw, StringComparison.OrdinalIgnoreCase)
                        || AuthenticationView.KnownLiteral(authentication.Get("scheme")) is not string scheme
                        || !string.Equals(scheme, "Key", StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    findings.Add(new Finding(
                        RuleIds.TokenStoreRawKey,
                        block.Member.NameSource,
                        ImmutableArray<string>.Empty,
                        ImmutableArray.Create(authentication.Source),
                        ImmutableArray.Create(new FixPlan(
                            FixKeys.UseManagedIdentityForTokenStore,
                            "Authenticate to the token store with the managed identity",
                            ImmutableArray.Create(Edit.Replace(1, ValueKind.Json, ManagedIdentity))))));
                }
            }
        }
    }
}
