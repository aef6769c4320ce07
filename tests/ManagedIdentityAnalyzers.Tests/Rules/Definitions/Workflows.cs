using ManagedIdentityAnalyzers.Tests.Rules.Identity;

namespace ManagedIdentityAnalyzers.Tests.Rules.Definitions;

/// <summary>Small workflow definitions and logic-app identities for the definition rule tests.</summary>
internal static class Workflows
{
    public const string SystemOnly = "new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned)";
    public const string NoneType = "new ManagedServiceIdentity(ManagedServiceIdentityType.None)";

    public static readonly string UserOps =
        "new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned) { UserAssignedIdentities = { [new ResourceIdentifier(\""
        + IdentityIds.Ops + "\")] = new UserAssignedIdentity() } }";

    /// <summary>The <c>"authentication": value</c> member.</summary>
    public static string Authentication(string value) => "\"authentication\": " + value;

    /// <summary>A definition with one HTTP action whose inputs carry <paramref name="uri"/> and the authentication member.</summary>
    public static string Http(string uri, string authenticationMember, string type = "Http") => $$"""
        {
          "actions": {
            "Call": {
              "type": "{{type}}",
              "inputs": {
                "method": "GET",
                "uri": "{{uri}}",
                {{authenticationMember}}
              }
            }
          }
        }
        """;
}
