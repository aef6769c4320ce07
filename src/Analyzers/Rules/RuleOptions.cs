using ManagedIdentityAnalyzers.Knowledge;

namespace ManagedIdentityAnalyzers.Rules
{
    /// <summary>
    /// The options rules read, from <c>.editorconfig</c>/<c>.globalconfig</c> (keys in docs/rules.md), read once per
    /// syntax tree by the way in. Defaults apply where a key is absent or its value is not usable.
    /// </summary>
    internal sealed class RuleOptions
    {
        public const string StorageApiVersionKey = "logicapps_identity.storage_api_version";

        public static readonly RuleOptions Default = new RuleOptions(StorageRequests.DefaultApiVersion);

        public RuleOptions(string storageApiVersion)
        {
            StorageApiVersion = storageApiVersion;
        }

        /// <summary>The <c>x-ms-version</c> value that the LAMI120 fix writes.</summary>
        public string StorageApiVersion { get; }
    }
}
