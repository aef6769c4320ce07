namespace ManagedIdentityAnalyzers.Readers
{
    /// <summary>The names of the fix editors, carried from a node to the fixer with each diagnostic.</summary>
    internal static class EditorKinds
    {
        /// <summary>A C# expression or statement of typed SDK code, edited as C# syntax.</summary>
        public const string CSharpSyntax = "cs.syntax";

        /// <summary>A JSON token inside C# text (string literals), edited as literal text, re-encoded for the literal.</summary>
        public const string JsonInLiteral = "json.literal";

        /// <summary>A JSON token of a JSON file of the project (an additional document), edited as the file's text.</summary>
        public const string JsonFile = "json.file";

        /// <summary>
        /// A value computed from something written elsewhere (an ARM template expression): it is reported, but no
        /// editor rewrites it, since replacing the expression would change where the value comes from.
        /// </summary>
        public const string None = "none";
    }
}
