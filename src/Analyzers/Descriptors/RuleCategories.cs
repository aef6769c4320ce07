namespace ManagedIdentityAnalyzers.Descriptors
{
    /// <summary>The categories of the rule catalog's groups.</summary>
    internal static class RuleCategories
    {
        public const string Identity = "ManagedIdentity.Identity";
        public const string Authentication = "ManagedIdentity.Authentication";
        public const string Storage = "ManagedIdentity.Storage";
        public const string Secrets = "ManagedIdentity.Secrets";
        public const string Connections = "ManagedIdentity.Connections";
        public const string Standard = "ManagedIdentity.Standard";
    }
}
