using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ManagedIdentityAnalyzers.Tests.Rules.Definitions;

/// <summary>The ways C# writes a workflow definition that the tests render one case into.</summary>
public enum Rendering
{
    RawString,
    VerbatimString,
    EscapedString,
    InterpolatedString,
    AnonymousObject,
    Dictionary,
    JsonObject,
}

/// <summary>
/// Renders JSON with test markup (<c>{|ID:token|}</c>, <c>[|token|]</c>) as a C# expression of type BinaryData in each
/// <see cref="Rendering"/>, keeping the markup around the corresponding C# token: in strings, around the token's
/// escaped text; in object syntax, around the member name (anonymous) or key literal (dictionary, JsonObject) and
/// around value literals.
/// </summary>
public static class JsonRenderings
{
    private static readonly Regex Marker = new(@"\{\|[^:|]*:|\[\||\|\}|\|\]", RegexOptions.Compiled);

    public static bool IsText(Rendering rendering) => rendering <= Rendering.InterpolatedString;

    public static string Render(string markedJson, Rendering rendering) => rendering switch
    {
        Rendering.RawString => "BinaryData.FromString(\"\"\"\n" + Indent(markedJson.Trim('\n'), "    ") + "\n    \"\"\")",
        Rendering.VerbatimString => "BinaryData.FromString(@\"" + MapText(markedJson.Trim('\n'), t => t.Replace("\"", "\"\"")) + "\")",
        Rendering.EscapedString => "BinaryData.FromString(\"" + MapText(OneLine(markedJson), Escape) + "\")",
        Rendering.InterpolatedString => "BinaryData.FromString($\"" + MapText(OneLine(markedJson), t => Escape(t).Replace("{", "{{").Replace("}", "}}")) + "\")",
        Rendering.AnonymousObject => "BinaryData.FromObjectAsJson(" + new Parser(markedJson).Parse().ToCSharp(ObjectStyle.Anonymous) + ")",
        Rendering.Dictionary => "BinaryData.FromObjectAsJson(" + new Parser(markedJson).Parse().ToCSharp(ObjectStyle.Dictionary) + ")",
        Rendering.JsonObject => "BinaryData.FromString(" + new Parser(markedJson).Parse().ToCSharp(ObjectStyle.JsonNode) + ".ToJsonString())",
        _ => throw new ArgumentOutOfRangeException(nameof(rendering)),
    };

    /// <summary>The JSON without its markup.</summary>
    public static string StripMarkup(string markedJson) => Marker.Replace(markedJson, string.Empty);

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("\"", "\\\"");

    private static string OneLine(string json) => Regex.Replace(json.Trim(), @"\s*\n\s*", " ");

    private static string Indent(string text, string indent) => string.Join("\n", text.Split('\n').Select(l => l.Length == 0 ? l : indent + l));

    /// <summary>Applies <paramref name="map"/> to the text between markers, leaving the markers as they are.</summary>
    private static string MapText(string marked, Func<string, string> map)
    {
        var result = new StringBuilder();
        var last = 0;
        foreach (Match match in Marker.Matches(marked))
        {
            result.Append(map(marked.Substring(last, match.Index - last))).Append(match.Value);
            last = match.Index + match.Length;
        }

        return result.Append(map(marked.Substring(last))).ToString();
    }

    /// <summary>A member name as a C# identifier: keywords (else, default...) take '@'.</summary>
    private static string Identifier(string name) =>
        Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? name : "@" + name;

    private enum ObjectStyle
    {
        Anonymous,
        Dictionary,
        JsonNode,
    }

    private sealed class Node
    {
        public string Kind = "";
        public string Raw = "";
        public string Open = "";
        public string Close = "";
        public List<(string Name, string Open, string Close, Node Value)> Members = new();
        public List<Node> Items = new();

        public string ToCSharp(ObjectStyle style) => Open + Body(style) + Close;

        private string Body(ObjectStyle style)
        {
            switch (Kind)
            {
                case "string":
                    return "\"" + Escape(System.Text.Json.JsonSerializer.Deserialize<string>(Raw)!) + "\"";
                case "literal":
                    return Raw;
                case "array":
                    var items = string.Join(", ", Items.Select(i => i.ToCSharp(style)));
                    return style == ObjectStyle.JsonNode ? $"new JsonArray({items})" : $"new object[] {{ {items} }}";
                default:
                    if (style == ObjectStyle.Anonymous && Members.All(m => Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(m.Name)))
                    {
                        return "new { " + string.Join(", ", Members.Select(m => $"{m.Open}{Identifier(m.Name)}{m.Close} = {m.Value.ToCSharp(style)}")) + " }";
                    }

                    var type = style == ObjectStyle.JsonNode ? "JsonObject" : "Dictionary<string, object>";
                    return $"new {type} {{ " + string.Join(", ", Members.Select(m => $"[{m.Open}\"{Escape(m.Name)}\"{m.Close}] = {m.Value.ToCSharp(style)}")) + " }";
            }
        }
    }

    /// <summary>A small JSON parser that keeps the markup around tokens.</summary>
    private sealed class Parser
    {
        private readonly string text;
        private int position;

        public Parser(string text)
        {
            this.text = text;
        }

        public Node Parse()
        {
            var node = Value();
            Skip();
            if (position != text.Length)
            {
                throw new FormatException("Trailing text in the JSON case at " + position);
            }

            return node;
        }

        private Node Value()
        {
            var open = Opens();
            Skip();
            Node node;
            switch (text[position])
            {
                case '{':
                    node = new Node { Kind = "object" };
                    position++;
                    while (true)
                    {
                        var nameOpen = Opens();
                        Skip();
                        if (text[position] == '}')
                        {
                            position++;
                            break;
                        }

                        var name = System.Text.Json.JsonSerializer.Deserialize<string>(StringToken())!;
                        var nameClose = Closes();
                        Skip();
                        Expect(':');
                        node.Members.Add((name, nameOpen, nameClose, Value()));
                        Skip();
                        if (text[position] == ',')
                        {
                            position++;
                        }
                    }

                    break;
                case '[':
                    node = new Node { Kind = "array" };
                    position++;
                    while (true)
                    {
                        Skip();
                        if (text[position] == ']')
                        {
                            position++;
                            break;
                        }

                        node.Items.Add(Value());
                        Skip();
                        if (text[position] == ',')
                        {
                            position++;
                        }
                    }

                    break;
                case '"':
                    node = new Node { Kind = "string", Raw = StringToken() };
                    break;
                default:
                    var start = position;
                    while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] is '-' or '.' or '+'))
                    {
                        position++;
                    }

                    node = new Node { Kind = "literal", Raw = text.Substring(start, position - start) };
                    break;
            }

            node.Open = open;
            node.Close = Closes();
            return node;
        }

        private string StringToken()
        {
            var start = position;
            Expect('"');
            while (text[position] != '"')
            {
                position += text[position] == '\\' ? 2 : 1;
            }

            position++;
            return text.Substring(start, position - start);
        }

        private string Opens()
        {
            var result = new StringBuilder();
            while (true)
            {
                Skip();
                var match = Marker.Match(text, position);
                if (!match.Success || match.Index != position || match.Value is "|}" or "|]")
                {
                    return result.ToString();
                }

                result.Append(match.Value);
                position += match.Length;
            }
        }

        private string Closes()
        {
            var result = new StringBuilder();
            while (position + 1 < text.Length && (text.Substring(position, 2) is "|}" or "|]"))
            {
                result.Append(text, position, 2);
                position += 2;
            }

            return result.ToString();
        }

        private void Skip()
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }
        }

        private void Expect(char c)
        {
            if (text[position] != c)
            {
                throw new FormatException($"Expected '{c}' at {position} in the JSON case");
            }

            position++;
        }
    }
}
