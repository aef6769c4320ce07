using System;
using System.Collections.Generic;

namespace ManagedIdentityAnalyzers.Benchmarks.Corpus
{
    /// <summary>
    /// Ordinary C# of an infrastructure code base that does not touch the Azure SDK: naming conventions, LINQ over
    /// resource specs, settings parsing, retries, pattern matching. Every method is a template with a few drawn
    /// values; <c>id</c> makes member names unique within a class.
    /// </summary>
    internal static class PlainCode
    {
        /// <summary>The types the plain methods share: one file of the corpus.</summary>
        public const string SharedFile = """
            using System.Collections.Generic;

            namespace Contoso.Infrastructure;

            public enum Tier
            {
                Free,
                Basic,
                Standard,
                Premium,
            }

            /// <summary>What the deployment code knows about one resource before it is created.</summary>
            public sealed record ResourceSpec(
                string Name,
                string Region,
                string Environment,
                int Capacity,
                bool Enabled,
                IReadOnlyDictionary<string, string> Tags);
            """;

        public static readonly string[] Usings =
        {
            "System", "System.Collections.Generic", "System.Globalization", "System.Linq", "System.Text", "System.Threading",
            "System.Threading.Tasks",
        };

        private static readonly Func<Random, int, string>[] Templates =
        {
            CountByRegion, ResourceName, SkuFor, Retry, MergeTags, ParseSettings, PlanInstances, Describe, Validate,
            RenderInventory, ParametersJson, Rollout,
        };

        public static string Method(Random random, int id) => Templates[random.Next(Templates.Length)](random, id);

        private static string CountByRegion(Random random, int id) => $$"""
                public static IReadOnlyDictionary<string, int> CountByRegion{{id}}(IEnumerable<ResourceSpec> specs)
                {
                    return specs
                        .Where(s => s.Enabled && s.Capacity > {{random.Next(0, 4)}})
                        .GroupBy(s => s.Region, StringComparer.OrdinalIgnoreCase)
                        .OrderBy(g => g.Key, StringComparer.Ordinal)
                        .ToDictionary(g => g.Key, g => g.Sum(s => s.Capacity), StringComparer.OrdinalIgnoreCase);
                }
            """;

        private static string ResourceName(Random random, int id)
        {
            var max = random.Next(24, 64);
            return $$"""
                    public static string ResourceName{{id}}(string workload, string environment, string region)
                    {
                        var builder = new StringBuilder();
                        foreach (var c in $"{workload}-{environment}-{region}-{{Vocabulary.Pick(random, Vocabulary.Teams)}}")
                        {
                            if (char.IsLetterOrDigit(c) || c == '-')
                            {
                                builder.Append(char.ToLowerInvariant(c));
                            }
                        }

                        var name = builder.ToString().Trim('-');
                        return name.Length > {{max}} ? name.Substring(0, {{max}}) : name;
                    }
                """;
        }

        private static string SkuFor(Random random, int id) => $$"""
                public static string SkuFor{{id}}(Tier tier, int capacity) => tier switch
                {
                    Tier.Free => "F1",
                    Tier.Basic when capacity < {{random.Next(2, 6)}} => "B1",
                    Tier.Basic => "B2",
                    Tier.Standard => capacity > {{random.Next(6, 20)}} ? "S3" : "S1",
                    _ => "P{{random.Next(1, 4)}}v3",
                };
            """;

        private static string Retry(Random random, int id) => $$"""
                public static async Task<T> RetryAsync{{id}}<T>(Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken)
                {
                    var delay = TimeSpan.FromMilliseconds({{random.Next(100, 800)}});
                    for (var attempt = 1; ; attempt++)
                    {
                        try
                        {
                            return await action(cancellationToken).ConfigureAwait(false);
                        }
                        catch (InvalidOperationException) when (attempt < {{random.Next(3, 8)}})
                        {
                            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, {{random.Next(5, 60) * 1000}}));
                        }
                    }
                }
            """;

        private static string MergeTags(Random random, int id) => $$"""
                public static Dictionary<string, string> MergeTags{{id}}(IReadOnlyDictionary<string, string> defaults, IReadOnlyDictionary<string, string>? overrides)
                {
                    var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                    foreach (var pair in defaults)
                    {
                        result[pair.Key] = pair.Value;
                    }

                    if (overrides is not null)
                    {
                        foreach (var (key, value) in overrides)
                        {
                            if (string.IsNullOrWhiteSpace(value))
                            {
                                result.Remove(key);
                                continue;
                            }

                            result[key] = value.Trim();
                        }
                    }

                    result["owner"] = "{{Vocabulary.Pick(random, Vocabulary.Teams)}}";
                    result["cost-center"] = "{{random.Next(1000, 9999)}}";
                    return result;
                }
            """;

        private static string ParseSettings(Random random, int id) => $$"""
                public static IReadOnlyDictionary<string, string> ParseSettings{{id}}(string connectionString)
                {
                    var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                    foreach (var part in connectionString.Split('{{(random.Next(2) == 0 ? ';' : ',')}}', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        var separator = part.IndexOf('=');
                        if (separator <= 0)
                        {
                            throw new FormatException($"Setting '{part}' has no value.");
                        }

                        settings[part[..separator]] = part[(separator + 1)..];
                    }

                    return settings;
                }
            """;

        private static string PlanInstances(Random random, int id)
        {
            var min = random.Next(1, 3);
            return $$"""
                    public static int PlanInstances{{id}}(IReadOnlyList<double> hourlyLoad, double perInstance)
                    {
                        if (hourlyLoad.Count == 0 || perInstance <= 0)
                        {
                            return {{min}};
                        }

                        var peak = hourlyLoad.Max();
                        var average = hourlyLoad.Average();
                        var wanted = (int)Math.Ceiling(Math.Max(peak * 0.{{random.Next(6, 9)}}, average * 1.5) / perInstance);
                        return Math.Clamp(wanted, {{min}}, {{random.Next(10, 40)}});
                    }
                """;
        }

        private static string Describe(Random random, int id) => $$"""
                public static string Describe{{id}}(object? value) => value switch
                {
                    null => "none",
                    ResourceSpec { Enabled: false } spec => $"{spec.Name} (disabled)",
                    ResourceSpec { Capacity: > {{random.Next(4, 16)}} } spec => $"{spec.Name} x{spec.Capacity}",
                    ResourceSpec spec => spec.Name,
                    IEnumerable<ResourceSpec> many => string.Join(", ", many.Select(s => s.Name)),
                    IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                    _ => value.ToString() ?? string.Empty,
                };
            """;

        private static string Validate(Random random, int id)
        {
            var max = random.Next(24, 80);
            var regions = new List<string>();
            foreach (var region in Vocabulary.Regions)
            {
                if (random.Next(3) != 0)
                {
                    regions.Add("\"" + region + "\"");
                }
            }

            return $$"""
                    private static readonly HashSet<string> KnownRegions{{id}} = new(StringComparer.OrdinalIgnoreCase) { {{string.Join(", ", regions)}} };

                    public static IReadOnlyList<string> Validate{{id}}(ResourceSpec spec)
                    {
                        var errors = new List<string>();
                        if (string.IsNullOrEmpty(spec.Name))
                        {
                            errors.Add("name is required");
                        }
                        else if (spec.Name.Length > {{max}})
                        {
                            errors.Add($"name '{spec.Name}' is longer than {{max}} characters");
                        }

                        if (!KnownRegions{{id}}.Contains(spec.Region))
                        {
                            errors.Add($"region '{spec.Region}' is not allowed");
                        }

                        if (spec.Capacity is < 1 or > {{random.Next(20, 200)}})
                        {
                            errors.Add("capacity out of range");
                        }

                        foreach (var tag in spec.Tags.Keys.Where(k => k.Contains(' ', StringComparison.Ordinal)))
                        {
                            errors.Add($"tag '{tag}' contains a space");
                        }

                        return errors;
                    }
                """;
        }

        private static string RenderInventory(Random random, int id) => $$"""
                public static string RenderInventory{{id}}(IEnumerable<ResourceSpec> specs)
                {
                    var lines = new List<string>();
                    foreach (var group in specs.GroupBy(s => s.Environment).OrderBy(g => g.Key, StringComparer.Ordinal))
                    {
                        lines.Add($"[{group.Key}]");
                        lines.AddRange(group.OrderByDescending(s => s.Capacity).ThenBy(s => s.Name, StringComparer.Ordinal).Select(Format));
                    }

                    return string.Join(Environment.NewLine, lines);

                    static string Format(ResourceSpec spec) =>
                        string.Create(CultureInfo.InvariantCulture, $"  {spec.Name,-{{random.Next(20, 40)}}} {spec.Region,-14} {spec.Capacity,4}");
                }
            """;

        /// <summary>JSON as plain text (an ARM parameters file), never handed to BinaryData: not the analyzer's business.</summary>
        private static string ParametersJson(Random random, int id)
        {
            var sku = "S" + random.Next(1, 4).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return "    public static string ParametersJson" + id + "(string name, string region) =>\n"
                + "        $$\"\"\"\n"
                + "        {\n"
                + "          \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#\",\n"
                + "          \"contentVersion\": \"1.0.0.0\",\n"
                + "          \"parameters\": {\n"
                + "            \"name\": { \"value\": \"{{name}}\" },\n"
                + "            \"location\": { \"value\": \"{{region}}\" },\n"
                + "            \"sku\": { \"value\": \"" + sku + "\" }\n"
                + "          }\n"
                + "        }\n"
                + "        \"\"\";\n";
        }

        private static string Rollout(Random random, int id) => $$"""
                public static async Task<IReadOnlyList<string>> RolloutAsync{{id}}(IReadOnlyList<ResourceSpec> specs, Func<ResourceSpec, CancellationToken, Task<bool>> deploy, CancellationToken cancellationToken)
                {
                    var failed = new List<string>();
                    var batchSize = {{random.Next(2, 8)}};
                    for (var start = 0; start < specs.Count; start += batchSize)
                    {
                        var batch = specs.Skip(start).Take(batchSize).Where(s => s.Enabled).ToArray();
                        var results = await Task.WhenAll(batch.Select(s => deploy(s, cancellationToken))).ConfigureAwait(false);
                        for (var i = 0; i < batch.Length; i++)
                        {
                            if (!results[i])
                            {
                                failed.Add(batch[i].Name);
                            }
                        }

                        if (failed.Count > {{random.Next(1, 5)}})
                        {
                            break;
                        }
                    }

                    return failed;
                }
            """;
    }
}
