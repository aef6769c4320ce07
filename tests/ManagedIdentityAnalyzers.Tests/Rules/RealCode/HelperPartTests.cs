using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Entry;
using ManagedIdentityAnalyzers.Tests.Verification;
using static ManagedIdentityAnalyzers.Tests.Rules.RealCode.RealCodeSource;

namespace ManagedIdentityAnalyzers.Tests.Rules.RealCode;

/// <summary>
/// Parts built elsewhere (a definition from a helper method or a helper class, a shared constant) are followed into
/// the method that puts them on a logic app. A finding that depends on that app is reported where the part enters
/// it; a finding about the text alone is reported once, where the text is written.
/// </summary>
public class HelperPartTests
{
    /// <summary>An HTTP action with managed-identity authentication to Key Vault, without an audience (LAMI104).</summary>
    private const string Json =
        "{ \\\"actions\\\": { \\\"Call\\\": { \\\"type\\\": \\\"Http\\\", \\\"inputs\\\": { \\\"uri\\\": \\\"https://contoso.vault.azure.net/secrets/x\\\", #AUTH#: { \\\"type\\\": \\\"ManagedServiceIdentity\\\" } } } } }";

    private static string Flow(string authenticationKey = "\\\"authentication\\\"") => Json.Replace("#AUTH#", authenticationKey);

    private static string TwoDeployments(string definitionWithIdentity, string definitionWithout) => $$"""
        public async Task DeployAudited(ResourceGroupResource rg, AzureLocation location)
        {
            var data = new LogicWorkflowData(location)
            {
                Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned),
                Definition = {{definitionWithIdentity}},
            };
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "audited", data);
        }

        public async Task DeployPlain(ResourceGroupResource rg, AzureLocation location)
        {
            var data = new LogicWorkflowData(location) { Definition = {{definitionWithout}} };
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "plain", data);
        }
        """;

    [Fact]
    public Task A_definition_helper_of_the_same_type_is_followed_into_each_caller() => VerifyAsync($$"""
        private static BinaryData Definition() => BinaryData.FromString("{{Flow("{|LAMI104:\\\"authentication\\\"|}")}}");

        {{TwoDeployments("Definition()", "{|LAMI101:Definition()|}")}}
        """);

    [Fact]
    public Task A_definition_helper_class_in_the_same_file_is_followed() => VerifyAsync(
        TwoDeployments("Definitions.Orders()", "{|LAMI101:Definitions.Orders()|}"),
        $$"""
        public static class Definitions
        {
            public static BinaryData Orders()
            {
                var json = "{{Flow("{|LAMI104:\\\"authentication\\\"|}")}}";
                return BinaryData.FromString(json);
            }
        }
        """);

    [Fact]
    public Task A_definition_helper_class_in_another_file_is_followed() => new AnalyzerTest<CSharpLogicAppAnalyzer>
    {
        Source = Class(TwoDeployments("Definitions.Orders()", "{|LAMI101:Definitions.Orders()|}")),
        AdditionalSources =
        {
            ("Definitions.cs", $$"""
                using System;

                public static class Definitions
                {
                    public static BinaryData Orders() => BinaryData.FromString("{{Flow("{|LAMI104:\\\"authentication\\\"|}")}}");
                }
                """),
        },
    }.RunAsync();

    [Fact]
    public Task A_constant_shared_by_two_methods_reports_its_text_once_and_each_use_where_it_is_used() => VerifyAsync($$"""
        private const string Flow = "{{Flow("{|LAMI104:\\\"authentication\\\"|}")}}";

        {{TwoDeployments("BinaryData.FromString(Flow)", "{|LAMI101:BinaryData.FromString(Flow)|}")}}
        """);

    [Fact]
    public Task A_constant_used_in_one_method_is_reported_inside_its_literal() => VerifyAsync($$"""
        private const string Flow = "{{Flow("{|LAMI101:{|LAMI104:\\\"authentication\\\"|}|}")}}";

        public async Task Deploy(ResourceGroupResource rg, AzureLocation location)
        {
            const string Name = "orders";
            var data = new LogicWorkflowData(location) { Definition = BinaryData.FromString(Flow) };
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, Name, data);
        }
        """);

    [Fact]
    public Task An_identity_value_from_a_parameter_is_not_attached_when_the_app_has_only_its_system_identity() => VerifyAsync("""
        public async Task Deploy(ResourceGroupResource rg, AzureLocation location, string identityId)
        {
            var data = new LogicWorkflowData(location)
            {
                Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned),
                Definition = BinaryData.FromObjectAsJson(new
                {
                    actions = new
                    {
                        Call = new
                        {
                            type = "Http",
                            inputs = new
                            {
                                uri = "https://management.azure.com/subscriptions",
                                authentication = new { type = "ManagedServiceIdentity", identity = {|LAMI102:identityId|} },
                            },
                        },
                    },
                }),
            };
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);
        }
        """);

    [Fact]
    public Task An_identity_value_from_a_parameter_is_unknown_when_the_app_has_user_assigned_identities() => VerifyAsync("""
        public async Task Deploy(ResourceGroupResource rg, AzureLocation location, string identityId)
        {
            var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned);
            identity.UserAssignedIdentities.Add(new ResourceIdentifier(identityId), new UserAssignedIdentity());
            var data = new LogicWorkflowData(location)
            {
                Identity = identity,
                Definition = BinaryData.FromObjectAsJson(new
                {
                    actions = new { Call = new { type = "Http", inputs = new { uri = "https://management.azure.com/subscriptions", authentication = new { type = "ManagedServiceIdentity", identity = identityId } } } },
                }),
            };
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);
        }
        """);

    [Fact]
    public Task An_anonymous_definition_from_a_helper_class_on_a_builder_its_caller_completes_is_silent() => VerifyAsync(
        """
        private static LogicWorkflowData Build(AzureLocation location) => new LogicWorkflowData(location)
        {
            Definition = Definitions.Audit(),
        };

        public async Task Deploy(ResourceGroupResource rg, AzureLocation location, ManagedServiceIdentity identity)
        {
            var data = Build(location);
            data.Identity = identity;
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "audit", data);
        }
        """,
        """
        public static class Definitions
        {
            // Members named like the app's (Identity, Definition) belong to the anonymous object, not to any app.
            public static BinaryData Audit() => BinaryData.FromObjectAsJson(new
            {
                Definition = "audit",
                Identity = "reader",
                actions = new { Call = new { type = "Http", inputs = new { uri = "https://contoso.vault.azure.net/secrets/x", authentication = new { type = "ManagedServiceIdentity", audience = "https://vault.azure.net" } } } },
            });

            public static BinaryData Payload() => BinaryData.FromObjectAsJson(new { severity = 2, criteria = new { actions = "none" } });
        }
        """);
}
