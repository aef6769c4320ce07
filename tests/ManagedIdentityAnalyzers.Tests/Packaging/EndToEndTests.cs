using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace ManagedIdentityAnalyzers.Tests.Packaging;

/// <summary>
/// The path a user takes: the packed package, installed from a feed into a new project outside the repository,
/// reports LAMI006 and LAMI001 in <c>dotnet build</c>, and <c>dotnet format analyzers</c> applies their code fixes.
/// With nothing but the PackageReference, the project's logic-app JSON files are analyzed too (the package's build
/// targets add them as AdditionalFiles, bin/, obj/ and node_modules/ excluded): their diagnostics are in the build
/// output and the SARIF log, and <c>dotnet format</c> leaves them alone (it fixes C# sources only).
/// </summary>
[Collection(DotnetCliCollection.Name)]
public sealed class EndToEndTests
{
    private const string SourceFileName = "Identities.cs";

    // The consumer's code: two identity types LAMI006 reports, a Consumption workflow with both identities (LAMI001,
    // whose first fix keeps the listed user-assigned identity), and correct resources around them. Each resource is
    // otherwise complete for its plan, so that no other rule has anything to say.
    private const string Source = """
        using Azure.Core;
        using Azure.ResourceManager.AppService;
        using Azure.ResourceManager.Logic;
        using Azure.ResourceManager.Models;

        namespace Consumer
        {
            public static class Identities
            {
                public static LogicWorkflowData Consumption(AzureLocation location)
                {
                    var identity = new ManagedServiceIdentity("System Assigned");
                    return new LogicWorkflowData(location) { Identity = identity };
                }

                public static WebSiteData Standard(AzureLocation location)
                {
                    var identity = new ManagedServiceIdentity("SystemAssigned,UserAssigned");
                    identity.UserAssignedIdentities.Add(
                        new ResourceIdentifier("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ops"),
                        new UserAssignedIdentity());
                    return new WebSiteData(location) { Kind = "functionapp,workflowapp", Identity = identity };
                }

                public static LogicWorkflowData ConsumptionWithBoth(AzureLocation location)
                {
                    var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssignedUserAssigned);
                    identity.UserAssignedIdentities.Add(
                        new ResourceIdentifier("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ops"),
                        new UserAssignedIdentity());
                    return new LogicWorkflowData(location) { Identity = identity };
                }

                public static LogicWorkflowData Correct(AzureLocation location)
                {
                    return new LogicWorkflowData(location)
                    {
                        Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned),
                    };
                }
            }
        }

        """;

    // A template with a label for an identity type (LAMI006), a Standard project workflow with the designer-only
    // credentialType in a managed-identity authentication (LAMI109), and the same template under node_modules/, which
    // is not included.
    private const string TemplatePath = "deploy/azuredeploy.json";
    private const string WorkflowPath = "OrdersApp/Orders/workflow.json";
    private const string ExcludedPath = "node_modules/orders-templates/azuredeploy.json";

    private const string Template = """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "resources": [
            {
              "type": "Microsoft.Logic/workflows",
              "apiVersion": "2019-05-01",
              "name": "orders",
              "location": "[resourceGroup().location]",
              "identity": { "type": "System Assigned" },
              "properties": { "definition": { "triggers": {}, "actions": {} } }
            }
          ]
        }

        """;

    private const string Workflow = """
        {
          "definition": {
            "triggers": {},
            "actions": {
              "Call": {
                "type": "Http",
                "inputs": { "method": "GET", "uri": "https://contoso.example/api", "authentication": { "type": "ManagedServiceIdentity", "audience": "https://contoso.example", "credentialType": "Secret" } }
              }
            }
          },
          "kind": "Stateful"
        }

        """;

    [Fact]
    public async Task PackageReportsAndFixesLami006AndLami001InAConsumerProject()
    {
        var package = await PackedPackage.GetAsync();
        using var temp = new TempDirectory("mia-e2e");
        var consumer = Path.Combine(temp.Path, "consumer");
        var packages = Path.Combine(temp.Path, "packages");
        Directory.CreateDirectory(consumer);
        Directory.CreateDirectory(packages);
        var project = WriteConsumer(consumer, package);
        var sourcePath = Path.Combine(consumer, SourceFileName);

        // A private global packages folder: the user's cache is never written, and no copy of the package from an
        // earlier run can be picked up.
        var environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = packages };

        // 1. The build reports LAMI006 on both strings and LAMI001 on the Consumption workflow, as warnings, and succeeds.
        var firstSarif = Path.Combine(temp.Path, "first.sarif");
        var firstBuild = await DotnetCli.RunAsync(
            ["build", project, "--no-incremental", DotnetCli.ErrorLogArgument(firstSarif)], consumer, environment);
        firstBuild.EnsureSuccess();
        Assert.True(
            Directory.Exists(Path.Combine(packages, PackedPackage.Id.ToLowerInvariant(), package.Version)),
            $"The package {PackedPackage.Id} {package.Version} was not restored into the private packages folder."
                + Environment.NewLine + firstBuild.Describe());

        var jsonExpected = new[]
        {
            $"{TemplatePath}{Position(Template, "\"System Assigned\"")}: warning LAMI006",
            $"{WorkflowPath}{Position(Workflow, "\"credentialType\"")}: warning LAMI109",
        };
        var expected = new[]
        {
            $"{SourceFileName}{Position(Source, "\"System Assigned\"")}: warning LAMI006",
            $"{SourceFileName}{Position(Source, "\"SystemAssigned,UserAssigned\"")}: warning LAMI006",
            $"{SourceFileName}{Position(Source, "ManagedServiceIdentityType.SystemAssignedUserAssigned")}: warning LAMI001",
        }.Concat(jsonExpected).OrderBy(line => line, StringComparer.Ordinal).ToList();
        var reported = Reported(firstSarif, consumer);
        Assert.True(
            expected.SequenceEqual(reported),
            $"Expected:{Environment.NewLine}{string.Join(Environment.NewLine, expected)}{Environment.NewLine}"
                + $"Reported:{Environment.NewLine}{string.Join(Environment.NewLine, reported)}{Environment.NewLine}"
                + firstBuild.Describe());

        // The build output names the JSON files' diagnostics too, with their line and column.
        foreach (var line in jsonExpected)
        {
            var position = line.Substring(0, line.IndexOf(':', StringComparison.Ordinal));
            Assert.True(
                firstBuild.StandardOutput.Replace('\\', '/').Contains(position, StringComparison.Ordinal),
                $"The build output does not name {position}." + Environment.NewLine + firstBuild.Describe());
        }

        // A development dependency adds nothing to the consumer's output.
        Assert.Empty(Directory.GetFiles(Path.Combine(consumer, "bin"), "ManagedIdentityAnalyzers*", SearchOption.AllDirectories));

        // 2. dotnet format applies the package's code fixes (for LAMI001, the first one: keep the user-assigned identity).
        // One rule per run: dotnet format computes diagnostics once per run, and a fix for one ID moves the code under
        // the others; our fixer refuses such stale locations rather than edit the wrong node.
        var formats = new List<CliResult>();
        foreach (var id in new[] { "LAMI006", "LAMI001" })
        {
            var format = await DotnetCli.RunAsync(
                ["format", "analyzers", project, "--diagnostics", id, "--severity", "warn", "--no-restore", "--verbosity", "normal"],
                consumer,
                environment);
            format.EnsureSuccess();
            Assert.DoesNotContain("Unable to fix", format.Describe(), StringComparison.Ordinal);
            formats.Add(format);
        }

        var fixedSource = File.ReadAllText(sourcePath);
        var context = Environment.NewLine + "--- fixed source ---" + Environment.NewLine + fixedSource + Environment.NewLine
            + string.Join(Environment.NewLine, formats.Select(f => f.Describe()));
        Assert.True(!fixedSource.Contains("\"System Assigned\"", StringComparison.Ordinal), "The label is still there." + context);
        Assert.True(!fixedSource.Contains("\"SystemAssigned,UserAssigned\"", StringComparison.Ordinal), "The no-space value is still there." + context);
        Assert.True(
            Count(fixedSource, "new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned)") == 2,
            "Expected the label replaced by ManagedServiceIdentityType.SystemAssigned (one was there already)." + context);
        Assert.True(
            Count(fixedSource, "new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssignedUserAssigned)") == 1,
            "Expected ManagedServiceIdentityType.SystemAssignedUserAssigned on the Standard app only." + context);
        Assert.True(
            Count(fixedSource, "new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned)") == 1,
            "Expected LAMI001's first fix to keep the user-assigned identity of the Consumption workflow." + context);

        // dotnet format fixes C# sources only: the JSON files are as they were.
        Assert.Equal(Template, File.ReadAllText(Path.Combine(consumer, TemplatePath)));
        Assert.Equal(Workflow, File.ReadAllText(Path.Combine(consumer, WorkflowPath)));

        // 3. The fixed code builds without LAMI006 or LAMI001 in C#; the JSON files' diagnostics remain.
        var secondSarif = Path.Combine(temp.Path, "second.sarif");
        var secondBuild = await DotnetCli.RunAsync(
            ["build", project, "--no-incremental", DotnetCli.ErrorLogArgument(secondSarif)], consumer, environment);
        secondBuild.EnsureSuccess();
        var remaining = Reported(secondSarif, consumer);
        Assert.True(
            remaining.SequenceEqual(jsonExpected.OrderBy(line => line, StringComparer.Ordinal)),
            "Expected only the JSON files' diagnostics after the fix:" + Environment.NewLine
            + string.Join(Environment.NewLine, remaining) + context + Environment.NewLine + secondBuild.Describe());

        // 4. The MSBuild property turns the JSON files off.
        var thirdSarif = Path.Combine(temp.Path, "third.sarif");
        var thirdBuild = await DotnetCli.RunAsync(
            ["build", project, "--no-incremental", "-p:ManagedIdentityAnalyzersIncludeJsonFiles=false", DotnetCli.ErrorLogArgument(thirdSarif)], consumer, environment);
        thirdBuild.EnsureSuccess();
        var withoutJson = Reported(thirdSarif, consumer);
        Assert.True(withoutJson.Count == 0, "JSON files are analyzed although ManagedIdentityAnalyzersIncludeJsonFiles is false:" + Environment.NewLine
            + string.Join(Environment.NewLine, withoutJson) + Environment.NewLine + thirdBuild.Describe());
    }

    private static string WriteConsumer(string directory, PackedPackage package)
    {
        var stubs = AppContext.BaseDirectory;
        var project = Path.Combine(directory, "Consumer.csproj");
        File.WriteAllText(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>disable</ImplicitUsings>
                <Nullable>disable</Nullable>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{PackedPackage.Id}" Version="{package.Version}" PrivateAssets="all" />
                <PackageReference Include="Azure.ResourceManager" Version="1.7.0" />
              </ItemGroup>
              <ItemGroup>
                <Reference Include="Azure.ResourceManager.Logic">
                  <HintPath>{Path.Combine(stubs, "Azure.ResourceManager.Logic.dll")}</HintPath>
                </Reference>
                <Reference Include="Azure.ResourceManager.AppService">
                  <HintPath>{Path.Combine(stubs, "Azure.ResourceManager.AppService.dll")}</HintPath>
                </Reference>
              </ItemGroup>
            </Project>
            """);

        // Nothing from above the temp folder (there should be nothing anyway) shapes the build.
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{package.FeedDirectory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(directory, SourceFileName), Source);
        foreach (var (path, text) in new[] { (TemplatePath, Template), (WorkflowPath, Workflow), (ExcludedPath, Template) })
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return project;
    }

    /// <summary>"(line,column)" of the first occurrence of <paramref name="text"/> in <paramref name="file"/>, 1-based.</summary>
    private static string Position(string file, string text)
    {
        var lines = file.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf(text, StringComparison.Ordinal);
            if (column >= 0)
            {
                return $"({i + 1},{column + 1})";
            }
        }

        throw new InvalidOperationException(text + " is not in the source.");
    }

    private static List<string> Reported(string sarif, string projectDirectory)
    {
        Assert.True(File.Exists(sarif), "The build wrote no SARIF log at " + sarif);
        return SarifLog.Read(sarif)
            .Where(r => r.RuleId is "LAMI006" or "LAMI001" or "LAMI109")
            .Select(r => r.Format(projectDirectory))
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();
    }

    private static int Count(string text, string value)
    {
        var count = 0;
        for (var index = text.IndexOf(value, StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
