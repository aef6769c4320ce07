using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using ManagedIdentityAnalyzers.Model;

namespace ManagedIdentityAnalyzers.Knowledge
{
    /// <summary>
    /// The Azure services of the audience table (shared/reference/domain-rules.md §2.4), in its order. Only services
    /// the table gives a Microsoft Entra audience for are listed: API Management, App Service / Functions and
    /// Container Registry appear in the host table but have no (or only an app-specific) audience, so they are not
    /// services here and their hosts are unknown targets.
    /// </summary>
    internal enum AzureService
    {
        ResourceManager,
        KeyVault,
        ManagedHsm,
        Storage,
        Sql,

        /// <summary>Azure Database for PostgreSQL / MySQL / MariaDB (audience <c>ossrdbms-aad</c>).</summary>
        OssRdbms,
        ServiceBus,
        EventHubs,
        CosmosDb,
        DataExplorer,
        DataLakeGen1,
        Graph,

        /// <summary>The Log Analytics query API.</summary>
        LogAnalytics,

        /// <summary>Azure Monitor ingestion.</summary>
        Monitor,
        AppConfiguration,
        Batch,
        DigitalTwins,

        /// <summary>Event Grid data plane.</summary>
        EventGrid,

        /// <summary>Synapse dev endpoint.</summary>
        Synapse,

        /// <summary>Azure AI Search.</summary>
        Search,
        AnalysisServices,
    }

    /// <summary>What a request URI points at: a service of the audience table, in a cloud.</summary>
    internal sealed class RequestTarget
    {
        public RequestTarget(
            AzureService service,
            AzureCloud cloud,
            string host,
            bool isHostKnown,
            string? storageAccountAudience,
            string? storageEndpointKind,
            bool mayBeEventHubs)
        {
            Service = service;
            Cloud = cloud;
            Host = host;
            IsHostKnown = isHostKnown;
            StorageAccountAudience = storageAccountAudience;
            StorageEndpointKind = storageEndpointKind;
            MayBeEventHubs = mayBeEventHubs;
            AcceptsManagedIdentityToken = Audiences.AcceptsManagedIdentityToken(service);
        }

        public AzureService Service { get; }

        /// <summary>
        /// Whether the service accepts the token that the HTTP action's ManagedServiceIdentity authentication sends
        /// (<see cref="Audiences.AcceptsManagedIdentityToken(AzureService)"/>). False for Cosmos DB's data plane: no
        /// audience is proposed for it and no switch to managed identity is suggested.
        /// </summary>
        public bool AcceptsManagedIdentityToken { get; }

        public AzureCloud Cloud { get; }

        /// <summary>
        /// The host in lower case, e.g. <c>acct.blob.core.windows.net</c>. When its leading part is unknown the
        /// unknown part is written <c>*</c> (<c>*.blob.core.windows.net</c>) and <see cref="IsHostKnown"/> is false.
        /// </summary>
        public string Host { get; }

        public bool IsHostKnown { get; }

        /// <summary>
        /// For a Storage data-plane host whose account name is literal: the account-scoped audience,
        /// e.g. <c>https://acct.blob.core.windows.net</c> (no trailing slash; domain-rules §2.4 "Storage, one account").
        /// </summary>
        public string? StorageAccountAudience { get; }

        /// <summary>For a Storage host: <c>blob</c>, <c>queue</c>, <c>table</c>, <c>file</c> or <c>dfs</c>.</summary>
        public string? StorageEndpointKind { get; }

        /// <summary>
        /// True for a Service Bus / Event Hubs namespace host (<c>*.servicebus.windows.net</c> and its sovereign
        /// forms): both services share it (domain-rules §2.4 host table, one row for both), so <see cref="Service"/>
        /// says <see cref="AzureService.ServiceBus"/> but the namespace may be an Event Hubs one.
        /// </summary>
        public bool MayBeEventHubs { get; }

        public override string ToString() => $"{Service} ({Cloud}) {Host}";
    }

    /// <summary>The shape of an audience value, besides the service it names.</summary>
    internal enum AudienceForm
    {
        /// <summary>The service's own value, e.g. <c>https://vault.azure.net</c> or <c>https://storage.azure.com/</c>.</summary>
        Service,

        /// <summary>
        /// The host of one resource of the service, e.g. <c>https://acct.blob.core.windows.net</c> (a Storage account),
        /// <c>https://contoso.vault.azure.net</c> (a vault), <c>https://acct.documents.azure.com/</c> (a Cosmos DB account).
        /// </summary>
        ResourceHost,
    }

    /// <summary>What an audience value names.</summary>
    internal sealed class AudienceInfo
    {
        public AudienceInfo(AzureService service, AzureCloud? cloud, AudienceForm form, bool hasPath, bool hasTrailingSlash, string value)
        {
            Service = service;
            Cloud = cloud;
            Form = form;
            HasPath = hasPath;
            HasTrailingSlash = hasTrailingSlash;
            Value = value;
        }

        public AzureService Service { get; }

        /// <summary>The service's own value or one resource's host.</summary>
        public AudienceForm Form { get; }

        /// <summary>
        /// True when a path other than a single trailing slash follows the host (<c>https://vault.azure.net/secrets</c>).
        /// Such values are identified only for services whose table row says whether they accept a path
        /// (<see cref="Audiences.IsAcceptedForm(AudienceInfo)"/>); for the others they are unknown.
        /// </summary>
        public bool HasPath { get; }

        /// <summary>
        /// The cloud the value belongs to; null when a source says the same value is used in every cloud
        /// (<c>https://storage.azure.com/</c>, <c>https://servicebus.azure.net</c>, <c>https://eventhubs.azure.net</c>,
        /// Graph's app ID), so that no cloud mismatch is ever reported for it.
        /// </summary>
        public AzureCloud? Cloud { get; }

        /// <summary>An account-scoped Storage audience such as <c>https://acct.blob.core.windows.net</c>.</summary>
        public bool IsStorageAccountScoped => Service == AzureService.Storage && Form == AudienceForm.ResourceHost;

        public bool HasTrailingSlash { get; }

        /// <summary>The audience exactly as written.</summary>
        public string Value { get; }

        public override string ToString() => $"{Service} ({Cloud?.ToString() ?? "any cloud"}) {Value}";
    }

    /// <summary>
    /// Microsoft Entra audiences (resource IDs) per service and cloud, and the host suffixes that tell a request's
    /// target service. All facts: shared/reference/domain-rules.md §2.4 (audience table and "Sovereign-cloud host
    /// suffixes" table); source keys per row. The sources tag Gov/China values (a) = S11, (b) = S17, (c) = S16.
    /// </summary>
    internal static class Audiences
    {
        private const string PublicCore = "core.windows.net";
        private const string GovCore = "core.usgovcloudapi.net";
        private const string ChinaCore = "core.chinacloudapi.cn";

        /// <summary>Storage data-plane endpoint kinds: domain-rules §2.4 host table, "Storage (&lt;acct&gt;.blob/queue/table/file/dfs.)" (S17).</summary>
        public static readonly ImmutableArray<string> StorageEndpointKinds = ImmutableArray.Create("blob", "queue", "table", "file", "dfs");

        /// <summary>The all-accounts Storage audience, the same in every cloud, with its required slash (S1, S2, S4, S11).</summary>
        public const string StorageAllAccounts = "https://storage.azure.com/";

        /// <summary>Microsoft Graph's application ID, also accepted as an audience (domain-rules §2.4 Graph row; I7).</summary>
        public const string GraphAppId = "00000003-0000-0000-c000-000000000000";

        // ------------------------------------------------------------------------------------------------------
        // Audience to write per service and cloud (Public, US Gov, China). null = the table has no value for that
        // cloud, the value depends on the resource, or the sources disagree (unknown: no diagnostic, no fix).
        // ------------------------------------------------------------------------------------------------------
        private static readonly Dictionary<AzureService, string?[]> AudienceTable = new Dictionary<AzureService, string?[]>
        {
            // S11, S16, S17. Gov: (a) "https://management.usgovcloudapi.net/", (c) the same without the slash; ARM
            // accepts both, (a) is taken. China: (a) and (c) agree on the form without the slash.
            [AzureService.ResourceManager] = new[] { "https://management.azure.com/", "https://management.usgovcloudapi.net/", "https://management.chinacloudapi.cn" },

            // S1, S2, S11, S17: no trailing slash (a slash causes 400/401).
            [AzureService.KeyVault] = new[] { "https://vault.azure.net", "https://vault.usgovcloudapi.net", "https://vault.azure.cn" },

            // S17.
            [AzureService.ManagedHsm] = new[] { "https://managedhsm.azure.net", "https://managedhsm.usgovcloudapi.net", "https://managedhsm.azure.cn" },

            // S1, S2, S4, S11: the same value in every cloud, slash required. (S17 China writes it without the
            // slash; the Logic Apps docs S1/S2/S4 require it, so the slashed form is written.)
            [AzureService.Storage] = new[] { StorageAllAccounts, StorageAllAccounts, StorageAllAccounts },

            // S11 (with slash); S17 writes them without. Values as S11.
            [AzureService.Sql] = new[] { "https://database.windows.net/", "https://database.usgovcloudapi.net/", "https://database.chinacloudapi.cn/" },

            // S17.
            [AzureService.OssRdbms] = new[] { "https://ossrdbms-aad.database.windows.net", "https://ossrdbms-aad.database.usgovcloudapi.net", "https://ossrdbms-aad.database.chinacloudapi.cn" },

            // Public: S11, S17 agree. Gov/China: S11 says https://servicebus.azure.net in every cloud, S17 says
            // https://servicebus.usgovcloudapi.net / https://servicebus.chinacloudapi.cn. Sources disagree: null.
            [AzureService.ServiceBus] = new[] { "https://servicebus.azure.net", null, null },

            // S11 only (same value in every cloud); no other source contradicts it.
            [AzureService.EventHubs] = new[] { "https://eventhubs.azure.net", "https://eventhubs.azure.net", "https://eventhubs.azure.net" },

            // S11, S17: the account-independent values (the per-account form is https://<acct>.documents.azure.com/).
            [AzureService.CosmosDb] = new[] { "https://cosmos.azure.com", "https://cosmos.azure.us", "https://cosmos.azure.cn" },

            // S11: the audience is the cluster URL itself; no account-independent value.
            [AzureService.DataExplorer] = new string?[] { null, null, null },

            // S11, S17: public only.
            [AzureService.DataLakeGen1] = new[] { "https://datalake.azure.net/", null, null },

            // S17 (the DoD / L5 value https://dod-graph.microsoft.us is identified but never written).
            [AzureService.Graph] = new[] { "https://graph.microsoft.com", "https://graph.microsoft.us", "https://microsoftgraph.chinacloudapi.cn" },

            // S16 (LogsQueryAudience), S17.
            [AzureService.LogAnalytics] = new[] { "https://api.loganalytics.io", "https://api.loganalytics.us", "https://api.loganalytics.azure.cn" },

            // S16 (KnownMonitorAudience).
            [AzureService.Monitor] = new[] { "https://monitor.azure.com", "https://monitor.azure.us", "https://monitor.azure.cn" },

            // S16 (AppConfigurationAudience).
            [AzureService.AppConfiguration] = new[] { "https://appconfig.azure.com", "https://appconfig.azure.us", "https://appconfig.azure.cn" },

            // S17 (go-autorest). These are the audiences (Microsoft Entra resource IDs), not account hosts: the Batch
            // Microsoft Entra authentication doc (learn.microsoft.com/azure/batch/batch-aad-auth, "Batch resource
            // endpoint") gives https://batch.core.windows.net/ for the public cloud. Account hosts: RequestHosts.
            [AzureService.Batch] = new[] { "https://batch.core.windows.net/", "https://batch.core.usgovcloudapi.net/", "https://batch.chinacloudapi.cn/" },

            // S25; S11 marks it public-cloud only.
            [AzureService.DigitalTwins] = new[] { "https://digitaltwins.azure.net", null, null },

            // S25 (SDK default scope); public only listed.
            [AzureService.EventGrid] = new[] { "https://eventgrid.azure.net", null, null },

            // S17.
            [AzureService.Synapse] = new[] { "https://dev.azuresynapse.net", "https://dev.azuresynapse.usgovcloudapi.net", "https://dev.azuresynapse.azure.cn" },

            // S17; no China value listed.
            [AzureService.Search] = new[] { "https://search.azure.com", "https://search.azure.us", null },

            // S11: https://<region>.asazure.windows.net, per region: no single value.
            [AzureService.AnalysisServices] = new string?[] { null, null, null },
        };

        // ------------------------------------------------------------------------------------------------------
        // Audience forms each service accepts besides its own value (LAMI105). true = accepted, false = refused,
        // null = no source says (such values are then unknown: never reported). A service not listed has no
        // resource-host audience in the table and no source on paths: (null, null).
        // ------------------------------------------------------------------------------------------------------
        private static readonly Dictionary<AzureService, (bool? ResourceHost, bool? Path)> AcceptedForms =
            new Dictionary<AzureService, (bool? ResourceHost, bool? Path)>
            {
                // One value for every vault. S1, S2: the Key Vault audience must be exactly https://vault.azure.net;
                // Key Vault's REST error codes page (learn.microsoft.com/azure/key-vault/general/rest-error-codes,
                // HTTP 401) says the resource of every token for Key Vault is https://vault.azure.net and that a token
                // for any other value does not work: a vault's own host and a path after the value are refused.
                [AzureService.KeyVault] = (false, false),

                // S1, S2, S11 ("Storage, one account"): https://<acct>.blob.core.windows.net is accepted. No source on paths.
                [AzureService.Storage] = (true, null),

                // S11, S17: the per-account value https://<acct>.documents.azure.com/ is accepted. No source on paths.
                [AzureService.CosmosDb] = (true, null),

                // S11: the cluster URL is the audience. No source on paths.
                [AzureService.DataExplorer] = (true, null),

                // S11: https://<region>.asazure.windows.net. No source on paths.
                [AzureService.AnalysisServices] = (true, null),
            };

        // ------------------------------------------------------------------------------------------------------
        // Services whose data plane refuses the token the HTTP action's ManagedServiceIdentity authentication sends
        // (a bearer token in the Authorization header). Their hosts are still targets (so that nothing else is
        // guessed for them), but no audience is proposed (LAMI104, LAMI105, LAMI107) and no switch to managed
        // identity is suggested (LAMI131).
        // ------------------------------------------------------------------------------------------------------
        private static readonly HashSet<AzureService> RefuseHttpManagedIdentityToken = new HashSet<AzureService>
        {
            // domain-rules §2.4 Cosmos DB row: the data-plane REST API takes a Microsoft Entra token only in its own
            // Authorization format, type=aad&ver=1.0&sig=<token> (Cosmos DB REST docs, "Access control on Cosmos DB
            // resources", learn.microsoft.com/rest/api/cosmos-db/access-control-on-cosmosdb-resources); the HTTP
            // action sends "Bearer <token>". The Cosmos DB connector (documentdb) is the way to use an identity.
            AzureService.CosmosDb,
        };

        // ------------------------------------------------------------------------------------------------------
        // Audience hosts with a fixed value (TryIdentify). Cloud null = the same value in every cloud.
        // ------------------------------------------------------------------------------------------------------
        private static readonly Dictionary<string, (AzureService Service, AzureCloud? Cloud)> AudienceHosts =
            new Dictionary<string, (AzureService, AzureCloud?)>(StringComparer.OrdinalIgnoreCase)
            {
                // ARM, and the classic management audience the ARM app also accepts (S11, S16, S17).
                ["management.azure.com"] = (AzureService.ResourceManager, AzureCloud.Public),
                ["management.usgovcloudapi.net"] = (AzureService.ResourceManager, AzureCloud.UsGovernment),
                ["management.chinacloudapi.cn"] = (AzureService.ResourceManager, AzureCloud.China),
                ["management.core.windows.net"] = (AzureService.ResourceManager, AzureCloud.Public),
                ["management.core.usgovcloudapi.net"] = (AzureService.ResourceManager, AzureCloud.UsGovernment),
                ["management.core.chinacloudapi.cn"] = (AzureService.ResourceManager, AzureCloud.China),

                ["vault.azure.net"] = (AzureService.KeyVault, AzureCloud.Public),
                ["vault.usgovcloudapi.net"] = (AzureService.KeyVault, AzureCloud.UsGovernment),
                ["vault.azure.cn"] = (AzureService.KeyVault, AzureCloud.China),

                ["managedhsm.azure.net"] = (AzureService.ManagedHsm, AzureCloud.Public),
                ["managedhsm.usgovcloudapi.net"] = (AzureService.ManagedHsm, AzureCloud.UsGovernment),
                ["managedhsm.azure.cn"] = (AzureService.ManagedHsm, AzureCloud.China),

                ["storage.azure.com"] = (AzureService.Storage, null),

                ["database.windows.net"] = (AzureService.Sql, AzureCloud.Public),
                ["database.usgovcloudapi.net"] = (AzureService.Sql, AzureCloud.UsGovernment),
                ["database.chinacloudapi.cn"] = (AzureService.Sql, AzureCloud.China),

                ["ossrdbms-aad.database.windows.net"] = (AzureService.OssRdbms, AzureCloud.Public),
                ["ossrdbms-aad.database.usgovcloudapi.net"] = (AzureService.OssRdbms, AzureCloud.UsGovernment),
                ["ossrdbms-aad.database.chinacloudapi.cn"] = (AzureService.OssRdbms, AzureCloud.China),

                // S11: used in every cloud. S17's sovereign values are identified with their cloud.
                ["servicebus.azure.net"] = (AzureService.ServiceBus, null),
                ["servicebus.usgovcloudapi.net"] = (AzureService.ServiceBus, AzureCloud.UsGovernment),
                ["servicebus.chinacloudapi.cn"] = (AzureService.ServiceBus, AzureCloud.China),

                ["eventhubs.azure.net"] = (AzureService.EventHubs, null),

                ["cosmos.azure.com"] = (AzureService.CosmosDb, AzureCloud.Public),
                ["cosmos.azure.us"] = (AzureService.CosmosDb, AzureCloud.UsGovernment),
                ["cosmos.azure.cn"] = (AzureService.CosmosDb, AzureCloud.China),

                ["datalake.azure.net"] = (AzureService.DataLakeGen1, AzureCloud.Public),

                ["graph.microsoft.com"] = (AzureService.Graph, AzureCloud.Public),
                ["graph.microsoft.us"] = (AzureService.Graph, AzureCloud.UsGovernment),
                ["dod-graph.microsoft.us"] = (AzureService.Graph, AzureCloud.UsGovernment),
                ["microsoftgraph.chinacloudapi.cn"] = (AzureService.Graph, AzureCloud.China),

                ["api.loganalytics.io"] = (AzureService.LogAnalytics, AzureCloud.Public),
                ["api.loganalytics.us"] = (AzureService.LogAnalytics, AzureCloud.UsGovernment),
                ["api.loganalytics.azure.cn"] = (AzureService.LogAnalytics, AzureCloud.China),

                ["monitor.azure.com"] = (AzureService.Monitor, AzureCloud.Public),
                ["monitor.azure.us"] = (AzureService.Monitor, AzureCloud.UsGovernment),
                ["monitor.azure.cn"] = (AzureService.Monitor, AzureCloud.China),

                ["appconfig.azure.com"] = (AzureService.AppConfiguration, AzureCloud.Public),
                ["appconfig.azure.us"] = (AzureService.AppConfiguration, AzureCloud.UsGovernment),
                ["appconfig.azure.cn"] = (AzureService.AppConfiguration, AzureCloud.China),

                // Audiences only: Batch account hosts are <account>.<region>.batch.azure.com etc. (RequestHosts).
                ["batch.core.windows.net"] = (AzureService.Batch, AzureCloud.Public),
                ["batch.core.usgovcloudapi.net"] = (AzureService.Batch, AzureCloud.UsGovernment),
                ["batch.chinacloudapi.cn"] = (AzureService.Batch, AzureCloud.China),

                ["digitaltwins.azure.net"] = (AzureService.DigitalTwins, AzureCloud.Public),
                ["eventgrid.azure.net"] = (AzureService.EventGrid, AzureCloud.Public),

                ["dev.azuresynapse.net"] = (AzureService.Synapse, AzureCloud.Public),
                ["dev.azuresynapse.usgovcloudapi.net"] = (AzureService.Synapse, AzureCloud.UsGovernment),
                ["dev.azuresynapse.azure.cn"] = (AzureService.Synapse, AzureCloud.China),

                ["search.azure.com"] = (AzureService.Search, AzureCloud.Public),
                ["search.azure.us"] = (AzureService.Search, AzureCloud.UsGovernment),
            };

        /// <summary>
        /// Per-resource audience values: one or more labels, then this suffix (§2.4 audience table). Whether the
        /// service accepts them is <see cref="AcceptedForms"/>.
        /// </summary>
        private static readonly (string Suffix, AzureService Service, AzureCloud Cloud, bool SingleLabel)[] ResourceAudienceSuffixes =
        {
            // A vault's own host, https://<vault>.vault.azure.net (host suffixes: §2.4 host table, S17). Identified so
            // that LAMI105 can say Key Vault refuses it (AcceptedForms).
            ("vault.azure.net", AzureService.KeyVault, AzureCloud.Public, true),
            ("vault.usgovcloudapi.net", AzureService.KeyVault, AzureCloud.UsGovernment, true),
            ("vault.azure.cn", AzureService.KeyVault, AzureCloud.China, true),

            // Cosmos DB per account, https://<acct>.documents.azure.com/ (S11, S17).
            ("documents.azure.com", AzureService.CosmosDb, AzureCloud.Public, true),
            ("documents.azure.us", AzureService.CosmosDb, AzureCloud.UsGovernment, true),
            ("documents.azure.cn", AzureService.CosmosDb, AzureCloud.China, true),

            // Data Explorer, https://<cluster>.<region>.kusto.windows.net (S11).
            ("kusto.windows.net", AzureService.DataExplorer, AzureCloud.Public, false),
            ("kusto.usgovcloudapi.net", AzureService.DataExplorer, AzureCloud.UsGovernment, false),
            ("kusto.chinacloudapi.cn", AzureService.DataExplorer, AzureCloud.China, false),

            // Analysis Services, https://*.asazure.windows.net (S11).
            ("asazure.windows.net", AzureService.AnalysisServices, AzureCloud.Public, true),
            ("asazure.usgovcloudapi.net", AzureService.AnalysisServices, AzureCloud.UsGovernment, true),
            ("asazure.chinacloudapi.cn", AzureService.AnalysisServices, AzureCloud.China, true),
        };

        private static readonly (string Core, AzureCloud Cloud)[] StorageCores =
        {
            (PublicCore, AzureCloud.Public),
            (GovCore, AzureCloud.UsGovernment),
            (ChinaCore, AzureCloud.China),
        };

        /// <summary>The characters that end a URI's authority.</summary>
        private static readonly char[] AuthorityEnds = { '/', '?', '#' };

        /// <summary>Every Storage endpoint host suffix (<c>blob.core.windows.net</c>, ...), per cloud, in the order matched.</summary>
        private static readonly (string Suffix, string Kind, AzureCloud Cloud)[] StorageSuffixes =
            StorageCores.SelectMany(core => StorageEndpointKinds.Select(kind => (kind + "." + core.Core, kind, core.Cloud))).ToArray();

        private enum HostMatch
        {
            /// <summary>The host is exactly the suffix.</summary>
            Exact,

            /// <summary>The host is one or more labels, then the suffix.</summary>
            Subdomain,
        }

        // ------------------------------------------------------------------------------------------------------
        // Request hosts (TryGetTarget): only the "Sovereign-cloud host suffixes" table of domain-rules §2.4 (S17, S11).
        // Services with an audience but no host row (Managed HSM, OSS RDBMS, Data Lake Gen1, Monitor, Digital Twins,
        // Event Grid, Search, Analysis Services) are identified from audiences only. Rows without an audience
        // (Entra login, API Management gateways, Container Registry) are not targets. Storage is matched separately.
        // ------------------------------------------------------------------------------------------------------
        private static readonly (string Suffix, HostMatch Match, AzureService Service, AzureCloud Cloud)[] RequestHosts =
        {
            ("management.azure.com", HostMatch.Exact, AzureService.ResourceManager, AzureCloud.Public),
            ("management.usgovcloudapi.net", HostMatch.Exact, AzureService.ResourceManager, AzureCloud.UsGovernment),
            ("management.chinacloudapi.cn", HostMatch.Exact, AzureService.ResourceManager, AzureCloud.China),

            // Classic management: its audience is accepted by the ARM app (S17), so it counts as ARM.
            ("management.core.windows.net", HostMatch.Exact, AzureService.ResourceManager, AzureCloud.Public),
            ("management.core.usgovcloudapi.net", HostMatch.Exact, AzureService.ResourceManager, AzureCloud.UsGovernment),
            ("management.core.chinacloudapi.cn", HostMatch.Exact, AzureService.ResourceManager, AzureCloud.China),

            ("vault.azure.net", HostMatch.Subdomain, AzureService.KeyVault, AzureCloud.Public),
            ("vault.usgovcloudapi.net", HostMatch.Subdomain, AzureService.KeyVault, AzureCloud.UsGovernment),
            ("vault.azure.cn", HostMatch.Subdomain, AzureService.KeyVault, AzureCloud.China),

            ("database.windows.net", HostMatch.Subdomain, AzureService.Sql, AzureCloud.Public),
            ("database.usgovcloudapi.net", HostMatch.Subdomain, AzureService.Sql, AzureCloud.UsGovernment),
            ("database.chinacloudapi.cn", HostMatch.Subdomain, AzureService.Sql, AzureCloud.China),

            // One row for Service Bus and Event Hubs namespaces: reported as ServiceBus with MayBeEventHubs.
            ("servicebus.windows.net", HostMatch.Subdomain, AzureService.ServiceBus, AzureCloud.Public),
            ("servicebus.usgovcloudapi.net", HostMatch.Subdomain, AzureService.ServiceBus, AzureCloud.UsGovernment),
            ("servicebus.chinacloudapi.cn", HostMatch.Subdomain, AzureService.ServiceBus, AzureCloud.China),

            ("documents.azure.com", HostMatch.Subdomain, AzureService.CosmosDb, AzureCloud.Public),
            ("documents.azure.us", HostMatch.Subdomain, AzureService.CosmosDb, AzureCloud.UsGovernment),
            ("documents.azure.cn", HostMatch.Subdomain, AzureService.CosmosDb, AzureCloud.China),

            ("kusto.windows.net", HostMatch.Subdomain, AzureService.DataExplorer, AzureCloud.Public),
            ("kusto.usgovcloudapi.net", HostMatch.Subdomain, AzureService.DataExplorer, AzureCloud.UsGovernment),
            ("kusto.chinacloudapi.cn", HostMatch.Subdomain, AzureService.DataExplorer, AzureCloud.China),

            ("azconfig.io", HostMatch.Subdomain, AzureService.AppConfiguration, AzureCloud.Public),
            ("azconfig.azure.us", HostMatch.Subdomain, AzureService.AppConfiguration, AzureCloud.UsGovernment),
            ("azconfig.azure.cn", HostMatch.Subdomain, AzureService.AppConfiguration, AzureCloud.China),

            ("dev.azuresynapse.net", HostMatch.Subdomain, AzureService.Synapse, AzureCloud.Public),
            ("dev.azuresynapse.usgovcloudapi.net", HostMatch.Subdomain, AzureService.Synapse, AzureCloud.UsGovernment),
            ("dev.azuresynapse.azure.cn", HostMatch.Subdomain, AzureService.Synapse, AzureCloud.China),

            // Batch accounts, <account>.<region>.batch.azure.com (§2.4 host table, corrected: batch.core.windows.net
            // and its sovereign forms are the Batch *audience*, not an account host). Public: Batch Management REST
            // docs (learn.microsoft.com/rest/api/batchmanagement/batch-account/create, accountName: "accountname.region.
            // batch.azure.com"; batch-account/get, accountEndpoint). US Gov: "Compare Azure Government and global Azure"
            // (Batch *.batch.azure.com / *.batch.usgovcloudapi.net). China: Azure China Batch docs (docs.azure.cn,
            // "Batch account URL" https://<account_name>.<region>.batch.chinacloudapi.cn) and the Private Endpoint DNS
            // zone values ({region}.batch.chinacloudapi.cn). The bare suffix is not an account host (in China it is
            // the audience's host), so only subdomains match.
            ("batch.azure.com", HostMatch.Subdomain, AzureService.Batch, AzureCloud.Public),
            ("batch.usgovcloudapi.net", HostMatch.Subdomain, AzureService.Batch, AzureCloud.UsGovernment),
            ("batch.chinacloudapi.cn", HostMatch.Subdomain, AzureService.Batch, AzureCloud.China),

            ("api.loganalytics.io", HostMatch.Exact, AzureService.LogAnalytics, AzureCloud.Public),
            ("api.loganalytics.us", HostMatch.Exact, AzureService.LogAnalytics, AzureCloud.UsGovernment),
            ("api.loganalytics.azure.cn", HostMatch.Exact, AzureService.LogAnalytics, AzureCloud.China),

            ("graph.microsoft.com", HostMatch.Exact, AzureService.Graph, AzureCloud.Public),
            ("graph.microsoft.us", HostMatch.Exact, AzureService.Graph, AzureCloud.UsGovernment),
            ("microsoftgraph.chinacloudapi.cn", HostMatch.Exact, AzureService.Graph, AzureCloud.China),
        };

        /// <summary>
        /// Reads the target of a request URI. The target is known only when the host's deciding part (its suffix) is
        /// literal: <c>https://</c> + hole + <c>.blob.core.windows.net/x</c> is Storage in the public cloud, while a
        /// hole that starts the value or ends the host leaves it unknown. False for app-specific targets (API
        /// Management, App Service / Functions, custom APIs), hosts not in the table, workflow expressions (a value
        /// starting with <c>@</c>; <c>@{...}</c> inside literal text counts as a hole), ARM expressions (<c>[...]</c>)
        /// and relative URIs.
        /// </summary>
        public static bool TryGetTarget(PartialString uri, out RequestTarget target)
        {
            target = null!;
            var segments = WorkflowExpressions.Segments(uri);
            if (segments.Count == 0 || segments[0] is not string first || first.StartsWith("[", StringComparison.Ordinal))
            {
                return false;
            }

            int schemeLength;
            if (first.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                schemeLength = "https://".Length;
            }
            else if (first.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            {
                schemeLength = "http://".Length;
            }
            else
            {
                return false;
            }

            // The authority runs to the first literal '/', '?' or '#'. A hole resets what is known of it: only the
            // literal text after the last hole is kept. A hole after the authority without a literal terminator
            // leaves the end of the host unknown.
            var tail = new StringBuilder();
            var headUnknown = false;
            for (var i = 0; i < segments.Count; i++)
            {
                var text = i == 0 ? first.Substring(schemeLength) : segments[i];
                if (text is null)
                {
                    headUnknown = true;
                    tail.Clear();
                    continue;
                }

                var end = text.IndexOfAny(AuthorityEnds);
                if (end >= 0)
                {
                    tail.Append(text, 0, end);
                    break;
                }

                tail.Append(text);
            }

            var host = tail.ToString();
            var at = host.LastIndexOf('@');
            if (at >= 0)
            {
                // User information: the host after it is fully literal.
                host = host.Substring(at + 1);
                headUnknown = false;
            }

            var colon = host.LastIndexOf(':');
            if (colon >= 0)
            {
                for (var i = colon + 1; i < host.Length; i++)
                {
                    if (host[i] < '0' || host[i] > '9')
                    {
                        return false;
                    }
                }

                host = host.Substring(0, colon);
            }

            host = host.ToLowerInvariant();
            if (host.Length == 0 || !IsHostText(host))
            {
                return false;
            }

            var shownHost = headUnknown ? "*" + host : host;

            if (TryStorageHost(host, headUnknown, out var storageCloud, out var kind, out var account))
            {
                var accountAudience = account is null ? null : "https://" + host;
                target = new RequestTarget(AzureService.Storage, storageCloud, shownHost, !headUnknown, accountAudience, kind, false);
                return true;
            }

            foreach (var (suffix, match, service, cloud) in RequestHosts)
            {
                if (Matches(host, headUnknown, suffix, match))
                {
                    target = new RequestTarget(service, cloud, shownHost, !headUnknown, null, null, service == AzureService.ServiceBus);
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Identifies an audience string: service, cloud and form. The scheme and host ignore case and a trailing slash
        /// is accepted either way. Account-scoped Storage audiences are Storage with
        /// <see cref="AudienceInfo.IsStorageAccountScoped"/>; a vault's own host is Key Vault with
        /// <see cref="AudienceForm.ResourceHost"/>; Graph's application ID is Graph. A longer path is identified
        /// (<see cref="AudienceInfo.HasPath"/>) only for a service whose <see cref="AcceptedForms"/> row says whether it
        /// accepts one; otherwise, like a <c>/.default</c> scope (LAMI108's finding), a query or a non-https value, it is
        /// not an audience this table knows.
        /// </summary>
        public static bool TryIdentify(string audience, out AudienceInfo info)
        {
            info = null!;
            if (string.Equals(audience, GraphAppId, StringComparison.OrdinalIgnoreCase))
            {
                info = new AudienceInfo(AzureService.Graph, null, AudienceForm.Service, false, false, audience);
                return true;
            }

            if (!audience.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var rest = audience.Substring("https://".Length);
            var slash = rest.IndexOf('/');
            var path = slash >= 0 ? rest.Substring(slash) : string.Empty;
            var host = (slash >= 0 ? rest.Substring(0, slash) : rest).ToLowerInvariant();
            var hasTrailingSlash = path.Length > 0 && path[path.Length - 1] == '/';
            var hasPath = path.Length > 1;
            if (host.Length == 0 || !IsHostText(host)
                || (hasPath && path.TrimEnd('/').Equals("/.default", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }

            if (!TryIdentifyHost(host, out var service, out var cloud, out var form)
                || (hasPath && PathAccepted(service) is null))
            {
                return false;
            }

            info = new AudienceInfo(service, cloud, form, hasPath, hasTrailingSlash, audience);
            return true;
        }

        /// <summary>
        /// Whether the service accepts the audience in the form it is written (LAMI105): its own value always; one
        /// resource's host or a path after the value only as <see cref="AcceptedForms"/> says. False only when a source
        /// says the service refuses the form.
        /// </summary>
        public static bool IsAcceptedForm(AudienceInfo info) =>
            (info.Form != AudienceForm.ResourceHost || ResourceHostAccepted(info.Service) != false)
            && (!info.HasPath || PathAccepted(info.Service) != false);

        /// <summary>Whether the service accepts one resource's host as its audience: true, false, or null (no source).</summary>
        public static bool? ResourceHostAccepted(AzureService service) =>
            AcceptedForms.TryGetValue(service, out var forms) ? forms.ResourceHost : null;

        /// <summary>Whether the service accepts a path after its audience: true, false, or null (no source).</summary>
        public static bool? PathAccepted(AzureService service) =>
            AcceptedForms.TryGetValue(service, out var forms) ? forms.Path : null;

        /// <summary>
        /// Whether the service's data plane accepts the token that the HTTP action's ManagedServiceIdentity
        /// authentication sends (a bearer token). False for Cosmos DB (<see cref="RefuseHttpManagedIdentityToken"/>).
        /// </summary>
        public static bool AcceptsManagedIdentityToken(AzureService service) => !RefuseHttpManagedIdentityToken.Contains(service);

        private static bool TryIdentifyHost(string host, out AzureService service, out AzureCloud? cloud, out AudienceForm form)
        {
            service = default;
            cloud = null;
            form = AudienceForm.Service;
            if (AudienceHosts.TryGetValue(host, out var known))
            {
                service = known.Service;
                cloud = known.Cloud;
                return true;
            }

            form = AudienceForm.ResourceHost;
            if (TryStorageHost(host, false, out var storageCloud, out _, out var account) && account is not null)
            {
                service = AzureService.Storage;
                cloud = storageCloud;
                return true;
            }

            foreach (var (suffix, suffixService, suffixCloud, singleLabel) in ResourceAudienceSuffixes)
            {
                if (host.EndsWith("." + suffix, StringComparison.Ordinal))
                {
                    var prefix = host.Substring(0, host.Length - suffix.Length - 1);
                    if (singleLabel && prefix.IndexOf('.') >= 0)
                    {
                        return false;
                    }

                    service = suffixService;
                    cloud = suffixCloud;
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The audience to write for a service in a cloud, with the trailing slash Microsoft Entra ID expects; null
        /// when the table has no single value for that cloud or the sources disagree.
        /// </summary>
        public static string? AudienceFor(AzureService service, AzureCloud cloud) =>
            AudienceTable.TryGetValue(service, out var values) ? values[(int)cloud] : null;

        /// <summary>A service's audience when it is the same in every cloud (Storage's all-accounts value), else null.</summary>
        public static string? AudienceInEveryCloud(AzureService service)
        {
            if (!AudienceTable.TryGetValue(service, out var values) || values[0] is not string first)
            {
                return null;
            }

            foreach (var value in values)
            {
                if (!string.Equals(value, first, StringComparison.Ordinal))
                {
                    return null;
                }
            }

            return first;
        }

        /// <summary>
        /// The audience for a request target: for Storage the all-accounts value <c>https://storage.azure.com/</c>;
        /// for Data Explorer the cluster URL (S11), when the host is known; null for a Service Bus / Event Hubs
        /// namespace host (the two services' audiences differ and the host cannot tell them apart) and for a service
        /// that refuses the HTTP action's managed-identity token (Cosmos DB: no audience makes that call work);
        /// otherwise <see cref="AudienceFor(AzureService, AzureCloud)"/>.
        /// </summary>
        public static string? AudienceFor(RequestTarget target)
        {
            if (target.MayBeEventHubs || !target.AcceptsManagedIdentityToken)
            {
                return null;
            }

            if (target.Service == AzureService.DataExplorer)
            {
                return target.IsHostKnown ? "https://" + target.Host : null;
            }

            return AudienceFor(target.Service, target.Cloud);
        }

        /// <summary>
        /// Whether an audience of service <paramref name="audience"/> is acceptable for a request to
        /// <paramref name="target"/> (LAMI105): the same service, or Service Bus and Event Hubs either way, because
        /// their namespaces share one host (§2.4 host table) and the request cannot tell which it is.
        /// </summary>
        public static bool AreCompatible(AzureService target, AzureService audience) =>
            target == audience
            || (target == AzureService.ServiceBus && audience == AzureService.EventHubs)
            || (target == AzureService.EventHubs && audience == AzureService.ServiceBus);

        /// <summary>
        /// The audience with the trailing slash corrected (LAMI106), or null when the slash is right or is not
        /// checked. Checked only where the sources are firm: Key Vault must not end with "/" (S1, S2: 400/401);
        /// the all-accounts Storage value must (S1, S2, S4); an account-scoped Storage value must not (S1, S2, S4).
        /// ARM accepts both forms; the SQL sources conflict (S11 with, S17 without); others are not checked, and
        /// neither is a value with a path (<see cref="IsAcceptedForm(AudienceInfo)"/> judges it) or a form the service
        /// refuses.
        /// </summary>
        public static string? SlashCorrection(AudienceInfo info)
        {
            if (info.HasPath || !IsAcceptedForm(info))
            {
                return null;
            }

            switch (info.Service)
            {
                case AzureService.KeyVault:
                    return info.HasTrailingSlash ? TrimSlash(info.Value) : null;
                case AzureService.Storage when info.IsStorageAccountScoped:
                    return info.HasTrailingSlash ? TrimSlash(info.Value) : null;
                case AzureService.Storage:
                    return info.HasTrailingSlash ? null : info.Value + "/";
                default:
                    return null;
            }
        }

        private static string TrimSlash(string value) => value.Substring(0, value.Length - 1);

        /// <summary>
        /// A Storage data-plane host, <c>&lt;acct&gt;.&lt;kind&gt;.core.&lt;cloud suffix&gt;</c>. The account is
        /// returned only when it is one literal label.
        /// </summary>
        private static bool TryStorageHost(string host, bool headUnknown, out AzureCloud cloud, out string kind, out string? account)
        {
            foreach (var (suffix, endpointKind, suffixCloud) in StorageSuffixes)
            {
                if (!Matches(host, headUnknown, suffix, HostMatch.Subdomain))
                {
                    continue;
                }

                cloud = suffixCloud;
                kind = endpointKind;
                var prefix = host.Substring(0, host.Length - suffix.Length - 1);
                account = !headUnknown && prefix.IndexOf('.') < 0 ? prefix : null;
                return true;
            }

            cloud = default;
            kind = string.Empty;
            account = null;
            return false;
        }

        /// <summary>
        /// Whether a host, or its literal tail after an unknown head, has the suffix. A tail that is exactly
        /// <c>.suffix</c> after a hole matches a subdomain (the hole is the name); a tail that is the bare suffix
        /// after a hole is undecided (the hole may or may not end with a dot) and does not match. Nothing is
        /// allocated: this runs for every request host against every row of the tables.
        /// </summary>
        private static bool Matches(string host, bool headUnknown, string suffix, HostMatch match)
        {
            if (match == HostMatch.Exact && !headUnknown && host == suffix)
            {
                return true;
            }

            // The prefix is what comes before ".suffix".
            var prefixLength = host.Length - suffix.Length - 1;
            if (match == HostMatch.Exact || prefixLength < 0 || host[prefixLength] != '.' || !host.EndsWith(suffix, StringComparison.Ordinal))
            {
                return false;
            }

            if (headUnknown)
            {
                return true;
            }

            return prefixLength > 0 && host[0] != '.' && host.IndexOf("..", 0, prefixLength, StringComparison.Ordinal) < 0;
        }

        private static bool IsHostText(string host)
        {
            foreach (var c in host)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'))
                {
                    return false;
                }
            }

            return !host.EndsWith(".", StringComparison.Ordinal) && host.IndexOf("..", StringComparison.Ordinal) < 0;
        }
    }
}
