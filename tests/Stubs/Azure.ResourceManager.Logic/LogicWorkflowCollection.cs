// Reference stub of Azure.ResourceManager.Logic (see tests/Stubs/README.md).
// Member bodies throw: only the signatures matter to code compiled against this assembly.

using System.Collections;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Azure.ResourceManager.Logic
{
    /// <summary>The workflows of a resource group (from ResourceGroupResource.GetLogicWorkflows()).</summary>
    public partial class LogicWorkflowCollection : ArmCollection, IEnumerable<LogicWorkflowResource>, IAsyncEnumerable<LogicWorkflowResource>
    {
        protected LogicWorkflowCollection()
        {
        }

        public virtual ArmOperation<LogicWorkflowResource> CreateOrUpdate(WaitUntil waitUntil, string workflowName, LogicWorkflowData data, CancellationToken cancellationToken = default) => throw null;

        public virtual Task<ArmOperation<LogicWorkflowResource>> CreateOrUpdateAsync(WaitUntil waitUntil, string workflowName, LogicWorkflowData data, CancellationToken cancellationToken = default) => throw null;

        public virtual Response<LogicWorkflowResource> Get(string workflowName, CancellationToken cancellationToken = default) => throw null;

        public virtual Task<Response<LogicWorkflowResource>> GetAsync(string workflowName, CancellationToken cancellationToken = default) => throw null;

        public virtual Pageable<LogicWorkflowResource> GetAll(int? top = null, string filter = null, CancellationToken cancellationToken = default) => throw null;

        public virtual AsyncPageable<LogicWorkflowResource> GetAllAsync(int? top = null, string filter = null, CancellationToken cancellationToken = default) => throw null;

        public virtual Response<bool> Exists(string workflowName, CancellationToken cancellationToken = default) => throw null;

        public virtual Task<Response<bool>> ExistsAsync(string workflowName, CancellationToken cancellationToken = default) => throw null;

        public virtual NullableResponse<LogicWorkflowResource> GetIfExists(string workflowName, CancellationToken cancellationToken = default) => throw null;

        public virtual Task<NullableResponse<LogicWorkflowResource>> GetIfExistsAsync(string workflowName, CancellationToken cancellationToken = default) => throw null;

        IEnumerator<LogicWorkflowResource> IEnumerable<LogicWorkflowResource>.GetEnumerator() => throw null;

        IEnumerator IEnumerable.GetEnumerator() => throw null;

        IAsyncEnumerator<LogicWorkflowResource> IAsyncEnumerable<LogicWorkflowResource>.GetAsyncEnumerator(CancellationToken cancellationToken) => throw null;
    }
}
