using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ManagedIdentityAnalyzers.Tests.Rules.Definitions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ManagedIdentityAnalyzers.Tests.Robustness;

/// <summary>
/// One C# document the mutation test analyses (where it came from, how it was mutated, its text), or one JSON file
/// (<see cref="Project"/>: the files it is analysed with, the mutated one in place; <see cref="Text"/> is that file's).
/// </summary>
internal sealed record Mutant(int Index, string Kind, string Origin, string Text, FileCase? Project = null)
{
    /// <summary>A mutant of a JSON file: <paramref name="fileCase"/> with its target's text replaced by <paramref name="text"/>.</summary>
    public static Mutant OfFile(int index, string kind, FileCase fileCase, string text)
    {
        var files = fileCase.Files.ToList();
        files[fileCase.Target] = (fileCase.TargetPath, text);
        return new Mutant(index, "file " + kind, fileCase.Origin + " as " + fileCase.TargetPath, text, fileCase with { Files = files });
    }

    public override string ToString() => $"#{Index} {Kind} of {Origin} ({Text.Length:N0} chars)";
}

/// <summary>
/// Makes mutants of the <see cref="MutationCorpus"/>: C# truncated at a token boundary, a token deleted or duplicated;
/// JSON (alone, rendered into a literal, or inside a literal of the C#) truncated, with garbage, an unbalanced quote,
/// a deletion or a duplication; and the fixed hostile documents of <see cref="Specials"/>. A mutant is a function of
/// the seed and its index only, so a failure replays.
/// </summary>
internal static class Mutants
{
    private const string Ops = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ops";

    private static readonly Rendering[] TextRenderings = { Rendering.RawString, Rendering.VerbatimString, Rendering.EscapedString, Rendering.InterpolatedString };

    private static readonly string?[] Identities =
    {
        null,
        DefinitionCase.NoIdentity,
        "new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned)",
        "new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned) { UserAssignedIdentities = { [new ResourceIdentifier(\"" + Ops + "\")] = new UserAssignedIdentity() } }",
    };

    internal static readonly string[] Garbage =
    {
        "{", "}", "[", "]", "\"", ":", ",", "\\", "\\u", "\\uD800", "@", "@{", "{|", "|}", "'", "$", "\u0000", "\t", "\n", "\r\n", "\uD800", "\uDC00", "\uFFFF",
        "\u2028", "null", "true", "1e999", "-", "\"authentication\": ", "\"type\": \"ManagedServiceIdentity\"", "{}", "[]", "\"\"\"", "/*", "//",
    };

    /// <summary>The mutant with <paramref name="index"/> for <paramref name="seed"/>.</summary>
    public static Mutant Random(int seed, int index)
    {
        var random = new Random(unchecked((seed * 7919) + index));
        if (random.Next(5) < 2 && MutationCorpus.Json.Count > 0)
        {
            var (origin, json) = MutationCorpus.Json[random.Next(MutationCorpus.Json.Count)];
            var (kind, mutated) = MutateJson(json, random);
            var rendering = TextRenderings[random.Next(TextRenderings.Length)];
            var identity = Identities[random.Next(Identities.Length)];
            var connections = random.Next(5) == 0;
            var text = DefinitionCase.Source(JsonRenderings.Render(mutated, rendering), identity, connections);
            return new Mutant(index, $"json {kind}, {rendering}{(connections ? ", connections" : string.Empty)}", origin, text);
        }

        var (codeOrigin, code) = MutationCorpus.CSharp[random.Next(MutationCorpus.CSharp.Count)];
        var (codeKind, mutatedCode) = MutateCSharp(code, random);
        return new Mutant(index, "c# " + codeKind, codeOrigin, mutatedCode);
    }

    /// <summary>The hostile documents every run analyses (negative indexes).</summary>
    public static IEnumerable<Mutant> Specials()
    {
        const string Uri = "\"uri\": \"https://contoso.vault.azure.net/secrets/x\"";
        const string Authentication = "\"authentication\": { \"type\": \"ManagedServiceIdentity\" }";
        const string SystemIdentity = "new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned)";
        string Definition(string body) => "{ \"actions\": { \"A\": { \"type\": \"Http\", \"inputs\": { \"body\": " + body + ", " + Uri + ", " + Authentication + " } } } }";

        var nested = new StringBuilder();
        for (var i = 0; i < 5_000; i++)
        {
            nested.Append("{\"a\": [");
        }

        nested.Append("1");
        for (var i = 0; i < 5_000; i++)
        {
            nested.Append("]}");
        }

        var index = -1;
        yield return new Mutant(index--, "10,000 levels of JSON nesting (raw literal)", "special", DefinitionCase.Source(JsonRenderings.Render(Definition(nested.ToString()), Rendering.RawString), SystemIdentity));
        yield return new Mutant(index--, "10,000 levels of JSON nesting (regular literal)", "special", DefinitionCase.Source(JsonRenderings.Render(Definition(nested.ToString()), Rendering.EscapedString), SystemIdentity));
        yield return new Mutant(index--, "10,000 unclosed JSON levels", "special", DefinitionCase.Source(JsonRenderings.Render(new string('{', 5_000) + new string('[', 5_000), Rendering.EscapedString), SystemIdentity));
        yield return new Mutant(index--, "2,000 levels of anonymous objects", "special", DefinitionCase.Source(
            "BinaryData.FromObjectAsJson(new { actions = new { A = new { type = \"Http\", inputs = new { body = " + Nest(2_000, "new { a = ", " }", "\"leaf\"")
            + ", uri = \"https://contoso.vault.azure.net/secrets/x\", authentication = new { type = \"ManagedServiceIdentity\" } } } } })", SystemIdentity));
        yield return new Mutant(index--, "2,000 levels of JsonObject initializers", "special", DefinitionCase.Source(
            "BinaryData.FromString(new JsonObject { [\"actions\"] = new JsonObject { [\"A\"] = new JsonObject { [\"type\"] = \"Http\", [\"inputs\"] = new JsonObject { [\"body\"] = "
            + Nest(2_000, "new JsonObject { [\"a\"] = ", " }", "\"leaf\"")
            + ", [\"uri\"] = \"https://contoso.vault.azure.net/secrets/x\", [\"authentication\"] = new JsonObject { [\"type\"] = \"ManagedServiceIdentity\" } } } } }.ToJsonString())", SystemIdentity));
        yield return new Mutant(index--, "2,000 levels of dictionary initializers", "special", DefinitionCase.Source(
            "BinaryData.FromObjectAsJson(" + Nest(2_000, "new Dictionary<string, object> { [\"a\"] = ", " }", "\"leaf\"") + ")", SystemIdentity));
        yield return new Mutant(index--, "a 900 KB literal with a finding to fix", "special", DefinitionCase.Source(JsonRenderings.Render(Definition("\"" + new string('x', 900_000) + "\""), Rendering.VerbatimString), SystemIdentity));
        yield return new Mutant(index--, "a 5 MB literal", "special", DefinitionCase.Source(JsonRenderings.Render(Definition("\"" + new string('x', 5 * 1024 * 1024) + "\""), Rendering.EscapedString), SystemIdentity));
        yield return new Mutant(index--, "lone surrogates in JSON literals", "special", DefinitionCase.Source(JsonRenderings.Render(
            "{ \"actions\": { \"A\uD800\": { \"type\": \"Http\", \"inputs\": { \"body\": \"\uDC00\uD800\", \"uri\": \"https://contoso.vault.azure.net/\uDFFF\", \"authentication\": { \"type\": \"Managed\uD801 Identity\", \"audience\": \"https://vault.azure.net/\uD800\" } } } } }",
            Rendering.RawString), SystemIdentity));
        yield return new Mutant(index--, "lone surrogates in C# code", "special", "class C\uD800 { void M() { var x = \"\uDC00\"; } } \uDBFF");
        yield return new Mutant(index--, "a file holding only a BOM", "special", "\uFEFF");
        yield return new Mutant(index--, "an empty file", "special", string.Empty);
    }

    private static string Nest(int levels, string open, string close, string leaf)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < levels; i++)
        {
            builder.Append(open);
        }

        builder.Append(leaf);
        for (var i = 0; i < levels; i++)
        {
            builder.Append(close);
        }

        return builder.ToString();
    }

    private static (string Kind, string Text) MutateJson(string json, Random random)
    {
        if (json.Length == 0)
        {
            return ("unchanged", json);
        }

        var at = random.Next(json.Length);
        switch (random.Next(6))
        {
            case 0:
                return ("truncated", json.Substring(0, at));
            case 1:
                var garbage = string.Concat(Enumerable.Range(0, 1 + random.Next(4)).Select(_ => Garbage[random.Next(Garbage.Length)]));
                return ("with garbage", json.Insert(at, garbage));
            case 2:
                return ("with an unbalanced quote", json.Insert(at, "\""));
            case 3:
                return ("with a deletion", json.Remove(at, Math.Min(json.Length - at, 1 + random.Next(12))));
            case 4:
                var length = Math.Min(json.Length - at, 1 + random.Next(40));
                return ("with a duplication", json.Insert(at, json.Substring(at, length)));
            default:
                return ("unchanged", json);
        }
    }

    private static (string Kind, string Text) MutateCSharp(string code, Random random)
    {
        var root = CSharpSyntaxTree.ParseText(code).GetRoot();
        var tokens = root.DescendantTokens().Where(t => t.Span.Length > 0).ToList();
        if (tokens.Count == 0)
        {
            return ("unchanged", code);
        }

        var literals = tokens.Where(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || t.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
            .Where(t => t.ValueText.Contains('{') || t.ValueText.Contains("Assigned"))
            .ToList();
        var token = tokens[random.Next(tokens.Count)];
        switch (random.Next(literals.Count > 0 ? 5 : 3))
        {
            case 0:
                return ("truncated after a token", code.Substring(0, token.Span.End));
            case 1:
                return ("with a token deleted", code.Remove(token.Span.Start, token.Span.Length));
            case 2:
                return ("with a token duplicated", code.Insert(token.Span.End, " " + token.Text));
            default:
                var literal = literals[random.Next(literals.Count)];
                var (kind, value) = MutateJson(literal.ValueText, random);
                var replacement = SyntaxFactory.Literal(value).Text;
                return ("literal " + kind, code.Remove(literal.Span.Start, literal.Span.Length).Insert(literal.Span.Start, replacement));
        }
    }
}
