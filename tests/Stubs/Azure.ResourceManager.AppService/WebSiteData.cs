// Reference stub of Azure.ResourceManager.AppService (see tests/Stubs/README.md).

using Azure.Core;
using Azure.ResourceManager.AppService.Models;
using Azure.ResourceManager.Models;

namespace Azure.ResourceManager.AppService
{
    /// <summary>The data of a site (Microsoft.Web/sites); Standard logic apps are sites of kind "functionapp,workflowapp".</summary>
    // Members not listed in the API reference are omitted.
    public partial class WebSiteData : TrackedResourceData
    {
        public WebSiteData(AzureLocation location)
            : base(location)
        {
        }

        public ManagedServiceIdentity Identity { get; set; }

        /// <summary>The site kind, e.g. "functionapp,workflowapp". Not validated by the SDK.</summary>
        public string Kind { get; set; }

        public SiteConfigProperties SiteConfig { get; set; }
        public string KeyVaultReferenceIdentity { get; set; }
        public bool? IsHttpsOnly { get; set; }
        public bool? IsClientCertEnabled { get; set; }
        public ClientCertMode? ClientCertMode { get; set; }
        public string PublicNetworkAccess { get; set; }
        public string AppServicePlanId { get; set; }
        public string VirtualNetworkSubnetId { get; set; }
        public bool? IsEnabled { get; set; }
    }
}
