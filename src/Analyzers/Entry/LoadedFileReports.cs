using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using ManagedIdentityAnalyzers.Findings;
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

        public void Report(IEnumerable<Finding> findings, System.Action<Diagnostic> report, CancellationToken cancellationToken)
        {
            if (files.IsEmpty)
            {
                return;
            }

            foreach (var finding in findings)
            {
                if (DiagnosticReporter.ToDiagnostic(finding) is not { Location.Kind: LocationKind.ExternalFile } diagnostic)
                {
                    continue;
                }

                var path = diagnostic.Location.GetLineSpan().Path;
                if (files.Get(path) is not { } entry
                    || OwnFindings(entry, cancellationToken).Contains((diagnostic.Id, diagnostic.Location.SourceSpan))
                    || !reported.TryAdd((diagnostic.Id, path, diagnostic.Location.SourceSpan), 0))
                {
                    continue;
                }

                report(diagnostic);
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
            if (JsonFileReader.Read(entry, files, ruleOptions.Plan, cancellationToken) is { } model)
            {
                DiagnosticReporter.ReportInFile(RuleEngine.Check(model, ruleOptions), d => own.Add((d.Id, d.Location.SourceSpan)), entry.Path);
            }

            return ownFindings.GetOrAdd(entry.Path, own);
        }
    }
}
