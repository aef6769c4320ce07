using ManagedIdentityAnalyzers.Findings.Contract;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Readers.CSharp.Literals;
using ManagedIdentityAnalyzers.Readers.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Readers.CSharp
{
    /// <summary>
    /// A JSON node read from text written in C# (a string literal, an interpolation, constants). Its location is the
    /// exact source of the token, mapped through escapes, verbatim quotes, raw indentation and holes. For the fix
    /// editor it carries where the token, and a member with its separator, can be rewritten (<see cref="Writable"/>)
    /// and how, and for objects where a new member goes.
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
                var token = Writable(span, location.SourceTree);
                var removalSource = removal is { } removalSpan ? Writable(removalSpan, location.SourceTree)?.Source : null;
                var content = token is null ? Content(location.SourceTree) : null;
                return new FixTarget(
                    FixEditor.JsonInLiteral,
                    location.SourceSpan,
                    token?.Source,
                    token?.Form ?? default,
                    removalSource,
                    Insertion(location.SourceTree),
                    content: content?.Source,
                    contentLiteral: content?.Form ?? default);
            }
        }

        /// <summary>
        /// The source a fix replaces to change the text at <paramref name="textSpan"/>, and how new text is written
        /// there; null when it cannot be written. Written where it is: text inside one literal. Replacing references:
        /// text parts of one literal with the constant holes between them (the holes go), a constant interpolation hole
        /// that holds exactly this text (the hole becomes literal text), or a constant operand that holds exactly this
        /// text (it becomes a new literal). Never a constant's declaration that other code may share, never text across
        /// literals, never a hole whose value is unknown on its own.
        /// </summary>
        private (TextSpan Source, LiteralForm Form)? Writable(TextSpan textSpan, SyntaxTree? tree)
        {
            if (textSpan.IsEmpty || textSpan.End > text.Text.Length || tree is null)
            {
                return null;
            }

            if (text.IsEditable(textSpan))
            {
                return text.TryMapSpan(textSpan, out var pieceTree, out var source) && pieceTree == tree && FormOf(text.PieceInfoAt(textSpan.Start)) is { } form
                    ? (source, form)
                    : null;
            }

            var firstInfo = text.PieceInfoAt(textSpan.Start);
            var first = text.LiteralAt(textSpan.Start);
            if (first.SyntaxTree != tree)
            {
                return null;
            }

            if (firstInfo.Kind == LiteralKind.Constant && text.PieceSpanAt(textSpan.Start) == textSpan)
            {
                return first switch
                {
                    InterpolationSyntax { Parent: InterpolatedStringExpressionSyntax literal } when FormOf(literal) is { } holeForm => (first.Span, holeForm),
                    ExpressionSyntax => (first.Span, LiteralForm.NewLiteral),
                    _ => null,
                };
            }

            if (!firstInfo.IsLiteral || !text.PieceInfoAt(textSpan.End - 1).IsLiteral || text.LiteralAt(textSpan.End - 1) != first)
            {
                return null;
            }

            for (var offset = textSpan.Start; offset < textSpan.End; offset = text.PieceSpanAt(offset).End)
            {
                var info = text.PieceInfoAt(offset);
                var syntax = text.LiteralAt(offset);
                if (info.IsLiteral ? syntax != first : info.Kind != LiteralKind.Constant || !first.Span.Contains(syntax.Span) || syntax == first)
                {
                    return null;
                }
            }

            return text.TryMapSpan(textSpan, out var unionTree, out var union) && unionTree == tree && FormOf(firstInfo) is { } unionForm
                ? (union, unionForm)
                : null;
        }

        /// <summary>
        /// For a string token whose quotes and content are written in different places (the content is a local's or a
        /// constant's value, the quotes around the hole or operand that uses it): where its content is written, when
        /// that is inside one literal. A fix writes a new string there, where the value is written.
        /// </summary>
        private (TextSpan Source, LiteralForm Form)? Content(SyntaxTree? tree)
        {
            var json = text.Text;
            if (span.Length < 3 || json[span.Start] != '"' || json[span.End - 1] != '"')
            {
                return null;
            }

            var inner = TextSpan.FromBounds(span.Start + 1, span.End - 1);
            return text.IsEditable(inner)
                && text.PieceSpanAt(inner.Start) == inner
                && text.TryMapSpan(inner, out var innerTree, out var source)
                && innerTree == tree
                && FormOf(text.PieceInfoAt(inner.Start)) is { } form
                    ? (source, form)
                    : null;
        }

        /// <summary>How text is written into the text parts of an interpolated string.</summary>
        private static LiteralForm? FormOf(InterpolatedStringExpressionSyntax literal)
        {
            var start = literal.StringStartToken;
            var dollars = start.Text.Length - start.Text.TrimStart('$').Length;
            var quotes = start.Text.Length - start.Text.TrimEnd('"').Length;
            return start.Kind() switch
            {
                SyntaxKind.InterpolatedStringStartToken => new LiteralForm(LiteralFormKind.InterpolatedRegular, 1, 1, false),
                SyntaxKind.InterpolatedVerbatimStringStartToken => new LiteralForm(LiteralFormKind.InterpolatedVerbatim, 1, 1, false),
                SyntaxKind.InterpolatedSingleLineRawStringStartToken => new LiteralForm(LiteralFormKind.InterpolatedRaw, dollars, quotes, false),
                SyntaxKind.InterpolatedMultiLineRawStringStartToken => new LiteralForm(LiteralFormKind.InterpolatedRaw, dollars, quotes, true),
                _ => null,
            };
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
            SyntaxTree tree;
            int position;
            LiteralForm form;
            if (text.IsEditable(after)
                && text.TryMapSpan(after, out tree, out var source)
                && FormOf(text.PieceInfoAt(last)) is { } literalForm)
            {
                position = source.End;
                form = literalForm;
            }
            else if (text.PieceInfoAt(last).Kind == LiteralKind.Constant
                && text.PieceSpanAt(last).End == last + 1
                && text.LiteralAt(last) is InterpolationSyntax { Parent: InterpolatedStringExpressionSyntax literal } hole
                && FormOf(literal) is { } holeForm)
            {
                // The last member ends with a constant hole's text: the new member goes after the hole.
                tree = hole.SyntaxTree;
                position = hole.Span.End;
                form = holeForm;
            }
            else
            {
                return null;
            }

            if (tree != locationTree)
            {
                return null;
            }

            var separator = json[last] is '{' or ',' ? string.Empty : ",";
            string? indent = null;
            if (text.TryMapSpan(span, out _, out var objectSource) && ContainsLineBreak(tree, objectSource))
            {
                indent = LineIndentation(tree, position);
            }

            return new MemberInsertion(position, form, separator, indent);
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
