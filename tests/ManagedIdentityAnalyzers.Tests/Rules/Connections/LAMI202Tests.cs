using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Tests.Rules.Definitions;
using static ManagedIdentityAnalyzers.Tests.Rules.Connections.ConnectionCase;

namespace ManagedIdentityAnalyzers.Tests.Rules.Connections;

/// <summary>
/// LAMI202: the parameter set of a connection meant for managed identity has another name or values. An empty set is
/// the single-authentication shape; a set naming another authentication on a connection nothing says is meant for
/// managed identity is an ordinary connection. Every case in every JSON form of the properties.
/// </summary>
public class LAMI202Tests
{
    private static readonly string ManagedIdentitySet = Properties("azureblob", """
        "parameterValueSet": { "name": "managedIdentityAuth", "values": {} },
        "parameterValueType": "Alternative"
        """);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(ConnectionCase))]
    public Task A_set_with_another_name_on_an_Alternative_connection_is_renamed(Rendering rendering) => VerifyFixAsync(
        rendering,
        Properties("azureblob", """
            {|LAMI202:"parameterValueSet"|}: { "name": "keyBasedAuth", "values": { "accountName": { "value": "contoso" } } },
            "parameterValueType": "Alternative"
            """),
        ManagedIdentitySet,
        FixKeys.UseManagedIdentityParameterSet);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(ConnectionCase))]
    public Task Values_in_the_managed_identity_set_are_emptied(Rendering rendering) => VerifyFixAsync(
        rendering,
        Properties("azureblob", """
            {|LAMI202:"parameterValueSet"|}: { "name": "managedIdentityAuth", "values": { "accountName": { "value": "contoso" } } },
            "parameterValueType": "Alternative"
            """),
        ManagedIdentitySet,
        FixKeys.UseManagedIdentityParameterSet);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(ConnectionCase))]
    public Task Another_set_on_a_connection_a_workflow_uses_with_managed_identity_is_renamed(Rendering rendering) => VerifyFixAsync(
        rendering,
        Properties("sql", """
            {|LAMI202:"parameterValueSet"|}: { "name": "oauth" }
            """),
        Properties("sql", """
            "parameterValueSet": { "name": "managedIdentityAuth", "values": {} }
            """),
        FixKeys.UseManagedIdentityParameterSet,
        Beside.WorkflowWithManagedIdentity);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(ConnectionCase))]
    public Task Empty_sets_the_managed_identity_set_and_ordinary_connections_report_nothing(Rendering rendering) => Task.WhenAll(
        VerifyAsync(rendering, ManagedIdentitySet, Beside.WorkflowWithManagedIdentity),
        VerifyAsync(rendering, Properties("keyvault", """
            "parameterValueSet": {},
            "parameterValueType": "Alternative"
            """)),
        VerifyAsync(rendering, Properties("azureblob", """
            "parameterValueSet": { "name": "keyBasedAuth", "values": { "accountName": { "value": "contoso" } } }
            """)),
        VerifyAsync(rendering, Properties("azureblob", """
            "parameterValueSet": { "name": "keyBasedAuth", "values": { "accountName": { "value": "contoso" } } }
            """), Beside.WorkflowWithoutAuthentication));
}
