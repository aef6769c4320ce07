namespace ManagedIdentityAnalyzers.Findings.Contract
{
    /// <summary>Which fix editor changes a node: the representation the node is written in.</summary>
    public enum FixEditor
    {
        /// <summary>No editor can change the node (fixes that edit it are not offered).</summary>
        None,

        /// <summary>A C# expression, statement or initializer element, edited as C# syntax.</summary>
        CSharpSyntax,

        /// <summary>A JSON token inside C# text (string literals), edited as literal text, re-encoded for the literal.</summary>
        JsonInLiteral,

        /// <summary>A JSON token of a JSON file of the project (an additional document), edited as the file's text.</summary>
        JsonFile,
    }
}
