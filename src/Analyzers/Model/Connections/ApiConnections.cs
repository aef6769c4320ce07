using ManagedIdentityAnalyzers.Model.Json;
using ManagedIdentityAnalyzers.Model.Workflows;

namespace ManagedIdentityAnalyzers.Model.Connections
{
    /// <summary>
    /// An API connection resource (<c>Microsoft.Web/connections</c>): the connection a managed connector's operations
    /// use, deployed beside the logic apps. Its payload is JSON in any source; the reader keeps it as written, and the
    /// rules read what they need (the connector in <c>properties.api.id</c>, the parameter set, the kind).
    /// </summary>
    internal sealed class ApiConnectionResource : DeployedResource
    {
        public ApiConnectionResource(
            SourceRef source,
            CodeScope scope,
            PartialString? resourceId,
            JValue? kind,
            JValue? properties,
            SourceRef? propertiesMember,
            SourceRef? propertiesUseSite,
            SourceRef? nameValue = null,
            Presence accessPolicies = Presence.Unknown)
            : base(source, scope)
        {
            NameValue = nameValue;
            AccessPolicies = accessPolicies;
            ResourceId = resourceId;
            Kind = kind;
            Properties = properties;
            PropertiesMember = propertiesMember;
            PropertiesUseSite = propertiesUseSite;
        }

        /// <summary>The resource ID the connection is deployed with, when the source gives one (parts may be unknown).</summary>
        public PartialString? ResourceId { get; }

        /// <summary>The <c>name</c> string as written, when the source writes the connection with one (an ARM template).</summary>
        public SourceRef? NameValue { get; }

        /// <summary>
        /// Whether the source deploys an access policy (<c>Microsoft.Web/connections/accessPolicies</c>) for this
        /// connection: Present or Absent only when the source shows every access policy it deploys and whose connection
        /// each belongs to (an ARM template whose policies, and those of the project's other templates, all have known
        /// parents); Unknown otherwise (C#, where a policy may be created by code the reader does not see).
        /// </summary>
        public Presence AccessPolicies { get; }

        /// <summary>The <c>kind</c> value as written (<c>V1</c>, <c>V2</c>); null when it is not set.</summary>
        public JValue? Kind { get; }

        /// <summary>The <c>properties</c> JSON; null when it is not set or not followed.</summary>
        public JValue? Properties { get; }

        /// <summary>The name of the member that sets the properties (block-level findings on the connection go here).</summary>
        public SourceRef? PropertiesMember { get; }

        /// <summary>
        /// Where the properties enter the connection when their JSON is written elsewhere (a helper, a shared
        /// constant): findings that depend on the code around the connection are reported there. Null when the JSON is
        /// written with the connection.
        /// </summary>
        public SourceRef? PropertiesUseSite { get; }
    }

    /// <summary>
    /// An access policy of an API connection (<c>Microsoft.Web/connections/accessPolicies</c>): the principal that may
    /// use the connection through its runtime URL (<c>properties.principal.identity.objectId</c> and <c>tenantId</c>).
    /// </summary>
    internal sealed class ConnectionAccessPolicy : DeployedResource
    {
        public ConnectionAccessPolicy(SourceRef source, CodeScope scope, PartialString resourceId, JValue? properties)
            : base(source, scope)
        {
            ResourceId = resourceId;
            Properties = properties;
        }

        /// <summary>The policy's resource ID: its connection's ID followed by <c>/accessPolicies/&lt;name&gt;</c>.</summary>
        public PartialString ResourceId { get; }

        /// <summary>The <c>properties</c> JSON; null when it is not set or not followed.</summary>
        public JValue? Properties { get; }
    }

    /// <summary>
    /// One entry of a workflow's connection references (Consumption <c>$connections</c>): which connection resource
    /// (<c>connectionId</c>) and which managed API (<c>id</c>) an operation uses, and how it authenticates
    /// (<c>connectionProperties.authentication</c>).
    /// </summary>
    internal sealed class ConnectionReference
    {
        public ConnectionReference(JMember member, JObject entry, AuthenticationBlock? authentication)
        {
            Member = member;
            Entry = entry;
            Authentication = authentication;
        }

        /// <summary>The reference's member (its name is the reference name the operations use).</summary>
        public JMember Member { get; }

        public JObject Entry { get; }

        /// <summary>The connection resource's ID, as written.</summary>
        public JValue? ConnectionId => Entry.Get("connectionId");

        /// <summary>The managed API's ID (<c>.../managedApis/&lt;name&gt;</c>), as written.</summary>
        public JValue? ApiId => Entry.Get("id");

        /// <summary><c>connectionProperties.authentication</c>, when the entry has one.</summary>
        public AuthenticationBlock? Authentication { get; }
    }
}
