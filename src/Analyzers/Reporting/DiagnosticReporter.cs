using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Readers;
using Microsoft.CodeAnalysis;

namespace ManagedIdentityAnalyzers.Reporting
{
    /// <summary>Turns findings into diagnostics: the node's location, the message, the fix plans in the properties.</summary>
    internal static class DiagnosticReporter
    {
        private static readonly Dictionary<string, DiagnosticDescriptor> DescriptorsById = BuildIndex();

        /// <summary>
        /// Reports each finding once, even when several resource states or several methods lead to the same finding.
        /// Only findings located in <paramref name="tree"/> are reported: text written in another document (a helper's,
        /// a constant's) is reported by that document's analysis.
        /// </summary>
        public static void Report(IEnumerable<Finding> findings, Action<Diagnostic> report, SyntaxTree? tree = null)
        {
            var seen = new HashSet<(string, Location)>();
            foreach (var finding in findings)
            {
                var diagnostic = ToDiagnostic(finding);
                if (diagnostic is not null
                    && (tree is null || diagnostic.Location.SourceTree == tree)
                    && seen.Add((diagnostic.Id, diagnostic.Location)))
                {
                    report(diagnostic);
                }
            }
        }

        /// <summary>
        /// Reports each finding located in the additional file <paramref name="path"/> once. Findings of a scope read
        /// from several files (a Standard project and the template that gives its identity) are reported by the
        /// analysis of the file they are in. A fix edits the file it is reported in only: a finding whose fix would
        /// edit another file (the template's identity, from a finding in connections.json) is reported without it.
        /// </summary>
        public static void ReportInFile(IEnumerable<Finding> findings, Action<Diagnostic> report, string path)
        {
            var seen = new HashSet<(string, Location)>();
            foreach (var finding in findings)
            {
                var diagnostic = ToDiagnostic(finding);
                if (diagnostic is null
                    || diagnostic.Location.Kind != LocationKind.ExternalFile
                    || !string.Equals(diagnostic.Location.GetLineSpan().Path, path, StringComparison.Ordinal)
                    || !seen.Add((diagnostic.Id, diagnostic.Location)))
                {
                    continue;
                }

                foreach (var additional in diagnostic.AdditionalLocations)
                {
                    if (!string.Equals(additional.GetLineSpan().Path, path, StringComparison.Ordinal))
                    {
                        diagnostic = ToDiagnostic(new Finding(finding.RuleId, finding.Node, finding.MessageArguments));
                        break;
                    }
                }

                if (diagnostic is not null)
                {
                    report(diagnostic);
                }
            }
        }

        public static Diagnostic? ToDiagnostic(Finding finding)
        {
            if (!DescriptorsById.TryGetValue(finding.RuleId, out var descriptor)
                || finding.Node is not IReportableSource main)
            {
                return null;
            }

            var editors = ImmutableArray.CreateBuilder<(string, ImmutableArray<KeyValuePair<string, string>>)>(finding.AdditionalNodes.Length + 1);
            editors.Add((main.EditorKind, main.EditorData));
            var additional = new List<Location>(finding.AdditionalNodes.Length);
            foreach (var node in finding.AdditionalNodes)
            {
                if (node is not IReportableSource source)
                {
                    return null;
                }

                additional.Add(source.Location);
                editors.Add((source.EditorKind, source.EditorData));
            }

            var properties = FixPlanCodec.Encode(finding.Fixes, editors.MoveToImmutable());
            return Diagnostic.Create(descriptor, main.Location, additional, properties, ToArguments(finding.MessageArguments));
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
