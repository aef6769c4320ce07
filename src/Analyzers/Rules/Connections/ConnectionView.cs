using System;
using System.Collections.Generic;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Model.Connections;
using ManagedIdentityAnalyzers.Model.Json;
using ManagedIdentityAnalyzers.Rules.Authentication;

namespace ManagedIdentityAnalyzers.Rules.Connections
{
    /// <summary>A connection reference of a logic app that names a connection resource (by <c>connectionId</c>).</summary>
    internal sealed class ConnectionUse
    {
        public ConnectionUse(LogicAppResource app, ConnectionReference reference, AuthenticationView? authentication)
        {
            App = app;
            Reference = reference;
            Authentication = authentication;
        }

        public LogicAppResource App { get; }

        public ConnectionReference Reference { get; }

        /// <summary>The reference's <c>connectionProperties.authentication</c>, when it has one.</summary>
        public AuthenticationView? Authentication { get; }

        public bool IsManagedIdentity => Authentication is { IsManagedIdentity: true };
    }

    /// <summary>
    /// One API connection resource as the connection rules read it: its connector (<c>properties.api.id</c>) and the
    /// connector's class, how its properties set it up (<see cref="ConnectionSetup"/>), the connection references of
    /// the same scope that name it, and the plan of the logic apps it serves, with the reason the plan is known.
    /// </summary>
    internal sealed class ConnectionView
    {
        private ConnectionView(ApiConnectionResource resource, RuleOptions options)
        {
            Resource = resource;
            Path = resource.ResourceId is { } id ? ResourceIdPath.Parse(id) : null;
            Properties = resource.Properties as JObject;
            if (Properties?.Get("api") is JObject api && api.Get("id") is JString { Value: var apiId })
            {
                Connector = Connectors.ManagedApiName(apiId);
                IsOtherApi = ResourceIdPath.Parse(apiId) is { } apiPath && !apiPath.IsType(Connectors.ManagedApisType);
            }

            Class = Connectors.ClassOf(Connector, options.SingleAuthConnectors, options.MultiAuthConnectors);
            SupportsManagedIdentity = Connector is null
                ? null
                : Connectors.SupportsManagedIdentity(Connector, options.SingleAuthConnectors, options.MultiAuthConnectors);
            Setup = Properties is null ? null : ConnectionSetup.Read(Properties);
        }

        public ApiConnectionResource Resource { get; }

        /// <summary>The connection's resource ID, when the source gives one the reader can read.</summary>
        public ResourceIdPath? Path { get; }

        /// <summary>The properties object; null when it is not known.</summary>
        public JObject? Properties { get; }

        /// <summary>The managed API's name (<c>keyvault</c>, <c>azureblob</c>), when its ID is literal.</summary>
        public string? Connector { get; }

        public ConnectorClass Class { get; }

        /// <summary>
        /// True when <c>api.id</c> names an API that is not a managed connector (a custom API): the documents' shapes
        /// for managed identity are those of managed connectors, so such a connection is not judged.
        /// </summary>
        public bool IsOtherApi { get; }

        /// <summary>Whether the connector supports managed identities; null when that is not known.</summary>
        public bool? SupportsManagedIdentity { get; }

        /// <summary>How the properties set the connection up; null when a part that decides it is not known.</summary>
        public ConnectionSetup? Setup { get; }

        /// <summary>The connection references that name this connection.</summary>
        public List<ConnectionUse> Uses { get; } = new List<ConnectionUse>();

        /// <summary>The plan of the logic apps the connection serves; Unknown when the code does not tell it.</summary>
        public LogicAppPlan Plan { get; private set; }

        /// <summary>Why <see cref="Plan"/> is known, for messages.</summary>
        public string PlanReason { get; private set; } = string.Empty;

        /// <summary>A reference that uses the connection with managed-identity authentication, if any.</summary>
        public ConnectionUse? ManagedIdentityUse => Uses.Find(use => use.IsManagedIdentity);

        /// <summary>How the connector is named in messages.</summary>
        public string ConnectorDescription => Connector is null
            ? "of an unknown connector"
            : $"for {Connectors.DisplayName(Connector)} ('{Connector}')";

        /// <summary>
        /// Why the connection is meant for managed identity: its properties choose the managed-identity shape, or a
        /// workflow of its scope uses it with ManagedServiceIdentity. Null when its purpose cannot be told (keys,
        /// OAuth and gateways are ordinary connections).
        /// </summary>
        public string? ManagedIdentityIntent()
        {
            if (Setup is { } setup)
            {
                if (setup.IsAlternative)
                {
                    return "its parameterValueType is Alternative";
                }

                if (setup.SetMember is not null && !setup.NamesAnotherSet)
                {
                    return setup.NamesManagedIdentitySet ? "its parameterValueSet is managedIdentityAuth" : "it has a parameterValueSet";
                }
            }

            return ManagedIdentityUse is { } use ? $"the connection reference '{use.Reference.Member.Name}' uses it with ManagedServiceIdentity" : null;
        }

        /// <summary>Whether the intent comes only from a workflow that uses the connection (not from its own text).</summary>
        public bool IntentOnlyFromUse =>
            Setup is not { IsAlternative: true } && (Setup?.SetMember is null || Setup.NamesAnotherSet) && ManagedIdentityUse is not null;

        /// <summary>
        /// Every API connection of the model, linked to the connection references of its scope whose
        /// <c>connectionId</c> certainly names it, with its plan: the plan of the logic apps that reference it; else
        /// Standard when it has an access policy (only Standard logic apps use connections through access policies)
        /// or when the logic apps of its scope are all Standard (they name their connections in connections.json, not
        /// in C#); else the configured <c>logicapps_identity.plan</c>.
        /// </summary>
        public static List<ConnectionView> Read(RuleContext context)
        {
            var model = context.Model;
            var authentications = new Dictionary<JMember, AuthenticationView>();
            foreach (var view in context.Authentications)
            {
                if (view.Reference is not null)
                {
                    authentications[view.Block.Member] = view;
                }
            }

            var views = new List<ConnectionView>(model.Connections.Length);
            foreach (var connection in model.Connections)
            {
                var view = new ConnectionView(connection, context.Options);
                view.LinkUses(model, authentications);
                view.FindPlan(model, context.Options);
                views.Add(view);
            }

            return views;
        }

        private void LinkUses(LogicAppModel model, Dictionary<JMember, AuthenticationView> authentications)
        {
            if (Path is null)
            {
                return;
            }

            var seen = new HashSet<JObject>();
            foreach (var app in model.LogicApps)
            {
                if (app.Scope != Resource.Scope)
                {
                    continue;
                }

                foreach (var reference in app.ConnectionReferences)
                {
                    if (reference.ConnectionId is JString { Value: var id }
                        && ResourceIdPath.Parse(id) is { } path
                        && path.SameResourceAs(Path)
                        && seen.Add(reference.Entry))
                    {
                        var authentication = reference.Authentication is { } block && authentications.TryGetValue(block.Member, out var found) ? found : null;
                        Uses.Add(new ConnectionUse(app, reference, authentication));
                    }
                }
            }
        }

        private void FindPlan(LogicAppModel model, RuleOptions options)
        {
            var used = LogicAppPlan.Unknown;
            foreach (var use in Uses)
            {
                if (use.App.Plan == LogicAppPlan.Unknown || (used != LogicAppPlan.Unknown && used != use.App.Plan))
                {
                    // Apps of different plans: no plan is certain.
                    return;
                }

                used = use.App.Plan;
            }

            if (used != LogicAppPlan.Unknown)
            {
                Set(used, $"the {PlanName(used)} logic app that references it");
                return;
            }

            if (HasAccessPolicy(model))
            {
                Set(LogicAppPlan.Standard, "it has an access policy, which only Standard logic apps use");
                return;
            }

            var standard = false;
            foreach (var app in model.LogicApps)
            {
                if (app.Scope == Resource.Scope)
                {
                    if (app.Plan != LogicAppPlan.Standard)
                    {
                        standard = false;
                        break;
                    }

                    standard = true;
                }
            }

            if (standard)
            {
                Set(LogicAppPlan.Standard, "the logic apps built with it are Standard");
            }
            else if (options.Plan != LogicAppPlan.Unknown)
            {
                Set(options.Plan, "logicapps_identity.plan");
            }
        }

        private bool HasAccessPolicy(LogicAppModel model)
        {
            if (Path is null)
            {
                return false;
            }

            foreach (var policy in model.AccessPolicies)
            {
                if (policy.Scope == Resource.Scope
                    && ResourceIdPath.Parse(policy.ResourceId)?.Parent is { } parent
                    && parent.SameResourceAs(Path))
                {
                    return true;
                }
            }

            return false;
        }

        private void Set(LogicAppPlan plan, string reason)
        {
            Plan = plan;
            PlanReason = reason;
        }

        public static string PlanName(LogicAppPlan plan) => plan == LogicAppPlan.Standard ? "Standard" : "Consumption";
    }

    /// <summary>
    /// How an API connection's properties set it up for an authentication: <c>parameterValueType</c> and
    /// <c>parameterValueSet</c> (<c>name</c>, <c>values</c>). Read only when every part that decides it is known.
    /// </summary>
    internal sealed class ConnectionSetup
    {
        private ConnectionSetup(JObject properties, JMember? typeMember, string? type, JMember? setMember, JObject? set, string? setName, bool setHasValues)
        {
            Properties = properties;
            TypeMember = typeMember;
            Type = type;
            SetMember = setMember;
            Set = set;
            SetName = setName;
            SetHasValues = setHasValues;
        }

        public JObject Properties { get; }

        public JMember? TypeMember { get; }

        /// <summary>The literal <c>parameterValueType</c>; null when absent.</summary>
        public string? Type { get; }

        public bool IsAlternative => string.Equals(Type, Connectors.AlternativeParameterValueType, StringComparison.OrdinalIgnoreCase);

        public JMember? SetMember { get; }

        public JObject? Set { get; }

        /// <summary>The literal name of the parameter set; null when there is no set or it has no name.</summary>
        public string? SetName { get; }

        /// <summary>Whether the set's <c>values</c> hold anything.</summary>
        public bool SetHasValues { get; }

        /// <summary>The set is <c>{}</c> (or <c>{ "values": {} }</c>): the documented single-authentication shape.</summary>
        public bool SetIsEmpty => Set is not null && SetName is null && !SetHasValues;

        public bool NamesManagedIdentitySet => string.Equals(SetName, Connectors.ManagedIdentityParameterSet, StringComparison.OrdinalIgnoreCase);

        /// <summary>The set names another authentication (<c>keyBasedAuth</c>, an OAuth set...).</summary>
        public bool NamesAnotherSet => SetName is not null && !NamesManagedIdentitySet;

        /// <summary>The setup; null when the properties may hold members not seen, or a deciding value is not literal.</summary>
        public static ConnectionSetup? Read(JObject properties)
        {
            if (!properties.IsComplete)
            {
                return null;
            }

            var typeMember = properties.Member("parameterValueType");
            string? type = null;
            if (typeMember is not null && (type = AuthenticationView.KnownLiteral(typeMember.Value)) is null)
            {
                return null;
            }

            var setMember = properties.Member("parameterValueSet");
            if (setMember is null)
            {
                return new ConnectionSetup(properties, typeMember, type, null, null, null, false);
            }

            if (setMember.Value is not JObject { IsComplete: true } set)
            {
                return null;
            }

            var nameMember = set.Member("name");
            string? name = null;
            if (nameMember is not null && (name = AuthenticationView.KnownLiteral(nameMember.Value)) is null)
            {
                return null;
            }

            var hasValues = false;
            switch (set.Get("values"))
            {
                case null:
                    break;
                case JObject { IsComplete: true } values:
                    hasValues = values.Members.Length > 0;
                    break;
                default:
                    return null;
            }

            return new ConnectionSetup(properties, typeMember, type, setMember, set, name, hasValues);
        }
    }
}
