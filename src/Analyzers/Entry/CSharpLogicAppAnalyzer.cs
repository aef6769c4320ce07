using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Readers.CSharp;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Reporting;
using ManagedIdentityAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ManagedIdentityAnalyzers.Entry
{
    /// <summary>
    /// The way in for C# code: each method body that touches the Azure SDK's identity or logic-app types is read
    /// into the model and checked by the rule set. Nothing is registered when Azure.ResourceManager is not referenced.
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
            var symbols = SdkSymbols.TryCreate(context.Compilation);
            if (symbols is null)
            {
                return;
            }

            var options = new RuleOptionsReader(context.Options.AnalyzerConfigOptionsProvider);
            context.RegisterOperationBlockStartAction(block =>
            {
                // Cheap filter: only bodies that create, read or convert to an SDK type of interest, or build a
                // BinaryData, are read.
                var relevant = new RelevanceFlag();
                block.RegisterOperationAction(
                    operation =>
                    {
                        if (!relevant.Value && IsRelevant(operation.Operation, symbols))
                        {
                            relevant.Value = true;
                        }
                    },
                    OperationKind.ObjectCreation,
                    OperationKind.Conversion,
                    OperationKind.Invocation,
                    OperationKind.PropertyReference);
                block.RegisterOperationBlockEndAction(end =>
                {
                    if (!relevant.Value)
                    {
                        return;
                    }

                    var model = MethodBodyReader.Read(end.OperationBlocks, symbols, end.CancellationToken);
                    var ruleOptions = options.For(end.OperationBlocks[0].Syntax.SyntaxTree);
                    DiagnosticReporter.Report(RuleEngine.Check(model, ruleOptions), end.ReportDiagnostic);
                });
            });
        }

        private static bool IsRelevant(IOperation operation, SdkSymbols symbols) => operation switch
        {
            IObjectCreationOperation creation => symbols.IsTrackedType(creation.Type) || CSharpJsonReader.IsBinaryDataSource(creation),
            IConversionOperation conversion => symbols.IsIdentityType(conversion.Type),
            IInvocationOperation invocation => CSharpJsonReader.IsBinaryDataSource(invocation),
            IPropertyReferenceOperation property => SymbolEqualityComparer.Default.Equals(property.Type, symbols.WorkflowData),
            _ => false,
        };

        /// <summary>Per-body state of the filter (never an analyzer field).</summary>
        private sealed class RelevanceFlag
        {
            public bool Value { get; set; }
        }
    }
}
