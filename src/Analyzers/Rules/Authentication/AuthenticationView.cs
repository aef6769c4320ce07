using System.Collections.Generic;
using System.Threading;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Model.Connections;
using ManagedIdentityAnalyzers.Model.Json;
using ManagedIdentityAnalyzers.Model.Workflows;

namespace ManagedIdentityAnalyzers.Rules.Authentication
{
    /// <summary>
    /// One authentication object as the authentication, Storage and secret rules read it: its type (canonical,
    /// when known), its audience and identity values, the request's target service, and the logic app around it.
    /// Values that are expressions or not literal strings are unknown.
    /// </summary>
    internal sealed class AuthenticationView
    {
        private AuthenticationView(
            LogicAppResource? app,
            WorkflowOperation? operation,
            ConnectionReference? reference,
            AuthenticationBlock block,
            JObject value,
            SourceRef? useSite)
        {
            App = app;
            Reference = reference;
            UseSite = useSite;
            Operation = operation;
            Block = block;
            Object = value;
            TypeMember = value.Member("type");
            WrittenType = KnownLiteral(TypeMember?.Value);
            Type = WrittenType is not null && AuthenticationTypes.TryNormalize(WrittenType, out var canonical) ? canonical : null;
            AudienceMember = value.Member("audience");
            Audience = KnownLiteral(AudienceMember?.Value);
            IdentityMember = value.Member("identity");
            Identity = KnownLiteral(IdentityMember?.Value);
            if (block.Uri is JString { Value: var uri } && Audiences.TryGetTarget(uri, out var target))
            {
                Target = target;
            }

            if (block.Place == AuthenticationPlace.StandardConnection)
            {
                ConnectorService = ManagedApis.ServiceOf(block.ManagedApi);
            }
        }

        /// <summary>The logic app, when the reader knows which one the authentication belongs to.</summary>
        public LogicAppResource? App { get; }

        /// <summary>
        /// Where the JSON enters the app when it is written elsewhere (a helper, a shared constant): findings that
        /// depend on the app are reported there (<see cref="Findings.Finding.At"/>).
        /// </summary>
        public SourceRef? UseSite { get; }

        /// <summary>The trigger or action; null for a connection reference.</summary>
        public WorkflowOperation? Operation { get; }

        /// <summary>The connection reference; null for an operation.</summary>
        public ConnectionReference? Reference { get; }

        /// <summary>True for an operation's authentication, false for a connection reference's.</summary>
        public bool IsOperation => Operation is not null;

        public AuthenticationBlock Block { get; }

        /// <summary>The authentication object.</summary>
        public JObject Object { get; }

        public JMember? TypeMember { get; }

        /// <summary>The type as written, when it is a literal string.</summary>
        public string? WrittenType { get; }

        /// <summary>The canonical type, when the written type is one or can be normalised to one.</summary>
        public string? Type { get; }

        public bool IsManagedIdentity => Type == AuthenticationTypes.ManagedServiceIdentity;

        public JMember? AudienceMember { get; }

        /// <summary>The audience when it is a literal string.</summary>
        public string? Audience { get; }

        public JMember? IdentityMember { get; }

        /// <summary>The identity when it is a literal string.</summary>
        public string? Identity { get; }

        /// <summary>The service the request's URI points at, when its host is known.</summary>
        public RequestTarget? Target { get; }

        /// <summary>
        /// For a Standard connection entry (connections.json): the service its connector authenticates to, when the
        /// connector is one <see cref="ManagedApis"/> knows. Its cloud is not known.
        /// </summary>
        public AzureService? ConnectorService { get; }

        /// <summary>
        /// Every authentication object of the model: of every operation of every workflow, and of every connection
        /// reference of every logic app (each once, though several states of an app share them).
        /// </summary>
        public static List<AuthenticationView> Read(LogicAppModel model, CancellationToken cancellationToken = default)
        {
            var views = new List<AuthenticationView>();
            foreach (var workflow in model.Workflows)
            {
                foreach (var operation in workflow.Definition.Operations)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    foreach (var block in operation.Authentications)
                    {
                        if (block.Object is { } value)
                        {
                            views.Add(new AuthenticationView(workflow.App, operation, null, block, value, workflow.UseSite));
                        }
                    }
                }
            }

            var seen = new HashSet<JMember>();
            foreach (var app in model.LogicApps)
            {
                foreach (var reference in app.ConnectionReferences)
                {
                    if (reference.Authentication is { Object: { } value } block && seen.Add(block.Member))
                    {
                        views.Add(new AuthenticationView(app, null, reference, block, value, app.ConnectionReferencesUseSite));
                    }
                }
            }

            return views;
        }

        /// <summary>Literal text of a string value; null for expressions, holes and other kinds of values.</summary>
        public static string? KnownLiteral(JValue? value) =>
            value is JString { KnownText: string text } && !WorkflowExpressions.ContainsExpression(text) && !WorkflowExpressions.IsWholeExpression(text)
                ? text
                : null;

        /// <summary>Whether the named member is certainly absent from the authentication object.</summary>
        public bool LacksMember(string name) => Object.IsCertainlyAbsent(name);
    }
}
