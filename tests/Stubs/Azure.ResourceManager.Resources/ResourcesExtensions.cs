// Reference stub of Azure.ResourceManager.Resources (see tests/Stubs/README.md): the ARM deployment types only.
// Member bodies throw: only the signatures matter to code compiled against this assembly.

using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Azure.ResourceManager.ManagementGroups;

namespace Azure.ResourceManager.Resources
{
    /// <summary>Extension methods that expose deployments on ARM clients and scopes.</summary>
    // Members not listed in the API reference are omitted (applications, deployment scripts, template specs...).
    public static partial class ResourcesExtensions
    {
        public static ArmDeploymentCollection GetArmDeployments(this ResourceGroupResource resourceGroupResource) => throw null;

        public static ArmDeploymentCollection GetArmDeployments(this SubscriptionResource subscriptionResource) => throw null;

        public static ArmDeploymentCollection GetArmDeployments(this ManagementGroupResource managementGroupResource) => throw null;

        public static ArmDeploymentCollection GetArmDeployments(this TenantResource tenantResource) => throw null;

        public static Response<ArmDeploymentResource> GetArmDeployment(this ResourceGroupResource resourceGroupResource, string deploymentName, CancellationToken cancellationToken = default) => throw null;

        public static Task<Response<ArmDeploymentResource>> GetArmDeploymentAsync(this ResourceGroupResource resourceGroupResource, string deploymentName, CancellationToken cancellationToken = default) => throw null;

        public static ArmDeploymentResource GetArmDeploymentResource(this ArmClient client, ResourceIdentifier id) => throw null;
    }
}
