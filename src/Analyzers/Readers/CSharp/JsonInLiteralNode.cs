using ManagedIdentityAnalyzers.Findings.Contract;
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

        public FixTarget FixTarget
        {
            get
            {
                var location = Location;
                TextSpan? token = null;
                var tokenLiteral = default(LiteralForm);
                if (text.IsEditable(span) && text.TryMapSpan(span, out _, out var source) && FormOf(text.PieceInfoAt(span.Start)) is { } form)
                {
                    token = source;
                    tokenLiteral = form;
                }

                TextSpan? removalSource = null;
                if (removal is { } removalSpan
                    && text.IsEditable(removalSpan)
                    && text.TryMapSpan(removalSpan, out var removalTree, out var mappedRemoval)
                    && removalTree == location.SourceTree)
                {
                    removalSource = mappedRemoval;
                }

                return new FixTarget(FixEditor.JsonInLiteral, location.SourceSpan, token, tokenLiteral, removalSource, Insertion(location.SourceTree));
            }
        }

        /// <summary>How a fix writes into a literal piece of this kind; null for constants and holes (not written in a literal).</summary>
        public static LiteralForm? FormOf(LiteralPieceInfo info) => info.Kind switch
        {
            LiteralKind.Regular => new LiteralForm(LiteralFormKind.Regular, info.DollarCount, info.QuoteCount, info.IsMultiLine),
            LiteralKind.Verbatim => new LiteralForm(LiteralFormKind.Verbatim, info.DollarCount, info.QuoteCount, info.IsMultiLine),
            LiteralKind.Raw => new LiteralForm(LiteralFormKind.Raw, info.DollarCount, info.QuoteCount, info.IsMultiLine),
            LiteralKind.InterpolatedRegular => new LiteralForm(LiteralFormKind.InterpolatedRegular, info.DollarCount, info.QuoteCount, info.IsMultiLine),
            LiteralKind.InterpolatedVerbatim => new LiteralForm(LiteralFormKind.InterpolatedVerbatim, info.DollarCount, info.QuoteCount, info.IsMultiLine),
            LiteralKind.InterpolatedRaw => new LiteralForm(LiteralFormKind.InterpolatedRaw, info.DollarCount, info.QuoteCount, info.IsMultiLine),
            _ => null,
        };

        /// <summary>
        /// For an object: the source position just after its last member (or its '{'), whether a comma must precede a
        /// new member, and the indentation of the source line there when the object spans several source lines.
        /// </summary>
        private MemberInsertion? Insertion(SyntaxTree? locationTree)
        {
            var json = text.Text;
            if (span.Length < 2 || json[span.Start] != '{' || json[span.End - 1] != '}')
            {
                return null;
            }

            var last = span.End - 2;
            while (last > span.Start && char.IsWhiteSpace(json[last]))
            {
                last--;
            }

            var after = new TextSpan(last, 1);
            if (!text.IsEditable(after)
                || !text.TryMapSpan(after, out var tree, out var source)
                || tree != locationTree
                || FormOf(text.PieceInfoAt(last)) is not { } form)
            {
                return null;
            }

            var separator = json[last] is '{' or ',' ? string.Empty : ",";
            string? indent = null;
            if (text.TryMapSpan(span, out _, out var objectSource) && ContainsLineBreak(tree, objectSource))
            {
                indent = LineIndentation(tree, source.End);
            }

            return new MemberInsertion(source.End, form, separator, indent);
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
