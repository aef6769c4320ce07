using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Rules.Authentication;

namespace ManagedIdentityAnalyzers.Rules.Connections
{
    /// <summary>
    /// LAMI204: a Standard <c>managedApiConnections</c> entry authenticates to the token store (its outer
    /// <c>authentication</c>) with a raw connection key: type <c>Raw</c>, scheme <c>Key</c>. Such keys are for local
    /// development only and expire after 7 days (domain-rules §2.6.2, §1E LA055; S7). Fix: replace the object with
    /// <c>{ "type": "ManagedServiceIdentity" }</c>, the default in Azure (the app's system-assigned identity). When the
    /// app's identity is known and has no system-assigned identity, that would trade this finding for LAMI300 or
    /// LAMI101: the fix names the app's one user-assigned identity instead, and is not offered when there is none or
    /// more than one.
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

                    var replacement = Replacement(app);
                    findings.Add(new Finding(
                        RuleIds.TokenStoreRawKey,
                        block.Member.NameSource,
                        ImmutableArray<string>.Empty,
                        ImmutableArray.Create(authentication.Source),
                        replacement is null
                            ? ImmutableArray<FixPlan>.Empty
                            : ImmutableArray.Create(new FixPlan(
                                FixKeys.UseManagedIdentityForTokenStore,
                                "Authenticate to the token store with the managed identity",
                                ImmutableArray.Create(Edit.Replace(1, ValueKind.Json, replacement))))));
                }
            }
        }

        /// <summary>
        /// The token-store authentication the fix writes: the system-assigned identity unless the app certainly has
        /// none; then its one user-assigned identity when its ID is known; else null (no mechanical fix).
        /// </summary>
        private static string? Replacement(LogicAppResource app)
        {
            if (AppIdentity.CertainlyHasNone(app))
            {
                return null;
            }

            if (AppIdentity.Kind(app) != IdentityKind.UserAssigned)
            {
                return ManagedIdentity;
            }

            return AppIdentity.KnownUserAssignedIds(app) is { Count: 1 } ids
                ? "{ \"type\": \"" + AuthenticationTypes.ManagedServiceIdentity + "\", \"identity\": " + JsonText.String(ids[0]) + " }"
                : null;
        }
    }
}
