using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Findings.Contract
{
    /// <summary>
    /// A node a fix may edit, as the fixer finds it: which editor changes it, the source spans each kind of edit
    /// changes, and (once stamped by the analyzer) the text each of those spans must still hold. What each edit needs:
    /// <list type="bullet">
    /// <item><description>replace: C# syntax, the expression at <see cref="Span"/>; JSON in a literal, the token at <see cref="Token"/>, written in <see cref="TokenLiteral"/>, or a string's content at <see cref="Content"/>;</description></item>
    /// <item><description>remove: C# syntax, the statement, initializer element or anonymous member at <see cref="Span"/>; JSON in a literal, the member with its separator at <see cref="Removal"/>;</description></item>
    /// <item><description>add a member: C# syntax, the object creation at <see cref="Span"/>; JSON in a literal, the object at <see cref="Span"/> and the <see cref="Insertion"/> point.</description></item>
    /// </list>
    /// Every span is in the document of the diagnostic; a node elsewhere has <see cref="FixEditor.None"/>.
    /// </summary>
    internal sealed class FixTarget
    {
        public static readonly FixTarget None = new FixTarget(FixEditor.None, default);

        public FixTarget(
            FixEditor editor,
            TextSpan span,
            TextSpan? token = null,
            LiteralForm tokenLiteral = default,
            TextSpan? removal = null,
            MemberInsertion? insertion = null,
            TextStamp? spanText = null,
            TextStamp? tokenText = null,
            TextStamp? removalText = null,
            TextSpan? content = null,
            LiteralForm contentLiteral = default,
            TextStamp? contentText = null)
        {
            Content = content;
            ContentLiteral = contentLiteral;
            ContentText = contentText;
            Editor = editor;
            Span = span;
            Token = token;
            TokenLiteral = tokenLiteral;
            Removal = removal;
            Insertion = insertion;
            SpanText = spanText;
            TokenText = tokenText;
            RemovalText = removalText;
        }

        public FixEditor Editor { get; }

        /// <summary>The node's source span (the diagnostic's location for the reported node).</summary>
        public TextSpan Span { get; }

        /// <summary>JSON in a literal: the source of the token, when it lies inside one literal's text.</summary>
        public TextSpan? Token { get; }

        /// <summary>How the literal at <see cref="Token"/> is written.</summary>
        public LiteralForm TokenLiteral { get; }

        /// <summary>
        /// JSON in a literal: the source of a string token's content (without its quotes), when the token itself cannot be
        /// rewritten but its content lies in one literal (a local's or constant's value between quotes written elsewhere):
        /// a new string value is written there.
        /// </summary>
        public TextSpan? Content { get; }

        /// <summary>How the literal at <see cref="Content"/> is written.</summary>
        public LiteralForm ContentLiteral { get; }

        public TextStamp? ContentText { get; }

        /// <summary>JSON in a literal: the source of the member and one separator beside it, when it can be removed.</summary>
        public TextSpan? Removal { get; }

        /// <summary>JSON in a literal: where a new member of this object goes.</summary>
        public MemberInsertion? Insertion { get; }

        public TextStamp? SpanText { get; }

        public TextStamp? TokenText { get; }

        public TextStamp? RemovalText { get; }

        /// <summary>The same target with the stamps of its spans' current text; <see cref="None"/> when a span is outside the text.</summary>
        public FixTarget Stamped(SourceText text)
        {
            if (Editor == FixEditor.None)
            {
                return this;
            }

            var spanText = TextStamp.Of(text, Span);
            var tokenText = Token is { } token ? TextStamp.Of(text, token) : null;
            var removalText = Removal is { } removal ? TextStamp.Of(text, removal) : null;
            var contentText = Content is { } content ? TextStamp.Of(text, content) : null;
            if (spanText is null
                || (Token is not null && tokenText is null)
                || (Content is not null && contentText is null)
                || (Removal is not null && removalText is null)
                || (Insertion is { } insertion && insertion.Position > text.Length))
            {
                return None;
            }

            return new FixTarget(Editor, Span, Token, TokenLiteral, Removal, Insertion, spanText, tokenText, removalText, Content, ContentLiteral, contentText);
        }

        /// <summary>Whether the node's text is still what was stamped (true for an unstamped target: nothing to compare).</summary>
        public bool SpanMatches(SourceText text) => SpanText is not { } stamp || stamp.Matches(text, Span);
    }

    /// <summary>JSON in a literal: where a new member goes, how that literal is written, and how the member is joined.</summary>
    internal sealed class MemberInsertion
    {
        public MemberInsertion(int position, LiteralForm literal, string separator, string? indent)
        {
            Position = position;
            Literal = literal;
            Separator = separator;
            Indent = indent;
        }

        /// <summary>The source position just after the object's last member (or its '{').</summary>
        public int Position { get; }

        public LiteralForm Literal { get; }

        /// <summary>"," when a comma must precede the new member, else empty.</summary>
        public string Separator { get; }

        /// <summary>The indentation of the source line at <see cref="Position"/> when the object spans several lines; else null.</summary>
        public string? Indent { get; }
    }
}
