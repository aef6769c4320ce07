using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Entry;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Rules;
using Microsoft.CodeAnalysis.Diagnostics;
using static ManagedIdentityAnalyzers.Tests.Knowledge.Holes;

namespace ManagedIdentityAnalyzers.Tests.Knowledge;

/// <summary>Resource IDs read into their provider path, connector knowledge, and the connection options.</summary>
public class ConnectorsTests
{
    [Theory]
    [InlineData("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/connections/vault", "Microsoft.Web/connections", "vault")]
    [InlineData("{?}/providers/Microsoft.Web/connections/vault", "Microsoft.Web/connections", "vault")]
    [InlineData("/subscriptions/{?}/resourceGroups/{?}/providers/Microsoft.Web/connections/{?}", "Microsoft.Web/connections", null)]
    [InlineData("{?}/providers/Microsoft.Web/connections/vault/accessPolicies/{?}", "Microsoft.Web/connections/accessPolicies", null)]
    [InlineData("/subscriptions/s/providers/Microsoft.Web/locations/westeurope/managedApis/keyvault", "Microsoft.Web/locations/managedApis", "keyvault")]
    [InlineData("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Logic/workflows/orders", "Microsoft.Logic/workflows", "orders")]
    [InlineData("{?}/providers/Microsoft.Web/connections/kv-{?}", "Microsoft.Web/connections", null)]
    public void Resource_types_and_names_are_read_from_partly_known_IDs(string id, string type, string? name)
    {
        var path = ResourceIdPath.Parse(Partial(id));
        Assert.NotNull(path);
        Assert.Equal(type, path!.Type);
        Assert.Equal(name, path.Name);
    }

    [Theory]
    [InlineData("{?}")]
    [InlineData("/subscriptions/s/resourceGroups/rg")]
    [InlineData("{?}/providers/Microsoft.Web/{?}/vault")]
    [InlineData("{?}/providers/Microsoft.Web/connections")]
    [InlineData("{?}/providers/Microsoft.Web/connections/")]
    [InlineData("{?}/providers/Microsoft.Web//vault")]
    [InlineData("[subscriptionResourceId('Microsoft.Web/locations/managedApis', parameters('location'), 'azureblob')]")]
    public void IDs_whose_type_is_not_literal_have_no_path(string id) => Assert.Null(ResourceIdPath.Parse(Partial(id)));

    [Theory]
    [InlineData("{?}/providers/Microsoft.Web/connections/vault", "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/connections/VAULT", true)]
    [InlineData("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/connections/vault", "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/connections/vault", true)]
    [InlineData("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/connections/vault", "/subscriptions/s/resourceGroups/other/providers/Microsoft.Web/connections/vault", false)]
    [InlineData("{?}/providers/Microsoft.Web/connections/vault", "{?}/providers/Microsoft.Web/connections/blob", false)]
    [InlineData("{?}/providers/Microsoft.Web/connections/{?}", "{?}/providers/Microsoft.Web/connections/{?}", false)]
    [InlineData("{?}/providers/Microsoft.Web/connections/vault", "{?}/providers/Microsoft.Web/customApis/vault", false)]
    public void Same_resource_only_when_certain(string left, string right, bool same) =>
        Assert.Equal(same, ResourceIdPath.Parse(Partial(left))!.SameResourceAs(ResourceIdPath.Parse(Partial(right))!));

    [Fact]
    public void An_access_policy_belongs_to_its_connection()
    {
        var policy = ResourceIdPath.Parse(Partial("{?}/providers/Microsoft.Web/connections/vault/accessPolicies/{?}"))!;
        var connection = ResourceIdPath.Parse(Partial("{?}/providers/Microsoft.Web/connections/vault"))!;
        Assert.True(policy.Parent!.SameResourceAs(connection));
        Assert.Null(connection.Parent);
    }

    [Theory]
    [InlineData("/subscriptions/s/providers/Microsoft.Web/locations/westeurope/managedApis/keyvault", "keyvault")]
    [InlineData("/subscriptions/{?}/providers/Microsoft.Web/locations/{?}/managedApis/azureblob", "azureblob")]
    [InlineData("/subscriptions/s/providers/Microsoft.Web/locations/westeurope/managedApis/{?}", null)]
    [InlineData("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/connections/keyvault", null)]
    public void The_managed_API_name_comes_from_a_managedApis_ID(string id, string? name) =>
        Assert.Equal(name, Connectors.ManagedApiName(Partial(id)));

    [Theory]
    [InlineData("keyvault", true)]
    [InlineData("AzureBlob", true)]
    [InlineData("eventhubs", true)]
    [InlineData("office365", false)]
    [InlineData("sftpwithssh", false)]
    [InlineData("contosoorders", null)]
    public void Managed_identity_support_is_known_only_for_listed_connectors(string connector, bool? supports) =>
        Assert.Equal(supports, Connectors.SupportsManagedIdentity(connector, RuleOptions.Default.SingleAuthConnectors, RuleOptions.Default.MultiAuthConnectors));

    [Fact]
    public void A_configured_connector_supports_managed_identities() =>
        Assert.True(Connectors.SupportsManagedIdentity("office365", ImmutableArray<string>.Empty, ImmutableArray.Create("office365")));

    [Theory]
    [InlineData("keyvault", "SingleAuthentication")]
    [InlineData("arm", "SingleAuthentication")]
    [InlineData("azureblob", "MultiAuthentication")]
    [InlineData("documentdb", "MultiAuthentication")]
    [InlineData("servicebus", "Unknown")]
    [InlineData(null, "Unknown")]
    public void Default_classes_are_the_catalog_defaults(string? connector, string expected) =>
        Assert.Equal(Parse<ConnectorClass>(expected), Connectors.ClassOf(connector, RuleOptions.Default.SingleAuthConnectors, RuleOptions.Default.MultiAuthConnectors));

    [Fact]
    public void A_connector_in_both_lists_is_of_unknown_class() =>
        Assert.Equal(ConnectorClass.Unknown, Connectors.ClassOf("sql", ImmutableArray.Create("sql"), ImmutableArray.Create("SQL")));

    [Fact]
    public void Kinds_follow_the_plan()
    {
        Assert.Equal("V1", Connectors.KindFor(LogicAppPlan.Consumption));
        Assert.Equal("V2", Connectors.KindFor(LogicAppPlan.Standard));
        Assert.Null(Connectors.KindFor(LogicAppPlan.Unknown));
    }

    [Fact]
    public void Options_have_the_catalog_defaults()
    {
        var options = RuleOptionsReader.Read(new Options(new Dictionary<string, string>()));
        Assert.Equal(new[] { "arm", "azureautomation", "azureeventgrid", "keyvault", "webcontents" }, options.SingleAuthConnectors);
        Assert.Equal(new[] { "azureblob", "sql", "documentdb" }, options.MultiAuthConnectors);
        Assert.Equal(LogicAppPlan.Unknown, options.Plan);
    }

    [Fact]
    public void Configured_lists_replace_the_defaults_and_the_plan_is_read()
    {
        var options = RuleOptionsReader.Read(new Options(new Dictionary<string, string>
        {
            ["logicapps_identity.single_auth_connectors"] = "KeyVault;arm",
            ["logicapps_identity.multi_auth_connectors"] = "",
            ["logicapps_identity.plan"] = " Standard ",
        }));
        Assert.Equal(new[] { "keyvault", "arm" }, options.SingleAuthConnectors);
        Assert.Empty(options.MultiAuthConnectors);
        Assert.Equal(LogicAppPlan.Standard, options.Plan);
    }

    [Fact]
    public void Unusable_values_keep_the_defaults()
    {
        var options = RuleOptionsReader.Read(new Options(new Dictionary<string, string>
        {
            ["logicapps_identity.single_auth_connectors"] = "keyvault, managedApis/arm",
            ["logicapps_identity.plan"] = "premium",
        }));
        Assert.Equal(RuleOptions.Default.SingleAuthConnectors, options.SingleAuthConnectors);
        Assert.Equal(LogicAppPlan.Unknown, options.Plan);
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> values;

        public Options(Dictionary<string, string> values)
        {
            this.values = values;
        }

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
