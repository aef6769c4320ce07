using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ManagedIdentityAnalyzers.Benchmarks.Corpus
{
    /// <summary>One JSON additional file of the project and the rule IDs that must be reported in it.</summary>
    internal sealed record JsonCorpusFile(string Path, string Text, bool IsTemplate, ImmutableArray<string> ExpectedRuleIds);

    /// <summary>
    /// The JSON files of the JSON-file scenario, deterministically from a seed: 200 files that are not logic-app files
    /// (a multi-megabyte package-lock.json, package.json, appsettings, tsconfig, localization tables, test fixtures
    /// with and without a foreign <c>$schema</c>), and 20 ARM templates that each deploy a Consumption workflow with
    /// one Key Vault call that lacks its audience (one LAMI104 per template).
    /// </summary>
    internal static class JsonFileCorpus
    {
        public const int OtherFileCount = 200;
        public const int TemplateCount = 20;

        /// <summary>Packages in the lock file; about 2.5 MB of text.</summary>
        private const int LockedPackages = 6000;

        public static ImmutableArray<JsonCorpusFile> Others(int seed)
        {
            var random = new Random(seed + 3);
            var files = ImmutableArray.CreateBuilder<JsonCorpusFile>(OtherFileCount);
            files.Add(new JsonCorpusFile("web/package-lock.json", PackageLock(random), false, ImmutableArray<string>.Empty));
            files.Add(new JsonCorpusFile("web/package.json", PackageJson(), false, ImmutableArray<string>.Empty));
            files.Add(new JsonCorpusFile("web/tsconfig.json", "{\n  \"$schema\": \"https://json.schemastore.org/tsconfig\",\n  \"compilerOptions\": { \"strict\": true, \"target\": \"ES2022\" }\n}\n", false, ImmutableArray<string>.Empty));
            for (var i = files.Count; i < OtherFileCount; i++)
            {
                var (path, text) = (i % 4) switch
                {
                    0 => ($"config/appsettings.{i:D3}.json", AppSettings(random, i)),
                    1 => ($"web/locales/strings.{i:D3}.json", Strings(random, i)),
                    2 => ($"tests/fixtures/orders-{i:D3}.json", Fixture(random, i)),
                    _ => ($"schemas/event-{i:D3}.json", SchemaDocument(i)),
                };
                files.Add(new JsonCorpusFile(path, text, false, ImmutableArray<string>.Empty));
            }

            return files.MoveToImmutable();
        }

        public static ImmutableArray<JsonCorpusFile> Templates(int seed)
        {
            var random = new Random(seed + 4);
            return Enumerable.Range(0, TemplateCount)
                .Select(i => new JsonCorpusFile($"deploy/app-{i:D2}.template.json", Template(random, i), true, ImmutableArray.Create("LAMI104")))
                .ToImmutableArray();
        }

        private static string PackageLock(Random random)
        {
            var text = new StringBuilder();
            text.Append("{\n  \"name\": \"contoso-portal\",\n  \"version\": \"1.0.0\",\n  \"lockfileVersion\": 3,\n  \"requires\": true,\n  \"packages\": {\n");
            text.Append("    \"\": { \"name\": \"contoso-portal\", \"version\": \"1.0.0\" },\n");
            for (var i = 0; i < LockedPackages; i++)
            {
                var name = $"pkg-{Vocabulary.Pick(random, Vocabulary.Workloads)}-{i}";
                text.Append(CultureInfo.InvariantCulture, $$"""
                        "node_modules/{{name}}": {
                          "version": "{{random.Next(0, 20)}}.{{random.Next(0, 40)}}.{{random.Next(0, 100)}}",
                          "resolved": "https://registry.npmjs.org/{{name}}/-/{{name}}-1.0.0.tgz",
                          "integrity": "sha512-{{Convert.ToBase64String(Bytes(random, 48))}}",
                          "dev": {{(i % 3 == 0 ? "true" : "false")}},
                          "license": "MIT",
                          "dependencies": { "tslib": "^2.6.0" }
                        }{{(i + 1 < LockedPackages ? "," : string.Empty)}}

                    """);
            }

            text.Append("  }\n}\n");
            return text.ToString();
        }

        private static byte[] Bytes(Random random, int count)
        {
            var bytes = new byte[count];
            random.NextBytes(bytes);
            return bytes;
        }

        private static string PackageJson() => """
            {
              "name": "contoso-portal",
              "version": "1.0.0",
              "private": true,
              "scripts": { "build": "tsc -p .", "test": "vitest" },
              "dependencies": { "react": "^18.3.1", "tslib": "^2.6.0" }
            }
            """;

        private static string AppSettings(Random random, int i) => $$"""
            {
              "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },
              "ConnectionStrings": { "Orders": "Server=tcp:contoso-{{i}}.database.windows.net;Authentication=Active Directory Default" },
              "Retry": { "Count": {{random.Next(1, 9)}}, "DelaySeconds": {{random.Next(1, 60)}} },
              "Identity": { "Type": "SystemAssigned" },
              "AllowedHosts": "*"
            }
            """;

        private static string Strings(Random random, int i)
        {
            var text = new StringBuilder("{\n");
            for (var n = 0; n < 40; n++)
            {
                text.Append(CultureInfo.InvariantCulture, $"  \"{Vocabulary.Pick(random, Vocabulary.Nouns)}.{n}\": \"Text {i}-{n} of the portal\",\n");
            }

            return text.Append("  \"end\": \"\"\n}\n").ToString();
        }

        private static string Fixture(Random random, int i) => $$"""
            [
              { "id": {{i}}, "customer": "{{Vocabulary.Pick(random, Vocabulary.Teams)}}", "lines": [ { "sku": "A-{{random.Next(100, 999)}}", "qty": 2 } ] },
              { "id": {{i + 1}}, "customer": "{{Vocabulary.Pick(random, Vocabulary.Teams)}}", "lines": [] }
            ]
            """;

        private static string SchemaDocument(int i) => $$"""
            {
              "$schema": "http://json-schema.org/draft-07/schema#",
              "title": "Event {{i}}",
              "type": "object",
              "properties": { "definition": { "type": "object" }, "actions": { "type": "object" } }
            }
            """;

        private static string Template(Random random, int i)
        {
            var actions = new StringBuilder();
            for (var n = 0; n < 10; n++)
            {
                var audience = n == 5 ? string.Empty : ", \"audience\": \"https://vault.azure.net\"";
                actions.Append(CultureInfo.InvariantCulture, $$"""
                                "Get_secret_{{n}}": {
                                  "type": "Http",
                                  "inputs": {
                                    "method": "GET",
                                    "uri": "https://{{Vocabulary.Pick(random, Vocabulary.Vaults)}}.vault.azure.net/secrets/key-{{n}}?api-version=7.4",
                                    "authentication": { "type": "ManagedServiceIdentity"{{audience}} }
                                  }
                                }{{(n < 9 ? "," : string.Empty)}}

                    """);
            }

            return $$"""
                {
                  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                  "contentVersion": "1.0.0.0",
                  "parameters": { "location": { "type": "string", "defaultValue": "[resourceGroup().location]" } },
                  "resources": [
                    {
                      "type": "Microsoft.Logic/workflows",
                      "apiVersion": "2019-05-01",
                      "name": "secret-reader-{{i}}",
                      "location": "[parameters('location')]",
                      "identity": { "type": "SystemAssigned" },
                      "properties": {
                        "definition": {
                          "triggers": { "manual": { "type": "Request", "kind": "Http" } },
                          "actions": {
                {{actions}}
                          }
                        }
                      }
                    }
                  ]
                }
                """;
        }
    }
}
