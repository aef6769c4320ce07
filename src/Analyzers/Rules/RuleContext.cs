using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Model.Connections;
using ManagedIdentityAnalyzers.Model.Json;
using ManagedIdentityAnalyzers.Rules.Authentication;
using ManagedIdentityAnalyzers.Rules.Connections;
using ManagedIdentityAnalyzers.Rules.Storage;

namespace ManagedIdentityAnalyzers.Rules
{
    /// <summary>
    /// What every rule reads: the model, the options, and the views of the model that several rules share, each
    /// computed once per model (on first use).
    /// </summary>
    internal sealed class RuleContext
    {
        private List<AuthenticationView>? authentications;
        private List<AuthenticationView>? operationAuthentications;
        private List<AuthenticationView>? connectorAuthentications;
        private List<StorageCall>? storageCalls;
        private List<ConnectionView>? connections;
        private Dictionary<JObject, List<ConnectionView>>? connectionsByReference;

        public RuleContext(LogicAppModel model, RuleOptions options, CancellationToken cancellationToken = default)
        {
            Model = model;
            Options = options;
            CancellationToken = cancellationToken;
        }

        /// <summary>Observed between rules and in the loops over the model that rules share.</summary>
        public CancellationToken CancellationToken { get; }

        public LogicAppModel Model { get; }

        public RuleOptions Options { get; }

        /// <summary>
        /// Every authentication object of the model: operations' and connection references'. The rules that apply to
        /// connection references read these (LAMI100-LAMI103, LAMI111; shared/rules.md).
        /// </summary>
        public IReadOnlyList<AuthenticationView> Authentications => authentications ??= AuthenticationView.Read(Model, CancellationToken);

        /// <summary>The authentication objects of triggers and actions only.</summary>
        public IReadOnlyList<AuthenticationView> OperationAuthentications =>
            operationAuthentications ??= Authentications.Where(view => view.IsOperation).ToList();

        /// <summary>
        /// The authentication objects of Standard connection entries whose connector's service is known: LAMI104-LAMI108
        /// judge their audience (shared/rules.md: never Consumption <c>$connections</c>, whose connector supplies it).
        /// </summary>
        public IReadOnlyList<AuthenticationView> ConnectorAuthentications =>
            connectorAuthentications ??= Authentications.Where(view => view.ConnectorService is not null).ToList();

        /// <summary>The managed-identity requests to Storage data-plane hosts.</summary>
        public IReadOnlyList<StorageCall> StorageCalls => storageCalls ??= StorageCall.Read(OperationAuthentications);

        /// <summary>The API connection resources, each with the connection references that name it and its plan.</summary>
        public IReadOnlyList<ConnectionView> Connections => connections ??= ConnectionView.Read(this);

        /// <summary>The connection resources a connection reference names (none when it names none the model holds).</summary>
        public IReadOnlyList<ConnectionView> ConnectionsUsedBy(ConnectionReference reference)
        {
            if (connectionsByReference is null)
            {
                connectionsByReference = new Dictionary<JObject, List<ConnectionView>>();
                foreach (var connection in Connections)
                {
                    foreach (var use in connection.Uses)
                    {
                        if (!connectionsByReference.TryGetValue(use.Reference.Entry, out var list))
                        {
                            list = new List<ConnectionView>();
                            connectionsByReference[use.Reference.Entry] = list;
                        }

                        list.Add(connection);
                    }
                }
            }

            return connectionsByReference.TryGetValue(reference.Entry, out var found) ? found : (IReadOnlyList<ConnectionView>)System.Array.Empty<ConnectionView>();
        }
    }
}
