// Reference stub of Azure.ResourceManager.Resources (see tests/Stubs/README.md): the ARM deployment types only.
// Member bodies throw: only the signatures matter to code compiled against this assembly.

using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Azure.ResourceManager.Resources.Models;

namespace Azure.ResourceManager.Resources
{
    /// <summary>One deployment.</summary>
    // Members not listed in the API reference are omitted (Data, tags, deployment operations, export, cancel, WhatIf).
    public partial class ArmDeploymentResource : ArmResource
    {
        public static readonly ResourceType ResourceType = "Microsoft.Resources/deployments";

        protected ArmDeploymentResource()
        {
        }

        public static ResourceIdentifier CreateResourceIdentifier(string scope, string deploymentName) => throw null;

        public virtual ArmOperation<ArmDeploymentResource> Update(WaitUntil waitUntil, ArmDeploymentContent content, CancellationToken cancellationToken = default) => throw null;

        public virtual Task<ArmOperation<ArmDeploymentResource>> UpdateAsync(WaitUntil waitUntil, ArmDeploymentContent content, CancellationToken cancellationToken = default) => throw null;

        public virtual ArmOperation Delete(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw null;

        public virtual Task<ArmOperation> DeleteAsync(WaitUntil waitUntil, CancellationToken cancellationToken = default) => throw null;

        public virtual Response<ArmDeploymentResource> Get(CancellationToken cancellationToken = default) => throw null;

        public virtual Task<Response<ArmDeploymentResource>> GetAsync(CancellationToken cancellationToken = default) => throw null;
    }
}
