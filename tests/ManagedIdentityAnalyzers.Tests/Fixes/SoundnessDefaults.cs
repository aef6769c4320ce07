using System.Linq;
using System.Runtime.CompilerServices;
using ManagedIdentityAnalyzers.CodeFixes.Providers;
using ManagedIdentityAnalyzers.Entry;
using ManagedIdentityAnalyzers.Tests.Verification;

namespace ManagedIdentityAnalyzers.Tests.Fixes;

/// <summary>
/// Every verifier run of <see cref="CSharpLogicAppAnalyzer"/> or <see cref="JsonFileAnalyzer"/> in this test assembly
/// also checks that each fix <see cref="PlanCodeFixProvider"/> offers for its sources is sound
/// (<see cref="AnalyzerTest.CheckFixSoundnessAsync"/>), in C# documents and in JSON files alike: the rule tests'
/// sources and the file tests' files are the corpus of fix soundness.
/// </summary>
internal static class SoundnessDefaults
{
    [ModuleInitializer]
    internal static void Register() =>
        AnalyzerTest.DefaultSoundnessFixer = analyzers => analyzers.Any(a => a is CSharpLogicAppAnalyzer or JsonFileAnalyzer) ? new PlanCodeFixProvider() : null;
}
