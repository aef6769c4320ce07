namespace ManagedIdentityAnalyzers.Descriptors
{
    /// <summary>
    /// Every diagnostic ID of the package, in one place. The catalog is ../shared/rules.md (copy: docs/rules.md);
    /// IDs never change.
    /// </summary>
    public static class RuleIds
    {
        // Identity on the logic app (LAMI0xx)
        public const string ConsumptionBothIdentities = "LAMI001";
        public const string ConsumptionSeveralUserAssigned = "LAMI002";
        public const string UserAssignedTypeWithoutIdentities = "LAMI003";
        public const string UserAssignedIdentitiesWithoutType = "LAMI004";
        public const string UserAssignedKeyNotResourceId = "LAMI005";
        public const string NonCanonicalIdentityType = "LAMI006";
    }
}
