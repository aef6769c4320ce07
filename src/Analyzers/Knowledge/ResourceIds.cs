using System;
using ManagedIdentityAnalyzers.Model;

namespace ManagedIdentityAnalyzers.Knowledge
{
    /// <summary>
    /// Azure resource IDs. A user-assigned identity is
    /// <c>/subscriptions/{id}/resourceGroups/{group}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/{name}</c>,
    /// compared without regard to case (shared/reference/domain-rules.md §1D LA043, §2.3; S1, S2).
    /// </summary>
    internal static class ResourceIds
    {
        public const string UserAssignedIdentityProvider = "Microsoft.ManagedIdentity/userAssignedIdentities";

        /// <summary>
        /// Whether a written key is a user-assigned identity resource ID: true or false when that is certain,
        /// null when unknown parts decide it.
        /// </summary>
        public static bool? IsUserAssignedIdentityId(PartialString key)
        {
            if (key.KnownText is string text)
            {
                return IsUserAssignedIdentityId(text);
            }

            // A partly known ID is judged by its literal provider segment only: ".../providers/<ns>/<type>/...".
            for (var i = 0; i < key.Segments.Length; i++)
            {
                if (key.Segments[i] is not string segment)
                {
                    continue;
                }

                var providers = segment.IndexOf("/providers/", StringComparison.OrdinalIgnoreCase);
                if (providers < 0)
                {
                    continue;
                }

                var rest = segment.Substring(providers + "/providers/".Length);
                var parts = rest.Split('/');
                if (parts.Length < 3)
                {
                    return null;
                }

                return string.Equals(parts[0] + "/" + parts[1], UserAssignedIdentityProvider, StringComparison.OrdinalIgnoreCase);
            }

            return null;
        }

        private static bool IsUserAssignedIdentityId(string text)
        {
            var parts = text.Split('/');
            return parts.Length == 9
                && parts[0].Length == 0
                && parts[1].Equals("subscriptions", StringComparison.OrdinalIgnoreCase)
                && IsName(parts[2])
                && parts[3].Equals("resourceGroups", StringComparison.OrdinalIgnoreCase)
                && IsName(parts[4])
                && parts[5].Equals("providers", StringComparison.OrdinalIgnoreCase)
                && parts[6].Equals("Microsoft.ManagedIdentity", StringComparison.OrdinalIgnoreCase)
                && parts[7].Equals("userAssignedIdentities", StringComparison.OrdinalIgnoreCase)
                && IsName(parts[8]);
        }

        private static bool IsName(string part) => part.Length > 0 && part.Trim().Length == part.Length;

        /// <summary>
        /// Whether two resource IDs are certainly different, ignoring case and a trailing slash: both known and unequal,
        /// or, when parts are unknown (an ARM <c>resourceId()</c> whose subscription and group are the deployment's), their
        /// literal beginnings or literal ends disagree (<c>.../userAssignedIdentities/ops</c> is never
        /// <c>.../userAssignedIdentities/audit</c>, whatever comes before).
        /// </summary>
        public static bool CertainlyDifferent(PartialString left, PartialString right)
        {
            if (left.KnownText is string a && right.KnownText is string b)
            {
                return !string.Equals(a.TrimEnd('/'), b.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
            }

            if (left.Segments.Length == 0 || right.Segments.Length == 0)
            {
                return false;
            }

            var leftStart = left.Segments[0] ?? string.Empty;
            var rightStart = right.Segments[0] ?? string.Empty;
            if (!leftStart.StartsWith(rightStart, StringComparison.OrdinalIgnoreCase) && !rightStart.StartsWith(leftStart, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            var leftEnd = (left.Segments[left.Segments.Length - 1] ?? string.Empty).TrimEnd('/');
            var rightEnd = (right.Segments[right.Segments.Length - 1] ?? string.Empty).TrimEnd('/');
            return !leftEnd.EndsWith(rightEnd, StringComparison.OrdinalIgnoreCase) && !rightEnd.EndsWith(leftEnd, StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>Whether two keys are certainly the same identity (both known, equal ignoring case).</summary>
        public static bool SameKnownId(PartialString left, PartialString right) =>
            left.KnownText is string a && right.KnownText is string b && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
    }
}
