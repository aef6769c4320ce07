namespace ManagedIdentityAnalyzers.Findings
{
    /// <summary>
    /// The equivalence keys of every code fix. Fix All groups by these keys, and tests and tools select fixes by them,
    /// so they are public and never change.
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
    }
}
