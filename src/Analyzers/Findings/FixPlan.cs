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

        /// <summary>Add a member named <see cref="Edit.Name"/> with the value to the target object.</summary>
        AddMember,
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

        /// <summary>JSON text (an object, a string token...), written in the target's representation.</summary>
        Json,

        /// <summary>
        /// A new managed identity of the given type (canonical text): <c>new ManagedServiceIdentity(...)</c> in typed C#.
        /// </summary>
        ManagedIdentity,
    }

    /// <summary>One change of a fix. <see cref="Target"/> indexes the finding's nodes (0 is the reported one).</summary>
    internal sealed class Edit
    {
        public Edit(EditKind kind, int target, ValueKind valueKind = ValueKind.None, string? value = null, string? name = null)
        {
            Kind = kind;
            Target = target;
            ValueKind = valueKind;
            Value = value;
            Name = name;
        }

        public static Edit Replace(int target, ValueKind valueKind, string value) => new Edit(EditKind.ReplaceValue, target, valueKind, value);

        public static Edit Remove(int target) => new Edit(EditKind.Remove, target);

        public static Edit AddMember(int target, string name, ValueKind valueKind, string value) =>
            new Edit(EditKind.AddMember, target, valueKind, value, name);

        public EditKind Kind { get; }

        public int Target { get; }

        public ValueKind ValueKind { get; }

        public string? Value { get; }

        /// <summary>The member name, for <see cref="EditKind.AddMember"/>.</summary>
        public string? Name { get; }
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
