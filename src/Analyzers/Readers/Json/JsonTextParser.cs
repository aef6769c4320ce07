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
    /// A tolerant JSON reader for workflow definitions and templates written by people: comments and trailing commas
    /// are accepted, malformed values become <see cref="JUnknown"/>, and an object or array that could not be read
    /// to the end is kept with what was read and marked incomplete. <see cref="Hole"/> characters stand for unknown
    /// text (non-constant interpolation holes). Iterative (an explicit stack), linear in the text, and it never
    /// throws on any input, except <see cref="OperationCanceledException"/>.
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
        /// Reads <paramref name="text"/>: the first JSON value in it (text after that value is ignored), or null when
        /// no value starts there (empty text, only comments, a stray ']' or ',').
        /// </summary>
        public static JValue? Parse(string text, IJsonSourceFactory sources, CancellationToken cancellationToken) =>
            Parse(text, sources, cancellationToken, out _);

        /// <summary>
        /// As <see cref="Parse(string, IJsonSourceFactory, CancellationToken)"/>, and says whether the text is JSON:
        /// false when anything was malformed (truncated text, stray or missing tokens, bad escapes, bare words,
        /// trailing text). Holes, comments and trailing commas do not count as malformed.
        /// </summary>
        public static JValue? Parse(string text, IJsonSourceFactory sources, CancellationToken cancellationToken, out bool wellFormed)
        {
            wellFormed = false;
            if (text.Length > MaxLength)
            {
                return null;
            }

            var parser = new Parser(text, sources, cancellationToken);
            var result = parser.ParseRoot();
            wellFormed = result is not null && !parser.IsMalformed;
            return result;
        }

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
            UnterminatedString,
            Word,
        }

        private enum State
        {
            ExpectValueOrEnd,
            ExpectNameOrEnd,
            ExpectColon,
            ExpectValue,
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

            public bool StartsValue => Kind is TokenKind.OpenBrace or TokenKind.OpenBracket or TokenKind.String
                or TokenKind.UnterminatedString or TokenKind.Word;
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

            // The member being read.
            public int MemberStart;
            public string? Name;
            public SourceRef? NameSource;
            public bool SkipMember;

            // End of the last member's content before the latest separating comma (-1: none yet).
            public int LastItemEnd;

            // The last member read, kept until its removal span is known (when the next member starts or the object ends).
            public bool HasPending;
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
                SkipMember = false;
                LastItemEnd = -1;
                ClearPending();
            }

            public void ClearPending()
            {
                HasPending = false;
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
            private int openObjects;
            private int openArrays;
            private int position;
            private int lastTokenEnd;
            private int previousTokenEnd;
            private bool hasPushback;
            private Token pushback;
            private int steps;

            // The end offset of the value returned by the last StartValue or Close.
            private int completedEnd;

            public Parser(string text, IJsonSourceFactory sources, CancellationToken cancellationToken)
            {
                this.text = text;
                this.sources = sources;
                this.cancellationToken = cancellationToken;
            }

            public JValue? ParseRoot()
            {
                var first = Next();
                if (!first.StartsValue)
                {
                    return null;
                }

                var completed = StartValue(first);
                while (true)
                {
                    while (completed is not null)
                    {
                        if (depth == 0)
                        {
                            // Text after the first value is not part of it.
                            IsMalformed |= Next().Kind != TokenKind.End;
                            return completed;
                        }

                        Deliver(frames[depth - 1], completed);
                        completed = null;
                    }

                    if ((++steps & 0xFF) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    var frame = frames[depth - 1];
                    var token = Next();
                    completed = frame.IsObject ? ObjectStep(frame, token) : ArrayStep(frame, token);
                }
            }

            private JValue? ArrayStep(Frame frame, Token token)
            {
                switch (token.Kind)
                {
                    case TokenKind.CloseBracket:
                        return Close(frame, token.End);
                    case TokenKind.End:
                        Malformed(frame);
                        return Close(frame, lastTokenEnd);
                    case TokenKind.CloseBrace:
                        return WrongCloser(frame, token);
                    case TokenKind.Colon:
                        Malformed(frame);
                        return null;
                    case TokenKind.Comma:
                        if (frame.State == State.ExpectCommaOrEnd)
                        {
                            frame.State = State.ExpectValueOrEnd;
                        }
                        else
                        {
                            // A missing item: [1,,2] or [,1].
                            Malformed(frame);
                        }

                        return null;
                    default:
                        if (frame.State == State.ExpectCommaOrEnd)
                        {
                            // A missing comma: read the item anyway.
                            Malformed(frame);
                            Pushback(token);
                            frame.State = State.ExpectValueOrEnd;
                            return null;
                        }

                        return StartValue(token);
                }
            }

            private JValue? ObjectStep(Frame frame, Token token)
            {
                switch (token.Kind)
                {
                    case TokenKind.CloseBrace:
                        if (frame.State != State.ExpectNameOrEnd && frame.State != State.ExpectCommaOrEnd)
                        {
                            Malformed(frame);
                        }

                        return Close(frame, token.End);
                    case TokenKind.End:
                        Malformed(frame);
                        return Close(frame, lastTokenEnd);
                    case TokenKind.CloseBracket:
                        return WrongCloser(frame, token);
                }

                switch (frame.State)
                {
                    case State.ExpectNameOrEnd:
                        return ObjectExpectName(frame, token);
                    case State.ExpectColon:
                        if (token.Kind == TokenKind.Colon)
                        {
                            frame.State = State.ExpectValue;
                        }
                        else if (token.Kind == TokenKind.Comma)
                        {
                            // A name without a value: drop it.
                            Malformed(frame);
                            frame.LastItemEnd = previousTokenEnd;
                            frame.State = State.ExpectNameOrEnd;
                        }
                        else
                        {
                            // A missing colon: read the value, but not as a member.
                            Malformed(frame);
                            frame.SkipMember = true;
                            Pushback(token);
                            frame.State = State.ExpectValue;
                        }

                        return null;
                    case State.ExpectValue:
                        if (token.Kind == TokenKind.Comma)
                        {
                            Malformed(frame);
                            frame.LastItemEnd = previousTokenEnd;
                            frame.State = State.ExpectNameOrEnd;
                            return null;
                        }

                        if (token.Kind == TokenKind.Colon)
                        {
                            Malformed(frame);
                            return null;
                        }

                        return StartValue(token);
                    default:
                        if (token.Kind == TokenKind.Comma)
                        {
                            if (frame.HasPending && frame.PendingCommaEnd < 0)
                            {
                                frame.PendingCommaEnd = token.End;
                            }

                            frame.LastItemEnd = previousTokenEnd;
                            frame.State = State.ExpectNameOrEnd;
                            return null;
                        }

                        Malformed(frame);
                        if (token.Kind != TokenKind.Colon)
                        {
                            // A missing comma: read the next member anyway.
                            Pushback(token);
                            frame.State = State.ExpectNameOrEnd;
                        }

                        return null;
                }
            }

            private JValue? ObjectExpectName(Frame frame, Token token)
            {
                if (token.Kind == TokenKind.Comma)
                {
                    // An empty member: {,} or {"a":1,,"b":2}.
                    Malformed(frame);
                    return null;
                }

                FinalizePendingBefore(frame, token.Start);
                frame.MemberStart = token.Start;
                frame.Name = null;
                frame.NameSource = null;
                frame.SkipMember = true;
                switch (token.Kind)
                {
                    case TokenKind.String:
                        var name = DecodeString(token);
                        if (name is not null && name.KnownText is string known)
                        {
                            frame.Name = known;
                            frame.NameSource = sources.Create(TextSpan.FromBounds(token.Start, token.End));
                            frame.SkipMember = false;
                        }
                        else
                        {
                            // A name with a hole or a bad escape: the member is skipped.
                            if (name is null)
                            {
                                Malformed(frame);
                            }
                            else
                            {
                                frame.IsComplete = false;
                            }
                        }

                        frame.State = State.ExpectColon;
                        return null;
                    case TokenKind.Colon:
                        Malformed(frame);
                        frame.State = State.ExpectValue;
                        return null;
                    case TokenKind.OpenBrace:
                    case TokenKind.OpenBracket:
                        // A value without a name: read it, but not as a member.
                        Malformed(frame);
                        Pushback(token);
                        frame.State = State.ExpectValue;
                        return null;
                    default:
                        // A hole, an unquoted name, a truncated name.
                        if (ContainsHole(token))
                        {
                            frame.IsComplete = false;
                        }
                        else
                        {
                            Malformed(frame);
                        }

                        frame.State = State.ExpectColon;
                        return null;
                }
            }

            private void Deliver(Frame frame, JValue value)
            {
                if (!frame.IsObject)
                {
                    (frame.Items ??= ImmutableArray.CreateBuilder<JValue>()).Add(value);
                    frame.State = State.ExpectCommaOrEnd;
                    return;
                }

                if (!frame.SkipMember && frame.Name is not null && frame.NameSource is not null)
                {
                    frame.HasPending = true;
                    frame.PendingName = frame.Name;
                    frame.PendingNameSource = frame.NameSource;
                    frame.PendingValue = value;
                    frame.PendingStart = frame.MemberStart;
                    frame.PendingEnd = completedEnd;
                    frame.PendingPreviousEnd = frame.LastItemEnd;
                    frame.PendingCommaEnd = -1;
                }

                frame.Name = null;
                frame.NameSource = null;
                frame.SkipMember = false;
                frame.State = State.ExpectCommaOrEnd;
            }

            /// <summary>The pending member is followed by another one starting at <paramref name="nextStart"/>.</summary>
            private void FinalizePendingBefore(Frame frame, int nextStart)
            {
                if (frame.HasPending)
                {
                    AddPending(frame, TextSpan.FromBounds(frame.PendingStart, Math.Max(frame.PendingStart, nextStart)));
                }
            }

            /// <summary>The pending member is the last one: remove it with the separator before it (or after it when alone).</summary>
            private void FinalizePendingAsLast(Frame frame)
            {
                if (!frame.HasPending)
                {
                    return;
                }

                var end = frame.PendingCommaEnd >= 0 ? frame.PendingCommaEnd : frame.PendingEnd;
                var start = frame.PendingPreviousEnd >= 0 ? frame.PendingPreviousEnd : frame.PendingStart;
                AddPending(frame, TextSpan.FromBounds(start, Math.Max(start, end)));
            }

            private void AddPending(Frame frame, TextSpan removal)
            {
                var memberSource = sources.CreateMember(TextSpan.FromBounds(frame.PendingStart, frame.PendingEnd), removal);
                (frame.Members ??= ImmutableArray.CreateBuilder<JMember>())
                    .Add(new JMember(frame.PendingName!, frame.PendingNameSource!, frame.PendingValue!, memberSource));
                frame.ClearPending();
            }

            /// <summary>A closer of the other kind: it closes this container when an enclosing one expects it, else it is ignored.</summary>
            private JValue? WrongCloser(Frame frame, Token token)
            {
                Malformed(frame);
                var enclosingExpects = token.Kind == TokenKind.CloseBrace
                    ? openObjects - (frame.IsObject ? 1 : 0) > 0
                    : openArrays - (frame.IsObject ? 0 : 1) > 0;
                if (!enclosingExpects)
                {
                    return null;
                }

                Pushback(token);
                return Close(frame, previousTokenEnd);
            }

            private JValue Close(Frame frame, int end)
            {
                end = Math.Max(end, frame.Start + 1);
                var source = sources.Create(TextSpan.FromBounds(frame.Start, end));
                JValue result;
                if (frame.IsObject)
                {
                    FinalizePendingAsLast(frame);
                    var members = frame.Members is { Count: > 0 } builder ? builder.ToImmutable() : ImmutableArray<JMember>.Empty;
                    frame.Members?.Clear();
                    result = new JObject(source, members, frame.IsComplete);
                    openObjects--;
                }
                else
                {
                    var items = frame.Items is { Count: > 0 } builder ? builder.ToImmutable() : ImmutableArray<JValue>.Empty;
                    frame.Items?.Clear();
                    result = new JArray(source, items, frame.IsComplete);
                    openArrays--;
                }

                frame.Name = null;
                frame.NameSource = null;
                depth--;
                completedEnd = end;
                return result;
            }

            /// <summary>Starts a value: returns a scalar, or null after pushing an object or array frame.</summary>
            private JValue? StartValue(Token token)
            {
                completedEnd = token.End;
                switch (token.Kind)
                {
                    case TokenKind.OpenBrace:
                    case TokenKind.OpenBracket:
                        if (depth >= MaxDepth)
                        {
                            return SkipNested(token);
                        }

                        Push(token.Kind == TokenKind.OpenBrace, token.Start);
                        return null;
                    case TokenKind.String:
                        var value = DecodeString(token);
                        var source = sources.Create(TextSpan.FromBounds(token.Start, token.End));
                        if (value is null)
                        {
                            IsMalformed = true;
                            return new JUnknown(source);
                        }

                        return new JString(source, value);
                    case TokenKind.Word:
                        return ReadWord(token);
                    default:
                        IsMalformed = true;
                        return new JUnknown(sources.Create(TextSpan.FromBounds(token.Start, token.End)));
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
                if (isObject)
                {
                    openObjects++;
                }
                else
                {
                    openArrays++;
                }
            }

            /// <summary>Too deep: the whole nested value (to its matching closer) is one unknown value.</summary>
            private JValue SkipNested(Token open)
            {
                var nesting = 1;
                var end = open.End;
                while (nesting > 0)
                {
                    if ((++steps & 0xFF) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    var token = Next();
                    if (token.Kind == TokenKind.End)
                    {
                        IsMalformed = true;
                        break;
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
                return new JUnknown(sources.Create(TextSpan.FromBounds(open.Start, end)));
            }

            private JValue ReadWord(Token token)
            {
                var source = sources.Create(TextSpan.FromBounds(token.Start, token.End));
                var length = token.End - token.Start;
                if (IsWord(token, "true"))
                {
                    return new JLiteral(source, "true");
                }

                if (IsWord(token, "false"))
                {
                    return new JLiteral(source, "false");
                }

                if (IsWord(token, "null"))
                {
                    return new JLiteral(source, "null");
                }

                if (IsNumber(token.Start, token.End))
                {
                    return new JLiteral(source, text.Substring(token.Start, length));
                }

                // A hole where a value goes is an unknown value; any other bare word is a syntax error.
                IsMalformed |= !ContainsHole(token);
                return new JUnknown(source);
            }

            /// <summary>True once the text was found not to be JSON (holes aside): truncated, a stray or missing token...</summary>
            public bool IsMalformed { get; private set; }

            private void Malformed(Frame frame)
            {
                frame.IsComplete = false;
                IsMalformed = true;
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
                if (token.Kind != TokenKind.String)
                {
                    return null;
                }

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

            private void Pushback(Token token)
            {
                pushback = token;
                hasPushback = true;
            }

            private Token Next()
            {
                if (hasPushback)
                {
                    hasPushback = false;
                    return pushback;
                }

                SkipTrivia();
                var start = position;
                if (start >= text.Length)
                {
                    return new Token(TokenKind.End, text.Length, text.Length);
                }

                Token token;
                switch (text[start])
                {
                    case '{':
                        token = new Token(TokenKind.OpenBrace, start, start + 1);
                        break;
                    case '}':
                        token = new Token(TokenKind.CloseBrace, start, start + 1);
                        break;
                    case '[':
                        token = new Token(TokenKind.OpenBracket, start, start + 1);
                        break;
                    case ']':
                        token = new Token(TokenKind.CloseBracket, start, start + 1);
                        break;
                    case ',':
                        token = new Token(TokenKind.Comma, start, start + 1);
                        break;
                    case ':':
                        token = new Token(TokenKind.Colon, start, start + 1);
                        break;
                    case '"':
                        token = ScanString(start);
                        break;
                    default:
                        token = ScanWord(start);
                        break;
                }

                position = token.End;
                previousTokenEnd = lastTokenEnd;
                lastTokenEnd = token.End;
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

                return new Token(TokenKind.UnterminatedString, start, text.Length);
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

            /// <summary>Skips whitespace, // line comments and /* block comments */ (an unterminated one runs to the end).</summary>
            private void SkipTrivia()
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
                        return;
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
                        position = close < 0 ? length : close + 2;
                    }
                    else
                    {
                        return;
                    }
                }
            }

            private static bool IsWhitespace(char c) =>
                c <= ' ' || (c > '\u007F' && c != Hole && (c == '\uFEFF' || char.IsWhiteSpace(c)));
        }
    }
}
