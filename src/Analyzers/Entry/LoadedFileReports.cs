using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Readers;
using ManagedIdentityAnalyzers.Readers.Files;
using ManagedIdentityAnalyzers.Reporting;
using ManagedIdentityAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Entry
{
    /// <summary>
    /// Findings of C# analysis located in a JSON file that C# loads itself (<c>File.ReadAllText("x.json")</c> of an
    /// additional file): reported in the file, once per compilation, and only when the file's own analysis
    /// (<see cref="JsonFileAnalyzer"/>) does not report them already.
    /// </summary>
    internal sealed class LoadedFileReports
    {
        private readonly ProjectJsonFiles files;
        private readonly RuleOptionsReader options;
        private readonly ConcurrentDictionary<string, HashSet<(string, TextSpan)>> ownFindings =
            new ConcurrentDictionary<string, HashSet<(string, TextSpan)>>(FilePaths.Comparer);

        private readonly ConcurrentDictionary<(string, string, TextSpan), byte> reported =
            new ConcurrentDictionary<(string, string, TextSpan), byte>();

        public LoadedFileReports(ProjectJsonFiles files, RuleOptionsReader options)
        {
            this.files = files;
            this.options = options;
        }

        public void Report(LogicAppModel model, IEnumerable<Finding> findings, System.Action<Diagnostic> report, CancellationToken cancellationToken)
        {
            if (files.IsEmpty)
            {
                return;
            }

            var byFile = new Dictionary<string, (JsonFileText File, List<Finding> Findings)>(FilePaths.Comparer);
            foreach (var finding in findings)
            {
                if ((finding.Node as IReportableSource)?.Location is not { Kind: LocationKind.ExternalFile } location)
                {
                    continue;
                }

                var path = location.GetLineSpan().Path;
                if (files.Get(path) is not { } entry
                    || entry.File(cancellationToken) is not { } file
                    || OwnFindings(entry, cancellationToken).Contains((finding.RuleId, location.SourceSpan))
                    || !reported.TryAdd((finding.RuleId, path, location.SourceSpan), 0))
                {
                    continue;
                }

                if (!byFile.TryGetValue(path, out var group))
                {
                    group = (file, new List<Finding>());
                    byFile[path] = group;
                }

                group.Findings.Add(finding);
            }

            foreach (var (file, fileFindings) in byFile.Values)
            {
                DiagnosticReporter.ReportInFile(model, fileFindings, report, file, cancellationToken);
            }
        }

        /// <summary>What the file's own analysis reports in it (computed once per compilation).</summary>
        private HashSet<(string, TextSpan)> OwnFindings(JsonFileEntry entry, CancellationToken cancellationToken)
        {
            if (ownFindings.TryGetValue(entry.Path, out var known))
            {
                return known;
            }

            var own = new HashSet<(string, TextSpan)>();
            var ruleOptions = options.For(entry.AdditionalText);
            if (JsonFileReader.Read(entry, files, ruleOptions.Plan, cancellationToken) is { } fileModel)
            {
                foreach (var finding in RuleEngine.Check(fileModel, ruleOptions))
                {
                    if ((finding.Node as IReportableSource)?.Location is { } location && DiagnosticReporter.IsIn(location, entry.Path))
                    {
                        own.Add((finding.RuleId, location.SourceSpan));
                    }
                }
            }

            return ownFindings.GetOrAdd(entry.Path, own);
        }
    }
}
