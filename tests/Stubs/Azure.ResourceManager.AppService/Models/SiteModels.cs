// Reference stub of Azure.ResourceManager.AppService (see tests/Stubs/README.md).
// The API reference names these types but lists none of their members.

namespace Azure.ResourceManager.AppService.Models
{
    /// <summary>The site configuration (WebSiteData.SiteConfig). Built by callers, so it has a public parameterless ctor.</summary>
    // Members not listed in the API reference are omitted.
    public partial class SiteConfigProperties
    {
        public SiteConfigProperties()
        {
        }
    }

    /// <summary>The body of WebSiteResource.Update. Built by callers, so it has a public parameterless ctor.</summary>
    // Members not listed in the API reference are omitted.
    public partial class SitePatchInfo
    {
        public SitePatchInfo()
        {
        }
    }

    /// <summary>The client-certificate mode of a site (WebSiteData.ClientCertMode).</summary>
    /// <remarks>
    /// The API reference gives neither its kind nor its values. It is a plain enum here, not an extensible-enum
    /// struct: see tests/Stubs/README.md.
    /// </remarks>
    // Members not listed in the API reference are omitted.
    public enum ClientCertMode
    {
    }
}
