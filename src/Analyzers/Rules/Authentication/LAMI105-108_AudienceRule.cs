using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;

namespace ManagedIdentityAnalyzers.Rules.Authentication
{
    /// <summary>
    /// The audience of managed-identity authentication, judged once per value, the first applicable finding only:
    /// LAMI108 (not a resource ID; fix strips <c>/.default</c>), LAMI105 (another service than the request's
    /// target, or the target service in a form it refuses: <see cref="Audiences.IsAcceptedForm(AudienceInfo)"/>),
    /// LAMI107 (another cloud), LAMI106 (the trailing slash Microsoft Entra ID expects).
    /// Targets whose audience is app-specific or unknown, and targets that refuse the HTTP action's managed-identity
    /// token (<see cref="RequestTarget.AcceptsManagedIdentityToken"/>), never produce LAMI105 or LAMI107. A Standard
    /// connection entry is judged against its connector's service (<see cref="AuthenticationView.ConnectorService"/>),
    /// whose cloud is not known: no LAMI107, and LAMI105 only where the expected audience is certain (the same in every
    /// cloud, or the service's own in the cloud the audience names).
    /// </summary>
    internal sealed class AudienceRule : Rule
    {
        private const string DefaultScope = "/.default";

        public AudienceRule()
            : base(RuleIds.AudienceForAnotherService, RuleIds.AudienceTrailingSlash, RuleIds.AudienceInAnotherCloud, RuleIds.AudienceNotResourceId)
        {
        }

        public override void Check(RuleContext context, List<Finding> findings)
        {
            foreach (var view in context.OperationAuthentications)
            {
                if (view.IsManagedIdentity && view.Audience is string audience && view.AudienceMember is { } member)
                {
                    var finding = Judge(audience, member.Value.Source, view.Target);
                    if (finding is not null)
                    {
                        findings.Add(finding);
                    }
                }
            }

            foreach (var view in context.ConnectorAuthentications)
            {
                if (view.IsManagedIdentity && view.Audience is string audience && view.AudienceMember is { } member
                    && view.ConnectorService is AzureService service
                    && JudgeForConnector(audience, member.Value.Source, service) is { } finding)
                {
                    findings.Add(finding);
                }
            }
        }

        /// <summary>The audience of a connection entry, for its connector's service in a cloud that is not known.</summary>
        private static Finding? JudgeForConnector(string audience, SourceRef node, AzureService service)
        {
            if (NotResourceId(audience, node, corrected => JudgeForConnector(corrected, node, service)) is { } notResourceId)
            {
                return notResourceId;
            }

            if (!Audiences.TryIdentify(audience, out var info))
            {
                return null;
            }

            if (!Audiences.AreCompatible(service, info.Service) || !Audiences.IsAcceptedForm(info))
            {
                var expected = Audiences.AudienceInEveryCloud(service)
                    ?? (info.Cloud is AzureCloud cloud ? Audiences.AudienceFor(service, cloud) : null);
                if (expected is null)
                {
                    return null;
                }

                var why = !Audiences.AreCompatible(service, info.Service)
                    ? $"is for {ServiceNames.Of(info.Service)}, but the connection is to {ServiceNames.Of(service)}"
                    : ServiceNames.RefusedForm(info);
                return Replace(RuleIds.AudienceForAnotherService, node, FixKeys.UseTargetAudience, $"Use '{expected}'", expected,
                    audience, why, expected);
            }

            return Slash(audience, node, info);
        }

        /// <summary>LAMI108: a token scope (fix: strip <c>/.default</c>), or not a resource ID at all.</summary>
        private static Finding? NotResourceId(string audience, SourceRef node, Func<string, Finding?> judge)
        {
            if (audience.EndsWith(DefaultScope, StringComparison.OrdinalIgnoreCase))
            {
                var stripped = audience.Substring(0, audience.Length - DefaultScope.Length);
                const string Why = "it is a token scope; remove '/.default'";
                return FinalAudience(stripped, judge) is string final
                    ? Replace(RuleIds.AudienceNotResourceId, node, FixKeys.StripScopeSuffix, final == stripped ? "Remove '/.default'" : $"Use '{final}'", final, audience, Why)
                    : new Finding(RuleIds.AudienceNotResourceId, node, ImmutableArray.Create(audience, Why));
            }

            return IsResourceId(audience)
                ? null
                : new Finding(
                    RuleIds.AudienceNotResourceId,
                    node,
                    ImmutableArray.Create(audience, "use the target's absolute https resource URI or its application ID"));
        }

        /// <summary>LAMI106: the trailing slash Microsoft Entra ID expects.</summary>
        private static Finding? Slash(string audience, SourceRef node, AudienceInfo info) =>
            Audiences.SlashCorrection(info) is string corrected
                ? Replace(RuleIds.AudienceTrailingSlash, node, FixKeys.FixAudienceSlash,
                    info.HasTrailingSlash ? "Remove the trailing slash" : "Add the trailing slash", corrected,
                    audience, info.HasTrailingSlash ? "without a trailing slash" : "with a trailing slash", corrected)
                : null;

        private static Finding? Judge(string audience, SourceRef node, RequestTarget? target)
        {
            if (NotResourceId(audience, node, corrected => Judge(corrected, node, target)) is { } notResourceId)
            {
                return notResourceId;
            }

            if (!Audiences.TryIdentify(audience, out var info))
            {
                return null;
            }

            // No audience makes a call work that the target refuses with any managed-identity token: nothing to
            // compare the audience with.
            if (target is { AcceptsManagedIdentityToken: false })
            {
                target = null;
            }

            if (target is not null && Audiences.AudienceFor(target) is string expected)
            {
                string? why = null;
                if (!Audiences.AreCompatible(target.Service, info.Service))
                {
                    why = $"is for {ServiceNames.Of(info.Service)}, but the request goes to {ServiceNames.Of(target.Service)}";
                }
                else if (!Audiences.IsAcceptedForm(info))
                {
                    why = ServiceNames.RefusedForm(info);
                }

                if (why is not null)
                {
                    return Replace(RuleIds.AudienceForAnotherService, node, FixKeys.UseTargetAudience, $"Use '{expected}'", expected,
                        audience, why, expected);
                }
            }

            if (target is not null && info.Cloud is AzureCloud cloud && cloud != target.Cloud
                && CloudAudience(info, target) is string inCloud)
            {
                return Replace(RuleIds.AudienceInAnotherCloud, node, FixKeys.UseCloudAudience, $"Use '{inCloud}'", inCloud,
                    audience, ServiceNames.Of(cloud), ServiceNames.Of(target.Cloud), inCloud);
            }

            return Slash(audience, node, info);
        }

        /// <summary>
        /// The audience the LAMI108 fix writes: the scope without <c>/.default</c>, corrected further as long as another
        /// of these rules would report it and can fix it (<c>https://storage.azure.com/.default</c> becomes
        /// <c>https://storage.azure.com/</c>, not a LAMI106 finding); null when a finding without a fix would remain.
        /// </summary>
        private static string? FinalAudience(string stripped, Func<string, Finding?> judge)
        {
            var audience = stripped;
            for (var step = 0; step < 4; step++)
            {
                if (judge(audience) is not { } next)
                {
                    return audience;
                }

                if (next.Fixes.IsEmpty || next.Fixes[0].Edits[0].Value is not string corrected || corrected == audience)
                {
                    return null;
                }

                audience = corrected;
            }

            return null;
        }

        /// <summary>The same service's audience in the request's cloud (an account-scoped one keeps the account).</summary>
        private static string? CloudAudience(AudienceInfo info, RequestTarget target) =>
            info.IsStorageAccountScoped ? target.StorageAccountAudience : Audiences.AudienceFor(info.Service, target.Cloud);

        /// <summary>
        /// An absolute https URI, a GUID (an application ID), or an application ID URI (<c>api://...</c>, the default
        /// form of an app registration's Application ID URI, which Easy Auth targets use as their audience).
        /// </summary>
        private static bool IsResourceId(string audience) =>
            Guid.TryParse(audience, out _)
            || (Uri.TryCreate(audience, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == "api")
                && uri.Host.Length > 0);

        private static Finding Replace(string id, SourceRef node, string key, string title, string value, params string[] arguments) =>
            new Finding(
                id,
                node,
                ImmutableArray.Create(arguments),
                fixes: ImmutableArray.Create(new FixPlan(key, title, ImmutableArray.Create(Edit.Replace(0, ValueKind.String, value)))));
    }
}
