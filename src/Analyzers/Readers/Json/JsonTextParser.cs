using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Threading;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Model.Json;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Readers.Json
{
    /// <summary>
    /// Our JSON reader for workflow definitions and templates written by people: comments and trailing commas are
    /// accepted, and <see cref="Hole"/> characters stand for unknown text (non-constant interpolation holes). Any other
    /// departure from JSON makes the text malformed: the reader stops at the first one and gives no value, because
    /// nothing is reported on malformed text. Iterative (an explicit stack), linear in the text, and it never throws on
    /// any input, except <see cref="OperationCanceledException"/>.
    /// </summary>
    internal static class JsonTextParser
    {
        /// <summary>Marks one unknown part of the text; a run of them is one unknown part.</summary>
        public const char Hole = '\uFFFF';

        /// <summary>Texts longer than this are not read.</summary>
        public const int MaxLength = 16 * 1024 * 1024;

        /// <summary>Objects and arrays nested deeper than this are read as one <see cref="JUnknown"/>.</summary>
        public const int MaxDepth = 100_000;

        /// <summary>
        /// Reads <paramref name="text"/>: its one JSON value, or null when the text is not JSON (empty text, only
        /// comments, truncated text, stray or missing tokens, bad escapes, bare words, text after the value).
        /// Holes, comments and trailing commas are not malformed: a value token with a hole is an unknown or partial
        /// value, and an object with a hole where a member name goes is incomplete.
        /// </summary>
        public static JValue? Parse(string text, IJsonSourceFactory sources, CancellationToken cancellationToken) =>
            text.Length > MaxLength ? null : new Parser(text, sources, cancellationToken).ParseText();

        private enum TokenKind
        {
            End,
            OpenBrace,
            CloseBrace,
            OpenBracket,
            CloseBracket,
            Comma,
            Colon,
            String,
            Word,

            /// <summary>An unterminated string or block comment (it runs to the end of the text).</summary>
            Unterminated,
        }

        private enum State
        {
            /// <summary>After '[' or ',' in an array.</summary>
            ExpectValueOrEnd,

            /// <summary>After '{' or ',' in an object.</summary>
            ExpectNameOrEnd,
            ExpectColon,
            ExpectValue,

            /// <summary>After an item or member.</summary>
            ExpectCommaOrEnd,
        }

        private readonly struct Token
        {
            public Token(TokenKind kind, int start, int end)
            {
                Kind = kind;
                Start = start;
                End = end;
            }

            public TokenKind Kind { get; }

            public int Start { get; }

            public int End { get; }
        }

        /// <summary>An object or array being read. Frames are reused as the stack grows and shrinks.</summary>
        private sealed class Frame
        {
            public bool IsObject;
            public int Start;
            public State State;
            public bool IsComplete;
            public ImmutableArray<JMember>.Builder? Members;
            public ImmutableArray<JValue>.Builder? Items;

            // The member being read: where it starts, and its name (null when the name holds a hole: not kept).
            public int MemberStart;
            public string? Name;
            public SourceRef? NameSource;

            // The end of the previous member's value (-1: none yet).
            public int LastValueEnd;

            // The last member kept, until its removal span is known (when the next member starts or the object ends).
            public string? PendingName;
            public SourceRef? PendingNameSource;
            public JValue? PendingValue;
            public int PendingStart;
            public int PendingEnd;
            public int PendingPreviousEnd;
            public int PendingCommaEnd;

            public void Reset(bool isObject, int start)
            {
                IsObject = isObject;
                Start = start;
                State = isObject ? State.ExpectNameOrEnd : State.ExpectValueOrEnd;
                IsComplete = true;
                Name = null;
                NameSource = null;
                LastValueEnd = -1;
                ClearPending();
            }

            public void ClearPending()
            {
                PendingName = null;
                PendingNameSource = null;
                PendingValue = null;
            }
        }

        private sealed class Parser
        {
            private readonly string text;
            private readonly IJsonSourceFactory sources;
            private readonly CancellationToken cancellationToken;
            private readonly List<Frame> frames = new List<Frame>();
            private int depth;
            private int position;
            private int steps;

            // The end offset of the value last returned by StartValue or Close.
            private int completedEnd;

            public Parser(string text, IJsonSourceFactory sources, CancellationToken cancellationToken)
            {
                this.text = text;
                this.sources = sources;
                this.cancellationToken = cancellationToken;
            }

            /// <summary>The text's value; null at the first malformation.</summary>
            public JValue? ParseText()
            {
                if (!StartValue(Next(), out var completed))
                {
                    return null;
                }

                while (true)
                {
                    if (completed is not null)
                    {
                        if (depth == 0)
                        {
                            return Next().Kind == TokenKind.End ? completed : null;
                        }

                        Add(frames[depth - 1], completed);
                    }

                    if ((++steps & 0xFF) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    var frame = frames[depth - 1];
                    var token = Next();
                    if (!(frame.IsObject ? ObjectStep(frame, token, out completed) : ArrayStep(frame, token, out completed)))
                    {
                        return null;
                    }
                }
            }

            /// <summary>
            /// Reads one token of an array: false when it is malformed there. <paramref name="completed"/> is the
            /// array when it closes, or a scalar item.
            /// </summary>
            private bool ArrayStep(Frame frame, Token token, out JValue? completed)
            {
                completed = null;
                switch (token.Kind)
                {
                    case TokenKind.CloseBracket:
                        completed = Close(frame, token.End);
                        return true;
                    case TokenKind.Comma when frame.State == State.ExpectCommaOrEnd:
                        frame.State = State.ExpectValueOrEnd;
                        return true;
                    default:
                        return frame.State == State.ExpectValueOrEnd && StartValue(token, out completed);
                }
            }

            /// <summary>
            /// Reads one token of an object: false when it is malformed there. <paramref name="completed"/> is the
            /// object when it closes, or a member's scalar value.
            /// </summary>
            private bool ObjectStep(Frame frame, Token token, out JValue? completed)
            {
                completed = null;
                switch (frame.State)
                {
                    case State.ExpectNameOrEnd when token.Kind == TokenKind.CloseBrace:
                    case State.ExpectCommaOrEnd when token.Kind == TokenKind.CloseBrace:
                        completed = Close(frame, token.End);
                        return true;
                    case State.ExpectNameOrEnd:
                        return StartMember(frame, token);
                    case State.ExpectColon when token.Kind == TokenKind.Colon:
                        frame.State = State.ExpectValue;
                        return true;
                    case State.ExpectValue:
                        return StartValue(token, out completed);
                    case State.ExpectCommaOrEnd when token.Kind == TokenKind.Comma:
                        if (frame.PendingValue is not null)
                        {
                            // The member just read: its removal takes this comma along when it turns out to be the last.
                            frame.PendingCommaEnd = token.End;
                        }

                        frame.State = State.ExpectNameOrEnd;
                        return true;
                    default:
                        return false;
                }
            }

            /// <summary>A member's name: a string, or a word with a hole (an unknown name: the object is incomplete).</summary>
            private bool StartMember(Frame frame, Token token)
            {
                string? name;
                if (token.Kind == TokenKind.String)
                {
                    if (DecodeString(token) is not { } decoded)
                    {
                        return false;
                    }

                    name = decoded.KnownText;
                }
                else if (token.Kind == TokenKind.Word && ContainsHole(token))
                {
                    name = null;
                }
                else
                {
                    return false;
                }

                if (frame.PendingValue is not null)
                {
                    // The previous member is followed by this one: its removal runs to this name.
                    AddPending(frame, TextSpan.FromBounds(frame.PendingStart, token.Start));
                }

                frame.MemberStart = token.Start;
                frame.Name = name;
                frame.NameSource = name is null ? null : sources.Create(TextSpan.FromBounds(token.Start, token.End));
                frame.IsComplete &= name is not null;
                frame.State = State.ExpectColon;
                return true;
            }

            /// <summary>Adds a value read to its array, or to its object as the value of the member being read.</summary>
            private void Add(Frame frame, JValue value)
            {
                frame.State = State.ExpectCommaOrEnd;
                if (!frame.IsObject)
                {
                    (frame.Items ??= ImmutableArray.CreateBuilder<JValue>()).Add(value);
                    return;
                }

                if (frame.Name is not null)
                {
                    frame.PendingName = frame.Name;
                    frame.PendingNameSource = frame.NameSource;
                    frame.PendingValue = value;
                    frame.PendingStart = frame.MemberStart;
                    frame.PendingEnd = completedEnd;
                    frame.PendingPreviousEnd = frame.LastValueEnd;
                    frame.PendingCommaEnd = -1;
                }

                frame.LastValueEnd = completedEnd;
                frame.Name = null;
                frame.NameSource = null;
            }

            private void AddPending(Frame frame, TextSpan removal)
            {
                var memberSource = sources.CreateMember(TextSpan.FromBounds(frame.PendingStart, frame.PendingEnd), removal);
                (frame.Members ??= ImmutableArray.CreateBuilder<JMember>())
                    .Add(new JMember(frame.PendingName!, frame.PendingNameSource!, frame.PendingValue!, memberSource));
                frame.ClearPending();
            }

            private JValue Close(Frame frame, int end)
            {
                var source = sources.Create(TextSpan.FromBounds(frame.Start, end));
                JValue result;
                if (frame.IsObject)
                {
                    if (frame.PendingValue is not null)
                    {
                        // The last member: removed with the comma before it (or, when it is the first, the one after it).
                        var start = frame.PendingPreviousEnd >= 0 ? frame.PendingPreviousEnd : frame.PendingStart;
                        AddPending(frame, TextSpan.FromBounds(start, frame.PendingCommaEnd >= 0 ? frame.PendingCommaEnd : frame.PendingEnd));
                    }

                    var members = frame.Members is { Count: > 0 } builder ? builder.ToImmutable() : ImmutableArray<JMember>.Empty;
                    frame.Members?.Clear();
                    result = new JObject(source, members, frame.IsComplete);
                }
                else
                {
                    var items = frame.Items is { Count: > 0 } builder ? builder.ToImmutable() : ImmutableArray<JValue>.Empty;
                    frame.Items?.Clear();
                    result = new JArray(source, items, isComplete: true);
                }

                depth--;
                completedEnd = end;
                return result;
            }

            /// <summary>
            /// Starts a value: false when <paramref name="token"/> starts none. <paramref name="value"/> is the value
            /// when it is a scalar (or too deep), null after pushing an object or array frame.
            /// </summary>
            private bool StartValue(Token token, out JValue? value)
            {
                value = null;
                completedEnd = token.End;
                switch (token.Kind)
                {
                    case TokenKind.OpenBrace:
                    case TokenKind.OpenBracket:
                        if (depth >= MaxDepth)
                        {
                            return SkipNested(token, out value);
                        }

                        Push(token.Kind == TokenKind.OpenBrace, token.Start);
                        return true;
                    case TokenKind.String:
                        if (DecodeString(token) is not { } decoded)
                        {
                            return false;
                        }

                        value = new JString(sources.Create(TextSpan.FromBounds(token.Start, token.End)), decoded);
                        return true;
                    case TokenKind.Word:
                        value = ReadWord(token);
                        return value is not null;
                    default:
                        return false;
                }
            }

            private void Push(bool isObject, int start)
            {
                if (depth == frames.Count)
                {
                    frames.Add(new Frame());
                }

                frames[depth].Reset(isObject, start);
                depth++;
            }

            /// <summary>
            /// Too deep: the whole nested value, to its matching closer, is one unknown value (its content is not
            /// checked). False when the text ends first.
            /// </summary>
            private bool SkipNested(Token open, out JValue? value)
            {
                value = null;
                var nesting = 1;
                var end = open.End;
                while (nesting > 0)
                {
                    if ((++steps & 0xFF) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    var token = Next();
                    if (token.Kind is TokenKind.End or TokenKind.Unterminated)
                    {
                        return false;
                    }

                    end = token.End;
                    if (token.Kind is TokenKind.OpenBrace or TokenKind.OpenBracket)
                    {
                        nesting++;
                    }
                    else if (token.Kind is TokenKind.CloseBrace or TokenKind.CloseBracket)
                    {
                        nesting--;
                    }
                }

                completedEnd = end;
                value = new JUnknown(sources.Create(TextSpan.FromBounds(open.Start, end)));
                return true;
            }

            /// <summary>true, false, null, a number, or a word with a hole (an unknown value); null for any other word.</summary>
            private JValue? ReadWord(Token token)
            {
                string? literal = IsWord(token, "true") ? "true"
                    : IsWord(token, "false") ? "false"
                    : IsWord(token, "null") ? "null"
                    : IsNumber(token.Start, token.End) ? text.Substring(token.Start, token.End - token.Start)
                    : null;
                if (literal is null && !ContainsHole(token))
                {
                    return null;
                }

                var source = sources.Create(TextSpan.FromBounds(token.Start, token.End));
                return literal is null ? new JUnknown(source) : new JLiteral(source, literal);
            }

            private bool ContainsHole(Token token) => text.IndexOf(Hole, token.Start, token.End - token.Start) >= 0;

            private bool IsWord(Token token, string word) =>
                token.End - token.Start == word.Length && string.CompareOrdinal(text, token.Start, word, 0, word.Length) == 0;

            /// <summary>The JSON number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</summary>
            private bool IsNumber(int start, int end)
            {
                var i = start;
                if (i < end && text[i] == '-')
                {
                    i++;
                }

                if (i >= end)
                {
                    return false;
                }

                if (text[i] == '0')
                {
                    i++;
                }
                else if (text[i] >= '1' && text[i] <= '9')
                {
                    i = SkipDigits(i + 1, end);
                }
                else
                {
                    return false;
                }

                if (i < end && text[i] == '.')
                {
                    if (i + 1 >= end || !IsDigit(text[i + 1]))
                    {
                        return false;
                    }

                    i = SkipDigits(i + 1, end);
                }

                if (i < end && (text[i] == 'e' || text[i] == 'E'))
                {
                    i++;
                    if (i < end && (text[i] == '+' || text[i] == '-'))
                    {
                        i++;
                    }

                    if (i >= end || !IsDigit(text[i]))
                    {
                        return false;
                    }

                    i = SkipDigits(i, end);
                }

                return i == end;
            }

            private int SkipDigits(int i, int end)
            {
                while (i < end && IsDigit(text[i]))
                {
                    i++;
                }

                return i;
            }

            private static bool IsDigit(char c) => c >= '0' && c <= '9';

            /// <summary>
            /// The value of a terminated string token: escapes decoded, each run of holes a null segment. Null when an
            /// escape is malformed.
            /// </summary>
            private PartialString? DecodeString(Token token)
            {
                var start = token.Start + 1;
                var end = token.End - 1;
                var i = start;
                while (i < end && text[i] != '\\' && text[i] != Hole)
                {
                    i++;
                }

                if (i == end)
                {
                    return PartialString.Known(text.Substring(start, end - start));
                }

                var segments = ImmutableArray.CreateBuilder<string?>();
                var builder = new StringBuilder(end - start);
                builder.Append(text, start, i - start);
                while (i < end)
                {
                    var c = text[i];
                    if (c == Hole)
                    {
                        AddHole(segments, builder);
                        while (i < end && text[i] == Hole)
                        {
                            i++;
                        }

                        continue;
                    }

                    if (c != '\\')
                    {
                        var runStart = i;
                        while (i < end && text[i] != '\\' && text[i] != Hole)
                        {
                            i++;
                        }

                        builder.Append(text, runStart, i - runStart);
                        continue;
                    }

                    if (i + 1 >= end)
                    {
                        return null;
                    }

                    var escaped = text[i + 1];
                    switch (escaped)
                    {
                        case '"':
                        case '\\':
                        case '/':
                            builder.Append(escaped);
                            i += 2;
                            break;
                        case 'b':
                            builder.Append('\b');
                            i += 2;
                            break;
                        case 'f':
                            builder.Append('\f');
                            i += 2;
                            break;
                        case 'n':
                            builder.Append('\n');
                            i += 2;
                            break;
                        case 'r':
                            builder.Append('\r');
                            i += 2;
                            break;
                        case 't':
                            builder.Append('\t');
                            i += 2;
                            break;
                        case Hole:
                            // An escape whose character is unknown: the hole stands for both.
                            i++;
                            break;
                        case 'u':
                            if (!TryDecodeUnicodeEscape(i + 2, end, builder, segments, out i))
                            {
                                return null;
                            }

                            break;
                        default:
                            return null;
                    }
                }

                if (builder.Length > 0 || segments.Count == 0)
                {
                    segments.Add(builder.ToString());
                }

                return new PartialString(segments.ToImmutable());
            }

            /// <summary>The four hex digits of \u at <paramref name="digitsStart"/>; a hole among them makes the character unknown.</summary>
            private bool TryDecodeUnicodeEscape(int digitsStart, int end, StringBuilder builder, ImmutableArray<string?>.Builder segments, out int next)
            {
                var value = 0;
                var i = digitsStart;
                for (; i < digitsStart + 4 && i < end; i++)
                {
                    var c = text[i];
                    if (c == Hole)
                    {
                        AddHole(segments, builder);
                        while (i < end && (text[i] == Hole || (i < digitsStart + 4 && HexValue(text[i]) >= 0)))
                        {
                            i++;
                        }

                        next = i;
                        return true;
                    }

                    var digit = HexValue(c);
                    if (digit < 0)
                    {
                        next = i;
                        return false;
                    }

                    value = (value << 4) | digit;
                }

                next = i;
                if (i < digitsStart + 4)
                {
                    return false;
                }

                builder.Append((char)value);
                return true;
            }

            private static void AddHole(ImmutableArray<string?>.Builder segments, StringBuilder builder)
            {
                if (builder.Length > 0)
                {
                    segments.Add(builder.ToString());
                    builder.Clear();
                }

                if (segments.Count == 0 || segments[segments.Count - 1] is not null)
                {
                    segments.Add(null);
                }
            }

            private static int HexValue(char c)
            {
                if (c >= '0' && c <= '9')
                {
                    return c - '0';
                }

                if (c >= 'a' && c <= 'f')
                {
                    return c - 'a' + 10;
                }

                if (c >= 'A' && c <= 'F')
                {
                    return c - 'A' + 10;
                }

                return -1;
            }

            private Token Next()
            {
                if (!SkipTrivia())
                {
                    return new Token(TokenKind.Unterminated, position, text.Length);
                }

                var start = position;
                if (start >= text.Length)
                {
                    return new Token(TokenKind.End, text.Length, text.Length);
                }

                var token = text[start] switch
                {
                    '{' => new Token(TokenKind.OpenBrace, start, start + 1),
                    '}' => new Token(TokenKind.CloseBrace, start, start + 1),
                    '[' => new Token(TokenKind.OpenBracket, start, start + 1),
                    ']' => new Token(TokenKind.CloseBracket, start, start + 1),
                    ',' => new Token(TokenKind.Comma, start, start + 1),
                    ':' => new Token(TokenKind.Colon, start, start + 1),
                    '"' => ScanString(start),
                    _ => ScanWord(start),
                };
                position = token.End;
                return token;
            }

            private Token ScanString(int start)
            {
                var i = start + 1;
                while (i < text.Length)
                {
                    var c = text[i];
                    if (c == '"')
                    {
                        return new Token(TokenKind.String, start, i + 1);
                    }

                    i += c == '\\' ? 2 : 1;
                }

                return new Token(TokenKind.Unterminated, start, text.Length);
            }

            private Token ScanWord(int start)
            {
                var i = start + 1;
                while (i < text.Length)
                {
                    var c = text[i];
                    if (c is '{' or '}' or '[' or ']' or ',' or ':' or '"' || IsWhitespace(c)
                        || (c == '/' && i + 1 < text.Length && text[i + 1] is '/' or '*'))
                    {
                        break;
                    }

                    i++;
                }

                return new Token(TokenKind.Word, start, i);
            }

            /// <summary>
            /// Skips whitespace, // line comments and /* block comments */; false at an unterminated block comment
            /// (left at its start).
            /// </summary>
            private bool SkipTrivia()
            {
                var length = text.Length;
                while (position < length)
                {
                    var c = text[position];
                    if (IsWhitespace(c))
                    {
                        position++;
                        continue;
                    }

                    if (c != '/' || position + 1 >= length)
                    {
                        return true;
                    }

                    var next = text[position + 1];
                    if (next == '/')
                    {
                        position += 2;
                        while (position < length && text[position] != '\n' && text[position] != '\r')
                        {
                            position++;
                        }
                    }
                    else if (next == '*')
                    {
                        var close = text.IndexOf("*/", position + 2, StringComparison.Ordinal);
                        if (close < 0)
                        {
                            return false;
                        }

                        position = close + 2;
                    }
                    else
                    {
                        return true;
                    }
                }

                return true;
            }

            private static bool IsWhitespace(char c) =>
                c <= ' ' || (c > '\u007F' && c != Hole && (c == '\uFEFF' || char.IsWhiteSpace(c)));
        }
    }
}
