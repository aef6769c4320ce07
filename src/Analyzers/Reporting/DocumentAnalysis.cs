using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ManagedIdentityAnalyzers.Entry;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Readers.CSharp;
using ManagedIdentityAnalyzers.Readers.Files;
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
        /// <summary>
        /// Reports the findings located in the document; returns the model and every finding (also those located in
        /// JSON files the C# loads), or null when the document builds no logic app or workflow. <paramref name="text"/>
        /// is the document's text, when the caller has it as a string already.
        /// </summary>
        public static (LogicAppModel Model, List<Finding> Findings)? Run(
            SemanticModel semanticModel,
            SdkSymbols symbols,
            RuleOptions options,
            ProjectJsonFiles files,
            Action<Diagnostic> report,
            CancellationToken cancellationToken,
            bool fullContracts = false,
            string? text = null)
        {
            var model = DocumentReader.Read(semanticModel, symbols, cancellationToken, files, text);
            if (model.IsEmpty)
            {
                return null;
            }

            var findings = RuleEngine.Check(model, options, cancellationToken);
            DiagnosticReporter.Report(model, findings, report, semanticModel.SyntaxTree, cancellationToken, fullContracts);
            return (model, findings);
        }

        /// <summary>
        /// The diagnostics the analyzer reports in the document of <paramref name="semanticModel"/>, whatever their
        /// configured severity, each with its full fix contract (the fixer's analysis); empty when the compilation does
        /// not reference the Azure SDK.
        /// </summary>
        public static ImmutableArray<Diagnostic> Run(SemanticModel semanticModel, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            if (SdkSymbols.TryCreate(semanticModel.Compilation) is not { } symbols)
            {
                return ImmutableArray<Diagnostic>.Empty;
            }

            var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
            var ruleOptions = RuleOptionsReader.Read(options.AnalyzerConfigOptionsProvider.GetOptions(semanticModel.SyntaxTree));
            Run(semanticModel, symbols, ruleOptions, ProjectJsonFiles.Create(options.AdditionalFiles), diagnostics.Add, cancellationToken, fullContracts: true);
            return diagnostics.ToImmutable();
        }
    }
}
