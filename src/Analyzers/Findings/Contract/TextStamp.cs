using System;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Findings.Contract
{
    /// <summary>
    /// A fingerprint of a text: its length and a 64-bit FNV-1a hash of its UTF-16 code units. The analyzer stamps the
    /// document and the text of every span a fix edits; the fixer compares the stamps with what it finds, so it never
    /// edits text other than the text the finding was computed on. Not cryptographic: it detects edits, not attacks.
    /// </summary>
    internal readonly struct TextStamp : IEquatable<TextStamp>
    {
        private const ulong OffsetBasis = 14695981039346656037UL;
        private const ulong Prime = 1099511628211UL;

        /// <summary>Texts are hashed in chunks of this size (SourceText.CopyTo, no string of the whole text).</summary>
        private const int ChunkSize = 4096;

        /// <summary>A buffer per thread, so stamping allocates nothing.</summary>
        [ThreadStatic]
        private static char[]? chunk;

        public TextStamp(int length, ulong hash)
        {
            Length = length;
            Hash = hash;
        }

        public int Length { get; }

        public ulong Hash { get; }

        /// <summary>The stamp of <paramref name="span"/> of <paramref name="text"/>; null when the span is not inside the text.</summary>
        public static TextStamp? Of(SourceText text, TextSpan span, CancellationToken cancellationToken = default)
        {
            if (span.End > text.Length)
            {
                return null;
            }

            var hash = OffsetBasis;
            var buffer = chunk ??= new char[ChunkSize];
            for (var position = span.Start; position < span.End; position += buffer.Length)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var count = Math.Min(buffer.Length, span.End - position);
                text.CopyTo(position, buffer, 0, count);
                for (var i = 0; i < count; i++)
                {
                    hash = (hash ^ buffer[i]) * Prime;
                }
            }

            return new TextStamp(span.Length, hash);
        }

        /// <summary>The stamp of the whole text.</summary>
        public static TextStamp Of(SourceText text, CancellationToken cancellationToken = default) =>
            Of(text, new TextSpan(0, text.Length), cancellationToken)!.Value;

        /// <summary>The stamp of a string.</summary>
        public static TextStamp Of(string text)
        {
            var hash = OffsetBasis;
            foreach (var c in text)
            {
                hash = (hash ^ c) * Prime;
            }

            return new TextStamp(text.Length, hash);
        }

        /// <summary>Whether <paramref name="span"/> of <paramref name="text"/> still holds the stamped text.</summary>
        public bool Matches(SourceText text, TextSpan span) => span.Length == Length && Of(text, span) is { } actual && actual.Equals(this);

        public bool Equals(TextStamp other) => Length == other.Length && Hash == other.Hash;

        public override bool Equals(object? obj) => obj is TextStamp other && Equals(other);

        public override int GetHashCode() => Hash.GetHashCode() ^ Length;

        /// <summary><c>length:hash</c> (hash in hexadecimal).</summary>
        public override string ToString() =>
            Length.ToString(CultureInfo.InvariantCulture) + ":" + Hash.ToString("x16", CultureInfo.InvariantCulture);

        public static bool TryParse(string? value, out TextStamp stamp)
        {
            stamp = default;
            var colon = value?.IndexOf(':') ?? -1;
            if (colon <= 0
                || !int.TryParse(value!.Substring(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                || !ulong.TryParse(value.Substring(colon + 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hash))
            {
                return false;
            }

            stamp = new TextStamp(length, hash);
            return true;
        }
    }
}
