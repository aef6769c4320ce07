using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Findings;
using static ManagedIdentityAnalyzers.Tests.Rules.Identity.IdentityIds;
using static ManagedIdentityAnalyzers.Tests.Rules.RealCode.RealCodeSource;

namespace ManagedIdentityAnalyzers.Tests.Rules.RealCode;

/// <summary>
/// Fixes where the value a finding is about is not written in the literal that holds the JSON: a constant or a local
/// in an interpolation hole or a concatenation. The value is edited where it is written when it is written in one
/// literal; otherwise the reference is replaced by literal text (the hole goes, an operand becomes a literal).
/// </summary>
public class ValuesWrittenElsewhereTests
{
    private static string Deploy(string definition, string identity = "new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned)") => $$"""
        public async Task Deploy(ResourceGroupResource rg, AzureLocation location)
        {
            var data = new LogicWorkflowData(location) { Identity = {{identity}}, Definition = BinaryData.FromString({{definition}}) };
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);
        }
        """;

    private static string Interpolated(string authentication) =>
        "$\"{{ \\\"actions\\\": {{ \\\"A\\\": {{ \\\"type\\\": \\\"Http\\\", \\\"inputs\\\": {{ \\\"uri\\\": \\\"https://management.azure.com/x\\\", \\\"authentication\\\": {{ " + authentication + " }} }} }} }} }}\"";

    private static string OnlyUserAssigned => $$"""new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned) { UserAssignedIdentities = { [new ResourceIdentifier("{{Ops}}")] = new UserAssignedIdentity() } }""";

    [Fact]
    public Task A_constant_between_quotes_in_a_hole_is_replaced_by_the_value() => VerifyFixAsync(
        "private const string Type = \"Managed Identity\";\n\n" + Deploy(Interpolated("\\\"type\\\": {|LAMI100:\\\"{Type}\\\"|}")),
        "private const string Type = \"Managed Identity\";\n\n" + Deploy(Interpolated("\\\"type\\\": \\\"ManagedServiceIdentity\\\"")),
        FixKeys.UseCanonicalAuthenticationType);

    [Fact]
    public Task A_constant_that_is_the_whole_token_in_a_hole_is_replaced_by_the_value() => VerifyFixAsync(
        "private const string Type = \"\\\"Managed Identity\\\"\";\n\n" + Deploy(Interpolated("\\\"type\\\": {|LAMI100:{Type}|}")),
        "private const string Type = \"\\\"Managed Identity\\\"\";\n\n" + Deploy(Interpolated("\\\"type\\\": \\\"ManagedServiceIdentity\\\"")),
        FixKeys.UseCanonicalAuthenticationType);

    /// <summary>The identity a constant names is not attached: the reference is replaced (the constant still names that identity).</summary>
    [Fact]
    public Task An_identity_constant_that_is_not_attached_is_replaced_by_the_attached_one() => VerifyFixAsync(
        $"private const string Audit = \"{Audit}\";\n\n" + Deploy(Interpolated("\\\"type\\\": \\\"ManagedServiceIdentity\\\", \\\"identity\\\": {|LAMI102:\\\"{Audit}\\\"|}"), OnlyUserAssigned),
        $"private const string Audit = \"{Audit}\";\n\n" + Deploy(Interpolated($"\\\"type\\\": \\\"ManagedServiceIdentity\\\", \\\"identity\\\": \\\"{Ops}\\\""), OnlyUserAssigned),
        FixKeys.UseAttachedIdentity);

    /// <summary>The app has only its system-assigned identity: the identity member goes, hole and all.</summary>
    [Fact]
    public Task An_identity_member_made_of_a_hole_is_removed() => VerifyFixAsync(
        $"private const string Audit = \"{Audit}\";\n\n" + Deploy(Interpolated("\\\"type\\\": \\\"ManagedServiceIdentity\\\", \\\"identity\\\": {|LAMI102:\\\"{Audit}\\\"|}")),
        $"private const string Audit = \"{Audit}\";\n\n" + Deploy(Interpolated("\\\"type\\\": \\\"ManagedServiceIdentity\\\"")),
        FixKeys.UseSystemAssignedInstead);

    /// <summary>The object ends with a hole: the new member goes after it.</summary>
    [Fact]
    public Task A_member_is_added_after_a_hole() => VerifyFixAsync(
        "private const string Type = \"\\\"ManagedServiceIdentity\\\"\";\n\n" + Deploy(Interpolated("\\\"type\\\": {Type}").Replace("\\\"authentication\\\"", "{|LAMI103:\\\"authentication\\\"|}"), OnlyUserAssigned),
        "private const string Type = \"\\\"ManagedServiceIdentity\\\"\";\n\n" + Deploy(Interpolated($"\\\"type\\\": {{Type}}, \\\"identity\\\": \\\"{Ops}\\\""), OnlyUserAssigned),
        FixKeys.AddAttachedIdentity);

    /// <summary>
    /// A local's value between quotes of a concatenation: the value is edited where it is written, in the local. (The
    /// diagnostic spans from the local's value to the closing quote: the reader maps a token across literals to the
    /// union of its parts.)
    /// </summary>
    [Fact]
    public Task A_local_in_a_concatenation_is_edited_where_it_is_written() => VerifyFixAsync(
        """
        public async Task Deploy(ResourceGroupResource rg, AzureLocation location)
        {
            var audience = "https://vault.azure.net/";
            var json = "{ \"actions\": { \"A\": { \"type\": \"Http\", \"inputs\": { \"uri\": \"https://contoso.vault.azure.net/x\", \"authentication\": { \"type\": \"ManagedServiceIdentity\", \"audience\": \"" + audience + "\" } } } } }";
            var data = new LogicWorkflowData(location) { Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned), Definition = BinaryData.FromString(json) };
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);
        }
        """
            .Replace("var audience = \"https://vault.azure.net/\";", "var audience = \"{|LAMI106:https://vault.azure.net/\";")
            .Replace("+ audience + \"\\\"", "+ audience + \"\\\"|}"),
        """
        public async Task Deploy(ResourceGroupResource rg, AzureLocation location)
        {
            var audience = "https://vault.azure.net";
            var json = "{ \"actions\": { \"A\": { \"type\": \"Http\", \"inputs\": { \"uri\": \"https://contoso.vault.azure.net/x\", \"authentication\": { \"type\": \"ManagedServiceIdentity\", \"audience\": \"" + audience + "\" } } } } }";
            var data = new LogicWorkflowData(location) { Identity = new ManagedServiceIdentity(ManagedServiceIdentityType.SystemAssigned), Definition = BinaryData.FromString(json) };
            await rg.GetLogicWorkflows().CreateOrUpdateAsync(WaitUntil.Completed, "orders", data);
        }
        """,
        FixKeys.FixAudienceSlash);
}
