using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Tests.Rules.Definitions;
using static ManagedIdentityAnalyzers.Tests.Rules.Connections.ConnectionCase;

namespace ManagedIdentityAnalyzers.Tests.Rules.Connections;

/// <summary>
/// LAMI201: the connection's kind does not match the plan of the logic apps it serves: V1 for a Consumption workflow
/// that references it, V2 when the logic apps built with it are Standard (or it has an access policy, or the
/// configured plan says so). The properties are rendered in every JSON form; the kind is the typed <c>Kind</c> value.
/// </summary>
public class LAMI201Tests
{
    private static string KeyVault => Properties("keyvault", ConnectionCase.SingleAuthenticationSetup);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(ConnectionCase))]
    public Task Standard_kind_on_a_connection_a_Consumption_workflow_references_is_set_to_V1(Rendering rendering) => VerifyFixAsync(
        rendering,
        KeyVault,
        KeyVault,
        FixKeys.SetConnectionKind,
        Beside.WorkflowWithManagedIdentity,
        kind: "{|LAMI201:\"V2\"|}",
        fixedKind: "\"V1\"");

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(ConnectionCase))]
    public Task Consumption_kind_beside_a_Standard_app_is_set_to_V2(Rendering rendering) => VerifyFixAsync(
        rendering,
        KeyVault,
        KeyVault,
        FixKeys.SetConnectionKind,
        Beside.StandardApp,
        kind: "{|LAMI201:\"V1\"|}",
        fixedKind: "\"V2\"");

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(ConnectionCase))]
    public Task The_configured_plan_is_the_plan_of_a_connection_alone(Rendering rendering) => VerifyFixAsync(
        rendering,
        KeyVault,
        KeyVault,
        FixKeys.SetConnectionKind,
        kind: "{|LAMI201:\"V1\"|}",
        fixedKind: "\"V2\"",
        editorConfig: "root = true\n[*.cs]\nlogicapps_identity.plan = standard\n");

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(ConnectionCase))]
    public Task Kinds_that_match_or_a_plan_that_is_not_known_report_nothing(Rendering rendering) => Task.WhenAll(
        VerifyAsync(rendering, KeyVault, Beside.WorkflowWithManagedIdentity, kind: "\"V1\""),
        VerifyAsync(rendering, KeyVault, Beside.WorkflowWithoutAuthentication, kind: "\"v1\""),
        VerifyAsync(rendering, KeyVault, Beside.StandardApp, kind: "\"V2\""),
        VerifyAsync(rendering, KeyVault, Beside.Nothing, kind: "\"V2\""),
        VerifyAsync(rendering, KeyVault, Beside.Nothing, kind: "\"V1\""),
        VerifyAsync(rendering, KeyVault, Beside.StandardApp, kind: "rg.Id.Name"));
}
