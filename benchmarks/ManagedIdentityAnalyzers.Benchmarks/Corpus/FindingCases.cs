using System;
using System.Collections.Immutable;

namespace ManagedIdentityAnalyzers.Benchmarks.Corpus
{
    /// <summary>A method with exactly one mistake, and the rule that must report it (once).</summary>
    internal sealed class FindingCase
    {
        public FindingCase(string name, string ruleId, Func<Random, int, string> method)
        {
            Name = name;
            RuleId = ruleId;
            Method = method;
        }

        public string Name { get; }

        public string RuleId { get; }

        public Func<Random, int, string> Method { get; }
    }

    /// <summary>
    /// The finding methods of the corpus: identity mistakes on typed SDK objects and definition mistakes in every way
    /// C# writes JSON (raw and verbatim strings, anonymous objects, JsonObject, dictionaries). Each reports exactly one
    /// diagnostic; the benchmark fails if the count per rule differs, so a broken analyzer cannot look fast.
    /// </summary>
    internal static class FindingCases
    {
        public static readonly ImmutableArray<FindingCase> All = ImmutableArray.Create(
            new FindingCase("consumption with both identities", "LAMI001", BothIdentities),
            new FindingCase("consumption with two user-assigned identities", "LAMI002", TwoUserAssigned),
            new FindingCase("UserAssigned without an identity", "LAMI003", UserAssignedWithoutIdentity),
            new FindingCase("standard SystemAssigned listing a user-assigned identity", "LAMI004", IdentitiesWithoutType),
            new FindingCase("identity name as user-assigned key", "LAMI005", NameAsKey),
            new FindingCase("designer label as identity type", "LAMI006", LabelAsIdentityType),
            new FindingCase("lower-case identity type assigned later", "LAMI006", LowerCaseIdentityType),
            new FindingCase("update drops the identity", "LAMI007", DropIdentity),
            new FindingCase("designer label as authentication type (anonymous object)", "LAMI100", LabelAsAuthenticationType),
            new FindingCase("managed identity without an identity (JsonObject)", "LAMI101", NoIdentityJsonObject),
            new FindingCase("Key Vault call without audience (raw string)", "LAMI104", MissingAudienceRawString),
            new FindingCase("audience with trailing slash (verbatim string)", "LAMI106", TrailingSlashVerbatim),
            new FindingCase("password written in the definition (dictionary)", "LAMI130", LiteralPassword));

        private static string Name(Random random) =>
            Vocabulary.Pick(random, Vocabulary.Workloads) + "-" + Vocabulary.Pick(random, Vocabulary.Environments);

        private static string BothIdentities(Random random, int id) => $$"""
                public static async Task CreateIntake{{id}}Async(ResourceGroupResource resourceGroup, AzureLocation location)
                {
                    var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssignedUserAssigned);
                    identity.UserAssignedIdentities.Add(new ResourceIdentifier(OpsIdentityId), new UserAssignedIdentity());
                    var data = new LogicWorkflowData(location) { Identity = identity };
                    await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "{{Name(random)}}", data);
                }
            """;

        private static string TwoUserAssigned(Random random, int id) => $$"""
                public static async Task CreateAudited{{id}}Async(ResourceGroupResource resourceGroup, AzureLocation location)
                {
                    var data = new LogicWorkflowData(location)
                    {
                        Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned)
                        {
                            UserAssignedIdentities =
                            {
                                [new ResourceIdentifier(OpsIdentityId)] = new UserAssignedIdentity(),
                                [new ResourceIdentifier(AuditIdentityId)] = new UserAssignedIdentity(),
                            },
                        },
                    };
                    await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "{{Name(random)}}", data);
                }
            """;

        private static string UserAssignedWithoutIdentity(Random random, int id) => $$"""
                public static async Task CreateChecker{{id}}Async(ResourceGroupResource resourceGroup, AzureLocation location)
                {
                    var data = new LogicWorkflowData(location)
                    {
                        Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned),
                    };
                    await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "{{Name(random)}}", data);
                }
            """;

        private static string IdentitiesWithoutType(Random random, int id) => $$"""
                public static async Task CreateStandard{{id}}Async(ResourceGroupResource resourceGroup, AzureLocation location, string appServicePlanId)
                {
                    var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);
                    identity.UserAssignedIdentities.Add(new ResourceIdentifier(AuditIdentityId), new UserAssignedIdentity());
                    var site = new WebSiteData(location) { Kind = "functionapp,workflowapp", AppServicePlanId = appServicePlanId, Identity = identity };
                    await resourceGroup.GetWebSites().CreateOrUpdateAsync(WaitUntil.Completed, "{{Name(random)}}-std", site);
                }
            """;

        private static string NameAsKey(Random random, int id) => $$"""
                public static async Task CreatePortal{{id}}Async(ResourceGroupResource resourceGroup, AzureLocation location, string appServicePlanId)
                {
                    var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned);
                    identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Vocabulary.Pick(random, Vocabulary.Identities)}}"), new UserAssignedIdentity());
                    identity.UserAssignedIdentities.Add(
                        resourceGroup.Id.AppendProviderResource("Microsoft.ManagedIdentity", "userAssignedIdentities", "{{Vocabulary.Pick(random, Vocabulary.Identities)}}"),
                        new UserAssignedIdentity());
                    var site = new WebSiteData(location) { Kind = "functionapp,workflowapp", AppServicePlanId = appServicePlanId, Identity = identity };
                    await resourceGroup.GetWebSites().CreateOrUpdateAsync(WaitUntil.Completed, "{{Name(random)}}-std", site);
                }
            """;

        private static string LabelAsIdentityType(Random random, int id) => $$"""
                public static async Task<LogicWorkflowResource> CreateSync{{id}}Async(ResourceGroupResource resourceGroup, AzureLocation location)
                {
                    var data = new LogicWorkflowData(location)
                    {
                        Identity = new ManagedServiceIdentity("{{(random.Next(2) == 0 ? "System Assigned" : "System assigned")}}"),
                        Definition = BinaryData.FromString(MinimalDefinition),
                    };
                    ArmOperation<LogicWorkflowResource> operation =
                        await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "{{Name(random)}}", data);
                    return operation.Value;
                }
            """;

        private static string LowerCaseIdentityType(Random random, int id) => $$"""
                public static async Task<LogicWorkflowResource> CreateReport{{id}}Async(ResourceGroupResource resourceGroup, AzureLocation location)
                {
                    var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);
                    identity.ManagedServiceIdentityType = "systemassigned";
                    var data = new LogicWorkflowData(location)
                    {
                        Identity = identity,
                        Definition = BinaryData.FromString(MinimalDefinition),
                    };
                    ArmOperation<LogicWorkflowResource> operation =
                        await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "{{Name(random)}}", data);
                    return operation.Value;
                }
            """;

        private static string DropIdentity(Random random, int id) => $$"""
                public static async Task Detach{{id}}Async(LogicWorkflowResource workflow)
                {
                    var data = workflow.Data;
                    data.Tags["detached-by"] = "{{Vocabulary.Pick(random, Vocabulary.Teams)}}";
                    data.Identity = null;
                    await workflow.UpdateAsync(WaitUntil.Completed, data);
                }
            """;

        private static string LabelAsAuthenticationType(Random random, int id) => $$"""
                public static async Task CreateGroupLister{{id}}Async(ResourceGroupResource resourceGroup, AzureLocation location)
                {
                    var data = new LogicWorkflowData(location)
                    {
                        Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned),
                        Definition = BinaryData.FromObjectAsJson(new
                        {
                            actions = new
                            {
                                List_groups = new
                                {
                                    type = "Http",
                                    inputs = new
                                    {
                                        method = "GET",
                                        uri = "https://management.azure.com/subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups?api-version=2021-04-01",
                                        authentication = new { type = "Managed Identity" },
                                    },
                                },
                            },
                        }),
                    };
                    await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "{{Name(random)}}", data);
                }
            """;

        private static string NoIdentityJsonObject(Random random, int id) => $$"""
                public static async Task CreateSecretCopy{{id}}Async(ResourceGroupResource resourceGroup, AzureLocation location)
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
                                    ["uri"] = "https://{{Vocabulary.Pick(random, Vocabulary.Vaults)}}.vault.azure.net/secrets/copy?api-version=7.4",
                                    ["authentication"] = new JsonObject { ["type"] = "ManagedServiceIdentity", ["audience"] = "https://vault.azure.net" },
                                },
                            },
                        },
                    };
                    var data = new LogicWorkflowData(location) { Definition = BinaryData.FromString(definition.ToJsonString()) };
                    await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "{{Name(random)}}", data);
                }
            """;

        private static string MissingAudienceRawString(Random random, int id) => $$""""
                public static async Task CreateSecretRotator{{id}}Async(ResourceGroupResource resourceGroup, AzureLocation location)
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
                                    "uri": "https://{{Vocabulary.Pick(random, Vocabulary.Vaults)}}.vault.azure.net/secrets/api-key?api-version=7.4",
                                    "authentication": { "type": "ManagedServiceIdentity" }
                                  }
                                }
                              }
                            }
                            """),
                    };
                    await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "{{Name(random)}}", data);
                }
            """";

        private static string TrailingSlashVerbatim(Random random, int id) => $$"""
                public static async Task CreateSecretWriter{{id}}Async(ResourceGroupResource resourceGroup, AzureLocation location)
                {
                    var data = new LogicWorkflowData(location)
                    {
                        Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned),
                        Definition = BinaryData.FromString(@"{
                          ""actions"": {
                            ""Set_secret"": {
                              ""type"": ""Http"",
                              ""inputs"": {
                                ""method"": ""PUT"",
                                ""uri"": ""https://{{Vocabulary.Pick(random, Vocabulary.Vaults)}}.vault.azure.net/secrets/api-key?api-version=7.4"",
                                ""authentication"": { ""type"": ""ManagedServiceIdentity"", ""audience"": ""https://vault.azure.net/"" }
                              }
                            }
                          }
                        }"),
                    };
                    await resourceGroup.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "{{Name(random)}}", data);
                }
            """;

        private static string LiteralPassword(Random random, int id) => $$"""
                public static BinaryData PartnerCallback{{id}}() => BinaryData.FromObjectAsJson(new Dictionary<string, object>
                {
                    ["actions"] = new Dictionary<string, object>
                    {
                        ["Notify_partner"] = new Dictionary<string, object>
                        {
                            ["type"] = "Http",
                            ["inputs"] = new Dictionary<string, object>
                            {
                                ["method"] = "POST",
                                ["uri"] = "https://{{Vocabulary.Pick(random, Vocabulary.Teams)}}.partner.example.com/callback",
                                ["authentication"] = new Dictionary<string, object>
                                {
                                    ["type"] = "Basic",
                                    ["username"] = "@parameters('partnerUser')",
                                    ["password"] = "{{Vocabulary.Pick(random, Vocabulary.Teams)}}-P@ss{{random.Next(10, 99)}}!",
                                },
                            },
                        },
                    },
                });
            """;
    }
}
