using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Model;

namespace ManagedIdentityAnalyzers.Knowledge
{
    /// <summary>How a managed connector's API connection is set up for a managed identity.</summary>
    internal enum ConnectorClass
    {
        /// <summary>Not known: the connection may take either shape.</summary>
        Unknown,

        /// <summary>Only managed identity is offered: <c>parameterValueType: Alternative</c> (and an empty <c>parameterValueSet</c>).</summary>
        SingleAuthentication,

        /// <summary>Managed identity is one choice: <c>parameterValueSet</c> named <c>managedIdentityAuth</c> with empty <c>values</c>.</summary>
        MultiAuthentication,
    }

    /// <summary>
    /// Managed connectors (managed APIs, named by the last segment of <c>.../managedApis/&lt;name&gt;</c>) and the
    /// API connection resources (<c>Microsoft.Web/connections</c>) that their operations use. Sources are the keys of
    /// shared/reference/domain-rules.md §5: S1 (create-managed-service-identity.md, 2022), S2
    /// (authenticate-with-managed-identity.md, 2024-2026), S20 (2021 Tech Community post: API names).
    /// </summary>
    internal static class Connectors
    {
        /// <summary>An API connection (§2.6.3; S2, S18).</summary>
        public const string ConnectionsType = "Microsoft.Web/connections";

        /// <summary>A principal's access to an API connection, a child of it (§2.6.3: Standard; S2 2024 onward).</summary>
        public const string AccessPoliciesType = "Microsoft.Web/connections/accessPolicies";

        /// <summary>The type of a managed API's ID, <c>/subscriptions/.../providers/Microsoft.Web/locations/&lt;region&gt;/managedApis/&lt;name&gt;</c> (§2.6.1).</summary>
        public const string ManagedApisType = "Microsoft.Web/locations/managedApis";

        /// <summary>The connection <c>kind</c> of a Consumption logic app's connections (§2.6.3; S2).</summary>
        public const string ConsumptionKind = "V1";

        /// <summary>The connection <c>kind</c> of a Standard logic app's connections (§2.6.3; S2; the 04/2024 page's V1 was a doc bug, fixed by 01/2025).</summary>
        public const string StandardKind = "V2";

        /// <summary>
        /// <c>properties.parameterValueType</c> of a single-authentication connection set up for managed identity; the
        /// 2024/2025 multi-authentication examples carry it too (§2.6.3; S1, S2).
        /// </summary>
        public const string AlternativeParameterValueType = "Alternative";

        /// <summary>The name of the managed-identity parameter set of a multi-authentication connector (§2.6.3; S1, S2).</summary>
        public const string ManagedIdentityParameterSet = "managedIdentityAuth";

        /// <summary>The managed-identity parameter set, as the documents write it: the name and an empty <c>values</c> object.</summary>
        public const string ManagedIdentityParameterSetJson = "{ \"name\": \"managedIdentityAuth\", \"values\": {} }";

        /// <summary>
        /// Single-authentication connectors (§2.6.4): Azure Automation, Azure Event Grid, Azure Key Vault, Azure Resource
        /// Manager, HTTP with Microsoft Entra ID (S1's list; S2's single-authentication examples use Automation and
        /// Resource Manager). The default of <c>logicapps_identity.single_auth_connectors</c> (rules.md, Options).
        /// </summary>
        public static readonly ImmutableArray<string> DefaultSingleAuthentication =
            ImmutableArray.Create("arm", "azureautomation", "azureeventgrid", "keyvault", "webcontents");

        /// <summary>
        /// Multi-authentication connectors (§2.6.4): Azure Blob Storage and SQL Server (S1; S2's multi-authentication
        /// example is Blob), and Cosmos DB, seen with <c>managedIdentityAuth</c> in Azure Verified Modules (not a
        /// Microsoft doc statement). The default of <c>logicapps_identity.multi_auth_connectors</c>.
        /// </summary>
        public static readonly ImmutableArray<string> DefaultMultiAuthentication =
            ImmutableArray.Create("azureblob", "sql", "documentdb");

        /// <summary>
        /// Managed connectors that support managed-identity authentication, by API name (§2.5: the list is the same for
        /// both plans; S2 2024-2026, S3/S4 for the older entries). API names from S20 and from the doc examples
        /// (§2.5: <c>azureblob</c>, <c>sql</c>, <c>documentdb</c>, <c>servicebus</c>); the others are the names of the
        /// connectors' reference pages (learn.microsoft.com/connectors/&lt;name&gt;) as used in public templates.
        /// Listed connectors whose API name no source gives (Azure Digital Twins, Azure IoT Central V2) are left out:
        /// their connections are simply not known either way.
        /// </summary>
        private static readonly Dictionary<string, string> WithManagedIdentity = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["azureappservice"] = "Azure App Service",
            ["azureautomation"] = "Azure Automation",
            ["azureblob"] = "Azure Blob Storage",
            ["aci"] = "Azure Container Instance",
            ["documentdb"] = "Azure Cosmos DB",
            ["kusto"] = "Azure Data Explorer",
            ["azuredatafactory"] = "Azure Data Factory",
            ["azuredatalake"] = "Azure Data Lake",
            ["azureeventgrid"] = "Azure Event Grid",
            ["eventhubs"] = "Azure Event Hubs",
            ["azureiotcentral"] = "Azure IoT Central V3",
            ["keyvault"] = "Azure Key Vault",
            ["azureloganalytics"] = "Azure Log Analytics",
            ["azuremonitorlogs"] = "Azure Monitor Logs",
            ["azurequeues"] = "Azure Queues",
            ["arm"] = "Azure Resource Manager",
            ["servicebus"] = "Azure Service Bus",
            ["azuresentinel"] = "Microsoft Sentinel",
            ["azuretables"] = "Azure Table Storage",
            ["azurevm"] = "Azure VM",
            ["webcontents"] = "HTTP with Microsoft Entra ID",
            ["sql"] = "SQL Server",
            ["azureadip"] = "Microsoft Entra ID Protection",
        };

        /// <summary>
        /// Common managed connectors that do not support managed-identity authentication: none is in the list of
        /// connectors that do (§2.5; S2 2024-2026, S4). They sign in as a user (OAuth), with a key or with a password.
        /// API names are the names of the connectors' reference pages (learn.microsoft.com/connectors/&lt;name&gt;).
        /// A connector in neither list is not known either way, and nothing is reported for it.
        /// </summary>
        private static readonly Dictionary<string, string> WithoutManagedIdentity = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["office365"] = "Office 365 Outlook",
            ["office365users"] = "Office 365 Users",
            ["outlook"] = "Outlook.com",
            ["sharepointonline"] = "SharePoint",
            ["teams"] = "Microsoft Teams",
            ["onedrive"] = "OneDrive",
            ["onedriveforbusiness"] = "OneDrive for Business",
            ["excelonlinebusiness"] = "Excel Online (Business)",
            ["gmail"] = "Gmail",
            ["smtp"] = "SMTP",
            ["ftp"] = "FTP",
            ["sftpwithssh"] = "SFTP-SSH",
            ["sendgrid"] = "SendGrid",
            ["salesforce"] = "Salesforce",
            ["dropbox"] = "Dropbox",
            ["azurefile"] = "Azure File Storage",
        };

        /// <summary>The connector's display name, when it is one of the known ones; else its API name.</summary>
        public static string DisplayName(string apiName) =>
            WithManagedIdentity.TryGetValue(apiName, out var name) || WithoutManagedIdentity.TryGetValue(apiName, out name) ? name : apiName;

        /// <summary>
        /// Whether the connector supports managed-identity authentication: true when it is documented to, or configured
        /// as single- or multi-authentication; false when it is a known connector that does not; null when unknown.
        /// </summary>
        public static bool? SupportsManagedIdentity(string apiName, IReadOnlyCollection<string> singleAuthentication, IReadOnlyCollection<string> multiAuthentication)
        {
            if (WithManagedIdentity.ContainsKey(apiName) || Contains(singleAuthentication, apiName) || Contains(multiAuthentication, apiName))
            {
                return true;
            }

            return WithoutManagedIdentity.ContainsKey(apiName) ? false : null;
        }

        /// <summary>The class of a connector under the configured lists; unknown when it is in neither list or in both.</summary>
        public static ConnectorClass ClassOf(string? apiName, IReadOnlyCollection<string> singleAuthentication, IReadOnlyCollection<string> multiAuthentication)
        {
            if (apiName is null)
            {
                return ConnectorClass.Unknown;
            }

            var single = Contains(singleAuthentication, apiName);
            var multi = Contains(multiAuthentication, apiName);
            return single == multi ? ConnectorClass.Unknown
                : single ? ConnectorClass.SingleAuthentication
                : ConnectorClass.MultiAuthentication;
        }

        /// <summary>The managed API a <c>.../managedApis/&lt;name&gt;</c> ID names, when its name is literal.</summary>
        public static string? ManagedApiName(PartialString apiId) =>
            ResourceIdPath.Parse(apiId) is { } path && path.IsType(ManagedApisType) ? path.Name : null;

        /// <summary>The connection kind a plan needs; null for an unknown plan.</summary>
        public static string? KindFor(LogicAppPlan plan) => plan switch
        {
            LogicAppPlan.Consumption => ConsumptionKind,
            LogicAppPlan.Standard => StandardKind,
            _ => null,
        };

        private static bool Contains(IReadOnlyCollection<string> names, string name)
        {
            foreach (var candidate in names)
            {
                if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
