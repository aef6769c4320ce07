using System;
using System.Linq;
using System.Text;
using System.Threading;
using ManagedIdentityAnalyzers.Model.Json;
using ManagedIdentityAnalyzers.Readers.CSharp.Literals;
using ManagedIdentityAnalyzers.Readers.Json;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Tests.Readers;

public class CSharpTextReaderTests
{
    private const char Hole = JsonTextParser.Hole;

    private static MappedText Read(LiteralCompilation compilation, string local = "json")
    {
        var (operation, locals) = compilation.Local(local);
        var mapped = CSharpTextReader.Read(operation, locals, CancellationToken.None);
        Assert.NotNull(mapped);
        return mapped!;
    }

    private static MappedText? TryRead(string body, string local = "json")
    {
        var (operation, locals) = LiteralCompilation.Method(body).Local(local);
        return CSharpTextReader.Read(operation, locals, CancellationToken.None);
    }

    private static TextSpan Find(MappedText mapped, string token, int occurrence = 0)
    {
        var index = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            index = mapped.Text.IndexOf(token, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{token}' not in '{mapped.Text}'");
        }

        return new TextSpan(index, token.Length);
    }

    /// <summary>The source text the span of <see cref="MappedText.Text"/> maps to.</summary>
    private static string SourceOf(LiteralCompilation compilation, MappedText mapped, TextSpan textSpan)
    {
        Assert.True(mapped.TryMapSpan(textSpan, out var tree, out var sourceSpan));
        Assert.Same(compilation.Tree, tree);
        return compilation.Source.Substring(sourceSpan.Start, sourceSpan.Length);
    }

    private static string SourceOf(LiteralCompilation compilation, MappedText mapped, string token, int occurrence = 0) =>
        SourceOf(compilation, mapped, Find(mapped, token, occurrence));

    [Fact]
    public void Regular_literal_maps_through_escapes()
    {
        var compilation = LiteralCompilation.Method("""
            var json = "{\"type\": \"MSI\", \"n\": 1}";
            """);
        var mapped = Read(compilation);
        Assert.Equal("{\"type\": \"MSI\", \"n\": 1}", mapped.Text);
        Assert.Equal("\\\"MSI\\\"", SourceOf(compilation, mapped, "\"MSI\""));
        Assert.Equal("MSI", SourceOf(compilation, mapped, "MSI"));
        Assert.Equal("1", SourceOf(compilation, mapped, "1"));
        Assert.Equal("{", SourceOf(compilation, mapped, new TextSpan(0, 1)));
        Assert.True(mapped.IsEditable(Find(mapped, "\"MSI\"")));
        Assert.True(mapped.IsEditable(new TextSpan(0, mapped.Text.Length)));
        Assert.Equal(LiteralKind.Regular, mapped.KindAt(0));
        Assert.IsType<LiteralExpressionSyntax>(mapped.LiteralAt(3));
        Assert.Same(mapped.LiteralAt(0), mapped.Syntax);
    }

    [Fact]
    public void Every_escape_form_maps_to_its_source_characters()
    {
        var compilation = LiteralCompilation.Method("""
            var json = "A\u0042\x43\U0001F600\t\\\"\e\x7z";
            """);
        var mapped = Read(compilation);
        Assert.Equal("ABC\U0001F600\t\\\"\u001b\u0007z", mapped.Text);
        Assert.Equal("\\u0042", SourceOf(compilation, mapped, new TextSpan(1, 1)));
        Assert.Equal("\\x43", SourceOf(compilation, mapped, new TextSpan(2, 1)));
        Assert.Equal("\\U0001F600", SourceOf(compilation, mapped, new TextSpan(3, 2)));
        Assert.Equal("\\U0001F600", SourceOf(compilation, mapped, new TextSpan(4, 1)));
        Assert.Equal("A\\u0042\\x43", SourceOf(compilation, mapped, new TextSpan(0, 3)));
        Assert.Equal("\\t\\\\\\\"", SourceOf(compilation, mapped, new TextSpan(5, 3)));
        Assert.Equal("\\x7z", SourceOf(compilation, mapped, new TextSpan(9, 2)));
    }

    [Fact]
    public void Verbatim_literal_maps_doubled_quotes()
    {
        var compilation = LiteralCompilation.Method("""
            var json = @"{""type"": ""MSI"",
              ""path"": ""C:\x""}";
            """);
        var mapped = Read(compilation);
        Assert.Equal("{\"type\": \"MSI\",\n  \"path\": \"C:\\x\"}", mapped.Text);
        Assert.Equal("\"\"MSI\"\"", SourceOf(compilation, mapped, "\"MSI\""));
        Assert.Equal("\"\"C:\\x\"\"", SourceOf(compilation, mapped, "\"C:\\x\""));
        Assert.Equal(LiteralKind.Verbatim, mapped.KindAt(0));
        Assert.True(mapped.IsEditable(Find(mapped, "\"MSI\"")));
    }

    [Fact]
    public void Multi_line_raw_literal_skips_indentation()
    {
        // Whitespace-only lines: one shorter than the indentation (empty), one longer (keeps the rest).
        var body = string.Join("\n",
            "var json = \"\"\"",
            "    {",
            "      \"type\": \"MSI\",",
            "  ",
            "       ",
            "      \"name\": \"x\"",
            "    }",
            "    \"\"\";");
        var compilation = LiteralCompilation.Method(body);
        var mapped = Read(compilation);
        Assert.Equal("{\n  \"type\": \"MSI\",\n\n   \n  \"name\": \"x\"\n}", mapped.Text);
        Assert.Equal("\"MSI\"", SourceOf(compilation, mapped, "\"MSI\""));
        Assert.Equal("\"type\": \"MSI\"", SourceOf(compilation, mapped, "\"type\": \"MSI\""));
        Assert.Equal("{\n      \"type\": \"MSI\",\n  \n       \n      \"name\": \"x\"\n    }", SourceOf(compilation, mapped, new TextSpan(0, mapped.Text.Length)));
        Assert.True(mapped.IsEditable(Find(mapped, "\"x\"")));
        var info = mapped.PieceInfoAt(0);
        Assert.Equal(LiteralKind.Raw, info.Kind);
        Assert.Equal(3, info.QuoteCount);
        Assert.True(info.IsMultiLine);
    }

    [Fact]
    public void Multi_line_raw_literal_keeps_crlf_and_longer_delimiters()
    {
        var source = "class C\n{\nvoid M()\n{\nvar json = \"\"\"\"\n    {\"a\": \"\"\"b\"\"\"}\n      \"c\"\n    \"\"\"\";\n}\n}\n";
        var compilation = LiteralCompilation.Of(source.Replace("\n", "\r\n"));
        var mapped = Read(compilation);
        Assert.Equal("{\"a\": \"\"\"b\"\"\"}\r\n  \"c\"", mapped.Text);
        Assert.Equal("\"c\"", SourceOf(compilation, mapped, "\"c\""));
        Assert.Equal("}\r\n      \"c", SourceOf(compilation, mapped, "}\r\n  \"c"));
        Assert.Equal(4, mapped.PieceInfoAt(0).QuoteCount);
    }

    [Fact]
    public void Single_line_raw_and_utf8_literals()
    {
        var raw = LiteralCompilation.Method(""""
            var json = """{"type": "MSI"}""";
            """");
        var mapped = Read(raw);
        Assert.Equal("{\"type\": \"MSI\"}", mapped.Text);
        Assert.Equal("\"MSI\"", SourceOf(raw, mapped, "\"MSI\""));
        Assert.Equal(LiteralPieceInfo.Raw(3, isMultiLine: false), mapped.PieceInfoAt(0));

        var utf8 = LiteralCompilation.Method("""
            var json = "{\"a\": 1}"u8;
            """);
        var bytes = Read(utf8);
        Assert.Equal("{\"a\": 1}", bytes.Text);
        Assert.Equal("\\\"a\\\"", SourceOf(utf8, bytes, "\"a\""));
        Assert.Equal("}", SourceOf(utf8, bytes, "}"));
    }

    [Fact]
    public void Constant_interpolation_hole_maps_to_the_whole_hole()
    {
        var compilation = LiteralCompilation.Method("""
            var json = $"{{\"type\": \"{Kind}\", \"a\": \"b\"}}";
            """);
        var mapped = Read(compilation);
        Assert.Equal("{\"type\": \"MSI\", \"a\": \"b\"}", mapped.Text);

        Assert.Equal("{Kind}", SourceOf(compilation, mapped, "MSI"));
        Assert.Equal("{Kind}", SourceOf(compilation, mapped, "S"));
        Assert.False(mapped.IsEditable(Find(mapped, "MSI")));
        Assert.Equal(LiteralKind.Constant, mapped.KindAt(Find(mapped, "MSI").Start));
        Assert.IsType<InterpolationSyntax>(mapped.LiteralAt(Find(mapped, "MSI").Start));

        // Across the hole: the union, not editable.
        Assert.Equal("\\\"{Kind}\\\"", SourceOf(compilation, mapped, "\"MSI\""));
        Assert.False(mapped.IsEditable(Find(mapped, "\"MSI\"")));

        // Text parts: braces and escapes.
        Assert.Equal("{{", SourceOf(compilation, mapped, new TextSpan(0, 1)));
        Assert.Equal("\\\"b\\\"}}", SourceOf(compilation, mapped, "\"b\"}"));
        Assert.True(mapped.IsEditable(Find(mapped, "\"b\"")));
        Assert.Equal(LiteralKind.InterpolatedRegular, mapped.KindAt(0));
        Assert.IsType<InterpolatedStringExpressionSyntax>(mapped.LiteralAt(0));
    }

    [Fact]
    public void Non_constant_holes_are_one_hole_character()
    {
        var compilation = LiteralCompilation.Method("""
            var json = $"{{\"url\": \"https://{input}.blob.core.windows.net\", \"k\": \"{Kind,5}{Kind:x}\"}}";
            """);
        var mapped = Read(compilation);
        Assert.Equal("{\"url\": \"https://" + Hole + ".blob.core.windows.net\", \"k\": \"" + Hole + Hole + "\"}", mapped.Text);
        var hole = new TextSpan(mapped.Text.IndexOf(Hole), 1);
        Assert.Equal("{input}", SourceOf(compilation, mapped, hole));
        Assert.Equal(LiteralKind.Hole, mapped.KindAt(hole.Start));
        Assert.False(mapped.IsEditable(hole));
        Assert.Equal("{Kind,5}", SourceOf(compilation, mapped, new TextSpan(mapped.Text.IndexOf(Hole, hole.End), 1)));

        var root = (JObject)JsonTextParser.Parse(mapped.Text, new SpanSources(mapped.Text), CancellationToken.None)!;
        var url = (JString)root.Get("url")!;
        Assert.Equal(new[] { "https://", null, ".blob.core.windows.net" }, url.Value.Segments);
    }

    [Fact]
    public void Interpolated_verbatim_strings_in_both_orders()
    {
        foreach (var start in new[] { "$@", "@$" })
        {
            var compilation = LiteralCompilation.Method("var json = " + start + """
                "{{""type"": ""{Kind}"", ""a"": ""b""}}";
                """);
            var mapped = Read(compilation);
            Assert.Equal("{\"type\": \"MSI\", \"a\": \"b\"}", mapped.Text);
            Assert.Equal("\"\"b\"\"", SourceOf(compilation, mapped, "\"b\""));
            Assert.Equal("{Kind}", SourceOf(compilation, mapped, "MSI"));
            Assert.Equal(LiteralKind.InterpolatedVerbatim, mapped.KindAt(0));
            Assert.Equal("{{", SourceOf(compilation, mapped, new TextSpan(0, 1)));
        }
    }

    [Fact]
    public void Multi_dollar_raw_interpolation()
    {
        var compilation = LiteralCompilation.Method(""""
            var json = $$"""
                {
                  "type": "{{Kind}}",
                  "name": "{{input}}x",
                  "other": "y"
                }
                """;
            """");
        var mapped = Read(compilation);
        Assert.Equal("{\n  \"type\": \"MSI\",\n  \"name\": \"" + Hole + "x\",\n  \"other\": \"y\"\n}", mapped.Text);
        Assert.Equal("\"y\"", SourceOf(compilation, mapped, "\"y\""));
        Assert.Equal("{{Kind}}", SourceOf(compilation, mapped, "MSI"));
        Assert.Equal("{{input}}", SourceOf(compilation, mapped, Hole.ToString()));
        Assert.Equal("\",\n      \"other\"", SourceOf(compilation, mapped, "\",\n  \"other\""));
        Assert.True(mapped.IsEditable(Find(mapped, "\"other\"")));
        var info = mapped.PieceInfoAt(Find(mapped, "\"y\"").Start);
        Assert.Equal(LiteralPieceInfo.InterpolatedRaw(2, 3, isMultiLine: true), info);

        var single = LiteralCompilation.Method(""""
            var json = $$"""{"type": "{{Kind}}"}""";
            """");
        var singleMapped = Read(single);
        Assert.Equal("{\"type\": \"MSI\"}", singleMapped.Text);
        Assert.Equal("{\"type\": \"", SourceOf(single, singleMapped, "{\"type\": \""));
        Assert.Equal(LiteralPieceInfo.InterpolatedRaw(2, 3, isMultiLine: false), singleMapped.PieceInfoAt(0));

        var one = LiteralCompilation.Method(""""
            var json = $"""x{Kind}y""";
            """");
        var oneMapped = Read(one);
        Assert.Equal("xMSIy", oneMapped.Text);
        Assert.Equal("{Kind}", SourceOf(one, oneMapped, "MSI"));
        Assert.Equal(1, oneMapped.PieceInfoAt(0).DollarCount);
    }

    [Fact]
    public void Concatenation_reads_each_operand()
    {
        var compilation = LiteralCompilation.Method("""
            var json = "{\"type\": " + "\"MSI\"," + " \"a\": \"" + input + "\", \"k\": \"" + Kind + "\"}";
            """);
        var mapped = Read(compilation);
        Assert.Equal("{\"type\": \"MSI\", \"a\": \"" + Hole + "\", \"k\": \"MSI\"}", mapped.Text);

        Assert.Equal("\\\"MSI\\\"", SourceOf(compilation, mapped, "\"MSI\""));
        Assert.True(mapped.IsEditable(Find(mapped, "\"MSI\"")));

        // Across two literals: the union, not editable.
        Assert.Equal("type\\\": \" + \"\\\"MSI", SourceOf(compilation, mapped, "type\": \"MSI"));
        Assert.False(mapped.IsEditable(Find(mapped, "type\": \"MSI")));

        // A non-constant operand, a const field.
        Assert.Equal("input", SourceOf(compilation, mapped, Hole.ToString()));
        Assert.Equal(LiteralKind.Hole, mapped.KindAt(mapped.Text.IndexOf(Hole)));
        Assert.Equal("Kind", SourceOf(compilation, mapped, "MSI", occurrence: 1));
        Assert.Equal(LiteralKind.Constant, mapped.KindAt(Find(mapped, "MSI", 1).Start));
        Assert.False(mapped.IsEditable(Find(mapped, "MSI", 1)));
        Assert.IsType<IdentifierNameSyntax>(mapped.LiteralAt(Find(mapped, "MSI", 1).Start));
    }

    [Fact]
    public void Const_field_of_the_document_is_read_where_it_is_written()
    {
        var compilation = LiteralCompilation.Method(
            "var json = \"{\\\"type\\\": \\\"\" + Kind + \"\\\"}\";",
            members: "const string Kind = \"MSI\";");
        var (operation, values) = compilation.Local(documentBodies: true);
        var mapped = CSharpTextReader.Read(operation, values, CancellationToken.None)!;
        Assert.Equal("{\"type\": \"MSI\"}", mapped.Text);
        Assert.Equal("MSI", SourceOf(compilation, mapped, "MSI"));
        Assert.Equal(LiteralKind.Regular, mapped.KindAt(Find(mapped, "MSI").Start));
        Assert.True(mapped.IsEditable(Find(mapped, "MSI")));

        // Without the document's bodies (a constant of another file), the text stays at the reference.
        var atReference = Read(compilation);
        Assert.Equal("Kind", SourceOf(compilation, atReference, "MSI"));
        Assert.Equal(LiteralKind.Constant, atReference.KindAt(Find(atReference, "MSI").Start));
    }

    [Fact]
    public void Helper_method_returning_text_is_read_through()
    {
        var compilation = LiteralCompilation.Method(
            "var json = Text();",
            members: "static string Text() => \"{\\\"type\\\": \\\"MSI\\\"}\";");
        var (operation, values) = compilation.Local(documentBodies: true);
        var mapped = CSharpTextReader.Read(operation, values, CancellationToken.None)!;
        Assert.Equal("{\"type\": \"MSI\"}", mapped.Text);
        Assert.Equal("\\\"MSI\\\"", SourceOf(compilation, mapped, "\"MSI\""));
        Assert.Null(TryRead("var json = string.Empty.ToString();"));
    }

    [Fact]
    public void Long_concatenations_are_read_whole()
    {
        var body = "var json = " + string.Join(" + ", Enumerable.Range(0, 300).Select(i => "\"" + i + ",\"")) + ";";
        var compilation = LiteralCompilation.Method(body);
        var mapped = Read(compilation);
        Assert.Equal(string.Concat(Enumerable.Range(0, 300).Select(i => i + ",")), mapped.Text);
        Assert.Equal("299,", SourceOf(compilation, mapped, "299,"));
        Assert.True(mapped.IsEditable(Find(mapped, "299,")));
    }

    [Fact]
    public void Locals_assigned_once_are_read_through()
    {
        var compilation = LiteralCompilation.Method("""
            var head = "{\"type\": \"MSI\"";
            string tail = ", \"a\": 1}";
            var json = head + tail;
            """);
        var mapped = Read(compilation);
        Assert.Equal("{\"type\": \"MSI\", \"a\": 1}", mapped.Text);
        Assert.Equal("\\\"MSI\\\"", SourceOf(compilation, mapped, "\"MSI\""));
        Assert.True(mapped.IsEditable(Find(mapped, "\"MSI\"")));

        var direct = LiteralCompilation.Method("""
            const string constant = "{}";
            var text = "{\"a\": 1}";
            var json = text;
            var other = constant;
            """);
        var read = Read(direct);
        Assert.Equal("1", SourceOf(direct, read, "1"));
        var constant = Read(direct, "other");
        Assert.Equal("{}", constant.Text);
        Assert.Equal(LiteralKind.Regular, constant.KindAt(0));
        Assert.Equal("{}", SourceOf(direct, constant, new TextSpan(0, 2)));
    }

    [Theory]
    [InlineData("var json = input;")]
    [InlineData("var json = input + input;")]
    [InlineData("var json = string.Concat(input, \"x\");")]
    [InlineData("string json = null;")]
    [InlineData("var json = 5;")]
    [InlineData("var text = \"a\"; text = \"b\"; var json = text;")]
    [InlineData("var json = $\"{input}\";")]
    public void Unreadable_expressions_are_null(string body)
    {
        Assert.Null(TryRead(body));
    }

    [Fact]
    public void Empty_literal_is_empty_text()
    {
        var mapped = TryRead("var json = \"\";");
        Assert.NotNull(mapped);
        Assert.Equal(string.Empty, mapped!.Text);
        Assert.False(mapped.TryMapSpan(new TextSpan(0, 0), out _, out _));
        Assert.False(mapped.IsEditable(new TextSpan(0, 0)));

        var interpolated = TryRead("var json = $\"\";");
        Assert.NotNull(interpolated);
        Assert.Equal(string.Empty, interpolated!.Text);
    }

    [Fact]
    public void Pieces_and_empty_spans()
    {
        var compilation = LiteralCompilation.Method("""
            var json = "{\"a\": " + Kind + "}";
            """);
        var mapped = Read(compilation);
        Assert.Equal("{\"a\": MSI}", mapped.Text);
        Assert.Equal(new TextSpan(0, 6), mapped.PieceSpanAt(2));
        Assert.Equal(new TextSpan(6, 3), mapped.PieceSpanAt(7));
        Assert.Equal(new TextSpan(9, 1), mapped.PieceSpanAt(9));

        // An empty span maps to the source position of its offset: an insertion point.
        Assert.True(mapped.TryMapSpan(new TextSpan(1, 0), out _, out var insertion));
        Assert.Equal(0, insertion.Length);
        Assert.Equal("\\\"a", compilation.Source.Substring(insertion.Start, 3));
        Assert.True(mapped.IsEditable(new TextSpan(1, 0)));
        Assert.True(mapped.TryMapSpan(new TextSpan(mapped.Text.Length, 0), out _, out var end));
        Assert.Equal("\";", compilation.Source.Substring(end.Start, 2));
        Assert.False(mapped.TryMapSpan(new TextSpan(0, mapped.Text.Length + 1), out _, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => mapped.KindAt(mapped.Text.Length));
    }

    [Fact]
    public void Depth_and_size_are_capped()
    {
        var chain = new StringBuilder("var l0 = \"x\";\n");
        for (var i = 1; i <= 80; i++)
        {
            chain.Append("var l").Append(i).Append(" = l").Append(i - 1).Append(";\n");
        }

        chain.Append("var json = l80;\nvar shallow = l10;");
        var compilation = LiteralCompilation.Method(chain.ToString());
        Assert.Null(CSharpTextReader.Read(compilation.Local().Operation, compilation.Local().Locals, CancellationToken.None));
        Assert.Equal("x", Read(compilation, "shallow").Text);

        Assert.Null(TryRead("var json = \"" + new string('a', CSharpTextReader.MaxLength + 1) + "\";"));
    }

    [Fact]
    public void Json_in_a_literal_reports_on_the_exact_source_token()
    {
        var compilation = LiteralCompilation.Method("""
            var json = "{\"identity\": {\"type\": \"UserAssigned\"}, \"n\": 1, \"m\": 2}";
            """);
        var mapped = Read(compilation);
        var sources = new SpanSources(mapped.Text);
        var root = (JObject)JsonTextParser.Parse(mapped.Text, sources, CancellationToken.None)!;
        var type = ((JObject)root.Get("identity")!).Get("type")!;
        var span = SpanSources.SpanOf(type.Source);
        Assert.Equal("\\\"UserAssigned\\\"", SourceOf(compilation, mapped, span));
        Assert.True(mapped.IsEditable(span));

        // Removing a member in the source through the map leaves a literal that reads as the JSON without it.
        var removal = SpanSources.RemovalOf(root.Member("n")!);
        Assert.True(mapped.TryMapSpan(removal, out _, out var sourceRemoval));
        var edited = compilation.Source.Remove(sourceRemoval.Start, sourceRemoval.Length);
        var reread = Read(LiteralCompilation.Of(edited));
        Assert.Equal("{\"identity\": {\"type\": \"UserAssigned\"}, \"m\": 2}", reread.Text);
    }

    [Fact]
    public void Cancellation_is_observed()
    {
        var compilation = LiteralCompilation.Method("var json = \"a\" + input;");
        var (operation, locals) = compilation.Local();
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.Throws<OperationCanceledException>(() => CSharpTextReader.Read(operation, locals, cancellation.Token));
    }
}
