using System;
using ManagedIdentityAnalyzers.Model;

namespace ManagedIdentityAnalyzers.Knowledge
{
    /// <summary>
    /// What a managed-identity request to a Storage data-plane host must send (LAMI120, LAMI121). Source:
    /// shared/reference/domain-rules.md §1C LA030/LA031 and §2.7 "Storage REST headers" (S1, S2): without
    /// <c>x-ms-version</c> and a current <c>x-ms-date</c> the call fails with 403.
    /// </summary>
    internal static class StorageRequests
    {
        public const string VersionHeader = "x-ms-version";
        public const string DateHeader = "x-ms-date";

        /// <summary>
        /// The API version the LAMI120 fix writes by default (option <c>logicapps_identity.storage_api_version</c>,
        /// shared/rules.md). The current docs (S2) use it; the old page (S1) used 2019-02-02.
        /// </summary>
        public const string DefaultApiVersion = "2024-05-05";

        /// <summary>The current date in RFC 1123 form: utcNow formatted <c>r</c> (S1, S2; shared/rules.md LAMI121).</summary>
        public const string DateExpression = "@{formatDateTime(utcNow(),'r')}";

        /// <summary>HTTP header names ignore case.</summary>
        public static readonly StringComparer HeaderNameComparer = StringComparer.OrdinalIgnoreCase;

        /// <summary>Whether the target is a Storage data-plane endpoint: blob, queue, table, file or dfs (shared/rules.md LAMI120).</summary>
        public static bool IsDataPlane(RequestTarget target)
        {
            if (target.Service != AzureService.Storage || target.StorageEndpointKind is not string kind)
            {
                return false;
            }

            foreach (var candidate in Audiences.StorageEndpointKinds)
            {
                if (candidate == kind)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether an <c>x-ms-date</c> value is certainly a fixed date (LAMI121): fully known text with no workflow or
        /// ARM expression in it. Unknown or partly unknown values, and expressions, are not fixed.
        /// </summary>
        public static bool IsFixedDate(PartialString value) =>
            value.KnownText is string text
            && text.Trim().Length > 0
            && !WorkflowExpressions.ContainsExpression(text)
            && !WorkflowExpressions.IsWholeExpression(text);
    }
}
