using System;
using System.Threading;
using ManagedIdentityAnalyzers.Model.Json;
using ManagedIdentityAnalyzers.Readers.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Readers.Files
{
    /// <summary>
    /// One JSON file of the project: its path (as the compiler names the additional file), its text and, read once on
    /// first use, its JSON tree. Malformed JSON has no tree: nothing in it is reported.
    /// </summary>
    internal sealed class JsonFileText
    {
        private readonly object gate = new object();
        private bool parsed;
        private JValue? root;
        private string? text;

        public JsonFileText(string path, SourceText sourceText)
        {
            Path = path;
            SourceText = sourceText;
        }

        /// <summary>The path the compiler gave the additional file (diagnostics are located with it).</summary>
        public string Path { get; }

        public SourceText SourceText { get; }

        /// <summary>The whole text as a string, made on first use: a file that is not ours is never copied.</summary>
        public string Text
        {
            get
            {
                lock (gate)
                {
                    return text ??= SourceText.ToString();
                }
            }
        }

        /// <summary>The file's name, without its folder.</summary>
        public string Name => FilePaths.FileName(Path);

        /// <summary>The location of a span of the file, with its line and column.</summary>
        public Location LocationOf(TextSpan span)
        {
            if (span.End > SourceText.Length)
            {
                span = TextSpan.FromBounds(Math.Min(span.Start, SourceText.Length), SourceText.Length);
            }

            return Location.Create(Path, span, SourceText.Lines.GetLinePositionSpan(span));
        }

        /// <summary>Whether the text was parsed (a file of no interest never is).</summary>
        public bool IsParsed
        {
            get
            {
                lock (gate)
                {
                    return parsed;
                }
            }
        }

        /// <summary>The file's JSON value; null when the text is not well-formed JSON (comments and trailing commas allowed).</summary>
        public JValue? Root(CancellationToken cancellationToken)
        {
            lock (gate)
            {
                if (!parsed)
                {
                    root = JsonTextParser.Parse(Text, new JsonFileSources(this), cancellationToken);
                    parsed = true;
                }

                return root;
            }
        }
    }
}
