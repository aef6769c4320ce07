using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Tests.Verification;
using static ManagedIdentityAnalyzers.Tests.Rules.Definitions.DefinitionCase;

namespace ManagedIdentityAnalyzers.Tests.Rules.Definitions;

/// <summary>LAMI131 (secret-based authentication to a service that accepts managed identities) in every rendering.</summary>
public class LAMI131Tests
{
    /// <summary>The documented property order: type, tenant, audience, clientId, secret.</summary>
    private const string OAuthToKeyVault = """
        {
          "actions": {
            "Get_secret": {
              "type": "Http",
              "inputs": {
                "method": "GET",
                "uri": "https://contoso.vault.azure.net/secrets/db-password?api-version=7.4",
                {|LAMI131:"authentication"|}: {
                  "type": "ActiveDirectoryOAuth",
                  "tenant": "contoso.onmicrosoft.com",
                  "audience": "https://vault.azure.net",
                  "clientId": "@parameters('clientId')",
                  "secret": "@parameters('clientSecret')"
                }
              }
            }
          }
        }
        """;

    /// <summary>
    /// A <c>tenant</c> may be another tenant than the logic app's, where its managed identity cannot sign in: the
    /// advice is reported, but no fix is offered (the fixed state is the source, diagnostic included).
    /// </summary>
    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task OAuth_naming_a_tenant_is_reported_without_a_fix(Rendering rendering) =>
        VerifyFixAsync(rendering, OAuthToKeyVault, OAuthToKeyVault);

    private const string OAuthTenantVariants = """
        {
          "actions": {
            "Tenant_last": {
              "type": "Http",
              "inputs": {
                "uri": "https://contoso.vault.azure.net/secrets/a?api-version=7.4",
                {|LAMI131:"authentication"|}: { "type": "ActiveDirectoryOAuth", "clientId": "@parameters('clientId')", "secret": "@parameters('clientSecret')", "audience": "https://vault.azure.net", "tenant": "fabrikam.onmicrosoft.com" }
              }
            },
            "Tenant_expression": {
              "type": "Http",
              "inputs": {
                "uri": "https://contoso.vault.azure.net/secrets/b?api-version=7.4",
                {|LAMI131:"authentication"|}: { "type": "ActiveDirectoryOAuth", "tenant": "@parameters('tenantId')", "audience": "https://vault.azure.net", "clientId": "@parameters('clientId')", "secret": "@parameters('clientSecret')" }
              }
            },
            "Tenant_in_another_casing": {
              "type": "Http",
              "inputs": {
                "uri": "https://contoso.vault.azure.net/secrets/c?api-version=7.4",
                {|LAMI131:"authentication"|}: { "type": "ActiveDirectoryOAuth", "Tenant": "contoso.onmicrosoft.com", "ClientId": "@parameters('clientId')", "Secret": "@parameters('clientSecret')", "audience": "https://vault.azure.net" }
              }
            },
            "Tenant_without_audience": {
              "type": "Http",
              "inputs": {
                "uri": "https://contoso.vault.azure.net/secrets/d?api-version=7.4",
                {|LAMI110:{|LAMI131:"authentication"|}|}: { "type": "ActiveDirectoryOAuth", "authority": "https://login.microsoftonline.com", "tenant": "contoso.onmicrosoft.com", "clientId": "@parameters('clientId')", "secret": "@parameters('clientSecret')" }
              }
            },
            "Literal_secret": {
              "type": "Http",
              "inputs": {
                "uri": "https://contoso.vault.azure.net/secrets/e?api-version=7.4",
                {|LAMI131:"authentication"|}: { "type": "ActiveDirectoryOAuth", "tenant": "contoso.onmicrosoft.com", "clientId": "11111111-1111-1111-1111-111111111111", "secret": {|LAMI130:"s3cr3t~value"|}, "audience": "https://vault.azure.net" }
              }
            }
          }
        }
        """;

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Any_tenant_withholds_the_fix(Rendering rendering) =>
        VerifyFixAsync(rendering, OAuthTenantVariants, OAuthTenantVariants);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task OAuth_without_a_tenant_is_switched_and_gets_the_key_vault_audience(Rendering rendering) => VerifyFixAsync(rendering, """
        {
          "actions": {
            "Get_secret": {
              "type": "Http",
              "inputs": {
                "method": "GET",
                "uri": "https://contoso.vault.azure.net/secrets/db-password?api-version=7.4",
                {|LAMI110:{|LAMI131:"authentication"|}|}: { "type": "ActiveDirectoryOAuth", "authority": "https://login.microsoftonline.com", "clientId": "@parameters('clientId')", "secret": "@parameters('clientSecret')" }
              }
            }
          }
        }
        """, """
        {
          "actions": {
            "Get_secret": {
              "type": "Http",
              "inputs": {
                "method": "GET",
                "uri": "https://contoso.vault.azure.net/secrets/db-password?api-version=7.4",
                "authentication": { "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net" }
              }
            }
          }
        }
        """, FixKeys.SwitchToManagedIdentity);

    private const string BasicToKeyVault = """
        {
          "actions": {
            "Get_secret": {
              "type": "Http",
              "inputs": { "uri": "https://contoso.vault.azure.net/secrets/db?api-version=7.4", {|LAMI131:"authentication"|}: { "type": "Basic", "username": "@parameters('user')", "password": "@parameters('password')" } }
            }
          }
        }
        """;

    private const string BasicSwitched = """
        {
          "actions": {
            "Get_secret": {
              "type": "Http",
              "inputs": { "uri": "https://contoso.vault.azure.net/secrets/db?api-version=7.4", "authentication": { "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net" } }
            }
          }
        }
        """;

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Basic_to_key_vault_loses_username_and_password(Rendering rendering) =>
        VerifyFixAsync(rendering, BasicToKeyVault, BasicSwitched, FixKeys.SwitchToManagedIdentity);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Fix_removes_properties_written_in_another_casing(Rendering rendering) => VerifyFixAsync(rendering, """
        {
          "actions": {
            "Get_secret": {
              "type": "Http",
              "inputs": {
                "uri": "https://contoso.vault.azure.net/secrets/db?api-version=7.4",
                {|LAMI131:"authentication"|}: { "type": "Basic", "UserName": "@parameters('user')", "Password": "@parameters('password')" }
              }
            }
          }
        }
        """, """
        {
          "actions": {
            "Get_secret": {
              "type": "Http",
              "inputs": {
                "uri": "https://contoso.vault.azure.net/secrets/db?api-version=7.4",
                "authentication": { "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net" }
              }
            }
          }
        }
        """, FixKeys.SwitchToManagedIdentity);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Raw_to_key_vault_gets_the_audience(Rendering rendering) => VerifyFixAsync(rendering, """
        {
          "actions": {
            "Get_secret": {
              "type": "Http",
              "inputs": { "method": "GET", "uri": "https://contoso.vault.azure.net/secrets/db?api-version=7.4", {|LAMI131:"authentication"|}: { "type": "Raw", "value": "@parameters('vaultToken')" } }
            }
          }
        }
        """, """
        {
          "actions": {
            "Get_secret": {
              "type": "Http",
              "inputs": { "method": "GET", "uri": "https://contoso.vault.azure.net/secrets/db?api-version=7.4", "authentication": { "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net" } }
            }
          }
        }
        """, FixKeys.SwitchToManagedIdentity);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Fix_removes_the_literal_secret_with_its_LAMI130(Rendering rendering) => VerifyFixAsync(rendering, """
        {
          "actions": {
            "Get_secret": {
              "type": "Http",
              "inputs": {
                "uri": "https://contoso.vault.azure.net/secrets/db?api-version=7.4",
                {|LAMI131:"authentication"|}: { "type": "ClientCertificate", "pfx": "@parameters('certificate')", "password": {|LAMI130:"s3cr3t~value"|} }
              }
            }
          }
        }
        """, """
        {
          "actions": {
            "Get_secret": {
              "type": "Http",
              "inputs": {
                "uri": "https://contoso.vault.azure.net/secrets/db?api-version=7.4",
                "authentication": { "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net" }
              }
            }
          }
        }
        """, FixKeys.SwitchToManagedIdentity);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Basic_to_resource_manager_is_reported(Rendering rendering) => VerifyAsync(rendering, """
        {
          "actions": {
            "List_groups": {
              "type": "Http",
              "inputs": {
                "method": "GET",
                "uri": "https://management.azure.com/subscriptions/00000000-0000-0000-0000-000000000001/resourcegroups?api-version=2021-04-01",
                {|LAMI131:"authentication"|}: { "type": "Basic", "username": "@parameters('user')", "password": "@parameters('password')" }
              }
            }
          }
        }
        """);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Managed_identity_unknown_hosts_shared_hosts_and_expressions_are_not_reported(Rendering rendering) => VerifyAsync(rendering, """
        {
          "actions": {
            "Managed_identity": { "type": "Http", "inputs": { "uri": "https://contoso.vault.azure.net/secrets/db?api-version=7.4", "authentication": { "type": "ManagedServiceIdentity", "audience": "https://vault.azure.net" } } },
            "Unknown_host": { "type": "Http", "inputs": { "uri": "https://contoso.example.com/api", "authentication": { "type": "Basic", "username": "svc", "password": "@parameters('password')" } } },
            "Service_bus_or_event_hubs": { "type": "Http", "inputs": { "uri": "https://contoso.servicebus.windows.net/orders/messages", "authentication": { "type": "Raw", "value": "@parameters('sasToken')" } } },
            "Uri_expression": { "type": "Http", "inputs": { "uri": "@parameters('vaultUri')", "authentication": { "type": "Raw", "value": "@parameters('token')" } } },
            "Type_expression": { "type": "Http", "inputs": { "uri": "https://contoso.vault.azure.net/secrets/db?api-version=7.4", "authentication": { "type": "@parameters('authType')", "value": "@parameters('token')" } } },
            "Block_expression": { "type": "Http", "inputs": { "uri": "https://contoso.vault.azure.net/secrets/db?api-version=7.4", "authentication": "@parameters('authentication')" } }
          }
        }
        """);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Raw_to_a_batch_account_gets_the_batch_audience(Rendering rendering) => VerifyFixAsync(rendering, """
        {
          "actions": {
            "List_jobs": {
              "type": "Http",
              "inputs": { "method": "GET", "uri": "https://myacct.westus.batch.azure.com/jobs?api-version=2024-07-01.20.0", {|LAMI131:"authentication"|}: { "type": "Raw", "value": "@parameters('batchSharedKey')" } }
            }
          }
        }
        """, """
        {
          "actions": {
            "List_jobs": {
              "type": "Http",
              "inputs": { "method": "GET", "uri": "https://myacct.westus.batch.azure.com/jobs?api-version=2024-07-01.20.0", "authentication": { "type": "ManagedServiceIdentity", "audience": "https://batch.core.windows.net/" } }
            }
          }
        }
        """, FixKeys.SwitchToManagedIdentity);

    /// <summary>
    /// Cosmos DB's data plane wants its own Authorization format (type=aad&amp;ver=1.0&amp;sig=...), which the HTTP
    /// action's managed-identity authentication does not send: switching would break the call.
    /// </summary>
    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Secret_based_calls_to_cosmos_db_are_not_reported(Rendering rendering) => VerifyAsync(rendering, """
        {
          "actions": {
            "Raw_key": { "type": "Http", "inputs": { "method": "GET", "uri": "https://orders.documents.azure.com/dbs/shop/colls/orders/docs", "headers": { "x-ms-version": "2018-12-31" }, "authentication": { "type": "Raw", "value": "@parameters('cosmosAuthorization')" } } },
            "Basic": { "type": "Http", "inputs": { "method": "GET", "uri": "https://orders.documents.azure.us/dbs/shop", "authentication": { "type": "Basic", "username": "@parameters('user')", "password": "@parameters('password')" } } },
            "OAuth": { "type": "Http", "inputs": { "method": "GET", "uri": "https://orders.documents.azure.cn/dbs/shop", "authentication": { "type": "ActiveDirectoryOAuth", "tenant": "contoso.onmicrosoft.com", "audience": "https://cosmos.azure.cn", "clientId": "@parameters('clientId')", "secret": "@parameters('clientSecret')" } } },
            "Certificate": { "type": "Http", "inputs": { "method": "GET", "uri": "https://@{parameters('account')}.documents.azure.com/dbs", "authentication": { "type": "ClientCertificate", "pfx": "@parameters('pfx')" } } }
          }
        }
        """);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Message_names_type_service_and_audience(Rendering rendering)
    {
        var test = Test(rendering, BasicToKeyVault.Replace("{|LAMI131:", "{|#0:"), null, null, null);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("LAMI131").WithLocation(0).WithMessage(
            "Basic authentication to Key Vault, which accepts managed identities: use ManagedServiceIdentity with the audience 'https://vault.azure.net' instead of a secret"));
        return test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Message_with_a_tenant_says_the_identity_stays_in_its_tenant(Rendering rendering)
    {
        var test = Test(rendering, OAuthToKeyVault.Replace("{|LAMI131:", "{|#0:"), null, null, null);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("LAMI131").WithLocation(0).WithMessage(
            "ActiveDirectoryOAuth authentication to Key Vault, which accepts managed identities: use ManagedServiceIdentity with the audience 'https://vault.azure.net' instead of a secret if the target is in the logic app's own tenant (a managed identity cannot sign in to another tenant)"));
        return test.RunAsync();
    }

    /// <summary>
    /// The logic app has no identity: switching alone would leave a LAMI101 error behind, so the fix also enables the
    /// app's system-assigned identity.
    /// </summary>
    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Switching_on_an_app_without_identity_enables_its_system_identity(Rendering rendering)
    {
        const string WithoutIdentity = "new LogicWorkflowData(location) { Definition = definition }";
        const string WithIdentity = "new LogicWorkflowData(location) { Definition = definition, Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned) }";
        var test = Test(rendering, BasicToKeyVault, BasicSwitched, FixKeys.SwitchToManagedIdentity, NoIdentity);
        test.FixedSource = test.FixedSource!.Replace(WithoutIdentity, WithIdentity);
        test.CodeActionTitle = "Use managed-identity authentication and enable the logic app's system-assigned identity";
        return test.RunAsync();
    }

    /// <summary>The logic app has only its one user-assigned identity (LAMI103 otherwise): the fix names it.</summary>
    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Switching_on_an_app_with_one_user_assigned_identity_names_it(Rendering rendering) => VerifyFixAsync(
        rendering,
        BasicToKeyVault,
        BasicSwitched.Replace("\"audience\": \"https://vault.azure.net\" }", "\"audience\": \"https://vault.azure.net\", \"identity\": \"" + Identity.IdentityIds.Ops + "\" }"),
        FixKeys.SwitchToManagedIdentity,
        UserAssignedOps);

    private const string BasicToStorage = """
        {
          "actions": {
            "Read_blob": {
              "type": "Http",
              "inputs": { "uri": "https://contoso.blob.core.windows.net/orders/today.json", {|LAMI131:"authentication"|}: { "type": "Raw", "value": "@parameters('sas')" } }
            }
          }
        }
        """;

    /// <summary>A managed-identity call to Storage needs x-ms-version and x-ms-date (LAMI120, LAMI121 otherwise): the fix adds them.</summary>
    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Switching_a_storage_call_adds_its_headers(Rendering rendering) => VerifyFixAsync(rendering, BasicToStorage, """
        {
          "actions": {
            "Read_blob": {
              "type": "Http",
              "inputs": { "uri": "https://contoso.blob.core.windows.net/orders/today.json", "authentication": { "type": "ManagedServiceIdentity", "audience": "https://storage.azure.com/" }, "headers": { "x-ms-version": "2024-05-05", "x-ms-date": "@{formatDateTime(utcNow(),'r')}" } }
            }
          }
        }
        """, FixKeys.SwitchToManagedIdentity);

    /// <summary>Storage behind a firewall admits the system-assigned identity only (LAMI122): no switch to a user-assigned one.</summary>
    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task No_switch_to_a_user_assigned_identity_for_storage(Rendering rendering) => VerifyAsync(rendering, BasicToStorage, UserAssignedOps);

    private static readonly string UserAssignedOps =
        "new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned) { UserAssignedIdentities = { [new ResourceIdentifier(\"" + Identity.IdentityIds.Ops + "\")] = new UserAssignedIdentity() } }";
}
