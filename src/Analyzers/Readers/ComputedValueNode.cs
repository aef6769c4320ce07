using ManagedIdentityAnalyzers.Findings.Contract;
using ManagedIdentityAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace ManagedIdentityAnalyzers.Readers
{
    /// <summary>
    /// A value computed from an expression (an ARM template expression such as <c>[concat(...)]</c>): it is reported
    /// where the expression is written, but no fix edits it, since writing a literal there would change where the
    /// value comes from.
    /// </summary>
    internal sealed class ComputedValueNode : SourceRef, IReportableSource
    {
        private readonly SourceRef expression;

        public ComputedValueNode(SourceRef expression)
        {
            this.expression = expression;
        }

        /// <summary>The node of the expression's own token.</summary>
        public SourceRef Expression => expression;

        public Location Location => (expression as IReportableSource)?.Location ?? Location.None;

        public FixTarget FixTarget => FixTarget.None;
    }
}
