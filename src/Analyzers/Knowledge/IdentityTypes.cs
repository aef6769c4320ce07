using System.Collections.Generic;
using System.Text;
using ManagedIdentityAnalyzers.Model;

namespace ManagedIdentityAnalyzers.Knowledge
{
    /// <summary>
    /// Identity type values: the canonical strings and the variants that can be normalised to them.
    /// Sources: shared/reference/domain-rules.md §2.3 (values; the combined value is written with a comma and a
    /// space by App Service and by the .NET <c>ManagedServiceIdentityType.SystemAssignedUserAssigned</c>; newer APIs
    /// serialise it without the space, which template-analyzer rejects) and azure-sdk-api.md §3 (member names).
    /// </summary>
    internal static class IdentityTypes
    {
        public const string None = "None";
        public const string SystemAssigned = "SystemAssigned";
        public const string UserAssigned = "UserAssigned";
        public const string SystemAndUserAssigned = "SystemAssigned, UserAssigned";

        /// <summary>Normalised spellings (lower case, no blanks, hyphens or underscores) mapped to their kind.</summary>
        private static readonly Dictionary<string, IdentityKind> Variants = new Dictionary<string, IdentityKind>
        {
            ["none"] = IdentityKind.None,
            ["systemassigned"] = IdentityKind.SystemAssigned,
            ["system"] = IdentityKind.SystemAssigned,
            ["systemassignedidentity"] = IdentityKind.SystemAssigned,
            ["systemassignedmanagedidentity"] = IdentityKind.SystemAssigned,
            ["userassigned"] = IdentityKind.UserAssigned,
            ["user"] = IdentityKind.UserAssigned,
            ["userassignedidentity"] = IdentityKind.UserAssigned,
            ["userassignedmanagedidentity"] = IdentityKind.UserAssigned,
            ["systemassigned,userassigned"] = IdentityKind.SystemAndUserAssigned,
            ["userassigned,systemassigned"] = IdentityKind.SystemAndUserAssigned,
            ["systemassigneduserassigned"] = IdentityKind.SystemAndUserAssigned,
            ["systemassignedanduserassigned"] = IdentityKind.SystemAndUserAssigned,
            ["systemassigned&userassigned"] = IdentityKind.SystemAndUserAssigned,
            ["systemassigned;userassigned"] = IdentityKind.SystemAndUserAssigned,
        };

        /// <summary>The exact string Azure Resource Manager expects for a kind.</summary>
        public static string CanonicalText(IdentityKind kind) => kind switch
        {
            IdentityKind.SystemAssigned => SystemAssigned,
            IdentityKind.UserAssigned => UserAssigned,
            IdentityKind.SystemAndUserAssigned => SystemAndUserAssigned,
            _ => None,
        };

        /// <summary>The <c>ManagedServiceIdentityType</c> member that stands for a kind.</summary>
        public static string SdkMemberName(IdentityKind kind) => kind switch
        {
            IdentityKind.SystemAssigned => "SystemAssigned",
            IdentityKind.UserAssigned => "UserAssigned",
            IdentityKind.SystemAndUserAssigned => "SystemAssignedUserAssigned",
            _ => "None",
        };

        /// <summary>Maps an SDK member name back to its kind.</summary>
        public static bool TryFromSdkMemberName(string memberName, out IdentityKind kind)
        {
            switch (memberName)
            {
                case "None": kind = IdentityKind.None; return true;
                case "SystemAssigned": kind = IdentityKind.SystemAssigned; return true;
                case "UserAssigned": kind = IdentityKind.UserAssigned; return true;
                case "SystemAssignedUserAssigned": kind = IdentityKind.SystemAndUserAssigned; return true;
                default: kind = default; return false;
            }
        }

        /// <summary>True when the text is exactly a canonical value.</summary>
        public static bool IsCanonical(string text) =>
            text == None || text == SystemAssigned || text == UserAssigned || text == SystemAndUserAssigned;

        /// <summary>
        /// Reads a written identity type: its kind when the text is canonical or a variant this table knows
        /// (casing, blanks, a missing space, designer labels), otherwise false (the value is unknown).
        /// </summary>
        public static bool TryNormalize(string text, out IdentityKind kind)
        {
            if (text.Length > 64)
            {
                kind = default;
                return false;
            }

            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c) || c == '-' || c == '_')
                {
                    continue;
                }

                builder.Append(char.ToLowerInvariant(c));
            }

            return Variants.TryGetValue(builder.ToString(), out kind);
        }
    }
}
