using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
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
        public const string SourceSpanKey = "src";
        public const string RemovalSpanKey = "rm";
        public const string InsertKey = "ins";
        public const string SeparatorKey = "sep";
        public const string IndentKey = "indent";
        public const string EmptyObjectKey = "empty";

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

        public string EditorKind => EditorKinds.JsonFile;

        public ImmutableArray<KeyValuePair<string, string>> EditorData
        {
            get
            {
                var data = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
                data.Add(Item(SourceSpanKey, Format(span)));
                if (removal is { } removalSpan)
                {
                    data.Add(Item(RemovalSpanKey, Format(removalSpan)));
                }

                AddInsertionPoint(data);
                return data.ToImmutable();
            }
        }

        /// <summary>
        /// For an object: the position just after its last member (or its '{'), the separator a new member needs, and
        /// the indentation of the line a new member goes on when the object spans several lines.
        /// </summary>
        private void AddInsertionPoint(ImmutableArray<KeyValuePair<string, string>>.Builder data)
        {
            var text = file.Text;
            if (span.Length < 2 || text[span.Start] != '{' || text[span.End - 1] != '}')
            {
                return;
            }

            var last = LastContent(text, span.Start, span.End - 1);
            var empty = last == span.Start;
            data.Add(Item(InsertKey, (last + 1).ToString(CultureInfo.InvariantCulture)));
            data.Add(Item(SeparatorKey, text[last] is '{' or ',' ? string.Empty : ","));
            if (empty)
            {
                data.Add(Item(EmptyObjectKey, "1"));
            }

            var lines = file.SourceText.Lines;
            var open = lines.GetLineFromPosition(span.Start);
            var close = lines.GetLineFromPosition(span.End - 1);
            if (open.LineNumber == close.LineNumber)
            {
                return;
            }

            data.Add(Item(IndentKey, empty
                ? Indentation(file.SourceText, close) + IndentUnit(file.SourceText, open, close)
                : Indentation(file.SourceText, lines.GetLineFromPosition(last))));
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

        private static KeyValuePair<string, string> Item(string key, string value) => new KeyValuePair<string, string>(key, value);

        public static string Format(TextSpan span) =>
            span.Start.ToString(CultureInfo.InvariantCulture) + "," + span.Length.ToString(CultureInfo.InvariantCulture);

        public static bool TryParseSpan(string? value, out TextSpan span)
        {
            span = default;
            var parts = value?.Split(',');
            if (parts is not { Length: 2 }
                || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                return false;
            }

            span = new TextSpan(start, length);
            return true;
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
