using System;
using System.Collections.Generic;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;

namespace ManagedIdentityAnalyzers.Rules.Authentication
{
    /// <summary>What the authentication rules need to know of a logic app's identity, only when it is certain.</summary>
    internal static class AppIdentity
    {
        /// <summary>The app certainly has no managed identity: none set, or its type is None.</summary>
        public static bool CertainlyHasNone(LogicAppResource app) =>
            app.IdentityPresence == Presence.Absent
            || (app.IdentityPresence == Presence.Present && app.Identity?.Type?.Kind == IdentityKind.None);

        /// <summary>The app's identity type, when known.</summary>
        public static IdentityKind? Kind(LogicAppResource app) =>
            app.IdentityPresence == Presence.Present ? app.Identity?.Type?.Kind : null;

        /// <summary>The attached user-assigned identity IDs, when the list is complete and every key is known text.</summary>
        public static IReadOnlyList<string>? KnownUserAssignedIds(LogicAppResource app)
        {
            if (app.IdentityPresence != Presence.Present || app.Identity is not { UserAssignedComplete: true } identity)
            {
                return null;
            }

            var ids = new List<string>(identity.UserAssigned.Length);
            foreach (var entry in identity.UserAssigned)
            {
                if (entry.Key.KnownText is not string id)
                {
                    return null;
                }

                ids.Add(id);
            }

            return ids;
        }

        /// <summary>
        /// The text a fix writes to name the app's one attached user-assigned identity: its ID when known, else the key
        /// as written when that means the same identity where the fix writes it (an ARM template's expression, written
        /// into the same template's definition); null when the app has not exactly one such identity.
        /// </summary>
        public static string? SingleUserAssignedText(LogicAppResource app)
        {
            if (app.IdentityPresence != Presence.Present || app.Identity is not { UserAssignedComplete: true, UserAssigned.Length: 1 } identity)
            {
                return null;
            }

            var entry = identity.UserAssigned[0];
            return entry.Key.KnownText ?? entry.SameScopeText;
        }

        public static bool SameId(string left, string right) => string.Equals(left.TrimEnd('/'), right.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
    }
}
