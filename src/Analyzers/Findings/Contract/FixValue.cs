using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace ManagedIdentityAnalyzers.Findings.Contract
{
    /// <summary>
    /// A JSON value an edit writes (<see cref="ValueKind.Json"/>), as a tree the C# editor renders into object syntax.
    /// Plans carry such values as JSON text written by the rules (<see cref="JsonText"/>); <see cref="Parse"/> reads
    /// strictly that: objects, arrays, strings, numbers, true, false, null, at most <see cref="MaxDepth"/> levels.
    /// Anything else is null, and the edit is not offered.
    /// </summary>
    internal abstract class FixValue
    {
        public const int MaxDepth = 16;

        public static FixValue? Parse(string json)
        {
            var reader = new Reader(json);
            var value = reader.Value(0);
            reader.SkipWhiteSpace();
            return reader.AtEnd ? value : null;
        }

        /// <summary>A JSON string.</summary>
        public sealed class String : FixValue
        {
            public String(string text)
            {
                Text = text;
            }

            public string Text { get; }
        }

        /// <summary>A number, true, false or null, with its JSON text.</summary>
        public sealed class Literal : FixValue
        {
            public Literal(string text)
            {
                Text = text;
            }

            public string Text { get; }
        }

        public sealed class Object : FixValue
        {
            public Object(ImmutableArray<KeyValuePair<string, FixValue>> members)
            {
                Members = members;
            }

            public ImmutableArray<KeyValuePair<string, FixValue>> Members { get; }
        }

        public sealed class Array : FixValue
        {
            public Array(ImmutableArray<FixValue> items)
            {
                Items = items;
            }

            public ImmutableArray<FixValue> Items { get; }
        }

        private sealed class Reader
        {
            private readonly string text;
            private int position;

            public Reader(string text)
            {
                this.text = text;
            }

            public bool AtEnd => position >= text.Length;

            public void SkipWhiteSpace()
            {
                while (position < text.Length && text[position] is ' ' or '\t' or '\r' or '\n')
                {
                    position++;
                }
            }

            public FixValue? Value(int depth)
            {
                SkipWhiteSpace();
                if (AtEnd || depth > MaxDepth)
                {
                    return null;
                }

                switch (text[position])
                {
                    case '"':
                        return StringToken() is string s ? new String(s) : null;
                    case '{':
                        return ObjectValue(depth);
                    case '[':
                        return ArrayValue(depth);
                    default:
                        return LiteralToken();
                }
            }

            private FixValue? ObjectValue(int depth)
            {
                position++;
                var members = ImmutableArray.CreateBuilder<KeyValuePair<string, FixValue>>();
                SkipWhiteSpace();
                if (!AtEnd && text[position] == '}')
                {
                    position++;
                    return new Object(members.ToImmutable());
                }

                while (true)
                {
                    SkipWhiteSpace();
                    if (AtEnd || text[position] != '"' || StringToken() is not string name)
                    {
                        return null;
                    }

                    SkipWhiteSpace();
                    if (AtEnd || text[position] != ':')
                    {
                        return null;
                    }

                    position++;
                    if (Value(depth + 1) is not { } value)
                    {
                        return null;
                    }

                    members.Add(new KeyValuePair<string, FixValue>(name, value));
                    SkipWhiteSpace();
                    if (AtEnd)
                    {
                        return null;
                    }

                    if (text[position++] == '}')
                    {
                        return new Object(members.ToImmutable());
                    }

                    if (text[position - 1] != ',')
                    {
                        return null;
                    }
                }
            }

            private FixValue? ArrayValue(int depth)
            {
                position++;
                var items = ImmutableArray.CreateBuilder<FixValue>();
                SkipWhiteSpace();
                if (!AtEnd && text[position] == ']')
                {
                    position++;
                    return new Array(items.ToImmutable());
                }

                while (true)
                {
                    if (Value(depth + 1) is not { } item)
                    {
                        return null;
                    }

                    items.Add(item);
                    SkipWhiteSpace();
                    if (AtEnd)
                    {
                        return null;
                    }

                    if (text[position++] == ']')
                    {
                        return new Array(items.ToImmutable());
                    }

                    if (text[position - 1] != ',')
                    {
                        return null;
                    }
                }
            }

            private string? StringToken()
            {
                var builder = new StringBuilder();
                position++;
                while (position < text.Length)
                {
                    var c = text[position++];
                    if (c == '"')
                    {
                        return builder.ToString();
                    }

                    if (c != '\\')
                    {
                        if (c < ' ')
                        {
                            return null;
                        }

                        builder.Append(c);
                        continue;
                    }

                    if (AtEnd)
                    {
                        return null;
                    }

                    var escape = text[position++];
                    switch (escape)
                    {
                        case '"': builder.Append('"'); break;
                        case '\\': builder.Append('\\'); break;
                        case '/': builder.Append('/'); break;
                        case 'b': builder.Append('\b'); break;
                        case 'f': builder.Append('\f'); break;
                        case 'n': builder.Append('\n'); break;
                        case 'r': builder.Append('\r'); break;
                        case 't': builder.Append('\t'); break;
                        case 'u' when position + 4 <= text.Length
                            && int.TryParse(text.Substring(position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                            builder.Append((char)code);
                            position += 4;
                            break;
                        default:
                            return null;
                    }
                }

                return null;
            }

            private FixValue? LiteralToken()
            {
                var start = position;
                while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] is '-' or '+' or '.'))
                {
                    position++;
                }

                var token = text.Substring(start, position - start);
                if (token is "true" or "false" or "null"
                    || double.TryParse(token, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out _))
                {
                    return new Literal(token);
                }

                return null;
            }
        }
    }
}
