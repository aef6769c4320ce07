// Reference stub of Azure.ResourceManager.Resources (see tests/Stubs/README.md): the ARM deployment types only.
// Member bodies throw: only the signatures matter to code compiled against this assembly.

using System.Collections;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Azure.ResourceManager.Resources.Models;

namespace Azure.ResourceManager.Resources
{
    /// <summary>The deployments of a scope (from GetArmDeployments() on a resource group, subscription, management group or tenant).</summary>
    public partial class ArmDeploymentCollection : ArmCollection, IEnumerable<ArmDeploymentResource>, IAsyncEnumerable<ArmDeploymentResource>
    {
        protected ArmDeploymentCollection()
        {
        }

        public virtual ArmOperation<ArmDeploymentResource> CreateOrUpdate(WaitUntil waitUntil, string deploymentName, ArmDeploymentContent content, CancellationToken cancellationToken = default) => throw null;

        public virtual Task<ArmOperation<ArmDeploymentResource>> CreateOrUpdateAsync(WaitUntil waitUntil, string deploymentName, ArmDeploymentContent content, CancellationToken cancellationToken = default) => throw null;

        public virtual Response<bool> Exists(string deploymentName, CancellationToken cancellationToken = default) => throw null;

        public virtual Task<Response<bool>> ExistsAsync(string deploymentName, CancellationToken cancellationToken = default) => throw null;

        public virtual Response<ArmDeploymentResource> Get(string deploymentName, CancellationToken cancellationToken = default) => throw null;

        public virtual Task<Response<ArmDeploymentResource>> GetAsync(string deploymentName, CancellationToken cancellationToken = default) => throw null;

        public virtual Pageable<ArmDeploymentResource> GetAll(string filter = null, int? top = null, CancellationToken cancellationToken = default) => throw null;

        public virtual AsyncPageable<ArmDeploymentResource> GetAllAsync(string filter = null, int? top = null, CancellationToken cancellationToken = default) => throw null;

        IEnumerator<ArmDeploymentResource> IEnumerable<ArmDeploymentResource>.GetEnumerator() => throw null;

        IEnumerator IEnumerable.GetEnumerator() => throw null;

        IAsyncEnumerator<ArmDeploymentResource> IAsyncEnumerable<ArmDeploymentResource>.GetAsyncEnumerator(CancellationToken cancellationToken) => throw null;
    }
}
