namespace ManagedIdentityAnalyzers.Findings
{
    /// <summary>
    /// The equivalence keys of every code fix. Fix All groups by these keys, and tests and tools select fixes by them,
    /// so they are public and never change. Each starts with the ID of the rule whose fix it is and a dot
    /// (<see cref="BelongsTo"/>): a key tells which rule it selects a fix of.
    /// </summary>
    public static class FixKeys
    {
        /// <summary>LAMI001: keep only the user-assigned identity (type UserAssigned).</summary>
        public const string KeepUserAssignedIdentity = "LAMI001.KeepUserAssigned";

        /// <summary>LAMI001: keep only the system-assigned identity (type SystemAssigned, user-assigned entries removed).</summary>
        public const string KeepSystemAssignedIdentity = "LAMI001.KeepSystemAssigned";

        /// <summary>LAMI003: use the system-assigned identity instead.</summary>
        public const string UseSystemAssignedIdentity = "LAMI003.UseSystemAssigned";

        /// <summary>LAMI004: make the identity type include UserAssigned.</summary>
        public const string IncludeUserAssignedInType = "LAMI004.IncludeUserAssigned";

        /// <summary>LAMI006: replace the identity type with its canonical value.</summary>
        public const string UseCanonicalIdentityType = "LAMI006.UseCanonicalIdentityType";

        /// <summary>LAMI100: replace a designer label, alias or casing variant with the JSON value.</summary>
        public const string UseCanonicalAuthenticationType = "LAMI100.UseCanonicalAuthenticationType";

        /// <summary>LAMI101: enable the system-assigned identity on the logic app.</summary>
        public const string EnableSystemAssignedIdentity = "LAMI101.EnableSystemAssigned";

        /// <summary>LAMI102: name the one attached user-assigned identity.</summary>
        public const string UseAttachedIdentity = "LAMI102.UseAttachedIdentity";

        /// <summary>LAMI102: remove the identity so the system-assigned identity is used.</summary>
        public const string UseSystemAssignedInstead = "LAMI102.UseSystemAssigned";

        /// <summary>LAMI103: add the attached user-assigned identity.</summary>
        public const string AddAttachedIdentity = "LAMI103.AddIdentity";

        /// <summary>LAMI104: add the target service's audience.</summary>
        public const string AddAudience = "LAMI104.AddAudience";

        /// <summary>LAMI105: use the target service's audience.</summary>
        public const string UseTargetAudience = "LAMI105.UseTargetAudience";

        /// <summary>LAMI106: add or remove the trailing slash.</summary>
        public const string FixAudienceSlash = "LAMI106.FixTrailingSlash";

        /// <summary>LAMI107: use the audience of the request's cloud.</summary>
        public const string UseCloudAudience = "LAMI107.UseCloudAudience";

        /// <summary>LAMI108: strip the /.default scope suffix.</summary>
        public const string StripScopeSuffix = "LAMI108.StripDefaultScope";

        /// <summary>LAMI109: remove the property.</summary>
        public const string RemoveProperty = "LAMI109.RemoveProperty";

        /// <summary>LAMI111: remove the legacy identity value.</summary>
        public const string RemoveLegacyIdentity = "LAMI111.RemoveIdentity";

        /// <summary>LAMI120: add the x-ms-version header.</summary>
        public const string AddStorageVersionHeader = "LAMI120.AddVersionHeader";

        /// <summary>LAMI121: add or replace the x-ms-date header with the current date.</summary>
        public const string UseCurrentStorageDate = "LAMI121.UseCurrentDate";

        /// <summary>LAMI131: switch to managed-identity authentication.</summary>
        public const string SwitchToManagedIdentity = "LAMI131.UseManagedIdentity";

        /// <summary>LAMI200: set <c>parameterValueType</c> to <c>Alternative</c> (single-authentication connector).</summary>
        public const string UseAlternativeParameterValueType = "LAMI200.UseAlternativeParameterValueType";

        /// <summary>LAMI200: add the <c>managedIdentityAuth</c> parameter set (multi-authentication connector).</summary>
        public const string AddManagedIdentityParameterSet = "LAMI200.AddManagedIdentityParameterSet";

        /// <summary>LAMI201: set the connection kind the plan needs.</summary>
        public const string SetConnectionKind = "LAMI201.SetKind";

        /// <summary>LAMI202: use the managed-identity parameter set (its name, empty values).</summary>
        public const string UseManagedIdentityParameterSet = "LAMI202.UseManagedIdentityParameterSet";

        /// <summary>LAMI204: authenticate to the token store with the managed identity instead of a raw key.</summary>
        public const string UseManagedIdentityForTokenStore = "LAMI204.UseManagedIdentity";

        /// <summary>Whether <paramref name="equivalenceKey"/> is a key of a fix of rule <paramref name="ruleId"/>.</summary>
        internal static bool BelongsTo(string equivalenceKey, string ruleId) =>
            equivalenceKey.Length > ruleId.Length + 1
            && equivalenceKey.StartsWith(ruleId, System.StringComparison.Ordinal)
            && equivalenceKey[ruleId.Length] == '.';
    }
}
