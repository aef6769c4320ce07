using System;
using System.Linq;
using System.Threading.Tasks;
using ManagedIdentityAnalyzers.CodeFixes.Providers;
using ManagedIdentityAnalyzers.Entry;
using ManagedIdentityAnalyzers.Tests.Rules;
using ManagedIdentityAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace ManagedIdentityAnalyzers.Tests.Fixes;

/// <summary>
/// One <c>dotnet format analyzers</c> run (<see cref="FormatRun"/>) over a method with findings of many rules, several
/// of them in the same JSON literal: every fixable finding is fixed in that one run, whether the tool analyses before
/// each rule or once for all, and the result compiles and reports none of them.
/// </summary>
public class FormatRunTests
{
    private const string Ops = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ops";

    public static readonly string Source = TypedCSharp.Method($$""""
        var identity = new ManagedServiceIdentity("SystemAssigned,UserAssigned");
        identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
        var data = new LogicWorkflowData(location)
        {
            Identity = identity,
            Definition = BinaryData.FromString("""
                {
                  "actions": {
                    "Read_secret": {
                      "type": "Http",
                      "inputs": {
                        "uri": "https://contoso.vault.azure.net/secrets/a?api-version=7.4",
                        "authentication": { "type": "Managed Identity", "identity": "{{Ops}}" }
                      }
                    },
                    "Write_secret": {
                      "type": "Http",
                      "inputs": {
                        "uri": "https://contoso.vault.azure.net/secrets/b?api-version=7.4",
                        "authentication": { "type": "ManagedServiceIdentity", "identity": "{{Ops}}", "audience": "https://vault.azure.net/", "credentialType": "x" }
                      }
                    },
                    "Read_blob": {
                      "type": "Http",
                      "inputs": {
                        "uri": "https://contoso.blob.core.windows.net/c/b",
                        "authentication": { "type": "ManagedServiceIdentity", "identity": "{{Ops}}", "audience": "https://storage.azure.com/.default" }
                      }
                    }
                  }
                }
                """),
        };
        await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "app", data);
        """");

    [Theory]
    [InlineData(FormatRun.Mode.Fresh)]
    [InlineData(FormatRun.Mode.ComputedOnce)]
    public async Task One_run_fixes_every_rule(FormatRun.Mode mode)
    {
        using var workspace = new AdhocWorkspace();
        var project = new AnalyzerTest<CSharpLogicAppAnalyzer> { Source = Source }.CreateProject(workspace);
        var before = await FormatRun.AnalyzeAsync(project.Solution);
        var fixable = new PlanCodeFixProvider().FixableDiagnosticIds;
        var fixableBefore = before.Where(d => fixable.Contains(d.Id)).Select(d => d.Id).Distinct().OrderBy(id => id).ToList();
        Assert.Equal(new[] { "LAMI001", "LAMI006", "LAMI100", "LAMI104", "LAMI106", "LAMI108", "LAMI109", "LAMI120", "LAMI121" }, fixableBefore);

        var solution = await FormatRun.RunAsync(project.Solution, mode);

        var fixedProject = solution.GetProject(project.Id)!;
        var text = (await fixedProject.Documents.Single().GetTextAsync()).ToString();
        var after = await FormatRun.AnalyzeAsync(solution);
        var errors = (await fixedProject.GetCompilationAsync())!.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var context = Environment.NewLine + "Before: " + string.Join(", ", before.Select(d => d.Id))
            + Environment.NewLine + "After: " + string.Join(Environment.NewLine, after) + Environment.NewLine + errors.Count + " errors: "
            + string.Join(Environment.NewLine, errors) + Environment.NewLine + text;
        Assert.True(errors.Count == 0, "The fixed code does not compile." + context);
        Assert.True(after.All(d => !fixable.Contains(d.Id)), "Fixable diagnostics remain." + context);
        Assert.True(after.All(d => before.Any(b => b.Id == d.Id)), "A fix introduced a new kind of diagnostic." + context);
        Assert.Contains("ManagedServiceIdentityType.UserAssigned", text);
        Assert.Contains("\"audience\": \"https://vault.azure.net\"", text);
        Assert.DoesNotContain("credentialType", text);
        Assert.Contains("\"audience\": \"https://storage.azure.com/\"", text);
        Assert.Contains("\"x-ms-version\": \"2024-05-05\"", text);
        Assert.Contains("\"x-ms-date\": \"@{formatDateTime(utcNow(),'r')}\"", text);
    }

    [Theory]
    [InlineData(FormatRun.Mode.Fresh)]
    [InlineData(FormatRun.Mode.ComputedOnce)]
    public async Task One_run_fixes_the_end_to_end_consumer(FormatRun.Mode mode)
    {
        using var workspace = new AdhocWorkspace();
        var project = new AnalyzerTest<CSharpLogicAppAnalyzer> { Source = Packaging.ConsumerSource.Text }.CreateProject(workspace);
        var before = await FormatRun.AnalyzeAsync(project.Solution);
        var expected = Packaging.ConsumerSource.Expected.Select(e => e.Id + Packaging.ConsumerSource.Position(e.Line, e.Token)).OrderBy(x => x, StringComparer.Ordinal);
        var actual = before.Select(d => d.Id + "(" + (d.Location.GetLineSpan().StartLinePosition.Line + 1) + "," + (d.Location.GetLineSpan().StartLinePosition.Character + 1) + ")").OrderBy(x => x, StringComparer.Ordinal);
        Assert.Equal(expected, actual);

        var solution = await FormatRun.RunAsync(project.Solution, mode);
        var after = await FormatRun.AnalyzeAsync(solution);
        var fixedProject = solution.GetProject(project.Id)!;
        var errors = (await fixedProject.GetCompilationAsync())!.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var text = (await fixedProject.Documents.Single().GetTextAsync()).ToString();
        Assert.True(errors.Count == 0 && after.IsEmpty, string.Join(Environment.NewLine, after.Concat(errors)) + Environment.NewLine + text);
    }
}
