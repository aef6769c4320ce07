using ManagedIdentityAnalyzers.Knowledge;

namespace ManagedIdentityAnalyzers.Rules.Authentication
{
    /// <summary>Service and cloud names as messages write them.</summary>
    internal static class ServiceNames
    {
        public static string Of(AzureService service) => service switch
        {
            AzureService.ResourceManager => "Azure Resource Manager",
            AzureService.KeyVault => "Key Vault",
            AzureService.ManagedHsm => "Managed HSM",
            AzureService.Storage => "Azure Storage",
            AzureService.Sql => "Azure SQL",
            AzureService.OssRdbms => "Azure Database for PostgreSQL/MySQL",
            AzureService.ServiceBus => "Service Bus",
            AzureService.EventHubs => "Event Hubs",
            AzureService.CosmosDb => "Cosmos DB",
            AzureService.DataExplorer => "Azure Data Explorer",
            AzureService.DataLakeGen1 => "Data Lake Storage Gen1",
            AzureService.Graph => "Microsoft Graph",
            AzureService.LogAnalytics => "Log Analytics",
            AzureService.Monitor => "Azure Monitor",
            AzureService.AppConfiguration => "App Configuration",
            AzureService.Batch => "Batch",
            AzureService.DigitalTwins => "Azure Digital Twins",
            AzureService.EventGrid => "Event Grid",
            AzureService.Synapse => "Synapse",
            AzureService.Search => "Azure AI Search",
            AzureService.AnalysisServices => "Analysis Services",
            _ => service.ToString(),
        };

        /// <summary>
        /// Why an audience of the right service is in a form the service refuses (LAMI105's message), e.g. "is a
        /// single Key Vault resource's host, which Key Vault does not accept as its audience".
        /// </summary>
        public static string RefusedForm(AudienceInfo info)
        {
            var service = Of(info.Service);
            return info.Form == AudienceForm.ResourceHost && Audiences.ResourceHostAccepted(info.Service) == false
                ? $"is a single {service} resource's host, which {service} does not accept as its audience"
                : $"has a path after {service}'s audience, which {service} does not accept";
        }

        public static string Of(AzureCloud cloud) => cloud switch
        {
            AzureCloud.UsGovernment => "US Government",
            AzureCloud.China => "China",
            _ => "public",
        };
    }
}
