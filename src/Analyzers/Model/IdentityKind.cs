namespace ManagedIdentityAnalyzers.Model
{
    /// <summary>The four identity types a resource's <c>identity.type</c> accepts.</summary>
    internal enum IdentityKind
    {
        None,
        SystemAssigned,
        UserAssigned,
        SystemAndUserAssigned,
    }
}
