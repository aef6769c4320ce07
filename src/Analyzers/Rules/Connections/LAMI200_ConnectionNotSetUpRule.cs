using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;

namespace ManagedIdentityAnalyzers.Rules.Connections
{
    /// <summary>
    /// LAMI200: an API connection meant for managed identity (<see cref="ConnectionView.ManagedIdentityIntent"/>) is
    /// not set up for it: a single-authentication connector without <c>parameterValueType: Alternative</c>, a
    /// multi-authentication connector without a parameter set (an empty set counts as none; a set with another name is
    /// LAMI202's). When the connector's class is not known, neither shape is there, and both fixes are offered. A
    /// connector known not to support managed identities is left to LAMI203: no shape would make it work.
    /// </summary>
    internal sealed class ConnectionNotSetUpRule : Rule
    {
        public ConnectionNotSetUpRule()
            : base(RuleIds.ConnectionNotSetUpForManagedIdentity)
        {
        }

        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (var connection in context.Connections)
            {
                if (connection.Setup is not { } setup
                    || connection.SupportsManagedIdentity == false
                    || connection.IsOtherApi
                    || connection.ManagedIdentityIntent() is not string intent)
                {
                    continue;
                }

                var needsAlternative = !setup.IsAlternative;
                var needsSet = setup.SetMember is null || setup.SetIsEmpty;
                string advice;
                var fixes = ImmutableArray.CreateBuilder<FixPlan>();
                switch (connection.Class)
                {
                    case ConnectorClass.SingleAuthentication when needsAlternative:
                        advice = "a single-authentication connector needs \"parameterValueType\": \"Alternative\"";
                        fixes.Add(UseAlternative(setup));
                        break;
                    case ConnectorClass.MultiAuthentication when needsSet:
                        advice = "a multi-authentication connector needs the parameter set managedIdentityAuth with empty values";
                        fixes.Add(AddParameterSet(setup));
                        break;
                    case ConnectorClass.Unknown when needsAlternative && needsSet:
                        advice = "set \"parameterValueType\": \"Alternative\" if the connector offers only managed identity, "
                            + "or the parameter set managedIdentityAuth if it offers several authentications "
                            + "(logicapps_identity.single_auth_connectors and multi_auth_connectors say which)";
                        fixes.Add(UseAlternative(setup));
                        fixes.Add(AddParameterSet(setup));
                        break;
                    default:
                        continue;
                }

                var node = setup.TypeMember?.Value.Source ?? connection.Resource.PropertiesMember ?? setup.Properties.Source;
                findings.Add(new Finding(
                    RuleIds.ConnectionNotSetUpForManagedIdentity,
                    node,
                    ImmutableArray.Create(connection.ConnectorDescription, intent, advice),
                    ImmutableArray.Create(setup.Properties.Source, setup.TypeMember?.Value.Source ?? setup.Properties.Source, setup.SetMember?.Value.Source ?? setup.Properties.Source),
                    fixes.ToImmutable())
                    .At(connection.IntentOnlyFromUse ? connection.Resource.PropertiesUseSite : null));
            }
        }

        // Nodes: 1 = the properties object, 2 = the parameterValueType value, 3 = the parameterValueSet value.
        private static FixPlan UseAlternative(ConnectionSetup setup) => new FixPlan(
            FixKeys.UseAlternativeParameterValueType,
            "Set parameterValueType to Alternative (single-authentication connector)",
            ImmutableArray.Create(setup.TypeMember is null
                ? Edit.AddMember(1, "parameterValueType", ValueKind.String, Connectors.AlternativeParameterValueType)
                : Edit.Replace(2, ValueKind.String, Connectors.AlternativeParameterValueType)));

        private static FixPlan AddParameterSet(ConnectionSetup setup) => new FixPlan(
            FixKeys.AddManagedIdentityParameterSet,
            "Add the managedIdentityAuth parameter set (multi-authentication connector)",
            ImmutableArray.Create(setup.SetMember is null
                ? Edit.AddMember(1, "parameterValueSet", ValueKind.Json, Connectors.ManagedIdentityParameterSetJson)
                : Edit.Replace(3, ValueKind.Json, Connectors.ManagedIdentityParameterSetJson)));
    }
}
