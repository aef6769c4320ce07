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

        /// <summary>
        /// The last character before <paramref name="end"/> that is not whitespace or in a comment (<paramref name="start"/>
        /// when there is none), found forward from the object's '{' as the reader reads it: a string may hold a line
        /// break (the reader accepts one), so a "//" after it on the next line is still in the string, not a comment.
        /// </summary>
        private static int LastContent(string text, int start, int end)
        {
            var last = start;
            var i = start + 1;
            while (i < end)
            {
                var c = text[i];
                if (c == '"')
                {
                    i++;
                    while (i < end && text[i] != '"')
                    {
                        i += text[i] == '\\' ? 2 : 1;
                    }

                    last = System.Math.Min(i, end - 1);
                    i++;
                }
                else if (c == '/' && i + 1 < end && text[i + 1] == '/')
                {
                    while (i < end && text[i] != '\n' && text[i] != '\r')
                    {
                        i++;
                    }
                }
                else if (c == '/' && i + 1 < end && text[i + 1] == '*')
                {
                    var close = text.IndexOf("*/", i + 2, end - (i + 2), System.StringComparison.Ordinal);
                    i = close < 0 ? end : close + 2;
                }
                else
                {
                    if (!char.IsWhiteSpace(c))
                    {
                        last = i;
                    }

                    i++;
                }
            }

            return last;
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
