using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Findings.Contract;
using ManagedIdentityAnalyzers.Reporting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.CodeFixes.Providers
{
    /// <summary>
    /// Finds a diagnostic's finding in the document a fix is given. A diagnostic in C# carries the reference form of
    /// its contract (the finding's key and place, see <see cref="FixContract.Reference"/>): the document is analysed
    /// again, as the analyzer does it but with full contracts, and the finding with the same rule and key is taken, the
    /// same one of as many as there were; when there are not as many (a batch tool applied other fixes first, the user
    /// typed), the finding is not found and nothing is fixed. A full contract is used as it is when its document stamp
    /// matches, and looked for in the same way otherwise. The analysis of a document is made once however many
    /// diagnostics ask.
    /// </summary>
    internal static class FindingResolver
    {
        private static readonly ConditionalWeakTable<SemanticModel, Analysis> Analyses = new ConditionalWeakTable<SemanticModel, Analysis>();

        private static readonly ConditionalWeakTable<SourceText, object> Stamps = new ConditionalWeakTable<SourceText, object>();

        public static async Task<FixContract?> ResolveAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (FixContractCodec.Decode(diagnostic) is not { } contract || (contract.Plans.IsEmpty && !contract.IsReference))
            {
                return null;
            }

            if (!contract.IsReference)
            {
                var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                if (Stamp(text, cancellationToken).Equals(contract.Document))
                {
                    return contract;
                }
            }

            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (model is null)
            {
                return null;
            }

            var fresh = Analyses.GetValue(model, _ => new Analysis()).Get(document, model, cancellationToken);
            var candidates = new List<FixContract>();
            foreach (var candidate in fresh)
            {
                if (candidate.RuleId == contract.RuleId && candidate.Key == contract.Key)
                {
                    candidates.Add(candidate);
                }
            }

            if (candidates.Count != contract.Count)
            {
                return null;
            }

            candidates.Sort((a, b) => a.Ordinal.CompareTo(b.Ordinal));
            return candidates[contract.Ordinal];
        }

        private static ImmutableArray<FixContract> Analyze(Document document, SemanticModel model, CancellationToken cancellationToken)
        {
            var contracts = ImmutableArray.CreateBuilder<FixContract>();
            foreach (var diagnostic in DocumentAnalysis.Run(model, document.Project.AnalyzerOptions, cancellationToken))
            {
                if (FixContractCodec.Decode(diagnostic) is { IsReference: false } contract)
                {
                    contracts.Add(contract);
                }
            }

            return contracts.ToImmutable();
        }

        private static TextStamp Stamp(SourceText text, CancellationToken cancellationToken)
        {
            if (Stamps.TryGetValue(text, out var stamp))
            {
                return (TextStamp)stamp;
            }

            var computed = TextStamp.Of(text, cancellationToken);
            Stamps.GetValue(text, _ => computed);
            return computed;
        }

        /// <summary>The findings of one semantic model, computed by the first caller (a cancelled run leaves nothing behind).</summary>
        private sealed class Analysis
        {
            private ImmutableArray<FixContract>? contracts;

            public ImmutableArray<FixContract> Get(Document document, SemanticModel model, CancellationToken cancellationToken)
            {
                lock (this)
                {
                    return contracts ??= Analyze(document, model, cancellationToken);
                }
            }
        }
    }
}
