using System.Linq;
using System.Threading.Tasks;
using ManagedIdentityAnalyzers.CodeFixes.Editors;
using ManagedIdentityAnalyzers.Entry;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Findings.Contract;
using ManagedIdentityAnalyzers.Tests.Rules;
using ManagedIdentityAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Tests.Fixes;

/// <summary>
/// A diagnostic computed on an earlier version of the document: the fixer finds the same finding in the document it
/// is given and fixes it there, or, when it cannot tell which finding it was, offers nothing. It never edits a place
/// the diagnostic did not mean.
/// </summary>
public class StaleDiagnosticTests
{
    private const string TwoLabels = """
        var first = new LogicWorkflowData(location) { Identity = new ManagedServiceIdentity("System Assigned") };
        await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "a", first);
        var second = new LogicWorkflowData(location)
        {
            Identity = new ManagedServiceIdentity("systemassigned"),
            Definition = BinaryData.FromString("{ \"actions\": { \"A\": { \"type\": \"Http\", \"inputs\": { \"uri\": \"https://x.vault.azure.net/s\", \"authentication\": { \"type\": \"MSI\", \"audience\": \"https://vault.azure.net/\" } } } } }"),
        };
        await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "b", second);
        """;

    [Fact]
    public async Task A_stale_diagnostic_is_fixed_where_its_finding_now_is()
    {
        var (project, diagnostics) = await AnalyzeAsync(TwoLabels);
        var label = diagnostics.Single(d => d.Id == "LAMI006" && d.GetMessage().Contains("'System Assigned'"));
        var slash = diagnostics.Single(d => d.Id == "LAMI106");
        var type = diagnostics.Single(d => d.Id == "LAMI100");

        // The first fix moves everything after it: "System Assigned" becomes ManagedServiceIdentityType.SystemAssigned.
        var document = project.Documents.Single();
        var afterFirst = (await FormatRun.ApplyAsync((await FormatRun.ActionsAsync(document, label)).Single())).GetProject(project.Id)!.Documents.Single();

        // The JSON literal's diagnostics, computed before, are fixed at their tokens' new places.
        var afterSecond = await ApplyOnlyActionAsync(afterFirst, type);
        var afterThird = await ApplyOnlyActionAsync(afterSecond, slash);
        var text = (await afterThird.GetTextAsync()).ToString();
        Assert.Contains("new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned)", text);
        Assert.Contains("\\\"type\\\": \\\"ManagedServiceIdentity\\\", \\\"audience\\\": \\\"https://vault.azure.net\\\" }", text);
        var remaining = await FormatRun.AnalyzeAsync(afterThird.Project.Solution);
        Assert.Equal(new[] { "LAMI006" }, remaining.Select(d => d.Id));
    }

    [Fact]
    public async Task A_stale_diagnostic_whose_finding_is_gone_gets_no_fix()
    {
        var (project, diagnostics) = await AnalyzeAsync(TwoLabels);
        var slash = diagnostics.Single(d => d.Id == "LAMI106");
        var document = project.Documents.Single();
        var text = await document.GetTextAsync();

        // The user fixed the slash by hand (and the document changed before the diagnostic's span, too).
        var edited = document.WithText(text.WithChanges(
            new TextChange(slash.Location.SourceSpan, "\\\"https://vault.azure.net\\\""),
            new TextChange(new TextSpan(0, 0), "// edited\n")));
        Assert.Empty(await FormatRun.ActionsAsync(edited, slash));
    }

    [Fact]
    public async Task A_stale_diagnostic_is_declined_when_the_number_of_same_findings_changed()
    {
        // Two identical findings (same method, same message): which one a stale diagnostic meant is known only while
        // both are there.
        var (project, diagnostics) = await AnalyzeAsync("""
            var first = new LogicWorkflowData(location) { Identity = new ManagedServiceIdentity("System Assigned") };
            var second = new LogicWorkflowData(location) { Identity = new ManagedServiceIdentity("System Assigned") };
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "a", first);
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "b", second);
            """);
        var labels = diagnostics.Where(d => d.Id == "LAMI006").OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Equal(2, labels.Count);
        var document = project.Documents.Single();

        // Shifted but both still there: the second diagnostic still fixes the second value.
        var shifted = document.WithText((await document.GetTextAsync()).WithChanges(new TextChange(new TextSpan(0, 0), "// shifted\n")));
        var fixedSecond = (await ApplyOnlyActionAsync(shifted, labels[1])).GetTextAsync();
        var lines = (await fixedSecond).ToString().Split('\n');
        Assert.Contains(lines, l => l.Contains("var first") && l.Contains("\"System Assigned\""));
        Assert.Contains(lines, l => l.Contains("var second") && l.Contains("ManagedServiceIdentityType.SystemAssigned"));

        // The first fixed: the second diagnostic's finding is now the only one of its kind, and it is not guessed at.
        var afterFirst = await ApplyOnlyActionAsync(document, labels[0]);
        Assert.Empty(await FormatRun.ActionsAsync(afterFirst, labels[1]));
    }

    [Fact]
    public void The_literal_editor_refuses_text_that_is_not_what_was_stamped()
    {
        var original = SourceText.From("var json = \"{ \\\"type\\\": \\\"MSI\\\" }\";");
        var token = new TextSpan(original.ToString().IndexOf("\\\"MSI\\\""), "\\\"MSI\\\"".Length);
        var form = new LiteralForm(LiteralFormKind.Regular, 0, 1, false);
        var target = new FixTarget(FixEditor.JsonInLiteral, token, token, form).Stamped(original);
        var edit = Edit.Replace(0, ValueKind.String, "ManagedServiceIdentity");
        Assert.Equal("\\\"ManagedServiceIdentity\\\"", JsonLiteralEditor.Change(original, target, edit)?.NewText);

        // Same length, other text at the span: refused.
        var changed = original.WithChanges(new TextChange(new TextSpan(token.Start + 2, 3), "XYZ"));
        Assert.Null(JsonLiteralEditor.Change(changed, target, edit));

        // Shorter document: refused, not thrown.
        Assert.Null(JsonLiteralEditor.Change(SourceText.From("x"), target, edit));
    }

    private static async Task<Document> ApplyOnlyActionAsync(Document document, Diagnostic diagnostic)
    {
        var actions = await FormatRun.ActionsAsync(document, diagnostic);
        Assert.Single(actions);
        return (await FormatRun.ApplyAsync(actions[0])).GetDocument(document.Id)!;
    }

    private static async Task<(Project Project, System.Collections.Immutable.ImmutableArray<Diagnostic> Diagnostics)> AnalyzeAsync(string body)
    {
        var workspace = new AdhocWorkspace();
        var project = new AnalyzerTest<CSharpLogicAppAnalyzer> { Source = TypedCSharp.Method(body) }.CreateProject(workspace);
        return (project, await FormatRun.AnalyzeAsync(project.Solution));
    }
}
