using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ManagedIdentityAnalyzers.Readers
{
    /// <summary>
    /// Implemented by every reader's <see cref="Model.SourceRef"/>: where the node is, and which editor can change it.
    /// </summary>
    internal interface IReportableSource
    {
        Location Location { get; }

        /// <summary>The editor that applies fix edits to this node (see <see cref="EditorKinds"/>).</summary>
        string EditorKind { get; }

        /// <summary>What that editor needs to know about the node beyond its location (empty for most).</summary>
        ImmutableArray<KeyValuePair<string, string>> EditorData { get; }
    }
}
