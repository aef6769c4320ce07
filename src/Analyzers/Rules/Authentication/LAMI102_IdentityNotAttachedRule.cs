using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Model.Json;

namespace ManagedIdentityAnalyzers.Rules.Authentication
{
    /// <summary>
    /// LAMI102: <c>identity</c> names a user-assigned identity the logic app does not have (its list is complete and
    /// known), or the app has only the system-assigned identity (then any value, even an unknown one, names an
    /// identity that is not attached). Fixes: the one attached identity; or remove <c>identity</c> when only the
    /// system-assigned identity is enabled.
    /// </summary>
    internal sealed class IdentityNotAttachedRule : Rule
    {
        public IdentityNotAttachedRule()
            : base(RuleIds.IdentityNotAttached)
        {
        }

        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (var view in context.Authentications)
            {
                if (view.App is not { } app
                    || !view.IsManagedIdentity
                    || view.IdentityMember is not { } member
                    || AppIdentity.Kind(app) is not IdentityKind kind)
                {
                    continue;
                }

                var named = view.Identity;
                if (named is not null && string.Equals(named, IdentityTypes.SystemAssigned, StringComparison.OrdinalIgnoreCase))
                {
                    // The legacy literal means the system-assigned identity (LAMI111).
                    continue;
                }

                if (kind == IdentityKind.SystemAssigned)
                {
                    // No user-assigned identity is enabled: whatever 'identity' holds (a literal, a parameter, a hole)
                    // names one that is not attached.
                    findings.Add(new Finding(
                        RuleIds.IdentityNotAttached,
                        member.Value.Source,
                        ImmutableArray.Create(named ?? Written(member.Value), "the logic app has only its system-assigned identity; remove 'identity' to use it"),
                        ImmutableArray.Create(member.MemberSource),
                        ImmutableArray.Create(new FixPlan(
                            FixKeys.UseSystemAssignedInstead,
                            "Remove 'identity' and use the system-assigned identity",
                            ImmutableArray.Create(Edit.Remove(1))))).At(view.UseSite));
                    continue;
                }

                if (named is null
                    || kind is not (IdentityKind.UserAssigned or IdentityKind.SystemAndUserAssigned)
                    || AppIdentity.KnownUserAssignedIds(app) is not { } attached
                    || attached.Count == 0
                    || Contains(attached, named))
                {
                    continue;
                }

                var fixes = attached.Count == 1
                    ? ImmutableArray.Create(new FixPlan(
                        FixKeys.UseAttachedIdentity,
                        "Use the attached user-assigned identity",
                        ImmutableArray.Create(Edit.Replace(0, ValueKind.String, attached[0]))))
                    : default;
                findings.Add(new Finding(
                    RuleIds.IdentityNotAttached,
                    member.Value.Source,
                    ImmutableArray.Create(named, attached.Count == 1 ? $"use '{attached[0]}'" : "use one of its user-assigned identities"),
                    fixes: fixes).At(view.UseSite));
            }
        }

        /// <summary>How a value that is not a literal reads in the message: its known text with holes as {?}.</summary>
        private static string Written(JValue value) => value is JString text ? text.Value.ToString() : "the value";

        private static bool Contains(IReadOnlyList<string> attached, string named)
        {
            foreach (var id in attached)
            {
                if (AppIdentity.SameId(id, named))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
