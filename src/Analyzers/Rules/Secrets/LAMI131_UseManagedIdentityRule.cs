using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Model.Json;
using ManagedIdentityAnalyzers.Rules.Authentication;
using ManagedIdentityAnalyzers.Rules.Storage;

namespace ManagedIdentityAnalyzers.Rules.Secrets
{
    /// <summary>
    /// LAMI131: secret-based authentication (Basic, ActiveDirectoryOAuth, Raw, ClientCertificate) to an Azure service
    /// that accepts managed identities (and the token the HTTP action sends for one:
    /// <see cref="RequestTarget.AcceptsManagedIdentityToken"/>). Fix: type ManagedServiceIdentity, the other properties
    /// but the audience removed, the service's audience, and what else managed identity needs here (see
    /// <see cref="Switch"/>). No fix when the block names a <c>tenant</c> (<see cref="AuthenticationTypes.Tenant"/>): the
    /// target may be in another tenant, where the logic app's managed identity cannot sign in.
    /// </summary>
    internal sealed class UseManagedIdentityRule : Rule
    {
        public UseManagedIdentityRule()
            : base(RuleIds.SecretWhereManagedIdentityWorks)
        {
        }

        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (var view in context.OperationAuthentications)
            {
                if (view.Type is not string type
                    || !AuthenticationTypes.IsSecretBased(type)
                    || view.Target is not { } target
                    || !target.AcceptsManagedIdentityToken
                    || Audiences.AudienceFor(target) is not string audience
                    || view.TypeMember is not { } typeMember)
                {
                    continue;
                }

                var arguments = ImmutableArray.Create(type, ServiceNames.Of(target.Service), view.Audience ?? audience);

                // A tenant written in the block (or one ActiveDirectoryOAuth, which requires it, may hold unseen) may
                // be another tenant than the logic app's: the advice stands, the mechanical switch does not.
                if (view.Object.Member(AuthenticationTypes.Tenant) is not null
                    || (type == AuthenticationTypes.ActiveDirectoryOAuth && !view.LacksMember(AuthenticationTypes.Tenant)))
                {
                    findings.Add(new Finding(
                        RuleIds.SecretWhereManagedIdentityWorks,
                        view.Block.Member.NameSource,
                        arguments.Add(" if the target is in the logic app's own tenant (a managed identity cannot sign in to another tenant)")));
                    continue;
                }

                var plan = Switch(view, typeMember, target, audience, context.Options.StorageApiVersion, out var nodes);
                findings.Add(new Finding(
                    RuleIds.SecretWhereManagedIdentityWorks,
                    view.Block.Member.NameSource,
                    arguments.Add(string.Empty),
                    nodes,
                    plan is null ? default : ImmutableArray.Create(plan)));
            }
        }

        /// <summary>
        /// The switch to managed identity, whole: the type, every other property but <c>audience</c> removed, the
        /// target's audience, and what managed-identity authentication needs besides, so that the fix leaves no other
        /// finding behind: the app's system-assigned identity enabled when it has no identity (LAMI101), its one
        /// user-assigned identity named when it has only such (LAMI103), the Storage headers (LAMI120, LAMI121). Null
        /// when that cannot be done: an object with members the reader could not see, an operation that does not take
        /// managed identities (LAMI112), an audience that is an expression, several user-assigned identities, a
        /// user-assigned identity to Storage (LAMI122), an existing app whose identity is not written here, or app
        /// changes for a definition written elsewhere (a helper, a shared constant).
        /// </summary>
        private static FixPlan? Switch(AuthenticationView view, JMember typeMember, RequestTarget target, string audience, string apiVersion, out ImmutableArray<SourceRef> targets)
        {
            targets = ImmutableArray<SourceRef>.Empty;
            if (!view.Object.IsComplete
                || (view.Operation?.Type is string operationType && Operations.ManagedIdentityUnsupported(operationType, view.App?.Plan ?? LogicAppPlan.Unknown)))
            {
                return null;
            }

            var nodes = ImmutableArray.CreateBuilder<SourceRef>();
            var edits = ImmutableArray.CreateBuilder<Edit>();
            int Node(SourceRef node)
            {
                nodes.Add(node);
                return nodes.Count;
            }

            edits.Add(Edit.Replace(Node(typeMember.Value.Source), ValueKind.String, AuthenticationTypes.ManagedServiceIdentity));
            foreach (var member in view.Object.Members)
            {
                if (member != typeMember && member != view.AudienceMember)
                {
                    edits.Add(Edit.Remove(Node(member.MemberSource)));
                }
            }

            if (view.AudienceMember is not { } audienceMember)
            {
                edits.Add(Edit.AddMember(Node(view.Object.Source), "audience", ValueKind.String, audience));
            }
            else if (view.Audience != audience)
            {
                if (view.Audience is null)
                {
                    return null;
                }

                edits.Add(Edit.Replace(Node(audienceMember.Value.Source), ValueKind.String, audience));
            }

            var title = "Use managed-identity authentication";
            var storage = StorageCall.For(view);
            if (view.App is { } app && (AppIdentity.CertainlyHasNone(app) || AppIdentity.Kind(app) == IdentityKind.UserAssigned))
            {
                if (view.UseSite is not null)
                {
                    return null;
                }

                if (AppIdentity.CertainlyHasNone(app))
                {
                    var (identityNode, identityEdit) = ManagedIdentityWithoutIdentityRule.EnableSystemIdentity(app, nodes.Count + 1);
                    if (identityNode is null || identityEdit is null)
                    {
                        return null;
                    }

                    nodes.Add(identityNode);
                    edits.Add(identityEdit);
                    title = "Use managed-identity authentication and enable the logic app's system-assigned identity";
                }
                else if (storage is null && AppIdentity.KnownUserAssignedIds(app) is { Count: 1 } attached)
                {
                    edits.Add(Edit.AddMember(Node(view.Object.Source), "identity", ValueKind.String, attached[0]));
                }
                else
                {
                    return null;
                }
            }

            if (storage is not null && !AddHeaders(storage, apiVersion, Node, edits))
            {
                return null;
            }

            targets = nodes.ToImmutable();
            return new FixPlan(FixKeys.SwitchToManagedIdentity, title, edits.ToImmutable());
        }

        /// <summary>The x-ms-version and x-ms-date headers a managed-identity call to Storage needs; false when they are not known.</summary>
        private static bool AddHeaders(StorageCall storage, string apiVersion, System.Func<SourceRef, int> node, ImmutableArray<Edit>.Builder edits)
        {
            var version = storage.Header(StorageRequests.VersionHeader, out _);
            var date = storage.Header(StorageRequests.DateHeader, out var dateHeader);
            if (version == Presence.Unknown || date == Presence.Unknown)
            {
                return false;
            }

            if (storage.Headers is null && storage.HasNoHeaders)
            {
                var json = "{ " + JsonText.String(StorageRequests.VersionHeader) + ": " + JsonText.String(apiVersion)
                    + ", " + JsonText.String(StorageRequests.DateHeader) + ": " + JsonText.String(StorageRequests.DateExpression) + " }";
                edits.Add(Edit.AddMember(node(storage.Request.Source), "headers", ValueKind.Json, json));
                return true;
            }

            if (storage.Headers is not { } headers)
            {
                return false;
            }

            if (version == Presence.Absent)
            {
                edits.Add(Edit.AddMember(node(headers.Source), StorageRequests.VersionHeader, ValueKind.String, apiVersion));
            }

            if (date == Presence.Absent)
            {
                edits.Add(Edit.AddMember(node(headers.Source), StorageRequests.DateHeader, ValueKind.String, StorageRequests.DateExpression));
            }
            else if (dateHeader?.Value is JString { Value: var value } dateValue && StorageRequests.IsFixedDate(value))
            {
                edits.Add(Edit.Replace(node(dateValue.Source), ValueKind.String, StorageRequests.DateExpression));
            }

            return true;
        }
    }
}
