using System;
using System.Linq;
using System.Threading;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Model.Connections;
using ManagedIdentityAnalyzers.Model.Json;
using ManagedIdentityAnalyzers.Readers;
using ManagedIdentityAnalyzers.Readers.CSharp;
using ManagedIdentityAnalyzers.Tests.Rules;
using ManagedIdentityAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ManagedIdentityAnalyzers.Tests.Readers;

/// <summary>
/// What the C# reader puts in the model for generic resources: API connections with their ID, kind and properties,
/// access policies with their principal, each in the scope of the type that builds it; nothing for other resources.
/// </summary>
public class ConnectionModelTests
{
    private const string Source = """
        public class Deployments
        {
            public async Task Deploy(ArmClient client, ResourceGroupResource rg, AzureLocation location, string objectId)
            {
                var connectionId = rg.Id.AppendProviderResource("Microsoft.Web", "connections", "vault");
                var connection = new GenericResourceData(location)
                {
                    Kind = "V2",
                    Properties = BinaryData.FromString("{ \"api\": { \"id\": \"/subscriptions/s/providers/Microsoft.Web/locations/westeurope/managedApis/keyvault\" } }"),
                };
                await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, connectionId, connection);
                var policy = new GenericResourceData(location)
                {
                    Properties = BinaryData.FromObjectAsJson(new
                    {
                        principal = new { type = "ActiveDirectory", identity = new { objectId, tenantId = "00000000-0000-0000-0000-0000000000aa" } },
                    }),
                };
                await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, connectionId.AppendChildResource("accessPolicies", objectId), policy);
                var vault = new GenericResourceData(location) { Properties = BinaryData.FromString("{ \"sku\": { \"name\": \"standard\" } }") };
                await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, rg.Id.AppendProviderResource("Microsoft.KeyVault", "vaults", "kv"), vault);
            }
        }

        public class Other
        {
            public void Build(AzureLocation location)
            {
                var connection = new GenericResourceData(location)
                {
                    Properties = BinaryData.FromString("{ \"api\": { \"id\": \"/subscriptions/s/providers/Microsoft.Web/locations/westeurope/managedApis/sql\" } }"),
                };
            }
        }
        """;

    [Fact]
    public void Connections_and_access_policies_are_read_with_their_scope()
    {
        var model = Read(TypedCSharp.Usings + Source);

        // A resource is in the model in every state where it was judged (here, at the SDK call and at the end).
        Assert.Empty(model.LogicApps);
        Assert.Equal(2, model.Connections.Select(c => LocationOf(c.Source)).Distinct().Count());
        var deployed = model.Connections.First(c => c.ResourceId is not null);
        Assert.Equal("{?}/providers/Microsoft.Web/connections/vault", deployed.ResourceId!.ToString());
        Assert.Equal("V2", Assert.IsType<JString>(deployed.Kind).KnownText);
        var api = (JObject)((JObject)deployed.Properties!).Get("api")!;
        Assert.Equal("/subscriptions/s/providers/Microsoft.Web/locations/westeurope/managedApis/keyvault", ((JString)api.Get("id")!).KnownText);
        Assert.Equal("Deployments", deployed.Scope.Name);

        // Not deployed, but its properties name a managed API: a connection, in its own type's scope.
        var built = model.Connections.Single(c => c.ResourceId is null);
        Assert.Null(built.Kind);
        Assert.Equal("Other", built.Scope.Name);
        Assert.NotSame(deployed.Scope, built.Scope);

        var policy = model.AccessPolicies.First();
        Assert.All(model.AccessPolicies, p => Assert.Equal(LocationOf(policy.Source), LocationOf(p.Source)));
        Assert.Equal("{?}/providers/Microsoft.Web/connections/vault/accessPolicies/{?}", policy.ResourceId.ToString());
        Assert.Same(deployed.Scope, policy.Scope);
        var identity = (JObject)((JObject)((JObject)policy.Properties!).Get("principal")!).Get("identity")!;
        Assert.IsType<JString>(identity.Get("objectId"));
        Assert.Equal("00000000-0000-0000-0000-0000000000aa", ((JString)identity.Get("tenantId")!).KnownText);
    }

    private static Location LocationOf(SourceRef source) => ((IReportableSource)source).Location;

    private static LogicAppModel Read(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create(
            "Connections", new[] { tree }, ReferenceAssemblies.AzureSdk, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, string.Join(Environment.NewLine, errors.Select(e => e.ToString())));
        var symbols = SdkSymbols.TryCreate(compilation);
        Assert.NotNull(symbols);
        return DocumentReader.Read(compilation.GetSemanticModel(tree), symbols!, CancellationToken.None);
    }
}
