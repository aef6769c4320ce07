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
    /// the named ID certainly differs from every key: known and unequal, or with unknown parts whose literal beginning
    /// or end disagrees, as two <c>resourceId()</c> of different names in one template), or the app has only the
    /// system-assigned identity (then any value, even an unknown one, names an identity that is not attached).
    /// Fixes: the one attached identity (when its key is known text); or remove <c>identity</c> when only the
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

                if (kind is not (IdentityKind.UserAssigned or IdentityKind.SystemAndUserAssigned)
                    || Named(member.Value) is not { } namedId
                    || app.Identity is not { UserAssignedComplete: true, UserAssigned: { IsEmpty: false } entries })
                {
                    continue;
                }

                var attached = true;
                foreach (var entry in entries)
                {
                    attached &= !ResourceIds.CertainlyDifferent(namedId, entry.Key);
                }

                if (attached)
                {
                    continue;
                }

                // The fix writes a known key, or a template's key expression into the same template.
                var single = AppIdentity.SingleUserAssignedText(app);
                var fixes = single is not null
                    ? ImmutableArray.Create(new FixPlan(
                        FixKeys.UseAttachedIdentity,
                        "Use the attached user-assigned identity",
                        ImmutableArray.Create(Edit.Replace(0, ValueKind.String, single))))
                    : default;
                findings.Add(new Finding(
                    RuleIds.IdentityNotAttached,
                    member.Value.Source,
                    ImmutableArray.Create(named ?? namedId.ToString(), single is not null ? $"use '{single}'" : "use one of its user-assigned identities"),
                    fixes: fixes).At(view.UseSite));
            }
        }

        /// <summary>
        /// The identity a value names, with unknown parts (C# holes, evaluated template expressions, workflow
        /// <c>@{...}</c> interpolations); null when the value is not a string or is a whole workflow expression.
        /// </summary>
        private static PartialString? Named(JValue value)
        {
            if (value is not JString { Value: var text } || text.Segments.Length == 0)
            {
                return null;
            }

            if (text.Segments[0] is string first && WorkflowExpressions.IsWholeExpression(first) && text.IsKnown)
            {
                return null;
            }

            if (text.Segments[0] is string start && start.StartsWith("@", StringComparison.Ordinal) && !start.StartsWith("@{", StringComparison.Ordinal))
            {
                return null;
            }

            return new PartialString(ImmutableArray.CreateRange(WorkflowExpressions.Segments(text)));
        }

        /// <summary>How a value that is not a literal reads in the message: its known text with holes as {?}.</summary>
        private static string Written(JValue value) => value is JString text ? text.Value.ToString() : "the value";
    }
}
