using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ManagedIdentityAnalyzers.Tests.Files;

namespace ManagedIdentityAnalyzers.Tests.Robustness;

/// <summary>
/// Makes mutants of the JSON files of <see cref="FileMutationCorpus"/>: the file truncated (anywhere, or at a token
/// boundary), a token deleted or duplicated, garbage or an unbalanced quote inserted, characters deleted, a lone
/// surrogate in a string, and the variants a well-formed file may take (CRLF line ends, comments, a BOM, unchanged),
/// alone or before another mutation; plus the fixed hostile files of <see cref="Specials"/>. Each is analysed with the
/// other files of its template or project. File mutants have indexes from <see cref="FirstIndex"/> (hostile files:
/// from -1000 down), so that <c>MIA_MUTATION_ONLY</c> tells them from the C# mutants.
/// </summary>
internal static class FileMutants
{
    public const int FirstIndex = 1_000_000;

    /// <summary>The file mutant with <paramref name="index"/> (from <see cref="FirstIndex"/>) for <paramref name="seed"/>.</summary>
    public static Mutant Random(int seed, int index)
    {
        var random = new Random(unchecked((seed * 7919) + index));
        var pick = random.Next(10);
        var source = pick < 4 || FileMutationCorpus.Tests.Count == 0 ? FileMutationCorpus.Sample
            : pick < 8 || FileMutationCorpus.Definitions.Count == 0 ? FileMutationCorpus.Tests
            : FileMutationCorpus.Definitions;
        var fileCase = source[random.Next(source.Count)];
        var (kind, text) = Mutate(fileCase.TargetText, random);
        return Mutant.OfFile(index, kind, fileCase, text);
    }

    /// <summary>The hostile files every run analyses (indexes from -1000 down).</summary>
    public static IEnumerable<Mutant> Specials()
    {
        const string Uri = "\"uri\": \"https://contoso.vault.azure.net/secrets/x\"";
        const string Authentication = "\"authentication\": { \"type\": \"ManagedServiceIdentity\" }";
        string Definition(string body) => "{ \"actions\": { \"A\": { \"type\": \"Http\", \"inputs\": { \"body\": " + body + ", " + Uri + ", " + Authentication + " } } } }";
        string Template(string body, string identityType = "System Assigned") => JsonFileTest.Template(
            JsonFileTest.Workflow("\"identity\": { \"type\": \"" + identityType + "\" }", Definition(body)));

        var nested = new StringBuilder();
        for (var i = 0; i < 5_000; i++)
        {
            nested.Append("{\"a\": [");
        }

        nested.Append('1');
        for (var i = 0; i < 5_000; i++)
        {
            nested.Append("]}");
        }

        var unclosed = new string('{', 5_000) + new string('[', 5_000);
        var big = "\"" + new string('x', 5 * 1024 * 1024) + "\"";
        var surrogates = "\"\uDC00\uD800 \uDFFF\"";
        var index = -1000;
        FileCase Alone(string path, string text) => new("special", new[] { (path, text) }, 0);
        Mutant Special(string kind, string path, string text) => Mutant.OfFile(index--, kind, Alone(path, text), text);

        yield return Special("10,000 levels of JSON nesting in a template", "/0/azuredeploy.json", Template(nested.ToString()));
        yield return Special("10,000 levels of JSON nesting in a workflow.json", "/0/App/Flow/workflow.json", FileMutationCorpus.StandardWorkflow(Definition(nested.ToString())));
        yield return Special("10,000 levels of JSON nesting in connections.json", "/0/App/connections.json", "{ \"managedApiConnections\": { \"kv\": " + nested + " } }");
        yield return Special("10,000 unclosed levels in a template", "/0/azuredeploy.json", Template(unclosed));
        yield return Special("10,000 unclosed levels in connections.json", "/0/App/connections.json", "{ \"managedApiConnections\": " + unclosed);
        yield return Special("10,000 unclosed levels in a bare definition", "/0/definitions/orders.json", "{ \"$schema\": \"" + JsonFileTest.DefinitionSchema + "\", \"actions\": " + unclosed);
        yield return Special("a 5 MB string value in a template with a finding to fix", "/0/azuredeploy.json", Template(big));
        yield return Special("a 5 MB string value in a workflow.json", "/0/App/Flow/workflow.json", FileMutationCorpus.StandardWorkflow(Definition(big)));
        yield return Special("a 5 MB key in connections.json", "/0/App/connections.json", "{ \"managedApiConnections\": { " + big + ": { \"authentication\": { \"type\": \"Raw\" } } } }");
        yield return Special("lone surrogates in a template", "/0/azuredeploy.json", Template(surrogates, "System\uD800 Assigned").Replace("\"wf\"", "\"w\uDFFFf\""));
        yield return Special("lone surrogates in a workflow.json", "/0/App/Flow/workflow.json", FileMutationCorpus.StandardWorkflow(
            "{ \"actions\": { \"A\uD800\": { \"type\": \"Http\", \"inputs\": { \"body\": " + surrogates + ", \"uri\": \"https://contoso.vault.azure.net/\uDFFF\", \"authentication\": { \"type\": \"Managed\uD801 Identity\", \"audience\": \"https://vault.azure.net/\uD800\" } } } } }"));
        yield return Special("lone surrogates in connections.json", "/0/App/connections.json",
            "{ \"managedApiConnections\": { \"kv\uD800\": { \"api\": { \"id\": \"/subscriptions/0/providers/Microsoft.Web/locations/w/managedApis/keyvault\uDC00\" }, \"authentication\": { \"type\": \"Raw\", \"scheme\": \"Key\\uD800\" }, \"connectionProperties\": { \"authentication\": { \"type\": \"ManagedServiceIdentity\", \"audience\": \"https://vault.azure.net/\uDBFF\" } } } } }");
        foreach (var path in new[] { "/0/azuredeploy.json", "/0/App/connections.json", "/0/App/Flow/workflow.json", "/0/definitions/orders.json" })
        {
            yield return Special("a file holding only a BOM", path, "\uFEFF");
            yield return Special("an empty file", path, string.Empty);
        }

        yield return Special("a template holding only an open brace", "/0/azuredeploy.json", "{");
        yield return Special("a template of 100,000 unclosed comments and strings", "/0/azuredeploy.json", "{ \"resources\": [" + string.Concat(Enumerable.Repeat("/* \"", 50_000)));
    }

    private static (string Kind, string Text) Mutate(string text, Random random)
    {
        // A variant of the well-formed file first (in a third of the mutants), then one mutation (or none).
        var variant = string.Empty;
        if (random.Next(3) == 0)
        {
            switch (random.Next(3))
            {
                case 0:
                    text = text.Replace("\r\n", "\n").Replace("\n", "\r\n");
                    variant = "crlf, ";
                    break;
                case 1:
                    text = WithComments(text, random);
                    variant = "comments, ";
                    break;
                default:
                    text = "\uFEFF" + text;
                    variant = "bom, ";
                    break;
            }
        }

        var (kind, mutated) = MutateOnce(text, random);
        return (variant + kind, mutated);
    }

    private static (string Kind, string Text) MutateOnce(string text, Random random)
    {
        var tokens = Tokens(text);
        if (text.Length == 0 || tokens.Count == 0)
        {
            return ("unchanged", text);
        }

        var at = random.Next(text.Length);
        var token = tokens[random.Next(tokens.Count)];
        switch (random.Next(11))
        {
            case 0:
                return ("truncated", text.Substring(0, at));
            case 1:
                return ("truncated after a token", text.Substring(0, token.End));
            case 2:
                return ("with a token deleted", text.Remove(token.Start, token.Length));
            case 3:
                return ("with a token duplicated", text.Insert(token.End, " " + text.Substring(token.Start, token.Length)));
            case 4:
                var garbage = string.Concat(Enumerable.Range(0, 1 + random.Next(4)).Select(_ => Mutants.Garbage[random.Next(Mutants.Garbage.Length)]));
                return ("with garbage", text.Insert(random.Next(2) == 0 ? at : token.Start, garbage));
            case 5:
                return ("with an unbalanced quote", text.Insert(random.Next(2) == 0 ? at : token.Start, "\""));
            case 6:
                return ("with a deletion", text.Remove(at, Math.Min(text.Length - at, 1 + random.Next(12))));
            case 7:
                var strings = tokens.Where(t => text[t.Start] == '"' && t.Length >= 2).ToList();
                if (strings.Count == 0)
                {
                    return ("unchanged", text);
                }

                var inString = strings[random.Next(strings.Count)];
                var surrogate = random.Next(2) == 0 ? "\uD800" : "\uDC00";
                return ("with a lone surrogate in a string", text.Insert(inString.Start + 1 + random.Next(inString.Length - 1), surrogate));
            default:
                // Unchanged: the well-formed file (or its variant), whose fixes are applied.
                return ("unchanged", text);
        }
    }

    /// <summary>The text with a few comments between tokens (line comments before a line break, block comments anywhere).</summary>
    internal static string WithComments(string text, Random random)
    {
        var tokens = Tokens(text);
        if (tokens.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text);
        foreach (var token in Enumerable.Range(0, 1 + random.Next(4)).Select(_ => tokens[random.Next(tokens.Count)]).OrderByDescending(t => t.End).Distinct())
        {
            builder.Insert(token.End, random.Next(2) == 0 ? " /* note: \"x\" */ " : " // note\n");
        }

        return builder.ToString();
    }

    /// <summary>The JSON tokens of a text (strings, punctuation, other runs), roughly: malformed text gets tokens too.</summary>
    internal static List<(int Start, int Length, int End)> Tokens(string text)
    {
        var tokens = new List<(int, int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var start = i;
            if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                i++;
                continue;
            }

            if (c == '"')
            {
                i++;
                while (i < text.Length && text[i] != '"' && text[i] != '\n')
                {
                    i += text[i] == '\\' ? 2 : 1;
                }

                i = Math.Min(text.Length, i + 1);
            }
            else if (c is '{' or '}' or '[' or ']' or ':' or ',')
            {
                i++;
            }
            else
            {
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('{' or '}' or '[' or ']' or ':' or ',' or '"'))
                {
                    i++;
                }
            }

            tokens.Add((start, i - start, i));
        }

        return tokens;
    }
}
