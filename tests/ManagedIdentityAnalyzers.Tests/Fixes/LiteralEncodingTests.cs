using System.Collections.Generic;
using System.Linq;
using ManagedIdentityAnalyzers.CodeFixes.Editors;
using ManagedIdentityAnalyzers.Findings.Contract;
using ManagedIdentityAnalyzers.Readers.CSharp;
using ManagedIdentityAnalyzers.Readers.CSharp.Literals;
using ManagedIdentityAnalyzers.Readers.Json;
using ManagedIdentityAnalyzers.Tests.Readers;

namespace ManagedIdentityAnalyzers.Tests.Fixes;

/// <summary>The fix editors' literal encoding, on the literal forms the reader describes (<see cref="JsonInLiteralNode.FormOf"/>).</summary>
public class LiteralEncodingTests
{
    private static readonly string[] Samples =
    {
        "plain",
        "{\"type\": \"SystemAssigned, UserAssigned\"}",
        "back\\slash and \"quotes\" and {braces}",
        "tab\there\u0001\u007f\u0085\u2028 \u00e9 \U0001F600",
        "line\nbreak\r\nand\rmore",
        "\"\"two\"\" and \"\"\"three\"\"\"",
        "{{double}} and }{",
        string.Empty,
    };

    /// <summary>A literal of each kind around the encoded text, and the information of that kind.</summary>
    private static IEnumerable<(LiteralPieceInfo Kind, string Open, string Close)> Kinds()
    {
        yield return (LiteralPieceInfo.Regular, "\"", "\"");
        yield return (LiteralPieceInfo.Verbatim, "@\"", "\"");
        yield return (LiteralPieceInfo.InterpolatedRegular, "$\"", "\"");
        yield return (LiteralPieceInfo.InterpolatedVerbatim, "$@\"", "\"");
        yield return (LiteralPieceInfo.Raw(4, isMultiLine: false), "\"\"\"\" ", " \"\"\"\"");
        yield return (LiteralPieceInfo.Raw(3, isMultiLine: true), "\"\"\"\n    ", "\n    \"\"\"");
        yield return (LiteralPieceInfo.InterpolatedRaw(3, 4, isMultiLine: false), "$$$\"\"\"\" ", " \"\"\"\"");
        yield return (LiteralPieceInfo.InterpolatedRaw(2, 3, isMultiLine: true), "$$\"\"\"\n    ", "\n    \"\"\"");
    }

    [Fact]
    public void Encoded_text_decodes_back_in_every_kind()
    {
        var declarations = new List<(string Name, string Expected)>();
        var source = new System.Text.StringBuilder("class C\n{\n");
        var encodedCount = 0;
        foreach (var (kind, open, close) in Kinds())
        {
            foreach (var sample in Samples)
            {
                var encoded = LiteralEncoding.Encode(sample, Form(kind));
                if (encoded is null)
                {
                    continue;
                }

                // Raw literals pad with a space, so the padding is part of the value.
                var expected = kind.Kind is LiteralKind.Raw or LiteralKind.InterpolatedRaw && !kind.IsMultiLine ? " " + sample + " " : sample;
                var name = "S" + declarations.Count;
                declarations.Add((name, expected));
                source.Append("const string ").Append(name).Append(" = ").Append(open).Append(encoded).Append(close).Append(";\n");
                encodedCount++;
            }
        }

        source.Append("}\n");
        var compilation = LiteralCompilation.Of(source.ToString());
        foreach (var (name, expected) in declarations)
        {
            Assert.Equal(expected, compilation.ConstantField(name));
        }

        // Regular and verbatim kinds take everything; raw kinds refuse some.
        Assert.True(encodedCount >= (4 * Samples.Length) + 8, encodedCount.ToString());
    }

    [Fact]
    public void Encoding_escapes_what_each_kind_needs()
    {
        Assert.Equal("a\\\"b\\\\c\\n\\u0001", LiteralEncoding.Encode("a\"b\\c\n\u0001", Form(LiteralPieceInfo.Regular)));
        Assert.Equal("{{\\\"a\\\"}}", LiteralEncoding.Encode("{\"a\"}", Form(LiteralPieceInfo.InterpolatedRegular)));
        Assert.Equal("a\"\"b\\c\nd", LiteralEncoding.Encode("a\"b\\c\nd", Form(LiteralPieceInfo.Verbatim)));
        Assert.Equal("{{\"\"a\"\"}}", LiteralEncoding.Encode("{\"a\"}", Form(LiteralPieceInfo.InterpolatedVerbatim)));
        Assert.Equal("{\"a\": \"\\n\"}", LiteralEncoding.Encode("{\"a\": \"\\n\"}", Form(LiteralPieceInfo.Raw(3, isMultiLine: true))));
        Assert.Equal("plain", LiteralEncoding.Encode("plain", Form(LiteralPieceInfo.Regular)));
    }

    [Fact]
    public void Encoding_refuses_what_a_kind_cannot_hold()
    {
        var multiLine = LiteralPieceInfo.Raw(3, isMultiLine: true);
        Assert.Null(LiteralEncoding.Encode("a\"\"\"b", Form(multiLine)));
        Assert.Equal("a\"\"b", LiteralEncoding.Encode("a\"\"b", Form(multiLine)));
        Assert.Null(LiteralEncoding.Encode("a\nb", Form(multiLine)));
        Assert.Null(LiteralEncoding.Encode("a\r\nb", Form(LiteralPieceInfo.Raw(3, isMultiLine: false))));
        Assert.Null(LiteralEncoding.Encode("a\"\"\"\"b", Form(LiteralPieceInfo.Raw(4, isMultiLine: false))));

        Assert.Null(LiteralEncoding.Encode("{", Form(LiteralPieceInfo.InterpolatedRaw(1, 3, isMultiLine: false))));
        Assert.Equal("{x}", LiteralEncoding.Encode("{x}", Form(LiteralPieceInfo.InterpolatedRaw(2, 3, isMultiLine: false))));
        Assert.Null(LiteralEncoding.Encode("{{x}}", Form(LiteralPieceInfo.InterpolatedRaw(2, 3, isMultiLine: false))));
        Assert.Null(LiteralEncoding.Encode("x}}", Form(LiteralPieceInfo.InterpolatedRaw(2, 3, isMultiLine: true))));

        // Constants and holes are not written in a literal: there is no form to write into.
        Assert.Null(JsonInLiteralNode.FormOf(LiteralPieceInfo.Constant));
        Assert.Null(JsonInLiteralNode.FormOf(LiteralPieceInfo.Hole));
        Assert.Equal(JsonTextParser.Hole, LiteralEncoding.Unknown);
        Assert.Null(LiteralEncoding.Encode("a" + JsonTextParser.Hole, Form(LiteralPieceInfo.Regular)));
        Assert.Null(LiteralEncoding.Encode("lone \ud800", Form(LiteralPieceInfo.Verbatim)));
        Assert.Equal("lone \\uD800", LiteralEncoding.Encode("lone \ud800", Form(LiteralPieceInfo.Regular)));
    }

    [Fact]
    public void A_fix_rewrites_a_json_token_through_the_map()
    {
        // The identity type of each literal kind, rewritten through Encode, reads back as the new value.
        var bodies = new[]
        {
            "var json = \"{\\\"type\\\": \\\"SystemAssigned\\\"}\";",
            "var json = @\"{\"\"type\"\": \"\"SystemAssigned\"\"}\";",
            "var json = \"\"\"\n    {\"type\": \"SystemAssigned\"}\n    \"\"\";",
            "var json = $\"{{\\\"type\\\": \\\"SystemAssigned\\\", \\\"k\\\": \\\"{Kind}\\\"}}\";",
            "var json = $$\"\"\"\n    {\"type\": \"SystemAssigned\", \"k\": \"{{Kind}}\"}\n    \"\"\";",
        };
        foreach (var body in bodies)
        {
            var compilation = LiteralCompilation.Method(body);
            var (operation, locals) = compilation.Local();
            var mapped = CSharpTextReader.Read(operation, locals, default)!;
            var token = "\"SystemAssigned\"";
            var span = new Microsoft.CodeAnalysis.Text.TextSpan(mapped.Text.IndexOf(token, System.StringComparison.Ordinal), token.Length);
            Assert.True(mapped.IsEditable(span), body);
            Assert.True(mapped.TryMapSpan(span, out _, out var sourceSpan));
            var replacement = LiteralEncoding.Encode("\"SystemAssigned, UserAssigned\"", Form(mapped.PieceInfoAt(span.Start)));
            Assert.NotNull(replacement);
            var edited = compilation.Source.Remove(sourceSpan.Start, sourceSpan.Length).Insert(sourceSpan.Start, replacement!);
            var reread = LiteralCompilation.Of(edited);
            var (newOperation, newLocals) = reread.Local();
            var text = CSharpTextReader.Read(newOperation, newLocals, default)!.Text;
            Assert.Equal(mapped.Text.Replace(token, "\"SystemAssigned, UserAssigned\""), text);
            Assert.Contains("SystemAssigned, UserAssigned", text.Split('\n').First(l => l.Contains("type")));
        }
    }

    private static LiteralForm Form(LiteralPieceInfo info) => JsonInLiteralNode.FormOf(info)!.Value;
}
