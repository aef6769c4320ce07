using ManagedIdentityAnalyzers.Findings.Contract;
using Microsoft.CodeAnalysis;

namespace ManagedIdentityAnalyzers.Readers
{
    /// <summary>
    /// Implemented by every reader's <see cref="Model.SourceRef"/>: where the node is, and how a fix finds and edits it.
    /// </summary>
    internal interface IReportableSource
    {
        Location Location { get; }

        /// <summary>The editor that applies fix edits to this node and the spans it edits (see <see cref="FixTarget"/>).</summary>
        FixTarget FixTarget { get; }
    }
}
