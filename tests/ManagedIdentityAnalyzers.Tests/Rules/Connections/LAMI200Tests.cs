using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Tests.Rules.Definitions;
using static ManagedIdentityAnalyzers.Tests.Rules.Connections.ConnectionCase;

namespace ManagedIdentityAnalyzers.Tests.Rules.Connections;

/// <summary>
/// LAMI200: an API connection meant for managed identity (its parameterValueType is Alternative, it has a parameter
/// set, or a workflow of the same code uses it with ManagedServiceIdentity) that is not set up for it: a
/// single-authentication connector without parameterValueType Alternative, a multi-authentication connector without a
/// parameter set; both fixes when the connector's class is unknown. Every case in every JSON form of the properties.
/// </summary>
public class LAMI200Tests
{
    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(ConnectionCase))]
    public Task Single_authentication_connector_used_with_managed_identity_gets_Alternative(Rendering rendering) => VerifyFixAsync(
        rendering,
        Properties("keyvault", """
            "parameterValueSet": {}
            """),
        Properties("keyvault", """
            "parameterValueSet": {},
            "parameterValueType": "Alternative"
            """),
        FixKeys.UseAlternativeParameterValueType,
        Beside.WorkflowWithManagedIdentity,
        propertiesMarkup: "LAMI200");

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(ConnectionCase))]
    public Task Single_authentication_connector_with_another_parameter_value_type_is_reported_on_the_value(Rendering rendering) => VerifyFixAsync(
        rendering,
        Properties("azureautomation", """
            "parameterValueSet": {},
            "parameterValueType": {|LAMI200:"Default"|}
            """),
        Properties("azureautomation", """
            "parameterValueSet": {},
            "parameterValueType": "Alternative"
            """),
        FixKeys.UseAlternativeParameterValueType);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(ConnectionCase))]
    public Task Multi_authentication_connector_with_only_Alternative_gets_the_parameter_set(Rendering rendering) => VerifyFixAsync(
        rendering,
        Properties("azureblob", """
            "parameterValueType": {|LAMI200:"Alternative"|}
            """),
        Properties("azureblob", """
            "parameterValueType": "Alternative",
            "parameterValueSet": { "name": "managedIdentityAuth", "values": {} }
            """),
        FixKeys.AddManagedIdentityParameterSet);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(ConnectionCase))]
    public Task Multi_authentication_connector_with_the_single_authentication_shape_gets_the_named_set(Rendering rendering) => VerifyFixAsync(
        rendering,
        Properties("sql", """
            "parameterValueSet": {},
            "parameterValueType": {|LAMI200:"Alternative"|}
            """),
        Properties("sql", """
            "parameterValueSet": { "name": "managedIdentityAuth", "values": {} },
            "parameterValueType": "Alternative"
            """),
        FixKeys.AddManagedIdentityParameterSet);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(ConnectionCase))]
    public Task Multi_authentication_connector_used_with_managed_identity_gets_the_parameter_set(Rendering rendering) => VerifyFixAsync(
        rendering,
        Properties("documentdb", """
            "connectionState": "Enabled"
            """),
        Properties("documentdb", """
            "connectionState": "Enabled",
            "parameterValueSet": { "name": "managedIdentityAuth", "values": {} }
            """),
        FixKeys.AddManagedIdentityParameterSet,
        Beside.WorkflowWithManagedIdentity,
        propertiesMarkup: "LAMI200");

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(ConnectionCase))]
    public Task Connector_of_unknown_class_offers_Alternative(Rendering rendering) => VerifyFixAsync(
        rendering,
        Properties("servicebus", """
            "connectionState": "Enabled"
            """),
        Properties("servicebus", """
            "connectionState": "Enabled",
            "parameterValueType": "Alternative"
            """),
        FixKeys.UseAlternativeParameterValueType,
        Beside.WorkflowWithManagedIdentity,
        propertiesMarkup: "LAMI200");

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(ConnectionCase))]
    public Task Connector_of_unknown_class_offers_the_parameter_set(Rendering rendering) => VerifyFixAsync(
        rendering,
        Properties("servicebus", """
            "connectionState": "Enabled"
            """),
        Properties("servicebus", """
            "connectionState": "Enabled",
            "parameterValueSet": { "name": "managedIdentityAuth", "values": {} }
            """),
        FixKeys.AddManagedIdentityParameterSet,
        Beside.WorkflowWithManagedIdentity,
        propertiesMarkup: "LAMI200");

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(ConnectionCase))]
    public Task Configured_classes_decide_the_fix(Rendering rendering) => VerifyFixAsync(
        rendering,
        Properties("servicebus", """
            "parameterValueSet": {},
            "parameterValueType": {|LAMI200:"Alternative"|}
            """),
        Properties("servicebus", """
            "parameterValueSet": { "name": "managedIdentityAuth", "values": {} },
            "parameterValueType": "Alternative"
            """),
        FixKeys.AddManagedIdentityParameterSet,
        editorConfig: "root = true\n[*.cs]\nlogicapps_identity.multi_auth_connectors = azureblob, servicebus\n");

    /// <summary>The seed's ARM examples, as a C# connection: single-authentication (Automation) and multi-authentication (Blob).</summary>
    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(ConnectionCase))]
    public Task Documented_shapes_used_with_managed_identity_report_nothing(Rendering rendering) => Task.WhenAll(
        VerifyAsync(rendering, Properties("azureautomation", SingleAuthenticationSetup), Beside.WorkflowWithManagedIdentity),
        VerifyAsync(rendering, Properties("azureblob", MultiAuthenticationSetup), Beside.WorkflowWithManagedIdentity),
        VerifyAsync(rendering, Properties("azureblob", """
            "parameterValueSet": { "name": "managedIdentityAuth", "values": {} }
            """), Beside.WorkflowWithManagedIdentity),
        VerifyAsync(rendering, Properties("servicebus", SingleAuthenticationSetup), Beside.WorkflowWithManagedIdentity),
        VerifyAsync(rendering, Properties("servicebus", MultiAuthenticationSetup), Beside.WorkflowWithManagedIdentity),
        VerifyAsync(rendering, SeedAsWritten("azureautomation", SingleAuthenticationSetup), Beside.WorkflowWithManagedIdentity),
        VerifyAsync(rendering, SeedAsWritten("azureblob", MultiAuthenticationSetup), Beside.WorkflowWithManagedIdentity));

    /// <summary>The seed's properties word for word, with the ARM expressions it uses (unknown values to C#).</summary>
    private static string SeedAsWritten(string connector, string setup) => $$"""
        {
          "api": {
            "id": "[subscriptionResourceId('Microsoft.Web/locations/managedApis', parameters('location'), '{{connector}}')]"
          },
          "displayName": "[variables('connections_<connector-name>_name')]",
          {{setup.Trim().Replace("\n", "\n  ")}}
        }
        """;

    /// <summary>Keys, OAuth and gateways: a connection that does not say it is for managed identity, and that no workflow uses so.</summary>
    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(ConnectionCase))]
    public Task Connections_whose_purpose_cannot_be_told_report_nothing(Rendering rendering) => Task.WhenAll(
        VerifyAsync(rendering, Properties("keyvault", """
            "parameterValues": { "vaultName": "contoso-kv" }
            """)),
        VerifyAsync(rendering, Properties("azureblob", """
            "parameterValueSet": { "name": "keyBasedAuth", "values": { "accountName": { "value": "contoso" } } }
            """)),
        VerifyAsync(rendering, Properties("keyvault", """
            "parameterValues": { "vaultName": "contoso-kv" }
            """), Beside.WorkflowWithoutAuthentication),
        VerifyAsync(rendering, Properties("sql", """
            "parameterValues": { "server": "contoso.database.windows.net" }
            """), Beside.StandardApp, kind: "\"V2\""));

    /// <summary>No setup makes such a connector take a managed identity; a reference that asks for one is LAMI203's.</summary>
    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(ConnectionCase))]
    public Task Connectors_without_managed_identity_support_are_not_judged(Rendering rendering) =>
        VerifyAsync(rendering, Properties("office365", """
            "parameterValueType": "Alternative"
            """));

    /// <summary>A custom API's connection: the managed-identity shapes are the managed connectors'.</summary>
    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(ConnectionCase))]
    public Task Connections_of_custom_APIs_are_not_judged(Rendering rendering) => VerifyAsync(rendering, $$"""
        {
          "api": { "id": "/subscriptions/{{Subscription}}/resourceGroups/infra/providers/Microsoft.Web/customApis/orders" },
          "parameterValueSet": { "name": "oauth" }
        }
        """, Beside.WorkflowWithManagedIdentity);

    /// <summary>Without the configuration, servicebus's class is unknown and the single-authentication shape may be right.</summary>
    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(ConnectionCase))]
    public Task Unknown_class_with_one_shape_reports_nothing(Rendering rendering) =>
        VerifyAsync(rendering, Properties("servicebus", """
            "parameterValueSet": {},
            "parameterValueType": "Alternative"
            """));
}
