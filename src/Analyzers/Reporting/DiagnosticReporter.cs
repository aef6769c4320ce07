using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Findings.Contract;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Readers;
using ManagedIdentityAnalyzers.Readers.Files;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Reporting
{
    /// <summary>
    /// Turns findings into diagnostics: the node's location, the message, and, for a finding with a fix, the fix
    /// contract in the properties (<see cref="FixContract"/>). A finding without a fix carries no properties. A
    /// diagnostic in C# carries the contract's reference form: the finding's key and its place among the findings
    /// with that key, which is all the fixer cannot recompute (it analyses the document again to fix it; see
    /// <c>FindingResolver</c>). The full form (the stamps of the document and of every span the fixes edit, the nodes
    /// and the plans) is computed only for that analysis, and for JSON files, which the fixer does not analyse again:
    /// a build reports many findings and fixes few of them.
    /// </summary>
    internal static class DiagnosticReporter
    {
        private static readonly Dictionary<string, DiagnosticDescriptor> DescriptorsById = BuildIndex();

        /// <summary>
        /// Reports each finding once, even when several resource states or several methods lead to the same finding.
        /// Only findings located in <paramref name="tree"/> are reported: text written in another document (a helper's,
        /// a constant's) is reported by that document's analysis. The contracts are in their reference form unless
        /// <paramref name="fullContracts"/> (the fixer's analysis).
        /// </summary>
        public static void Report(
            LogicAppModel model,
            IEnumerable<Finding> findings,
            Action<Diagnostic> report,
            SyntaxTree tree,
            CancellationToken cancellationToken,
            bool fullContracts = false) =>
            Report(model, findings, report, location => location.SourceTree == tree, () => tree.GetText(cancellationToken), fullContracts, cancellationToken);

        /// <summary>
        /// Reports each finding located in the JSON file <paramref name="file"/> (an additional file) once. Findings of a
        /// scope read from several files (a Standard project and the template that gives its identity) are reported by
        /// the analysis of the file they are in. A fix edits the file it is reported in only: a plan that would edit
        /// another file (the template's identity, from a finding in connections.json) is not sent (its nodes there have
        /// no <see cref="FixTarget"/> in this document).
        /// </summary>
        public static void ReportInFile(
            LogicAppModel model,
            IEnumerable<Finding> findings,
            Action<Diagnostic> report,
            JsonFileText file,
            CancellationToken cancellationToken) =>
            Report(model, findings, report, location => IsIn(location, file.Path), () => file.SourceText, fullContracts: true, cancellationToken);

        /// <summary>Whether <paramref name="location"/> lies in the JSON file at <paramref name="path"/>.</summary>
        public static bool IsIn(Location location, string path) =>
            location.Kind == LocationKind.ExternalFile
            && string.Equals(location.GetLineSpan().Path, path, StringComparison.Ordinal);

        /// <summary>
        /// Reports the findings located in one document (<paramref name="inDocument"/>), each once, with the fix contract
        /// stamped against the document's text.
        /// </summary>
        private static void Report(
            LogicAppModel model,
            IEnumerable<Finding> findings,
            Action<Diagnostic> report,
            Func<Location, bool> inDocument,
            Func<SourceText> documentText,
            bool fullContracts,
            CancellationToken cancellationToken)
        {
            var located = new List<(Finding Finding, DiagnosticDescriptor Descriptor, Location Location)>();
            var seen = new HashSet<(string, Location)>();
            foreach (var finding in findings)
            {
                if (DescriptorsById.TryGetValue(finding.RuleId, out var descriptor)
                    && finding.Node is IReportableSource main
                    && main.Location is { } location
                    && inDocument(location)
                    && seen.Add((finding.RuleId, location)))
                {
                    located.Add((finding, descriptor, location));
                }
            }

            if (located.Count == 0)
            {
                return;
            }

            // Only a finding with a fix carries a contract; the key is computed for those alone (most findings of most
            // documents have none), and the nodes and stamps only for a full contract.
            var text = fullContracts ? documentText() : null;
            var contracts = new (ImmutableArray<FixTarget> Targets, ImmutableArray<FixPlan> Plans)[located.Count];
            var groups = new Dictionary<(string, string), List<int>>();
            var keys = new string?[located.Count];
            HashSet<SourceRef>? keyed = null;
            for (var i = 0; i < located.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var finding = located[i].Finding;
                if (!finding.Fixes.IsEmpty)
                {
                    contracts[i] = text is null ? default : Contract(finding, inDocument, text);
                    (keyed ??= new HashSet<SourceRef>()).Add(finding.Node);
                }
            }

            // The JSON paths are found for the nodes of these findings only.
            var index = keyed is null ? null : FindingKeys.Index(model, keyed, cancellationToken);
            for (var i = 0; i < located.Count; i++)
            {
                if (index is null || located[i].Finding.Fixes.IsEmpty)
                {
                    continue;
                }

                var (finding, _, location) = located[i];
                var key = index.KeyOf(finding.Node, location, finding.MessageArguments, cancellationToken);
                keys[i] = key;
                if (!groups.TryGetValue((finding.RuleId, key), out var members))
                {
                    members = new List<int>();
                    groups[(finding.RuleId, key)] = members;
                }

                members.Add(i);
            }

            var ordinals = new (int Ordinal, int Count)[located.Count];
            foreach (var members in groups.Values)
            {
                members.Sort((a, b) =>
                {
                    var left = located[a].Location.SourceSpan;
                    var right = located[b].Location.SourceSpan;
                    return left.Start != right.Start ? left.Start.CompareTo(right.Start) : left.End.CompareTo(right.End);
                });
                for (var ordinal = 0; ordinal < members.Count; ordinal++)
                {
                    ordinals[members[ordinal]] = (ordinal, members.Count);
                }
            }

            var document = text is not null && groups.Count > 0 ? TextStamp.Of(text, cancellationToken) : default;
            for (var i = 0; i < located.Count; i++)
            {
                var (finding, descriptor, location) = located[i];
                var properties = keys[i] is not { } key
                    ? ImmutableDictionary<string, string?>.Empty
                    : text is null
                        ? FixContractCodec.EncodeReference(key, ordinals[i].Ordinal, ordinals[i].Count)
                        : FixContractCodec.Encode(new FixContract(finding.RuleId, key, ordinals[i].Ordinal, ordinals[i].Count, document, contracts[i].Targets, contracts[i].Plans));
                report(Diagnostic.Create(descriptor, location, AdditionalLocations(finding), properties, ToArguments(finding.MessageArguments)));
            }
        }

        /// <summary>The nodes of a finding and the plans of its fixes that can be applied (none when none can).</summary>
        private static (ImmutableArray<FixTarget> Targets, ImmutableArray<FixPlan> Plans) Contract(Finding finding, Func<Location, bool> inDocument, SourceText text)
        {
            var targets = ImmutableArray.CreateBuilder<FixTarget>(finding.AdditionalNodes.Length + 1);
            targets.Add(Target(finding.Node, inDocument, text));
            foreach (var node in finding.AdditionalNodes)
            {
                targets.Add(Target(node, inDocument, text));
            }

            var plans = ImmutableArray.CreateBuilder<FixPlan>(finding.Fixes.Length);
            foreach (var plan in finding.Fixes)
            {
                if (Editable(plan, targets))
                {
                    plans.Add(plan);
                }
            }

            return (targets.MoveToImmutable(), plans.ToImmutable());
        }

        private static List<Location> AdditionalLocations(Finding finding)
        {
            var additional = new List<Location>(finding.AdditionalNodes.Length);
            foreach (var node in finding.AdditionalNodes)
            {
                if (node is IReportableSource source)
                {
                    additional.Add(source.Location);
                }
            }

            return additional;
        }

        /// <summary>The node's fix target, stamped with the text it must find; none for a node in another document.</summary>
        private static FixTarget Target(Model.SourceRef node, Func<Location, bool> inDocument, SourceText text) =>
            node is IReportableSource source && inDocument(source.Location)
                ? source.FixTarget.Stamped(text)
                : FixTarget.None;

        /// <summary>Whether every node a plan edits has an editor (a plan that cannot be applied is not sent).</summary>
        private static bool Editable(FixPlan plan, ImmutableArray<FixTarget>.Builder targets)
        {
            foreach (var edit in plan.Edits)
            {
                if (edit.Target < 0 || edit.Target >= targets.Count || targets[edit.Target].Editor == FixEditor.None)
                {
                    return false;
                }
            }

            return true;
        }

        private static object[] ToArguments(ImmutableArray<string> arguments)
        {
            var result = new object[arguments.Length];
            for (var i = 0; i < arguments.Length; i++)
            {
                result[i] = arguments[i];
            }

            return result;
        }

        private static Dictionary<string, DiagnosticDescriptor> BuildIndex()
        {
            var index = new Dictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);
            foreach (var descriptor in RuleDescriptors.All)
            {
                index[descriptor.Id] = descriptor;
            }

            return index;
        }
    }
}
