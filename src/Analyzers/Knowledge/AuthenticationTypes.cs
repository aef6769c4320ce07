using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;

namespace ManagedIdentityAnalyzers.Knowledge
{
    /// <summary>
    /// The properties an <c>authentication</c> object of one type may carry. Property names are compared without
    /// regard to case, so that a different casing is never reported as a stray or missing property (the sources do
    /// not say whether the engine reads them case-sensitively; treating them as equal can only hide findings).
    /// </summary>
    internal sealed class AuthenticationShape
    {
        public AuthenticationShape(string type, ImmutableArray<string> required, ImmutableArray<string> optional, ImmutableArray<string> credentials)
        {
            Type = type;
            Required = required;
            Optional = optional;
            Credentials = credentials;
        }

        /// <summary>The canonical type value.</summary>
        public string Type { get; }

        /// <summary>Properties the type always requires (ActiveDirectoryOAuth's credential is checked by <see cref="AuthenticationTypes.MissingCredential"/>).</summary>
        public ImmutableArray<string> Required { get; }

        public ImmutableArray<string> Optional { get; }

        /// <summary>Properties of this type that hold a secret (LAMI130).</summary>
        public ImmutableArray<string> Credentials { get; }

        /// <summary>Whether the property belongs to this type: <c>type</c>, a required or an optional property.</summary>
        public bool Allows(string property) =>
            string.Equals(property, "type", StringComparison.OrdinalIgnoreCase)
            || Contains(Required, property)
            || Contains(Optional, property);

        /// <summary>Whether the property holds a credential for this type.</summary>
        public bool IsCredential(string property) => Contains(Credentials, property);

        /// <summary>The required properties (as <see cref="Required"/> spells them) missing from <paramref name="present"/>.</summary>
        public ImmutableArray<string> MissingRequired(IReadOnlyCollection<string> present)
        {
            var missing = ImmutableArray.CreateBuilder<string>();
            foreach (var property in Required)
            {
                if (!AuthenticationTypes.ContainsProperty(present, property))
                {
                    missing.Add(property);
                }
            }

            return missing.ToImmutable();
        }

        internal static bool Contains(ImmutableArray<string> properties, string property)
        {
            foreach (var candidate in properties)
            {
                if (string.Equals(candidate, property, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// The <c>authentication</c> object of workflow actions and triggers: its five type values, the designer labels
    /// and aliases that stand for them, and each type's properties. Source: shared/reference/domain-rules.md §2.1
    /// (S3 2021, S4 2023, S10 the designer validator) and §1A (LA001–LA006).
    /// </summary>
    internal static class AuthenticationTypes
    {
        public const string Basic = "Basic";
        public const string ClientCertificate = "ClientCertificate";
        public const string ActiveDirectoryOAuth = "ActiveDirectoryOAuth";
        public const string Raw = "Raw";
        public const string ManagedServiceIdentity = "ManagedServiceIdentity";

        /// <summary>
        /// Designer-only property of ActiveDirectoryOAuth (<c>Secret</c> / <c>Certificate</c>): S3/S4 say it does not
        /// belong in the definition, S10 rejects it as unknown. Never allowed (LAMI109).
        /// </summary>
        public const string DesignerOnlyCredentialType = "credentialType";

        /// <summary>The five JSON values (S3, S4, S10).</summary>
        public static readonly ImmutableArray<string> All =
            ImmutableArray.Create(Basic, ClientCertificate, ActiveDirectoryOAuth, Raw, ManagedServiceIdentity);

        /// <summary>Types that authenticate with a secret the workflow holds (LAMI131; domain-rules LA061).</summary>
        public static readonly ImmutableArray<string> SecretBased =
            ImmutableArray.Create(Basic, ActiveDirectoryOAuth, Raw, ClientCertificate);

        /// <summary>
        /// Written values mapped to the canonical type, keyed by the text in lower case without blanks, hyphens or
        /// underscores. Designer labels (S3, S4 tables: "Basic", "Client Certificate", "Active Directory OAuth",
        /// "Raw", "Managed Identity") and short forms (LA001: "MSI"); "Managed Service Identity" is the spaced form
        /// of the JSON value. Azure AD / Microsoft Entra ID: the product's old and new names for Active Directory
        /// (domain-rules §2.5 "HTTP with Azure AD / Entra ID"). Ambiguous words ("OAuth", "Certificate", "Key") and
        /// the designer-only "None" (S10: means no authentication object) are not mapped.
        /// </summary>
        private static readonly Dictionary<string, string> Variants = new Dictionary<string, string>
        {
            ["basic"] = Basic,
            ["clientcertificate"] = ClientCertificate,
            ["activedirectoryoauth"] = ActiveDirectoryOAuth,
            ["aadoauth"] = ActiveDirectoryOAuth,
            ["azureadoauth"] = ActiveDirectoryOAuth,
            ["azureactivedirectoryoauth"] = ActiveDirectoryOAuth,
            ["entraidoauth"] = ActiveDirectoryOAuth,
            ["microsoftentraidoauth"] = ActiveDirectoryOAuth,
            ["raw"] = Raw,
            ["managedserviceidentity"] = ManagedServiceIdentity,
            ["managedidentity"] = ManagedServiceIdentity,
            ["msi"] = ManagedServiceIdentity,
        };

        private static readonly ImmutableArray<string> None = ImmutableArray<string>.Empty;

        /// <summary>domain-rules §2.1 table, "Required" / "Optional" columns; credentials per LA060 (password, secret, pfx, Raw value).</summary>
        private static readonly Dictionary<string, AuthenticationShape> Shapes = new Dictionary<string, AuthenticationShape>
        {
            [Basic] = new AuthenticationShape(Basic, ImmutableArray.Create("username", "password"), None, ImmutableArray.Create("password")),

            // pfx is base64 PFX content, so it is a credential as well as its password.
            [ClientCertificate] = new AuthenticationShape(ClientCertificate, ImmutableArray.Create("pfx"), ImmutableArray.Create("password"), ImmutableArray.Create("pfx", "password")),

            // Plus either secret, or pfx and password (MissingCredential). authority defaults to
            // https://login.microsoftonline.com/.
            [ActiveDirectoryOAuth] = new AuthenticationShape(
                ActiveDirectoryOAuth,
                ImmutableArray.Create("tenant", "audience", "clientId"),
                ImmutableArray.Create("authority", "secret", "pfx", "password"),
                ImmutableArray.Create("secret", "pfx", "password")),

            // The whole Authorization header value. (The Standard token-store Raw block, scheme "Key" plus
            // "parameter", §2.6.2, is a different shape that only LAMI204 reads.)
            [Raw] = new AuthenticationShape(Raw, ImmutableArray.Create("value"), None, ImmutableArray.Create("value")),

            // identity: S4 optional (leave out for system-assigned), S3 required; audience: S3/S4 required, S1/S2
            // default it to https://management.azure.com/, the designer treats it as optional. Both optional here;
            // a missing audience is LAMI104's finding, not LAMI110's.
            [ManagedServiceIdentity] = new AuthenticationShape(ManagedServiceIdentity, None, ImmutableArray.Create("identity", "audience"), None),
        };

        /// <summary>
        /// ActiveDirectoryOAuth's <c>tenant</c> (§2.1): the Microsoft Entra tenant the token is requested from, which may
        /// be another tenant than the logic app's. A managed identity cannot sign in to another tenant (Managed
        /// identities FAQ, learn.microsoft.com/entra/identity/managed-identities-azure-resources/managed-identities-faq:
        /// "Can I use a managed identity to access a resource in a different directory/tenant? No."), so a block that
        /// names one is not switched to managed identity mechanically (LAMI131 reports it without a fix).
        /// </summary>
        public const string Tenant = "tenant";

        private static readonly ImmutableArray<string> RemovedForManagedIdentity =
            ImmutableArray.Create(Tenant, "clientId", "secret", "pfx", "password", "authority");

        /// <summary>True when the text is exactly one of the five JSON values.</summary>
        public static bool IsCanonical(string type) =>
            type == Basic || type == ClientCertificate || type == ActiveDirectoryOAuth || type == Raw || type == ManagedServiceIdentity;

        /// <summary>
        /// The canonical type for a written value: canonical text, a designer label, an alias or a casing variant.
        /// False for anything else (the value is then unsupported, with no fix).
        /// </summary>
        public static bool TryNormalize(string written, out string canonical)
        {
            canonical = string.Empty;
            if (written.Length > 64)
            {
                return false;
            }

            var builder = new StringBuilder(written.Length);
            foreach (var c in written)
            {
                if (char.IsWhiteSpace(c) || c == '-' || c == '_')
                {
                    continue;
                }

                builder.Append(char.ToLowerInvariant(c));
            }

            if (Variants.TryGetValue(builder.ToString(), out var found))
            {
                canonical = found;
                return true;
            }

            return false;
        }

        /// <summary>The properties of a canonical type; null for any other text.</summary>
        public static AuthenticationShape? ShapeOf(string canonicalType) =>
            Shapes.TryGetValue(canonicalType, out var shape) ? shape : null;

        /// <summary>Whether a canonical type is secret-based (LAMI131).</summary>
        public static bool IsSecretBased(string canonicalType) => SecretBased.Contains(canonicalType);

        /// <summary>
        /// ActiveDirectoryOAuth's credential (domain-rules §2.1, LA004; S4, S10): either <c>secret</c>, or both
        /// <c>pfx</c> and <c>password</c>. True when the present properties lack it, with what is missing:
        /// "secret, or pfx and password" when neither kind is started, "password" for a <c>pfx</c> alone, "pfx" for a
        /// <c>password</c> alone. (Having both kinds is also wrong per LA004 but is not a missing credential.)
        /// </summary>
        public static bool MissingCredential(IReadOnlyCollection<string> presentProperties, out string missingDescription)
        {
            missingDescription = string.Empty;
            if (ContainsProperty(presentProperties, "secret"))
            {
                return false;
            }

            var pfx = ContainsProperty(presentProperties, "pfx");
            var password = ContainsProperty(presentProperties, "password");
            if (pfx && password)
            {
                return false;
            }

            missingDescription = pfx ? "password" : password ? "pfx" : "secret, or pfx and password";
            return true;
        }

        /// <summary>
        /// The properties LAMI131's fix removes when it turns a secret-based block into ManagedServiceIdentity
        /// (domain-rules LA061: tenant, clientId, secret, pfx, password, authority), plus <c>username</c> for Basic,
        /// <c>value</c> for Raw and the designer-only <c>credentialType</c> for ActiveDirectoryOAuth. <c>audience</c>
        /// is kept. Empty for a type that is not secret-based.
        /// </summary>
        public static ImmutableArray<string> RemovedWhenSwitchingToManagedIdentity(string canonicalType)
        {
            switch (canonicalType)
            {
                case Basic:
                    return RemovedForManagedIdentity.Add("username");
                case Raw:
                    return RemovedForManagedIdentity.Add("value");
                case ActiveDirectoryOAuth:
                    return RemovedForManagedIdentity.Add(DesignerOnlyCredentialType);
                case ClientCertificate:
                    return RemovedForManagedIdentity;
                default:
                    return ImmutableArray<string>.Empty;
            }
        }

        internal static bool ContainsProperty(IReadOnlyCollection<string> properties, string property)
        {
            foreach (var candidate in properties)
            {
                if (string.Equals(candidate, property, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
