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

        public static readonly DiagnosticDescriptor ExistingIdentityTurnedOff = Create(
            RuleIds.ExistingIdentityTurnedOff,
            RuleCategories.Identity,
            DiagnosticSeverity.Warning,
            title: "Update turns off the system-assigned identity of an existing logic app",
            messageFormat: "This update of an existing logic app {0}: the identity's object ID is deleted and every connection that uses it must be recreated, even if it is enabled again",
            description: "Turning off or dropping the system-assigned identity of an existing logic app deletes its object ID; re-enabling it creates a new one, and connections and role assignments made for the old one stop working.");

        public static readonly DiagnosticDescriptor InvalidAuthenticationType = Create(
            RuleIds.InvalidAuthenticationType,
            RuleCategories.Authentication,
            DiagnosticSeverity.Error,
            title: "Authentication type is missing or not valid",
            messageFormat: "The authentication type {0}: use {1}",
            description: "An authentication object's type must be one of Basic, ClientCertificate, ActiveDirectoryOAuth, Raw or ManagedServiceIdentity. Designer labels (Managed Identity, Active Directory OAuth) and short forms (MSI) are not JSON values.");

        public static readonly DiagnosticDescriptor ManagedIdentityWithoutIdentity = Create(
            RuleIds.ManagedIdentityWithoutIdentity,
            RuleCategories.Authentication,
            DiagnosticSeverity.Error,
            title: "Managed-identity authentication but the logic app has no managed identity",
            messageFormat: "Managed-identity authentication is used but the logic app has no managed identity: enable its system-assigned identity, or attach a user-assigned identity",
            description: "A Consumption logic app does not have a system-assigned identity unless it is enabled; without one, managed-identity authentication fails at run time.");

        public static readonly DiagnosticDescriptor IdentityNotAttached = Create(
            RuleIds.IdentityNotAttached,
            RuleCategories.Authentication,
            DiagnosticSeverity.Error,
            title: "Authentication names a user-assigned identity that is not attached to the logic app",
            messageFormat: "'{0}' is not attached to the logic app: {1}",
            description: "The identity named in a managed-identity authentication must be one of the logic app's user-assigned identities.");

        public static readonly DiagnosticDescriptor SystemIdentityMeantButAbsent = Create(
            RuleIds.SystemIdentityMeantButAbsent,
            RuleCategories.Authentication,
            DiagnosticSeverity.Error,
            title: "No identity is named but the logic app has only user-assigned identities",
            messageFormat: "No 'identity' is given, so the system-assigned identity is meant, but the logic app has only user-assigned identities: add \"identity\" with {0}",
            description: "Without an identity property, managed-identity authentication uses the system-assigned identity, which this logic app does not have.");

        public static readonly DiagnosticDescriptor MissingAudience = Create(
            RuleIds.MissingAudience,
            RuleCategories.Authentication,
            DiagnosticSeverity.Warning,
            title: "Managed-identity authentication without an audience",
            messageFormat: "Managed-identity authentication to {0} has no audience, so the token is issued for Azure Resource Manager: add \"audience\": \"{1}\"",
            description: "Without an audience the token is issued for https://management.azure.com/, which other services reject.");

        public static readonly DiagnosticDescriptor AudienceForAnotherService = Create(
            RuleIds.AudienceForAnotherService,
            RuleCategories.Authentication,
            DiagnosticSeverity.Warning,
            title: "Audience belongs to another service or is in a form the target service does not accept",
            messageFormat: "The audience '{0}' {1}: use '{2}'",
            description: "The audience must be the Microsoft Entra resource ID of the service the request goes to, in a form that service accepts (Key Vault: exactly its service audience, not a vault's host or a path after it).");

        public static readonly DiagnosticDescriptor AudienceTrailingSlash = Create(
            RuleIds.AudienceTrailingSlash,
            RuleCategories.Authentication,
            DiagnosticSeverity.Warning,
            title: "Audience trailing slash differs from what Microsoft Entra ID expects",
            messageFormat: "Microsoft Entra ID expects the audience '{0}' {1}: use '{2}'",
            description: "Key Vault's audience must not end with a slash (400 or 401 otherwise), the all-accounts Storage audience must, and an account-scoped Storage audience must not.");

        public static readonly DiagnosticDescriptor AudienceInAnotherCloud = Create(
            RuleIds.AudienceInAnotherCloud,
            RuleCategories.Authentication,
            DiagnosticSeverity.Error,
            title: "Audience and request URI are in different Azure clouds",
            messageFormat: "The audience '{0}' is in the {1} cloud but the request goes to the {2} cloud: use '{3}'",
            description: "Tokens for one Azure cloud are not accepted by services of another (public, US Government, China).");

        public static readonly DiagnosticDescriptor AudienceNotResourceId = Create(
            RuleIds.AudienceNotResourceId,
            RuleCategories.Authentication,
            DiagnosticSeverity.Warning,
            title: "Audience is not a resource ID",
            messageFormat: "The audience '{0}' is not a resource ID: {1}",
            description: "Logic Apps expects the audience as a resource ID (an absolute https URI or an application ID), not a token scope ending in /.default.");

        public static readonly DiagnosticDescriptor PropertyNotForType = Create(
            RuleIds.PropertyNotForType,
            RuleCategories.Authentication,
            DiagnosticSeverity.Warning,
            title: "Property does not belong to the authentication type",
            messageFormat: "'{0}' does not belong to {1} authentication: remove it",
            description: "Each authentication type accepts its own properties only; others are rejected by the designer, and a stray credential leaks into the definition.");

        public static readonly DiagnosticDescriptor RequiredPropertyMissing = Create(
            RuleIds.RequiredPropertyMissing,
            RuleCategories.Authentication,
            DiagnosticSeverity.Error,
            title: "Property required by the authentication type is missing",
            messageFormat: "{0} authentication is missing {1}",
            description: "Basic needs username and password; ClientCertificate needs pfx; ActiveDirectoryOAuth needs tenant, audience, clientId and either secret or pfx with password; Raw needs value.");

        public static readonly DiagnosticDescriptor LegacySystemAssignedIdentity = Create(
            RuleIds.LegacySystemAssignedIdentity,
            RuleCategories.Authentication,
            DiagnosticSeverity.Info,
            title: "Identity is the legacy value SystemAssigned",
            messageFormat: "'identity' is the legacy value 'SystemAssigned': remove it, the system-assigned identity is used when no identity is named",
            description: "Older documentation required identity: SystemAssigned; the current one says to leave identity out for the system-assigned identity.");

        public static readonly DiagnosticDescriptor AuthenticationNotSupportedByOperation = Create(
            RuleIds.AuthenticationNotSupportedByOperation,
            RuleCategories.Authentication,
            DiagnosticSeverity.Warning,
            title: "Authentication type not supported by this operation",
            messageFormat: "{0}",
            description: "ApiConnection actions take their authentication from the connection; HTTP + Swagger does not support managed identities; a Function action in a Standard workflow does not support managed identities.");

        public static readonly DiagnosticDescriptor StorageCallWithoutVersion = Create(
            RuleIds.StorageCallWithoutVersion,
            RuleCategories.Storage,
            DiagnosticSeverity.Warning,
            title: "Managed-identity call to Storage without x-ms-version",
            messageFormat: "This managed-identity call to Storage has no x-ms-version header and fails with 403: add \"x-ms-version\": \"{0}\"",
            description: "Storage's REST API requires an x-ms-version header for requests authenticated with Microsoft Entra ID.");

        public static readonly DiagnosticDescriptor StorageCallWithoutCurrentDate = Create(
            RuleIds.StorageCallWithoutCurrentDate,
            RuleCategories.Storage,
            DiagnosticSeverity.Warning,
            title: "Managed-identity call to Storage without a current x-ms-date",
            messageFormat: "This managed-identity call to Storage {0}: x-ms-date must be the current date, formatDateTime(utcNow(),'r')",
            description: "Storage rejects requests whose x-ms-date is missing or not current with 403.");

        public static readonly DiagnosticDescriptor StorageCallWithUserAssignedIdentity = Create(
            RuleIds.StorageCallWithUserAssignedIdentity,
            RuleCategories.Storage,
            DiagnosticSeverity.Info,
            title: "HTTP call to Storage authenticates with a user-assigned identity",
            messageFormat: "This HTTP call to Storage uses the user-assigned identity '{0}': Storage behind a firewall accepts only the system-assigned identity of a trusted service",
            description: "The trusted-Microsoft-services exception of a Storage firewall admits the logic app's system-assigned identity only.");

        public static readonly DiagnosticDescriptor LiteralCredential = Create(
            RuleIds.LiteralCredential,
            RuleCategories.Secrets,
            DiagnosticSeverity.Warning,
            title: "Credential written as a literal in an authentication block",
            messageFormat: "'{0}' holds a literal credential: read it from a secure parameter, an app setting or Key Vault",
            description: "A literal credential is stored in the workflow definition and visible to anyone who can read it.");

        public static readonly DiagnosticDescriptor SecretWhereManagedIdentityWorks = Create(
            RuleIds.SecretWhereManagedIdentityWorks,
            RuleCategories.Secrets,
            DiagnosticSeverity.Info,
            title: "Secret-based authentication to a service that accepts managed identities",
            messageFormat: "{0} authentication to {1}, which accepts managed identities: use ManagedServiceIdentity with the audience '{2}' instead of a secret{3}",
            description: "A managed identity removes the secret to store, rotate and leak. It signs in only to the logic app's own tenant.");

        public static readonly DiagnosticDescriptor ConnectionNotSetUpForManagedIdentity = Create(
            RuleIds.ConnectionNotSetUpForManagedIdentity,
            RuleCategories.Connections,
            DiagnosticSeverity.Error,
            title: "API connection meant for managed identity is not set up for it",
            messageFormat: "The API connection {0} is meant for managed identity ({1}) but is not set up for it: {2}",
            description: "Azure Resource Manager sets an API connection up for the logic app's managed identity only when its properties say so: parameterValueType Alternative for a single-authentication connector, the parameter set managedIdentityAuth for a multi-authentication one. Otherwise the workflow fails at run time: the API connection is not configured to support managed identity.");

        public static readonly DiagnosticDescriptor ConnectionKindNotForPlan = Create(
            RuleIds.ConnectionKindNotForPlan,
            RuleCategories.Connections,
            DiagnosticSeverity.Warning,
            title: "API connection kind does not match the logic app's plan",
            messageFormat: "The connection kind '{0}' does not match the {1} plan ({2}): use '{3}'",
            description: "Consumption logic apps use V1 API connections; Standard logic apps use V2 connections, which have a runtime URL and access policies.");

        public static readonly DiagnosticDescriptor ParameterSetNotManagedIdentity = Create(
            RuleIds.ParameterSetNotManagedIdentity,
            RuleCategories.Connections,
            DiagnosticSeverity.Warning,
            title: "API connection parameter set is not the managed-identity set",
            messageFormat: "The parameterValueSet of this connection, meant for managed identity ({0}), {1}: use the set named managedIdentityAuth with empty values",
            description: "A multi-authentication connector uses its managed identity only through the parameter set named managedIdentityAuth, whose values are empty. Another set name chooses another authentication; values belong to other sets. An empty parameterValueSet is the single-authentication shape.");

        public static readonly DiagnosticDescriptor ConnectorWithoutManagedIdentity = Create(
            RuleIds.ConnectorWithoutManagedIdentity,
            RuleCategories.Connections,
            DiagnosticSeverity.Warning,
            title: "Managed-identity authentication on a connection whose connector does not support managed identities",
            messageFormat: "The connection reference '{0}' authenticates with ManagedServiceIdentity, but {1} ('{2}') does not support managed identities: use the authentication its connection is created with",
            description: "Only some managed connectors accept a managed identity; the others sign in as a user (OAuth), with a key or with a password. A connection reference that asks for ManagedServiceIdentity on such a connector cannot get a token.");

        public static readonly DiagnosticDescriptor TokenStoreRawKey = Create(
            RuleIds.TokenStoreRawKey,
            RuleCategories.Connections,
            DiagnosticSeverity.Warning,
            title: "Standard connection authenticates to the token store with a raw connection key",
            messageFormat: "The connection authenticates to the token store with a raw connection key, which is for local development only and expires after 7 days: use ManagedServiceIdentity",
            description: "In Azure a Standard logic app's API connections authenticate to its token store with a managed identity; a raw connection key from an app setting is meant for local development and expires after 7 days.");

        /// <summary>Every descriptor, in ID order. Analyzers declare the ones they can report.</summary>
        public static readonly DiagnosticDescriptor ConnectionWithoutAccessPolicy = Create(
            RuleIds.ConnectionWithoutAccessPolicy,
            RuleCategories.Connections,
            DiagnosticSeverity.Warning,
            title: "Standard API connection has no access policy for the logic app's identity",
            messageFormat: "This Standard API connection (kind V2) has no accessPolicies child in the template: add a Microsoft.Web/connections/accessPolicies resource for the logic app's identity",
            description: "A Standard logic app uses an API connection through its runtime URL only when the connection has an access policy for the app's managed identity (principal type ActiveDirectory, the identity's object ID and tenant ID).");

        public static readonly DiagnosticDescriptor SystemIdentityOffForTokenStore = Create(
            RuleIds.SystemIdentityOffForTokenStore,
            RuleCategories.Standard,
            DiagnosticSeverity.Warning,
            title: "Standard logic app turns its system-assigned identity off while its connections use it for the token store",
            messageFormat: "The Standard logic app's identity type is UserAssigned, but connections.json authenticates to the token store with ManagedServiceIdentity without an identity ({0}), which needs the system-assigned identity: use 'SystemAssigned, UserAssigned', or name the user-assigned identity there",
            description: "A managedApiConnections entry whose token-store authentication is ManagedServiceIdentity without an identity uses the app's system-assigned identity; with the type UserAssigned the app has none, and the connection's calls fail.");

        public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
            ConsumptionBothIdentities,
            ConsumptionSeveralUserAssigned,
            UserAssignedTypeWithoutIdentities,
            UserAssignedIdentitiesWithoutType,
            UserAssignedKeyNotResourceId,
            NonCanonicalIdentityType,
            ExistingIdentityTurnedOff,
            InvalidAuthenticationType,
            ManagedIdentityWithoutIdentity,
            IdentityNotAttached,
            SystemIdentityMeantButAbsent,
            MissingAudience,
            AudienceForAnotherService,
            AudienceTrailingSlash,
            AudienceInAnotherCloud,
            AudienceNotResourceId,
            PropertyNotForType,
            RequiredPropertyMissing,
            LegacySystemAssignedIdentity,
            AuthenticationNotSupportedByOperation,
            StorageCallWithoutVersion,
            StorageCallWithoutCurrentDate,
            StorageCallWithUserAssignedIdentity,
            LiteralCredential,
            SecretWhereManagedIdentityWorks,
            ConnectionNotSetUpForManagedIdentity,
            ConnectionKindNotForPlan,
            ParameterSetNotManagedIdentity,
            ConnectorWithoutManagedIdentity,
            TokenStoreRawKey,
            ConnectionWithoutAccessPolicy,
            SystemIdentityOffForTokenStore);

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
