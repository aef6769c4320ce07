using System.Collections.Generic;
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
        private List<StorageCall>? storageCalls;

        public RuleContext(LogicAppModel model, RuleOptions options)
        {
            Model = model;
            Options = options;
        }

        public LogicAppModel Model { get; }

        public RuleOptions Options { get; }

        /// <summary>Every authentication object of every workflow definition of the model.</summary>
        public IReadOnlyList<AuthenticationView> Authentications => authentications ??= AuthenticationView.Read(Model);

        /// <summary>The managed-identity requests to Storage data-plane hosts.</summary>
        public IReadOnlyList<StorageCall> StorageCalls => storageCalls ??= StorageCall.Read(Authentications);
    }
}
