using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Model.Json;

namespace ManagedIdentityAnalyzers.Rules.Connections
{
    /// <summary>
    /// LAMI205: a Standard API connection (<c>kind: V2</c>) in an ARM template has no
    /// <c>Microsoft.Web/connections/accessPolicies</c> child, nested, declared beside it or in another template: the Standard app's identity
    /// may not use it (domain-rules §2.6.3, LA057; S2). Judged only where the source shows every access policy and its
    /// connection (<see cref="Model.Connections.ApiConnectionResource.AccessPolicies"/>: ARM templates, read with the
    /// policies of the project's other templates, <c>JsonFileReader.OtherTemplates</c>); the policy's
    /// object ID is not compared with the app's identity, which is known only at deployment. A connection whose plan is
    /// known to be Consumption is LAMI201's. No fix: the object ID and tenant ID are the deployment's.
    /// </summary>
    internal sealed class ConnectionWithoutAccessPolicyRule : Rule
    {
        public ConnectionWithoutAccessPolicyRule()
            : base(RuleIds.ConnectionWithoutAccessPolicy)
        {
        }

        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (var connection in context.Connections)
            {
                var resource = connection.Resource;
                if (resource.AccessPolicies != Presence.Absent
                    || resource.NameValue is not { } name
                    || resource.Kind is not JString { KnownText: string kind }
                    || !string.Equals(kind, Connectors.StandardKind, StringComparison.OrdinalIgnoreCase)
                    || connection.Plan == LogicAppPlan.Consumption)
                {
                    continue;
                }

                findings.Add(new Finding(RuleIds.ConnectionWithoutAccessPolicy, name, ImmutableArray<string>.Empty));
            }
        }
    }
}
