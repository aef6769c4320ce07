// Reference stub of Azure.ResourceManager.Logic (see tests/Stubs/README.md).
// Member bodies throw: only the signatures matter to code compiled against this assembly.

using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Azure.ResourceManager.Resources;

namespace Azure.ResourceManager.Logic
{
    /// <summary>Extension methods that expose Logic workflows on ARM clients and scopes.</summary>
    // Members not listed in the API reference are omitted (IntegrationAccount*,
    // IntegrationServiceEnvironment* and the child-resource accessors on ArmClient).
    public static partial class LogicExtensions
    {
        public static LogicWorkflowCollection GetLogicWorkflows(this ResourceGroupResource resourceGroupResource) => throw null;

        public static Response<LogicWorkflowResource> GetLogicWorkflow(this ResourceGroupResource resourceGroupResource, string workflowName, CancellationToken cancellationToken = default) => throw null;

        public static Task<Response<LogicWorkflowResource>> GetLogicWorkflowAsync(this ResourceGroupResource resourceGroupResource, string workflowName, CancellationToken cancellationToken = default) => throw null;

        public static Pageable<LogicWorkflowResource> GetLogicWorkflows(this SubscriptionResource subscriptionResource, int? top = null, string filter = null, CancellationToken cancellationToken = default) => throw null;

        public static AsyncPageable<LogicWorkflowResource> GetLogicWorkflowsAsync(this SubscriptionResource subscriptionResource, int? top = null, string filter = null, CancellationToken cancellationToken = default) => throw null;

        public static LogicWorkflowResource GetLogicWorkflowResource(this ArmClient client, ResourceIdentifier id) => throw null;

        public static Response ValidateByLocationWorkflow(this ResourceGroupResource resourceGroupResource, AzureLocation location, string workflowName, LogicWorkflowData data, CancellationToken cancellationToken = default) => throw null;

        public static Task<Response> ValidateByLocationWorkflowAsync(this ResourceGroupResource resourceGroupResource, AzureLocation location, string workflowName, LogicWorkflowData data, CancellationToken cancellationToken = default) => throw null;
    }
}
