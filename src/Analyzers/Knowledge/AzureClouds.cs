using System;

namespace ManagedIdentityAnalyzers.Knowledge
{
    /// <summary>
    /// The Azure clouds whose hosts and audiences the analyzers know (shared/reference/domain-rules.md §2.4:
    /// "Global", "US Gov", "China (21Vianet)"; S11, S16, S17). The retired Azure Germany cloud is left out: S11 lists
    /// its audiences, S16 and S17 no longer do, and no rule of the catalog reads it.
    /// </summary>
    internal enum AzureCloud
    {
        Public,
        UsGovernment,
        China,
    }

    /// <summary>Per-cloud facts that are not tied to one service.</summary>
    internal static class AzureClouds
    {
        /// <summary>
        /// The Microsoft Entra login host of a cloud, the host an ActiveDirectoryOAuth <c>authority</c> names
        /// (domain-rules.md §2.4 "Sovereign-cloud host suffixes", row "Entra login"; S17. §2.1: the default
        /// authority is <c>https://login.microsoftonline.com/</c>).
        /// </summary>
        public static string LoginHost(AzureCloud cloud) => cloud switch
        {
            AzureCloud.UsGovernment => "login.microsoftonline.us",
            AzureCloud.China => "login.chinacloudapi.cn",
            _ => "login.microsoftonline.com",
        };

        /// <summary>The cloud whose Entra login host this is (ignoring case), or false for any other host.</summary>
        public static bool TryFromLoginHost(string host, out AzureCloud cloud)
        {
            foreach (var candidate in new[] { AzureCloud.Public, AzureCloud.UsGovernment, AzureCloud.China })
            {
                if (string.Equals(host, LoginHost(candidate), StringComparison.OrdinalIgnoreCase))
                {
                    cloud = candidate;
                    return true;
                }
            }

            cloud = default;
            return false;
        }
    }
}
