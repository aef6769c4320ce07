using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using ManagedIdentityAnalyzers.CodeFixes.Providers;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Findings.Contract;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Tests.Fixes;

/// <summary>The analyzer-fixer contract: what travels in <c>Diagnostic.Properties</c> comes back as it was sent, or not at all.</summary>
public class FixContractTests
{
    private static FixContract Sample()
    {
        var text = SourceText.From(new string('x', 200));
        var literal = new LiteralForm(LiteralFormKind.InterpolatedRaw, 2, 4, true);
        var targets = ImmutableArray.Create(
            new FixTarget(FixEditor.JsonInLiteral, new TextSpan(10, 20), new TextSpan(11, 5), literal, new TextSpan(9, 30), new MemberInsertion(28, literal, ",", "\t  ")).Stamped(text),
            new FixTarget(FixEditor.CSharpSyntax, new TextSpan(100, 7)).Stamped(text),
            FixTarget.None);
        var plans = ImmutableArray.Create(
            new FixPlan("LAMI131.UseManagedIdentity", "Use | it, 100%", ImmutableArray.Create(
                Edit.Replace(0, ValueKind.String, "a|b,c\nd%e-"),
                Edit.Remove(1),
                Edit.AddMember(0, "-name|", ValueKind.Json, "{ \"x\": \"y\" }"))),
            new FixPlan("LAMI131.Other", "Second", ImmutableArray.Create(Edit.Remove(0))));
        return new FixContract("LAMI131", "Ns.C.M(string)|def/actions/A~1B/inputs#name|x|y", 1, 3, TextStamp.Of(text), targets, plans);
    }

    [Fact]
    public void A_contract_reads_back_as_it_was_written()
    {
        var sent = Sample();
        var received = FixContractCodec.Decode("LAMI131", FixContractCodec.Encode(sent))!;
        Assert.Equal(sent.Key, received.Key);
        Assert.Equal((1, 3), (received.Ordinal, received.Count));
        Assert.Equal(sent.Document, received.Document);
        Assert.Equal(sent.Targets.Length, received.Targets.Length);
        for (var i = 0; i < sent.Targets.Length; i++)
        {
            var (a, b) = (sent.Targets[i], received.Targets[i]);
            Assert.Equal((a.Editor, a.Span, a.Token, a.TokenLiteral, a.Removal, a.SpanText, a.TokenText, a.RemovalText), (b.Editor, b.Span, b.Token, b.TokenLiteral, b.Removal, b.SpanText, b.TokenText, b.RemovalText));
            Assert.Equal(a.Insertion?.Position, b.Insertion?.Position);
            Assert.Equal(a.Insertion?.Literal, b.Insertion?.Literal);
            Assert.Equal(a.Insertion?.Separator, b.Insertion?.Separator);
            Assert.Equal(a.Insertion?.Indent, b.Insertion?.Indent);
        }

        Assert.Equal(sent.Plans.Select(Describe), received.Plans.Select(Describe));
    }

    [Fact]
    public void A_reference_reads_back_as_the_finding_it_names_without_fixes()
    {
        var properties = FixContractCodec.EncodeReference("Ns.C.M()|def/actions/A#name", 1, 3);
        var received = FixContractCodec.Decode("LAMI104", properties)!;

        Assert.Equal(3, properties.Count);
        Assert.True(received.IsReference);
        Assert.Equal(("LAMI104", "Ns.C.M()|def/actions/A#name", 1, 3), (received.RuleId, received.Key, received.Ordinal, received.Count));
        Assert.Empty(received.Plans);
        Assert.False(FixContractCodec.Decode("LAMI131", FixContractCodec.Encode(Sample()))!.IsReference);
    }

    /// <summary>A full contract that lost its document stamp is not taken for a reference.</summary>
    [Fact]
    public void A_full_contract_without_its_document_stamp_is_not_read() =>
        Assert.Null(FixContractCodec.Decode("LAMI131", FixContractCodec.Encode(Sample()).Remove("mia.document")));

    [Theory]
    [InlineData("mia.contract", "2")]
    [InlineData("mia.ordinal", "3/3")]
    [InlineData("mia.ordinal", "x")]
    [InlineData("mia.document", "12")]
    [InlineData("mia.target.0", "cs.syntax|1:2")]
    [InlineData("mia.target.1", "json.literal|1:2|-|5|-|-|-|-|-|-|-|-")]
    public void A_malformed_contract_is_not_read(string key, string value)
    {
        var properties = FixContractCodec.Encode(Sample()).SetItem(key, value);
        Assert.Null(FixContractCodec.Decode("LAMI131", properties));
    }

    [Fact]
    public void Diagnostics_without_a_contract_carry_none() =>
        Assert.Null(FixContractCodec.Decode("LAMI131", ImmutableDictionary<string, string?>.Empty.Add("fix.count", "1")));

    [Fact]
    public void An_edit_that_names_a_node_the_contract_lacks_drops_its_plan()
    {
        var properties = FixContractCodec.Encode(Sample()).SetItem("mia.fix.1.edits", "Remove|7|None|-|-");
        Assert.Equal(new[] { "LAMI131.UseManagedIdentity" }, FixContractCodec.Decode("LAMI131", properties)!.Plans.Select(p => p.EquivalenceKey));
    }

    [Fact]
    public void The_equivalence_key_selects_a_plan_of_its_rule_else_the_first()
    {
        var contract = Sample();
        Assert.Equal("LAMI131.Other", contract.PlanFor("LAMI131.Other")?.EquivalenceKey);
        Assert.Null(contract.PlanFor("LAMI131.NotOffered"));
        Assert.Equal("LAMI131.UseManagedIdentity", contract.PlanFor(null)?.EquivalenceKey);
        Assert.Equal("LAMI131.UseManagedIdentity", contract.PlanFor(FixKeys.KeepUserAssignedIdentity)?.EquivalenceKey);
        Assert.Equal("LAMI131.UseManagedIdentity", contract.PlanFor("LAMI1310.Something")?.EquivalenceKey);
    }

    [Fact]
    public void A_key_of_the_rule_that_a_finding_lacks_selects_its_only_plan()
    {
        var sample = Sample();
        var single = new FixContract(sample.RuleId, sample.Key, 0, 1, sample.Document, sample.Targets, ImmutableArray.Create(sample.Plans[1]));
        Assert.Equal("LAMI131.Other", single.PlanFor("LAMI131.NotOffered")?.EquivalenceKey);
        Assert.Equal("LAMI131.Other", single.PlanFor(FixKeys.KeepUserAssignedIdentity)?.EquivalenceKey);
    }

    [Fact]
    public void A_json_file_target_reads_back_with_its_insertion_point()
    {
        var text = SourceText.From("{\n  \"identity\": {\n    \"type\": \"None\"\n  }\n}\n");
        var target = new FixTarget(FixEditor.JsonFile, new TextSpan(14, 24), removal: new TextSpan(4, 34), insertion: new MemberInsertion(36, default, ",", "    ")).Stamped(text);
        var plan = new FixPlan("LAMI131.UseManagedIdentity", "Fix", ImmutableArray.Create(Edit.AddMember(0, "x", ValueKind.String, "y")));
        var sent = new FixContract("LAMI131", "<none>|", 0, 1, TextStamp.Of(text), ImmutableArray.Create(target), ImmutableArray.Create(plan));
        var received = FixContractCodec.Decode("LAMI131", FixContractCodec.Encode(sent))!.Targets[0];
        Assert.Equal(FixEditor.JsonFile, received.Editor);
        Assert.Equal((target.Span, target.Removal), (received.Span, received.Removal));
        Assert.Equal((36, ",", "    "), (received.Insertion!.Position, received.Insertion.Separator, received.Insertion.Indent));
        Assert.True(received.SpanMatches(text));
    }

    [Fact]
    public void Every_equivalence_key_names_a_rule_the_fixer_fixes()
    {
        var fixable = new PlanCodeFixProvider().FixableDiagnosticIds;
        var keys = typeof(FixKeys).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetValue(null)!).ToList();
        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            Assert.True(fixable.Any(id => FixKeys.BelongsTo(key, id)), key);
        }
    }

    [Fact]
    public void Stamps_tell_texts_apart()
    {
        var text = SourceText.From("abc \"System Assigned\" def");
        var span = new TextSpan(4, 17);
        var stamp = TextStamp.Of(text, span)!.Value;
        Assert.True(stamp.Matches(text, span));
        Assert.False(stamp.Matches(SourceText.From("abc \"System assigned\" def"), span));
        Assert.False(stamp.Matches(text, new TextSpan(5, 17)));
        Assert.Null(TextStamp.Of(text, new TextSpan(20, 100)));
        Assert.True(TextStamp.TryParse(stamp.ToString(), out var parsed) && parsed.Equals(stamp));
        Assert.Equal(TextStamp.Of("\"System Assigned\""), stamp);

        // Chunked hashing of a long text gives the hash of the whole.
        var longText = new string('a', 10_000) + "b";
        Assert.Equal(TextStamp.Of(longText), TextStamp.Of(SourceText.From(longText)));
    }

    private static string Describe(FixPlan plan) =>
        plan.EquivalenceKey + "|" + plan.Title + "|" + string.Join(";", plan.Edits.Select(e => $"{e.Kind},{e.Target},{e.ValueKind},{e.Name ?? "<null>"},{e.Value ?? "<null>"}"));
}
