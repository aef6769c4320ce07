using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ManagedIdentityAnalyzers.Entry
{
    /// <summary>Reads <see cref="RuleOptions"/> from the analyzer config options, once per syntax tree or additional file of a compilation.</summary>
    internal sealed class RuleOptionsReader
    {
        private static readonly char[] ListSeparators = { ',', ';', ' ', '\t' };

        private readonly AnalyzerConfigOptionsProvider provider;
        private readonly ConcurrentDictionary<SyntaxTree, RuleOptions> byTree = new ConcurrentDictionary<SyntaxTree, RuleOptions>();
        private readonly ConcurrentDictionary<AdditionalText, RuleOptions> byFile = new ConcurrentDictionary<AdditionalText, RuleOptions>();

        public RuleOptionsReader(AnalyzerConfigOptionsProvider provider)
        {
            this.provider = provider;
        }

        public RuleOptions For(SyntaxTree tree) => byTree.GetOrAdd(tree, t => Read(provider.GetOptions(t)));

        public RuleOptions For(AdditionalText file) => byFile.GetOrAdd(file, f => Read(provider.GetOptions(f)));

        public static RuleOptions Read(AnalyzerConfigOptions options)
        {
            var defaults = RuleOptions.Default;
            var version = options.TryGetValue(RuleOptions.StorageApiVersionKey, out var configured) && IsApiVersion(configured.Trim())
                ? configured.Trim()
                : defaults.StorageApiVersion;
            return new RuleOptions(
                version,
                Names(options, RuleOptions.SingleAuthConnectorsKey) ?? defaults.SingleAuthConnectors,
                Names(options, RuleOptions.MultiAuthConnectorsKey) ?? defaults.MultiAuthConnectors,
                Plan(options) ?? defaults.Plan);
        }

        /// <summary>
        /// A list of managed-API names separated by commas (or semicolons, blanks), which replaces the default; an empty
        /// value is an empty list. Null when the key is absent or a name is not a plausible API name.
        /// </summary>
        private static ImmutableArray<string>? Names(AnalyzerConfigOptions options, string key)
        {
            if (!options.TryGetValue(key, out var value))
            {
                return null;
            }

            var names = ImmutableArray.CreateBuilder<string>();
            foreach (var part in value.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries))
            {
                if (!IsApiName(part))
                {
                    return null;
                }

                names.Add(part.ToLowerInvariant());
            }

            return names.ToImmutable();
        }

        private static LogicAppPlan? Plan(AnalyzerConfigOptions options)
        {
            if (!options.TryGetValue(RuleOptions.PlanKey, out var value))
            {
                return null;
            }

            return value.Trim().ToLowerInvariant() switch
            {
                "consumption" => LogicAppPlan.Consumption,
                "standard" => LogicAppPlan.Standard,
                _ => null,
            };
        }

        /// <summary>Managed-API names are letters, digits, hyphens and underscores (<c>azureblob</c>, <c>sql</c>).</summary>
        private static bool IsApiName(string name)
        {
            foreach (var c in name)
            {
                if (!(char.IsLetterOrDigit(c) || c == '-' || c == '_'))
                {
                    return false;
                }
            }

            return name.Length > 0;
        }

        /// <summary>A Storage REST API version looks like a date, yyyy-MM-dd.</summary>
        private static bool IsApiVersion(string value)
        {
            if (value.Length != 10 || value[4] != '-' || value[7] != '-')
            {
                return false;
            }

            for (var i = 0; i < value.Length; i++)
            {
                if (i != 4 && i != 7 && (value[i] < '0' || value[i] > '9'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
