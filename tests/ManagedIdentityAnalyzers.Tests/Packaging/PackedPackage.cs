using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace ManagedIdentityAnalyzers.Tests.Packaging;

/// <summary>
/// The package, packed once per test run with a version no earlier run used (so no NuGet cache can hold a stale
/// copy) into a folder of its own, which the end-to-end test uses as a package feed.
/// </summary>
public sealed record PackedPackage(string Version, string FeedDirectory, string NupkgPath, CliResult Pack)
{
    public const string Id = "ManagedIdentityAnalyzers";

    private static readonly Lazy<Task<PackedPackage>> s_instance = new(PackAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    public static Task<PackedPackage> GetAsync() => s_instance.Value;

    private static async Task<PackedPackage> PackAsync()
    {
        var version = "0.0.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        var feed = Path.Combine(Path.GetTempPath(), "mia-feed-" + Guid.NewGuid().ToString("N").Substring(0, 12));
        Directory.CreateDirectory(feed);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TempDirectory.TryDelete(feed);

        var pack = await DotnetCli.RunAsync(
            ["pack", RepoLayout.PackageProject, "-c", "Release", "-o", feed, "-p:Version=" + version],
            RepoLayout.Root).ConfigureAwait(false);
        pack.EnsureSuccess();

        var packages = Directory.GetFiles(feed, "*.nupkg");
        var expected = Path.Combine(feed, $"{Id}.{version}.nupkg");
        if (packages.Length != 1 || !string.Equals(packages[0], expected, StringComparison.Ordinal))
        {
            Assert.Fail($"Expected exactly {expected}, found: {string.Join(", ", packages.Select(Path.GetFileName))}"
                + Environment.NewLine + pack.Describe());
        }

        return new PackedPackage(version, feed, expected, pack);
    }
}
