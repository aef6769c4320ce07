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

    internal static JValue? Parse(string text) => Parse(text, out _);

    internal static JValue? Parse(string text, out SpanSources sources)
    {
        sources = new SpanSources(text);
        var result = JsonTextParser.Parse(text, sources, CancellationToken.None);
        Assert.Empty(sources.Problems);
        return result;
    }

    private static string TextOf(string text, JValue value) => SpanSources.TextOf(text, value.Source);

    [Theory]
    [InlineData("123", "123")]
    [InlineData("-0.5e+10", "-0.5e+10")]
    [InlineData("0", "0")]
    [InlineData("  true ", "true")]
    [InlineData("false", "false")]
    [InlineData("null", "null")]
    public void Literals_keep_their_raw_text(string text, string expected)
    {
        var literal = Assert.IsType<JLiteral>(Parse(text));
        Assert.Equal(expected, literal.Text);
        Assert.Equal(expected, TextOf(text, literal));
        Assert.Equal(expected == "null", literal.IsNull);
    }

    [Theory]
    [InlineData("01")]
    [InlineData("+1")]
    [InlineData(".5")]
    [InlineData("1.")]
    [InlineData("1e")]
    [InlineData("tru")]
    [InlineData("True")]
    [InlineData("NaN")]
    [InlineData("\"bad \\q escape\"")]
    [InlineData("\"bad \\u12G4 escape\"")]
    [InlineData("\"unterminated")]
    public void Malformed_values_are_unknown(string text)
    {
        var unknown = Assert.IsType<JUnknown>(Parse(text));
        Assert.Equal(text, TextOf(text, unknown));
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
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("// only a comment")]
    [InlineData("/* only a comment */")]
    [InlineData("]")]
    [InlineData(", 1")]
    [InlineData(":")]
    public void Text_without_a_value_is_null(string text)
    {
        Assert.Null(Parse(text));
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
        var values = root.Get("properties") is JObject properties ? properties.Get("values")! : null!;
        Assert.Equal("[1, -2.5e3, true, false, null, \"s\\\"\\\\\\u0041\"]", TextOf(Sample, values));
        Assert.Equal("-2.5e3", TextOf(Sample, ((JArray)values).Items[1]));
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
    public void Removing_any_member_leaves_valid_json()
    {
        var checkedMembers = 0;
        foreach (var (obj, member) in AllMembers(Parse(Sample)!))
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
            Assert.Equal(CountMembers(Parse(Sample)!) - 1 - CountMembers(member.Value), CountMembers(reparsed));
            checkedMembers++;
        }

        Assert.Equal(15, checkedMembers);
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
            }
            """;
        var root = Assert.IsType<JObject>(Parse(text));
        Assert.True(root.IsComplete);
        Assert.Equal(new[] { "kind", "list", "nested" }, root.Members.Select(m => m.Name));
        var list = Assert.IsType<JArray>(root.Get("list"));
        Assert.True(list.IsComplete);
        Assert.Equal(new[] { "1", "2", "3" }, list.Items.Select(i => ((JLiteral)i).Text));
        Assert.True(((JObject)root.Get("nested")!).IsComplete);
        Assert.Equal("\"kind\": \"Stateful\"", SpanSources.TextOf(text, root.Member("kind")!.MemberSource));
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
    [InlineData("{\"a\": 1, \"b\": }", new[] { "a" })]
    [InlineData("{\"a\": 1 \"b\": 2}", new[] { "a", "b" })]
    [InlineData("{\"a\": 1, b: 2, \"c\": 3}", new[] { "a", "c" })]
    [InlineData("{\"a\" 1, \"c\": 3}", new[] { "c" })]
    [InlineData("{\"a\": 1, \"b\"}", new[] { "a" })]
    [InlineData("{\"a\": 1,, \"c\": 3}", new[] { "a", "c" })]
    [InlineData("{\"a\": 1, [2], \"c\": 3}", new[] { "a", "c" })]
    [InlineData("{\"a\": [1, 2}", new[] { "a" })]
    [InlineData("{\"a\": 1", new[] { "a" })]
    [InlineData("{\"a\": {\"b\": 1", new[] { "a" })]
    [InlineData("{\"a\": 1, \"b", new[] { "a" })]
    [InlineData("{\"a\": 1, /* unterminated", new[] { "a" })]
    public void Malformed_objects_are_incomplete_and_keep_what_was_read(string text, string[] names)
    {
        var root = Assert.IsType<JObject>(Parse(text));
        Assert.Equal(names, root.Members.Select(m => m.Name));
        Assert.False(root.IsComplete && AllObjects(root).All(o => o.IsComplete) && AllArrays(root).All(a => a.IsComplete));
    }

    [Fact]
    public void Bad_values_become_unknown_and_the_object_stays_complete()
    {
        var text = "{\"a\": undefined, \"b\": \"x\\qy\", \"c\": 1}";
        var root = (JObject)Parse(text)!;
        Assert.True(root.IsComplete);
        Assert.Equal("undefined", TextOf(text, Assert.IsType<JUnknown>(root.Get("a"))));
        Assert.Equal("\"x\\qy\"", TextOf(text, Assert.IsType<JUnknown>(root.Get("b"))));
        Assert.Equal("1", ((JLiteral)root.Get("c")!).Text);
    }

    [Fact]
    public void A_stray_closer_closes_the_enclosing_container_that_expects_it()
    {
        var text = "[{\"a\": [1, 2}, 3]";
        var root = (JArray)Parse(text)!;
        Assert.True(root.IsComplete);
        Assert.Equal(2, root.Items.Length);
        var obj = (JObject)root.Items[0];
        Assert.True(obj.IsComplete);
        var inner = (JArray)obj.Get("a")!;
        Assert.False(inner.IsComplete);
        Assert.Equal("[1, 2", TextOf(text, inner));
        Assert.Equal("{\"a\": [1, 2}", TextOf(text, obj));

        var ignored = (JArray)Parse("[1, }, 2]")!;
        Assert.False(ignored.IsComplete);
        Assert.Equal(new[] { "1", "2" }, ignored.Items.Select(i => ((JLiteral)i).Text));
    }

    [Fact]
    public void Every_prefix_of_a_document_reads_without_throwing()
    {
        for (var length = 0; length < Sample.Length; length++)
        {
            var prefix = Sample.Substring(0, length);
            var result = Parse(prefix);
            if (result is JObject root)
            {
                // Cut before the last '}': something is missing.
                Assert.False(root.IsComplete && AllObjects(root).All(o => o.IsComplete) && AllArrays(root).All(a => a.IsComplete), prefix);
                Assert.True(SpanSources.SpanOf(root.Source).End <= length);
            }
        }
    }

    [Fact]
    public void Random_text_never_throws()
    {
        var random = new Random(20240611);
        const string alphabet = "{}[],:\"\\/*\n tfnrue0123456789.-+eEabu\uFFFF\u00a0";
        var builder = new StringBuilder();
        for (var iteration = 0; iteration < 4000; iteration++)
        {
            builder.Clear();
            var length = random.Next(0, 80);
            var anyChar = iteration % 4 == 0;
            for (var i = 0; i < length; i++)
            {
                builder.Append(anyChar ? (char)random.Next(0, 0x10000) : alphabet[random.Next(alphabet.Length)]);
            }

            var text = builder.ToString();
            var sources = new SpanSources(text);
            var result = JsonTextParser.Parse(text, sources, CancellationToken.None);
            Assert.True(sources.Problems.Count == 0, text + ": " + string.Join("; ", sources.Problems));
            if (result is not null)
            {
                // Walk it: every node is well-formed.
                Assert.True(AllObjects(result).Count() >= 0);
            }
        }

        // A mutated real document, too.
        for (var iteration = 0; iteration < 2000; iteration++)
        {
            var chars = Sample.ToCharArray();
            for (var edits = random.Next(1, 6); edits > 0; edits--)
            {
                chars[random.Next(chars.Length)] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var sources = new SpanSources(text);
            _ = JsonTextParser.Parse(text, sources, CancellationToken.None);
            Assert.Empty(sources.Problems);
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
            levels++;
            value = array.Items.IsEmpty ? null! : array.Items[0];
        }

        Assert.Equal(depth, levels);

        // Unclosed: still a result.
        var unclosed = Assert.IsType<JArray>(Parse(new string('[', depth)));
        Assert.False(unclosed.IsComplete);
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
        var value = Parse(builder.ToString())!;
        var levels = 0;
        while (value is JObject obj)
        {
            Assert.True(obj.IsComplete);
            levels++;
            value = obj.Get("a")!;
        }

        Assert.Equal(depth, levels);
        Assert.Equal("1", Assert.IsType<JLiteral>(value).Text);
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
        Assert.Equal("https://", url.Value.Segments[0]);
        Assert.Equal(new string?[] { null }, ((JString)root.Get("all")!).Value.Segments);

        var escaped = Assert.IsType<JString>(Parse("\"a\\n" + Hole + "\\u00" + Hole + "z\""));
        Assert.Equal(new[] { "a\n", null, "z" }, escaped.Value.Segments);
    }

    [Fact]
    public void A_hole_where_a_value_is_expected_is_unknown()
    {
        var text = "{\"a\": " + Hole + ", \"b\": " + Hole + "abc, \"c\": [" + Hole + ", 1]}";
        var root = (JObject)Parse(text)!;
        Assert.True(root.IsComplete);
        Assert.Equal(Hole.ToString(), TextOf(text, Assert.IsType<JUnknown>(root.Get("a"))));
        Assert.Equal(Hole + "abc", TextOf(text, Assert.IsType<JUnknown>(root.Get("b"))));
        var c = (JArray)root.Get("c")!;
        Assert.IsType<JUnknown>(c.Items[0]);
        Assert.IsType<JLiteral>(c.Items[1]);
        Assert.IsType<JUnknown>(Parse(Hole.ToString()));
    }

    [Fact]
    public void A_hole_where_a_name_is_expected_makes_the_object_incomplete()
    {
        var inName = (JObject)Parse("{\"a" + Hole + "\": 1, \"b\": 2}")!;
        Assert.False(inName.IsComplete);
        Assert.Equal(new[] { "b" }, inName.Members.Select(m => m.Name));

        var spread = (JObject)Parse("{\"a\": 1, " + Hole + ", \"b\": 2}")!;
        Assert.False(spread.IsComplete);
        Assert.Equal(new[] { "a", "b" }, spread.Members.Select(m => m.Name));

        var member = (JObject)Parse("{" + Hole + ": 1, \"b\": 2}")!;
        Assert.False(member.IsComplete);
        Assert.Equal(new[] { "b" }, member.Members.Select(m => m.Name));
        Assert.True(member.Member("b") is not null && !member.IsCertainlyAbsent("c"));
    }

    [Fact]
    public void Cancellation_is_observed()
    {
        var text = "[" + string.Join(",", Enumerable.Repeat("{\"a\": [1, 2, 3]}", 1000)) + "]";
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.Throws<OperationCanceledException>(() => JsonTextParser.Parse(text, new SpanSources(text), cancellation.Token));
    }

    /// <summary>
    /// A large document is read whole. (How long reading takes is not asserted here, the machine's load decides that;
    /// the mutation test prints the analyzer's time per document against a generous bound.)
    /// </summary>
    [Fact]
    public void A_large_document_is_read_completely()
    {
        var text = "[" + string.Join(",", Enumerable.Repeat("{\"name\": \"value\", \"n\": 12.5, \"list\": [true, null]}", 50_000)) + "]";
        var root = (JArray)Parse(text)!;
        Assert.Equal(50_000, root.Items.Length);
        Assert.True(root.IsComplete);
        Assert.All(root.Items, item => Assert.Equal(new[] { "name", "n", "list" }, ((JObject)item).Members.Select(m => m.Name)));
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
