using System;
using System.Collections.Immutable;
using System.Threading;
using ManagedIdentityAnalyzers.Entry;
using ManagedIdentityAnalyzers.Readers.CSharp;
using ManagedIdentityAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ManagedIdentityAnalyzers.Reporting
{
    /// <summary>
    /// The analysis of one C# document, from its semantic model to its diagnostics: read into the model, checked by the
    /// rule set, reported with fix contracts. The analyzer runs it for every document; the fixer runs it again on the
    /// document it is given when that is not the one a diagnostic was computed on, to find the same finding there.
    /// </summary>
    internal static class DocumentAnalysis
    {
        public static void Run(SemanticModel semanticModel, SdkSymbols symbols, RuleOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
        {
            var model = DocumentReader.Read(semanticModel, symbols, cancellationToken);
            if (model.LogicApps.IsEmpty && model.Workflows.IsEmpty)
            {
                return;
            }

            DiagnosticReporter.Report(model, RuleEngine.Check(model, options, cancellationToken), report, semanticModel.SyntaxTree, cancellationToken);
        }

        /// <summary>
        /// The diagnostics the analyzer reports in the document of <paramref name="semanticModel"/>, whatever their
        /// configured severity; empty when the compilation does not reference the Azure SDK.
        /// </summary>
        public static ImmutableArray<Diagnostic> Run(SemanticModel semanticModel, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
        {
            if (SdkSymbols.TryCreate(semanticModel.Compilation) is not { } symbols)
            {
                return ImmutableArray<Diagnostic>.Empty;
            }

            var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
            var ruleOptions = RuleOptionsReader.Read(options.GetOptions(semanticModel.SyntaxTree));
            Run(semanticModel, symbols, ruleOptions, diagnostics.Add, cancellationToken);
            return diagnostics.ToImmutable();
        }
    }
}
