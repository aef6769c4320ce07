// Reference stub of Azure.ResourceManager.Resources (see tests/Stubs/README.md): the ARM deployment types only.
// Data classes have real properties, so object initializers work.

using System;
using System.Collections.Generic;
using Azure.Core;

namespace Azure.ResourceManager.Resources.Models
{
    /// <summary>What CreateOrUpdate sends: the deployment's properties, location and tags.</summary>
    public partial class ArmDeploymentContent
    {
        public ArmDeploymentContent(ArmDeploymentProperties properties)
        {
            Properties = properties;
        }

        public AzureLocation? Location { get; set; }

        public ArmDeploymentProperties Properties { get; }

        public IDictionary<string, string> Tags { get; } = new Dictionary<string, string>();
    }

    /// <summary>The template (inline or linked), its parameters and the mode.</summary>
    // Members not listed in the API reference are omitted (DebugSettingDetailLevel, ErrorDeployment, ExpressionEvaluationScope).
    public partial class ArmDeploymentProperties
    {
        public ArmDeploymentProperties(ArmDeploymentMode mode)
        {
            Mode = mode;
        }

        public ArmDeploymentMode Mode { get; }

        public BinaryData Template { get; set; }

        public ArmDeploymentTemplateLink TemplateLink { get; set; }

        public BinaryData Parameters { get; set; }

        public ArmDeploymentParametersLink ParametersLink { get; set; }
    }

    public enum ArmDeploymentMode
    {
        Incremental = 0,
        Complete = 1,
    }

    public partial class ArmDeploymentParametersLink
    {
        public ArmDeploymentParametersLink(Uri uri)
        {
            Uri = uri;
        }

        public string ContentVersion { get; set; }

        public Uri Uri { get; set; }
    }

    public partial class ArmDeploymentTemplateLink
    {
        public ArmDeploymentTemplateLink()
        {
        }

        public string ContentVersion { get; set; }

        public string Id { get; set; }

        public string QueryString { get; set; }

        public string RelativePath { get; set; }

        public Uri Uri { get; set; }
    }
}
