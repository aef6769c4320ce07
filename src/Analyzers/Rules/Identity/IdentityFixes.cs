using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;

namespace ManagedIdentityAnalyzers.Rules.Identity
{
    /// <summary>The edit plans the identity rules share.</summary>
    internal static class IdentityFixes
    {
        /// <summary>A fix that sets the reported identity type value (node 0) to <paramref name="kind"/>.</summary>
        public static FixPlan SetType(string equivalenceKey, string title, IdentityKind kind) =>
            new FixPlan(equivalenceKey, title, ImmutableArray.Create(SetTypeEdit(kind)));

        public static Edit SetTypeEdit(IdentityKind kind) =>
            new Edit(EditKind.ReplaceValue, 0, ValueKind.IdentityType, IdentityTypes.CanonicalText(kind));
    }
}
