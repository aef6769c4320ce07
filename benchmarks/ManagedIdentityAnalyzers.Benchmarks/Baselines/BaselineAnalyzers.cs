using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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
    /// A semantic-model action that does nothing. The driver then builds a semantic model per document and produces
    /// its compiler events, as for any semantic analyzer: the baseline of the IDE-latency scenario.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class NoOpSemanticModelAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(BaselineDescriptor.Unused);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSemanticModelAction(static _ => { });
        }
    }

    /// <summary>
    /// The registration shape of <c>CSharpLogicAppAnalyzer</c> before issue 11, with none of its work: when the SDK is
    /// referenced, one semantic-model action per document that walks the document's tokens for the identifiers
    /// without which no body can matter (the same list as the analyzer's gate) and stops there. Its execution time is
    /// what that gate cost before any binding, reading or rule ran; the analyzer now looks at the text first and walks
    /// the tokens only of documents whose text names one of them.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class GateShapeAnalyzer : DiagnosticAnalyzer
    {
        private static readonly HashSet<string> InterestingNames = new(StringComparer.Ordinal)
        {
            "LogicWorkflowData", "WebSiteData", "ManagedServiceIdentity", "ManagedServiceIdentityType", "LogicWorkflowResource",
            "WebSiteResource", "LogicWorkflowParameterInfo", "BinaryData", "FromString", "FromObjectAsJson", "FromBytes",
            "Identity", "UserAssignedIdentities", "Definition", "Data", "GenericResourceData",
        };

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

                start.RegisterSemanticModelAction(static document => Mentions(document.SemanticModel.SyntaxTree.GetRoot(document.CancellationToken)));
            });
        }

        private static bool Mentions(SyntaxNode root)
        {
            foreach (var token in root.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && InterestingNames.Contains(token.ValueText))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
