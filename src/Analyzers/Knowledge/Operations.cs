using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Model;

namespace ManagedIdentityAnalyzers.Knowledge
{
    /// <summary>
    /// Workflow operation types (an action's or trigger's JSON <c>type</c>, compared without regard to case): where
    /// each keeps its authentication object and its nested actions. Sources: shared/rules.md "What the rules read"
    /// (container layout, authentication places) and shared/reference/domain-rules.md §2.1 "Where the authentication
    /// object sits in each operation" (S9, S8, S3, S4) and "Authentication types each operation supports" (S4).
    /// <para>
    /// HTTP + Swagger and App Services are not told apart: §1A LA009 says both are <c>Http</c> plus metadata, and no
    /// source documents which metadata. So "ManagedServiceIdentity on HTTP + Swagger" (LAMI112) cannot be detected
    /// from this table, and nothing is exposed for it.
    /// </para>
    /// </summary>
    internal static class Operations
    {
        public const string Http = "Http";
        public const string HttpWebhook = "HttpWebhook";
        public const string ApiConnectionWebhook = "ApiConnectionWebhook";
        public const string Function = "Function";
        public const string ApiManagement = "ApiManagement";
        public const string ApiConnection = "ApiConnection";

        public const string Scope = "Scope";
        public const string If = "If";
        public const string Switch = "Switch";
        public const string Foreach = "Foreach";
        public const string Until = "Until";

        /// <summary>Wildcard step of a path: every member of the object at that point (<c>cases.*.actions</c>).</summary>
        public const string AnyMember = "*";

        /// <summary>Where a definition keeps its top-level operations.</summary>
        public static readonly ImmutableArray<string> TopLevelLists = ImmutableArray.Create("triggers", "actions");

        private static readonly ImmutableArray<ImmutableArray<string>> InputsAuthentication =
            ImmutableArray.Create(ImmutableArray.Create("inputs", "authentication"));

        private static readonly ImmutableArray<ImmutableArray<string>> WebhookAuthentication = ImmutableArray.Create(
            ImmutableArray.Create("inputs", "subscribe", "authentication"),
            ImmutableArray.Create("inputs", "unsubscribe", "authentication"));

        /// <summary>
        /// Authentication paths per operation type (domain-rules §2.1; S9). For <c>ApiConnection</c> the path is
        /// where an inline object would be written: it takes authentication from its connection, so one found there
        /// is LAMI112's finding.
        /// </summary>
        private static readonly Dictionary<string, ImmutableArray<ImmutableArray<string>>> AuthenticationPathsByType =
            new Dictionary<string, ImmutableArray<ImmutableArray<string>>>(StringComparer.OrdinalIgnoreCase)
            {
                [Http] = InputsAuthentication,
                [HttpWebhook] = WebhookAuthentication,
                [ApiConnectionWebhook] = WebhookAuthentication,
                [Function] = InputsAuthentication,
                [ApiManagement] = InputsAuthentication,
                [ApiConnection] = InputsAuthentication,
            };

        /// <summary>Nested action lists per container type (shared/rules.md "Where a workflow's actions are").</summary>
        private static readonly Dictionary<string, ImmutableArray<ImmutableArray<string>>> ActionListsByType =
            new Dictionary<string, ImmutableArray<ImmutableArray<string>>>(StringComparer.OrdinalIgnoreCase)
            {
                [Scope] = ImmutableArray.Create(ImmutableArray.Create("actions")),
                [If] = ImmutableArray.Create(ImmutableArray.Create("actions"), ImmutableArray.Create("else", "actions")),
                [Switch] = ImmutableArray.Create(ImmutableArray.Create("cases", AnyMember, "actions"), ImmutableArray.Create("default", "actions")),
                [Foreach] = ImmutableArray.Create(ImmutableArray.Create("actions")),
                [Until] = ImmutableArray.Create(ImmutableArray.Create("actions")),
            };

        /// <summary>The paths, from the operation object, of its nested action lists; empty for other types.</summary>
        public static ImmutableArray<ImmutableArray<string>> ActionListPaths(string type) =>
            ActionListsByType.TryGetValue(type, out var paths) ? paths : ImmutableArray<ImmutableArray<string>>.Empty;

        /// <summary>
        /// The paths, from the operation object, where its authentication object sits: <c>inputs.authentication</c>
        /// for Http, Function, ApiManagement (and ApiConnection, where it is not supported); the subscribe and
        /// unsubscribe requests for HttpWebhook and ApiConnectionWebhook. Empty for other and unknown types.
        /// </summary>
        public static ImmutableArray<ImmutableArray<string>> AuthenticationPaths(string type) =>
            AuthenticationPathsByType.TryGetValue(type, out var paths) ? paths : ImmutableArray<ImmutableArray<string>>.Empty;

        /// <summary>
        /// Whether an inline authentication object is certainly unsupported: <c>ApiConnection</c> takes it from the
        /// connection (§2.1; S9, S1, S2). Unknown types are never reported.
        /// </summary>
        public static bool RejectsInlineAuthentication(string type) => IsApiConnection(type);

        /// <summary>
        /// Whether ManagedServiceIdentity is certainly unsupported on this operation in this plan: a <c>Function</c>
        /// action in a Standard workflow (S8: "Only Consumption workflows support authentication for an Azure function
        /// call using a managed identity"; §2.1 support table). False when the plan is unknown.
        /// </summary>
        public static bool ManagedIdentityUnsupported(string type, LogicAppPlan plan) =>
            plan == LogicAppPlan.Standard && string.Equals(type, Function, StringComparison.OrdinalIgnoreCase);

        private static bool IsApiConnection(string type) => string.Equals(type, ApiConnection, StringComparison.OrdinalIgnoreCase);
    }
}
