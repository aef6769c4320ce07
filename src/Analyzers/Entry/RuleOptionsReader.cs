using System;
using System.Collections.Concurrent;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ManagedIdentityAnalyzers.Entry
{
    /// <summary>Reads <see cref="RuleOptions"/> from the analyzer config options, once per syntax tree or additional file of a compilation.</summary>
    internal sealed class RuleOptionsReader
    {
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
            var version = options.TryGetValue(RuleOptions.StorageApiVersionKey, out var configured) && IsApiVersion(configured.Trim())
                ? configured.Trim()
                : RuleOptions.Default.StorageApiVersion;
            var plan = LogicAppPlan.Unknown;
            if (options.TryGetValue(RuleOptions.PlanKey, out var planText))
            {
                plan = planText.Trim() switch
                {
                    var text when text.Equals("consumption", StringComparison.OrdinalIgnoreCase) => LogicAppPlan.Consumption,
                    var text when text.Equals("standard", StringComparison.OrdinalIgnoreCase) => LogicAppPlan.Standard,
                    _ => LogicAppPlan.Unknown,
                };
            }

            return new RuleOptions(version, plan);
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
