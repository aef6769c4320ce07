using System;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;
using static ManagedIdentityAnalyzers.Tests.Knowledge.Holes;

namespace ManagedIdentityAnalyzers.Tests.Knowledge;

public class AudiencesTests
{
    private const string Public = nameof(AzureCloud.Public);
    private const string Gov = nameof(AzureCloud.UsGovernment);
    private const string China = nameof(AzureCloud.China);

    /// <summary>A cloud-independent audience (AudienceInfo.Cloud is null).</summary>
    private const string AnyCloud = "any";

    // ---------------------------------------------------------------------------------------------------------
    // Request URI → target (domain-rules §2.4 "Sovereign-cloud host suffixes")
    // ---------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("https://management.azure.com/subscriptions/1/resourceGroups/rg?api-version=2021-04-01", nameof(AzureService.ResourceManager), Public)]
    [InlineData("https://management.usgovcloudapi.net/subscriptions/1", nameof(AzureService.ResourceManager), Gov)]
    [InlineData("https://management.chinacloudapi.cn/subscriptions/1", nameof(AzureService.ResourceManager), China)]
    [InlineData("https://management.core.windows.net/", nameof(AzureService.ResourceManager), Public)]
    [InlineData("https://management.core.usgovcloudapi.net/x", nameof(AzureService.ResourceManager), Gov)]
    [InlineData("https://management.core.chinacloudapi.cn/x", nameof(AzureService.ResourceManager), China)]
    [InlineData("https://orders.vault.azure.net/secrets/db?api-version=7.4", nameof(AzureService.KeyVault), Public)]
    [InlineData("https://orders.vault.usgovcloudapi.net/secrets/db", nameof(AzureService.KeyVault), Gov)]
    [InlineData("https://orders.vault.azure.cn/secrets/db", nameof(AzureService.KeyVault), China)]
    [InlineData("https://acct.blob.core.windows.net/container/blob", nameof(AzureService.Storage), Public)]
    [InlineData("https://acct.queue.core.usgovcloudapi.net/q/messages", nameof(AzureService.Storage), Gov)]
    [InlineData("https://acct.table.core.chinacloudapi.cn/Orders", nameof(AzureService.Storage), China)]
    [InlineData("https://acct.file.core.windows.net/share/dir", nameof(AzureService.Storage), Public)]
    [InlineData("https://acct.dfs.core.windows.net/fs/path", nameof(AzureService.Storage), Public)]
    [InlineData("https://srv.database.windows.net/", nameof(AzureService.Sql), Public)]
    [InlineData("https://srv.database.usgovcloudapi.net/", nameof(AzureService.Sql), Gov)]
    [InlineData("https://srv.database.chinacloudapi.cn/", nameof(AzureService.Sql), China)]
    [InlineData("https://ns.servicebus.windows.net/orders/messages", nameof(AzureService.ServiceBus), Public)]
    [InlineData("https://ns.servicebus.usgovcloudapi.net/orders/messages", nameof(AzureService.ServiceBus), Gov)]
    [InlineData("https://ns.servicebus.chinacloudapi.cn/orders/messages", nameof(AzureService.ServiceBus), China)]
    [InlineData("https://acct.documents.azure.com/dbs/orders", nameof(AzureService.CosmosDb), Public)]
    [InlineData("https://acct.documents.azure.us/dbs/orders", nameof(AzureService.CosmosDb), Gov)]
    [InlineData("https://acct.documents.azure.cn/dbs/orders", nameof(AzureService.CosmosDb), China)]
    [InlineData("https://help.westus.kusto.windows.net/v1/rest/query", nameof(AzureService.DataExplorer), Public)]
    [InlineData("https://adx.usgovvirginia.kusto.usgovcloudapi.net/v1/rest/query", nameof(AzureService.DataExplorer), Gov)]
    [InlineData("https://adx.chinaeast2.kusto.chinacloudapi.cn/v1/rest/query", nameof(AzureService.DataExplorer), China)]
    [InlineData("https://store.azconfig.io/kv/key", nameof(AzureService.AppConfiguration), Public)]
    [InlineData("https://store.azconfig.azure.us/kv/key", nameof(AzureService.AppConfiguration), Gov)]
    [InlineData("https://store.azconfig.azure.cn/kv/key", nameof(AzureService.AppConfiguration), China)]
    [InlineData("https://ws.dev.azuresynapse.net/pipelines", nameof(AzureService.Synapse), Public)]
    [InlineData("https://ws.dev.azuresynapse.usgovcloudapi.net/pipelines", nameof(AzureService.Synapse), Gov)]
    [InlineData("https://ws.dev.azuresynapse.azure.cn/pipelines", nameof(AzureService.Synapse), China)]
    [InlineData("https://myacct.westus.batch.azure.com/jobs", nameof(AzureService.Batch), Public)]
    [InlineData("https://myacct.usgovvirginia.batch.usgovcloudapi.net/jobs", nameof(AzureService.Batch), Gov)]
    [InlineData("https://acct.chinanorth.batch.chinacloudapi.cn/jobs", nameof(AzureService.Batch), China)]
    [InlineData("https://api.loganalytics.io/v1/workspaces/w/query", nameof(AzureService.LogAnalytics), Public)]
    [InlineData("https://api.loganalytics.us/v1/workspaces/w/query", nameof(AzureService.LogAnalytics), Gov)]
    [InlineData("https://api.loganalytics.azure.cn/v1/workspaces/w/query", nameof(AzureService.LogAnalytics), China)]
    [InlineData("https://graph.microsoft.com/v1.0/users", nameof(AzureService.Graph), Public)]
    [InlineData("https://graph.microsoft.us/v1.0/users", nameof(AzureService.Graph), Gov)]
    [InlineData("https://microsoftgraph.chinacloudapi.cn/v1.0/users", nameof(AzureService.Graph), China)]
    public void Hosts_of_each_cloud_map_to_their_service(string uri, string service, string cloud)
    {
        Assert.True(Audiences.TryGetTarget(PartialString.Known(uri), out var target));
        Assert.Equal(Parse<AzureService>(service), target.Service);
        Assert.Equal(Parse<AzureCloud>(cloud), target.Cloud);
        Assert.True(target.IsHostKnown);
    }

    [Theory]
    [InlineData("HTTPS://Orders.VAULT.Azure.NET/secrets/db", nameof(AzureService.KeyVault), "orders.vault.azure.net")]
    [InlineData("https://orders.vault.azure.net:443/secrets/db", nameof(AzureService.KeyVault), "orders.vault.azure.net")]
    [InlineData("https://api.loganalytics.io?timespan=P1D", nameof(AzureService.LogAnalytics), "api.loganalytics.io")]
    [InlineData("https://graph.microsoft.com", nameof(AzureService.Graph), "graph.microsoft.com")]
    [InlineData("https://graph.microsoft.com#top", nameof(AzureService.Graph), "graph.microsoft.com")]
    [InlineData("http://acct.blob.core.windows.net/c/b", nameof(AzureService.Storage), "acct.blob.core.windows.net")]
    [InlineData("https://user@acct.blob.core.windows.net/c/b", nameof(AzureService.Storage), "acct.blob.core.windows.net")]
    public void Host_is_read_ignoring_case_port_query_fragment_and_user_information(string uri, string service, string host)
    {
        Assert.True(Audiences.TryGetTarget(PartialString.Known(uri), out var target));
        Assert.Equal(Parse<AzureService>(service), target.Service);
        Assert.Equal(host, target.Host);
    }

    [Theory]
    [InlineData("https://apim.azure-api.net/orders")]
    [InlineData("https://apim.azure-api.us/orders")]
    [InlineData("https://apim.azure-api.cn/orders")]
    [InlineData("https://orders-func.azurewebsites.net/api/run")]
    [InlineData("https://registry.azurecr.io/v2/")]
    [InlineData("https://login.microsoftonline.com/tenant/oauth2/token")]
    [InlineData("https://example.com/orders")]
    [InlineData("https://vault.azure.net/secrets/db")]
    [InlineData("https://hsm.managedhsm.azure.net/keys/k")]
    [InlineData("https://svc.search.windows.net/indexes")]
    [InlineData("https://westus.asazure.windows.net/models")]
    [InlineData("https://management.azure.com.example.com/")]
    [InlineData("https://evilmanagement.azure.com/")]
    [InlineData("https://sub.management.azure.com/")]
    [InlineData("https://graph.microsoft.com.example.com/v1.0")]
    [InlineData("https://acct.web.core.windows.net/index.html")]
    [InlineData("https://acct.blob.core.windows.net.example.com/c")]
    [InlineData("https://acct.blob.core.windows.net:abc/c")]
    [InlineData("https://myacct.batch.core.windows.net/jobs")]
    [InlineData("https://myacct.westus.batch.core.windows.net/jobs")]
    [InlineData("https://batch.core.windows.net/jobs")]
    [InlineData("https://myacct.batch.core.usgovcloudapi.net/jobs")]
    [InlineData("https://batch.core.usgovcloudapi.net/jobs")]
    [InlineData("https://batch.azure.com/jobs")]
    [InlineData("https://batch.usgovcloudapi.net/jobs")]
    [InlineData("https://batch.chinacloudapi.cn/jobs")]
    [InlineData("https://.vault.azure.net/secrets/db")]
    [InlineData("https://")]
    [InlineData("")]
    [InlineData("ftp://acct.blob.core.windows.net/c")]
    [InlineData("acct.blob.core.windows.net/c")]
    [InlineData("/subscriptions/1/resourceGroups/rg")]
    [InlineData("@parameters('storageUri')")]
    [InlineData("@{parameters('storageUri')}")]
    [InlineData("@{parameters('base')}/c/b")]
    [InlineData("[concat('https://', parameters('acct'), '.blob.core.windows.net/c')]")]
    [InlineData("[parameters('vaultUri')]")]
    public void App_specific_unlisted_and_expression_uris_are_unknown(string uri)
    {
        Assert.False(Audiences.TryGetTarget(PartialString.Known(uri), out _));
    }

    [Theory]
    [InlineData("{?}")]
    [InlineData("{?}/c/b")]
    [InlineData("{?}.blob.core.windows.net/c/b")]
    [InlineData("https://acct.blob.core.{?}/c/b")]
    [InlineData("https://acct.{?}.core.windows.net/c/b")]
    [InlineData("https://orders.vault.azure.net{?}")]
    [InlineData("https://{?}vault.azure.net/secrets/db")]
    [InlineData("https://{?}management.azure.com/subscriptions")]
    [InlineData("https://{?}.management.azure.com/subscriptions")]
    [InlineData("https://{?}")]
    [InlineData("{?}https://acct.blob.core.windows.net/c")]
    public void Partly_known_uris_whose_host_suffix_is_not_literal_are_unknown(string uri)
    {
        Assert.False(Audiences.TryGetTarget(Partial(uri), out _));
    }

    [Fact]
    public void Storage_uri_with_an_unknown_account_is_storage_in_the_public_cloud()
    {
        Assert.True(Audiences.TryGetTarget(Partial("https://{?}.blob.core.windows.net/c/b"), out var target));
        Assert.Equal(AzureService.Storage, target.Service);
        Assert.Equal(AzureCloud.Public, target.Cloud);
        Assert.Equal("blob", target.StorageEndpointKind);
        Assert.False(target.IsHostKnown);
        Assert.Equal("*.blob.core.windows.net", target.Host);
        Assert.Null(target.StorageAccountAudience);
    }

    [Fact]
    public void Workflow_interpolation_inside_literal_text_is_a_hole()
    {
        var uri = PartialString.Known("https://@{parameters('acct')}.blob.core.windows.net/x");
        Assert.True(Audiences.TryGetTarget(uri, out var target));
        Assert.Equal(AzureService.Storage, target.Service);
        Assert.Equal(AzureCloud.Public, target.Cloud);
        Assert.Null(target.StorageAccountAudience);
    }

    [Fact]
    public void Interpolation_holding_braces_in_a_quoted_string_ends_at_its_own_brace()
    {
        var uri = PartialString.Known("https://@{concat('a}', parameters('v'))}.vault.usgovcloudapi.net/secrets/s");
        Assert.True(Audiences.TryGetTarget(uri, out var target));
        Assert.Equal(AzureService.KeyVault, target.Service);
        Assert.Equal(AzureCloud.UsGovernment, target.Cloud);
    }

    [Theory]
    [InlineData("https://{?}.vault.usgovcloudapi.net/secrets/{?}", nameof(AzureService.KeyVault), Gov)]
    [InlineData("https://acct.blob.core.windows.net/{?}", nameof(AzureService.Storage), Public)]
    [InlineData("https://acct.blob.core.windows.net?{?}", nameof(AzureService.Storage), Public)]
    [InlineData("https://{?}-prod.servicebus.chinacloudapi.cn/{?}/messages", nameof(AzureService.ServiceBus), China)]
    [InlineData("https://{?}.{?}.kusto.windows.net/v1/rest/query", nameof(AzureService.DataExplorer), Public)]
    [InlineData("https://user:{?}@orders.vault.azure.net/secrets/db", nameof(AzureService.KeyVault), Public)]
    public void Partly_known_uris_with_a_literal_host_suffix_are_known(string uri, string service, string cloud)
    {
        Assert.True(Audiences.TryGetTarget(Partial(uri), out var target));
        Assert.Equal(Parse<AzureService>(service), target.Service);
        Assert.Equal(Parse<AzureCloud>(cloud), target.Cloud);
    }

    [Theory]
    [InlineData("https://acct.blob.core.windows.net/c/b", "blob", "https://acct.blob.core.windows.net")]
    [InlineData("https://MyAcct.Queue.core.windows.net/q/messages", "queue", "https://myacct.queue.core.windows.net")]
    [InlineData("https://acct.table.core.usgovcloudapi.net/Orders", "table", "https://acct.table.core.usgovcloudapi.net")]
    [InlineData("https://acct.file.core.chinacloudapi.cn/share", "file", "https://acct.file.core.chinacloudapi.cn")]
    [InlineData("https://acct.dfs.core.windows.net/fs", "dfs", "https://acct.dfs.core.windows.net")]
    [InlineData("https://acct.blob.core.windows.net/{?}", "blob", "https://acct.blob.core.windows.net")]
    [InlineData("https://acct.privatelink.blob.core.windows.net/c", "blob", null)]
    public void Storage_targets_carry_the_endpoint_kind_and_the_account_audience_when_the_account_is_literal(string uri, string kind, string? accountAudience)
    {
        Assert.True(Audiences.TryGetTarget(Partial(uri), out var target));
        Assert.Equal(AzureService.Storage, target.Service);
        Assert.Equal(kind, target.StorageEndpointKind);
        Assert.Equal(accountAudience, target.StorageAccountAudience);
    }

    [Theory]
    [InlineData("https://myacct.westus.batch.azure.com/jobs", Public)]
    [InlineData("https://{?}.westus.batch.azure.com/jobs", Public)]
    [InlineData("https://myacct.{?}.batch.azure.com/jobs", Public)]
    [InlineData("https://myacct.usgovarizona.batch.usgovcloudapi.net/pools", Gov)]
    [InlineData("https://myacct.chinaeast2.batch.chinacloudapi.cn/pools", China)]
    public void Batch_account_hosts_are_batch_whatever_the_account_and_region(string uri, string cloud)
    {
        Assert.True(Audiences.TryGetTarget(Partial(uri), out var target));
        Assert.Equal(AzureService.Batch, target.Service);
        Assert.Equal(Parse<AzureCloud>(cloud), target.Cloud);
        Assert.True(target.AcceptsManagedIdentityToken);
    }

    [Theory]
    [InlineData("https://acct.documents.azure.com/dbs/orders/colls/items/docs", Public)]
    [InlineData("https://acct.documents.azure.us/dbs/orders", Gov)]
    [InlineData("https://acct.documents.azure.cn/dbs/orders", China)]
    [InlineData("https://{?}.documents.azure.com/dbs/orders", Public)]
    public void Cosmos_db_hosts_are_cosmos_db_but_refuse_the_http_managed_identity_token(string uri, string cloud)
    {
        Assert.True(Audiences.TryGetTarget(Partial(uri), out var target));
        Assert.Equal(AzureService.CosmosDb, target.Service);
        Assert.Equal(Parse<AzureCloud>(cloud), target.Cloud);
        Assert.False(target.AcceptsManagedIdentityToken);

        // No audience is proposed for the call, though the table still knows Cosmos DB's audience (for LAMI105 on
        // other targets).
        Assert.Null(Audiences.AudienceFor(target));
        Assert.NotNull(Audiences.AudienceFor(AzureService.CosmosDb, target.Cloud));
    }

    [Fact]
    public void Only_cosmos_db_refuses_the_http_managed_identity_token()
    {
        foreach (var service in Enum.GetValues<AzureService>())
        {
            Assert.Equal(service != AzureService.CosmosDb, Audiences.AcceptsManagedIdentityToken(service));
        }
    }

    [Fact]
    public void Only_messaging_namespace_hosts_may_be_event_hubs()
    {
        Assert.True(Audiences.TryGetTarget(PartialString.Known("https://ns.servicebus.windows.net/hub/messages"), out var messaging));
        Assert.True(messaging.MayBeEventHubs);
        Assert.True(Audiences.TryGetTarget(PartialString.Known("https://v.vault.azure.net/secrets/s"), out var vault));
        Assert.False(vault.MayBeEventHubs);
        Assert.Null(vault.StorageEndpointKind);
        Assert.Null(vault.StorageAccountAudience);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Audience → service and cloud (domain-rules §2.4 audience table)
    // ---------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("https://management.azure.com/", nameof(AzureService.ResourceManager), Public, false)]
    [InlineData("https://management.azure.com", nameof(AzureService.ResourceManager), Public, false)]
    [InlineData("https://management.usgovcloudapi.net/", nameof(AzureService.ResourceManager), Gov, false)]
    [InlineData("https://management.usgovcloudapi.net", nameof(AzureService.ResourceManager), Gov, false)]
    [InlineData("https://management.chinacloudapi.cn", nameof(AzureService.ResourceManager), China, false)]
    [InlineData("https://management.core.windows.net/", nameof(AzureService.ResourceManager), Public, false)]
    [InlineData("https://management.core.usgovcloudapi.net/", nameof(AzureService.ResourceManager), Gov, false)]
    [InlineData("https://management.core.chinacloudapi.cn/", nameof(AzureService.ResourceManager), China, false)]
    [InlineData("https://vault.azure.net", nameof(AzureService.KeyVault), Public, false)]
    [InlineData("https://vault.azure.net/", nameof(AzureService.KeyVault), Public, false)]
    [InlineData("HTTPS://VAULT.Azure.NET", nameof(AzureService.KeyVault), Public, false)]
    [InlineData("https://vault.usgovcloudapi.net", nameof(AzureService.KeyVault), Gov, false)]
    [InlineData("https://vault.azure.cn", nameof(AzureService.KeyVault), China, false)]
    [InlineData("https://managedhsm.azure.net", nameof(AzureService.ManagedHsm), Public, false)]
    [InlineData("https://managedhsm.usgovcloudapi.net", nameof(AzureService.ManagedHsm), Gov, false)]
    [InlineData("https://managedhsm.azure.cn", nameof(AzureService.ManagedHsm), China, false)]
    [InlineData("https://storage.azure.com/", nameof(AzureService.Storage), AnyCloud, false)]
    [InlineData("https://storage.azure.com", nameof(AzureService.Storage), AnyCloud, false)]
    [InlineData("https://acct.blob.core.windows.net", nameof(AzureService.Storage), Public, true)]
    [InlineData("https://acct.blob.core.windows.net/", nameof(AzureService.Storage), Public, true)]
    [InlineData("https://acct.queue.core.usgovcloudapi.net", nameof(AzureService.Storage), Gov, true)]
    [InlineData("https://acct.table.core.chinacloudapi.cn", nameof(AzureService.Storage), China, true)]
    [InlineData("https://acct.file.core.windows.net", nameof(AzureService.Storage), Public, true)]
    [InlineData("https://acct.dfs.core.chinacloudapi.cn", nameof(AzureService.Storage), China, true)]
    [InlineData("https://database.windows.net/", nameof(AzureService.Sql), Public, false)]
    [InlineData("https://database.windows.net", nameof(AzureService.Sql), Public, false)]
    [InlineData("https://database.usgovcloudapi.net/", nameof(AzureService.Sql), Gov, false)]
    [InlineData("https://database.chinacloudapi.cn/", nameof(AzureService.Sql), China, false)]
    [InlineData("https://ossrdbms-aad.database.windows.net", nameof(AzureService.OssRdbms), Public, false)]
    [InlineData("https://ossrdbms-aad.database.usgovcloudapi.net", nameof(AzureService.OssRdbms), Gov, false)]
    [InlineData("https://ossrdbms-aad.database.chinacloudapi.cn", nameof(AzureService.OssRdbms), China, false)]
    [InlineData("https://servicebus.azure.net", nameof(AzureService.ServiceBus), AnyCloud, false)]
    [InlineData("https://servicebus.usgovcloudapi.net", nameof(AzureService.ServiceBus), Gov, false)]
    [InlineData("https://servicebus.chinacloudapi.cn", nameof(AzureService.ServiceBus), China, false)]
    [InlineData("https://eventhubs.azure.net", nameof(AzureService.EventHubs), AnyCloud, false)]
    [InlineData("https://eventhubs.azure.net/", nameof(AzureService.EventHubs), AnyCloud, false)]
    [InlineData("https://cosmos.azure.com", nameof(AzureService.CosmosDb), Public, false)]
    [InlineData("https://cosmos.azure.us", nameof(AzureService.CosmosDb), Gov, false)]
    [InlineData("https://cosmos.azure.cn", nameof(AzureService.CosmosDb), China, false)]
    [InlineData("https://acct.documents.azure.com/", nameof(AzureService.CosmosDb), Public, false)]
    [InlineData("https://acct.documents.azure.us/", nameof(AzureService.CosmosDb), Gov, false)]
    [InlineData("https://acct.documents.azure.cn/", nameof(AzureService.CosmosDb), China, false)]
    [InlineData("https://help.westus.kusto.windows.net", nameof(AzureService.DataExplorer), Public, false)]
    [InlineData("https://adx.usgovvirginia.kusto.usgovcloudapi.net", nameof(AzureService.DataExplorer), Gov, false)]
    [InlineData("https://adx.chinaeast2.kusto.chinacloudapi.cn", nameof(AzureService.DataExplorer), China, false)]
    [InlineData("https://datalake.azure.net/", nameof(AzureService.DataLakeGen1), Public, false)]
    [InlineData("https://graph.microsoft.com", nameof(AzureService.Graph), Public, false)]
    [InlineData("https://graph.microsoft.com/", nameof(AzureService.Graph), Public, false)]
    [InlineData("https://graph.microsoft.us", nameof(AzureService.Graph), Gov, false)]
    [InlineData("https://dod-graph.microsoft.us", nameof(AzureService.Graph), Gov, false)]
    [InlineData("https://microsoftgraph.chinacloudapi.cn", nameof(AzureService.Graph), China, false)]
    [InlineData("00000003-0000-0000-c000-000000000000", nameof(AzureService.Graph), AnyCloud, false)]
    [InlineData("00000003-0000-0000-C000-000000000000", nameof(AzureService.Graph), AnyCloud, false)]
    [InlineData("https://api.loganalytics.io", nameof(AzureService.LogAnalytics), Public, false)]
    [InlineData("https://api.loganalytics.us", nameof(AzureService.LogAnalytics), Gov, false)]
    [InlineData("https://api.loganalytics.azure.cn", nameof(AzureService.LogAnalytics), China, false)]
    [InlineData("https://monitor.azure.com", nameof(AzureService.Monitor), Public, false)]
    [InlineData("https://monitor.azure.us", nameof(AzureService.Monitor), Gov, false)]
    [InlineData("https://monitor.azure.cn", nameof(AzureService.Monitor), China, false)]
    [InlineData("https://appconfig.azure.com", nameof(AzureService.AppConfiguration), Public, false)]
    [InlineData("https://appconfig.azure.us", nameof(AzureService.AppConfiguration), Gov, false)]
    [InlineData("https://appconfig.azure.cn", nameof(AzureService.AppConfiguration), China, false)]
    [InlineData("https://batch.core.windows.net/", nameof(AzureService.Batch), Public, false)]
    [InlineData("https://batch.core.usgovcloudapi.net/", nameof(AzureService.Batch), Gov, false)]
    [InlineData("https://batch.chinacloudapi.cn/", nameof(AzureService.Batch), China, false)]
    [InlineData("https://digitaltwins.azure.net", nameof(AzureService.DigitalTwins), Public, false)]
    [InlineData("https://eventgrid.azure.net", nameof(AzureService.EventGrid), Public, false)]
    [InlineData("https://dev.azuresynapse.net", nameof(AzureService.Synapse), Public, false)]
    [InlineData("https://dev.azuresynapse.usgovcloudapi.net", nameof(AzureService.Synapse), Gov, false)]
    [InlineData("https://dev.azuresynapse.azure.cn", nameof(AzureService.Synapse), China, false)]
    [InlineData("https://search.azure.com", nameof(AzureService.Search), Public, false)]
    [InlineData("https://search.azure.us", nameof(AzureService.Search), Gov, false)]
    [InlineData("https://westus.asazure.windows.net", nameof(AzureService.AnalysisServices), Public, false)]
    [InlineData("https://usgovvirginia.asazure.usgovcloudapi.net", nameof(AzureService.AnalysisServices), Gov, false)]
    [InlineData("https://chinanorth.asazure.chinacloudapi.cn", nameof(AzureService.AnalysisServices), China, false)]
    public void Audiences_name_their_service_and_cloud(string audience, string service, string cloud, bool accountScoped)
    {
        Assert.True(Audiences.TryIdentify(audience, out var info));
        Assert.Equal(Parse<AzureService>(service), info.Service);
        Assert.Equal(cloud == AnyCloud ? null : Parse<AzureCloud>(cloud), info.Cloud);
        Assert.Equal(accountScoped, info.IsStorageAccountScoped);
        Assert.Equal(audience.EndsWith('/'), info.HasTrailingSlash);
        Assert.Equal(audience, info.Value);
    }

    [Theory]
    [InlineData("https://vault.azure.net/.default")]
    [InlineData("https://storage.azure.com/.default")]
    [InlineData("https://storage.azure.com//")]
    [InlineData("https://management.azure.com/subscriptions")]
    [InlineData("http://vault.azure.net")]
    [InlineData("vault.azure.net")]
    [InlineData(" https://vault.azure.net")]
    [InlineData("https://")]
    [InlineData("")]
    [InlineData("https://example.com")]
    [InlineData("https://vault.azure.net/.default/")]
    [InlineData("https://a.b.vault.azure.net")]
    [InlineData("https://vault.azure.net?x=1")]
    [InlineData("https://acct.blob.core.windows.net/container")]
    [InlineData("https://storage.azure.com/blob")]
    [InlineData("https://graph.microsoft.com/v1.0")]
    [InlineData("https://batch.core.windows.net/jobs")]
    [InlineData("https://graph.windows.net/")]
    [InlineData("https://management.microsoftazure.de/")]
    [InlineData("https://vault.microsoftazure.de")]
    [InlineData("https://a.b.blob.core.windows.net")]
    [InlineData("https://acct.web.core.windows.net")]
    [InlineData("https://a.b.documents.azure.com/")]
    [InlineData("https://kusto.windows.net")]
    [InlineData("https://orders-func.azurewebsites.net")]
    [InlineData("00000003-0000-0000-c000-000000000001")]
    [InlineData("api://orders-func")]
    public void Other_values_are_not_identified(string audience)
    {
        Assert.False(Audiences.TryIdentify(audience, out _));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Audience forms and whether the service accepts them (LAMI105)
    // ---------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("https://vault.azure.net", nameof(AzureService.KeyVault), Public, nameof(AudienceForm.Service), false, true)]
    [InlineData("https://orders.vault.azure.net", nameof(AzureService.KeyVault), Public, nameof(AudienceForm.ResourceHost), false, false)]
    [InlineData("https://Orders.Vault.Azure.Net/", nameof(AzureService.KeyVault), Public, nameof(AudienceForm.ResourceHost), false, false)]
    [InlineData("https://orders.vault.usgovcloudapi.net", nameof(AzureService.KeyVault), Gov, nameof(AudienceForm.ResourceHost), false, false)]
    [InlineData("https://orders.vault.azure.cn", nameof(AzureService.KeyVault), China, nameof(AudienceForm.ResourceHost), false, false)]
    [InlineData("https://vault.azure.net/secrets", nameof(AzureService.KeyVault), Public, nameof(AudienceForm.Service), true, false)]
    [InlineData("https://vault.azure.net/secrets/", nameof(AzureService.KeyVault), Public, nameof(AudienceForm.Service), true, false)]
    [InlineData("https://vault.usgovcloudapi.net/keys/k1", nameof(AzureService.KeyVault), Gov, nameof(AudienceForm.Service), true, false)]
    [InlineData("https://orders.vault.azure.net/secrets/db", nameof(AzureService.KeyVault), Public, nameof(AudienceForm.ResourceHost), true, false)]
    [InlineData("https://storage.azure.com/", nameof(AzureService.Storage), AnyCloud, nameof(AudienceForm.Service), false, true)]
    [InlineData("https://acct.blob.core.windows.net", nameof(AzureService.Storage), Public, nameof(AudienceForm.ResourceHost), false, true)]
    [InlineData("https://acct.queue.core.usgovcloudapi.net/", nameof(AzureService.Storage), Gov, nameof(AudienceForm.ResourceHost), false, true)]
    [InlineData("https://acct.documents.azure.com/", nameof(AzureService.CosmosDb), Public, nameof(AudienceForm.ResourceHost), false, true)]
    [InlineData("https://help.westus.kusto.windows.net", nameof(AzureService.DataExplorer), Public, nameof(AudienceForm.ResourceHost), false, true)]
    [InlineData("https://westus.asazure.windows.net", nameof(AzureService.AnalysisServices), Public, nameof(AudienceForm.ResourceHost), false, true)]
    [InlineData("https://batch.core.windows.net/", nameof(AzureService.Batch), Public, nameof(AudienceForm.Service), false, true)]
    public void Audience_forms_and_whether_the_service_accepts_them(string audience, string service, string cloud, string form, bool hasPath, bool accepted)
    {
        Assert.True(Audiences.TryIdentify(audience, out var info));
        Assert.Equal(Parse<AzureService>(service), info.Service);
        Assert.Equal(cloud == AnyCloud ? null : Parse<AzureCloud>(cloud), info.Cloud);
        Assert.Equal(Parse<AudienceForm>(form), info.Form);
        Assert.Equal(hasPath, info.HasPath);
        Assert.Equal(accepted, Audiences.IsAcceptedForm(info));
        Assert.Equal(audience.EndsWith('/'), info.HasTrailingSlash);
    }

    [Theory]
    [InlineData(nameof(AzureService.KeyVault), false, false)]
    [InlineData(nameof(AzureService.Storage), true, null)]
    [InlineData(nameof(AzureService.CosmosDb), true, null)]
    [InlineData(nameof(AzureService.DataExplorer), true, null)]
    [InlineData(nameof(AzureService.AnalysisServices), true, null)]
    [InlineData(nameof(AzureService.ResourceManager), null, null)]
    [InlineData(nameof(AzureService.Graph), null, null)]
    [InlineData(nameof(AzureService.Batch), null, null)]
    public void Forms_each_service_accepts_match_the_table(string service, bool? resourceHost, bool? path)
    {
        Assert.Equal(resourceHost, Audiences.ResourceHostAccepted(Parse<AzureService>(service)));
        Assert.Equal(path, Audiences.PathAccepted(Parse<AzureService>(service)));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Audience to write per service and cloud
    // ---------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(nameof(AzureService.ResourceManager), Public, "https://management.azure.com/")]
    [InlineData(nameof(AzureService.ResourceManager), Gov, "https://management.usgovcloudapi.net/")]
    [InlineData(nameof(AzureService.ResourceManager), China, "https://management.chinacloudapi.cn")]
    [InlineData(nameof(AzureService.KeyVault), Public, "https://vault.azure.net")]
    [InlineData(nameof(AzureService.KeyVault), Gov, "https://vault.usgovcloudapi.net")]
    [InlineData(nameof(AzureService.KeyVault), China, "https://vault.azure.cn")]
    [InlineData(nameof(AzureService.ManagedHsm), Public, "https://managedhsm.azure.net")]
    [InlineData(nameof(AzureService.ManagedHsm), Gov, "https://managedhsm.usgovcloudapi.net")]
    [InlineData(nameof(AzureService.ManagedHsm), China, "https://managedhsm.azure.cn")]
    [InlineData(nameof(AzureService.Storage), Public, "https://storage.azure.com/")]
    [InlineData(nameof(AzureService.Storage), Gov, "https://storage.azure.com/")]
    [InlineData(nameof(AzureService.Storage), China, "https://storage.azure.com/")]
    [InlineData(nameof(AzureService.Sql), Public, "https://database.windows.net/")]
    [InlineData(nameof(AzureService.Sql), Gov, "https://database.usgovcloudapi.net/")]
    [InlineData(nameof(AzureService.Sql), China, "https://database.chinacloudapi.cn/")]
    [InlineData(nameof(AzureService.OssRdbms), Public, "https://ossrdbms-aad.database.windows.net")]
    [InlineData(nameof(AzureService.OssRdbms), Gov, "https://ossrdbms-aad.database.usgovcloudapi.net")]
    [InlineData(nameof(AzureService.OssRdbms), China, "https://ossrdbms-aad.database.chinacloudapi.cn")]
    [InlineData(nameof(AzureService.ServiceBus), Public, "https://servicebus.azure.net")]
    [InlineData(nameof(AzureService.ServiceBus), Gov, null)]
    [InlineData(nameof(AzureService.ServiceBus), China, null)]
    [InlineData(nameof(AzureService.EventHubs), Public, "https://eventhubs.azure.net")]
    [InlineData(nameof(AzureService.EventHubs), Gov, "https://eventhubs.azure.net")]
    [InlineData(nameof(AzureService.EventHubs), China, "https://eventhubs.azure.net")]
    [InlineData(nameof(AzureService.CosmosDb), Public, "https://cosmos.azure.com")]
    [InlineData(nameof(AzureService.CosmosDb), Gov, "https://cosmos.azure.us")]
    [InlineData(nameof(AzureService.CosmosDb), China, "https://cosmos.azure.cn")]
    [InlineData(nameof(AzureService.DataExplorer), Public, null)]
    [InlineData(nameof(AzureService.DataExplorer), Gov, null)]
    [InlineData(nameof(AzureService.DataExplorer), China, null)]
    [InlineData(nameof(AzureService.DataLakeGen1), Public, "https://datalake.azure.net/")]
    [InlineData(nameof(AzureService.DataLakeGen1), Gov, null)]
    [InlineData(nameof(AzureService.DataLakeGen1), China, null)]
    [InlineData(nameof(AzureService.Graph), Public, "https://graph.microsoft.com")]
    [InlineData(nameof(AzureService.Graph), Gov, "https://graph.microsoft.us")]
    [InlineData(nameof(AzureService.Graph), China, "https://microsoftgraph.chinacloudapi.cn")]
    [InlineData(nameof(AzureService.LogAnalytics), Public, "https://api.loganalytics.io")]
    [InlineData(nameof(AzureService.LogAnalytics), Gov, "https://api.loganalytics.us")]
    [InlineData(nameof(AzureService.LogAnalytics), China, "https://api.loganalytics.azure.cn")]
    [InlineData(nameof(AzureService.Monitor), Public, "https://monitor.azure.com")]
    [InlineData(nameof(AzureService.Monitor), Gov, "https://monitor.azure.us")]
    [InlineData(nameof(AzureService.Monitor), China, "https://monitor.azure.cn")]
    [InlineData(nameof(AzureService.AppConfiguration), Public, "https://appconfig.azure.com")]
    [InlineData(nameof(AzureService.AppConfiguration), Gov, "https://appconfig.azure.us")]
    [InlineData(nameof(AzureService.AppConfiguration), China, "https://appconfig.azure.cn")]
    [InlineData(nameof(AzureService.Batch), Public, "https://batch.core.windows.net/")]
    [InlineData(nameof(AzureService.Batch), Gov, "https://batch.core.usgovcloudapi.net/")]
    [InlineData(nameof(AzureService.Batch), China, "https://batch.chinacloudapi.cn/")]
    [InlineData(nameof(AzureService.DigitalTwins), Public, "https://digitaltwins.azure.net")]
    [InlineData(nameof(AzureService.DigitalTwins), Gov, null)]
    [InlineData(nameof(AzureService.DigitalTwins), China, null)]
    [InlineData(nameof(AzureService.EventGrid), Public, "https://eventgrid.azure.net")]
    [InlineData(nameof(AzureService.EventGrid), Gov, null)]
    [InlineData(nameof(AzureService.EventGrid), China, null)]
    [InlineData(nameof(AzureService.Synapse), Public, "https://dev.azuresynapse.net")]
    [InlineData(nameof(AzureService.Synapse), Gov, "https://dev.azuresynapse.usgovcloudapi.net")]
    [InlineData(nameof(AzureService.Synapse), China, "https://dev.azuresynapse.azure.cn")]
    [InlineData(nameof(AzureService.Search), Public, "https://search.azure.com")]
    [InlineData(nameof(AzureService.Search), Gov, "https://search.azure.us")]
    [InlineData(nameof(AzureService.Search), China, null)]
    [InlineData(nameof(AzureService.AnalysisServices), Public, null)]
    [InlineData(nameof(AzureService.AnalysisServices), Gov, null)]
    [InlineData(nameof(AzureService.AnalysisServices), China, null)]
    public void Audience_for_each_service_and_cloud_matches_the_table(string service, string cloud, string? expected)
    {
        Assert.Equal(expected, Audiences.AudienceFor(Parse<AzureService>(service), Parse<AzureCloud>(cloud)));
    }

    [Fact]
    public void Written_audiences_read_back_as_their_service_and_need_no_slash_correction()
    {
        foreach (var service in Enum.GetValues<AzureService>())
        {
            foreach (var cloud in Enum.GetValues<AzureCloud>())
            {
                var audience = Audiences.AudienceFor(service, cloud);
                if (audience is null)
                {
                    continue;
                }

                // What the table writes is read back as the same service, in that cloud or in every cloud,
                // and with a slash LAMI106 does not correct.
                Assert.True(Audiences.TryIdentify(audience, out var info), audience);
                Assert.Equal(service, info.Service);
                Assert.True(info.Cloud is null || info.Cloud == cloud, audience);
                Assert.Equal(AudienceForm.Service, info.Form);
                Assert.False(info.HasPath, audience);
                Assert.True(Audiences.IsAcceptedForm(info), audience);
                Assert.Null(Audiences.SlashCorrection(info));
            }
        }
    }

    [Theory]
    [InlineData("https://acct.blob.core.windows.net/c/b", "https://storage.azure.com/")]
    [InlineData("https://acct.queue.core.usgovcloudapi.net/q", "https://storage.azure.com/")]
    [InlineData("https://{?}.table.core.chinacloudapi.cn/t", "https://storage.azure.com/")]
    [InlineData("https://orders.vault.azure.cn/secrets/s", "https://vault.azure.cn")]
    [InlineData("https://management.usgovcloudapi.net/subscriptions", "https://management.usgovcloudapi.net/")]
    [InlineData("https://management.core.windows.net/", "https://management.azure.com/")]
    [InlineData("https://graph.microsoft.us/v1.0/users", "https://graph.microsoft.us")]
    [InlineData("https://help.westus.kusto.windows.net/v1/rest/query", "https://help.westus.kusto.windows.net")]
    [InlineData("https://Help.WestUS.kusto.windows.net/v1/rest/query", "https://help.westus.kusto.windows.net")]
    [InlineData("https://{?}.westus.kusto.windows.net/v1/rest/query", null)]
    [InlineData("https://ns.servicebus.windows.net/orders/messages", null)]
    [InlineData("https://ns.servicebus.usgovcloudapi.net/orders/messages", null)]
    [InlineData("https://myacct.westus.batch.azure.com/jobs", "https://batch.core.windows.net/")]
    [InlineData("https://myacct.usgovvirginia.batch.usgovcloudapi.net/jobs", "https://batch.core.usgovcloudapi.net/")]
    [InlineData("https://myacct.chinanorth.batch.chinacloudapi.cn/jobs", "https://batch.chinacloudapi.cn/")]
    [InlineData("https://acct.documents.azure.com/dbs/orders", null)]
    [InlineData("https://acct.documents.azure.us/dbs/orders", null)]
    public void Audience_for_a_request_target(string uri, string? expected)
    {
        Assert.True(Audiences.TryGetTarget(Partial(uri), out var target));
        Assert.Equal(expected, Audiences.AudienceFor(target));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Trailing slash (LAMI106) and compatibility (LAMI105)
    // ---------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("https://vault.azure.net/", "https://vault.azure.net")]
    [InlineData("https://vault.usgovcloudapi.net/", "https://vault.usgovcloudapi.net")]
    [InlineData("https://Vault.Azure.CN/", "https://Vault.Azure.CN")]
    [InlineData("https://storage.azure.com", "https://storage.azure.com/")]
    [InlineData("https://acct.blob.core.windows.net/", "https://acct.blob.core.windows.net")]
    [InlineData("https://acct.queue.core.chinacloudapi.cn/", "https://acct.queue.core.chinacloudapi.cn")]
    public void Slash_is_corrected_for_key_vault_and_storage(string audience, string corrected)
    {
        Assert.True(Audiences.TryIdentify(audience, out var info));
        Assert.Equal(corrected, Audiences.SlashCorrection(info));
    }

    [Theory]
    [InlineData("https://vault.azure.net")]
    [InlineData("https://storage.azure.com/")]
    [InlineData("https://acct.blob.core.windows.net")]
    [InlineData("https://management.azure.com")]
    [InlineData("https://management.azure.com/")]
    [InlineData("https://management.chinacloudapi.cn/")]
    [InlineData("https://database.windows.net")]
    [InlineData("https://database.windows.net/")]
    [InlineData("https://managedhsm.azure.net/")]
    [InlineData("https://acct.documents.azure.com")]
    [InlineData("https://orders.vault.azure.net/")]
    [InlineData("https://vault.azure.net/secrets/")]
    public void Slash_is_left_alone_where_it_is_right_or_not_checked(string audience)
    {
        Assert.True(Audiences.TryIdentify(audience, out var info));
        Assert.Null(Audiences.SlashCorrection(info));
    }

    [Theory]
    [InlineData(nameof(AzureService.KeyVault), nameof(AzureService.KeyVault), true)]
    [InlineData(nameof(AzureService.ServiceBus), nameof(AzureService.EventHubs), true)]
    [InlineData(nameof(AzureService.EventHubs), nameof(AzureService.ServiceBus), true)]
    [InlineData(nameof(AzureService.KeyVault), nameof(AzureService.Storage), false)]
    [InlineData(nameof(AzureService.ResourceManager), nameof(AzureService.KeyVault), false)]
    [InlineData(nameof(AzureService.KeyVault), nameof(AzureService.ManagedHsm), false)]
    [InlineData(nameof(AzureService.Sql), nameof(AzureService.OssRdbms), false)]
    public void Compatibility_is_same_service_or_the_shared_messaging_namespace(string target, string audience, bool compatible)
    {
        Assert.Equal(compatible, Audiences.AreCompatible(Parse<AzureService>(target), Parse<AzureService>(audience)));
    }
}
