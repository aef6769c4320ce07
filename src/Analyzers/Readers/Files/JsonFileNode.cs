using ManagedIdentityAnalyzers.Findings.Contract;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Readers.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Readers.Files
{
    /// <summary>
    /// A JSON node read from a JSON file of the project (an additional file): a span of the file's text. It is
    /// reported in the file at the token's exact line and column, and carries what the JSON-file editor needs: the
    /// token's span, the removal span of a member, and for an object where a new member goes, with the separator and
    /// the indentation of the line it goes on.
    /// </summary>
    internal sealed class JsonFileNode : SourceRef, IReportableSource
    {
        private readonly JsonFileText file;
        private readonly TextSpan span;
        private readonly TextSpan? removal;

        public JsonFileNode(JsonFileText file, TextSpan span, TextSpan? removal)
        {
            this.file = file;
            this.span = span;
            this.removal = removal;
        }

        /// <summary>The file the node is in.</summary>
        public JsonFileText File => file;

        /// <summary>The token's span in the file's text.</summary>
        public TextSpan Span => span;

        public Location Location => file.LocationOf(span);

        public FixTarget FixTarget => new FixTarget(FixEditor.JsonFile, span, removal: removal, insertion: InsertionPoint());

        /// <summary>
        /// For an object: the position just after its last member (or its '{'), the separator a new member needs, and
        /// the indentation of the line a new member goes on when the object spans several lines.
        /// </summary>
        private MemberInsertion? InsertionPoint()
        {
            var text = file.Text;
            if (span.Length < 2 || text[span.Start] != '{' || text[span.End - 1] != '}')
            {
                return null;
            }

            var last = LastContent(text, span.Start, span.End - 1);
            var empty = last == span.Start;
            var separator = text[last] is '{' or ',' ? string.Empty : ",";
            var lines = file.SourceText.Lines;
            var open = lines.GetLineFromPosition(span.Start);
            var close = lines.GetLineFromPosition(span.End - 1);
            string? indent = null;
            if (open.LineNumber != close.LineNumber)
            {
                indent = empty
                    ? Indentation(file.SourceText, close) + IndentUnit(file.SourceText, open, close)
                    : Indentation(file.SourceText, lines.GetLineFromPosition(last));
            }

            return new MemberInsertion(last + 1, default, separator, indent);
        }

        /// <summary>The last character before <paramref name="end"/> that is not whitespace or a comment.</summary>
        private static int LastContent(string text, int start, int end)
        {
            var i = end - 1;
            while (i > start)
            {
                if (char.IsWhiteSpace(text[i]))
                {
                    i--;
                    continue;
                }

                // A line comment ends at the line end: step back over it when the line holds one outside strings.
                var lineStart = i;
                while (lineStart > start && text[lineStart - 1] != '\n' && text[lineStart - 1] != '\r')
                {
                    lineStart--;
                }

                var comment = LineCommentStart(text, lineStart, i + 1);
                if (comment >= 0)
                {
                    i = comment - 1;
                    continue;
                }

                if (text[i] == '/' && i > start && text[i - 1] == '*')
                {
                    var open = text.LastIndexOf("/*", i - 1, i - 1 - start, System.StringComparison.Ordinal);
                    if (open > start)
                    {
                        i = open - 1;
                        continue;
                    }
                }

                return i;
            }

            return start;
        }

        /// <summary>The start of a <c>//</c> comment on a line (outside strings), or -1.</summary>
        private static int LineCommentStart(string text, int lineStart, int lineEnd)
        {
            var inString = false;
            for (var i = lineStart; i < lineEnd; i++)
            {
                var c = text[i];
                if (inString)
                {
                    if (c == '\\')
                    {
                        i++;
                    }
                    else if (c == '"')
                    {
                        inString = false;
                    }
                }
                else if (c == '"')
                {
                    inString = true;
                }
                else if (c == '/' && i + 1 < lineEnd && text[i + 1] == '/')
                {
                    return i;
                }
            }

            return -1;
        }

        private static string Indentation(SourceText text, TextLine line)
        {
            var end = line.Start;
            while (end < line.End && (text[end] == ' ' || text[end] == '\t'))
            {
                end++;
            }

            return text.ToString(TextSpan.FromBounds(line.Start, end));
        }

        /// <summary>One level of indentation: a tab when the object's line is indented with tabs, else two spaces.</summary>
        private static string IndentUnit(SourceText text, TextLine open, TextLine close)
        {
            var indentation = Indentation(text, close);
            return indentation.Length > 0 && indentation[0] == '\t' ? "\t" : Indentation(text, open).StartsWith("\t", System.StringComparison.Ordinal) ? "\t" : "  ";
        }
    }

    /// <summary>Creates <see cref="JsonFileNode"/>s for the JSON text parser.</summary>
    internal sealed class JsonFileSources : IJsonSourceFactory
    {
        private readonly JsonFileText file;

        public JsonFileSources(JsonFileText file)
        {
            this.file = file;
        }

        public SourceRef Create(TextSpan span) => new JsonFileNode(file, span, null);

        public SourceRef CreateMember(TextSpan memberSpan, TextSpan removalSpan) => new JsonFileNode(file, memberSpan, removalSpan);
    }
}
