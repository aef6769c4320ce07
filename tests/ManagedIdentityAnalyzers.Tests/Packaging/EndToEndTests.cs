using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace ManagedIdentityAnalyzers.Tests.Packaging;

/// <summary>
/// The path a user takes: the packed package, installed from a feed into a new project outside the repository,
/// reports its diagnostics in <c>dotnet build</c> (SARIF), and one <c>dotnet format analyzers --severity info</c> run
/// applies every code fix, those inside JSON string literals included; the project then builds and reports nothing in
/// its C#. With nothing but the PackageReference, the project's logic-app JSON files are analyzed too (the package's
/// build targets add them as AdditionalFiles, bin/, obj/ and node_modules/ excluded): their diagnostics are in the
/// build output and the SARIF log, <c>dotnet format</c> leaves them alone (it fixes C# sources only), and an MSBuild
/// property turns them off.
/// </summary>
[Collection(DotnetCliCollection.Name)]
public sealed class EndToEndTests
{
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
    public async Task PackageReportsAndOneFormatRunFixesEveryRule()
    {
        var package = await PackedPackage.GetAsync();
        using var temp = new TempDirectory("mia-e2e");
        var consumer = Path.Combine(temp.Path, "consumer");
        var packages = Path.Combine(temp.Path, "packages");
        Directory.CreateDirectory(consumer);
        Directory.CreateDirectory(packages);
        var project = WriteConsumer(consumer, package);
        var sourcePath = Path.Combine(consumer, ConsumerSource.FileName);

        // A private global packages folder: the user's cache is never written, and no copy of the package from an
        // earlier run can be picked up.
        var environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = packages };

        // 1. The build reports every finding of the consumer at its place, and succeeds.
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
        }.OrderBy(line => line, StringComparer.Ordinal).ToList();
        var expected = ConsumerSource.Expected
            .Select(e => $"{ConsumerSource.FileName}{ConsumerSource.Position(e.Line, e.Token)}: {Level(e.Id)} {e.Id}")
            .Concat(jsonExpected)
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();
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

        // 2. One dotnet format run, all rules: every diagnostic has a fix, and every fix applies.
        var format = await DotnetCli.RunAsync(
            ["format", "analyzers", project, "--severity", "info", "--no-restore", "--verbosity", "normal"],
            consumer,
            environment);
        format.EnsureSuccess();
        var fixedSource = File.ReadAllText(sourcePath);
        var context = Environment.NewLine + "--- fixed source ---" + Environment.NewLine + fixedSource + Environment.NewLine + format.Describe();
        Assert.True(!format.Describe().Contains("Unable to fix", StringComparison.Ordinal), "dotnet format could not fix something." + context);
        foreach (var gone in new[] { "\"System Assigned\"", "\"SystemAssigned,UserAssigned\"", "\"Managed Identity\"", "credentialType", "/.default", "\"Basic\"", "\"MSI\"" })
        {
            Assert.True(!fixedSource.Contains(gone, StringComparison.Ordinal), gone + " is still there." + context);
        }

        foreach (var written in new[]
        {
            "new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);\n            return new LogicWorkflowData(location) { Identity = identity };",
            "new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssignedUserAssigned);\n            identity.UserAssignedIdentities.Add",
            "\"audience\": \"https://vault.azure.net\"",
            "\"audience\": \"https://storage.azure.com/\"",
            "\"x-ms-version\": \"2024-05-05\"",
            "\"\"audience\"\": \"\"https://vault.azure.net\"\"",
            "type = \"ManagedServiceIdentity\", audience = \"https://vault.azure.net\"",
            "Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned) };",
        })
        {
            Assert.True(fixedSource.Replace("\r\n", "\n").Contains(written, StringComparison.Ordinal), "Expected in the fixed source: " + written + context);
        }

        // dotnet format fixes C# sources only: the JSON files are as they were.
        Assert.Equal(Template, File.ReadAllText(Path.Combine(consumer, TemplatePath)));
        Assert.Equal(Workflow, File.ReadAllText(Path.Combine(consumer, WorkflowPath)));

        // 3. The fixed code builds and reports none of the fixed diagnostics (nor any other) in C#; the JSON files'
        // diagnostics remain.
        var secondSarif = Path.Combine(temp.Path, "second.sarif");
        var secondBuild = await DotnetCli.RunAsync(
            ["build", project, "--no-incremental", DotnetCli.ErrorLogArgument(secondSarif)], consumer, environment);
        secondBuild.EnsureSuccess();
        var remaining = Reported(secondSarif, consumer);
        Assert.True(remaining.SequenceEqual(jsonExpected), "Expected only the JSON files' diagnostics after the fixes:" + Environment.NewLine
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

        throw new InvalidOperationException($"'{text}' is not in the file.");
    }

    /// <summary>The level the build reports an ID at: its default severity, errors lowered to warnings (<see cref="EditorConfig"/>).</summary>
    private static string Level(string id) =>
        ManagedIdentityAnalyzers.Descriptors.RuleDescriptors.All.Single(d => d.Id == id).DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Info
            ? "info"
            : "warning";

    /// <summary>
    /// The consumer's .editorconfig: the rules that are errors by default are lowered to warnings, so that the first
    /// build succeeds and lists them (as the sample does). dotnet format fixes them all the same.
    /// </summary>
    private static string EditorConfig() =>
        "root = true\n\n[*.cs]\n" + string.Concat(ManagedIdentityAnalyzers.Descriptors.RuleDescriptors.All
            .Where(d => d.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
            .Select(d => $"dotnet_diagnostic.{d.Id}.severity = warning\n"));

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
        File.WriteAllText(Path.Combine(directory, ".editorconfig"), EditorConfig());
        File.WriteAllText(Path.Combine(directory, ConsumerSource.FileName), ConsumerSource.Text);
        foreach (var (path, text) in new[] { (TemplatePath, Template), (WorkflowPath, Workflow), (ExcludedPath, Template) })
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return project;
    }

    private static List<string> Reported(string sarif, string projectDirectory)
    {
        Assert.True(File.Exists(sarif), "The build wrote no SARIF log at " + sarif);
        return SarifLog.Read(sarif)
            .Where(r => r.RuleId.StartsWith("LAMI", StringComparison.Ordinal))
            .Select(r => r.Format(projectDirectory))
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();
    }
}
