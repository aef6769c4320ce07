using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Readers.CSharp.Literals;
using ManagedIdentityAnalyzers.Readers.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Readers.CSharp
{
    /// <summary>
    /// A JSON node read from text written in C# (a string literal, an interpolation, constants). Its location is the
    /// exact source of the token, mapped through escapes, verbatim quotes, raw indentation and holes. For the fix
    /// editor it carries, when the token lies inside one literal: the source span, the removal span (members), the
    /// literal's kind, and for objects where a new member goes.
    /// </summary>
    internal sealed class JsonInLiteralNode : SourceRef, IReportableSource
    {
        public const string SourceSpanKey = "src";
        public const string RemovalSpanKey = "rm";
        public const string LiteralKey = "lit";
        public const string InsertKey = "ins";
        public const string InsertLiteralKey = "inslit";
        public const string SeparatorKey = "sep";
        public const string IndentKey = "indent";

        private readonly MappedText text;
        private readonly TextSpan span;
        private readonly TextSpan? removal;

        public JsonInLiteralNode(MappedText text, TextSpan span, TextSpan? removal)
        {
            this.text = text;
            this.span = span;
            this.removal = removal;
        }

        public Location Location =>
            text.TryMapSpan(span, out var tree, out var source) ? Location.Create(tree, source) : text.Syntax.GetLocation();

        public string EditorKind => EditorKinds.JsonInLiteral;

        public ImmutableArray<KeyValuePair<string, string>> EditorData
        {
            get
            {
                var data = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
                if (text.IsEditable(span) && text.TryMapSpan(span, out _, out var source))
                {
                    data.Add(Item(SourceSpanKey, Format(source)));
                    data.Add(Item(LiteralKey, FormatPiece(text.PieceInfoAt(span.Start))));
                }

                if (removal is { } removalSpan && text.IsEditable(removalSpan) && text.TryMapSpan(removalSpan, out _, out var removalSource))
                {
                    data.Add(Item(RemovalSpanKey, Format(removalSource)));
                }

                AddInsertionPoint(data);
                return data.ToImmutable();
            }
        }

        /// <summary>
        /// For an object: the source position just after its last member (or its '{'), whether a comma must precede a
        /// new member, and the indentation of the source line there when the object spans several source lines.
        /// </summary>
        private void AddInsertionPoint(ImmutableArray<KeyValuePair<string, string>>.Builder data)
        {
            var json = text.Text;
            if (span.Length < 2 || json[span.Start] != '{' || json[span.End - 1] != '}')
            {
                return;
            }

            var last = span.End - 2;
            while (last > span.Start && char.IsWhiteSpace(json[last]))
            {
                last--;
            }

            var after = new TextSpan(last, 1);
            if (!text.IsEditable(after) || !text.TryMapSpan(after, out var tree, out var source))
            {
                return;
            }

            var separator = json[last] is '{' or ',' ? string.Empty : ",";
            data.Add(Item(InsertKey, source.End.ToString(CultureInfo.InvariantCulture)));
            data.Add(Item(InsertLiteralKey, FormatPiece(text.PieceInfoAt(last))));
            data.Add(Item(SeparatorKey, separator));
            if (text.TryMapSpan(span, out _, out var objectSource) && ContainsLineBreak(tree, objectSource))
            {
                data.Add(Item(IndentKey, LineIndentation(tree, source.End)));
            }
        }

        private static bool ContainsLineBreak(SyntaxTree tree, TextSpan span)
        {
            var lines = tree.GetText().Lines;
            return lines.GetLineFromPosition(span.Start).LineNumber != lines.GetLineFromPosition(span.End).LineNumber;
        }

        private static string LineIndentation(SyntaxTree tree, int position)
        {
            var sourceText = tree.GetText();
            var line = sourceText.Lines.GetLineFromPosition(position);
            var end = line.Start;
            while (end < line.End && (sourceText[end] == ' ' || sourceText[end] == '\t'))
            {
                end++;
            }

            return sourceText.ToString(TextSpan.FromBounds(line.Start, end));
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

        public static string FormatPiece(LiteralPieceInfo info) => string.Join(
            ",",
            ((int)info.Kind).ToString(CultureInfo.InvariantCulture),
            info.DollarCount.ToString(CultureInfo.InvariantCulture),
            info.QuoteCount.ToString(CultureInfo.InvariantCulture),
            info.IsMultiLine ? "1" : "0");

        public static bool TryParsePiece(string? value, out LiteralPieceInfo info)
        {
            info = default;
            var parts = value?.Split(',');
            if (parts is not { Length: 4 }
                || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kind)
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var dollars)
                || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var quotes))
            {
                return false;
            }

            info = new LiteralPieceInfo((LiteralKind)kind, dollars, quotes, parts[3] == "1");
            return true;
        }
    }

    /// <summary>Creates <see cref="JsonInLiteralNode"/>s for the JSON text parser.</summary>
    internal sealed class LiteralJsonSources : IJsonSourceFactory
    {
        private readonly MappedText text;

        public LiteralJsonSources(MappedText text)
        {
            this.text = text;
        }

        public SourceRef Create(TextSpan span) => new JsonInLiteralNode(text, span, null);

        public SourceRef CreateMember(TextSpan memberSpan, TextSpan removalSpan) => new JsonInLiteralNode(text, memberSpan, removalSpan);
    }
}
