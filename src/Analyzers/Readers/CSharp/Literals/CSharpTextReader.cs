using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Model;
using System.Threading;
using ManagedIdentityAnalyzers.Readers.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ManagedIdentityAnalyzers.Readers.CSharp.Literals
{
    /// <summary>
    /// Reads the text of a C# string-valued expression with the source of each character (<see cref="MappedText"/>):
    /// string literals of every form (regular, verbatim, raw, UTF-8), interpolated strings of every form,
    /// concatenations, constants and locals assigned once. Constant holes and constant references contribute their
    /// text, mapped to the whole hole or reference; other holes and operands contribute one
    /// <see cref="JsonTextParser.Hole"/> character. Each decoded literal is checked against the compiler's value, so
    /// a text is never wrong: what cannot be decoded exactly is read as a constant (or not at all).
    /// </summary>
    internal static class CSharpTextReader
    {
        /// <summary>Deeper expressions (through parentheses, conversions, locals) are not read.</summary>
        public const int MaxDepth = 64;

        /// <summary>Longer texts are not read.</summary>
        public const int MaxLength = 1_000_000;

        /// <summary>The text of <paramref name="operation"/>, or null when it is not a string expression the reader can follow.</summary>
        public static MappedText? Read(IOperation operation, ValueSources locals, CancellationToken cancellationToken)
        {
            var builder = new MappedText.Builder(MaxLength);
            var reader = new Reader(locals, builder, cancellationToken);
            if (!reader.ReadString(operation, 0, nullIsEmpty: false) || builder.Overflowed || !builder.HasKnownPiece)
            {
                return null;
            }

            return builder.ToMappedText(operation.Syntax);
        }

        /// <summary>
        /// The value of a string expression as a partial string: the text read as above, each non-constant hole or
        /// operand a hole; unknown when the expression cannot be read. The one evaluator of C# string expressions.
        /// </summary>
        public static PartialString ReadPartial(IOperation? operation, ValueSources values, CancellationToken cancellationToken = default)
        {
            if (operation is null || Read(operation, values, cancellationToken) is not { } text)
            {
                return PartialString.Unknown;
            }

            var segments = ImmutableArray.CreateBuilder<string?>();
            var start = 0;
            var written = text.Text;
            for (var i = 0; i <= written.Length; i++)
            {
                if (i < written.Length && written[i] != JsonTextParser.Hole)
                {
                    continue;
                }

                if (i > start)
                {
                    segments.Add(written.Substring(start, i - start));
                }

                if (i < written.Length && (segments.Count == 0 || segments[segments.Count - 1] is not null))
                {
                    segments.Add(null);
                }

                start = i + 1;
            }

            return segments.Count == 0 ? PartialString.Known(string.Empty) : new PartialString(segments.ToImmutable());
        }

        private sealed class Reader
        {
            private readonly ValueSources locals;
            private readonly MappedText.Builder builder;
            private readonly CancellationToken cancellationToken;

            public Reader(ValueSources locals, MappedText.Builder builder, CancellationToken cancellationToken)
            {
                this.locals = locals;
                this.builder = builder;
                this.cancellationToken = cancellationToken;
            }

            /// <summary>Appends the text of a string expression; false (having appended nothing) when it cannot be read.</summary>
            public bool ReadString(IOperation operation, int depth, bool nullIsEmpty)
            {
                if (depth > MaxDepth || builder.Overflowed)
                {
                    return false;
                }

                cancellationToken.ThrowIfCancellationRequested();
                if (operation.ConstantValue is { HasValue: true, Value: null })
                {
                    // null: the empty string in a concatenation, not a string otherwise.
                    return nullIsEmpty;
                }

                switch (operation)
                {
                    case IConversionOperation conversion
                        when !conversion.Conversion.IsUserDefined && conversion.Operand.Type?.SpecialType == SpecialType.System_String:
                        return ReadString(conversion.Operand, depth + 1, nullIsEmpty);
                    case IParenthesizedOperation parenthesized:
                        return ReadString(parenthesized.Operand, depth + 1, nullIsEmpty);
                    case ILiteralOperation or IUtf8StringOperation when operation.Syntax is LiteralExpressionSyntax literal:
                        if (TryReadLiteral(literal))
                        {
                            return true;
                        }

                        break;
                    case IInterpolatedStringOperation interpolated when interpolated.Syntax is InterpolatedStringExpressionSyntax syntax:
                        var mark = builder.Mark();
                        if (TryReadInterpolated(interpolated, syntax))
                        {
                            return true;
                        }

                        builder.Rollback(mark);
                        break;
                    case IBinaryOperation binary when IsConcatenation(binary):
                        ReadConcatenation(binary, depth);
                        return true;
                }

                if (locals.ConstantLiteral(operation) is { } constantLiteral)
                {
                    // The same reading as through the initializer's operation, without binding it.
                    if (TryReadLiteral(constantLiteral))
                    {
                        return true;
                    }
                }
                else if (locals.ConstantInitializer(operation) is { } initializer)
                {
                    // A constant of this document is read where it is written, so findings land inside its literal.
                    var constantMark = builder.Mark();
                    if (ReadString(initializer, depth + 1, nullIsEmpty))
                    {
                        return true;
                    }

                    builder.Rollback(constantMark);
                }

                if (operation.ConstantValue is { HasValue: true, Value: string constant })
                {
                    builder.BeginPiece(LiteralPieceInfo.Constant, operation.Syntax);
                    builder.AppendAtomic(constant, operation.Syntax.Span.Start, operation.Syntax.Span.End);
                    builder.EndPiece();
                    return true;
                }

                if (operation is ILocalReferenceOperation local && locals.TryGetSingleValue(local.Local, out var value))
                {
                    return ReadString(value, depth + 1, nullIsEmpty);
                }

                if (operation is IInvocationOperation invocation && locals.ReturnedValue(invocation) is { } returned)
                {
                    return ReadString(returned, depth + 1, nullIsEmpty);
                }

                return false;
            }

            private static bool IsConcatenation(IBinaryOperation binary) =>
                binary.OperatorKind == BinaryOperatorKind.Add
                && binary.OperatorMethod is null
                && binary.Type?.SpecialType == SpecialType.System_String;

            /// <summary>a + b + c is nested to the left: walk the chain iteratively, so long chains cost no depth.</summary>
            private void ReadConcatenation(IBinaryOperation binary, int depth)
            {
                var rights = new Stack<IOperation>();
                IOperation current = binary;
                while (current is IBinaryOperation chained && IsConcatenation(chained))
                {
                    rights.Push(chained.RightOperand);
                    current = chained.LeftOperand;
                }

                ReadOperand(current, depth);
                while (rights.Count > 0)
                {
                    ReadOperand(rights.Pop(), depth);
                }
            }

            private void ReadOperand(IOperation operand, int depth)
            {
                var mark = builder.Mark();
                if (!ReadString(operand, depth + 1, nullIsEmpty: true))
                {
                    builder.Rollback(mark);
                    AppendHole(operand.Syntax);
                }
            }

            private void AppendHole(SyntaxNode syntax)
            {
                builder.BeginPiece(LiteralPieceInfo.Hole, syntax);
                builder.AppendAtomic(JsonTextParser.Hole, syntax.Span.Start, syntax.Span.End);
                builder.EndPiece();
            }

            private bool TryReadLiteral(LiteralExpressionSyntax literal)
            {
                var token = literal.Token;
                if (token.ContainsDiagnostics)
                {
                    return false;
                }

                var source = token.Text;
                var offset = token.SpanStart;
                var end = source.Length;
                var kind = token.Kind();
                if (kind is SyntaxKind.Utf8StringLiteralToken or SyntaxKind.Utf8SingleLineRawStringLiteralToken
                    or SyntaxKind.Utf8MultiLineRawStringLiteralToken)
                {
                    if (end < 2 || source[end - 1] != '8' || (source[end - 2] != 'u' && source[end - 2] != 'U'))
                    {
                        return false;
                    }

                    end -= 2;
                }

                var mark = builder.Mark();
                var textStart = builder.Length;
                bool decoded;
                switch (kind)
                {
                    case SyntaxKind.StringLiteralToken:
                    case SyntaxKind.Utf8StringLiteralToken:
                        if (end >= 3 && source[0] == '@' && source[1] == '"' && source[end - 1] == '"')
                        {
                            builder.BeginPiece(LiteralPieceInfo.Verbatim, literal);
                            decoded = DecodeVerbatim(source, 2, end - 1, offset, interpolated: false);
                        }
                        else if (end >= 2 && source[0] == '"' && source[end - 1] == '"')
                        {
                            builder.BeginPiece(LiteralPieceInfo.Regular, literal);
                            decoded = DecodeRegular(source, 1, end - 1, offset, interpolated: false);
                        }
                        else
                        {
                            return false;
                        }

                        break;
                    case SyntaxKind.SingleLineRawStringLiteralToken:
                    case SyntaxKind.Utf8SingleLineRawStringLiteralToken:
                        var quotes = CountQuotes(source, 0, end);
                        if (quotes < 3 || end < 2 * quotes)
                        {
                            return false;
                        }

                        builder.BeginPiece(LiteralPieceInfo.Raw(quotes, isMultiLine: false), literal);
                        builder.AppendLinear(source, quotes, end - (2 * quotes), offset + quotes);
                        decoded = true;
                        break;
                    case SyntaxKind.MultiLineRawStringLiteralToken:
                    case SyntaxKind.Utf8MultiLineRawStringLiteralToken:
                        decoded = TryReadMultiLineRaw(literal, source, end, offset);
                        break;
                    default:
                        return false;
                }

                builder.EndPiece();
                if (!decoded || builder.Overflowed || builder.TextFrom(textStart) != token.ValueText)
                {
                    builder.Rollback(mark);
                    return false;
                }

                return true;
            }

            /// <summary>
            /// """ + optional spaces + newline, content lines, newline + indentation + """. The content lines lose the
            /// indentation of the closing line; the newline before the closing line is not content.
            /// </summary>
            private bool TryReadMultiLineRaw(LiteralExpressionSyntax literal, string source, int end, int offset)
            {
                var quotes = CountQuotes(source, 0, end);
                var closeStart = end - quotes;
                if (quotes < 3 || closeStart <= quotes)
                {
                    return false;
                }

                for (var q = closeStart; q < end; q++)
                {
                    if (source[q] != '"')
                    {
                        return false;
                    }
                }

                var contentStart = quotes;
                while (contentStart < closeStart && !IsNewLine(source[contentStart]))
                {
                    contentStart++;
                }

                contentStart = SkipNewLine(source, contentStart, closeStart);
                var lineStart = closeStart;
                while (lineStart > 0 && !IsNewLine(source[lineStart - 1]))
                {
                    lineStart--;
                }

                var contentEnd = lineStart - 1;
                if (contentEnd >= 1 && source[contentEnd] == '\n' && source[contentEnd - 1] == '\r')
                {
                    contentEnd--;
                }

                builder.BeginPiece(LiteralPieceInfo.Raw(quotes, isMultiLine: true), literal);
                if (contentEnd < contentStart)
                {
                    return false;
                }

                var indentation = source.Substring(lineStart, closeStart - lineStart);
                return DecodeRawLines(source, contentStart, contentEnd, offset, indentation, atLineStart: true);
            }

            private bool TryReadInterpolated(IInterpolatedStringOperation operation, InterpolatedStringExpressionSyntax syntax)
            {
                if (syntax.ContainsDiagnostics)
                {
                    return false;
                }

                var start = syntax.StringStartToken;
                var startText = start.Text;
                var dollars = 0;
                var quotes = 0;
                foreach (var c in startText)
                {
                    if (c == '$')
                    {
                        dollars++;
                    }
                    else if (c == '"')
                    {
                        quotes++;
                    }
                }

                LiteralPieceInfo info;
                string? indentation = null;
                switch (start.Kind())
                {
                    case SyntaxKind.InterpolatedStringStartToken:
                        info = LiteralPieceInfo.InterpolatedRegular;
                        break;
                    case SyntaxKind.InterpolatedVerbatimStringStartToken:
                        info = LiteralPieceInfo.InterpolatedVerbatim;
                        break;
                    case SyntaxKind.InterpolatedSingleLineRawStringStartToken:
                        info = LiteralPieceInfo.InterpolatedRaw(dollars, quotes, isMultiLine: false);
                        break;
                    case SyntaxKind.InterpolatedMultiLineRawStringStartToken:
                        info = LiteralPieceInfo.InterpolatedRaw(dollars, quotes, isMultiLine: true);
                        indentation = ClosingIndentation(syntax.StringEndToken.Text);
                        if (indentation is null)
                        {
                            return false;
                        }

                        break;
                    default:
                        return false;
                }

                if (operation.Parts.IsEmpty)
                {
                    // $"": known and empty.
                    builder.BeginPiece(info, syntax);
                    builder.EndPiece();
                }

                foreach (var part in operation.Parts)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    switch (part)
                    {
                        case IInterpolatedStringTextOperation { Syntax: InterpolatedStringTextSyntax textSyntax } text:
                            if (!TryReadTextPart(text, textSyntax.TextToken, info, indentation, start, syntax))
                            {
                                return false;
                            }

                            break;
                        case IInterpolationOperation hole:
                            ReadHole(hole);
                            break;
                        default:
                            return false;
                    }
                }

                return !builder.Overflowed;
            }

            private bool TryReadTextPart(
                IInterpolatedStringTextOperation text,
                SyntaxToken token,
                LiteralPieceInfo info,
                string? indentation,
                SyntaxToken start,
                InterpolatedStringExpressionSyntax syntax)
            {
                if (text.Text.ConstantValue.Value is not string expected)
                {
                    return false;
                }

                var source = token.Text;
                var offset = token.SpanStart;
                var textStart = builder.Length;
                builder.BeginPiece(info, syntax);
                bool decoded;
                switch (info.Kind)
                {
                    case LiteralKind.InterpolatedRegular:
                        decoded = DecodeRegular(source, 0, source.Length, offset, interpolated: true);
                        break;
                    case LiteralKind.InterpolatedVerbatim:
                        decoded = DecodeVerbatim(source, 0, source.Length, offset, interpolated: true);
                        break;
                    default:
                        if (indentation is null)
                        {
                            builder.AppendLinear(source, 0, source.Length, offset);
                            decoded = true;
                        }
                        else
                        {
                            // The start token ends with the opening line's newline, so a text part right after it starts a line.
                            decoded = DecodeRawLines(source, 0, source.Length, offset, indentation, atLineStart: offset == start.Span.End);
                        }

                        break;
                }

                builder.EndPiece();
                return decoded && !builder.Overflowed && builder.TextFrom(textStart) == expected;
            }

            /// <summary>A constant string hole contributes its text; any other hole one hole character. Both map to the whole {...}.</summary>
            private void ReadHole(IInterpolationOperation hole)
            {
                if (hole.Alignment is null && hole.FormatString is null && hole.Expression.ConstantValue.HasValue)
                {
                    switch (hole.Expression.ConstantValue.Value)
                    {
                        case null:
                            return;
                        case string constant:
                            builder.BeginPiece(LiteralPieceInfo.Constant, hole.Syntax);
                            builder.AppendAtomic(constant, hole.Syntax.Span.Start, hole.Syntax.Span.End);
                            builder.EndPiece();
                            return;
                    }
                }

                AppendHole(hole.Syntax);
            }

            /// <summary>The whitespace between the last newline of the closing token and its quotes.</summary>
            private static string? ClosingIndentation(string endText)
            {
                var quote = endText.IndexOf('"');
                if (quote < 0)
                {
                    return null;
                }

                var lineStart = quote;
                while (lineStart > 0 && !IsNewLine(endText[lineStart - 1]))
                {
                    lineStart--;
                }

                if (lineStart == 0)
                {
                    return null;
                }

                return endText.Substring(lineStart, quote - lineStart);
            }

            /// <summary>Text of a regular literal: backslash escapes; with <paramref name="interpolated"/>, {{ and }}.</summary>
            private bool DecodeRegular(string source, int start, int end, int offset, bool interpolated)
            {
                var i = start;
                while (i < end)
                {
                    var runStart = i;
                    while (i < end && source[i] != '\\' && !(interpolated && (source[i] == '{' || source[i] == '}')))
                    {
                        i++;
                    }

                    builder.AppendLinear(source, runStart, i - runStart, offset + runStart);
                    if (i >= end)
                    {
                        break;
                    }

                    var c = source[i];
                    if (c != '\\')
                    {
                        if (i + 1 >= end || source[i + 1] != c)
                        {
                            return false;
                        }

                        builder.AppendAtomic(c, offset + i, offset + i + 2);
                        i += 2;
                        continue;
                    }

                    if (!TryDecodeEscape(source, i, end, out var next, out var first, out var second))
                    {
                        return false;
                    }

                    if (second == '\0')
                    {
                        builder.AppendAtomic(first, offset + i, offset + next);
                    }
                    else
                    {
                        builder.AppendAtomic(new string(new[] { first, second }), offset + i, offset + next);
                    }

                    i = next;
                }

                return true;
            }

            /// <summary>One escape sequence at <paramref name="start"/> (a backslash): its one or two UTF-16 chars.</summary>
            private static bool TryDecodeEscape(string source, int start, int end, out int next, out char first, out char second)
            {
                next = start + 2;
                second = '\0';
                first = '\0';
                if (start + 1 >= end)
                {
                    return false;
                }

                switch (source[start + 1])
                {
                    case '\'':
                        first = '\'';
                        return true;
                    case '"':
                        first = '"';
                        return true;
                    case '\\':
                        first = '\\';
                        return true;
                    case '0':
                        first = '\0';
                        return true;
                    case 'a':
                        first = '\a';
                        return true;
                    case 'b':
                        first = '\b';
                        return true;
                    case 'e':
                        first = '\u001B';
                        return true;
                    case 'f':
                        first = '\f';
                        return true;
                    case 'n':
                        first = '\n';
                        return true;
                    case 'r':
                        first = '\r';
                        return true;
                    case 't':
                        first = '\t';
                        return true;
                    case 'v':
                        first = '\v';
                        return true;
                    case 'u':
                        if (!TryReadHex(source, start + 2, end, 4, 4, out var u, out next))
                        {
                            return false;
                        }

                        first = (char)u;
                        return true;
                    case 'x':
                        if (!TryReadHex(source, start + 2, end, 1, 4, out var x, out next))
                        {
                            return false;
                        }

                        first = (char)x;
                        return true;
                    case 'U':
                        if (!TryReadHex(source, start + 2, end, 8, 8, out var codePoint, out next) || codePoint > 0x10FFFF)
                        {
                            return false;
                        }

                        if (codePoint < 0x10000)
                        {
                            first = (char)codePoint;
                            return true;
                        }

                        codePoint -= 0x10000;
                        first = (char)(0xD800 + (codePoint >> 10));
                        second = (char)(0xDC00 + (codePoint & 0x3FF));
                        return true;
                    default:
                        return false;
                }
            }

            private static bool TryReadHex(string source, int start, int end, int minDigits, int maxDigits, out int value, out int next)
            {
                value = 0;
                var i = start;
                while (i < end && i - start < maxDigits)
                {
                    var c = source[i];
                    int digit;
                    if (c >= '0' && c <= '9')
                    {
                        digit = c - '0';
                    }
                    else if (c >= 'a' && c <= 'f')
                    {
                        digit = c - 'a' + 10;
                    }
                    else if (c >= 'A' && c <= 'F')
                    {
                        digit = c - 'A' + 10;
                    }
                    else
                    {
                        break;
                    }

                    value = (value << 4) | digit;
                    i++;
                }

                next = i;
                return i - start >= minDigits && value >= 0;
            }

            /// <summary>Text of a verbatim literal: "" is one quote; with <paramref name="interpolated"/>, {{ and }}.</summary>
            private bool DecodeVerbatim(string source, int start, int end, int offset, bool interpolated)
            {
                var i = start;
                while (i < end)
                {
                    var runStart = i;
                    while (i < end && source[i] != '"' && !(interpolated && (source[i] == '{' || source[i] == '}')))
                    {
                        i++;
                    }

                    builder.AppendLinear(source, runStart, i - runStart, offset + runStart);
                    if (i >= end)
                    {
                        break;
                    }

                    var c = source[i];
                    if (i + 1 >= end || source[i + 1] != c)
                    {
                        return false;
                    }

                    builder.AppendAtomic(c, offset + i, offset + i + 2);
                    i += 2;
                }

                return true;
            }

            /// <summary>
            /// Content lines of a multi-line raw literal: each line loses <paramref name="indentation"/> (a line of
            /// whitespace only may be shorter); newlines are kept as written.
            /// </summary>
            private bool DecodeRawLines(string source, int start, int end, int offset, string indentation, bool atLineStart)
            {
                var i = start;
                var lineStart = atLineStart;
                while (i < end)
                {
                    if (lineStart)
                    {
                        lineStart = false;
                        var matched = 0;
                        while (matched < indentation.Length && i < end && source[i] == indentation[matched])
                        {
                            i++;
                            matched++;
                        }

                        if (matched < indentation.Length && i < end && !IsNewLine(source[i]))
                        {
                            // Only a line of whitespace may be shorter than the indentation; it is empty.
                            while (i < end && !IsNewLine(source[i]))
                            {
                                if (!IsWhitespace(source[i]))
                                {
                                    return false;
                                }

                                i++;
                            }
                        }

                        continue;
                    }

                    var runStart = i;
                    while (i < end && !IsNewLine(source[i]))
                    {
                        i++;
                    }

                    builder.AppendLinear(source, runStart, i - runStart, offset + runStart);
                    if (i < end)
                    {
                        var newLineStart = i;
                        i = SkipNewLine(source, i, end);
                        builder.AppendLinear(source, newLineStart, i - newLineStart, offset + newLineStart);
                        lineStart = true;
                    }
                }

                return true;
            }

            private static int CountQuotes(string source, int start, int end)
            {
                var i = start;
                while (i < end && source[i] == '"')
                {
                    i++;
                }

                return i - start;
            }

            private static int SkipNewLine(string source, int i, int end)
            {
                if (i >= end)
                {
                    return i;
                }

                if (source[i] == '\r' && i + 1 < end && source[i + 1] == '\n')
                {
                    return i + 2;
                }

                return IsNewLine(source[i]) ? i + 1 : i;
            }

            private static bool IsNewLine(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';

            private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\v' or '\f' || (c > '\u007F' && char.IsWhiteSpace(c) && !IsNewLine(c));
        }
    }
}
