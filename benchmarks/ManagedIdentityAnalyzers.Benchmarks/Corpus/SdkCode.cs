using System;

namespace ManagedIdentityAnalyzers.Benchmarks.Corpus
{
    /// <summary>
    /// Infrastructure code that uses the Azure SDK correctly (no finding), and code that builds JSON payloads that are
    /// not workflow definitions (no finding, but the analyzer has to read them to know). Shapes follow
    /// samples/InfraSample: typed identities, and definitions in raw and verbatim strings, anonymous objects,
    /// JsonObject and dictionaries.
    /// </summary>
    internal static class SdkCode
    {
        public static readonly string[] Usings =
        {
            "System", "System.Collections.Generic", "System.Globalization", "System.Linq", "System.Text", "System.Text.Json.Nodes",
            "System.Threading", "System.Threading.Tasks", "Azure", "Azure.Core", "Azure.ResourceManager",
            "Azure.ResourceManager.AppService", "Azure.ResourceManager.Logic", "Azure.ResourceManager.Models",
            "Azure.ResourceManager.Resources",
        };

        private static readonly Func<Random, int, string>[] CleanTemplates =
        {
            ConsumptionSystemAssigned, ConsumptionUserAssigned, ConfiguredIdentity, StandardSystemAssigned, StandardBothIdentities,
            RawStringDefinition, AnonymousDefinition, JsonObjectDefinition, DictionaryParametersAuth, ExistingWorkflowTags,
            ValidateUserAssigned,
        };

        private static readonly Func<Random, int, string>[] NoiseTemplates =
        {
            AlertPayload, RetentionSettings, JsonObjectPayload, BytesPayload,
        };

        /// <summary>Members every class that uses the SDK declares: two identity IDs and a minimal definition.</summary>
        public static string ClassConstants(Random random) => $$""""
                private const string OpsIdentityId =
                    "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-{{Vocabulary.Pick(random, Vocabulary.Teams)}}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/{{Vocabulary.Pick(random, Vocabulary.Identities)}}";

                private const string AuditIdentityId =
                    "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-{{Vocabulary.Pick(random, Vocabulary.Teams)}}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/audit";

                /// <summary>A workflow with a Request trigger and no actions.</summary>
                private const string MinimalDefinition = """
                    {
                      "$schema": "https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#",
                      "contentVersion": "1.0.0.0",
                      "triggers": {
                        "manual": { "type": "Request", "kind": "Http" }
                      },
                      "actions": {}
                    }
                    """;
            """";

        public static string CleanMethod(Random random, int id) => CleanTemplates[random.Next(CleanTemplates.Length)](random, id);

        public static string NoiseMethod(Random random, int id) => NoiseTemplates[random.Next(NoiseTemplates.Length)](random, id);

        private static string WorkflowName(Random random) =>
            Vocabulary.Pick(random, Vocabulary.Workloads) + "-" + Vocabulary.Pick(random, Vocabulary.Environments);

        private static string ConsumptionSystemAssigned(Random random, int id) => $$"""
                public static async Task<LogicWorkflowResource> CreateWorkflow{{id}}Async(ResourceGroupResource resourceGroup, AzureLocation location)
                {
                    var data = new LogicWorkflowData(location)
                    {
                        Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned),
                        Definition = BinaryData.FromString(MinimalDefinition),
                    };
                    data.Tags["environment"] = "{{Vocabulary.Pick(random, Vocabulary.Environments)}}";
                    ArmOperation<LogicWorkflowResource> operation =
                        await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "{{WorkflowName(random)}}", data);
                    return operation.Value;
                }
            """;

        private static string ConsumptionUserAssigned(Random random, int id) => $$"""
                public static async Task<LogicWorkflowResource> CreateWorkflow{{id}}Async(ResourceGroupResource resourceGroup, AzureLocation location)
                {
                    var identity = new ManagedServiceIdentity("UserAssigned");
                    identity.UserAssignedIdentities.Add(new ResourceIdentifier(OpsIdentityId), new UserAssignedIdentity());
                    var data = new LogicWorkflowData(location)
                    {
                        Identity = identity,
                        Definition = BinaryData.FromString(MinimalDefinition),
                    };
                    ArmOperation<LogicWorkflowResource> operation =
                        await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "{{WorkflowName(random)}}", data);
                    return operation.Value;
                }
            """;

        private static string ConfiguredIdentity(Random random, int id) => $$"""
                public static async Task<LogicWorkflowResource> CreateConfiguredWorkflow{{id}}Async(ResourceGroupResource resourceGroup, AzureLocation location, string name, string identityType)
                {
                    var data = new LogicWorkflowData(location)
                    {
                        Identity = new ManagedServiceIdentity(identityType),
                        Definition = BinaryData.FromString(MinimalDefinition),
                    };
                    if (name.EndsWith("-{{Vocabulary.Pick(random, Vocabulary.Environments)}}", StringComparison.Ordinal))
                    {
                        data.Tags["critical"] = "true";
                    }

                    ArmOperation<LogicWorkflowResource> operation =
                        await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, name, data);
                    return operation.Value;
                }
            """;

        private static string StandardSystemAssigned(Random random, int id) => $$"""
                public static async Task<WebSiteResource> CreateStandardApp{{id}}Async(ResourceGroupResource resourceGroup, AzureLocation location, string appServicePlanId)
                {
                    var data = new WebSiteData(location)
                    {
                        Kind = "functionapp,workflowapp",
                        AppServicePlanId = appServicePlanId,
                        IsHttpsOnly = true,
                        Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned),
                    };
                    ArmOperation<WebSiteResource> operation =
                        await resourceGroup.GetWebSites().CreateOrUpdateAsync(WaitUntil.Completed, "{{WorkflowName(random)}}-std", data);
                    return operation.Value;
                }
            """;

        private static string StandardBothIdentities(Random random, int id) => $$"""
                public static async Task CreateStandardApp{{id}}Async(ResourceGroupResource resourceGroup, AzureLocation location, string appServicePlanId)
                {
                    var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssignedUserAssigned);
                    identity.UserAssignedIdentities.Add(new ResourceIdentifier(OpsIdentityId), new UserAssignedIdentity());
                    identity.UserAssignedIdentities.Add(new ResourceIdentifier(AuditIdentityId), new UserAssignedIdentity());
                    var site = new WebSiteData(location) { Kind = "functionapp,workflowapp", AppServicePlanId = appServicePlanId, Identity = identity };
                    await resourceGroup.GetWebSites().CreateOrUpdateAsync(WaitUntil.Completed, "{{WorkflowName(random)}}-std", site);

                    var web = new WebSiteData(location) { Kind = "app", Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned) };
                    await resourceGroup.GetWebSites().CreateOrUpdateAsync(WaitUntil.Completed, "{{WorkflowName(random)}}-web", web);
                }
            """;

        private static string RawStringDefinition(Random random, int id) => $$""""
                public static async Task CreateSecretReader{{id}}Async(ResourceGroupResource resourceGroup, AzureLocation location)
                {
                    var data = new LogicWorkflowData(location)
                    {
                        Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned),
                        Definition = BinaryData.FromString("""
                            {
                              "triggers": { "manual": { "type": "Request", "kind": "Http" } },
                              "actions": {
                                "Get_secret": {
                                  "type": "Http",
                                  "inputs": {
                                    "method": "GET",
                                    "uri": "https://{{Vocabulary.Pick(random, Vocabulary.Vaults)}}.vault.azure.net/secrets/db-password?api-version=7.4",
                                    "authentication": { "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net" }
                                  }
                                },
                                "Respond": {
                                  "type": "Response",
                                  "runAfter": { "Get_secret": [ "Succeeded" ] },
                                  "inputs": { "statusCode": 200 }
                                }
                              }
                            }
                            """),
                    };
                    await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "{{WorkflowName(random)}}", data);
                }
            """";

        private static string AnonymousDefinition(Random random, int id) => $$"""
                public static async Task CreateInventory{{id}}Async(ResourceGroupResource resourceGroup, AzureLocation location)
                {
                    var data = new LogicWorkflowData(location)
                    {
                        Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned),
                        Definition = BinaryData.FromObjectAsJson(new
                        {
                            triggers = new { daily = new { type = "Recurrence", recurrence = new { frequency = "Day", interval = {{random.Next(1, 7)}} } } },
                            actions = new
                            {
                                List_groups = new
                                {
                                    type = "Http",
                                    inputs = new
                                    {
                                        method = "GET",
                                        uri = "https://management.azure.com/subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups?api-version=2021-04-01",
                                        authentication = new { type = "ManagedServiceIdentity" },
                                    },
                                },
                            },
                        }),
                    };
                    await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "{{WorkflowName(random)}}", data);
                }
            """;

        private static string JsonObjectDefinition(Random random, int id) => $$"""
                public static async Task CreateKeyRotation{{id}}Async(ResourceGroupResource resourceGroup, AzureLocation location)
                {
                    var definition = new JsonObject
                    {
                        ["actions"] = new JsonObject
                        {
                            ["Read_secret"] = new JsonObject
                            {
                                ["type"] = "Http",
                                ["inputs"] = new JsonObject
                                {
                                    ["method"] = "GET",
                                    ["uri"] = "https://{{Vocabulary.Pick(random, Vocabulary.Vaults)}}.vault.azure.net/secrets/rotation?api-version=7.4",
                                    ["authentication"] = new JsonObject { ["type"] = "ManagedServiceIdentity", ["audience"] = "https://vault.azure.net" },
                                },
                            },
                        },
                    };
                    var data = new LogicWorkflowData(location)
                    {
                        Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned),
                        Definition = BinaryData.FromString(definition.ToJsonString()),
                    };
                    await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "{{WorkflowName(random)}}", data);
                }
            """;

        private static string DictionaryParametersAuth(Random random, int id) => $$"""
                public static BinaryData PartnerNotification{{id}}() => BinaryData.FromObjectAsJson(new Dictionary<string, object>
                {
                    ["actions"] = new Dictionary<string, object>
                    {
                        ["Notify_partner"] = new Dictionary<string, object>
                        {
                            ["type"] = "Http",
                            ["inputs"] = new Dictionary<string, object>
                            {
                                ["method"] = "POST",
                                ["uri"] = "https://{{Vocabulary.Pick(random, Vocabulary.Teams)}}.partner.example.com/notify",
                                ["authentication"] = new Dictionary<string, object>
                                {
                                    ["type"] = "Basic",
                                    ["username"] = "@parameters('partnerUser')",
                                    ["password"] = "@parameters('partnerPassword')",
                                },
                            },
                        },
                    },
                });
            """;

        private static string ExistingWorkflowTags(Random random, int id) => $$"""
                public static async Task TagWorkflow{{id}}Async(LogicWorkflowResource workflow)
                {
                    var data = workflow.Data;
                    data.Tags["owner"] = "{{Vocabulary.Pick(random, Vocabulary.Teams)}}";
                    data.Tags["reviewed"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    await workflow.UpdateAsync(WaitUntil.Completed, data);
                }
            """;

        private static string ValidateUserAssigned(Random random, int id) => $$"""
                public static async Task ValidateWorkflow{{id}}Async(ResourceGroupResource resourceGroup, AzureLocation location)
                {
                    var data = new LogicWorkflowData(location)
                    {
                        Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned)
                        {
                            UserAssignedIdentities =
                            {
                                [new ResourceIdentifier(OpsIdentityId)] = new UserAssignedIdentity(),
                            },
                        },
                        Definition = BinaryData.FromString(MinimalDefinition),
                    };
                    await resourceGroup.ValidateByLocationWorkflowAsync(location, "{{WorkflowName(random)}}", data);
                }
            """;

        private static string AlertPayload(Random random, int id) => $$"""
                public static BinaryData AlertPayload{{id}}(string resourceId, double threshold) => BinaryData.FromObjectAsJson(new
                {
                    resourceId,
                    severity = {{random.Next(0, 4)}},
                    criteria = new { metric = "Percentage CPU", op = "GreaterThan", threshold, window = "PT{{random.Next(1, 6) * 5}}M" },
                    tags = new[] { "{{Vocabulary.Pick(random, Vocabulary.Teams)}}", "generated" },
                });
            """;

        private static string RetentionSettings(Random random, int id) => $$""""
                public static BinaryData RetentionSettings{{id}}() => BinaryData.FromString("""
                    {
                      "retention": { "enabled": true, "days": {{random.Next(7, 365)}} },
                      "categories": [ "WorkflowRuntime", "AllMetrics" ],
                      "owner": "{{Vocabulary.Pick(random, Vocabulary.Teams)}}"
                    }
                    """);
            """";

        private static string JsonObjectPayload(Random random, int id) => $$"""
                public static BinaryData BudgetPayload{{id}}(string scope, decimal amount)
                {
                    var node = new JsonObject
                    {
                        ["scope"] = scope,
                        ["amount"] = amount,
                        ["timeGrain"] = "Monthly",
                        ["notifications"] = new JsonArray(new JsonObject { ["threshold"] = {{random.Next(50, 100)}}, ["contactGroups"] = new JsonArray("{{Vocabulary.Pick(random, Vocabulary.Teams)}}") }),
                    };
                    return BinaryData.FromString(node.ToJsonString());
                }
            """;

        private static string BytesPayload(Random random, int id) => $$"""
                public static BinaryData LockPayload{{id}}(string level)
                {
                    var json = "{\"level\":\"" + level + "\",\"notes\":\"{{Vocabulary.Pick(random, Vocabulary.Areas)}} lock\"}";
                    return BinaryData.FromBytes(Encoding.UTF8.GetBytes(json));
                }
            """;
    }
}
