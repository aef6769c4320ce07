using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model.Json;

namespace ManagedIdentityAnalyzers.Rules.Connections
{
    /// <summary>
    /// LAMI203: a connection reference authenticates with ManagedServiceIdentity, but its connector is known not to
    /// support managed identities (<see cref="Connectors.SupportsManagedIdentity"/>; a connector configured as single-
    /// or multi-authentication supports them). The connector is the one the reference's <c>id</c> names, else the one
    /// of the connection resource it names. No fix: the right authentication is the connection's own.
    /// </summary>
    internal sealed class ConnectorWithoutManagedIdentityRule : Rule
    {
        public ConnectorWithoutManagedIdentityRule()
            : base(RuleIds.ConnectorWithoutManagedIdentity)
        {
        }

        public override void Check(RuleContext context, List<Finding> findings)
        {
            var options = context.Options;
            foreach (var view in context.Authentications)
            {
                if (view.Reference is not { } reference || !view.IsManagedIdentity)
                {
                    continue;
                }

                var connector = reference.ApiId is JString { Value: var apiId } ? Connectors.ManagedApiName(apiId) : null;
                var fromReference = connector is not null;
                if (connector is null)
                {
                    foreach (var connection in context.ConnectionsUsedBy(reference))
                    {
                        if (connector is not null && connection.Connector != connector)
                        {
                            connector = null;
                            break;
                        }

                        connector = connection.Connector;
                    }
                }

                if (connector is null
                    || Connectors.SupportsManagedIdentity(connector, options.SingleAuthConnectors, options.MultiAuthConnectors) != false)
                {
                    continue;
                }

                findings.Add(new Finding(
                    RuleIds.ConnectorWithoutManagedIdentity,
                    view.Block.Member.NameSource,
                    ImmutableArray.Create(reference.Member.Name, Connectors.DisplayName(connector), connector))
                    .At(fromReference ? null : view.UseSite));
            }
        }
    }
}
