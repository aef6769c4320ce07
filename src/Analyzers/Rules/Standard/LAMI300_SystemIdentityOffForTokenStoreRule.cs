using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Rules.Authentication;
using ManagedIdentityAnalyzers.Rules.Identity;

namespace ManagedIdentityAnalyzers.Rules.Standard
{
    /// <summary>
    /// LAMI300: a Standard logic app whose identity type is exactly <c>UserAssigned</c> (its system-assigned identity
    /// off) while a <c>managedApiConnections</c> entry of its connections.json authenticates to the token store with
    /// <c>ManagedServiceIdentity</c> and no <c>identity</c>, which means the system-assigned identity
    /// (domain-rules §2.6.2; S2, S7). Only an app that knows both its identity and its connections.json is judged: a
    /// Standard project folder whose identity comes from the one Standard site of the templates in its folder tree
    /// (<see cref="Readers.Files.JsonFileReader"/>). Reported on the identity type value; fix: keep the
    /// system-assigned identity beside the user-assigned ones.
    /// </summary>
    internal sealed class SystemIdentityOffForTokenStoreRule : Rule
    {
        public SystemIdentityOffForTokenStoreRule()
            : base(RuleIds.SystemIdentityOffForTokenStore)
        {
        }

        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (var app in context.Model.LogicApps)
            {
                if (app.Plan != LogicAppPlan.Standard
                    || AppIdentity.Kind(app) != IdentityKind.UserAssigned
                    || app.Identity?.Type is not { } type)
                {
                    continue;
                }

                var apis = new List<string>();
                foreach (var block in app.TokenStoreAuthentications)
                {
                    if (UsesSystemIdentity(block.Object))
                    {
                        apis.Add(block.ManagedApi is { } api ? $"'{api}'" : "an entry");
                    }
                }

                if (apis.Count == 0)
                {
                    continue;
                }

                findings.Add(new Finding(
                    RuleIds.SystemIdentityOffForTokenStore,
                    type.Source,
                    ImmutableArray.Create(string.Join(", ", apis)),
                    fixes: ImmutableArray.Create(IdentityFixes.SetType(
                        FixKeys.KeepSystemAssignedForTokenStore,
                        "Keep the system-assigned identity (SystemAssigned, UserAssigned)",
                        IdentityKind.SystemAndUserAssigned))));
            }
        }

        /// <summary>Managed-identity authentication that certainly names no identity: the system-assigned one is meant.</summary>
        private static bool UsesSystemIdentity(Model.Json.JObject? authentication) =>
            authentication is { IsComplete: true }
            && AuthenticationView.KnownLiteral(authentication.Get("type")) is string type
            && string.Equals(type, AuthenticationTypes.ManagedServiceIdentity, StringComparison.OrdinalIgnoreCase)
            && authentication.Member("identity") is null;
    }
}
