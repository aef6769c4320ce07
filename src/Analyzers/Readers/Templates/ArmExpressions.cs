using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Model.Json;

namespace ManagedIdentityAnalyzers.Readers.Templates
{
    /// <summary>
    /// The value of an ARM template expression as far as it is certain: the text it certainly produces, with holes for
    /// the parts that are not known, and the template literal it comes from when the expression only names a literal
    /// variable or parameter default (findings and fixes then go there).
    /// </summary>
    internal readonly struct ArmValue
    {
        public static readonly ArmValue Unknown = new ArmValue(PartialString.Unknown, null);

        public ArmValue(PartialString text, JString? literal)
        {
            Text = text;
            Literal = literal;
        }

        public PartialString Text { get; }

        /// <summary>The literal string of the template the value is, when the expression is just a reference to it.</summary>
        public JString? Literal { get; }
    }

    /// <summary>
    /// Evaluates ARM template expressions (<c>[...]</c> string values) into partial strings, as far as they are
    /// certain (shared/rules.md, "What the rules read"): <c>concat</c>, <c>format</c>, <c>resourceId</c> and
    /// <c>subscriptionResourceId</c> (literal types; the deployment's subscription and resource group are unknown
    /// parts), <c>variables()</c> and <c>parameters()</c> (see <see cref="TemplateValues"/>). Every other function
    /// (<c>reference()</c>, <c>subscription()</c>, <c>resourceGroup()</c>, <c>uniqueString()</c>...), a property or
    /// index access, and anything malformed is an unknown part. Never throws; nesting is capped.
    /// </summary>
    internal sealed class ArmExpressions
    {
        private const int MaxNesting = 32;
        private const int MaxReferenceDepth = 16;
        private const int MaxExpressionLength = 8192;

        private readonly TemplateValues values;
        private readonly Dictionary<string, ArmValue> variableCache = new Dictionary<string, ArmValue>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, ArmValue> parameterCache = new Dictionary<string, ArmValue>(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> resolving = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private int referenceDepth;

        public ArmExpressions(TemplateValues values)
        {
            this.values = values;
        }

        /// <summary>Whether a string value is an ARM expression: <c>[...]</c>, but not the escaped literal <c>[[...</c>.</summary>
        public static bool IsExpression(string text) =>
            text.Length >= 2 && text[0] == '[' && text[text.Length - 1] == ']' && text[1] != '[';

        /// <summary>Whether a string value starts with the escape <c>[[</c> (its value is the text without the first '[').</summary>
        public static bool IsEscapedLiteral(string text) =>
            text.Length >= 2 && text[0] == '[' && text[1] == '[' && text[text.Length - 1] == ']';

        /// <summary>The value of a string written in the template: evaluated when it is an expression, else the string itself.</summary>
        public ArmValue ValueOf(JString value)
        {
            if (value.KnownText is not string text)
            {
                return new ArmValue(value.Value, null);
            }

            if (IsEscapedLiteral(text))
            {
                return new ArmValue(PartialString.Known(text.Substring(1)), null);
            }

            return IsExpression(text) ? Evaluate(text) : new ArmValue(value.Value, value);
        }

        /// <summary>The value of an expression written with its brackets.</summary>
        public ArmValue Evaluate(string bracketed)
        {
            if (!IsExpression(bracketed) || bracketed.Length > MaxExpressionLength)
            {
                return ArmValue.Unknown;
            }

            var parser = new Parser(this, bracketed, 1, bracketed.Length - 1);
            var result = parser.ParseExpression(0);
            return parser.AtEnd && !parser.Failed ? result : ArmValue.Unknown;
        }

        private ArmValue Variable(string name)
        {
            if (variableCache.TryGetValue(name, out var cached))
            {
                return cached;
            }

            var result = Resolve("v:" + name, () => values.Variable(name) is JString text ? ValueOf(text) : ArmValue.Unknown);
            variableCache[name] = result;
            return result;
        }

        private ArmValue Parameter(string name)
        {
            if (parameterCache.TryGetValue(name, out var cached))
            {
                return cached;
            }

            var result = Resolve("p:" + name, () =>
            {
                switch (values.Parameter(name, out var fromTemplate))
                {
                    case JString text when fromTemplate:
                        // A default value is written in the template: it may itself be an expression.
                        return ValueOf(text);
                    case JString text when text.KnownText is string known:
                        // A value from the parameter file: literal, and written in another file.
                        return new ArmValue(PartialString.Known(known), null);
                    default:
                        return ArmValue.Unknown;
                }
            });
            parameterCache[name] = result;
            return result;
        }

        /// <summary>Resolves a reference once, unknown on a cycle or when references nest too deeply.</summary>
        private ArmValue Resolve(string key, Func<ArmValue> resolve)
        {
            if (referenceDepth >= MaxReferenceDepth || !resolving.Add(key))
            {
                return ArmValue.Unknown;
            }

            referenceDepth++;
            try
            {
                return resolve();
            }
            finally
            {
                referenceDepth--;
                resolving.Remove(key);
            }
        }

        private static ArmValue Call(ArmExpressions owner, string name, List<ArmValue> arguments)
        {
            switch (name.ToLowerInvariant())
            {
                case "concat":
                    return Concat(arguments);
                case "format":
                    return Format(arguments);
                case "resourceid":
                    return ResourceId(arguments, withResourceGroup: true);
                case "subscriptionresourceid":
                    return ResourceId(arguments, withResourceGroup: false);
                case "variables" when arguments.Count == 1 && arguments[0].Text.KnownText is string variable:
                    return owner.Variable(variable);
                case "parameters" when arguments.Count == 1 && arguments[0].Text.KnownText is string parameter:
                    return owner.Parameter(parameter);
                default:
                    return ArmValue.Unknown;
            }
        }

        private static ArmValue Concat(List<ArmValue> arguments)
        {
            if (arguments.Count == 0)
            {
                return ArmValue.Unknown;
            }

            // concat also joins arrays: the result is certainly text only when one argument certainly is.
            var anyText = false;
            var result = PartialString.Known(string.Empty);
            foreach (var argument in arguments)
            {
                anyText |= argument.Text.Segments.Length > 0 && !IsWhollyUnknown(argument.Text);
                result = PartialString.Concat(result, argument.Text);
            }

            return anyText ? new ArmValue(Trim(result), null) : ArmValue.Unknown;
        }

        /// <summary><c>format('{0}...', ...)</c>: <c>{{</c> and <c>}}</c> are braces; a placeholder with a format string is an unknown part.</summary>
        private static ArmValue Format(List<ArmValue> arguments)
        {
            if (arguments.Count == 0 || arguments[0].Text.KnownText is not string format)
            {
                return ArmValue.Unknown;
            }

            var result = PartialString.Known(string.Empty);
            var literal = new StringBuilder();
            for (var i = 0; i < format.Length; i++)
            {
                var c = format[i];
                if ((c == '{' || c == '}') && i + 1 < format.Length && format[i + 1] == c)
                {
                    literal.Append(c);
                    i++;
                    continue;
                }

                if (c != '{')
                {
                    literal.Append(c);
                    continue;
                }

                var close = format.IndexOf('}', i + 1);
                if (close < 0)
                {
                    return ArmValue.Unknown;
                }

                var placeholder = format.Substring(i + 1, close - i - 1);
                var colon = placeholder.IndexOf(':');
                var indexText = colon < 0 ? placeholder : placeholder.Substring(0, colon);
                if (!int.TryParse(indexText.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                    || index + 1 >= arguments.Count)
                {
                    return ArmValue.Unknown;
                }

                result = PartialString.Concat(result, PartialString.Known(literal.ToString()));
                literal.Clear();
                result = PartialString.Concat(result, colon < 0 ? arguments[index + 1].Text : PartialString.Unknown);
                i = close;
            }

            result = PartialString.Concat(result, PartialString.Known(literal.ToString()));
            return new ArmValue(Trim(result), null);
        }

        /// <summary>
        /// <c>resourceId([subscriptionId], [resourceGroupName], type, name1, name2...)</c> and
        /// <c>subscriptionResourceId([subscriptionId], type, names...)</c>: the type is the first argument with a '/',
        /// one name per type segment after the namespace. The deployment's subscription and resource group are unknown.
        /// </summary>
        private static ArmValue ResourceId(List<ArmValue> arguments, bool withResourceGroup)
        {
            var maxScopeArguments = withResourceGroup ? 2 : 1;
            var typeIndex = -1;
            for (var i = 0; i < arguments.Count && i <= maxScopeArguments; i++)
            {
                if (arguments[i].Text.KnownText is string candidate && candidate.IndexOf('/') > 0)
                {
                    typeIndex = i;
                    break;
                }
            }

            if (typeIndex < 0)
            {
                return ArmValue.Unknown;
            }

            var typeParts = arguments[typeIndex].Text.KnownText!.Trim('/').Split('/');
            var names = arguments.Count - typeIndex - 1;
            if (typeParts.Length < 2 || names != typeParts.Length - 1)
            {
                return ArmValue.Unknown;
            }

            PartialString subscription;
            PartialString group = PartialString.Unknown;
            if (withResourceGroup)
            {
                subscription = typeIndex == 2 ? arguments[0].Text : PartialString.Unknown;
                group = typeIndex >= 1 ? arguments[typeIndex - 1].Text : PartialString.Unknown;
            }
            else
            {
                subscription = typeIndex == 1 ? arguments[0].Text : PartialString.Unknown;
            }

            var id = PartialString.Concat(PartialString.Known("/subscriptions/"), subscription);
            if (withResourceGroup)
            {
                id = PartialString.Concat(PartialString.Concat(id, PartialString.Known("/resourceGroups/")), group);
            }

            id = PartialString.Concat(id, PartialString.Known("/providers/" + typeParts[0]));
            for (var i = 1; i < typeParts.Length; i++)
            {
                id = PartialString.Concat(id, PartialString.Known("/" + typeParts[i] + "/"));
                id = PartialString.Concat(id, arguments[typeIndex + i].Text);
            }

            return new ArmValue(id, null);
        }

        private static bool IsWhollyUnknown(PartialString text)
        {
            foreach (var segment in text.Segments)
            {
                if (segment is not null)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Drops empty literal segments that concatenation may leave at the start.</summary>
        private static PartialString Trim(PartialString text)
        {
            if (text.Segments.Length > 1 && text.Segments[0] is { Length: 0 })
            {
                return new PartialString(text.Segments.RemoveAt(0));
            }

            return text;
        }

        /// <summary>A recursive-descent reader of one expression's text, evaluating as it reads.</summary>
        private sealed class Parser
        {
            private readonly ArmExpressions owner;
            private readonly string text;
            private readonly int end;
            private int position;

            public Parser(ArmExpressions owner, string text, int start, int end)
            {
                this.owner = owner;
                this.text = text;
                this.end = end;
                position = start;
            }

            public bool Failed { get; private set; }

            public bool AtEnd
            {
                get
                {
                    SkipBlanks();
                    return position >= end;
                }
            }

            public ArmValue ParseExpression(int nesting)
            {
                if (nesting > MaxNesting || Failed)
                {
                    Failed = true;
                    return ArmValue.Unknown;
                }

                SkipBlanks();
                if (position >= end)
                {
                    Failed = true;
                    return ArmValue.Unknown;
                }

                var c = text[position];
                ArmValue value;
                if (c == '\'')
                {
                    value = ReadString();
                }
                else if (c == '-' || char.IsDigit(c))
                {
                    var start = position++;
                    while (position < end && char.IsDigit(text[position]))
                    {
                        position++;
                    }

                    value = new ArmValue(PartialString.Known(text.Substring(start, position - start)), null);
                }
                else if (char.IsLetter(c) || c == '_')
                {
                    value = ReadCall(nesting);
                }
                else
                {
                    Failed = true;
                    return ArmValue.Unknown;
                }

                // A property or index access: the accessed value is not followed.
                var accessed = false;
                while (!Failed)
                {
                    SkipBlanks();
                    if (position < end && text[position] == '.')
                    {
                        position++;
                        SkipBlanks();
                        ReadIdentifier();
                        accessed = true;
                    }
                    else if (position < end && text[position] == '[')
                    {
                        position++;
                        ParseExpression(nesting + 1);
                        SkipBlanks();
                        if (position >= end || text[position] != ']')
                        {
                            Failed = true;
                            break;
                        }

                        position++;
                        accessed = true;
                    }
                    else
                    {
                        break;
                    }
                }

                return accessed ? ArmValue.Unknown : value;
            }

            private ArmValue ReadCall(int nesting)
            {
                var name = ReadIdentifier();
                SkipBlanks();
                if (name.Length == 0 || position >= end || text[position] != '(')
                {
                    // true, false and null are the only bare words, and not text.
                    if (name.Equals("true", StringComparison.OrdinalIgnoreCase) || name.Equals("false", StringComparison.OrdinalIgnoreCase)
                        || name.Equals("null", StringComparison.OrdinalIgnoreCase))
                    {
                        return ArmValue.Unknown;
                    }

                    Failed = true;
                    return ArmValue.Unknown;
                }

                position++;
                var arguments = new List<ArmValue>();
                SkipBlanks();
                if (position < end && text[position] == ')')
                {
                    position++;
                    return Call(owner, name, arguments);
                }

                while (!Failed)
                {
                    arguments.Add(ParseExpression(nesting + 1));
                    SkipBlanks();
                    if (position < end && text[position] == ',')
                    {
                        position++;
                        continue;
                    }

                    if (position < end && text[position] == ')')
                    {
                        position++;
                        return Call(owner, name, arguments);
                    }

                    Failed = true;
                }

                return ArmValue.Unknown;
            }

            private string ReadIdentifier()
            {
                var start = position;
                while (position < end && (char.IsLetterOrDigit(text[position]) || text[position] == '_'))
                {
                    position++;
                }

                if (position == start)
                {
                    Failed = true;
                }

                return text.Substring(start, position - start);
            }

            /// <summary>A single-quoted string; <c>''</c> is a quote.</summary>
            private ArmValue ReadString()
            {
                var builder = new StringBuilder();
                position++;
                while (position < end)
                {
                    var c = text[position];
                    if (c == '\'')
                    {
                        if (position + 1 < end && text[position + 1] == '\'')
                        {
                            builder.Append('\'');
                            position += 2;
                            continue;
                        }

                        position++;
                        return new ArmValue(PartialString.Known(builder.ToString()), null);
                    }

                    builder.Append(c);
                    position++;
                }

                Failed = true;
                return ArmValue.Unknown;
            }

            private void SkipBlanks()
            {
                while (position < end && char.IsWhiteSpace(text[position]))
                {
                    position++;
                }
            }
        }
    }

    /// <summary>
    /// Where <c>variables()</c> and <c>parameters()</c> of a template get their values: the template's
    /// <c>variables</c>; a parameter's value from the parameter file beside the template, else its
    /// <c>defaultValue</c> (what deploying the template as it stands does). When the deployment's parameters cannot
    /// be seen (a template deployed from C#, whose code may pass any), every parameter is unknown.
    /// </summary>
    internal sealed class TemplateValues
    {
        private readonly JObject? variables;
        private readonly JObject? parameters;
        private readonly JObject? parameterValues;
        private readonly bool parametersKnown;

        public TemplateValues(JObject? variables, JObject? parameters, JObject? parameterValues, bool parametersKnown)
        {
            this.variables = variables;
            this.parameters = parameters;
            this.parameterValues = parameterValues;
            this.parametersKnown = parametersKnown;
        }

        /// <summary>The values of a template's root (its <c>variables</c> and <c>parameters</c>).</summary>
        public static TemplateValues Of(JObject template, JObject? parameterFile, bool parametersKnown) => new TemplateValues(
            template.Get("variables") as JObject,
            template.Get("parameters") as JObject,
            parameterFile?.Get("parameters") as JObject,
            parametersKnown);

        public JValue? Variable(string name) => variables?.Get(name);

        /// <summary>The value a parameter takes; <paramref name="fromTemplate"/> is true for a default written in the template.</summary>
        public JValue? Parameter(string name, out bool fromTemplate)
        {
            fromTemplate = false;
            if (!parametersKnown)
            {
                return null;
            }

            if (parameterValues?.Get(name) is JObject given)
            {
                // { "value": ... } is a value; { "reference": ... } (a Key Vault secret) is not known here.
                return given.Get("value");
            }

            if (parameterValues is { IsComplete: false })
            {
                return null;
            }

            fromTemplate = true;
            return (parameters?.Get(name) as JObject)?.Get("defaultValue");
        }
    }
}
