using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Model.Json;

namespace ManagedIdentityAnalyzers.Rules.Storage
{
    /// <summary>
    /// LAMI121: a managed-identity call to a Storage data-plane host without <c>x-ms-date</c>, or with a literal date
    /// (403 once it is not current). Fix: add or replace it with <c>@{formatDateTime(utcNow(),'r')}</c>.
    /// </summary>
    internal sealed class StorageDateHeaderRule : Rule
    {
        public StorageDateHeaderRule()
            : base(RuleIds.StorageCallWithoutCurrentDate)
        {
        }

        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (var call in context.StorageCalls)
            {
                var presence = call.Header(StorageRequests.DateHeader, out var header);
                if (presence == Presence.Absent)
                {
                    var (node, edit) = call.AddHeader(StorageRequests.DateHeader, StorageRequests.DateExpression, 1);
                    Add(findings, call, "has no x-ms-date header", node, edit);
                }
                else if (header?.Value is JString { Value: var date } value && StorageRequests.IsFixedDate(date))
                {
                    Add(findings, call, "sends a fixed x-ms-date", value.Source, Edit.Replace(1, ValueKind.String, StorageRequests.DateExpression));
                }
            }
        }

        private static void Add(List<Finding> findings, StorageCall call, string what, SourceRef node, Edit edit) =>
            findings.Add(new Finding(
                RuleIds.StorageCallWithoutCurrentDate,
                call.Uri.Source,
                ImmutableArray.Create(what),
                ImmutableArray.Create(node),
                ImmutableArray.Create(new FixPlan(
                    FixKeys.UseCurrentStorageDate,
                    "Send the current date in x-ms-date",
                    ImmutableArray.Create(edit)))));
    }
}
