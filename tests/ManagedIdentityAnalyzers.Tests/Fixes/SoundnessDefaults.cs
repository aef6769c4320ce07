using System.Linq;
using System.Runtime.CompilerServices;
using ManagedIdentityAnalyzers.CodeFixes.Providers;
using ManagedIdentityAnalyzers.Entry;
using ManagedIdentityAnalyzers.Tests.Verification;

namespace ManagedIdentityAnalyzers.Tests.Fixes;

/// <summary>
/// Every verifier run of <see cref="CSharpLogicAppAnalyzer"/> in this test assembly also checks that each fix
/// <see cref="PlanCodeFixProvider"/> offers for its source is sound (<see cref="AnalyzerTest.CheckFixSoundnessAsync"/>):
/// the rule tests' sources are the corpus of fix soundness.
/// </summary>
internal static class SoundnessDefaults
{
    [ModuleInitializer]
    internal static void Register() =>
        AnalyzerTest.DefaultSoundnessFixer = analyzers => analyzers.Any(a => a is CSharpLogicAppAnalyzer) ? new PlanCodeFixProvider() : null;
}
