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

        public static bool SameId(string left, string right) => string.Equals(left.TrimEnd('/'), right.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
    }
}
