using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Azure.Core;
using ManagedIdentityAnalyzers.CodeFixes.Providers;
using ManagedIdentityAnalyzers.Entry;
using ManagedIdentityAnalyzers.Tests.Rules.Definitions;
using ManagedIdentityAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace ManagedIdentityAnalyzers.Tests.Rules.Connections;

/// <summary>Who, beside the connection, the case's code builds.</summary>
public enum Beside
{
    /// <summary>Nothing: the connection alone.</summary>
    Nothing,

    /// <summary>A Consumption workflow whose <c>$connections</c> entry names the connection and authenticates with ManagedServiceIdentity.</summary>
    WorkflowWithManagedIdentity,

    /// <summary>A Consumption workflow whose entry names the connection without an authentication (a key or OAuth connection).</summary>
    WorkflowWithoutAuthentication,

    /// <summary>A Standard logic app (a site whose kind contains workflowapp).</summary>
    StandardApp,
}

/// <summary>
/// Runs one API connection case in one <see cref="Rendering"/>: the connection's properties JSON is rendered into
/// <c>Connections.Build</c>, which creates a <c>GenericResourceData</c> with it and deploys it with
/// <c>GetGenericResources().CreateOrUpdate</c> under a <c>Microsoft.Web/connections</c> ID (when given a client), beside
/// what <see cref="Beside"/> says. Fix tests compare the fixed text exactly for string renderings, and for every
/// rendering compile and run the fixed <c>Build</c> (without a client) and compare the properties it builds with the
/// expected repaired JSON.
/// </summary>
internal static class ConnectionCase
{
    public const string Subscription = "00000000-0000-0000-0000-000000000001";

    public static string ConnectionId(string name) =>
        $"/subscriptions/{Subscription}/resourceGroups/infra/providers/Microsoft.Web/connections/{name}";

    public static string ApiId(string connector) =>
        $"/subscriptions/{Subscription}/providers/Microsoft.Web/locations/westeurope/managedApis/{connector}";

    /// <summary>Connection properties naming <paramref name="connector"/>, with the setup members given (JSON, with markup).</summary>
    public static string Properties(string connector, string setupMembers) => $$"""
        {
          "displayName": "{{connector}}",
          "api": { "id": "{{ApiId(connector)}}" },
          {{setupMembers.Trim().Replace("\n", "\n  ")}}
        }
        """;

    /// <summary>The documented single-authentication setup (seed: ARM template for API connections, single-authentication).</summary>
    public const string SingleAuthenticationSetup = """
        "alternativeParameterValues": {},
        "authenticatedUser": {},
        "connectionState": "Enabled",
        "customParameterValues": {},
        "parameterValueSet": {},
        "parameterValueType": "Alternative"
        """;

    /// <summary>The documented multi-authentication setup (seed: ARM template for API connections, multi-authentication).</summary>
    public const string MultiAuthenticationSetup = """
        "alternativeParameterValues": {},
        "authenticatedUser": {},
        "connectionState": "Enabled",
        "customParameterValues": {},
        "parameterValueSet": { "name": "managedIdentityAuth", "values": {} },
        "parameterValueType": "Alternative"
        """;

    public static TheoryData<Rendering> Renderings() => DefinitionCase.Renderings();

    /// <summary>
    /// Analysis only; the markup in <paramref name="markedProperties"/> and <paramref name="kind"/> is the expectation.
    /// <paramref name="propertiesMarkup"/>: the rule ID expected on the <c>Properties</c> member (block-level), if any.
    /// </summary>
    public static Task VerifyAsync(
        Rendering rendering,
        string markedProperties,
        Beside beside = Beside.Nothing,
        string kind = "\"V1\"",
        string? propertiesMarkup = null,
        string? editorConfig = null) =>
        Test(rendering, markedProperties, null, null, beside, kind, propertiesMarkup, editorConfig).RunAsync();

    public static Task VerifyFixAsync(
        Rendering rendering,
        string markedProperties,
        string fixedProperties,
        string equivalenceKey,
        Beside beside = Beside.Nothing,
        string kind = "\"V1\"",
        string? propertiesMarkup = null,
        string? fixedKind = null,
        string? editorConfig = null) =>
        Test(rendering, markedProperties, fixedProperties, equivalenceKey, beside, kind, propertiesMarkup, editorConfig, fixedKind).RunAsync();

    public static AnalyzerTest Test(
        Rendering rendering,
        string markedProperties,
        string? fixedProperties,
        string? equivalenceKey,
        Beside beside,
        string kind,
        string? propertiesMarkup,
        string? editorConfig,
        string? fixedKind = null)
    {
        var test = new CodeFixTest<CSharpLogicAppAnalyzer, PlanCodeFixProvider>
        {
            Source = Source(JsonRenderings.Render(markedProperties, rendering), beside, kind, propertiesMarkup),
            EquivalenceKey = equivalenceKey,
        };
        if (editorConfig is not null)
        {
            test.EditorConfig = editorConfig;
        }

        if (fixedProperties is null)
        {
            test.CodeFix = null;
            return test;
        }

        test.FixedSource = Source(JsonRenderings.Render(fixedProperties, rendering), beside, fixedKind ?? kind, null);
        test.CompareFixedText = JsonRenderings.IsText(rendering);
        var expected = JsonNode.Parse(JsonRenderings.StripMarkup(fixedProperties));
        test.FixedCompilationCheck = (compilation, label) => FixedBuild.CheckJsonAsync(compilation, label, "Connections", new object?[] { null, null, AzureLocation.WestEurope }, expected, "other connection properties");
        return test;
    }

    public const string ConnectionName = "conn";

    public static string Source(string properties, Beside beside, string kind, string? propertiesMarkup) => TypedCSharp.Usings + """
        using System.Collections.Generic;
        using System.Text.Json.Nodes;

        public static class Connections
        {
            public static BinaryData Build(ArmClient client, ResourceGroupResource rg, AzureLocation location)
            {
                var properties = 
        """ + properties + ";\n" + $$"""
                var connection = new GenericResourceData(location) { Kind = {{kind}}, {{(propertiesMarkup is null ? "Properties" : "{|" + propertiesMarkup + ":Properties|}")}} = properties };
                if (client is not null)
                {
                    client.GetGenericResources().CreateOrUpdate(WaitUntil.Completed, rg.Id.AppendProviderResource("Microsoft.Web", "connections", "{{ConnectionName}}"), connection);
                }

        """ + BesideCode(beside, ConnectionName) + """
                return connection.Properties;
            }
        }
        """;

    private static string BesideCode(Beside beside, string connectionName) => beside switch
    {
        Beside.Nothing => string.Empty,
        Beside.WorkflowWithManagedIdentity or Beside.WorkflowWithoutAuthentication => $$"""
                    var workflow = new LogicWorkflowData(location)
                    {
                        Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned),
                        Parameters =
                        {
                            ["$connections"] = new LogicWorkflowParameterInfo
                            {
                                Value = BinaryData.FromObjectAsJson(new
                                {
                                    {{connectionName}} = new
                                    {
                                        connectionId = $"{rg?.Id}/providers/Microsoft.Web/connections/{{connectionName}}",
                                        connectionName = "{{connectionName}}",
                        {{(beside == Beside.WorkflowWithManagedIdentity
                            ? "                connectionProperties = new { authentication = new { type = \"ManagedServiceIdentity\" } },"
                            : string.Empty)}}
                                    },
                                }),
                            },
                        },
                    };
                    if (client is not null)
                    {
                        rg.GetLogicWorkflows().CreateOrUpdate(WaitUntil.Completed, "orders", workflow);
                    }


            """,
        Beside.StandardApp => """
                    var site = new WebSiteData(location)
                    {
                        Kind = "functionapp,workflowapp",
                        Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned),
                    };
                    if (client is not null)
                    {
                        rg.GetWebSites().CreateOrUpdate(WaitUntil.Completed, "orders-standard", site);
                    }


            """,
        _ => throw new ArgumentOutOfRangeException(nameof(beside)),
    };
}
