using System;
using System.Collections.Immutable;

namespace ManagedIdentityAnalyzers.Model.Json
{
    /// <summary>
    /// A JSON value as the readers see it, whatever wrote it: JSON text (a file, a C# string literal) or C# object
    /// syntax (anonymous objects, dictionaries, JsonObject initializers). Every node remembers where it came from.
    /// A value the reader could not follow is a <see cref="JUnknown"/>, never a guess.
    /// </summary>
    internal abstract class JValue
    {
        protected JValue(SourceRef source)
        {
            Source = source;
        }

        /// <summary>The value's own token or expression (value-level findings are reported here).</summary>
        public SourceRef Source { get; }
    }

    /// <summary>A JSON object.</summary>
    internal sealed class JObject : JValue
    {
        public JObject(SourceRef source, ImmutableArray<JMember> members, bool isComplete)
            : base(source)
        {
            Members = members;
            IsComplete = isComplete;
        }

        public ImmutableArray<JMember> Members { get; }

        /// <summary>False when members may exist that the reader could not see (a spread, an unknown key).</summary>
        public bool IsComplete { get; }

        /// <summary>The member named <paramref name="name"/>: exact match first, then ignoring case.</summary>
        public JMember? Member(string name)
        {
            JMember? ignoringCase = null;
            foreach (var member in Members)
            {
                if (string.Equals(member.Name, name, StringComparison.Ordinal))
                {
                    return member;
                }

                if (ignoringCase is null && string.Equals(member.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    ignoringCase = member;
                }
            }

            return ignoringCase;
        }

        /// <summary>The value of member <paramref name="name"/>, or null when there is no such member.</summary>
        public JValue? Get(string name) => Member(name)?.Value;

        /// <summary>Whether member <paramref name="name"/> is certainly absent (not there, and nothing unseen).</summary>
        public bool IsCertainlyAbsent(string name) => IsComplete && Member(name) is null;
    }

    /// <summary>A member of an object: its name (a known string) and its value.</summary>
    internal sealed class JMember
    {
        public JMember(string name, SourceRef nameSource, JValue value, SourceRef memberSource)
        {
            Name = name;
            NameSource = nameSource;
            Value = value;
            MemberSource = memberSource;
        }

        public string Name { get; }

        /// <summary>The member's name token (block-level findings are reported here).</summary>
        public SourceRef NameSource { get; }

        public JValue Value { get; }

        /// <summary>The whole member (name and value), for edits that remove it.</summary>
        public SourceRef MemberSource { get; }
    }

    /// <summary>A JSON array.</summary>
    internal sealed class JArray : JValue
    {
        public JArray(SourceRef source, ImmutableArray<JValue> items, bool isComplete)
            : base(source)
        {
            Items = items;
            IsComplete = isComplete;
        }

        public ImmutableArray<JValue> Items { get; }

        public bool IsComplete { get; }
    }

    /// <summary>A JSON string; parts of it may be unknown (interpolation holes).</summary>
    internal sealed class JString : JValue
    {
        public JString(SourceRef source, PartialString value)
            : base(source)
        {
            Value = value;
        }

        public PartialString Value { get; }

        /// <summary>The whole text when known.</summary>
        public string? KnownText => Value.KnownText;
    }

    /// <summary>A number, true, false or null, with its JSON text.</summary>
    internal sealed class JLiteral : JValue
    {
        public JLiteral(SourceRef source, string text)
            : base(source)
        {
            Text = text;
        }

        public string Text { get; }

        public bool IsNull => Text == "null";
    }

    /// <summary>A value the reader could not follow (not a constant, malformed, too deep).</summary>
    internal sealed class JUnknown : JValue
    {
        public JUnknown(SourceRef source)
            : base(source)
        {
        }
    }
}
