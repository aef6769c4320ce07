using System.Collections.Immutable;

namespace ManagedIdentityAnalyzers.Findings
{
    /// <summary>What an edit does to its target node.</summary>
    public enum EditKind
    {
        /// <summary>Replace the target value with <see cref="Edit.Value"/>.</summary>
        ReplaceValue,

        /// <summary>Remove the target: a member, an element, a statement.</summary>
        Remove,
    }

    /// <summary>How an edit's value is to be written in the target's representation.</summary>
    public enum ValueKind
    {
        /// <summary>No value (removals).</summary>
        None,

        /// <summary>A plain string: a JSON string or a C# string literal.</summary>
        String,

        /// <summary>
        /// An identity type, given as its canonical text: a <c>ManagedServiceIdentityType</c> member in typed C#,
        /// the canonical string elsewhere.
        /// </summary>
        IdentityType,
    }

    /// <summary>One change of a fix. <see cref="Target"/> indexes the finding's nodes (0 is the reported one).</summary>
    internal sealed class Edit
    {
        public Edit(EditKind kind, int target, ValueKind valueKind = ValueKind.None, string? value = null)
        {
            Kind = kind;
            Target = target;
            ValueKind = valueKind;
            Value = value;
        }

        public EditKind Kind { get; }

        public int Target { get; }

        public ValueKind ValueKind { get; }

        public string? Value { get; }
    }

    /// <summary>A fix: a title, an equivalence key (see <see cref="FixKeys"/>) and the edits that make it.</summary>
    internal sealed class FixPlan
    {
        public FixPlan(string equivalenceKey, string title, ImmutableArray<Edit> edits)
        {
            EquivalenceKey = equivalenceKey;
            Title = title;
            Edits = edits;
        }

        public string EquivalenceKey { get; }

        public string Title { get; }

        public ImmutableArray<Edit> Edits { get; }
    }
}
