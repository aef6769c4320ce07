// Reference stub of Azure.ResourceManager.AppService (see tests/Stubs/README.md).
// Member bodies throw: only the signatures matter to code compiled against this assembly.

using Azure.Core;
using Azure.ResourceManager.Resources;

namespace Azure.ResourceManager.AppService
{
    /// <summary>Extension methods that expose App Service sites on ARM clients and scopes.</summary>
    // Members not listed in the API reference are omitted.
    public static partial class AppServiceExtensions
    {
        public static WebSiteCollection GetWebSites(this ResourceGroupResource resourceGroupResource) => throw null;

        public static WebSiteResource GetWebSiteResource(this ArmClient client, ResourceIdentifier id) => throw null;
    }
}
