// Reference stub of Azure.ResourceManager.Logic (see tests/Stubs/README.md).
// Workflow parameter models (LogicWorkflowData.Parameters).

using System;

namespace Azure.ResourceManager.Logic.Models
{
    /// <summary>A workflow parameter, e.g. the "$connections" parameter.</summary>
    public partial class LogicWorkflowParameterInfo
    {
        public LogicWorkflowParameterInfo()
        {
        }

        public LogicWorkflowParameterType? ParameterType { get; set; }
        public BinaryData Value { get; set; }
        public BinaryData Metadata { get; set; }
        public string Description { get; set; }
    }

    /// <summary>A workflow output parameter.</summary>
    public partial class LogicWorkflowOutputParameterInfo : LogicWorkflowParameterInfo
    {
        public LogicWorkflowOutputParameterInfo()
        {
        }

        internal LogicWorkflowOutputParameterInfo(BinaryData error)
        {
            Error = error;
        }

        public BinaryData Error { get; }
    }
}
