using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Findings.Contract;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Readers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Reporting
{
    /// <summary>
    /// Turns findings into diagnostics: the node's location, the message, and the fix contract in the properties
    /// (<see cref="FixContract"/>: the finding's key, the stamps of the document and of every span the fixes edit, the
    /// nodes and the plans).
    /// </summary>
    internal static class DiagnosticReporter
    {
        private static readonly Dictionary<string, DiagnosticDescriptor> DescriptorsById = BuildIndex();

        /// <summary>
        /// Reports each finding once, even when several resource states or several methods lead to the same finding.
        /// Only findings located in <paramref name="tree"/> are reported: text written in another document (a helper's,
        /// a constant's) is reported by that document's analysis.
        /// </summary>
        public static void Report(
            LogicAppModel model,
            IEnumerable<Finding> findings,
            Action<Diagnostic> report,
            SyntaxTree tree,
            CancellationToken cancellationToken)
        {
            var located = new List<(Finding Finding, DiagnosticDescriptor Descriptor, Location Location)>();
            var seen = new HashSet<(string, Location)>();
            foreach (var finding in findings)
            {
                if (DescriptorsById.TryGetValue(finding.RuleId, out var descriptor)
                    && finding.Node is IReportableSource main
                    && main.Location is { } location
                    && location.SourceTree == tree
                    && seen.Add((finding.RuleId, location)))
                {
                    located.Add((finding, descriptor, location));
                }
            }

            if (located.Count == 0)
            {
                return;
            }

            var text = tree.GetText(cancellationToken);
            var document = TextStamp.Of(text, cancellationToken);
            var keys = FindingKeys.Index(model, cancellationToken);
            var keyed = new (string Key, int Ordinal, int Count)[located.Count];
            var groups = new Dictionary<(string, string), List<int>>();
            for (var i = 0; i < located.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (finding, _, location) = located[i];
                var key = keys.KeyOf(finding.Node, location, finding.MessageArguments, cancellationToken);
                keyed[i] = (key, 0, 0);
                if (!groups.TryGetValue((finding.RuleId, key), out var members))
                {
                    members = new List<int>();
                    groups[(finding.RuleId, key)] = members;
                }

                members.Add(i);
            }

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
                    keyed[members[ordinal]] = (keyed[members[ordinal]].Key, ordinal, members.Count);
                }
            }

            for (var i = 0; i < located.Count; i++)
            {
                var (finding, descriptor, location) = located[i];
                var (key, ordinal, count) = keyed[i];
                report(ToDiagnostic(finding, descriptor, location, tree, text, new FixContractInfo(key, ordinal, count, document)));
            }
        }

        private static Diagnostic ToDiagnostic(
            Finding finding,
            DiagnosticDescriptor descriptor,
            Location location,
            SyntaxTree tree,
            SourceText text,
            FixContractInfo info)
        {
            var targets = ImmutableArray.CreateBuilder<FixTarget>(finding.AdditionalNodes.Length + 1);
            targets.Add(Target(finding.Node, tree, text));
            var additional = new List<Location>(finding.AdditionalNodes.Length);
            foreach (var node in finding.AdditionalNodes)
            {
                targets.Add(Target(node, tree, text));
                if (node is IReportableSource source)
                {
                    additional.Add(source.Location);
                }
            }

            var plans = ImmutableArray.CreateBuilder<FixPlan>(finding.Fixes.Length);
            foreach (var plan in finding.Fixes)
            {
                if (Editable(plan, targets))
                {
                    plans.Add(plan);
                }
            }

            var contract = new FixContract(finding.RuleId, info.Key, info.Ordinal, info.Count, info.Document, targets.MoveToImmutable(), plans.ToImmutable());
            return Diagnostic.Create(descriptor, location, additional, FixContractCodec.Encode(contract), ToArguments(finding.MessageArguments));
        }

        /// <summary>The node's fix target, stamped with the text it must find; none for a node in another document.</summary>
        private static FixTarget Target(Model.SourceRef node, SyntaxTree tree, SourceText text) =>
            node is IReportableSource source && source.Location.SourceTree == tree
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

        private readonly struct FixContractInfo
        {
            public FixContractInfo(string key, int ordinal, int count, TextStamp document)
            {
                Key = key;
                Ordinal = ordinal;
                Count = count;
                Document = document;
            }

            public string Key { get; }

            public int Ordinal { get; }

            public int Count { get; }

            public TextStamp Document { get; }
        }
    }
}
