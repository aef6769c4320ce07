using System;
using System.Collections.Immutable;

namespace ManagedIdentityAnalyzers.Findings.Contract
{
    /// <summary>
    /// Everything the fixer gets from the analyzer with one diagnostic (encoded in <c>Diagnostic.Properties</c> by
    /// <see cref="FixContractCodec"/>): the finding's stable key, the stamp of the document it was computed on, the
    /// nodes its fixes edit (0 is the reported node) and the fixes as edit plans. When the document has changed since
    /// (a batch tool applied other fixes first, the user typed), the fixer finds the same finding again in the current
    /// document by <see cref="RuleId"/> and <see cref="Key"/> (<see cref="Ordinal"/> of <see cref="Count"/> findings
    /// with that key, in document order) and applies its current plan, or declines.
    /// </summary>
    internal sealed class FixContract
    {
        public FixContract(
            string ruleId,
            string key,
            int ordinal,
            int count,
            TextStamp document,
            ImmutableArray<FixTarget> targets,
            ImmutableArray<FixPlan> plans)
        {
            RuleId = ruleId;
            Key = key;
            Ordinal = ordinal;
            Count = count;
            Document = document;
            Targets = targets;
            Plans = plans;
        }

        private FixContract(string ruleId, string key, int ordinal, int count)
            : this(ruleId, key, ordinal, count, default, ImmutableArray<FixTarget>.Empty, ImmutableArray<FixPlan>.Empty)
        {
            IsReference = true;
        }

        /// <summary>
        /// The reference form a C# diagnostic carries: the finding's key and place only, no stamps, nodes or plans. The
        /// fixer analyses the document again and takes the full contract of the finding with this key and place.
        /// </summary>
        public static FixContract Reference(string ruleId, string key, int ordinal, int count) => new FixContract(ruleId, key, ordinal, count);

        /// <summary>Whether this is the <see cref="Reference"/> form, which names a finding without its fixes.</summary>
        public bool IsReference { get; }

        public string RuleId { get; }

        /// <summary>
        /// What identifies the finding whatever other fixes did to the document: the enclosing member, the JSON path of
        /// the reported node when it is JSON, and the message arguments.
        /// </summary>
        public string Key { get; }

        /// <summary>The index of this finding among the findings of the document with the same rule and key.</summary>
        public int Ordinal { get; }

        /// <summary>How many findings of the document have the same rule and key.</summary>
        public int Count { get; }

        /// <summary>The stamp of the whole document the finding was computed on.</summary>
        public TextStamp Document { get; }

        public ImmutableArray<FixTarget> Targets { get; }

        public ImmutableArray<FixPlan> Plans { get; }

        /// <summary>
        /// The plan a fix with <paramref name="equivalenceKey"/> applies to this finding. A key of this rule (keys start
        /// with the rule ID and a dot, see <see cref="FixKeys"/>) selects that plan; when this finding does not offer it,
        /// its one plan if it has exactly one (the finding's only mechanical repair: a LAMI200 connection of a
        /// multi-authentication connector gets its parameter set in a Fix All started from a single-authentication
        /// one), and none when it offers a choice of others. A null key, or one of another rule (batch tools such as
        /// <c>dotnet format</c> take the key of the first diagnostic they see, whatever its rule), selects the first
        /// plan, the one batch tools apply.
        /// </summary>
        public FixPlan? PlanFor(string? equivalenceKey)
        {
            if (Plans.IsEmpty)
            {
                return null;
            }

            if (equivalenceKey is null || !FixKeys.BelongsTo(equivalenceKey, RuleId))
            {
                return Plans[0];
            }

            foreach (var plan in Plans)
            {
                if (string.Equals(plan.EquivalenceKey, equivalenceKey, StringComparison.Ordinal))
                {
                    return plan;
                }
            }

            return Plans.Length == 1 ? Plans[0] : null;
        }

        /// <summary>The target an edit refers to, or null when the index is out of range.</summary>
        public FixTarget? Target(int index) => index >= 0 && index < Targets.Length ? Targets[index] : null;
    }
}
