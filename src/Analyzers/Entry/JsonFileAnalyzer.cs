using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Readers.Files;
using ManagedIdentityAnalyzers.Reporting;
using ManagedIdentityAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ManagedIdentityAnalyzers.Entry
{
    /// <summary>
    /// The way in for the project's JSON files (<c>AdditionalFiles</c>): ARM templates, Standard workflow.json and
    /// connections.json, bare workflow definitions. Each file is classified from its name and its first characters
    /// (<see cref="JsonFileClassifier"/>), so any other JSON file costs one look at its start; a logic-app file is read
    /// with what it belongs to (<see cref="JsonFileReader"/>), checked by the same rules as C#, and its findings are
    /// reported in it, at the exact line and column of each token. Nothing is registered when the project has no JSON
    /// additional file.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class JsonFileAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => RuleDescriptors.All;

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var files = ProjectJsonFiles.Create(context.Options.AdditionalFiles);
            if (files.IsEmpty)
            {
                return;
            }

            var options = new RuleOptionsReader(context.Options.AnalyzerConfigOptionsProvider);
            context.RegisterAdditionalFileAction(file =>
            {
                // The same path given twice is analysed once.
                if (files.Get(file.AdditionalFile.Path) is not { } entry || !ReferenceEquals(entry.AdditionalText, file.AdditionalFile))
                {
                    return;
                }

                var ruleOptions = options.For(file.AdditionalFile);
                if (JsonFileReader.Read(entry, files, ruleOptions.Plan, file.CancellationToken) is not { } model
                    || entry.File(file.CancellationToken) is not { } text)
                {
                    return;
                }

                DiagnosticReporter.ReportInFile(model, RuleEngine.Check(model, ruleOptions), file.ReportDiagnostic, text, file.CancellationToken);
            });
        }
    }
}
