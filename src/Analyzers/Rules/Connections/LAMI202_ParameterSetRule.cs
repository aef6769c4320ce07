using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;

namespace ManagedIdentityAnalyzers.Rules.Connections
{
    /// <summary>
    /// LAMI202: the <c>parameterValueSet</c> of a connection meant for managed identity is not the managed-identity
    /// set: its <c>name</c> is another, or its <c>values</c> hold something. An empty set is the single-authentication
    /// shape and is correct; a set that names another authentication, on a connection that nothing else says is meant
    /// for managed identity, is an ordinary connection. Fix: the managed-identity set (its name, empty values).
    /// </summary>
    internal sealed class ParameterSetRule : Rule
    {
        public ParameterSetRule()
            : base(RuleIds.ParameterSetNotManagedIdentity)
        {
        }

        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (var connection in context.Connections)
            {
                if (connection.Setup is not { SetMember: { } setMember } setup
                    || connection.SupportsManagedIdentity == false
                    || connection.IsOtherApi
                    || connection.ManagedIdentityIntent() is not string intent)
                {
                    continue;
                }

                var problem = (setup.NamesAnotherSet, setup.SetHasValues) switch
                {
                    (true, true) => $"is named '{setup.SetName}' and has values",
                    (true, false) => $"is named '{setup.SetName}'",
                    (false, true) => setup.SetName is null ? "has values but no name" : "has values",
                    _ => null,
                };
                if (problem is null)
                {
                    continue;
                }

                findings.Add(new Finding(
                    RuleIds.ParameterSetNotManagedIdentity,
                    setMember.NameSource,
                    ImmutableArray.Create(intent, problem),
                    ImmutableArray.Create(setMember.Value.Source),
                    ImmutableArray.Create(new FixPlan(
                        FixKeys.UseManagedIdentityParameterSet,
                        "Use the managedIdentityAuth parameter set",
                        ImmutableArray.Create(Edit.Replace(1, ValueKind.Json, Connectors.ManagedIdentityParameterSetJson)))))
                    .At(connection.IntentOnlyFromUse ? connection.Resource.PropertiesUseSite : null));
            }
        }
    }
}
