// Reference stub of Azure.ResourceManager.Logic (see tests/Stubs/README.md).
// Member bodies throw: only the signatures matter to code compiled against this assembly.

using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Azure.ResourceManager.Logic.Models;

namespace Azure.ResourceManager.Logic
{
    /// <summary>A Consumption Logic Apps workflow (Microsoft.Logic/workflows).</summary>
    // Members not listed in the API reference are omitted (the child accessors
    // GetLogicWorkflowRuns/Triggers/Versions and their single-item variants).
    public partial class LogicWorkflowResource : ArmResource
    {
        public static readonly ResourceType ResourceType = "Microsoft.Logic/workflows";

        protected LogicWorkflowResource()
        {
        }

        public virtual LogicWorkflowData Data => throw null;

        public virtual bool HasData => throw null;

        public static ResourceIdentifier CreateResourceIdentifier(string subscriptionId, string resourceGroupName, string workflowName)
            => new ResourceIdentifier($"/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Logic/workflows/{workflowName}");

        // Update: sends the full LogicWorkflowData (a full replacement of the workflow).

        public virtual ArmOperation<LogicWorkflowResource> Update(WaitUntil waitUntil, LogicWorkflowData data, CancellationToken cancellationToken = default) => throw null;

        public virtual Task<ArmOperation<LogicWorkflowResource>> UpdateAsync(WaitUntil waitUntil, LogicWorkflowData data, CancellationToken cancellationToken = default) => throw null;

        // The pre-1.0.1 overloads without a body, kept by the real package as obsolete forwarders
        // to Update(WaitUntil.Started, Data, cancellationToken) followed by WaitForCompletion.

        [Obsolete("This method is obsolete and will be removed in a future release. Use Update(WaitUntil, LogicWorkflowData, CancellationToken) instead.", false)]
        [EditorBrowsable(EditorBrowsableState.Never)]
        public virtual Response<LogicWorkflowResource> Update(CancellationToken cancellationToken = default) => throw null;

        [Obsolete("This method is obsolete and will be removed in a future release. Use UpdateAsync(WaitUntil, LogicWorkflowData, CancellationToken) instead.", false)]
        [EditorBrowsable(EditorBrowsableState.Never)]
        public virtual Task<Response<LogicWorkflowResource>> UpdateAsync(CancellationToken cancellationToken = default) => throw null;

        public virtual ArmOperation Delete(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw null;

        public virtual Task<ArmOperation> DeleteAsync(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw null;

        public virtual Response<LogicWorkflowResource> Get(CancellationToken cancellationToken = default) => throw null;

        public virtual Task<Response<LogicWorkflowResource>> GetAsync(CancellationToken cancellationToken = default) => throw null;

        public virtual Response Enable(CancellationToken cancellationToken = default) => throw null;

        public virtual Task<Response> EnableAsync(CancellationToken cancellationToken = default) => throw null;

        public virtual Response Disable(CancellationToken cancellationToken = default) => throw null;

        public virtual Task<Response> DisableAsync(CancellationToken cancellationToken = default) => throw null;

        public virtual Response<LogicWorkflowResource> AddTag(string key, string value, CancellationToken cancellationToken = default) => throw null;

        public virtual Task<Response<LogicWorkflowResource>> AddTagAsync(string key, string value, CancellationToken cancellationToken = default) => throw null;

        public virtual Response<LogicWorkflowResource> SetTags(IDictionary<string, string> tags, CancellationToken cancellationToken = default) => throw null;

        public virtual Task<Response<LogicWorkflowResource>> SetTagsAsync(IDictionary<string, string> tags, CancellationToken cancellationToken = default) => throw null;

        public virtual Response<LogicWorkflowResource> RemoveTag(string key, CancellationToken cancellationToken = default) => throw null;

        public virtual Task<Response<LogicWorkflowResource>> RemoveTagAsync(string key, CancellationToken cancellationToken = default) => throw null;

        public virtual Response<BinaryData> GenerateUpgradedDefinition(GenerateUpgradedDefinitionContent content, CancellationToken cancellationToken = default) => throw null;

        public virtual Task<Response<BinaryData>> GenerateUpgradedDefinitionAsync(GenerateUpgradedDefinitionContent content, CancellationToken cancellationToken = default) => throw null;

        public virtual Response<LogicWorkflowTriggerCallbackUri> GetCallbackUrl(ListOperationCallbackUrlParameterInfo info, CancellationToken cancellationToken = default) => throw null;

        public virtual Task<Response<LogicWorkflowTriggerCallbackUri>> GetCallbackUrlAsync(ListOperationCallbackUrlParameterInfo info, CancellationToken cancellationToken = default) => throw null;

        public virtual Response<BinaryData> GetSwagger(CancellationToken cancellationToken = default) => throw null;

        public virtual Task<Response<BinaryData>> GetSwaggerAsync(CancellationToken cancellationToken = default) => throw null;

        public virtual ArmOperation Move(WaitUntil waitUntil, LogicWorkflowReference move, CancellationToken cancellationToken = default) => throw null;

        public virtual Task<ArmOperation> MoveAsync(WaitUntil waitUntil, LogicWorkflowReference move, CancellationToken cancellationToken = default) => throw null;

        public virtual Response RegenerateAccessKey(LogicWorkflowRegenerateActionContent content, CancellationToken cancellationToken = default) => throw null;

        public virtual Task<Response> RegenerateAccessKeyAsync(LogicWorkflowRegenerateActionContent content, CancellationToken cancellationToken = default) => throw null;

        public virtual Response ValidateByResourceGroup(LogicWorkflowData data, CancellationToken cancellationToken = default) => throw null;

        public virtual Task<Response> ValidateByResourceGroupAsync(LogicWorkflowData data, CancellationToken cancellationToken = default) => throw null;
    }
}
