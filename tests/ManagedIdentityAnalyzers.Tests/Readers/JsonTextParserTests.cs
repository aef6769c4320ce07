using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using ManagedIdentityAnalyzers.Model.Json;
using ManagedIdentityAnalyzers.Readers.Json;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Tests.Readers;

public class JsonTextParserTests
{
    private const char Hole = JsonTextParser.Hole;

    private const string Sample = """
        {
          "type": "Microsoft.Logic/workflows",
          "apiVersion": "2019-05-01",
          "identity": { "type": "UserAssigned", "userAssignedIdentities": { "/subscriptions/x": {} } },
          "properties": {
            "state": "Enabled",
            "definition": { "actions": { "Get": { "inputs": { "authentication": { "type": "ManagedServiceIdentity" } } } } },
            "values": [1, -2.5e3, true, false, null, "s\"\\\u0041"]
          }
        }
        """;

    /// <summary>Comments, trailing commas and holes in every place they are allowed.</summary>
    private static readonly string Relaxed =
        "// a workflow\n" +
        "{\n" +
        "  /* the kind */ \"kind\": \"Stateful\", // trailing comment\n" +
        "  \"list\": [1, 2, /* three */ 3,],\n" +
        "  \"url\": \"https://" + Hole + ".vault.azure.net/\",\n" +
        "  \"n" + Hole + "\": 4,\n" +
        "  " + Hole + ": [" + Hole + ", " + Hole + "x],\n" +
        "  \"nested\": { \"a\": true, },\n" +
        "}";

    internal static JValue? Parse(string text) => Parse(text, out _);

    internal static JValue? Parse(string text, out SpanSources sources)
    {
        sources = new SpanSources(text);
        var result = JsonTextParser.Parse(text, sources, CancellationToken.None);
        Assert.Empty(sources.Problems);
        if (result is not null)
        {
            AssertSpans(text, result);
        }

        return result;
    }

    private static string TextOf(string text, JValue value) => SpanSources.TextOf(text, value.Source);

    [Theory]
    [InlineData("123", "123")]
    [InlineData("-0.5e+10", "-0.5e+10")]
    [InlineData("0", "0")]
    [InlineData("-0", "-0")]
    [InlineData("1E-7", "1E-7")]
    [InlineData("  true ", "true")]
    [InlineData("false", "false")]
    [InlineData("null", "null")]
    [InlineData("/* c */ 7 // c", "7")]
    public void Literals_keep_their_raw_text(string text, string expected)
    {
        var literal = Assert.IsType<JLiteral>(Parse(text));
        Assert.Equal(expected, literal.Text);
        Assert.Equal(expected, TextOf(text, literal));
        Assert.Equal(expected == "null", literal.IsNull);
    }

    [Fact]
    public void Strings_are_unescaped_and_span_their_quotes()
    {
        var text = "\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u0041\\u00e9\"";
        var value = Assert.IsType<JString>(Parse(text));
        Assert.Equal("a\"b\\c/d\b\f\n\r\tA\u00e9", value.KnownText);
        Assert.Equal(text, TextOf(text, value));

        var plain = Assert.IsType<JString>(Parse("  \"plain\"  "));
        Assert.Equal("plain", plain.KnownText);
        Assert.Single(plain.Value.Segments);

        var empty = Assert.IsType<JString>(Parse("\"\""));
        Assert.Equal(string.Empty, empty.KnownText);
    }

    [Fact]
    public void Sample_reads_whole_tree()
    {
        var root = Assert.IsType<JObject>(Parse(Sample));
        Assert.True(root.IsComplete);
        Assert.Equal(new[] { "type", "apiVersion", "identity", "properties" }, root.Members.Select(m => m.Name));
        Assert.Equal("Microsoft.Logic/workflows", Assert.IsType<JString>(root.Get("type")).KnownText);

        var identity = Assert.IsType<JObject>(root.Get("identity"));
        Assert.Equal("UserAssigned", Assert.IsType<JString>(identity.Get("TYPE")).KnownText);
        var identities = Assert.IsType<JObject>(identity.Get("userAssignedIdentities"));
        Assert.Empty(Assert.IsType<JObject>(identities.Get("/subscriptions/x")).Members);

        var properties = Assert.IsType<JObject>(root.Get("properties"));
        var authentication = (JObject)((JObject)((JObject)((JObject)((JObject)properties.Get("definition")!).Get("actions")!).Get("Get")!).Get("inputs")!).Get("authentication")!;
        Assert.Equal("ManagedServiceIdentity", ((JString)authentication.Get("type")!).KnownText);

        var values = Assert.IsType<JArray>(properties.Get("values"));
        Assert.True(values.IsComplete);
        Assert.Equal(6, values.Items.Length);
        Assert.Equal("1", ((JLiteral)values.Items[0]).Text);
        Assert.Equal("-2.5e3", ((JLiteral)values.Items[1]).Text);
        Assert.Equal("true", ((JLiteral)values.Items[2]).Text);
        Assert.Equal("false", ((JLiteral)values.Items[3]).Text);
        Assert.True(((JLiteral)values.Items[4]).IsNull);
        Assert.Equal("s\"\\A", ((JString)values.Items[5]).KnownText);
        Assert.Equal("\"s\\\"\\\\\\u0041\"", TextOf(Sample, values.Items[5]));

        // Every object and array read to its closer is complete.
        Assert.All(AllObjects(root), o => Assert.True(o.IsComplete));
        Assert.All(AllArrays(root), a => Assert.True(a.IsComplete));
    }

    [Fact]
    public void Spans_of_names_values_objects_and_members()
    {
        var root = (JObject)Parse(Sample)!;
        Assert.Equal(Sample, TextOf(Sample, root));

        var type = root.Member("type")!;
        Assert.Equal("\"type\"", SpanSources.TextOf(Sample, type.NameSource));
        Assert.Equal("\"Microsoft.Logic/workflows\"", TextOf(Sample, type.Value));
        Assert.Equal("\"type\": \"Microsoft.Logic/workflows\"", SpanSources.TextOf(Sample, type.MemberSource));

        var identity = (JObject)root.Get("identity")!;
        Assert.Equal("{ \"type\": \"UserAssigned\", \"userAssignedIdentities\": { \"/subscriptions/x\": {} } }", TextOf(Sample, identity));
        var userAssigned = identity.Member("userAssignedIdentities")!;
        Assert.Equal("\"userAssignedIdentities\": { \"/subscriptions/x\": {} }", SpanSources.TextOf(Sample, userAssigned.MemberSource));
        Assert.Equal("{}", TextOf(Sample, ((JObject)userAssigned.Value).Get("/subscriptions/x")!));

        var values = ((JObject)root.Get("properties")!).Get("values")!;
        Assert.Equal("[1, -2.5e3, true, false, null, \"s\\\"\\\\\\u0041\"]", TextOf(Sample, values));
        Assert.Equal("-2.5e3", TextOf(Sample, ((JArray)values).Items[1]));
        Assert.Equal("null", TextOf(Sample, ((JArray)values).Items[4]));

        // Exact offsets, not just equal text: the second "type" name is the identity's.
        var identityType = identity.Member("type")!;
        Assert.Equal(Sample.IndexOf("\"type\": \"UserAssigned\"", StringComparison.Ordinal), SpanSources.SpanOf(identityType.NameSource).Start);
    }

    [Fact]
    public void Spans_skip_comments_and_holes_keep_theirs()
    {
        var root = (JObject)Parse(Relaxed)!;
        Assert.Equal(Relaxed.IndexOf('{'), SpanSources.SpanOf(root.Source).Start);
        Assert.Equal(Relaxed.Length, SpanSources.SpanOf(root.Source).End);
        Assert.Equal("\"kind\": \"Stateful\"", SpanSources.TextOf(Relaxed, root.Member("kind")!.MemberSource));
        Assert.Equal("[1, 2, /* three */ 3,]", TextOf(Relaxed, root.Get("list")!));
        Assert.Equal("3", TextOf(Relaxed, ((JArray)root.Get("list")!).Items[2]));
        Assert.Equal("\"https://" + Hole + ".vault.azure.net/\"", TextOf(Relaxed, root.Get("url")!));
        Assert.Equal("{ \"a\": true, }", TextOf(Relaxed, root.Get("nested")!));
    }

    [Fact]
    public void Removal_spans_cover_one_separator()
    {
        var text = "{ \"a\": 1 ,  \"b\": [2], \"c\": {\"d\": 3} }";
        var root = (JObject)Parse(text)!;
        string Removal(string name) => text.Substring(SpanSources.RemovalOf(root.Member(name)!).Start, SpanSources.RemovalOf(root.Member(name)!).Length);

        // Followed by a member: up to its start. Last of several: from the end of the previous value.
        Assert.Equal("\"a\": 1 ,  ", Removal("a"));
        Assert.Equal("\"b\": [2], ", Removal("b"));
        Assert.Equal(", \"c\": {\"d\": 3}", Removal("c"));

        // A sole member: the member itself.
        var inner = (JObject)root.Get("c")!;
        var d = inner.Member("d")!;
        Assert.Equal("\"d\": 3", text.Substring(SpanSources.RemovalOf(d).Start, SpanSources.RemovalOf(d).Length));
        Assert.Equal(SpanSources.SpanOf(d.MemberSource), SpanSources.RemovalOf(d));
    }

    [Fact]
    public void Removal_spans_take_a_trailing_comma_along()
    {
        var text = "{\"a\": 1, \"b\": 2,}";
        var root = (JObject)Parse(text)!;
        var b = SpanSources.RemovalOf(root.Member("b")!);
        Assert.Equal(", \"b\": 2,", text.Substring(b.Start, b.Length));
        Assert.Equal("{\"a\": 1}", text.Remove(b.Start, b.Length));

        var sole = "{\"a\": 1, }";
        var a = SpanSources.RemovalOf(((JObject)Parse(sole)!).Member("a")!);
        Assert.Equal("{ }", sole.Remove(a.Start, a.Length));
    }

    [Fact]
    public void Removal_spans_around_a_member_with_an_unknown_name()
    {
        var text = "{\"a\": 1, \"x" + Hole + "\": 2, \"b\": 3}";
        var root = (JObject)Parse(text)!;
        Assert.Equal(new[] { "a", "b" }, root.Members.Select(m => m.Name));
        var a = SpanSources.RemovalOf(root.Member("a")!);
        var b = SpanSources.RemovalOf(root.Member("b")!);
        Assert.Equal("{\"x" + Hole + "\": 2, \"b\": 3}", text.Remove(a.Start, a.Length));
        Assert.Equal("{\"a\": 1, \"x" + Hole + "\": 2}", text.Remove(b.Start, b.Length));
    }

    [Fact]
    public void Removing_any_member_leaves_valid_json()
    {
        var checkedMembers = 0;
        var members = CountMembers(Parse(Sample)!);
        foreach (var (_, member) in AllMembers(Parse(Sample)!))
        {
            var removal = SpanSources.RemovalOf(member);
            var remaining = Sample.Remove(removal.Start, removal.Length);

            // Strictly valid JSON...
            using (System.Text.Json.JsonDocument.Parse(remaining))
            {
            }

            // ...and our parser reads it complete, without that member (and what it held).
            var reparsed = Parse(remaining)!;
            Assert.True(AllObjects(reparsed).All(o => o.IsComplete), remaining);
            Assert.Equal(members - 1 - CountMembers(member.Value), CountMembers(reparsed));
            checkedMembers++;
        }

        Assert.Equal(15, checkedMembers);
    }

    [Fact]
    public void Removing_any_member_of_relaxed_text_leaves_text_that_reads()
    {
        var members = CountMembers(Parse(Relaxed)!);
        var checkedMembers = 0;
        foreach (var (_, member) in AllMembers(Parse(Relaxed)!))
        {
            var removal = SpanSources.RemovalOf(member);
            var reparsed = Parse(Relaxed.Remove(removal.Start, removal.Length));
            Assert.NotNull(reparsed);
            Assert.Equal(members - 1 - CountMembers(member.Value), CountMembers(reparsed!));
            checkedMembers++;
        }

        // kind, list, url, nested, a (the two members with unknown names are not kept).
        Assert.Equal(5, checkedMembers);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_accepted()
    {
        var text = """
            // a workflow
            {
              /* the kind */ "kind": "Stateful", // trailing comment
              "list": [1, 2, /* three */ 3,],
              "nested": { "a": true, },
              "empty": [ /* nothing */ ],
              "slash": "//not a comment /* either */",
            }
            // the end
            """;
        var root = Assert.IsType<JObject>(Parse(text));
        Assert.True(root.IsComplete);
        Assert.Equal(new[] { "kind", "list", "nested", "empty", "slash" }, root.Members.Select(m => m.Name));
        var list = Assert.IsType<JArray>(root.Get("list"));
        Assert.True(list.IsComplete);
        Assert.Equal(new[] { "1", "2", "3" }, list.Items.Select(i => ((JLiteral)i).Text));
        Assert.True(((JObject)root.Get("nested")!).IsComplete);
        Assert.Empty(((JArray)root.Get("empty")!).Items);
        Assert.Equal("//not a comment /* either */", ((JString)root.Get("slash")!).KnownText);
        Assert.Equal("\"kind\": \"Stateful\"", SpanSources.TextOf(text, root.Member("kind")!.MemberSource));

        // Comments need no whitespace around them, and a line comment may end the text.
        var tight = Assert.IsType<JArray>(Parse("[1/*a*/,2//b\n,3]//c"));
        Assert.Equal(new[] { "1", "2", "3" }, tight.Items.Select(i => ((JLiteral)i).Text));
    }

    [Fact]
    public void Duplicate_names_are_all_kept_in_order()
    {
        var root = (JObject)Parse("{\"a\": 1, \"b\": 2, \"a\": 3}")!;
        Assert.Equal(new[] { "a", "b", "a" }, root.Members.Select(m => m.Name));
        Assert.Equal("1", ((JLiteral)root.Get("a")!).Text);
        Assert.Equal("3", ((JLiteral)root.Members[2].Value).Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("// only a comment")]
    [InlineData("/* only a comment */")]
    [InlineData("]")]
    [InlineData("}")]
    [InlineData(", 1")]
    [InlineData(":")]
    public void Text_without_a_value_is_malformed(string text) => AssertMalformed(text);

    [Theory]
    [InlineData("\"bad \\q escape\"")]
    [InlineData("\"bad \\u12G4 escape\"")]
    [InlineData("\"short \\u12\"")]
    [InlineData("\"ends in a backslash\\")]
    [InlineData("\"unterminated")]
    [InlineData("{\"a\": \"x\\qy\"}")]
    [InlineData("{\"\\q\": 1}")]
    [InlineData("[\"ok\", \"\\x41\"]")]
    public void Bad_escapes_and_unterminated_strings_are_malformed(string text) => AssertMalformed(text);

    [Theory]
    [InlineData("01")]
    [InlineData("+1")]
    [InlineData(".5")]
    [InlineData("1.")]
    [InlineData("1e")]
    [InlineData("1e+")]
    [InlineData("-")]
    [InlineData("0x10")]
    [InlineData("tru")]
    [InlineData("True")]
    [InlineData("NULL")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("'single'")]
    [InlineData("{\"a\": undefined}")]
    [InlineData("{a: 1}")]
    [InlineData("{1: 1}")]
    [InlineData("{true: 1}")]
    [InlineData("[1, two, 3]")]
    [InlineData("{\"a\": [1, 2, 3], \"b\": tru}")]
    public void Bare_words_are_malformed(string text) => AssertMalformed(text);

    [Theory]
    [InlineData("{\"a\": 1 \"b\": 2}")]
    [InlineData("{\"a\" 1}")]
    [InlineData("{\"a\": }")]
    [InlineData("{\"a\": 1, \"b\": }")]
    [InlineData("{\"a\"}")]
    [InlineData("{\"a\": 1, \"b\"}")]
    [InlineData("{\"a\": 1, \"b\", \"c\": 3}")]
    [InlineData("{\"a\":: 1}")]
    [InlineData("{: 1}")]
    [InlineData("{,}")]
    [InlineData("{, \"a\": 1}")]
    [InlineData("{\"a\": 1,, \"c\": 3}")]
    [InlineData("{\"a\": 1,,}")]
    [InlineData("{\"a\": 1, [2], \"c\": 3}")]
    [InlineData("{\"a\": 1, {}}")]
    [InlineData("{\"a\": 1 : 2}")]
    [InlineData("[1 2]")]
    [InlineData("[1, , 2]")]
    [InlineData("[,1]")]
    [InlineData("[,]")]
    [InlineData("[1,,]")]
    [InlineData("[1: 2]")]
    [InlineData("[\"a\": 1]")]
    [InlineData("[{} {}]")]
    [InlineData("[[] []]")]
    public void Stray_and_missing_tokens_are_malformed(string text) => AssertMalformed(text);

    [Theory]
    [InlineData("[1}")]
    [InlineData("{\"a\": 1]")]
    [InlineData("{]")]
    [InlineData("[}")]
    [InlineData("[{\"a\": [1, 2}, 3]")]
    [InlineData("[1, }, 2]")]
    [InlineData("{\"a\": [1, 2}")]
    [InlineData("{\"a\": {\"b\": 1]}")]
    public void Wrong_closers_are_malformed(string text) => AssertMalformed(text);

    [Theory]
    [InlineData("{} {}")]
    [InlineData("1 2")]
    [InlineData("{\"a\": 1} }")]
    [InlineData("[] ]")]
    [InlineData("\"a\" x")]
    [InlineData("{},")]
    [InlineData("{}:")]
    [InlineData("{} /")]
    [InlineData("null null")]
    [InlineData("{\"a\": 1} /* unterminated")]
    public void Text_after_the_value_is_malformed(string text) => AssertMalformed(text);

    [Theory]
    [InlineData("{\"a\": 1")]
    [InlineData("{\"a\": {\"b\": 1")]
    [InlineData("{\"a\": 1, \"b")]
    [InlineData("{\"a\": 1,")]
    [InlineData("{\"a\":")]
    [InlineData("{\"a\"")]
    [InlineData("{")]
    [InlineData("[")]
    [InlineData("[1, 2")]
    [InlineData("[1, 2,")]
    [InlineData("{\"a\": 1, /* unterminated")]
    [InlineData("/* unterminated")]
    [InlineData("[1 /* unterminated */")]
    public void Truncated_text_is_malformed(string text) => AssertMalformed(text);

    [Fact]
    public void Every_truncation_of_a_document_is_malformed()
    {
        foreach (var document in new[] { Sample, Relaxed, "[{\"a\": [1, \"x\"]}, {}, [], \"s\\n\", -1.5e2, null]" })
        {
            // Any cut before the last closer leaves something unclosed.
            var lastCloser = document.LastIndexOfAny(new[] { '}', ']' });
            for (var length = 0; length <= lastCloser; length++)
            {
                AssertMalformed(document.Substring(0, length));
            }

            Assert.NotNull(Parse(document));
        }
    }

    [Fact]
    public void A_malformation_anywhere_makes_the_whole_text_malformed()
    {
        // Deleting any one structural character of the sample (none is inside a string): nothing of it is read,
        // however deep or late.
        for (var i = 0; i < Sample.Length; i++)
        {
            if (Sample[i] is '{' or '}' or '[' or ']' or ':' or ',')
            {
                AssertMalformed(Sample.Remove(i, 1));
            }
        }

        // Deep in a nest that is otherwise fine.
        const int depth = 10_000;
        AssertMalformed(new string('[', depth) + "tru" + new string(']', depth));
        AssertMalformed(new string('[', depth) + new string(']', depth - 1) + "}");
    }

    [Fact]
    public void Random_text_never_throws_and_what_reads_is_placed_in_the_text()
    {
        var random = new Random(20240611);
        const string alphabet = "{}[],:\"\\/*\n tfnrue0123456789.-+eEabu\uFFFF\u00a0";
        var builder = new StringBuilder();
        var wellFormed = 0;
        for (var iteration = 0; iteration < 4000; iteration++)
        {
            builder.Clear();
            var length = random.Next(0, 80);
            var anyChar = iteration % 4 == 0;
            for (var i = 0; i < length; i++)
            {
                builder.Append(anyChar ? (char)random.Next(0, 0x10000) : alphabet[random.Next(alphabet.Length)]);
            }

            wellFormed += ParseChecked(builder.ToString()) is null ? 0 : 1;
        }

        // Mutated real documents, too: a few changed characters, most of them inside strings (still well formed).
        var mutatedWellFormed = 0;
        foreach (var document in new[] { Sample, Relaxed })
        {
            for (var iteration = 0; iteration < 2000; iteration++)
            {
                var chars = document.ToCharArray();
                for (var edits = random.Next(1, 6); edits > 0; edits--)
                {
                    chars[random.Next(chars.Length)] = alphabet[random.Next(alphabet.Length)];
                }

                mutatedWellFormed += ParseChecked(new string(chars)) is null ? 0 : 1;
            }
        }

        // The span checks above ran on real trees, not only on rejected text.
        Assert.True(wellFormed + mutatedWellFormed > 500, $"{wellFormed} + {mutatedWellFormed}");

        static JValue? ParseChecked(string text)
        {
            var sources = new SpanSources(text);
            var result = JsonTextParser.Parse(text, sources, CancellationToken.None);
            Assert.True(sources.Problems.Count == 0, text + ": " + string.Join("; ", sources.Problems));
            if (result is not null)
            {
                AssertSpans(text, result);
            }

            return result;
        }
    }

    [Fact]
    public void Generated_documents_read_exactly()
    {
        var random = new Random(7);
        for (var iteration = 0; iteration < 3000; iteration++)
        {
            var text = new StringBuilder();
            var expected = Generate(random, 0, text);
            var document = text.ToString();
            var root = Parse(document);
            Assert.True(root is not null, document);
            Assert.Equal(expected, Shape(root!));

            // Each member can be removed, leaving text that reads with exactly that member gone.
            foreach (var (_, member) in AllMembers(root!))
            {
                var removal = SpanSources.RemovalOf(member);
                var reparsed = Parse(document.Remove(removal.Start, removal.Length));
                Assert.True(reparsed is not null, document + " without " + member.Name);
                Assert.Equal(CountMembers(root!) - 1 - CountMembers(member.Value), CountMembers(reparsed!));
            }

            // Cut anywhere before the last closer: malformed.
            var lastCloser = document.LastIndexOfAny(new[] { '}', ']' });
            if (lastCloser >= 0 && root is JObject or JArray)
            {
                AssertMalformed(document.Substring(0, random.Next(lastCloser + 1)));
            }
        }
    }

    [Fact]
    public void Ten_thousand_nested_arrays_read_without_stack_overflow()
    {
        const int depth = 10_000;
        var text = new string('[', depth) + new string(']', depth);
        var value = Parse(text)!;
        var levels = 0;
        while (value is JArray array)
        {
            Assert.True(array.IsComplete);
            Assert.Equal(TextSpan.FromBounds(levels, text.Length - levels), SpanSources.SpanOf(array.Source));
            levels++;
            value = array.Items.IsEmpty ? null! : array.Items[0];
        }

        Assert.Equal(depth, levels);

        // Unclosed, or closed once too few: malformed.
        AssertMalformed(new string('[', depth));
        AssertMalformed(new string('[', depth) + new string(']', depth - 1));
    }

    [Fact]
    public void Ten_thousand_nested_objects_read_without_stack_overflow()
    {
        const int depth = 10_000;
        var builder = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            builder.Append("{\"a\":");
        }

        builder.Append('1').Append('}', depth);
        var text = builder.ToString();
        var value = Parse(text)!;
        var levels = 0;
        while (value is JObject obj)
        {
            Assert.True(obj.IsComplete);
            Assert.Equal(TextSpan.FromBounds(5 * levels, text.Length - levels), SpanSources.SpanOf(obj.Source));
            levels++;
            value = obj.Get("a")!;
        }

        Assert.Equal(depth, levels);
        Assert.Equal("1", Assert.IsType<JLiteral>(value).Text);
        AssertMalformed(text.Substring(0, text.Length - 1));
    }

    [Fact]
    public void Values_nested_deeper_than_the_cap_are_one_unknown_value()
    {
        const int depth = JsonTextParser.MaxDepth;
        var tooDeep = "[{\"b\": [[]]}, 2]";
        var text = new string('[', depth) + tooDeep + ", 1" + new string(']', depth);
        var value = Parse(text)!;
        for (var level = 1; level < depth; level++)
        {
            value = Assert.Single(Assert.IsType<JArray>(value).Items);
        }

        // The innermost array that is read holds the too-deep value, whole, and what follows it.
        var innermost = Assert.IsType<JArray>(value);
        Assert.Equal(2, innermost.Items.Length);
        Assert.Equal(tooDeep, TextOf(text, Assert.IsType<JUnknown>(innermost.Items[0])));
        Assert.Equal("1", Assert.IsType<JLiteral>(innermost.Items[1]).Text);

        // A too-deep value that does not end is still malformed.
        AssertMalformed(new string('[', depth) + "[[1, 2]");
    }

    [Fact]
    public void Text_longer_than_the_limit_is_not_read()
    {
        var atLimit = "1" + new string(' ', JsonTextParser.MaxLength - 1);
        Assert.Equal("1", Assert.IsType<JLiteral>(JsonTextParser.Parse(atLimit, new SpanSources(atLimit), CancellationToken.None)).Text);
        AssertMalformed(atLimit + " ");
    }

    [Fact]
    public void A_hole_inside_a_string_is_an_unknown_segment()
    {
        var text = "{\"url\": \"https://" + Hole + Hole + ".blob.core.windows.net/x\", \"all\": \"" + Hole + "\"}";
        var root = (JObject)Parse(text)!;
        Assert.True(root.IsComplete);
        var url = Assert.IsType<JString>(root.Get("url"));
        Assert.Equal(new[] { "https://", null, ".blob.core.windows.net/x" }, url.Value.Segments);
        Assert.Null(url.KnownText);
        Assert.Equal("\"https://" + Hole + Hole + ".blob.core.windows.net/x\"", TextOf(text, url));
        Assert.Equal(new string?[] { null }, ((JString)root.Get("all")!).Value.Segments);

        var escaped = Assert.IsType<JString>(Parse("\"a\\n" + Hole + "\\u00" + Hole + "z\""));
        Assert.Equal(new[] { "a\n", null, "z" }, escaped.Value.Segments);

        // A hole after a backslash stands for the whole escape.
        var escapeHole = Assert.IsType<JString>(Parse("\"a\\" + Hole + "b\""));
        Assert.Equal(new[] { "a", null, "b" }, escapeHole.Value.Segments);
    }

    [Fact]
    public void A_hole_where_a_value_is_expected_is_unknown()
    {
        var text = "{\"a\": " + Hole + ", \"b\": " + Hole + "abc, \"c\": [" + Hole + ", 1, 2" + Hole + "]}";
        var root = (JObject)Parse(text)!;
        Assert.True(root.IsComplete);
        Assert.Equal(Hole.ToString(), TextOf(text, Assert.IsType<JUnknown>(root.Get("a"))));
        Assert.Equal(Hole + "abc", TextOf(text, Assert.IsType<JUnknown>(root.Get("b"))));
        var c = (JArray)root.Get("c")!;
        Assert.True(c.IsComplete);
        Assert.IsType<JUnknown>(c.Items[0]);
        Assert.IsType<JLiteral>(c.Items[1]);
        Assert.Equal("2" + Hole, TextOf(text, Assert.IsType<JUnknown>(c.Items[2])));
        Assert.IsType<JUnknown>(Parse(Hole.ToString()));
        Assert.IsType<JUnknown>(Parse("tru" + Hole));
    }

    [Fact]
    public void A_hole_where_a_name_is_expected_makes_the_object_incomplete()
    {
        var inName = (JObject)Parse("{\"a" + Hole + "\": 1, \"b\": 2}")!;
        Assert.False(inName.IsComplete);
        Assert.Equal(new[] { "b" }, inName.Members.Select(m => m.Name));

        var member = (JObject)Parse("{" + Hole + ": 1, \"b\": 2}")!;
        Assert.False(member.IsComplete);
        Assert.Equal(new[] { "b" }, member.Members.Select(m => m.Name));
        Assert.NotNull(member.Member("b"));
        Assert.False(member.IsCertainlyAbsent("c"));

        // The member's value is still checked: a malformed one makes the text malformed.
        AssertMalformed("{" + Hole + ": tru, \"b\": 2}");

        // Only the object whose name is unknown is incomplete.
        var nested = (JObject)Parse("{\"a\": {" + Hole + ": 1}, \"b\": {\"c\": 2}}")!;
        Assert.True(nested.IsComplete);
        Assert.False(((JObject)nested.Get("a")!).IsComplete);
        Assert.True(((JObject)nested.Get("b")!).IsComplete);
        Assert.True(((JObject)nested.Get("b")!).IsCertainlyAbsent("d"));
    }

    [Theory]
    [InlineData("{\"a\": 1, #, \"b\": 2}")]
    [InlineData("{#}")]
    [InlineData("{\"a\": 1, #}")]
    [InlineData("[1 #]")]
    [InlineData("{\"a\": 1 #}")]
    [InlineData("{\"a\" #}")]
    [InlineData("\"a\" #")]
    public void A_hole_where_no_value_or_name_goes_is_malformed(string text)
    {
        // A hole standing for whole members ("spread") is not read: the object's syntax is unknown.
        AssertMalformed(text.Replace('#', Hole));
    }

    [Fact]
    public void Cancellation_is_observed()
    {
        var text = "[" + string.Join(",", Enumerable.Repeat("{\"a\": [1, 2, 3]}", 1000)) + "]";
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.Throws<OperationCanceledException>(() => JsonTextParser.Parse(text, new SpanSources(text), cancellation.Token));
    }

    [Fact]
    public void A_large_document_is_read_whole()
    {
        // Its cost is measured by the benchmark (docs/performance.md), not asserted here.
        var text = "[" + string.Join(",", Enumerable.Repeat("{\"name\": \"value\", \"n\": 12.5, \"list\": [true, null]}", 50_000)) + "]";
        var root = (JArray)Parse(text)!;
        Assert.Equal(50_000, root.Items.Length);
        var last = (JObject)root.Items[49_999];
        Assert.Equal(text.Length - 1, SpanSources.SpanOf(last.Source).End);
        Assert.True(root.IsComplete);
    }

    private static void AssertMalformed(string text)
    {
        var sources = new SpanSources(text);
        var result = JsonTextParser.Parse(text, sources, CancellationToken.None);
        Assert.True(result is null, text);
        Assert.Empty(sources.Problems);
    }

    /// <summary>
    /// Every node is where it says: containers span their brackets and hold their children in order, a member spans
    /// its name to its value, scalars span exactly their token.
    /// </summary>
    private static void AssertSpans(string text, JValue root)
    {
        var rootSpan = SpanSources.SpanOf(root.Source);
        Assert.True(rootSpan.Start >= 0 && rootSpan.End <= text.Length, text);
        foreach (var value in AllValues(root))
        {
            var span = SpanSources.SpanOf(value.Source);
            Assert.True(rootSpan.Contains(span) && span.Length > 0, text);
            switch (value)
            {
                case JObject obj:
                    Assert.True(text[span.Start] == '{' && text[span.End - 1] == '}', text);
                    var previousEnd = span.Start + 1;
                    foreach (var member in obj.Members)
                    {
                        var memberSpan = SpanSources.SpanOf(member.MemberSource);
                        var nameSpan = SpanSources.SpanOf(member.NameSource);
                        Assert.True(memberSpan.Start >= previousEnd && memberSpan.End < span.End, text);
                        Assert.Equal(memberSpan.Start, nameSpan.Start);
                        Assert.Equal(memberSpan.End, SpanSources.SpanOf(member.Value.Source).End);
                        Assert.True(text[nameSpan.Start] == '"' && text[nameSpan.End - 1] == '"' && nameSpan.Length >= 2, text);
                        Assert.True(SpanSources.RemovalOf(member).Contains(memberSpan), text);
                        previousEnd = memberSpan.End;
                    }

                    break;
                case JArray array:
                    Assert.True(text[span.Start] == '[' && text[span.End - 1] == ']', text);
                    var itemEnd = span.Start + 1;
                    foreach (var item in array.Items)
                    {
                        var itemSpan = SpanSources.SpanOf(item.Source);
                        Assert.True(itemSpan.Start >= itemEnd && itemSpan.End < span.End, text);
                        itemEnd = itemSpan.End;
                    }

                    break;
                case JLiteral literal:
                    Assert.Equal(literal.Text, text.Substring(span.Start, span.Length));
                    break;
                case JString:
                    Assert.True(span.Length >= 2 && text[span.Start] == '"' && text[span.End - 1] == '"', text);
                    break;
                case JUnknown:
                    // A word with a hole, or an object or array nested too deep.
                    Assert.True(text.IndexOf(Hole, span.Start, span.Length) >= 0 || text[span.Start] is '[' or '{', text);
                    break;
            }
        }
    }

    /// <summary>The tree without positions: objects list their known members (an incomplete one starts with '?').</summary>
    private static string Shape(JValue value) => value switch
    {
        JObject obj => "{" + (obj.IsComplete ? string.Empty : "?") + string.Join(",", obj.Members.Select(m => m.Name + "=" + Shape(m.Value))) + "}",
        JArray array => "[" + string.Join(",", array.Items.Select(Shape)) + "]",
        JString s => "\"" + string.Join("|", s.Value.Segments.Select(segment => segment ?? "?")) + "\"",
        JLiteral literal => literal.Text,
        _ => "?",
    };

    private static readonly (string Text, string Shape)[] Scalars =
    {
        ("1", "1"), ("-2.5e3", "-2.5e3"), ("0", "0"), ("true", "true"), ("false", "false"), ("null", "null"),
        ("\"s\"", "\"s\""), ("\"\"", "\"\""), ("\"a\\n\\u0041\"", "\"a\nA\""), ("\"h" + Hole + "o\"", "\"h|?|o\""),
        (Hole.ToString(), "?"), ("x" + Hole, "?"),
    };

    private static readonly (string Text, string? Name)[] Names =
    {
        ("\"a\"", "a"), ("\"b\"", "b"), ("\"\\u0063\"", "c"), ("\"\"", string.Empty), ("\"n" + Hole + "\"", null), (Hole.ToString(), null),
    };

    private static readonly string[] Trivia = { string.Empty, " ", "\n  ", "\t", "/* c */", "// x\n" };

    /// <summary>Writes a random well-formed document (comments, trailing commas, holes) and returns its <see cref="Shape"/>.</summary>
    private static string Generate(Random random, int depth, StringBuilder text)
    {
        void Space() => text.Append(Trivia[random.Next(Trivia.Length)]);
        var kind = random.Next(depth > 4 ? 1 : 3);
        if (kind == 0)
        {
            var (scalar, shape) = Scalars[random.Next(Scalars.Length)];
            text.Append(scalar);
            return shape;
        }

        var isObject = kind == 1;
        var count = random.Next(4);
        var shapes = new List<string>();
        var complete = true;
        text.Append(isObject ? '{' : '[');
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            Space();
            string? name = null;
            if (isObject)
            {
                (var nameText, name) = Names[random.Next(Names.Length)];
                complete &= name is not null;
                text.Append(nameText);
                Space();
                text.Append(':');
                Space();
            }

            var shape = Generate(random, depth + 1, text);
            if (!isObject || name is not null)
            {
                shapes.Add(isObject ? name + "=" + shape : shape);
            }

            Space();
        }

        if (count > 0 && random.Next(3) == 0)
        {
            text.Append(',');
            Space();
        }

        text.Append(isObject ? '}' : ']');
        return isObject
            ? "{" + (complete ? string.Empty : "?") + string.Join(",", shapes) + "}"
            : "[" + string.Join(",", shapes) + "]";
    }

    internal static IEnumerable<(JObject Object, JMember Member)> AllMembers(JValue root)
    {
        foreach (var obj in AllObjects(root))
        {
            foreach (var member in obj.Members)
            {
                yield return (obj, member);
            }
        }
    }

    internal static IEnumerable<JObject> AllObjects(JValue root) => AllValues(root).OfType<JObject>();

    internal static IEnumerable<JArray> AllArrays(JValue root) => AllValues(root).OfType<JArray>();

    private static int CountMembers(JValue root) => AllMembers(root).Count();

    /// <summary>Every value of the tree, walked with an explicit stack.</summary>
    internal static IEnumerable<JValue> AllValues(JValue root)
    {
        var stack = new Stack<JValue>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var value = stack.Pop();
            yield return value;
            switch (value)
            {
                case JObject obj:
                    for (var i = obj.Members.Length - 1; i >= 0; i--)
                    {
                        stack.Push(obj.Members[i].Value);
                    }

                    break;
                case JArray array:
                    for (var i = array.Items.Length - 1; i >= 0; i--)
                    {
                        stack.Push(array.Items[i]);
                    }

                    break;
            }
        }
    }
}
