using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Tests.Packaging;

namespace ManagedIdentityAnalyzers.Tests.Sample;

/// <summary>
/// Builds samples/InfraSample as a user would and checks that the analyzers report exactly the diagnostics listed in
/// samples/InfraSample/expected-diagnostics.txt: the sample's comments, that list and the analyzers agree.
/// </summary>
[Collection(DotnetCliCollection.Name)]
public sealed class SampleDiagnosticsTests
{
    public const string ExpectedFileName = "expected-diagnostics.txt";

    [Fact]
    public async Task SampleBuildReportsTheExpectedDiagnostics()
    {
        using var temp = new TempDirectory("mia-sample");
        var sarif = Path.Combine(temp.Path, "sample.sarif");

        // --no-incremental: the compiler must run (and write the log) even when the sample is up to date.
        // --no-dependencies: the analyzers and the stubs were built with the test project, in this configuration; the
        // ErrorLog property would otherwise reach their compilations too, which would write the same log.
        var build = await DotnetCli.RunAsync(
            [
                "build", RepoLayout.SampleProject,
                "--no-incremental", "--no-dependencies",
                "-c", RepoLayout.TestConfiguration,
                DotnetCli.ErrorLogArgument(sarif),
            ],
            RepoLayout.Root);
        build.EnsureSuccess();
        Assert.True(File.Exists(sarif), "The build wrote no SARIF log." + Environment.NewLine + build.Describe());

        var actual = SarifLog.Read(sarif)
            .Where(r => r.RuleId.StartsWith("LAMI", StringComparison.Ordinal))
            .Select(r => r.Format(RepoLayout.SampleProjectDirectory))
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();
        var expected = File.ReadAllLines(Path.Combine(RepoLayout.SampleProjectDirectory, ExpectedFileName))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();

        if (!expected.SequenceEqual(actual, StringComparer.Ordinal))
        {
            var nl = Environment.NewLine;
            Assert.Fail(
                $"The sample's diagnostics differ from {ExpectedFileName}.{nl}"
                + $"--- expected ({expected.Count}) ---{nl}{string.Join(nl, expected)}{nl}"
                + $"--- actual ({actual.Count}) ---{nl}{string.Join(nl, actual)}{nl}"
                + $"--- missing ---{nl}{string.Join(nl, expected.Except(actual, StringComparer.Ordinal))}{nl}"
                + $"--- unexpected ---{nl}{string.Join(nl, actual.Except(expected, StringComparer.Ordinal))}{nl}"
                + build.Describe());
        }
    }
}
