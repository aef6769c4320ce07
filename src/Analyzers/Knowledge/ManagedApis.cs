using System;
using System.Collections.Generic;

namespace ManagedIdentityAnalyzers.Knowledge
{
    /// <summary>
    /// Managed API (connector) names, as the last segment of a connection's <c>api.id</c>
    /// (<c>.../managedApis/keyvault</c>), whose target service a Standard <c>managedApiConnections</c> entry
    /// authenticates to, so that its <c>connectionProperties.authentication.audience</c> can be judged (LAMI104-LAMI108).
    /// Only the names the sources tie to a service: shared/rules.md ("<c>keyvault</c> → Key Vault, <c>azureblob</c> →
    /// Storage"); domain-rules §2.6.2 (connections.json carries the target's audience, the Key Vault example
    /// <c>https://vault.azure.net</c>) and §2.5 (API names <c>keyvault</c>, S20; <c>azureblob</c>, seen in the
    /// documentation's examples). The cloud of a connector's target is not in the entry, so nothing that depends on it
    /// is judged.
    /// </summary>
    internal static class ManagedApis
    {
        private static readonly Dictionary<string, AzureService> Services = new Dictionary<string, AzureService>(StringComparer.OrdinalIgnoreCase)
        {
            ["keyvault"] = AzureService.KeyVault,
            ["azureblob"] = AzureService.Storage,
        };

        /// <summary>The service a managed API authenticates to, when known.</summary>
        public static AzureService? ServiceOf(string? managedApi) =>
            managedApi is not null && Services.TryGetValue(managedApi, out var service) ? service : null;
    }
}
