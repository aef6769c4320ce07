using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Entry;
using ManagedIdentityAnalyzers.Tests.Verification;
using static ManagedIdentityAnalyzers.Tests.Rules.Definitions.DefinitionCase;

namespace ManagedIdentityAnalyzers.Tests.Rules.Definitions;

/// <summary>LAMI130 (credential written as a literal in an authentication block) in every rendering.</summary>
public class LAMI130Tests
{
    private const string LiteralPassword = """
        {
          "actions": {
            "Call": {
              "type": "Http",
              "inputs": {
                "method": "GET",
                "uri": "https://contoso.example.com/api",
                "authentication": { "type": "Basic", "username": "svc-orders", "password": {|LAMI130:"P@ssw0rd!"|} }
              }
            }
          }
        }
        """;

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Basic_password_is_reported_on_the_value(Rendering rendering) => VerifyAsync(rendering, LiteralPassword);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Raw_value_oauth_secret_and_certificate_are_reported(Rendering rendering) => VerifyAsync(rendering, """
        {
          "actions": {
            "Raw": {
              "type": "Http",
              "inputs": { "uri": "https://contoso.example.com/api", "authentication": { "type": "Raw", "value": {|LAMI130:"Bearer eyJhbGciOiJIUzI1NiJ9.e30.abc"|} } }
            },
            "OAuth": {
              "type": "Http",
              "inputs": { "uri": "https://contoso.example.com/api", "authentication": { "type": "ActiveDirectoryOAuth", "tenant": "contoso.onmicrosoft.com", "audience": "https://contoso.example.com", "clientId": "11111111-1111-1111-1111-111111111111", "secret": {|LAMI130:"s3cr3t~value"|} } }
            },
            "Certificate": {
              "type": "Http",
              "inputs": { "uri": "https://contoso.example.com/api", "authentication": { "type": "ClientCertificate", "pfx": {|LAMI130:"MIIKmQIBAzCCCl8GCSqGSIb3DQEHAaCCClAEggpMMIIKSDCCBg8GCSqGSIb3DQEHAaCCBgAEggX8"|}, "password": {|LAMI130:"pfx-password"|} } }
            }
          }
        }
        """);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Webhook_subscription_is_reported(Rendering rendering) => VerifyAsync(rendering, """
        {
          "actions": {
            "Wait_for_callback": {
              "type": "HttpWebhook",
              "inputs": {
                "subscribe": {
                  "method": "POST",
                  "uri": "https://contoso.example.com/subscribe",
                  "body": { "callbackUrl": "@{listCallbackUrl()}" },
                  "authentication": { "type": "Basic", "username": "hook", "password": {|LAMI130:"hook-password"|} }
                },
                "unsubscribe": {
                  "method": "POST",
                  "uri": "https://contoso.example.com/unsubscribe",
                  "authentication": { "type": "Basic", "username": "hook", "password": "@parameters('hookPassword')" }
                }
              }
            }
          }
        }
        """);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Secure_parameters_app_settings_key_vault_and_empty_values_are_not_reported(Rendering rendering) => VerifyAsync(rendering, """
        {
          "actions": {
            "Parameter": {
              "type": "Http",
              "inputs": { "uri": "https://contoso.example.com/api", "authentication": { "type": "Basic", "username": "svc-orders", "password": "@parameters('ordersPassword')" } }
            },
            "App_setting": {
              "type": "Http",
              "inputs": { "uri": "https://contoso.example.com/api", "authentication": { "type": "ActiveDirectoryOAuth", "tenant": "contoso.onmicrosoft.com", "audience": "https://contoso.example.com", "clientId": "11111111-1111-1111-1111-111111111111", "secret": "@appsetting('ClientSecret')" } }
            },
            "Key_vault_output": {
              "type": "Http",
              "inputs": { "uri": "https://contoso.example.com/api", "authentication": { "type": "Raw", "value": "Bearer @{body('Get_secret')?['value']}" } }
            },
            "Certificate_parameters": {
              "type": "Http",
              "inputs": { "uri": "https://contoso.example.com/api", "authentication": { "type": "ClientCertificate", "pfx": "@parameters('pfx')", "password": "@{parameters('pfxPassword')}" } }
            },
            "Arm_expression": {
              "type": "Http",
              "inputs": { "uri": "https://contoso.example.com/api", "authentication": { "type": "Basic", "username": "svc-orders", "password": "[parameters('ordersPassword')]" } }
            },
            "Empty": {
              "type": "Http",
              "inputs": { "uri": "https://contoso.example.com/api", "authentication": { "type": "Basic", "username": "svc-orders", "password": "" } }
            },
            "Whole_block": {
              "type": "Http",
              "inputs": { "uri": "https://contoso.example.com/api", "authentication": "@parameters('authentication')" }
            },
            "Managed_identity": {
              "type": "Http",
              "inputs": { "uri": "https://contoso.example.com/api", "authentication": { "type": "ManagedServiceIdentity", "audience": "https://contoso.example.com" } }
            }
          }
        }
        """);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Credential_name_in_another_casing_is_reported(Rendering rendering) => VerifyAsync(rendering, """
        {
          "actions": {
            "Call": {
              "type": "Http",
              "inputs": { "uri": "https://contoso.example.com/api", "authentication": { "type": "Basic", "username": "svc-orders", "Password": {|LAMI130:"P@ssw0rd!"|} } }
            }
          }
        }
        """);

    [Fact]
    public Task Non_constant_interpolation_holes_are_not_reported() => new AnalyzerTest<CSharpLogicAppAnalyzer>
    {
        Source = DefinitionCase.Source(
            "BinaryData.FromString($$\"\"\"\n"
            + "        { \"actions\": { \"Call\": { \"type\": \"Http\", \"inputs\": { \"uri\": \"https://contoso.example.com/api\", "
            + "\"authentication\": { \"type\": \"Basic\", \"username\": \"svc\", \"password\": \"{{Environment.GetEnvironmentVariable(\"ORDERS_PASSWORD\")}}\" } } } } }\n"
            + "        \"\"\")",
            null),
    }.RunAsync();

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Message_names_the_property(Rendering rendering)
    {
        var test = Test(rendering, LiteralPassword.Replace("{|LAMI130:", "{|#0:"), null, null, null);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("LAMI130").WithLocation(0)
            .WithMessage("'password' holds a literal credential: read it from a secure parameter, an app setting or Key Vault"));
        return test.RunAsync();
    }
}
