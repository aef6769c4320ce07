using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Rules.Authentication;

namespace ManagedIdentityAnalyzers.Rules.Storage
{
    /// <summary>
    /// LAMI122: an HTTP action or trigger calls Storage with a user-assigned identity; Storage behind a firewall admits
    /// only the system-assigned identity of a trusted service. Advice, no fix.
    /// </summary>
    internal sealed class StorageUserAssignedRule : Rule
    {
        public StorageUserAssignedRule()
            : base(RuleIds.StorageCallWithUserAssignedIdentity)
        {
        }

        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (var view in context.OperationAuthentications)
            {
                if (view.IsManagedIdentity
                    && string.Equals(view.Operation?.Type, Operations.Http, StringComparison.OrdinalIgnoreCase)
                    && view.Target is { Service: AzureService.Storage }
                    && view.Identity is string identity
                    && !string.Equals(identity, IdentityTypes.SystemAssigned, StringComparison.OrdinalIgnoreCase)
                    && view.IdentityMember is { } member)
                {
                    findings.Add(new Finding(
                        RuleIds.StorageCallWithUserAssignedIdentity,
                        member.Value.Source,
                        ImmutableArray.Create(identity)));
                }
            }
        }
    }
}
