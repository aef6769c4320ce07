using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Readers.CSharp;
using ManagedIdentityAnalyzers.Readers.Files;
using ManagedIdentityAnalyzers.Reporting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ManagedIdentityAnalyzers.Entry
{
    /// <summary>
    /// The way in for C# code: each document is read into the model (<see cref="DocumentReader"/>: only the bodies
    /// whose identifiers can matter are bound) and checked by the rule set; its findings are reported together, each
    /// once (<see cref="DocumentAnalysis"/>, which the fixer runs too). A JSON file of the project that the C# loads
    /// itself is read with it; findings located there are reported in the file, once (<see cref="LoadedFileReports"/>).
    /// Nothing is registered when Azure.ResourceManager is not referenced. Generated code is neither analyzed nor
    /// reported in; the analyzer decides that itself (<see cref="GeneratedCode"/>), more cheaply than the driver would.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CSharpLogicAppAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => RuleDescriptors.All;

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is skipped here and by GeneratedCode.Filter, not by the driver: see GeneratedCode.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var symbols = SdkSymbols.TryCreateLazy(context.Compilation);
            if (symbols is null)
            {
                return;
            }

            var options = new RuleOptionsReader(context.Options.AnalyzerConfigOptionsProvider);
            var files = ProjectJsonFiles.Create(context.Options.AdditionalFiles);
            var loadedFiles = new LoadedFileReports(files, options);
            context.RegisterSemanticModelAction(document =>
            {
                var tree = document.SemanticModel.SyntaxTree;
                if (document.IsGeneratedCode)
                {
                    return;
                }

                var text = tree.GetText(document.CancellationToken).ToString();
                if (!DocumentReader.MayMatter(text, tree.GetRoot(document.CancellationToken), document.CancellationToken))
                {
                    // Most documents: a look at the text, nothing bound.
                    return;
                }

                var report = GeneratedCode.Filter(document.SemanticModel, text, document.ReportDiagnostic, document.CancellationToken);
                if (symbols.Value is { } sdk
                    && DocumentAnalysis.Run(document.SemanticModel, sdk, options.For(tree), files, report, document.CancellationToken, text: text) is var (model, findings))
                {
                    loadedFiles.Report(model, findings, document.ReportDiagnostic, document.CancellationToken);
                }
            });
        }
    }
}
