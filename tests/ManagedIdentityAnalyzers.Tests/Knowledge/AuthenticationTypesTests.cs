using System.Linq;
using ManagedIdentityAnalyzers.Knowledge;

namespace ManagedIdentityAnalyzers.Tests.Knowledge;

public class AuthenticationTypesTests
{
    [Theory]
    [InlineData("Basic")]
    [InlineData("ClientCertificate")]
    [InlineData("ActiveDirectoryOAuth")]
    [InlineData("Raw")]
    [InlineData("ManagedServiceIdentity")]
    public void The_five_json_values_are_canonical_and_normalise_to_themselves(string type)
    {
        Assert.True(AuthenticationTypes.IsCanonical(type));
        Assert.True(AuthenticationTypes.TryNormalize(type, out var canonical));
        Assert.Equal(type, canonical);
    }

    [Theory]
    [InlineData("basic")]
    [InlineData("Managed Identity")]
    [InlineData("managedserviceidentity")]
    [InlineData("MSI")]
    [InlineData("Client Certificate")]
    [InlineData("Active Directory OAuth")]
    [InlineData("None")]
    [InlineData("")]
    public void Labels_aliases_and_casing_are_not_canonical(string type)
    {
        Assert.False(AuthenticationTypes.IsCanonical(type));
    }

    [Theory]
    [InlineData("Managed Identity", "ManagedServiceIdentity")]
    [InlineData("ManagedIdentity", "ManagedServiceIdentity")]
    [InlineData("Managed Service Identity", "ManagedServiceIdentity")]
    [InlineData("managedserviceidentity", "ManagedServiceIdentity")]
    [InlineData("MANAGEDSERVICEIDENTITY", "ManagedServiceIdentity")]
    [InlineData("managed-identity", "ManagedServiceIdentity")]
    [InlineData("managed_identity", "ManagedServiceIdentity")]
    [InlineData("MSI", "ManagedServiceIdentity")]
    [InlineData("msi", "ManagedServiceIdentity")]
    [InlineData("Active Directory OAuth", "ActiveDirectoryOAuth")]
    [InlineData("activedirectoryoauth", "ActiveDirectoryOAuth")]
    [InlineData("ActiveDirectoryOauth", "ActiveDirectoryOAuth")]
    [InlineData("AAD OAuth", "ActiveDirectoryOAuth")]
    [InlineData("Azure AD OAuth", "ActiveDirectoryOAuth")]
    [InlineData("Azure Active Directory OAuth", "ActiveDirectoryOAuth")]
    [InlineData("Microsoft Entra ID OAuth", "ActiveDirectoryOAuth")]
    [InlineData("Client Certificate", "ClientCertificate")]
    [InlineData("clientcertificate", "ClientCertificate")]
    [InlineData("client-certificate", "ClientCertificate")]
    [InlineData("basic", "Basic")]
    [InlineData("BASIC", "Basic")]
    [InlineData(" Basic ", "Basic")]
    [InlineData("raw", "Raw")]
    public void Designer_labels_aliases_and_casing_normalise(string written, string expected)
    {
        Assert.True(AuthenticationTypes.TryNormalize(written, out var canonical));
        Assert.Equal(expected, canonical);
    }

    [Theory]
    [InlineData("None")]
    [InlineData("OAuth")]
    [InlineData("Certificate")]
    [InlineData("Key")]
    [InlineData("SystemAssigned")]
    [InlineData("Bearer")]
    [InlineData("QueryString")]
    [InlineData("Managed")]
    [InlineData("")]
    [InlineData("ManagedServiceIdentityManagedServiceIdentityManagedServiceIdentityManagedServiceIdentity")]
    public void Unknown_values_do_not_normalise(string written)
    {
        Assert.False(AuthenticationTypes.TryNormalize(written, out _));
    }

    [Theory]
    [InlineData("Basic", "username,password", "", "password")]
    [InlineData("ClientCertificate", "pfx", "password", "pfx,password")]
    [InlineData("ActiveDirectoryOAuth", "tenant,audience,clientId", "authority,secret,pfx,password", "secret,pfx,password")]
    [InlineData("Raw", "value", "", "value")]
    [InlineData("ManagedServiceIdentity", "", "identity,audience", "")]
    public void Shapes_follow_the_property_table(string type, string required, string optional, string credentials)
    {
        var shape = AuthenticationTypes.ShapeOf(type);
        Assert.NotNull(shape);
        Assert.Equal(type, shape.Type);
        Assert.Equal(Split(required), shape.Required.ToArray());
        Assert.Equal(Split(optional), shape.Optional.ToArray());
        Assert.Equal(Split(credentials), shape.Credentials.ToArray());
    }

    [Theory]
    [InlineData("managedserviceidentity")]
    [InlineData("Managed Identity")]
    [InlineData("None")]
    [InlineData("")]
    public void Only_canonical_types_have_a_shape(string type)
    {
        Assert.Null(AuthenticationTypes.ShapeOf(type));
    }

    [Theory]
    [InlineData("ManagedServiceIdentity", "type", true)]
    [InlineData("ManagedServiceIdentity", "identity", true)]
    [InlineData("ManagedServiceIdentity", "audience", true)]
    [InlineData("ManagedServiceIdentity", "Audience", true)]
    [InlineData("ManagedServiceIdentity", "secret", false)]
    [InlineData("ManagedServiceIdentity", "password", false)]
    [InlineData("ManagedServiceIdentity", "pfx", false)]
    [InlineData("ManagedServiceIdentity", "tenant", false)]
    [InlineData("ManagedServiceIdentity", "clientId", false)]
    [InlineData("Basic", "type", true)]
    [InlineData("Basic", "username", true)]
    [InlineData("Basic", "password", true)]
    [InlineData("Basic", "identity", false)]
    [InlineData("Basic", "audience", false)]
    [InlineData("Raw", "value", true)]
    [InlineData("Raw", "audience", false)]
    [InlineData("ClientCertificate", "pfx", true)]
    [InlineData("ClientCertificate", "password", true)]
    [InlineData("ClientCertificate", "username", false)]
    [InlineData("ActiveDirectoryOAuth", "authority", true)]
    [InlineData("ActiveDirectoryOAuth", "secret", true)]
    [InlineData("ActiveDirectoryOAuth", "identity", false)]
    [InlineData("ActiveDirectoryOAuth", "credentialType", false)]
    [InlineData("ManagedServiceIdentity", "credentialType", false)]
    public void Allowed_properties(string type, string property, bool allowed)
    {
        Assert.Equal(allowed, AuthenticationTypes.ShapeOf(type)!.Allows(property));
    }

    [Theory]
    [InlineData("Basic", "password", true)]
    [InlineData("Basic", "username", false)]
    [InlineData("Raw", "value", true)]
    [InlineData("ActiveDirectoryOAuth", "secret", true)]
    [InlineData("ActiveDirectoryOAuth", "clientId", false)]
    [InlineData("ManagedServiceIdentity", "audience", false)]
    public void Credential_properties(string type, string property, bool credential)
    {
        Assert.Equal(credential, AuthenticationTypes.ShapeOf(type)!.IsCredential(property));
    }

    [Theory]
    [InlineData("Basic", "username", "password")]
    [InlineData("Basic", "password", "username")]
    [InlineData("Basic", "type,username,password", "")]
    [InlineData("Basic", "type,UserName,PASSWORD", "")]
    [InlineData("ClientCertificate", "type,password", "pfx")]
    [InlineData("ActiveDirectoryOAuth", "type,tenant,secret", "audience,clientId")]
    [InlineData("Raw", "type", "value")]
    [InlineData("ManagedServiceIdentity", "type", "")]
    public void Missing_required_properties(string type, string present, string missing)
    {
        Assert.Equal(Split(missing), AuthenticationTypes.ShapeOf(type)!.MissingRequired(Split(present)).ToArray());
    }

    [Theory]
    [InlineData("tenant,audience,clientId,secret", false, "")]
    [InlineData("tenant,audience,clientId,pfx,password", false, "")]
    [InlineData("tenant,audience,clientId,Secret", false, "")]
    [InlineData("tenant,audience,clientId", true, "secret, or pfx and password")]
    [InlineData("", true, "secret, or pfx and password")]
    [InlineData("tenant,audience,clientId,pfx", true, "password")]
    [InlineData("tenant,audience,clientId,password", true, "pfx")]
    [InlineData("tenant,audience,clientId,credentialType", true, "secret, or pfx and password")]
    public void Active_directory_oauth_needs_a_secret_or_a_pfx_with_its_password(string present, bool missing, string description)
    {
        Assert.Equal(missing, AuthenticationTypes.MissingCredential(Split(present), out var missingDescription));
        Assert.Equal(description, missingDescription);
    }

    [Theory]
    [InlineData("Basic", true)]
    [InlineData("ActiveDirectoryOAuth", true)]
    [InlineData("Raw", true)]
    [InlineData("ClientCertificate", true)]
    [InlineData("ManagedServiceIdentity", false)]
    [InlineData("basic", false)]
    public void Secret_based_types(string type, bool secretBased)
    {
        Assert.Equal(secretBased, AuthenticationTypes.IsSecretBased(type));
    }

    [Theory]
    [InlineData("Basic", "tenant,clientId,secret,pfx,password,authority,username")]
    [InlineData("Raw", "tenant,clientId,secret,pfx,password,authority,value")]
    [InlineData("ActiveDirectoryOAuth", "tenant,clientId,secret,pfx,password,authority,credentialType")]
    [InlineData("ClientCertificate", "tenant,clientId,secret,pfx,password,authority")]
    [InlineData("ManagedServiceIdentity", "")]
    public void Switching_to_managed_identity_removes_the_secret_properties(string type, string removed)
    {
        var properties = AuthenticationTypes.RemovedWhenSwitchingToManagedIdentity(type);
        Assert.Equal(Split(removed), properties.ToArray());

        // What stays behind is allowed on ManagedServiceIdentity.
        var shape = AuthenticationTypes.ShapeOf(type)!;
        var msi = AuthenticationTypes.ShapeOf(AuthenticationTypes.ManagedServiceIdentity)!;
        foreach (var property in shape.Required.Concat(shape.Optional))
        {
            Assert.True(properties.Contains(property) || msi.Allows(property), property);
        }
    }

    [Fact]
    public void The_tenant_that_withholds_LAMI131s_fix_is_active_directory_oauths_required_tenant()
    {
        // Only ActiveDirectoryOAuth names a tenant; a managed identity cannot sign in to another one.
        Assert.Equal("tenant", AuthenticationTypes.Tenant);
        Assert.Contains(AuthenticationTypes.Tenant, AuthenticationTypes.ShapeOf(AuthenticationTypes.ActiveDirectoryOAuth)!.Required);
        foreach (var type in new[] { AuthenticationTypes.Basic, AuthenticationTypes.Raw, AuthenticationTypes.ClientCertificate, AuthenticationTypes.ManagedServiceIdentity })
        {
            Assert.False(AuthenticationTypes.ShapeOf(type)!.Allows(AuthenticationTypes.Tenant), type);
        }
    }

    private static string[] Split(string list) => list.Length == 0 ? [] : list.Split(',');
}
