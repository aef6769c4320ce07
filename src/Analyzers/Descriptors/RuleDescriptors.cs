using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ManagedIdentityAnalyzers.Descriptors
{
    /// <summary>
    /// The descriptors of every rule, built by one factory so that help links, tags and defaults stay uniform.
    /// Message formats say what to change; the docs page of each rule (docs/rules/&lt;ID&gt;.md) says why.
    /// </summary>
    internal static class RuleDescriptors
    {
        public static readonly DiagnosticDescriptor ConsumptionBothIdentities = Create(
            RuleIds.ConsumptionBothIdentities,
            RuleCategories.Identity,
            DiagnosticSeverity.Warning,
            title: "Consumption workflow enables both the system-assigned and a user-assigned identity",
            messageFormat: "The Consumption workflow enables both the system-assigned and user-assigned identities: keep only one of them",
            description: "A Consumption logic app may enable either its system-assigned identity or one user-assigned identity (the 2026 revision of the documentation allows several but only one in use at a time).");

        public static readonly DiagnosticDescriptor ConsumptionSeveralUserAssigned = Create(
            RuleIds.ConsumptionSeveralUserAssigned,
            RuleCategories.Identity,
            DiagnosticSeverity.Warning,
            title: "Consumption workflow lists more than one user-assigned identity",
            messageFormat: "The Consumption workflow already lists a user-assigned identity: remove '{0}', a Consumption logic app uses one user-assigned identity",
            description: "A Consumption logic app supports one user-assigned identity (the 2026 revision of the documentation allows several but only one in use at a time).");

        public static readonly DiagnosticDescriptor UserAssignedTypeWithoutIdentities = Create(
            RuleIds.UserAssignedTypeWithoutIdentities,
            RuleCategories.Identity,
            DiagnosticSeverity.Error,
            title: "Identity type includes UserAssigned but no user-assigned identity is listed",
            messageFormat: "The identity type '{0}' includes UserAssigned but no user-assigned identity is listed: add one to UserAssignedIdentities, or use SystemAssigned",
            description: "Azure Resource Manager rejects a UserAssigned identity type without at least one user-assigned identity resource ID.");

        public static readonly DiagnosticDescriptor UserAssignedIdentitiesWithoutType = Create(
            RuleIds.UserAssignedIdentitiesWithoutType,
            RuleCategories.Identity,
            DiagnosticSeverity.Error,
            title: "User-assigned identities are listed but the identity type excludes UserAssigned",
            messageFormat: "User-assigned identities are listed but the identity type '{0}' excludes UserAssigned: set the type to '{1}'",
            description: "Azure Resource Manager rejects user-assigned identities when the identity type does not include UserAssigned.");

        public static readonly DiagnosticDescriptor UserAssignedKeyNotResourceId = Create(
            RuleIds.UserAssignedKeyNotResourceId,
            RuleCategories.Identity,
            DiagnosticSeverity.Error,
            title: "User-assigned identity key is not a user-assigned identity resource ID",
            messageFormat: "'{0}' is not a user-assigned identity resource ID: use '/subscriptions/<subscription>/resourceGroups/<group>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name>'",
            description: "The keys of userAssignedIdentities are the full resource IDs of Microsoft.ManagedIdentity/userAssignedIdentities resources, not names or client IDs.");

        public static readonly DiagnosticDescriptor NonCanonicalIdentityType = Create(
            RuleIds.NonCanonicalIdentityType,
            RuleCategories.Identity,
            DiagnosticSeverity.Warning,
            title: "Managed identity type is not a valid value",
            messageFormat: "'{0}' is not a managed identity type: {1}",
            description: "The identity type must be exactly one of None, SystemAssigned, UserAssigned or 'SystemAssigned, UserAssigned'. Casing variants, a missing space and designer labels are rejected or misread by Azure Resource Manager.");

        /// <summary>Every descriptor, in ID order. Analyzers declare the ones they can report.</summary>
        public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
            ConsumptionBothIdentities,
            ConsumptionSeveralUserAssigned,
            UserAssignedTypeWithoutIdentities,
            UserAssignedIdentitiesWithoutType,
            UserAssignedKeyNotResourceId,
            NonCanonicalIdentityType);

        private static DiagnosticDescriptor Create(
            string id,
            string category,
            DiagnosticSeverity severity,
            string title,
            string messageFormat,
            string description)
        {
#pragma warning disable RS0030 // The descriptor constructor is banned everywhere but here.
            return new DiagnosticDescriptor(
                id,
                title,
                messageFormat,
                category,
                severity,
                isEnabledByDefault: true,
                description: description,
                helpLinkUri: HelpLinks.For(id),
                customTags: WellKnownDiagnosticTags.Telemetry);
#pragma warning restore RS0030
        }
    }
}
