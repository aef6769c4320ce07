using System;

namespace ManagedIdentityAnalyzers.Knowledge
{
    /// <summary>
    /// The ARM resource types a logic-app template declares, compared without regard to case (the documentation
    /// itself writes <c>Microsoft.logic/workflows</c>). Sources: shared/reference/domain-rules.md §2.3 "Identity object
    /// in ARM" (Consumption workflows; Standard apps are <c>Microsoft.Web/sites</c> whose kind contains
    /// <c>workflowapp</c>) and §2.6.3 (API connections and their <c>accessPolicies</c> children); the seed documents'
    /// template examples (user-assigned identities declared beside the workflow).
    /// </summary>
    internal static class ArmResourceTypes
    {
        public const string Workflow = "Microsoft.Logic/workflows";
        public const string Site = "Microsoft.Web/sites";
        public const string Connection = "Microsoft.Web/connections";
        public const string ConnectionAccessPolicy = "Microsoft.Web/connections/accessPolicies";
        public const string UserAssignedIdentity = "Microsoft.ManagedIdentity/userAssignedIdentities";
        public const string Deployment = "Microsoft.Resources/deployments";

        /// <summary>What a site's kind contains when the site is a Standard logic app (<c>functionapp,workflowapp</c>).</summary>
        public const string WorkflowAppKind = "workflowapp";

        public static bool Is(string type, string expected) => string.Equals(type.Trim('/'), expected, StringComparison.OrdinalIgnoreCase);

        /// <summary>Whether a resource type is one a logic-app template is about.</summary>
        public static bool IsLogicAppRelated(string type) =>
            Is(type, Workflow) || Is(type, Site) || Is(type, Connection) || Is(type, ConnectionAccessPolicy) || Is(type, UserAssignedIdentity);
    }
}
