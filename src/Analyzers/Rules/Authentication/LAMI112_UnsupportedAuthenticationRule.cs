using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Model.Workflows;

namespace ManagedIdentityAnalyzers.Rules.Authentication
{
    /// <summary>
    /// LAMI112: an authentication the operation does not support: any inline authentication on <c>ApiConnection</c>
    /// (it comes from the connection), ManagedServiceIdentity on a <c>Function</c> action of a Standard workflow.
    /// HTTP + Swagger is not identified: its JSON shape is not documented in our sources.
    /// </summary>
    internal sealed class UnsupportedAuthenticationRule : Rule
    {
        public UnsupportedAuthenticationRule()
            : base(RuleIds.AuthenticationNotSupportedByOperation)
        {
        }

        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (var view in context.OperationAuthentications)
            {
                var operationType = view.Operation?.Type;
                if (operationType is null)
                {
                    continue;
                }

                string? message = null;
                if (view.Block.Place == AuthenticationPlace.Inputs && Operations.RejectsInlineAuthentication(operationType))
                {
                    message = $"A '{operationType}' action takes its authentication from its API connection: remove the inline authentication and configure the connection";
                }
                else if (view.IsManagedIdentity && view.App is { } app && Operations.ManagedIdentityUnsupported(operationType, app.Plan))
                {
                    message = $"ManagedServiceIdentity authentication is not supported by a '{operationType}' action in a Standard workflow";
                }

                if (message is not null)
                {
                    findings.Add(new Finding(
                        RuleIds.AuthenticationNotSupportedByOperation,
                        view.Block.Member.NameSource,
                        ImmutableArray.Create(message)));
                }
            }
        }
    }
}
