// Reference stub of Azure.ResourceManager.AppService (see tests/Stubs/README.md).
// Member bodies throw: only the signatures matter to code compiled against this assembly.

using System.Threading;
using System.Threading.Tasks;
using Azure.ResourceManager.AppService.Models;

namespace Azure.ResourceManager.AppService
{
    /// <summary>A site (Microsoft.Web/sites).</summary>
    // Members not listed in the API reference are omitted.
    public partial class WebSiteResource : ArmResource
    {
        protected WebSiteResource()
        {
        }

        public virtual Response<WebSiteResource> Update(SitePatchInfo content, CancellationToken cancellationToken = default) => throw null;

        public virtual Task<Response<WebSiteResource>> UpdateAsync(SitePatchInfo content, CancellationToken cancellationToken = default) => throw null;

        /// <summary>Validates a Standard logic app workflow definition on this site.</summary>
        public virtual Response Validate(string workflowName, WorkflowData data, CancellationToken cancellationToken = default) => throw null;

        public virtual Task<Response> ValidateAsync(string workflowName, WorkflowData data, CancellationToken cancellationToken = default) => throw null;
    }
}
