using System.Collections.Generic;
using ManagedIdentityAnalyzers.Findings;

namespace ManagedIdentityAnalyzers.Rules
{
    /// <summary>
    /// A rule of the catalog: a pure function from the model to findings. Rules never see Roslyn types or the
    /// source kind; the same rule serves typed C#, JSON in C# and JSON files.
    /// </summary>
    internal abstract class Rule
    {
        protected Rule(params string[] ids)
        {
            Ids = ids;
        }

        /// <summary>The IDs this rule can report (see <see cref="Descriptors.RuleIds"/>).</summary>
        public IReadOnlyList<string> Ids { get; }

        public abstract void Check(RuleContext context, List<Finding> findings);
    }
}
