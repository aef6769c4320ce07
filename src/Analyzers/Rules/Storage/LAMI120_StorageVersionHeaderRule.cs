using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;

namespace ManagedIdentityAnalyzers.Rules.Storage
{
    /// <summary>
    /// LAMI120: a managed-identity call to a Storage data-plane host without an <c>x-ms-version</c> header (403).
    /// Fix: add it with the configured API version (<c>logicapps_identity.storage_api_version</c>).
    /// </summary>
    internal sealed class StorageVersionHeaderRule : Rule
    {
        public StorageVersionHeaderRule()
            : base(RuleIds.StorageCallWithoutVersion)
        {
        }

        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (var call in context.StorageCalls)
            {
                if (call.Header(StorageRequests.VersionHeader, out _) != Presence.Absent)
                {
                    continue;
                }

                var (node, edit) = call.AddHeader(StorageRequests.VersionHeader, context.Options.StorageApiVersion, 1);
                findings.Add(new Finding(
                    RuleIds.StorageCallWithoutVersion,
                    call.Uri.Source,
                    ImmutableArray.Create(context.Options.StorageApiVersion),
                    ImmutableArray.Create(node),
                    ImmutableArray.Create(new FixPlan(
                        FixKeys.AddStorageVersionHeader,
                        $"Add the header x-ms-version: {context.Options.StorageApiVersion}",
                        ImmutableArray.Create(edit)))));
            }
        }
    }
}
