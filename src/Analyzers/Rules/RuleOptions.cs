using System.Collections.Immutable;
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
        public const string SingleAuthConnectorsKey = "logicapps_identity.single_auth_connectors";
        public const string MultiAuthConnectorsKey = "logicapps_identity.multi_auth_connectors";
        public const string PlanKey = "logicapps_identity.plan";

        public static readonly RuleOptions Default = new RuleOptions(
            StorageRequests.DefaultApiVersion,
            Connectors.DefaultSingleAuthentication,
            Connectors.DefaultMultiAuthentication,
            LogicAppPlan.Unknown);

        public RuleOptions(
            string storageApiVersion,
            ImmutableArray<string> singleAuthConnectors,
            ImmutableArray<string> multiAuthConnectors,
            LogicAppPlan plan)
        {
            StorageApiVersion = storageApiVersion;
            SingleAuthConnectors = singleAuthConnectors;
            MultiAuthConnectors = multiAuthConnectors;
            Plan = plan;
        }

        /// <summary>The <c>x-ms-version</c> value that the LAMI120 fix writes.</summary>
        public string StorageApiVersion { get; }

        /// <summary>Managed-API names treated as single-authentication connectors (LAMI200).</summary>
        public ImmutableArray<string> SingleAuthConnectors { get; }

        /// <summary>Managed-API names treated as multi-authentication connectors (LAMI200).</summary>
        public ImmutableArray<string> MultiAuthConnectors { get; }

        /// <summary>
        /// The plan of the logic apps a source deploys when the source cannot tell it (a JSON file; an API connection
        /// built in C# without a logic app that gives its plan); Unknown when unset.
        /// </summary>
        public LogicAppPlan Plan { get; }
    }
}
