using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Rules.Authentication;
using ManagedIdentityAnalyzers.Rules.Connections;
using ManagedIdentityAnalyzers.Rules.Identity;
using ManagedIdentityAnalyzers.Rules.Secrets;
using ManagedIdentityAnalyzers.Rules.Storage;

namespace ManagedIdentityAnalyzers.Rules
{
    /// <summary>The one set of rules every reader's model goes through.</summary>
    internal static class RuleEngine
    {
        public static readonly ImmutableArray<Rule> All = ImmutableArray.Create<Rule>(
            new BothIdentitiesRule(),
            new SeveralUserAssignedRule(),
            new UserAssignedTypeWithoutIdentitiesRule(),
            new UserAssignedIdentitiesWithoutTypeRule(),
            new UserAssignedKeyRule(),
            new IdentityTypeRule(),
            new ExistingIdentityTurnedOffRule(),
            new AuthenticationTypeRule(),
            new ManagedIdentityWithoutIdentityRule(),
            new IdentityNotAttachedRule(),
            new SystemIdentityMeantRule(),
            new MissingAudienceRule(),
            new AudienceRule(),
            new PropertyNotForTypeRule(),
            new RequiredPropertyRule(),
            new LegacyIdentityRule(),
            new UnsupportedAuthenticationRule(),
            new StorageVersionHeaderRule(),
            new StorageDateHeaderRule(),
            new StorageUserAssignedRule(),
            new LiteralCredentialRule(),
            new UseManagedIdentityRule(),
            new ConnectionNotSetUpRule(),
            new ConnectionKindRule(),
            new ParameterSetRule(),
            new ConnectorWithoutManagedIdentityRule(),
            new TokenStoreKeyRule());

        public static List<Finding> Check(LogicAppModel model, RuleOptions options, CancellationToken cancellationToken = default)
        {
            var findings = new List<Finding>();
            var context = new RuleContext(model, options, cancellationToken);
            foreach (var rule in All)
            {
                cancellationToken.ThrowIfCancellationRequested();
                rule.Check(context, findings);
            }

            return findings;
        }
    }
}
