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
        public const string ExistingIdentityTurnedOff = "LAMI007";

        // Authentication blocks (LAMI10x-LAMI11x)
        public const string InvalidAuthenticationType = "LAMI100";
        public const string ManagedIdentityWithoutIdentity = "LAMI101";
        public const string IdentityNotAttached = "LAMI102";
        public const string SystemIdentityMeantButAbsent = "LAMI103";
        public const string MissingAudience = "LAMI104";
        public const string AudienceForAnotherService = "LAMI105";
        public const string AudienceTrailingSlash = "LAMI106";
        public const string AudienceInAnotherCloud = "LAMI107";
        public const string AudienceNotResourceId = "LAMI108";
        public const string PropertyNotForType = "LAMI109";
        public const string RequiredPropertyMissing = "LAMI110";
        public const string LegacySystemAssignedIdentity = "LAMI111";
        public const string AuthenticationNotSupportedByOperation = "LAMI112";

        // Calls to Storage (LAMI12x)
        public const string StorageCallWithoutVersion = "LAMI120";
        public const string StorageCallWithoutCurrentDate = "LAMI121";
        public const string StorageCallWithUserAssignedIdentity = "LAMI122";

        // Secrets (LAMI13x)
        public const string LiteralCredential = "LAMI130";
        public const string SecretWhereManagedIdentityWorks = "LAMI131";

        // API connections and connection references (LAMI20x)
        public const string ConnectionNotSetUpForManagedIdentity = "LAMI200";
        public const string ConnectionKindNotForPlan = "LAMI201";
        public const string ParameterSetNotManagedIdentity = "LAMI202";
        public const string ConnectorWithoutManagedIdentity = "LAMI203";
        public const string TokenStoreRawKey = "LAMI204";
        public const string ConnectionWithoutAccessPolicy = "LAMI205";

        // Standard logic apps (LAMI30x)
        public const string SystemIdentityOffForTokenStore = "LAMI300";
    }
}
