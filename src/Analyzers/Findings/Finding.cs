using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Model;

namespace ManagedIdentityAnalyzers.Findings
{
    /// <summary>
    /// What a rule returns: the rule, the model node to report on, the message arguments, the other nodes its
    /// fixes touch, and the fixes as edit plans. Pure data: reporting turns it into a Roslyn diagnostic.
    /// </summary>
    internal sealed class Finding
    {
        public Finding(
            string ruleId,
            SourceRef node,
            ImmutableArray<string> messageArguments,
            ImmutableArray<SourceRef> additionalNodes = default,
            ImmutableArray<FixPlan> fixes = default)
        {
            RuleId = ruleId;
            Node = node;
            MessageArguments = messageArguments;
            AdditionalNodes = additionalNodes.IsDefault ? ImmutableArray<SourceRef>.Empty : additionalNodes;
            Fixes = fixes.IsDefault ? ImmutableArray<FixPlan>.Empty : fixes;
        }

        public string RuleId { get; }

        public SourceRef Node { get; }

        public ImmutableArray<string> MessageArguments { get; }

        /// <summary>Nodes that edits refer to by index: <see cref="Node"/> is 0, these are 1, 2, ...</summary>
        public ImmutableArray<SourceRef> AdditionalNodes { get; }

        /// <summary>The fixes, in the order they are offered (the first is the one batch tools apply).</summary>
        public ImmutableArray<FixPlan> Fixes { get; }
    }
}
