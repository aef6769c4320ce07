using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Tests.Verification;
using static ManagedIdentityAnalyzers.Tests.Files.JsonFileTest;
using static ManagedIdentityAnalyzers.Tests.Rules.Identity.IdentityIds;

namespace ManagedIdentityAnalyzers.Tests.Files;

/// <summary>
/// Within one template the resources see each other: a workflow's identity, its definition and its
/// <c>$connections</c>; expressions are evaluated as far as certain, and findings are located on the literal an
/// expression names, or on the expression.
/// </summary>
public class TemplateModelTests
{
    private static string Definition(string authentication, string uri = "https://contoso.vault.azure.net/secrets/x?api-version=7.4") => $$"""
        {
                  "$schema": "{{DefinitionSchema}}",
                  "contentVersion": "1.0.0.0",
                  "triggers": { "manual": { "type": "Request", "kind": "Http" } },
                  "actions": {
                    "Read": {
                      "type": "Http",
                      "inputs": { "method": "GET", "uri": "{{uri}}", {{authentication}} }
                    }
                  }
                }
        """;

    [Fact]
    public Task Managed_identity_in_the_definition_of_a_workflow_without_identity() => VerifyAsync(("azuredeploy.json", Template(Workflow(
        identity: null,
        Definition("""{|LAMI101:"authentication"|}: { "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net" }""")))));

    [Fact]
    public Task Managed_identity_in_the_definition_of_a_workflow_with_its_system_identity() => VerifyAsync(("azuredeploy.json", Template(Workflow(
        """ "identity": { "type": "SystemAssigned" } """,
        Definition(""" "authentication": { "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net" }""")))));

    [Fact]
    public Task Identity_that_is_not_attached() => VerifyAsync(("azuredeploy.json", Template(Workflow(
        $$""" "identity": { "type": "UserAssigned", "userAssignedIdentities": { "{{Ops}}": {} } } """,
        Definition($$""" "authentication": { "type": "ManagedServiceIdentity", "identity": {|LAMI102:"{{Audit}}"|}, "audience": "https://vault.azure.net" }""")))));

    [Fact]
    public Task Identities_built_with_resourceId_are_compared_by_their_names() => VerifyAsync(("azuredeploy.json", Template(
        Workflow(
            """ "identity": { "type": "UserAssigned", "userAssignedIdentities": { "[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', variables('identityName'))]": {} } } """,
            Definition(""" "authentication": { "type": "ManagedServiceIdentity", "identity": {|LAMI102:"[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', 'audit')]"|}, "audience": "https://vault.azure.net" }"""),
            name: "orders")
        + ",\n" + Workflow(
            """ "identity": { "type": "UserAssigned", "userAssignedIdentities": { "[variables('identityId')]": {} } } """,
            Definition(""" "authentication": { "type": "ManagedServiceIdentity", "identity": "[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', variables('identityName'))]", "audience": "https://vault.azure.net" }"""),
            name: "billing"),
        variables: """{ "identityName": "ops", "identityId": "[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', 'ops')]" }""")));

    [Fact]
    public Task Identity_whose_name_is_a_parameter_without_default_is_unknown() => VerifyAsync(("azuredeploy.json", Template(
        Workflow(
            """ "identity": { "type": "UserAssigned", "userAssignedIdentities": { "[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', parameters('identity'))]": {} } } """,
            Definition(""" "authentication": { "type": "ManagedServiceIdentity", "identity": "[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', 'audit')]", "audience": "https://vault.azure.net" }""")),
        parameters: """{ "identity": { "type": "string" } }""")));

    [Fact]
    public Task No_identity_named_but_the_workflow_has_only_a_user_assigned_one() => VerifyAsync(("azuredeploy.json", Template(Workflow(
        $$""" "identity": { "type": "UserAssigned", "userAssignedIdentities": { "{{Ops}}": {} } } """,
        Definition("""{|LAMI103:"authentication"|}: { "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net" }""")))));

    [Fact]
    public Task Connection_reference_with_managed_identity_on_a_workflow_without_identity() => VerifyAsync(("azuredeploy.json", Template(Workflow(
        identity: null,
        parameters: """
            {
                  "$connections": {
                    "value": {
                      "keyvault": {
                        "connectionId": "[resourceId('Microsoft.Web/connections', 'keyvault')]",
                        "connectionName": "keyvault",
                        "connectionProperties": { {|LAMI101:"authentication"|}: { "type": "ManagedServiceIdentity" } },
                        "id": "[subscriptionResourceId('Microsoft.Web/locations/managedApis', resourceGroup().location, 'keyvault')]"
                      }
                    }
                  }
                }
            """))));

    [Fact]
    public Task Identity_type_from_a_literal_variable_is_reported_at_the_variable() => VerifyAsync(("azuredeploy.json", Template(
        Workflow(""" "identity": { "type": "[variables('identityType')]" } """),
        variables: """{ "identityType": {|LAMI006:"System Assigned"|} }""")));

    [Fact]
    public Task Identity_type_from_a_parameter_default_is_reported_at_the_default() => VerifyAsync(("azuredeploy.json", Template(
        Workflow(""" "identity": { "type": "[parameters('identityType')]" } """),
        parameters: """{ "identityType": { "type": "string", "defaultValue": {|LAMI006:"system-assigned"|} } }""")));

    [Fact]
    public Task Identity_type_from_the_parameter_file_is_reported_at_the_expression() => VerifyAsync(
        ("azuredeploy.json", Template(
            Workflow(""" "identity": { "type": {|LAMI006:"[parameters('identityType')]"|} } """),
            parameters: """{ "identityType": { "type": "string", "defaultValue": "SystemAssigned" } }""")),
        ("azuredeploy.parameters.json", """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
              "contentVersion": "1.0.0.0",
              "parameters": { "identityType": { "value": "System Assigned" } }
            }
            """));

    [Fact]
    public Task A_parameter_the_parameter_file_does_not_give_takes_its_default() => VerifyAsync(
        ("orders.template.json", Template(
            Workflow(""" "identity": { "type": "[parameters('identityType')]" } """),
            parameters: """{ "identityType": { "type": "string", "defaultValue": {|LAMI006:"System Assigned"|} }, "other": { "type": "string" } }""")),
        ("orders.parameters.json", """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
              "contentVersion": "1.0.0.0",
              "parameters": { "other": { "value": "x" } }
            }
            """));

    [Fact]
    public Task Computed_identity_type_is_reported_at_the_expression() => VerifyAsync(("azuredeploy.json", Template(
        Workflow(""" "identity": { "type": {|LAMI006:"[concat('System', ' ', 'Assigned')]"|} } """))));

    [Fact]
    public Task Unknown_identity_type_reports_nothing() => VerifyAsync(("azuredeploy.json", Template(Workflow(
        """ "identity": { "type": "[parameters('identityType')]" } """,
        Definition(""" "authentication": { "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net" }""")),
        parameters: """{ "identityType": { "type": "string" } }""")));

    [Fact]
    public Task Storage_uri_built_with_concat() => VerifyAsync(("azuredeploy.json", Template(
        Workflow(
            """ "identity": { "type": "SystemAssigned" } """,
            Definition(
                """ "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" }""",
                uri: "[concat('https://', parameters('account'), '.blob.core.windows.net/orders/today.json')]")
            .Replace("\"uri\": \"[concat", "\"uri\": {|LAMI120:{|LAMI121:\"[concat").Replace("today.json')]\"", "today.json')]\"|}|}")),
        parameters: """{ "account": { "type": "string" } }""")));

    [Fact]
    public Task Template_that_turns_the_identity_off() => VerifyAsync(("azuredeploy.json", Template(
        Workflow(""" "identity": { "type": {|LAMI007:"None"|} } """))));

    [Fact]
    public Task Template_that_turns_the_identity_off_while_the_workflow_uses_it() => VerifyAsync(("azuredeploy.json", Template(Workflow(
        """ "identity": { "type": "None" } """,
        Definition("""{|LAMI101:"authentication"|}: { "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net" }""")))));

    [Fact]
    public Task Standard_app_in_a_template() => VerifyAsync(("azuredeploy.json", Template("""
            {
              "type": "Microsoft.Web/sites",
              "apiVersion": "2022-09-01",
              "name": "orders",
              "kind": "functionapp,workflowapp",
              "identity": { "type": {|LAMI003:"SystemAssigned, UserAssigned"|} }
            },
            {
              "type": "Microsoft.Web/sites",
              "apiVersion": "2022-09-01",
              "name": "billing",
              "kind": "[concat('functionapp,', 'workflowapp')]",
              "identity": { "type": "SystemAssigned, UserAssigned", "userAssignedIdentities": { "[variables('ops')]": {} } }
            }
        """, variables: $$"""{ "ops": "{{Ops}}" }""")));

    [Fact]
    public Task Consumption_workflow_with_two_user_assigned_identities() => VerifyAsync(("azuredeploy.json", Template(Workflow($$"""
        "identity": {
                "type": "UserAssigned",
                "userAssignedIdentities": { "{{Ops}}": {}, {|LAMI002:"{{Audit}}"|}: {}, {|LAMI005:{|LAMI002:"ops"|}|}: {} }
              }
        """))));
}
