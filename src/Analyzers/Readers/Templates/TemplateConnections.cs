using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Model.Connections;
using ManagedIdentityAnalyzers.Model.Json;

namespace ManagedIdentityAnalyzers.Readers.Templates
{
    /// <summary>
    /// The API connections (<c>Microsoft.Web/connections</c>) of one template and their access policies
    /// (<c>Microsoft.Web/connections/accessPolicies</c>), gathered while <see cref="TemplateReader"/> walks the
    /// resources. A policy belongs to a connection when it is nested in the connection's <c>resources</c>, or when it
    /// is declared elsewhere and its name, <c>&lt;connection&gt;/&lt;policy&gt;</c>, evaluates to the connection's
    /// name (ignoring case). Whether a connection has no policy is known only when every policy of the template has a
    /// known connection and nothing the reader skips (a <c>copy</c> loop, a resource of unknown type, a linked
    /// deployment) may be one.
    /// </summary>
    internal sealed class TemplateConnections
    {
        private const string ConnectionsProvider = "/providers/" + ArmResourceTypes.Connection + "/";

        private readonly CodeScope scope;
        private readonly List<Connection> connections = new List<Connection>();
        private readonly List<ConnectionAccessPolicy> policies = new List<ConnectionAccessPolicy>();
        private readonly HashSet<string> policyParents = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private bool someParentUnknown;

        public TemplateConnections(CodeScope scope)
        {
            this.scope = scope;
        }

        /// <summary>A connection as read, before its policies are all known.</summary>
        public sealed class Connection
        {
            public Connection(JObject written, JObject evaluated, PartialString name)
            {
                Written = written;
                Evaluated = evaluated;
                Name = name;
            }

            public JObject Written { get; }

            public JObject Evaluated { get; }

            public PartialString Name { get; }

            public bool HasNestedPolicy { get; set; }
        }

        /// <summary>Reads a connection resource (in the template's scope of <paramref name="expressions"/>).</summary>
        public Connection AddConnection(JObject written, ArmExpressions expressions, CancellationToken cancellationToken)
        {
            var connection = new Connection(
                written,
                (JObject)ArmTree.Evaluate(written, expressions, cancellationToken),
                NameOf(written, expressions));
            connections.Add(connection);
            return connection;
        }

        /// <summary>
        /// Reads an access policy: nested in <paramref name="parent"/>'s <c>resources</c>, or (parent null) declared on
        /// its own with the name <c>&lt;connection&gt;/&lt;policy&gt;</c>.
        /// </summary>
        public void AddPolicy(JObject written, Connection? parent, ArmExpressions expressions, CancellationToken cancellationToken)
        {
            var name = NameOf(written, expressions);
            PartialString connectionName;
            PartialString policyName;
            if (parent is not null)
            {
                parent.HasNestedPolicy = true;
                connectionName = parent.Name;
                policyName = LastPart(name);
            }
            else if (SplitFullName(name) is var (knownParent, rest))
            {
                policyParents.Add(knownParent);
                connectionName = PartialString.Known(knownParent);
                policyName = rest;
            }
            else
            {
                someParentUnknown = true;
                return;
            }

            var evaluated = (JObject)ArmTree.Evaluate(written, expressions, cancellationToken);
            var id = PartialString.Concat(IdOf(connectionName), PartialString.Concat(PartialString.Known("/accessPolicies/"), policyName));
            policies.Add(new ConnectionAccessPolicy(written.Source, scope, id, evaluated.Get("properties")));
        }

        /// <summary>
        /// The connections and policies of the template. <paramref name="policiesMayBeUnread"/>: the reader skipped
        /// something that may be an access policy, so a connection without a policy it sees is not known to have none.
        /// <paramref name="otherTemplates"/>: the policies of the project's other templates (a policy is often deployed
        /// beside the app whose identity it names), asked for only when a connection has none in this template.
        /// </summary>
        public (ImmutableArray<ApiConnectionResource> Connections, ImmutableArray<ConnectionAccessPolicy> Policies) Build(
            bool policiesMayBeUnread,
            Func<AccessPolicyOwners>? otherTemplates = null)
        {
            var built = ImmutableArray.CreateBuilder<ApiConnectionResource>(connections.Count);
            foreach (var connection in connections)
            {
                var evaluated = connection.Evaluated;
                built.Add(new ApiConnectionResource(
                    connection.Written.Source,
                    scope,
                    IdOf(connection.Name),
                    evaluated.Get("kind"),
                    evaluated.Get("properties"),
                    evaluated.Member("properties")?.NameSource,
                    propertiesUseSite: null,
                    nameValue: (connection.Written.Get("name") as JString)?.Source,
                    accessPolicies: PoliciesOf(connection, policiesMayBeUnread, otherTemplates)));
            }

            return (built.MoveToImmutable(), policies.ToImmutableArray());
        }

        /// <summary>
        /// The connections this template deploys an access policy for, as another template of the project sees them
        /// (<see cref="AccessPolicyOwners"/>).
        /// </summary>
        public AccessPolicyOwners Owners(bool policiesMayBeUnread)
        {
            var known = new HashSet<string>(policyParents, StringComparer.OrdinalIgnoreCase);
            var unknown = policiesMayBeUnread || someParentUnknown;
            foreach (var connection in connections)
            {
                if (!connection.HasNestedPolicy)
                {
                    continue;
                }

                if (connection.Name.KnownText is string name)
                {
                    known.Add(name);
                }
                else
                {
                    unknown = true;
                }
            }

            return new AccessPolicyOwners(known, unknown);
        }

        private Presence PoliciesOf(Connection connection, bool policiesMayBeUnread, Func<AccessPolicyOwners>? otherTemplates)
        {
            if (connection.HasNestedPolicy || (connection.Name.KnownText is string name && policyParents.Contains(name)))
            {
                return Presence.Present;
            }

            // A policy whose connection is not known, or a connection whose name is not known beside policies of
            // other (known) connections, may be this connection's.
            if (policiesMayBeUnread || someParentUnknown || (connection.Name.KnownText is null && policyParents.Count > 0))
            {
                return Presence.Unknown;
            }

            return otherTemplates is null ? Presence.Absent : otherTemplates().For(connection.Name.KnownText);
        }

        /// <summary>The deployment's resource group holds the connection: its subscription and group are not known.</summary>
        private static PartialString IdOf(PartialString connectionName) =>
            PartialString.Concat(
                PartialString.Concat(
                    new PartialString(ImmutableArray.Create<string?>("/subscriptions/", null, "/resourceGroups/", null)),
                    PartialString.Known(ConnectionsProvider)),
                connectionName);

        private static PartialString NameOf(JObject resource, ArmExpressions expressions) =>
            resource.Get("name") is JString name ? expressions.ValueOf(name).Text : PartialString.Unknown;

        /// <summary>
        /// <c>&lt;connection&gt;/&lt;policy&gt;</c> split at its first '/': the connection's name only when everything
        /// before that '/' is literal text (an unknown part might hold the '/' itself).
        /// </summary>
        private static (string Parent, PartialString Policy)? SplitFullName(PartialString name)
        {
            var parent = new System.Text.StringBuilder();
            for (var i = 0; i < name.Segments.Length; i++)
            {
                if (name.Segments[i] is not string segment)
                {
                    return null;
                }

                var slash = segment.IndexOf('/');
                if (slash < 0)
                {
                    parent.Append(segment);
                    continue;
                }

                parent.Append(segment, 0, slash);
                if (parent.Length == 0)
                {
                    return null;
                }

                var rest = PartialString.Known(segment.Substring(slash + 1));
                for (var j = i + 1; j < name.Segments.Length; j++)
                {
                    rest = PartialString.Concat(rest, name.Segments[j] is string more ? PartialString.Known(more) : PartialString.Unknown);
                }

                return (parent.ToString(), rest);
            }

            return null;
        }

        /// <summary>A nested child's own name: the part after the last literal '/', when its name is written in full.</summary>
        private static PartialString LastPart(PartialString name)
        {
            var last = name.Segments.Length - 1;
            if (last >= 0 && name.Segments[last] is string segment && segment.LastIndexOf('/') is var slash and >= 0)
            {
                return PartialString.Known(segment.Substring(slash + 1));
            }

            return name;
        }
    }

    /// <summary>
    /// The connections that access policies of one or more templates belong to: their names (ignoring case), and
    /// whether some policy's connection is not known (a name with an expression before its '/', a nested policy under a
    /// connection whose name is not known, or something the reader skipped that may be a policy).
    /// </summary>
    internal sealed class AccessPolicyOwners
    {
        public static readonly AccessPolicyOwners None = new AccessPolicyOwners(new HashSet<string>(StringComparer.OrdinalIgnoreCase), someUnknown: false);

        private readonly HashSet<string> names;

        public AccessPolicyOwners(HashSet<string> names, bool someUnknown)
        {
            this.names = names;
            SomeUnknown = someUnknown;
        }

        public bool SomeUnknown { get; }

        /// <summary>The owners of both.</summary>
        public AccessPolicyOwners With(AccessPolicyOwners other)
        {
            var merged = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
            merged.UnionWith(other.names);
            return new AccessPolicyOwners(merged, SomeUnknown || other.SomeUnknown);
        }

        /// <summary>
        /// What these policies say of a connection that its own template deploys no policy for, by the connection's name
        /// (null when not known): Present when one is its, Unknown when one may be, Absent otherwise.
        /// </summary>
        public Presence For(string? connectionName) =>
            SomeUnknown || (connectionName is null && names.Count > 0) ? Presence.Unknown
            : connectionName is not null && names.Contains(connectionName) ? Presence.Present
            : Presence.Absent;
    }
}
