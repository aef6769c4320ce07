using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Entry;
using ManagedIdentityAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis.Diagnostics;
using static ManagedIdentityAnalyzers.Tests.Files.JsonFileTest;

namespace ManagedIdentityAnalyzers.Tests.Files;

/// <summary>
/// ARM templates deployed from C#: <c>ArmDeploymentProperties.Template</c> written as JSON in any form the C# reader
/// handles, and a template or definition that C# loads from a JSON file of the project, whose findings are reported
/// in the file, once.
/// </summary>
public class TemplatesInCSharpTests
{
    private const string Usings = """
        using System;
        using System.IO;
        using System.Threading.Tasks;
        using Azure;
        using Azure.Core;
        using Azure.ResourceManager;
        using Azure.ResourceManager.Logic;
        using Azure.ResourceManager.Models;
        using Azure.ResourceManager.Resources;
        using Azure.ResourceManager.Resources.Models;

        """;

    private static string Deployment(string template) => Usings + $$"""
        public class Deployments
        {
            public async Task Deploy(ResourceGroupResource rg)
            {
                var properties = new ArmDeploymentProperties(ArmDeploymentMode.Incremental)
                {
                    Template = {{template}},
                };
                await rg.GetArmDeployments().CreateOrUpdateAsync(WaitUntil.Completed, "orders", new ArmDeploymentContent(properties));
            }
        }
        """;

    private static AnalyzerTest Both(string source, params (string Path, string Markup)[] files)
    {
        var test = new AnalyzerTest { Analyzers = new DiagnosticAnalyzer[] { new CSharpLogicAppAnalyzer(), new JsonFileAnalyzer() }, Source = source };
        test.AdditionalFiles.AddRange(files);
        return test;
    }

    [Fact]
    public Task Template_in_a_raw_string_literal() => new AnalyzerTest<CSharpLogicAppAnalyzer>
    {
        Source = Deployment(""""
            BinaryData.FromString("""
                        {
                          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                          "contentVersion": "1.0.0.0",
                          "resources": [
                            {
                              "type": "Microsoft.Logic/workflows",
                              "apiVersion": "2019-05-01",
                              "name": "orders",
                              "identity": { "type": {|LAMI006:"System Assigned"|} },
                              "properties": { "definition": { "triggers": {}, "actions": {} } }
                            },
                            {
                              "type": "Microsoft.Logic/workflows",
                              "apiVersion": "2019-05-01",
                              "name": "billing",
                              "properties": {
                                "definition": {
                                  "actions": {
                                    "Read": {
                                      "type": "Http",
                                      "inputs": {
                                        "uri": "https://contoso.vault.azure.net/secrets/a",
                                        {|LAMI101:"authentication"|}: { "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net" }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          ]
                        }
                        """)
            """"),
    }.RunAsync();

    [Fact]
    public Task Template_as_an_anonymous_object() => new AnalyzerTest<CSharpLogicAppAnalyzer>
    {
        Source = Deployment("""
            BinaryData.FromObjectAsJson(new
                        {
                            resources = new object[]
                            {
                                new
                                {
                                    type = "Microsoft.Logic/workflows",
                                    name = "orders",
                                    identity = new { type = {|LAMI006:"systemassigned"|} },
                                },
                                new
                                {
                                    type = "Microsoft.Web/sites",
                                    name = "orders-standard",
                                    kind = "functionapp,workflowapp",
                                    identity = new { type = {|LAMI003:"UserAssigned"|} },
                                },
                            },
                        })
            """),
    }.RunAsync();

    [Fact]
    public Task Parameters_of_a_template_deployed_from_CSharp_are_unknown() => new AnalyzerTest<CSharpLogicAppAnalyzer>
    {
        Source = Deployment(""""
            BinaryData.FromString("""
                        {
                          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                          "parameters": { "identityType": { "type": "string", "defaultValue": "System Assigned" } },
                          "variables": { "fixedType": {|LAMI006:"System Assigned"|} },
                          "resources": [
                            { "type": "Microsoft.Logic/workflows", "name": "a", "identity": { "type": "[parameters('identityType')]" } },
                            { "type": "Microsoft.Logic/workflows", "name": "b", "identity": { "type": "[variables('fixedType')]" } }
                          ]
                        }
                        """)
            """"),
    }.RunAsync();

    [Theory]
    [InlineData("BinaryData.FromString(File.ReadAllText(\"deploy/azuredeploy.json\"))")]
    [InlineData("BinaryData.FromString(await File.ReadAllTextAsync(\"azuredeploy.json\"))")]
    [InlineData("BinaryData.FromBytes(File.ReadAllBytes(Path.Combine(\"deploy\", \"azuredeploy.json\")))")]
    [InlineData("new BinaryData(File.ReadAllBytes(\"./deploy/azuredeploy.json\"))")]
    public Task Template_loaded_from_a_file_is_reported_in_the_file_once(string template) => Both(
        Deployment(template),
        ("deploy/azuredeploy.json", Template(Workflow(""" "identity": { "type": {|LAMI006:"System Assigned"|} } """)))).RunAsync();

    [Fact]
    public Task Definition_loaded_from_a_file_is_linked_to_its_logic_app() => Both(
        Usings + """
            public class Deployments
            {
                public async Task Deploy(ResourceGroupResource rg, AzureLocation location)
                {
                    var data = new LogicWorkflowData(location)
                    {
                        Definition = {|LAMI101:BinaryData.FromString(File.ReadAllText("definitions/orders.json"))|},
                    };
                    await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);
                }
            }
            """,
        ("definitions/orders.json", """
            {
              "actions": {
                "Read": {
                  "type": "Http",
                  "inputs": {
                    "uri": "https://contoso.vault.azure.net/secrets/a",
                    "authentication": { "type": "ManagedServiceIdentity", "audience": {|LAMI106:"https://vault.azure.net/"|} }
                  }
                }
              }
            }
            """)).RunAsync();

    [Fact]
    public Task Definition_file_the_file_analysis_reads_is_reported_there_once() => Both(
        Usings + """
            public class Deployments
            {
                public async Task Deploy(ResourceGroupResource rg, AzureLocation location)
                {
                    var data = new LogicWorkflowData(location)
                    {
                        Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned),
                        Definition = BinaryData.FromString(File.ReadAllText("orders.json")),
                    };
                    await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);
                }

                public BinaryData Again() => BinaryData.FromString(File.ReadAllText("orders.json"));
            }
            """,
        ("orders.json", $$"""
            {
              "$schema": "{{DefinitionSchema}}",
              "actions": {
                "Read": {
                  "type": "Http",
                  "inputs": {
                    "uri": "https://contoso.vault.azure.net/secrets/a",
                    "authentication": { "type": {|LAMI100:"MSI"|}, "audience": "https://vault.azure.net" }
                  }
                }
              }
            }
            """)).RunAsync();

    private const string TemplateWithoutSchema = """
        {
          "resources": [
            { "type": "Microsoft.Logic/workflows", "name": "orders", "identity": { "type": "System Assigned" } }
          ]
        }
        """;

    [Fact]
    public Task A_file_only_CSharp_reads_is_reported_by_the_CSharp_analysis_once()
    {
        // Two documents deploy the same file: its finding is reported once.
        var test = Both(
            Deployment("BinaryData.FromString(File.ReadAllText(\"orders.json\"))"),
            ("prod/orders.json", TemplateWithoutSchema.Replace("\"System Assigned\"", "{|LAMI006:\"System Assigned\"|}")));
        test.AdditionalSources.Add(("Again.cs", Deployment("BinaryData.FromString(File.ReadAllText(\"prod/orders.json\"))").Replace("class Deployments", "class MoreDeployments")));
        return test.RunAsync();
    }

    [Fact]
    public Task A_path_that_names_several_files_is_unknown() => Both(
        Deployment("BinaryData.FromString(File.ReadAllText(\"orders.json\"))"),
        ("prod/orders.json", TemplateWithoutSchema),
        ("test/orders.json", TemplateWithoutSchema)).RunAsync();
}
