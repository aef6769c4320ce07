using System;
using System.Collections.Generic;

namespace ManagedIdentityAnalyzers.Readers.CSharp
{
    /// <summary>
    /// Identifier names to look for in source text, with the probes to search the text for: every name contains one
    /// of the probes, so a text without any probe names none of them. A few short probes shared by many names (the
    /// SDK's <c>…Data</c> types share <c>Data</c>) make one vectorized search per probe instead of one per name; a
    /// name that no given probe covers is its own probe.
    /// </summary>
    internal sealed class IdentifierNames
    {
        private readonly string[] names;

        public IdentifierNames(IEnumerable<string> names, params string[] probes)
        {
            var distinct = new List<string>();
            foreach (var name in names)
            {
                if (name.Length > 0 && !distinct.Contains(name))
                {
                    // A method whose name is still missing names nothing.
                    distinct.Add(name);
                }
            }

            var searched = new List<string>();
            foreach (var name in distinct)
            {
                var probe = Array.Find(probes, candidate => candidate.Length > 0 && name.IndexOf(candidate, StringComparison.Ordinal) >= 0) ?? name;
                if (!searched.Contains(probe))
                {
                    searched.Add(probe);
                }
            }

            this.names = distinct.ToArray();
            Probes = searched.ToArray();
        }

        /// <summary>The texts searched for: each name contains one of them.</summary>
        public IReadOnlyList<string> Probes { get; }

        public bool Contains(string name) => Array.IndexOf(names, name) >= 0;

        /// <summary>
        /// Whether <c>\u</c> or <c>\U</c> occurs in the text between <paramref name="start"/> and
        /// <paramref name="end"/>: an identifier can be written through a Unicode escape without its letters, so a search
        /// of the text for a name proves nothing there. A search for the backslash (vectorized, unlike a case-insensitive
        /// search for both characters), then a look at the character after it.
        /// </summary>
        public static bool HasUnicodeEscape(string text, int start, int end)
        {
            for (var at = start; at < end - 1; at++)
            {
                at = text.IndexOf('\\', at, end - 1 - at);
                if (at < 0)
                {
                    return false;
                }

                if (text[at + 1] is 'u' or 'U')
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the text from <paramref name="start"/> of that length is one of the names.</summary>
        public bool IsAt(string text, int start, int length)
        {
            foreach (var name in names)
            {
                if (name.Length == length && string.CompareOrdinal(text, start, name, 0, length) == 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
