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

        /// <summary>
        /// The same finding reported at <paramref name="useSite"/>, where a part built elsewhere (a helper's
        /// definition or identity, a shared constant) enters the logic app it depends on; unchanged when there is no
        /// use site. Its fixes are dropped unless <paramref name="fixesEditOnlyTheApp"/>: a fix must not change a part
        /// that other callers use.
        /// </summary>
        public Finding At(SourceRef? useSite, bool fixesEditOnlyTheApp = false) =>
            useSite is null
                ? this
                : new Finding(RuleId, useSite, MessageArguments, AdditionalNodes, fixesEditOnlyTheApp ? Fixes : default);
    }
}
