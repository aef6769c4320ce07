using System;
using System.Collections.Immutable;
using System.Text;
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

        /// <summary>A Consumption logic app (domain-rules.md §2.8; S26).</summary>
        public const string WorkflowsType = "Microsoft.Logic/workflows";

        /// <summary>An App Service site: a Standard logic app when its kind contains <c>workflowapp</c> (§2.8; S2).</summary>
        public const string SitesType = "Microsoft.Web/sites";

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

    /// <summary>
    /// The provider part of a resource ID, <c>&lt;scope&gt;/providers/&lt;namespace&gt;/&lt;type&gt;/&lt;name&gt;[/&lt;type&gt;/&lt;name&gt;...]</c>,
    /// read from a partly known ID: the namespace and types must be literal text; a name may be unknown (a hole
    /// that fills a whole name is one name: resource names hold no '/'). The scope before the last
    /// <c>/providers/</c> (subscription, resource group) is kept as written.
    /// </summary>
    internal sealed class ResourceIdPath
    {
        private const string Providers = "/providers/";

        private ResourceIdPath(PartialString scope, string providerNamespace, ImmutableArray<string> types, ImmutableArray<string?> names)
        {
            Scope = scope;
            Namespace = providerNamespace;
            Types = types;
            Names = names;
        }

        /// <summary>What comes before <c>/providers/</c>.</summary>
        public PartialString Scope { get; }

        public string Namespace { get; }

        /// <summary>The type of each level: <c>connections</c>, then <c>accessPolicies</c> for a child.</summary>
        public ImmutableArray<string> Types { get; }

        /// <summary>The name of each level; null where it is not known.</summary>
        public ImmutableArray<string?> Names { get; }

        /// <summary>The full resource type: <c>Microsoft.Web/connections/accessPolicies</c>.</summary>
        public string Type => Namespace + "/" + string.Join("/", Types);

        /// <summary>The resource's own name, when known.</summary>
        public string? Name => Names[Names.Length - 1];

        /// <summary>The parent resource of a child resource; null for a top-level one.</summary>
        public ResourceIdPath? Parent => Types.Length < 2
            ? null
            : new ResourceIdPath(Scope, Namespace, Types.RemoveAt(Types.Length - 1), Names.RemoveAt(Names.Length - 1));

        public bool IsType(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// Whether two IDs certainly name the same resource: same type, every name known and equal (ignoring case),
        /// and scopes that do not differ where both are known.
        /// </summary>
        public bool SameResourceAs(ResourceIdPath other)
        {
            if (!string.Equals(Type, other.Type, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            for (var i = 0; i < Names.Length; i++)
            {
                if (Names[i] is not string name || other.Names[i] is not string otherName
                    || !string.Equals(name, otherName, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return Scope.KnownText is not string scope || other.Scope.KnownText is not string otherScope
                || string.Equals(scope.TrimEnd('/'), otherScope.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>The path of an ID; null when the ID has no literal <c>/providers/</c> or its types are not literal.</summary>
        public static ResourceIdPath? Parse(PartialString id)
        {
            var segments = id.Segments;
            for (var k = segments.Length - 1; k >= 0; k--)
            {
                if (segments[k] is not string literal)
                {
                    continue;
                }

                var at = literal.LastIndexOf(Providers, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    continue;
                }

                var scope = ImmutableArray.CreateBuilder<string?>();
                for (var i = 0; i < k; i++)
                {
                    scope.Add(segments[i]);
                }

                scope.Add(literal.Substring(0, at));
                var rest = ImmutableArray.CreateBuilder<string?>();
                rest.Add(literal.Substring(at + Providers.Length));
                for (var i = k + 1; i < segments.Length; i++)
                {
                    rest.Add(segments[i]);
                }

                return FromTokens(new PartialString(scope.ToImmutable()), Tokens(rest.ToImmutable()));
            }

            return null;
        }

        private static ResourceIdPath? FromTokens(PartialString scope, ImmutableArray<string?>? tokens)
        {
            if (tokens is not { Length: >= 3 } parts || parts.Length % 2 == 0 || parts[0] is not string providerNamespace)
            {
                return null;
            }

            var types = ImmutableArray.CreateBuilder<string>();
            var names = ImmutableArray.CreateBuilder<string?>();
            for (var i = 1; i < parts.Length; i += 2)
            {
                if (parts[i] is not string type)
                {
                    return null;
                }

                types.Add(type);
                names.Add(parts[i + 1]);
            }

            return new ResourceIdPath(scope, providerNamespace, types.ToImmutable(), names.ToImmutable());
        }

        /// <summary>
        /// The '/'-separated parts of the text after <c>/providers/</c>: literal text, or null for a part that holds
        /// a hole. Null when a part is empty.
        /// </summary>
        private static ImmutableArray<string?>? Tokens(ImmutableArray<string?> pieces)
        {
            var tokens = ImmutableArray.CreateBuilder<string?>();
            var text = new StringBuilder();
            var hasHole = false;
            foreach (var piece in pieces)
            {
                if (piece is null)
                {
                    hasHole = true;
                    continue;
                }

                foreach (var c in piece)
                {
                    if (c != '/')
                    {
                        text.Append(c);
                        continue;
                    }

                    if (!hasHole && text.Length == 0)
                    {
                        return null;
                    }

                    tokens.Add(hasHole ? null : text.ToString());
                    text.Clear();
                    hasHole = false;
                }
            }

            if (!hasHole && text.Length == 0)
            {
                return null;
            }

            tokens.Add(hasHole ? null : text.ToString());
            return tokens.ToImmutable();
        }
    }
}
