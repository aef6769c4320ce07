using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Rules.Authentication;

namespace ManagedIdentityAnalyzers.Rules.Secrets
{
    /// <summary>
    /// LAMI130: a credential (<c>password</c>, <c>secret</c>, <c>pfx</c>, Raw <c>value</c>) written as a literal in an
    /// authentication object instead of an expression reading a secure parameter, an app setting or Key Vault.
    /// </summary>
    internal sealed class LiteralCredentialRule : Rule
    {
        public LiteralCredentialRule()
            : base(RuleIds.LiteralCredential)
        {
        }

        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (var view in context.OperationAuthentications)
            {
                foreach (var member in view.Object.Members)
                {
                    if (IsCredential(member.Name, view.Type)
                        && AuthenticationView.KnownLiteral(member.Value) is { Length: > 0 })
                    {
                        findings.Add(new Finding(
                            RuleIds.LiteralCredential,
                            member.Value.Source,
                            ImmutableArray.Create(member.Name)));
                    }
                }
            }
        }

        /// <summary>Property names compare without regard to case, as everywhere in <see cref="AuthenticationTypes"/>.</summary>
        private static bool IsCredential(string name, string? type) =>
            Is(name, "password") || Is(name, "secret") || Is(name, "pfx") || (Is(name, "value") && type == AuthenticationTypes.Raw);

        private static bool Is(string name, string expected) => string.Equals(name, expected, StringComparison.OrdinalIgnoreCase);
    }
}
