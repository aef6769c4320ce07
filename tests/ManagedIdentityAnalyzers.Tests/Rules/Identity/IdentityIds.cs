namespace ManagedIdentityAnalyzers.Tests.Rules.Identity;

/// <summary>User-assigned identity resource IDs for the tests.</summary>
internal static class IdentityIds
{
    public const string Ops = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/infra/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ops";
    public const string Audit = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/infra/providers/Microsoft.ManagedIdentity/userAssignedIdentities/audit";
}
