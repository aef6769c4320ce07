using System;
using System.Collections.Immutable;
using System.Text;

namespace ManagedIdentityAnalyzers.Model
{
    /// <summary>
    /// A string value whose parts may be unknown: an interpolation with non-constant holes, a workflow expression
    /// inside a literal, a resource ID built from variables. Each segment is literal text or a hole (null).
    /// A fully known string is one literal segment; a fully unknown one is a single hole.
    /// </summary>
    internal sealed class PartialString
    {
        public static readonly PartialString Unknown = new PartialString(ImmutableArray.Create<string?>((string?)null));

        public PartialString(ImmutableArray<string?> segments)
        {
            Segments = segments;
        }

        public ImmutableArray<string?> Segments { get; }

        public static PartialString Known(string text) => new PartialString(ImmutableArray.Create<string?>(text));

        /// <summary>True when every segment is literal text.</summary>
        public bool IsKnown
        {
            get
            {
                foreach (var segment in Segments)
                {
                    if (segment is null)
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        /// <summary>The whole text when it is known.</summary>
        public string? KnownText
        {
            get
            {
                if (!IsKnown)
                {
                    return null;
                }

                return Segments.Length == 1 ? Segments[0] : string.Concat(Segments);
            }
        }

        /// <summary>Concatenation, merging adjacent literal segments.</summary>
        public static PartialString Concat(PartialString left, PartialString right)
        {
            var builder = ImmutableArray.CreateBuilder<string?>(left.Segments.Length + right.Segments.Length);
            builder.AddRange(left.Segments);
            foreach (var segment in right.Segments)
            {
                if (segment is not null && builder.Count > 0 && builder[builder.Count - 1] is string previous)
                {
                    builder[builder.Count - 1] = previous + segment;
                }
                else
                {
                    builder.Add(segment);
                }
            }

            return new PartialString(builder.ToImmutable());
        }

        /// <summary>
        /// Whether the literal parts contain <paramref name="text"/> (ordinal, ignoring case). A hole never matches,
        /// so the answer is certain only when it is true.
        /// </summary>
        public bool LiteralPartsContain(string text)
        {
            foreach (var segment in Segments)
            {
                if (segment is not null && segment.IndexOf(text, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        public override string ToString()
        {
            var builder = new StringBuilder();
            foreach (var segment in Segments)
            {
                builder.Append(segment ?? "{?}");
            }

            return builder.ToString();
        }
    }
}
