using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

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
    /// Reports one diagnostic per file and does nothing else. Reporting is not free for an analyzer that leaves
    /// generated code alone: the driver checks whether the location lies in generated code, which the first time in
    /// a tree means scanning the tree for <c>[GeneratedCode]</c> (cached per tree and compilation). That time runs inside
    /// <c>ReportDiagnostic</c> and so counts as the reporting analyzer's ExecutionTime; this baseline shows how much.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class ReportPerFileAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor PerFile = new(
            "BENCH001",
            "Benchmark: one diagnostic per file",
            "One diagnostic per file",
            "Benchmark",
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(PerFile);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxTreeAction(static tree =>
                tree.ReportDiagnostic(Diagnostic.Create(PerFile, Location.Create(tree.Tree, new TextSpan(tree.Tree.Length / 2, 0)))));
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
                    // Per-body state and two closures, as in the real gate; the action reads the operation's type
                    // (as the real filter does first) and never finds anything.
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
