namespace ManagedIdentityAnalyzers.Descriptors
{
    /// <summary>Help links are derived from the rule ID: one docs page per rule, docs/rules/&lt;ID&gt;.md.</summary>
    internal static class HelpLinks
    {
        public const string DocsBase = "https://github.com/managed-identity-analyzers/ManagedIdentityAnalyzers/blob/main/docs/rules/";

        public static string For(string ruleId) => DocsBase + ruleId + ".md";
    }
}
