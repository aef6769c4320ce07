namespace ManagedIdentityAnalyzers.Knowledge
{
    /// <summary>
    /// The Azure clouds whose hosts and audiences the analyzers know (shared/reference/domain-rules.md §2.4:
    /// "Global", "US Gov", "China (21Vianet)"; S11, S16, S17). The retired Azure Germany cloud is left out: S11 lists
    /// its audiences, S16 and S17 no longer do, and no rule of the catalog reads it.
    /// </summary>
    internal enum AzureCloud
    {
        Public,
        UsGovernment,
        China,
    }
}
