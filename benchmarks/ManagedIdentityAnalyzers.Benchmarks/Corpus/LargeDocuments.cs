using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace ManagedIdentityAnalyzers.Benchmarks.Corpus
{
    /// <summary>One C# document the IDE analyzes on its own, and the rule IDs it must report.</summary>
    internal sealed record LargeDocument(string Name, string Path, string Text, ImmutableArray<string> ExpectedRuleIds);

    /// <summary>
    /// The documents of the IDE-latency scenario: one method that creates a Consumption workflow whose definition has
    /// <see cref="ActionCount"/> actions, written once as a raw string literal and once as an anonymous object passed
    /// to <c>BinaryData.FromObjectAsJson</c>. Every action is an HTTP call with managed-identity authentication; one of
    /// them holds the one mistake (a missing audience in the raw string, a designer label as authentication type in
    /// the anonymous object), so the analysis must read the whole definition to report exactly one diagnostic.
    /// </summary>
    internal static class LargeDocuments
    {
        public const int ActionCount = 300;

        private const int FaultyAction = ActionCount / 2;

        public static ImmutableArray<LargeDocument> All { get; } = ImmutableArray.Create(RawString(), AnonymousObject());

        private static LargeDocument RawString()
        {
            // Every line of the raw string literal starts with the indentation of its closing quotes (16 spaces).
            const string Indent = "                ";
            var literal = new StringBuilder();
            literal.Append(Indent).Append("{\n")
                .Append(Indent).Append("  \"triggers\": { \"manual\": { \"type\": \"Request\", \"kind\": \"Http\" } },\n")
                .Append(Indent).Append("  \"actions\": {\n");
            for (var i = 0; i < ActionCount; i++)
            {
                var audience = i == FaultyAction ? string.Empty : ", \"audience\": \"https://vault.azure.net\"";
                literal.Append(Indent).Append(CultureInfo.InvariantCulture, $"    \"Get_secret_{i:D3}\": {{\n")
                    .Append(Indent).Append("      \"type\": \"Http\",\n")
                    .Append(Indent).Append("      \"runAfter\": {},\n")
                    .Append(Indent).Append("      \"inputs\": {\n")
                    .Append(Indent).Append("        \"method\": \"GET\",\n")
                    .Append(Indent).Append(CultureInfo.InvariantCulture, $"        \"uri\": \"https://contoso-{i % 7}.vault.azure.net/secrets/key-{i:D3}?api-version=7.4\",\n")
                    .Append(Indent).Append(CultureInfo.InvariantCulture, $"        \"authentication\": {{ \"type\": \"ManagedServiceIdentity\"{audience} }}\n")
                    .Append(Indent).Append("      }\n")
                    .Append(Indent).Append(i + 1 < ActionCount ? "    },\n" : "    }\n");
            }

            literal.Append(Indent).Append("  }\n").Append(Indent).Append("}\n");
            var method = """"
                    public static async Task CreateSecretFanOutAsync(ResourceGroupResource resourceGroup, AzureLocation location)
                    {
                        var data = new LogicWorkflowData(location)
                        {
                            Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned),
                            Definition = BinaryData.FromString("""

                """";
            method += literal + Indent + "\"\"\"),\n" + """
                        };
                        await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "secret-fan-out", data);
                    }
                """;
            return new LargeDocument("300 actions, raw string", "Large/SecretFanOutRaw.cs", Wrap("SecretFanOutRaw", method), ImmutableArray.Create("LAMI104"));
        }

        private static LargeDocument AnonymousObject()
        {
            var actions = new StringBuilder();
            for (var i = 0; i < ActionCount; i++)
            {
                var authentication = i == FaultyAction
                    ? "new { type = \"Managed Identity\", audience = \"https://vault.azure.net\" }"
                    : "new { type = \"ManagedServiceIdentity\", audience = \"https://vault.azure.net\" }";
                actions.Append(CultureInfo.InvariantCulture, $$"""
                                    Get_secret_{{i:D3}} = new
                                    {
                                        type = "Http",
                                        inputs = new
                                        {
                                            method = "GET",
                                            uri = "https://contoso-{{i % 7}}.vault.azure.net/secrets/key-{{i:D3}}?api-version=7.4",
                                            authentication = {{authentication}},
                                        },
                                    },

                    """);
            }

            var method = $$"""
                    public static async Task CreateSecretFanOutAsync(ResourceGroupResource resourceGroup, AzureLocation location)
                    {
                        var data = new LogicWorkflowData(location)
                        {
                            Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned),
                            Definition = BinaryData.FromObjectAsJson(new
                            {
                                actions = new
                                {
                    {{actions}}                },
                            }),
                        };
                        await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "secret-fan-out", data);
                    }
                """;
            return new LargeDocument("300 actions, anonymous object", "Large/SecretFanOutAnonymous.cs", Wrap("SecretFanOutAnonymous", method), ImmutableArray.Create("LAMI100"));
        }

        private static string Wrap(string className, string method)
        {
            var text = new StringBuilder();
            foreach (var name in SdkCode.Usings)
            {
                text.Append("using ").Append(name).Append(";\n");
            }

            text.Append("\nnamespace Contoso.Infrastructure.Large;\n\n")
                .Append("/// <summary>Generated for the analyzer benchmark (IDE latency).</summary>\n")
                .Append("public static class ").Append(className).Append("\n{\n")
                .Append(method).Append("\n}\n");
            return text.ToString();
        }
    }
}
