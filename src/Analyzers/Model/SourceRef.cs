namespace ManagedIdentityAnalyzers.Model
{
    /// <summary>
    /// Where a model node came from. The model never looks inside: each reader subclasses it with what it needs to
    /// report a location and to edit the source (a C# syntax node, a span in a JSON file, a span in a literal), and
    /// the reporting layer turns it into a Roslyn location. Keeping it opaque keeps the model free of Roslyn types.
    /// </summary>
    internal abstract class SourceRef
    {
    }
}
