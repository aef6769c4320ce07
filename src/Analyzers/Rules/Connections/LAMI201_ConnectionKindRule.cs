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
    /// LAMI201: the connection's <c>kind</c> is not the one its logic apps' plan needs (<c>V1</c> Consumption,
    /// <c>V2</c> Standard). The plan is the one <see cref="ConnectionView.Plan"/> finds; a connection whose plan is not
    /// known, or whose kind is not set or not literal, is not judged. Fix: set the kind.
    /// </summary>
    internal sealed class ConnectionKindRule : Rule
    {
        public ConnectionKindRule()
            : base(RuleIds.ConnectionKindNotForPlan)
        {
        }

        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (var connection in context.Connections)
            {
                if (connection.Resource.Kind is not JString { KnownText: string kind } value
                    || Connectors.KindFor(connection.Plan) is not string expected
                    || string.Equals(kind, expected, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                findings.Add(new Finding(
                    RuleIds.ConnectionKindNotForPlan,
                    value.Source,
                    ImmutableArray.Create(kind, ConnectionView.PlanName(connection.Plan), connection.PlanReason, expected),
                    fixes: ImmutableArray.Create(new FixPlan(
                        FixKeys.SetConnectionKind,
                        $"Set the kind to '{expected}'",
                        ImmutableArray.Create(Edit.Replace(0, ValueKind.String, expected))))));
            }
        }
    }
}
