using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ManagedIdentityAnalyzers.CodeFixes.Editors;
using ManagedIdentityAnalyzers.Entry;
using ManagedIdentityAnalyzers.Findings.Contract;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Readers.CSharp;
using ManagedIdentityAnalyzers.Readers.Definitions;
using ManagedIdentityAnalyzers.Reporting;
using ManagedIdentityAnalyzers.Rules;
using ManagedIdentityAnalyzers.Tests.Fixes;
using ManagedIdentityAnalyzers.Tests.Rules.Definitions;
using ManagedIdentityAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Tests.Robustness;

/// <summary>
/// Every walk over large input observes cancellation: each stage is given a cancelled token and input large enough
/// that it reaches its loop's check, and must throw <see cref="OperationCanceledException"/> rather than finish.
/// </summary>
public class CancellationTests
{
    private static readonly CancellationToken Cancelled = new(canceled: true);

    /// <summary>A definition with many actions, each with a finding and a fix (LAMI104), rendered as a raw literal.</summary>
    internal static string LargeSource(int actions = 2_000)
    {
        var json = new StringBuilder("{ \"actions\": {");
        for (var i = 0; i < actions; i++)
        {
            json.Append(i == 0 ? " " : ", ").Append($"\"A{i}\": {{ \"type\": \"Http\", \"inputs\": {{ \"uri\": \"https://contoso.vault.azure.net/s{i}\", \"authentication\": {{ \"type\": \"ManagedServiceIdentity\" }} }} }}");
        }

        json.Append(" } }");
        return DefinitionCase.Source(JsonRenderings.Render(json.ToString(), Rendering.RawString), "new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned)");
    }

    private static async Task<(Document Document, SemanticModel Model)> DocumentAsync(string source)
    {
        var workspace = new AdhocWorkspace();
        var project = new AnalyzerTest<CSharpLogicAppAnalyzer> { Source = string.Empty, AdditionalSources = { ("Large.cs", string.Empty) } }.CreateProject(workspace);
        var document = project.Documents.Single(d => d.Name == "Large.cs").WithText(SourceText.From(source));
        return (document, (await document.GetSemanticModelAsync())!);
    }

    [Fact]
    public async Task Reading_a_document_observes_cancellation()
    {
        var (_, model) = await DocumentAsync(LargeSource());
        var symbols = SdkSymbols.TryCreate(model.Compilation)!;
        Assert.ThrowsAny<OperationCanceledException>(() => DocumentReader.Read(model, symbols, Cancelled));
        var manyNodes = CSharpSyntaxTree.ParseText("class C { void M() { " + string.Concat(Enumerable.Range(0, 5_000).Select(i => $"var l{i} = {i}; ")) + "} }").GetRoot();
        Assert.ThrowsAny<OperationCanceledException>(() => SyntaxDepth.Exceeds(manyNodes, Cancelled));
        Assert.False(SyntaxDepth.Exceeds(manyNodes, CancellationToken.None));
    }

    [Fact]
    public async Task Rules_and_reporting_observe_cancellation()
    {
        var (_, model) = await DocumentAsync(LargeSource());
        var logicApps = DocumentReader.Read(model, SdkSymbols.TryCreate(model.Compilation)!, CancellationToken.None);
        Assert.NotEmpty(logicApps.Workflows);
        Assert.ThrowsAny<OperationCanceledException>(() => DefinitionReader.Read(logicApps.Workflows[0].Definition.Root, Cancelled));
        Assert.ThrowsAny<OperationCanceledException>(() => RuleEngine.Check(logicApps, RuleOptions.Default, Cancelled));

        var findings = RuleEngine.Check(logicApps, RuleOptions.Default, CancellationToken.None);
        Assert.True(findings.Count(f => f.RuleId == "LAMI104") >= 2_000);
        Assert.ThrowsAny<OperationCanceledException>(() => FindingKeys.Index(logicApps, new HashSet<SourceRef>(findings.Select(f => f.Node)), Cancelled));
        Assert.ThrowsAny<OperationCanceledException>(() => DiagnosticReporter.Report(logicApps, findings, _ => { }, model.SyntaxTree, Cancelled));
        Assert.ThrowsAny<OperationCanceledException>(() => TextStamp.Of(model.SyntaxTree.GetText(), Cancelled));
    }

    [Fact]
    public async Task Fixes_observe_cancellation()
    {
        var (document, _) = await DocumentAsync(LargeSource());
        var diagnostics = await FormatRun.AnalyzeAsync(document.Project.Solution);
        var lami104 = diagnostics.Where(d => d.Id == "LAMI104").ToList();
        Assert.Equal(2_000, lami104.Count);

        // A single fix, on a document changed since (the finding is looked for again), and Fix All.
        var changed = document.WithText((await document.GetTextAsync()).WithChanges(new TextChange(new TextSpan(0, 0), "// changed\n")));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider[] { new CodeFixes.Providers.PlanCodeFixProvider() }[0]
            .RegisterCodeFixesAsync(new CodeFixContext(changed, lami104[0], (_, _) => { }, Cancelled)));
        // The analyzer's diagnostics carry references; the fixer's analysis of the document has the full contracts.
        Assert.All(lami104, d => Assert.True(FixContractCodec.Decode(d)!.IsReference));
        var full = DocumentAnalysis.Run((await document.GetSemanticModelAsync())!, document.Project.AnalyzerOptions, CancellationToken.None);
        var contracts = full.Where(d => d.Id == "LAMI104").Select(d => FixContractCodec.Decode(d)!).Select(c => (c, c.Plans[0])).ToList();
        Assert.Equal(2_000, contracts.Count);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => FixSession.ApplyAsync(document, contracts, Cancelled));
        var context = new FixAllContext(document, new CodeFixes.Providers.PlanCodeFixProvider(), FixAllScope.Document, null!, new[] { "LAMI104" }, new TestDiagnosticProvider((_, _) => Task.FromResult(diagnostics)), Cancelled);
        var fixAll = (await new CodeFixes.Providers.PlanCodeFixProvider().GetFixAllProvider().GetFixAsync(context))!;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fixAll.GetOperationsAsync(Cancelled));

        // Not cancelled, Fix All fixes all 2,000 in one pass; and the cleanup of locals observes cancellation too.
        var fixedSolution = (await fixAll.GetOperationsAsync(CancellationToken.None)).OfType<Microsoft.CodeAnalysis.CodeActions.ApplyChangesOperation>().Single().ChangedSolution;
        Assert.DoesNotContain(await FormatRun.AnalyzeAsync(fixedSolution), d => d.Id == "LAMI104");
        var root = (await document.GetSyntaxRootAsync())!;
        var withLocals = CSharpSyntaxTree.ParseText("class C { void M() { " + string.Concat(Enumerable.Range(0, 5_000).Select(i => $"const int L{i} = {i}; ")) + "} }").GetRoot();
        Assert.ThrowsAny<OperationCanceledException>(() => OrphanedLocals.Remove(withLocals, withLocals, Cancelled));
        Assert.Same(root, OrphanedLocals.Remove(root, root, CancellationToken.None));
    }
}
