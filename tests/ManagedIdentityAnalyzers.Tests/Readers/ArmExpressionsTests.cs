using System.Threading;
using ManagedIdentityAnalyzers.Model.Json;
using ManagedIdentityAnalyzers.Readers.Json;
using ManagedIdentityAnalyzers.Readers.Templates;

namespace ManagedIdentityAnalyzers.Tests.Readers;

/// <summary>
/// ARM expressions evaluated as far as certain, into partial strings written with <c>{?}</c> for unknown parts:
/// concat, format, resourceId, subscriptionResourceId, variables, and parameters from a parameter file or defaults.
/// </summary>
public class ArmExpressionsTests
{
    private const string Template = """
        {
          "parameters": {
            "location": { "type": "string", "defaultValue": "westeurope" },
            "acct": { "type": "string" },
            "name": { "type": "string", "defaultValue": "[concat('orders-', parameters('location'))]" },
            "given": { "type": "string", "defaultValue": "default" },
            "secret": { "type": "securestring" }
          },
          "variables": {
            "identityName": "ops",
            "identityId": "[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', variables('identityName'))]",
            "literalBracket": "[[not an expression]",
            "loop": "[variables('loop2')]",
            "loop2": "[variables('loop')]",
            "object": { "a": 1 }
          }
        }
        """;

    private const string ParameterFile = """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
          "parameters": {
            "given": { "value": "from-file" },
            "secret": { "reference": { "keyVault": { "id": "/subscriptions/x/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/v" }, "secretName": "s" } }
          }
        }
        """;

    [Theory]
    [InlineData("[concat('https://', 'contoso', '.vault.azure.net')]", "https://contoso.vault.azure.net")]
    [InlineData("[concat('https://', parameters('acct'), '.blob.core.windows.net/x')]", "https://{?}.blob.core.windows.net/x")]
    [InlineData("[concat(reference('x').outputs.a.value, '/')]", "{?}/")]
    [InlineData("[format('https://{0}.blob.core.windows.net/{1}', parameters('acct'), 'c')]", "https://{?}.blob.core.windows.net/c")]
    [InlineData("[format('{{literal}} {0}', 'x')]", "{literal} x")]
    [InlineData("[format('{0:N2}', 3)]", "{?}")]
    [InlineData("[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', 'ops')]", "/subscriptions/{?}/resourceGroups/{?}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ops")]
    [InlineData("[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities/', 'ops')]", "/subscriptions/{?}/resourceGroups/{?}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ops")]
    [InlineData("[resourceId('infra', 'Microsoft.ManagedIdentity/userAssignedIdentities', 'ops')]", "/subscriptions/{?}/resourceGroups/infra/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ops")]
    [InlineData("[resourceId('0000', 'infra', 'Microsoft.Web/connections/accessPolicies', 'kv', 'p1')]", "/subscriptions/0000/resourceGroups/infra/providers/Microsoft.Web/connections/kv/accessPolicies/p1")]
    [InlineData("[subscriptionResourceId('Microsoft.Web/locations/managedApis', parameters('location'), 'keyvault')]", "/subscriptions/{?}/providers/Microsoft.Web/locations/westeurope/managedApis/keyvault")]
    [InlineData("[subscriptionResourceId('0000', 'Microsoft.Web/locations/managedApis', 'eastus', 'azureblob')]", "/subscriptions/0000/providers/Microsoft.Web/locations/eastus/managedApis/azureblob")]
    [InlineData("[variables('identityId')]", "/subscriptions/{?}/resourceGroups/{?}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ops")]
    [InlineData("[variables('literalBracket')]", "[not an expression]")]
    [InlineData("[parameters('name')]", "orders-westeurope")]
    [InlineData("[parameters('given')]", "from-file")]
    [InlineData("[PARAMETERS('Location')]", "westeurope")]
    [InlineData("[concat('it''s ', 'quoted')]", "it's quoted")]
    public void Evaluates_what_is_certain(string expression, string expected) =>
        Assert.Equal(expected, Evaluate(expression).Text.ToString());

    [Theory]
    [InlineData("[parameters('acct')]")]
    [InlineData("[parameters('secret')]")]
    [InlineData("[parameters('missing')]")]
    [InlineData("[variables('loop')]")]
    [InlineData("[variables('object')]")]
    [InlineData("[variables('identityName').length]")]
    [InlineData("[resourceGroup().location]")]
    [InlineData("[subscription().subscriptionId]")]
    [InlineData("[uniqueString(resourceGroup().id)]")]
    [InlineData("[resourceId(parameters('acct'), 'ops')]")]
    [InlineData("[resourceId('Microsoft.Web/connections', 'a', 'b')]")]
    [InlineData("[concat(parameters('acct'))]")]
    [InlineData("[concat('a']")]
    [InlineData("[concat('a') extra]")]
    public void Everything_else_is_unknown(string expression) => Assert.Equal("{?}", Evaluate(expression).Text.ToString());

    [Fact]
    public void Without_the_deployment_parameters_every_parameter_is_unknown()
    {
        var expressions = new ArmExpressions(TemplateValues.Of(Parse(Template), parameterFile: null, parametersKnown: false));
        Assert.Equal("{?}", expressions.Evaluate("[parameters('location')]").Text.ToString());
        Assert.Equal("https://{?}", expressions.Evaluate("[concat('https://', parameters('location'))]").Text.ToString());
    }

    [Fact]
    public void A_default_is_used_without_a_parameter_file()
    {
        var expressions = new ArmExpressions(TemplateValues.Of(Parse(Template), parameterFile: null, parametersKnown: true));
        Assert.Equal("default", expressions.Evaluate("[parameters('given')]").Text.ToString());
    }

    [Fact]
    public void A_reference_to_a_literal_names_the_literal()
    {
        var template = Parse(Template);
        var expressions = new ArmExpressions(TemplateValues.Of(template, Parse(ParameterFile), parametersKnown: true));
        Assert.Same(((JObject)template.Get("variables")!).Get("identityName"), expressions.Evaluate("[variables('identityName')]").Literal);
        Assert.Same(((JObject)((JObject)template.Get("parameters")!).Get("location")!).Get("defaultValue"), expressions.Evaluate("[parameters('location')]").Literal);

        // A value from the parameter file is in another file, and a computed value is written nowhere.
        Assert.Null(expressions.Evaluate("[parameters('given')]").Literal);
        Assert.Null(expressions.Evaluate("[concat(variables('identityName'))]").Literal);
    }

    [Theory]
    [InlineData("[concat('a')]", true)]
    [InlineData("[[concat('a')]", false)]
    [InlineData("[concat('a')] ", false)]
    [InlineData("plain", false)]
    [InlineData("[]", true)]
    public void What_is_an_expression(string text, bool expected) => Assert.Equal(expected, ArmExpressions.IsExpression(text));

    private static ArmValue Evaluate(string expression) =>
        new ArmExpressions(TemplateValues.Of(Parse(Template), Parse(ParameterFile), parametersKnown: true)).Evaluate(expression);

    private static JObject Parse(string json) => (JObject)JsonTextParser.Parse(json, new SpanSources(json), CancellationToken.None)!;
}
