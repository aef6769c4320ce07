using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ManagedIdentityAnalyzers.Benchmarks.Baselines
{
    /// <summary>Shared descriptor of the baseline analyzers; they never report it.</summary>
    internal static class BaselineDescriptor
    {
        public static readonly DiagnosticDescriptor Unused = new(
            "BENCH000",
            "Benchmark baseline",
            "Benchmark baseline",
            "Benchmark",
            DiagnosticSeverity.Hidden,
            isEnabledByDefault: true);

        public static readonly OperationKind[] GateKinds =
        {
            OperationKind.ObjectCreation, OperationKind.Conversion, OperationKind.Invocation, OperationKind.PropertyReference,
        };
    }

    /// <summary>
    /// Registers nothing (the roslyn-analyzers "EmptyAnalyzer"). The driver can then skip binding altogether, so it is
    /// the floor for a compilation where an analyzer legitimately registers nothing (no Azure SDK referenced).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class EmptyAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(BaselineDescriptor.Unused);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        }
    }

    /// <summary>
    /// An operation action that does nothing, on the four kinds the entry analyzer watches. Forces the driver to bind
    /// every body and build its operation tree: the baseline of an operation analyzer's wall time.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class NoOpOperationAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(BaselineDescriptor.Unused);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationAction(static _ => { }, BaselineDescriptor.GateKinds);
        }
    }

    /// <summary>
    /// The registration shape of <c>CSharpLogicAppAnalyzer</c> with none of its work: an operation block start per
    /// body, which registers a no-op operation action on the same four kinds and a no-op block end. Its execution time
    /// is what the shape costs before any type check, reading or rule runs.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class GateShapeAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(BaselineDescriptor.Unused);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                if (start.Compilation.GetTypeByMetadataName("Azure.ResourceManager.Models.ManagedServiceIdentityType") is null)
                {
                    return;
                }

                start.RegisterOperationBlockStartAction(block =>
                {
                    var flag = new Flag();
                    block.RegisterOperationAction(
                        operation =>
                        {
                            if (!flag.Value && operation.Operation.Type is null)
                            {
                                flag.Value = false;
                            }
                        },
                        BaselineDescriptor.GateKinds);
                    block.RegisterOperationBlockEndAction(_ => flag.Value = false);
                });
            });
        }

        private sealed class Flag
        {
            public bool Value { get; set; }
        }
    }
}
