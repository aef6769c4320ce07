using System.Threading.Tasks;
using ManagedIdentityAnalyzers.CodeFixes.Providers;
using ManagedIdentityAnalyzers.Entry;
using ManagedIdentityAnalyzers.Tests.Verification;

namespace ManagedIdentityAnalyzers.Tests.Rules.RealCode;

/// <summary>
/// Infrastructure code written the way teams write it: several members of a class (builders, deployers, helpers),
/// other classes beside it. The members go into <c>public class Deployments</c>, after the usual usings.
/// </summary>
internal static class RealCodeSource
{
    public static string Class(string members, string otherTypes = "") =>
        TypedCSharp.Usings + "using System.Collections.Generic;\n\npublic class Deployments\n{\n" + members + "\n}\n" + otherTypes;

    public static Task VerifyAsync(string members, string otherTypes = "") =>
        new AnalyzerTest<CSharpLogicAppAnalyzer> { Source = Class(members, otherTypes) }.RunAsync();

    public static Task VerifyFixAsync(string members, string fixedMembers, string? equivalenceKey = null) =>
        new CodeFixTest<CSharpLogicAppAnalyzer, PlanCodeFixProvider>
        {
            Source = Class(members),
            FixedSource = Class(fixedMembers),
            EquivalenceKey = equivalenceKey,
        }.RunAsync();
}
