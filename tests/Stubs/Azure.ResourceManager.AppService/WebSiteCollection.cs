// Reference stub of Azure.ResourceManager.AppService (see tests/Stubs/README.md).
// Member bodies throw: only the signatures matter to code compiled against this assembly.

using System.Collections;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Azure.ResourceManager.AppService
{
    /// <summary>The sites of a resource group (from ResourceGroupResource.GetWebSites()).</summary>
    public partial class WebSiteCollection : ArmCollection, IEnumerable<WebSiteResource>, IAsyncEnumerable<WebSiteResource>
    {
        protected WebSiteCollection()
        {
        }

        public virtual ArmOperation<WebSiteResource> CreateOrUpdate(WaitUntil waitUntil, string name, WebSiteData data, CancellationToken cancellationToken = default) => throw null;

        public virtual Task<ArmOperation<WebSiteResource>> CreateOrUpdateAsync(WaitUntil waitUntil, string name, WebSiteData data, CancellationToken cancellationToken = default) => throw null;

        public virtual Response<WebSiteResource> Get(string name, CancellationToken cancellationToken = default) => throw null;

        public virtual Task<Response<WebSiteResource>> GetAsync(string name, CancellationToken cancellationToken = default) => throw null;

        public virtual Pageable<WebSiteResource> GetAll(bool? includeSlots = null, CancellationToken cancellationToken = default) => throw null;

        public virtual AsyncPageable<WebSiteResource> GetAllAsync(bool? includeSlots = null, CancellationToken cancellationToken = default) => throw null;

        public virtual Response<bool> Exists(string name, CancellationToken cancellationToken = default) => throw null;

        public virtual Task<Response<bool>> ExistsAsync(string name, CancellationToken cancellationToken = default) => throw null;

        public virtual NullableResponse<WebSiteResource> GetIfExists(string name, CancellationToken cancellationToken = default) => throw null;

        public virtual Task<NullableResponse<WebSiteResource>> GetIfExistsAsync(string name, CancellationToken cancellationToken = default) => throw null;

        IEnumerator<WebSiteResource> IEnumerable<WebSiteResource>.GetEnumerator() => throw null;

        IEnumerator IEnumerable.GetEnumerator() => throw null;

        IAsyncEnumerator<WebSiteResource> IAsyncEnumerable<WebSiteResource>.GetAsyncEnumerator(CancellationToken cancellationToken) => throw null;
    }
}
