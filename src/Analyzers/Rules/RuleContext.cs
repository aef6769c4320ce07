using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Rules.Authentication;
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
        private List<StorageCall>? storageCalls;

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

        /// <summary>The managed-identity requests to Storage data-plane hosts.</summary>
        public IReadOnlyList<StorageCall> StorageCalls => storageCalls ??= StorageCall.Read(OperationAuthentications);
    }
}
