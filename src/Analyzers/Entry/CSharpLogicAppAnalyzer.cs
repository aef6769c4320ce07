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
    /// Nothing is registered when Azure.ResourceManager is not referenced.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CSharpLogicAppAnalyzer : DiagnosticAnalyzer
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
                if (!DocumentReader.MayMatter(tree, document.CancellationToken))
                {
                    // Most documents: a look at the text, nothing bound, nothing allocated.
                    return;
                }

                if (symbols.Value is { } sdk
                    && DocumentAnalysis.Run(document.SemanticModel, sdk, options.For(tree), files, document.ReportDiagnostic, document.CancellationToken) is var (model, findings))
                {
                    loadedFiles.Report(model, findings, document.ReportDiagnostic, document.CancellationToken);
                }
            });
        }
    }
}
