using System;

namespace ManagedIdentityAnalyzers.Readers.Files
{
    /// <summary>
    /// Path arithmetic on the paths the compiler gives additional files, without touching the file system (analyzers
    /// may not): both separators are accepted, and paths compare ignoring case (what Windows does; on other systems
    /// two files differing only by case beside each other are rare enough to be read as one).
    /// </summary>
    internal static class FilePaths
    {
        public static readonly StringComparer Comparer = StringComparer.OrdinalIgnoreCase;

        /// <summary>The path with '\' turned into '/'.</summary>
        public static string Normalize(string path) => path.Replace('\\', '/');

        public static string FileName(string path)
        {
            var slash = LastSeparator(path);
            return slash < 0 ? path : path.Substring(slash + 1);
        }

        /// <summary>The folder of a path (normalized, without the trailing '/'); empty for a bare name.</summary>
        public static string Directory(string path)
        {
            var normalized = Normalize(path);
            var slash = normalized.LastIndexOf('/');
            return slash < 0 ? string.Empty : normalized.Substring(0, slash);
        }

        /// <summary>A normalized path from a folder and a name.</summary>
        public static string Combine(string directory, string name) =>
            directory.Length == 0 ? name : directory + "/" + name;

        /// <summary>Whether <paramref name="path"/> ends with the relative path <paramref name="relative"/> at a folder boundary.</summary>
        public static bool EndsWith(string path, string relative)
        {
            var normalizedPath = Normalize(path);
            var normalizedRelative = Normalize(relative);
            while (normalizedRelative.StartsWith("./", StringComparison.Ordinal))
            {
                normalizedRelative = normalizedRelative.Substring(2);
            }

            if (normalizedRelative.Length == 0 || normalizedRelative.StartsWith("../", StringComparison.Ordinal)
                || !normalizedPath.EndsWith(normalizedRelative, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var boundary = normalizedPath.Length - normalizedRelative.Length;
            return boundary == 0 || normalizedPath[boundary - 1] == '/' || normalizedRelative[0] == '/';
        }

        private static int LastSeparator(string path) => Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
    }
}
