using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Tests.Verification;
using static ManagedIdentityAnalyzers.Tests.Files.JsonFileTest;

namespace ManagedIdentityAnalyzers.Tests.Files;

/// <summary>
/// Diagnostics in JSON files sit on the exact token, at the right line and column, whatever the file holds besides
/// JSON: comments, trailing commas, a byte order mark, CRLF line ends.
/// </summary>
public class PositionTests
{
    private const string CommentedTemplate = """
        // The orders workflow.
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", /* the schema */
          "resources": [
            {
              "type": "Microsoft.Logic/workflows", // Consumption
              "name": "orders",
              /* identity */ "identity": {
                // "type": "SystemAssigned",
                "type": /* not canonical */ {|LAMI006:"system assigned"|}, // trailing comma next
              },
              "properties": {
                "definition": {
                  "triggers": {},
                  "actions": {
                    "Call": {
                      "type": "Http",
                      "inputs": {
                        "uri": "https://contoso.example/api", /* "authentication": { "type": "Basic" } */
                        "authentication": { "type": {|LAMI100:"MSI"|}, },
                      },
                    },
                  },
                },
              },
            },
          ],
        }
        """;

    [Fact]
    public Task Comments_and_trailing_commas() => VerifyAsync(("azuredeploy.json", CommentedTemplate));

    [Fact]
    public Task Crlf_line_ends() => VerifyAsync(("azuredeploy.json", CommentedTemplate.Replace("\r\n", "\n").Replace("\n", "\r\n")));

    [Fact]
    public Task Byte_order_mark() => VerifyAsync(("azuredeploy.json", "\uFEFF" + CommentedTemplate));

    [Fact]
    public Task Line_and_column_with_crlf_and_a_byte_order_mark()
    {
        var text = "\uFEFF" + """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "resources": [
                {
                  "type": "Microsoft.Logic/workflows",
                  "name": "orders",
                  "identity": { "type": "System Assigned" }
                }
              ]
            }
            """.Replace("\r\n", "\n").Replace("\n", "\r\n");
        var test = Test(("azuredeploy.json", text));

        // Line 7, columns 29-46 (1-based; the byte order mark is a character of line 1 only).
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("LAMI006").WithSpan("azuredeploy.json", 7, 29, 7, 46));
        return test.RunAsync();
    }

    [Fact]
    public Task Block_level_finding_on_the_member_name_in_a_standard_workflow() => VerifyAsync(("Orders/Order/workflow.json", """
        {
          "definition": {
            "triggers": {},
            "actions": {
              "Run": {
                "type": "Function",
                "inputs": {
                  "function": { "id": "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Web/sites/fn/functions/run" },
                  {|LAMI112:"authentication"|}: { "type": "ManagedServiceIdentity", "audience": "api://orders" }
                }
              }
            }
          },
          "kind": "Stateless"
        }
        """));
}
