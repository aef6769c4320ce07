using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Findings;
using static ManagedIdentityAnalyzers.Tests.Files.JsonFileTest;
using static ManagedIdentityAnalyzers.Tests.Rules.Identity.IdentityIds;

namespace ManagedIdentityAnalyzers.Tests.Files;

/// <summary>
/// Fixes in JSON files: the same edit plans, applied to the file's text, keeping its indentation and line ends; one
/// at a time and with Fix All in document, project and solution scope (the verifier runs every one).
/// </summary>
public class JsonFixTests
{
    private static Task VerifyFix(string path, string before, string after, string? key = null) =>
        FixTest(new[] { (path, before) }, new[] { (path, after) }, key).RunAsync();

    [Fact]
    public Task Identity_type_is_replaced_in_place() => VerifyFix(
        "azuredeploy.json",
        Template(Workflow(""" "identity": { "type": {|LAMI006:"System Assigned"|} } """)),
        Template(Workflow(""" "identity": { "type": "SystemAssigned" } """)));

    [Fact]
    public Task System_identity_is_added_to_the_workflow_on_its_own_line_with_crlf()
    {
        const string Definition = """
            {
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
            """;
        var before = $$"""
            {
              "$schema": "{{TemplateSchema}}",
              "resources": [
                {
                  "type": "Microsoft.Logic/workflows",
                  "name": "orders",
                  "properties": {
                    "definition": {{Definition}}
                  }
                }
              ]
            }
            """.Replace("\r\n", "\n").Replace("\n", "\r\n");
        var after = before
            .Replace("{|LAMI101:\"authentication\"|}", "\"authentication\"")
            .Replace("        }\r\n      }\r\n      }\r\n    }\r\n  ]", "        }\r\n      }\r\n      },\r\n      \"identity\": { \"type\": \"SystemAssigned\" }\r\n    }\r\n  ]");
        return VerifyFix("azuredeploy.json", before, after);
    }

    [Fact]
    public Task None_becomes_SystemAssigned() => VerifyFix(
        "azuredeploy.json",
        Template(Workflow(""" "identity": { "type": "None" } """, """{ "actions": { "A": { "type": "Http", "inputs": { "uri": "https://contoso.example", {|LAMI101:"authentication"|}: { "type": "ManagedServiceIdentity", "audience": "https://contoso.example" } } } } }""")),
        Template(Workflow(""" "identity": { "type": "SystemAssigned" } """, """{ "actions": { "A": { "type": "Http", "inputs": { "uri": "https://contoso.example", "authentication": { "type": "ManagedServiceIdentity", "audience": "https://contoso.example" } } } } }""")));

    [Fact]
    public Task Keeping_the_system_identity_removes_the_user_assigned_entries() => VerifyFix(
        "azuredeploy.json",
        Template(Workflow($$"""
            "identity": {
                    "type": {|LAMI001:"SystemAssigned, UserAssigned"|},
                    "userAssignedIdentities": {
                      "{{Ops}}": {}
                    }
                  }
            """)),
        Template(Workflow("""
            "identity": {
                    "type": "SystemAssigned",
                    "userAssignedIdentities": {
                    }
                  }
            """)),
        FixKeys.KeepSystemAssignedIdentity);

    private const string Connections = """
        {
          "managedApiConnections": {
            "keyvault": {
              "api": { "id": "/subscriptions/0000/providers/Microsoft.Web/locations/westeurope/managedApis/keyvault" },
              {|LAMI204:"authentication"|}: {
                "type": "Raw",
                "scheme": "Key",
                "parameter": "@appsetting('keyvault-connectionKey')"
              },
              "connectionProperties": {
                "authentication": {
                  "type": "ManagedServiceIdentity",
                  "audience": {|LAMI106:"https://vault.azure.net/"|}
                }
              }
            },
            "blob": {
              "api": { "id": "/subscriptions/0000/providers/Microsoft.Web/locations/westeurope/managedApis/azureblob" },
              "authentication": { "type": "ManagedServiceIdentity" },
              "connectionProperties": {
                {|LAMI104:"authentication"|}: {
                  "type": "ManagedServiceIdentity"
                }
              }
            }
          }
        }
        """;

    [Fact]
    public Task Token_store_key_is_replaced_by_the_managed_identity() => VerifyFix(
        "OrdersApp/connections.json",
        Connections,
        Connections
            .Replace("""
                {|LAMI204:"authentication"|}: {
                        "type": "Raw",
                        "scheme": "Key",
                        "parameter": "@appsetting('keyvault-connectionKey')"
                      },
                """, """
                "authentication": { "type": "ManagedServiceIdentity" },
                """)
            .Replace("{|LAMI104:", "").Replace("\"authentication\"|}", "\"authentication\"")
            .Replace("{|LAMI106:\"https://vault.azure.net/\"|}", "\"https://vault.azure.net\"")
            .Replace("""
                          "type": "ManagedServiceIdentity"
                        }
                      }
                    }
                  }
                """, """
                          "type": "ManagedServiceIdentity",
                          "audience": "https://storage.azure.com/"
                        }
                      }
                    }
                  }
                """));

    [Fact]
    public Task Audience_is_added_to_a_one_line_object_and_a_stray_property_removed() => VerifyFix(
        "OrdersApp/Orders/workflow.json",
        """
        {
          "definition": {
            "actions": {
              "Read": {
                "type": "Http",
                "inputs": {
                  "uri": "https://contoso.vault.azure.net/secrets/a",
                  {|LAMI104:"authentication"|}: { "type": "ManagedServiceIdentity", {|LAMI109:"secret"|}: "@parameters('s')", }
                }
              }
            }
          },
          "kind": "Stateful"
        }
        """,
        """
        {
          "definition": {
            "actions": {
              "Read": {
                "type": "Http",
                "inputs": {
                  "uri": "https://contoso.vault.azure.net/secrets/a",
                  "authentication": { "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net" }
                }
              }
            }
          },
          "kind": "Stateful"
        }
        """);

    [Fact]
    public Task Fix_all_across_files_and_within_a_file() => FixTest(
        new[]
        {
            ("azuredeploy.json", Template(Workflow(""" "identity": { "type": {|LAMI006:"System Assigned"|} } """) + ",\n"
                + Workflow(""" "identity": { "type": {|LAMI006:"system assigned"|} } """, name: "billing"))),
            ("deploy/orders.template.json", Template(Workflow(""" "identity": { "type": {|LAMI006:"SYSTEMASSIGNED"|} } """))),
        },
        new[]
        {
            ("azuredeploy.json", Template(Workflow(""" "identity": { "type": "SystemAssigned" } """) + ",\n"
                + Workflow(""" "identity": { "type": "SystemAssigned" } """, name: "billing"))),
            ("deploy/orders.template.json", Template(Workflow(""" "identity": { "type": "SystemAssigned" } """))),
        }).RunAsync();

    [Fact]
    public Task Fix_all_in_CSharp_and_in_a_file_together()
    {
        const string Source = """
            using Azure.Core;
            using Azure.ResourceManager.Logic;
            using Azure.ResourceManager.Models;

            public static class Workflows
            {
                public static LogicWorkflowData Orders(AzureLocation location) =>
                    new LogicWorkflowData(location) { Identity = new ManagedServiceIdentity({|LAMI006:"System Assigned"|}) };
            }
            """;
        var test = FixTest(
            new[] { ("azuredeploy.json", Template(Workflow(""" "identity": { "type": {|LAMI006:"System Assigned"|} } """))) },
            new[] { ("azuredeploy.json", Template(Workflow(""" "identity": { "type": "SystemAssigned" } """))) });
        test.Analyzers = new Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer[] { new Entry.CSharpLogicAppAnalyzer(), new Entry.JsonFileAnalyzer() };
        test.Source = Source;
        test.FixedSource = Source
            .Replace("{|LAMI006:\"System Assigned\"|}", "ManagedServiceIdentityType.SystemAssigned");
        return test.RunAsync();
    }

    [Fact]
    public Task Comments_and_trailing_commas_stay() => VerifyFix(
        "azuredeploy.json",
        """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", // schema
          "resources": [
            {
              "type": "Microsoft.Logic/workflows", /* Consumption */
              "name": "orders",
              "identity": {
                "type": /* to fix */ {|LAMI006:"system-assigned"|}, // canonical next
              },
            },
          ],
        }
        """,
        """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", // schema
          "resources": [
            {
              "type": "Microsoft.Logic/workflows", /* Consumption */
              "name": "orders",
              "identity": {
                "type": /* to fix */ "SystemAssigned", // canonical next
              },
            },
          ],
        }
        """);

    [Fact]
    public Task An_expression_is_reported_but_not_rewritten() => VerifyFix(
        "azuredeploy.json",
        Template(Workflow(""" "identity": { "type": {|LAMI006:"[concat('System', ' Assigned')]"|} } """)),
        Template(Workflow(""" "identity": { "type": {|LAMI006:"[concat('System', ' Assigned')]"|} } """)));

    [Fact]
    public Task A_variable_is_fixed_where_it_is_written() => VerifyFix(
        "azuredeploy.json",
        Template(Workflow(""" "identity": { "type": "[variables('identityType')]" } """), variables: """{ "identityType": {|LAMI006:"System Assigned"|} }"""),
        Template(Workflow(""" "identity": { "type": "[variables('identityType')]" } """), variables: """{ "identityType": "SystemAssigned" }"""));

    private const string OpsKey = "[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', variables('identityName'))]";

    private static string UserAssignedWorkflow(string authentication) => Template(
        Workflow(
            $$""" "identity": { "type": "UserAssigned", "userAssignedIdentities": { "{{OpsKey}}": {} } } """,
            "{ \"actions\": { \"A\": { \"type\": \"Http\", \"inputs\": { \"uri\": \"https://contoso.vault.azure.net/secrets/a\", " + authentication + " } } } }"),
        variables: """{ "identityName": "ops" }""");

    [Fact]
    public Task The_attached_identity_is_named_with_the_templates_own_expression() => VerifyFix(
        "azuredeploy.json",
        UserAssignedWorkflow("""{|LAMI103:"authentication"|}: { "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net" }"""),
        UserAssignedWorkflow("\"authentication\": { \"type\": \"ManagedServiceIdentity\", \"audience\": \"https://vault.azure.net\", \"identity\": \"" + OpsKey + "\" }"));

    [Fact]
    public Task An_identity_that_is_not_attached_becomes_the_templates_own_expression() => VerifyFix(
        "azuredeploy.json",
        UserAssignedWorkflow($$""" "authentication": { "type": "ManagedServiceIdentity", "identity": {|LAMI102:"{{Audit}}"|}, "audience": "https://vault.azure.net" }"""),
        UserAssignedWorkflow($$""" "authentication": { "type": "ManagedServiceIdentity", "identity": "{{OpsKey}}", "audience": "https://vault.azure.net" }"""));

    [Fact]
    public Task An_identity_written_as_an_expression_is_reported_without_a_fix() => VerifyFix(
        "azuredeploy.json",
        UserAssignedWorkflow(""" "authentication": { "type": "ManagedServiceIdentity", "identity": {|LAMI102:"[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', 'audit')]"|}, "audience": "https://vault.azure.net" }"""),
        UserAssignedWorkflow(""" "authentication": { "type": "ManagedServiceIdentity", "identity": {|LAMI102:"[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', 'audit')]"|}, "audience": "https://vault.azure.net" }"""));

    /// <summary>
    /// A string holding a line break (the reader accepts one) followed by "//" on the next line: the new member still
    /// goes after the object's last member, not into the string (the insertion point was taken for a comment's start;
    /// with a removal around it, the fix threw; mutation test).
    /// </summary>
    [Fact]
    public Task A_line_break_in_a_string_before_slashes_is_not_a_comment()
    {
        const string Before = """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "resources": [
                {
                  "type": "Microsoft.Logic/workflows",
                  "name": "orders",
                  "properties": {
                    "definition": { "actions": { "A": { "type": "Http", "inputs": { "uri": "https://contoso.vault.azure.net/secrets/a", {|LAMI101:"authentication"|}: { "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net" } } } } }
                  },
                  "tags": { "note": "see
            // here" }
                }
              ]
            }
            """;
        return VerifyFix("azuredeploy.json", Before, Before.Replace("{|LAMI101:\"authentication\"|}", "\"authentication\"").Replace("// here\" }", "// here\" },\n\"identity\": { \"type\": \"SystemAssigned\" }"));
    }
}
