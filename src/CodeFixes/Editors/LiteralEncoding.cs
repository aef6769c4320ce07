using System.Globalization;
using System.Text;
using ManagedIdentityAnalyzers.Findings.Contract;

namespace ManagedIdentityAnalyzers.CodeFixes.Editors
{
    /// <summary>Writes text back into a literal: the source characters that, inside a literal of a given kind, decode to it.</summary>
    internal static class LiteralEncoding
    {
        /// <summary>
        /// The character the readers put for an unknown part of a text (an interpolation hole). No value an edit
        /// writes may hold it: text with it is refused, never written.
        /// </summary>
        public const char Unknown = '\uFFFF';

        /// <summary>
        /// The source text that, placed inside a literal of <paramref name="kind"/>, decodes to <paramref name="text"/>;
        /// null when it cannot be written there: an <see cref="Unknown"/> character or a lone surrogate (in
        /// any kind but regular); in a raw literal, a newline or a run of quotes as long as the delimiter; in an
        /// interpolated raw literal, a run of braces as long as the '$' count. Only the text itself is checked: a
        /// caller that places it next to quotes or braces of the literal must check the joined runs.
        /// </summary>
        public static string? Encode(string text, LiteralForm kind)
        {
            if (text.IndexOf(Unknown) >= 0)
            {
                return null;
            }

            switch (kind.Kind)
            {
                case LiteralFormKind.Regular:
                    return EncodeRegular(text, interpolated: false);
                case LiteralFormKind.InterpolatedRegular:
                    return EncodeRegular(text, interpolated: true);
                case LiteralFormKind.Verbatim:
                    return EncodeVerbatim(text, interpolated: false);
                case LiteralFormKind.InterpolatedVerbatim:
                    return EncodeVerbatim(text, interpolated: true);
                case LiteralFormKind.Raw:
                    return CanWriteRaw(text, kind.QuoteCount, 0) ? text : null;
                case LiteralFormKind.InterpolatedRaw:
                    return CanWriteRaw(text, kind.QuoteCount, kind.DollarCount) ? text : null;
                case LiteralFormKind.NewLiteral:
                    return "\"" + EncodeRegular(text, interpolated: false) + "\"";
                default:
                    return null;
            }
        }

        private static string EncodeRegular(string text, bool interpolated)
        {
            if (!NeedsRegularEscapes(text, interpolated))
            {
                return text;
            }

            var builder = new StringBuilder(text.Length + 16);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                switch (c)
                {
                    case '\\':
                        builder.Append("\\\\");
                        break;
                    case '"':
                        builder.Append("\\\"");
                        break;
                    case '\0':
                        builder.Append("\\0");
                        break;
                    case '\a':
                        builder.Append("\\a");
                        break;
                    case '\b':
                        builder.Append("\\b");
                        break;
                    case '\f':
                        builder.Append("\\f");
                        break;
                    case '\n':
                        builder.Append("\\n");
                        break;
                    case '\r':
                        builder.Append("\\r");
                        break;
                    case '\t':
                        builder.Append("\\t");
                        break;
                    case '\v':
                        builder.Append("\\v");
                        break;
                    case '{' when interpolated:
                        builder.Append("{{");
                        break;
                    case '}' when interpolated:
                        builder.Append("}}");
                        break;
                    default:
                        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                        {
                            builder.Append(c).Append(text[i + 1]);
                            i++;
                        }
                        else if (NeedsUnicodeEscape(c))
                        {
                            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.ToString();
        }

        private static bool NeedsRegularEscapes(string text, bool interpolated)
        {
            foreach (var c in text)
            {
                if (c == '\\' || c == '"' || NeedsUnicodeEscape(c) || (interpolated && (c == '{' || c == '}')))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Control characters, newlines (not allowed in a regular literal) and surrogates (lone ones cannot be written).</summary>
        private static bool NeedsUnicodeEscape(char c) =>
            c < ' ' || c == '\u007F' || c == '\u0085' || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c);

        private static string? EncodeVerbatim(string text, bool interpolated)
        {
            if (HasLoneSurrogate(text))
            {
                return null;
            }

            var builder = (StringBuilder?)null;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                var doubled = c == '"' || (interpolated && (c == '{' || c == '}'));
                if (doubled && builder is null)
                {
                    builder = new StringBuilder(text.Length + 8);
                    builder.Append(text, 0, i);
                }

                if (builder is not null)
                {
                    builder.Append(c);
                    if (doubled)
                    {
                        builder.Append(c);
                    }
                }
            }

            return builder?.ToString() ?? text;
        }

        private static bool CanWriteRaw(string text, int quoteCount, int dollarCount)
        {
            if (quoteCount < 3 || HasLoneSurrogate(text))
            {
                return false;
            }

            var run = 0;
            var previous = '\0';
            foreach (var c in text)
            {
                if (c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029')
                {
                    return false;
                }

                run = c == previous ? run + 1 : 1;
                previous = c;
                if ((c == '"' && run >= quoteCount) || (dollarCount > 0 && (c == '{' || c == '}') && run >= dollarCount))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool HasLoneSurrogate(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(c))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
