using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;

namespace ManagedIdentityAnalyzers.Rules
{
    /// <summary>
    /// The options rules read, from <c>.editorconfig</c>/<c>.globalconfig</c> (keys in docs/rules.md), read once per
    /// syntax tree or JSON file by the way in. Defaults apply where a key is absent or its value is not usable.
    /// </summary>
    internal sealed class RuleOptions
    {
        public const string StorageApiVersionKey = "logicapps_identity.storage_api_version";

        public const string PlanKey = "logicapps_identity.plan";

        public static readonly RuleOptions Default = new RuleOptions(StorageRequests.DefaultApiVersion);

        public RuleOptions(string storageApiVersion, LogicAppPlan plan = LogicAppPlan.Unknown)
        {
            StorageApiVersion = storageApiVersion;
            Plan = plan;
        }

        /// <summary>The <c>x-ms-version</c> value that the LAMI120 fix writes.</summary>
        public string StorageApiVersion { get; }

        /// <summary>
        /// The plan of the logic app a JSON file belongs to when the file cannot tell (a bare workflow definition);
        /// <see cref="LogicAppPlan.Unknown"/> when not set.
        /// </summary>
        public LogicAppPlan Plan { get; }
    }
}
