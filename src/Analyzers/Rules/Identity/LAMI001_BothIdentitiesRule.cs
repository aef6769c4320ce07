using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;

namespace ManagedIdentityAnalyzers.Rules.Identity
{
    /// <summary>
    /// LAMI001: a Consumption workflow whose identity type is <c>SystemAssigned, UserAssigned</c>. Two fixes: keep the
    /// user-assigned identity (first when one is listed), or keep the system-assigned identity and remove the
    /// user-assigned entries (first otherwise; offered only when every entry can be removed). Neither is offered when
    /// it turns off an identity the workflow uses, nor the first one for an existing app (it deletes its system identity).
    /// </summary>
    internal sealed class BothIdentitiesRule : Rule
    {
        public BothIdentitiesRule()
            : base(RuleIds.ConsumptionBothIdentities)
        {
        }

        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (var app in context.Model.LogicApps)
            {
                if (app.Plan != LogicAppPlan.Consumption
                    || app.Identity?.Type is not { Kind: IdentityKind.SystemAndUserAssigned } type)
                {
                    continue;
                }

                var identity = app.Identity;
                var removedEntries = ImmutableArray<SourceRef>.Empty;
                var (usesSystem, usesUser) = IdentityFixes.UsedIdentities(context, app);

                // Keeping only the user-assigned identity deletes the system-assigned one of an existing app (LAMI007)
                // and leaves a workflow that uses it without it (LAMI103); keeping only the system-assigned one leaves a
                // workflow that names a user-assigned identity without it (LAMI102). Such fixes are not offered.
                var keepUser = identity.UserAssigned.IsEmpty || usesSystem || app.UpdatesExisting
                    ? null
                    : IdentityFixes.SetType(FixKeys.KeepUserAssignedIdentity, "Keep the user-assigned identity only", IdentityKind.UserAssigned);
                var keepSystem = usesUser ? null : KeepSystemAssigned(identity, out removedEntries);
                var fixes = ImmutableArray.CreateBuilder<FixPlan>(2);
                if (keepUser is not null)
                {
                    fixes.Add(keepUser);
                }

                if (keepSystem is not null)
                {
                    fixes.Add(keepSystem);
                }

                findings.Add(new Finding(
                    RuleIds.ConsumptionBothIdentities,
                    type.Source,
                    ImmutableArray<string>.Empty,
                    removedEntries,
                    fixes.ToImmutable()).At(identity.UseSite));
            }
        }

        private static FixPlan? KeepSystemAssigned(ManagedIdentity identity, out ImmutableArray<SourceRef> entries)
        {
            entries = ImmutableArray<SourceRef>.Empty;
            if (!identity.UserAssignedComplete)
            {
                return null;
            }

            var nodes = ImmutableArray.CreateBuilder<SourceRef>(identity.UserAssigned.Length);
            var edits = ImmutableArray.CreateBuilder<Edit>(identity.UserAssigned.Length + 1);
            edits.Add(IdentityFixes.SetTypeEdit(IdentityKind.SystemAssigned));
            foreach (var entry in identity.UserAssigned)
            {
                if (entry.EntrySource is null)
                {
                    return null;
                }

                nodes.Add(entry.EntrySource);
                edits.Add(new Edit(EditKind.Remove, nodes.Count));
            }

            entries = nodes.ToImmutable();
            return new FixPlan(FixKeys.KeepSystemAssignedIdentity, "Keep the system-assigned identity only", edits.ToImmutable());
        }
    }
}
