using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Entry;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Readers;
using ManagedIdentityAnalyzers.Readers.CSharp;
using ManagedIdentityAnalyzers.Reporting;
using ManagedIdentityAnalyzers.Rules;
using ManagedIdentityAnalyzers.Tests.Robustness;
using ManagedIdentityAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace ManagedIdentityAnalyzers.Tests.Fixes;

/// <summary>
/// The reporter finds JSON paths only for the nodes of findings with a fix, and stops walking once it has them
/// (<see cref="FindingKeys.Index"/>): a finding's key must not depend on which other findings are keyed with it.
/// </summary>
public class FindingKeysTests
{
    [Fact]
    public async Task A_key_is_the_same_whether_one_or_every_finding_is_keyed()
    {
        var project = new AnalyzerTest<CSharpLogicAppAnalyzer> { Source = CancellationTests.LargeSource(12) }.CreateProject(new AdhocWorkspace());
        var model = (await project.Documents.First().GetSemanticModelAsync())!;
        var logicApps = DocumentReader.Read(model, SdkSymbols.TryCreate(model.Compilation)!, CancellationToken.None);
        var findings = RuleEngine.Check(logicApps, RuleOptions.Default, CancellationToken.None).Where(f => f.RuleId == "LAMI104").ToList();
        Assert.True(findings.Count >= 12);

        var all = FindingKeys.Index(logicApps, new HashSet<SourceRef>(findings.Select(f => f.Node)), CancellationToken.None);
        var keys = new HashSet<string>();
        foreach (var finding in findings)
        {
            var location = ((IReportableSource)finding.Node).Location;
            var alone = FindingKeys.Index(logicApps, new HashSet<SourceRef> { finding.Node }, CancellationToken.None);
            var key = alone.KeyOf(finding.Node, location, finding.MessageArguments, CancellationToken.None);
            Assert.Equal(all.KeyOf(finding.Node, location, finding.MessageArguments, CancellationToken.None), key);
            Assert.Contains("def/actions/A", key);
            keys.Add(key);
        }

        // Each action's finding has its own path.
        Assert.True(keys.Count >= 12);
    }
}
