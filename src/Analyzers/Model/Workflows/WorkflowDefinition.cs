using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Model.Json;

namespace ManagedIdentityAnalyzers.Model.Workflows
{
    /// <summary>Where an authentication object sits.</summary>
    internal enum AuthenticationPlace
    {
        /// <summary><c>inputs.authentication</c> of an action or trigger.</summary>
        Inputs,

        /// <summary><c>inputs.subscribe.authentication</c> of a webhook.</summary>
        Subscribe,

        /// <summary><c>inputs.unsubscribe.authentication</c> of a webhook.</summary>
        Unsubscribe,

        /// <summary><c>connectionProperties.authentication</c> of a connection reference (Consumption <c>$connections</c>).</summary>
        ConnectionReference,

        /// <summary>
        /// <c>connectionProperties.authentication</c> of a Standard <c>managedApiConnections</c> entry (connections.json):
        /// the authentication to the target resource.
        /// </summary>
        StandardConnection,

        /// <summary>
        /// The outer <c>authentication</c> of a Standard <c>managedApiConnections</c> entry: to the internal token store.
        /// Checked only by the token-store rules (LAMI204), never as an authentication to a target.
        /// </summary>
        TokenStore,
    }

    /// <summary>A workflow definition: its root object and every trigger and action, nested ones included.</summary>
    internal sealed class WorkflowDefinition
    {
        public WorkflowDefinition(JObject root, ImmutableArray<WorkflowOperation> operations)
        {
            Root = root;
            Operations = operations;
        }

        public JObject Root { get; }

        public ImmutableArray<WorkflowOperation> Operations { get; }
    }

    /// <summary>A trigger or action.</summary>
    internal sealed class WorkflowOperation
    {
        public WorkflowOperation(string name, JObject node, string? type, JObject? inputs, ImmutableArray<AuthenticationBlock> authentications)
        {
            Name = name;
            Node = node;
            Type = type;
            Inputs = inputs;
            Authentications = authentications;
        }

        public string Name { get; }

        public JObject Node { get; }

        /// <summary>The operation's <c>type</c> when it is a known string.</summary>
        public string? Type { get; }

        public JObject? Inputs { get; }

        public ImmutableArray<AuthenticationBlock> Authentications { get; }
    }

    /// <summary>
    /// An <c>authentication</c> member and what the request it belongs to sends: the URI and headers beside it.
    /// </summary>
    internal sealed class AuthenticationBlock
    {
        public AuthenticationBlock(AuthenticationPlace place, JMember member, JObject? request, string? managedApi = null)
        {
            Place = place;
            Member = member;
            Request = request;
            ManagedApi = managedApi;
        }

        public AuthenticationPlace Place { get; }

        /// <summary>
        /// For a connection reference: the managed API (connector) name its <c>api.id</c> or <c>id</c> ends with
        /// (<c>.../managedApis/keyvault</c>), when that is literal; null otherwise.
        /// </summary>
        public string? ManagedApi { get; }

        /// <summary>The <c>authentication</c> member (block-level findings are reported on its name).</summary>
        public JMember Member { get; }

        /// <summary>The authentication object, or null when its value is not an object the reader could follow.</summary>
        public JObject? Object => Member.Value as JObject;

        /// <summary>
        /// The object holding the authentication: <c>inputs</c>, <c>inputs.subscribe</c> or <c>inputs.unsubscribe</c>
        /// (the request), or a connection reference's <c>connectionProperties</c>.
        /// </summary>
        public JObject? Request { get; }

        /// <summary>The request's <c>uri</c> value, when present.</summary>
        public JValue? Uri => Request?.Get("uri");
    }
}
