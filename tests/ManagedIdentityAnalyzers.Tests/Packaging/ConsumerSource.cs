namespace ManagedIdentityAnalyzers.Tests.Packaging;

/// <summary>
/// The code of the end-to-end test's consumer project: every rule with a fix, in typed SDK code, in JSON literals of
/// several kinds (raw, verbatim), in anonymous-object and JsonObject definitions, several of them in the same method
/// and the same literal, and nothing the package cannot fix. <see cref="Expected"/> lists what the build reports.
/// </summary>
public static class ConsumerSource
{
    public const string FileName = "Deployments.cs";

    private const string Ops = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ops";

    public const string Text = $$""""
        using System;
        using System.Text.Json.Nodes;
        using Azure.Core;
        using Azure.ResourceManager.AppService;
        using Azure.ResourceManager.Logic;
        using Azure.ResourceManager.Models;

        namespace Consumer
        {
            public static class Identities
            {
                public static LogicWorkflowData Labelled(AzureLocation location)
                {
                    var identity = new ManagedServiceIdentity("System Assigned");
                    return new LogicWorkflowData(location) { Identity = identity };
                }

                public static WebSiteData Standard(AzureLocation location)
                {
                    var identity = new ManagedServiceIdentity("SystemAssigned,UserAssigned");
                    identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
                    return new WebSiteData(location) { Kind = "functionapp,workflowapp", Identity = identity };
                }

                public static LogicWorkflowData ConsumptionWithBoth(AzureLocation location)
                {
                    var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssignedUserAssigned);
                    identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
                    return new LogicWorkflowData(location) { Identity = identity };
                }

                public static LogicWorkflowData UserAssignedWithoutIdentities(AzureLocation location) =>
                    new LogicWorkflowData(location) { Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned) };

                public static WebSiteData StandardWithoutUserAssignedType(AzureLocation location)
                {
                    var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);
                    identity.UserAssignedIdentities.Add(new ResourceIdentifier("{{Ops}}"), new UserAssignedIdentity());
                    return new WebSiteData(location) { Kind = "functionapp,workflowapp", Identity = identity };
                }
            }

            public static class Workflows
            {
                public static LogicWorkflowData Vault(AzureLocation location) => new LogicWorkflowData(location)
                {
                    Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned),
                    Definition = BinaryData.FromString("""
                        {
                          "actions": {
                            "Read": {
                              "type": "Http",
                              "inputs": {
                                "uri": "https://contoso.vault.azure.net/secrets/a?api-version=7.4",
                                "authentication": { "type": "Managed Identity", "identity": "SystemAssigned" }
                              }
                            },
                            "Write": {
                              "type": "Http",
                              "inputs": {
                                "uri": "https://contoso.vault.azure.net/secrets/b?api-version=7.4",
                                "authentication": { "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net/", "credentialType": "ManagedIdentity" }
                              }
                            },
                            "Blob": {
                              "type": "Http",
                              "inputs": {
                                "uri": "https://contoso.blob.core.windows.net/orders/today.json",
                                "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/.default" }
                              }
                            },
                            "Partner": {
                              "type": "Http",
                              "inputs": {
                                "uri": "https://contoso.vault.azure.net/secrets/c?api-version=7.4",
                                "authentication": { "type": "Basic", "username": "reader", "password": "@parameters('vaultPassword')" }
                              }
                            }
                          }
                        }
                        """),
                };

                public static LogicWorkflowData Rotator(AzureLocation location) => new LogicWorkflowData(location)
                {
                    Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned),
                    Definition = BinaryData.FromString(@"{
                      ""actions"": {
                        ""Rotate"": {
                          ""type"": ""Http"",
                          ""inputs"": {
                            ""uri"": ""https://contoso.vault.azure.net/secrets/d/rotate?api-version=7.4"",
                            ""authentication"": { ""type"": ""ManagedServiceIdentity"", ""audience"": ""https://storage.azure.com/"" }
                          }
                        }
                      }
                    }"),
                };

                public static LogicWorkflowData Inventory(AzureLocation location) => new LogicWorkflowData(location)
                {
                    Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned),
                    Definition = BinaryData.FromObjectAsJson(new
                    {
                        actions = new
                        {
                            List = new
                            {
                                type = "Http",
                                inputs = new { uri = "https://contoso.vault.azure.net/secrets?api-version=7.4", authentication = new { type = "MSI" } },
                            },
                        },
                    }),
                };

                public static LogicWorkflowData Archiver(AzureLocation location)
                {
                    var definition = new JsonObject
                    {
                        ["actions"] = new JsonObject
                        {
                            ["List"] = new JsonObject
                            {
                                ["type"] = "Http",
                                ["inputs"] = new JsonObject
                                {
                                    ["uri"] = "https://management.azure.com/subscriptions?api-version=2022-12-01",
                                    ["authentication"] = new JsonObject { ["type"] = "ManagedServiceIdentity" },
                                },
                            },
                        },
                    };
                    return new LogicWorkflowData(location) { Definition = BinaryData.FromString(definition.ToJsonString()) };
                }
            }
        }

        """";

    /// <summary>What the build reports: (ID, a text the line holds, the reported text on that line).</summary>
    public static readonly (string Id, string Line, string Token)[] Expected =
    {
        ("LAMI006", "\"System Assigned\"", "\"System Assigned\""),
        ("LAMI006", "\"SystemAssigned,UserAssigned\"", "\"SystemAssigned,UserAssigned\""),
        ("LAMI001", "(ManagedServiceIdentityType.SystemAssignedUserAssigned)", "ManagedServiceIdentityType.SystemAssignedUserAssigned"),
        ("LAMI003", "new LogicWorkflowData(location) { Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned) }", "ManagedServiceIdentityType.UserAssigned"),
        ("LAMI004", "var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned);", "ManagedServiceIdentityType.SystemAssigned"),
        ("LAMI100", "\"Managed Identity\"", "\"Managed Identity\""),
        ("LAMI104", "\"Managed Identity\"", "\"authentication\""),
        ("LAMI111", "\"Managed Identity\"", "\"SystemAssigned\""),
        ("LAMI106", "\"https://vault.azure.net/\"", "\"https://vault.azure.net/\""),
        ("LAMI109", "\"credentialType\"", "\"credentialType\""),
        ("LAMI108", "/.default", "\"https://storage.azure.com/.default\""),
        ("LAMI120", "orders/today.json", "\"https://contoso.blob.core.windows.net/orders/today.json\""),
        ("LAMI121", "orders/today.json", "\"https://contoso.blob.core.windows.net/orders/today.json\""),
        ("LAMI131", "\"Basic\"", "\"authentication\""),
        ("LAMI105", "\"\"https://storage.azure.com/\"\"", "\"\"https://storage.azure.com/\"\""),
        ("LAMI100", "\"MSI\"", "\"MSI\""),
        ("LAMI104", "\"MSI\"", "authentication"),
        ("LAMI101", "new JsonObject { [\"type\"] = \"ManagedServiceIdentity\" }", "\"authentication\""),
    };

    /// <summary>"(line,column)" of <paramref name="token"/> on the first line that holds <paramref name="line"/>, 1-based.</summary>
    public static string Position(string line, string token)
    {
        var lines = Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(line, System.StringComparison.Ordinal))
            {
                var column = lines[i].IndexOf(token, System.StringComparison.Ordinal);
                if (column < 0)
                {
                    throw new System.InvalidOperationException($"'{token}' is not on the line of '{line}'.");
                }

                return $"({i + 1},{column + 1})";
            }
        }

        throw new System.InvalidOperationException(line + " is not in the source.");
    }
}
