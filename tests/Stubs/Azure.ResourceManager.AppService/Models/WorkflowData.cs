// Reference stub of Azure.ResourceManager.AppService (see tests/Stubs/README.md).

namespace Azure.ResourceManager.AppService.Models
{
    /// <summary>A Standard logic app workflow, as taken by WebSiteResource.Validate.</summary>
    /// <remarks>The API reference names the type only; its base type and constructors are unknown, so none is public here.</remarks>
    // Members not listed in the API reference are omitted.
    public partial class WorkflowData
    {
        protected WorkflowData()
        {
        }
    }
}
