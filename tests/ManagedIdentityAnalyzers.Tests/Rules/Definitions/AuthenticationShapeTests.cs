using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Findings;
using static ManagedIdentityAnalyzers.Tests.Rules.Definitions.DefinitionCase;
using static ManagedIdentityAnalyzers.Tests.Rules.Definitions.Workflows;

namespace ManagedIdentityAnalyzers.Tests.Rules.Definitions;

/// <summary>LAMI109: properties that do not belong to the type.</summary>
public class LAMI109Tests
{
    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Stray_properties_are_removed(Rendering rendering) => VerifyFixAsync(
        rendering,
        Http("https://management.azure.com/x", """
            "authentication": { "type": "ManagedServiceIdentity", {|LAMI109:"credentialType"|}: "Secret", "audience": "https://management.azure.com/", {|LAMI109:"tenant"|}: "contoso.onmicrosoft.com" }
            """),
        Http("https://management.azure.com/x", """
            "authentication": { "type": "ManagedServiceIdentity", "audience": "https://management.azure.com/" }
            """),
        FixKeys.RemoveProperty);

    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Allowed_properties_and_unknown_types_are_not_reported(Rendering rendering) => VerifyAsync(rendering, """
        {
          "actions": {
            "A": { "type": "Http", "inputs": { "uri": "https://contoso.example.com", "authentication": { "type": "Basic", "username": "@parameters('user')", "password": "@parameters('password')" } } },
            "B": { "type": "Http", "inputs": { "uri": "https://contoso.example.com", "authentication": { "type": "@parameters('kind')", "secret": "@parameters('secret')" } } },
            "C": { "type": "Http", "inputs": { "uri": "https://contoso.example.com", "authentication": { "type": "ClientCertificate", "pfx": "@parameters('pfx')", "password": "@parameters('pfxPassword')" } } }
          }
        }
        """);
}

/// <summary>LAMI110: required properties missing.</summary>
public class LAMI110Tests
{
    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Missing_required_properties_are_reported_on_the_block(Rendering rendering) => VerifyAsync(rendering, """
        {
          "actions": {
            "A": { "type": "Http", "inputs": { "uri": "https://contoso.example.com", {|LAMI110:"authentication"|}: { "type": "Basic", "username": "@parameters('user')" } } },
            "B": { "type": "Http", "inputs": { "uri": "https://contoso.example.com", {|LAMI110:"authentication"|}: { "type": "ActiveDirectoryOAuth", "tenant": "@parameters('t')", "audience": "https://contoso.example.com", "clientId": "@parameters('c')" } } },
            "C": { "type": "Http", "inputs": { "uri": "https://contoso.example.com", {|LAMI110:"authentication"|}: { "type": "Raw" } } },
            "D": { "type": "Http", "inputs": { "uri": "https://contoso.example.com", "authentication": { "type": "ActiveDirectoryOAuth", "tenant": "@parameters('t')", "audience": "https://contoso.example.com", "clientId": "@parameters('c')", "pfx": "@parameters('p')", "password": "@parameters('pw')" } } }
          }
        }
        """);
}

/// <summary>LAMI112: authentication the operation does not support.</summary>
public class LAMI112Tests
{
    [Theory]
    [MemberData(nameof(Renderings), MemberType = typeof(DefinitionCase))]
    public Task Inline_authentication_on_api_connection_is_reported(Rendering rendering) => VerifyAsync(rendering, """
        {
          "actions": {
            "Send": {
              "type": "ApiConnection",
              "inputs": {
                "host": { "connection": { "name": "@parameters('$connections')['office365']['connectionId']" } },
                "method": "post",
                "path": "/v2/Mail",
                {|LAMI112:"authentication"|}: { "type": "ManagedServiceIdentity" }
              }
            },
            "Call": { "type": "Http", "inputs": { "uri": "https://management.azure.com/x", "authentication": { "type": "ManagedServiceIdentity" } } }
          }
        }
        """);
}
