using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Model.Connections;
using ManagedIdentityAnalyzers.Model.Json;
using ManagedIdentityAnalyzers.Model.Workflows;
using ManagedIdentityAnalyzers.Readers.Definitions;

namespace ManagedIdentityAnalyzers.Readers.Templates
{
    /// <summary>What a template deploys, as the model sees it.</summary>
    internal sealed class TemplateContent
    {
        public TemplateContent(
            ImmutableArray<LogicAppResource> apps,
            ImmutableArray<IdentityTypeValue> identityTypes,
            ImmutableArray<WorkflowInstance> workflows,
            ImmutableArray<ApiConnectionResource> connections,
            ImmutableArray<ConnectionAccessPolicy> accessPolicies,
            UnreadResources unread,
            AccessPolicyOwners? policyOwners = null)
        {
            PolicyOwners = policyOwners ?? AccessPolicyOwners.None;
            Apps = apps;
            IdentityTypes = identityTypes;
            Workflows = workflows;
            Connections = connections;
            AccessPolicies = accessPolicies;
            Unread = unread;
        }

        public ImmutableArray<LogicAppResource> Apps { get; }

        public ImmutableArray<IdentityTypeValue> IdentityTypes { get; }

        public ImmutableArray<WorkflowInstance> Workflows { get; }

        /// <summary>The API connections the template deploys, each knowing whether it has an access policy.</summary>
        public ImmutableArray<ApiConnectionResource> Connections { get; }

        public ImmutableArray<ConnectionAccessPolicy> AccessPolicies { get; }

        /// <summary>What the reader skipped (copy loops, unknown types, linked deployments), by type where known.</summary>
        public UnreadResources Unread { get; }

        /// <summary>The connections the template's access policies belong to, for the other templates of the project.</summary>
        public AccessPolicyOwners PolicyOwners { get; }

        public bool IsEmpty => Apps.IsEmpty && Workflows.IsEmpty && Connections.IsEmpty;

        public LogicAppModel ToModel() => new LogicAppModel(Apps, IdentityTypes, Workflows, Connections, AccessPolicies);
    }

    /// <summary>
    /// The resources of a template that the reader did not read: a resource with a <c>copy</c> loop, one whose type
    /// is not known, a linked or too deeply nested deployment, a site whose kind is not known. A question about a type
    /// ("does the template deploy no such resource?") has an answer only when nothing unread may be of that type.
    /// </summary>
    internal sealed class UnreadResources
    {
        private readonly HashSet<string> types = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private bool anyType;

        /// <summary>Records an unread resource of <paramref name="type"/>; null when its type (or what it deploys) is not known.</summary>
        public void Add(string? type)
        {
            if (type is null)
            {
                anyType = true;
            }
            else
            {
                types.Add(type.Trim('/'));
            }
        }

        /// <summary>Whether an unread resource may be of <paramref name="type"/>.</summary>
        public bool MayHold(string type) => anyType || types.Contains(type);
    }

    /// <summary>
    /// Reads an ARM template, whatever JSON source it came from (a file, JSON written in C#). Within the template the
    /// resources see each other: each logic app (<c>Microsoft.Logic/workflows</c>, a Consumption workflow;
    /// <c>Microsoft.Web/sites</c> whose kind contains <c>workflowapp</c>, a Standard app) is read with its identity,
    /// its definition and its <c>$connections</c>, after the template's expressions are evaluated
    /// (<see cref="ArmExpressions"/>, <see cref="ArmTree"/>). Child resources (nested <c>resources</c>), symbolic-name
    /// resources (<c>languageVersion</c> 2.0) and inline nested deployments are read; a resource with a <c>copy</c>
    /// loop is unknown (its count and index are not known), and an <c>existing</c> resource is not deployed.
    /// </summary>
    internal static class TemplateReader
    {
        private const int MaxNestedDeployments = 8;

        /// <summary>Whether a JSON object is an ARM template: a deployment template <c>$schema</c>, or a <c>resources</c> list.</summary>
        public static bool IsTemplate(JObject root)
        {
            if (root.Get("$schema") is JString { KnownText: string schema })
            {
                return schema.IndexOf("deploymentTemplate", StringComparison.OrdinalIgnoreCase) >= 0;
            }

            return root.Get("resources") is JArray or JObject && root.Get("triggers") is null && root.Get("actions") is null;
        }

        /// <summary>
        /// Reads a template. <paramref name="parameterFile"/> is the parameter file beside it, if any;
        /// <paramref name="parametersKnown"/> is false when the deployment's parameters cannot be seen (every
        /// <c>parameters()</c> is then unknown). <paramref name="otherTemplates"/> gives the access policies of the
        /// project's other templates; it is asked only when a connection has no policy in this one.
        /// </summary>
        public static TemplateContent Read(
            JObject template,
            JObject? parameterFile,
            bool parametersKnown,
            CancellationToken cancellationToken,
            Func<AccessPolicyOwners>? otherTemplates = null)
        {
            var apps = ImmutableArray.CreateBuilder<LogicAppResource>();
            var identityTypes = ImmutableArray.CreateBuilder<IdentityTypeValue>();
            var workflows = ImmutableArray.CreateBuilder<WorkflowInstance>();
            var scope = new CodeScope("template");
            var connections = new TemplateConnections(scope);
            var unread = new UnreadResources();

            var pending = new Stack<(JValue Resources, string? ParentType, TemplateConnections.Connection? ParentConnection, ArmExpressions Expressions, int Nesting)>();
            pending.Push((template.Get("resources") ?? new JArray(template.Source, ImmutableArray<JValue>.Empty, true), null, null,
                new ArmExpressions(TemplateValues.Of(template, parameterFile, parametersKnown)), 0));
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (resources, parentType, parentConnection, expressions, nesting) = pending.Pop();
                if (resources is not (JArray or JObject))
                {
                    unread.Add(null);
                    continue;
                }

                foreach (var item in Resources(resources))
                {
                    if (item is not JObject resource)
                    {
                        unread.Add(null);
                        continue;
                    }

                    if (IsTrue(resource.Get("existing")))
                    {
                        continue;
                    }

                    if (resource.Get("type") is not JString typeValue || expressions.ValueOf(typeValue).Text.KnownText is not string type)
                    {
                        unread.Add(null);
                        continue;
                    }

                    var fullType = parentType is not null && type.IndexOf('/') < 0 ? parentType + "/" + type : type;
                    if (resource.Get("copy") is not null)
                    {
                        // Its count and index are not known: it (and what it holds) may or may not be deployed.
                        unread.Add(ArmResourceTypes.Is(fullType, ArmResourceTypes.Deployment) ? null : fullType);
                        continue;
                    }

                    TemplateConnections.Connection? connection = null;
                    if (ArmResourceTypes.Is(fullType, ArmResourceTypes.Workflow))
                    {
                        ReadApp(resource, scope, LogicAppPlan.Consumption, expressions, apps, identityTypes, workflows, cancellationToken);
                    }
                    else if (ArmResourceTypes.Is(fullType, ArmResourceTypes.Site))
                    {
                        var kind = resource.Get("kind") is JString kindValue ? expressions.ValueOf(kindValue).Text : null;
                        if (kind is not null && kind.LiteralPartsContain(ArmResourceTypes.WorkflowAppKind))
                        {
                            ReadApp(resource, scope, LogicAppPlan.Standard, expressions, apps, identityTypes, workflows, cancellationToken);
                        }
                        else if ((kind is null && resource.Get("kind") is not null) || (kind is not null && !kind.IsKnown))
                        {
                            // A site whose kind is not known may be a Standard logic app.
                            unread.Add(fullType);
                        }
                    }
                    else if (ArmResourceTypes.Is(fullType, ArmResourceTypes.Connection))
                    {
                        connection = connections.AddConnection(resource, expressions, cancellationToken);
                    }
                    else if (ArmResourceTypes.Is(fullType, ArmResourceTypes.ConnectionAccessPolicy))
                    {
                        connections.AddPolicy(resource, parentConnection, expressions, cancellationToken);
                    }
                    else if (ArmResourceTypes.Is(fullType, ArmResourceTypes.Deployment))
                    {
                        if (nesting < MaxNestedDeployments && (resource.Get("properties") as JObject)?.Get("template") is JObject nested)
                        {
                            pending.Push((nested.Get("resources") ?? new JArray(nested.Source, ImmutableArray<JValue>.Empty, true), null, null,
                                NestedExpressions(resource, nested, expressions), nesting + 1));
                        }
                        else
                        {
                            // A linked template (templateLink) or one nested too deep: what it deploys is not seen.
                            unread.Add(null);
                        }
                    }

                    if (resource.Get("resources") is { } children)
                    {
                        pending.Push((children, fullType, connection, expressions, nesting));
                    }
                }
            }

            var policiesMayBeUnread = unread.MayHold(ArmResourceTypes.ConnectionAccessPolicy);
            var (connectionResources, policies) = connections.Build(policiesMayBeUnread, otherTemplates);
            return new TemplateContent(
                apps.ToImmutable(), identityTypes.ToImmutable(), workflows.ToImmutable(), connectionResources, policies, unread, connections.Owners(policiesMayBeUnread));
        }

        /// <summary>
        /// An inline nested deployment evaluates its expressions in the outer template (the default scope), or, with
        /// <c>expressionEvaluationOptions.scope: inner</c>, in its own template, whose parameters the outer template
        /// passes as expressions (unknown here).
        /// </summary>
        private static ArmExpressions NestedExpressions(JObject deployment, JObject nested, ArmExpressions outer)
        {
            var scope = ((deployment.Get("properties") as JObject)?.Get("expressionEvaluationOptions") as JObject)?.Get("scope") as JString;
            return string.Equals(scope?.KnownText, "inner", StringComparison.OrdinalIgnoreCase)
                ? new ArmExpressions(TemplateValues.Of(nested, parameterFile: null, parametersKnown: false))
                : outer;
        }

        /// <summary>The resources of a <c>resources</c> member: an array, or an object of symbolic names (languageVersion 2.0).</summary>
        private static IEnumerable<JValue> Resources(JValue resources)
        {
            switch (resources)
            {
                case JArray array:
                    foreach (var item in array.Items)
                    {
                        yield return item;
                    }

                    break;
                case JObject byName:
                    foreach (var member in byName.Members)
                    {
                        yield return member.Value;
                    }

                    break;
            }
        }

        private static bool IsTrue(JValue? value) => value is JLiteral { Text: "true" };

        private static void ReadApp(
            JObject written,
            CodeScope scope,
            LogicAppPlan plan,
            ArmExpressions expressions,
            ImmutableArray<LogicAppResource>.Builder apps,
            ImmutableArray<IdentityTypeValue>.Builder identityTypes,
            ImmutableArray<WorkflowInstance>.Builder workflows,
            CancellationToken cancellationToken)
        {
            var resource = (JObject)ArmTree.Evaluate(written, expressions, cancellationToken);
            var presence = Presence.Unknown;
            ManagedIdentity? identity = null;
            SourceRef? absence = null;
            switch (resource.Member("identity"))
            {
                case null:
                    // Deploying the resource without an identity leaves it without one.
                    presence = resource.IsComplete ? Presence.Absent : Presence.Unknown;
                    break;
                case { Value: JLiteral { IsNull: true } nullValue }:
                    presence = Presence.Absent;
                    absence = nullValue.Source;
                    break;
                case { Value: JObject identityObject }:
                    presence = Presence.Present;
                    identity = ReadIdentity(identityObject, expressions);
                    if (identity.Type is { } type)
                    {
                        identityTypes.Add(type);
                    }

                    break;
            }

            var properties = resource.Get("properties") as JObject;
            WorkflowDefinition? definition = null;
            if (plan == LogicAppPlan.Consumption && properties?.Get("definition") is JObject definitionRoot)
            {
                definition = DefinitionReader.Read(definitionRoot);
            }

            var connections = ImmutableArray<ConnectionReference>.Empty;
            if ((((properties?.Get("parameters") as JObject)?.Get("$connections")) as JObject)?.Get("value") is JObject references)
            {
                connections = ConnectionReferenceReader.Read(references);
            }

            // A template that sets the type None has only one reason to: turning off the identity of an app that exists.
            var turnsOff = identity?.Type?.Kind == IdentityKind.None;
            var app = new LogicAppResource(
                written.Source,
                scope,
                plan,
                presence,
                identity,
                updatesExisting: turnsOff,
                definition,
                absence,
                connections);
            apps.Add(app);
            if (definition is not null)
            {
                workflows.Add(new WorkflowInstance(definition, app));
            }
        }

        private static ManagedIdentity ReadIdentity(JObject identity, ArmExpressions expressions)
        {
            IdentityTypeValue? type = null;
            if (identity.Get("type") is { } typeValue)
            {
                var text = (typeValue as JString)?.KnownText;
                type = text is not null && IdentityTypes.TryNormalize(text, out var kind)
                    ? new IdentityTypeValue(typeValue.Source, kind, text)
                    : new IdentityTypeValue(typeValue.Source, null, text);
            }

            var entries = ImmutableArray.CreateBuilder<UserAssignedEntry>();
            var complete = identity.IsComplete;
            switch (identity.Member("userAssignedIdentities"))
            {
                case null:
                    break;
                case { Value: JObject list }:
                    complete &= list.IsComplete;
                    foreach (var member in list.Members)
                    {
                        entries.Add(new UserAssignedEntry(KeyOf(member, expressions), member.NameSource, member.MemberSource, addsNewKey: false, sameScopeText: member.Name));
                    }

                    break;
                default:
                    complete = false;
                    break;
            }

            return new ManagedIdentity(identity.Source, type, entries.ToImmutable(), complete);
        }

        /// <summary>A member name as deploying makes it: an expression name is evaluated (in the template's scope).</summary>
        private static PartialString KeyOf(JMember member, ArmExpressions expressions) =>
            ArmExpressions.IsExpression(member.Name) ? expressions.Evaluate(member.Name).Text
            : ArmExpressions.IsEscapedLiteral(member.Name) ? PartialString.Known(member.Name.Substring(1))
            : PartialString.Known(member.Name);
    }
}
