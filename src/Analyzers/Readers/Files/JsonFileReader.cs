using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Model.Connections;
using ManagedIdentityAnalyzers.Model.Json;
using ManagedIdentityAnalyzers.Model.Workflows;
using ManagedIdentityAnalyzers.Readers.Definitions;
using ManagedIdentityAnalyzers.Readers.Templates;

namespace ManagedIdentityAnalyzers.Readers.Files
{
    /// <summary>
    /// Reads the model of what one JSON file belongs to (shared/rules.md, "What is analysed together"): a template
    /// (with its parameter file), a bare workflow definition, or the Standard project folder of a workflow.json or
    /// connections.json (connections.json and every <c>&lt;workflow&gt;/workflow.json</c> beside it, read together;
    /// the app's identity is that of the one Standard site the templates of the folder tree declare, else unknown). Null when the file is none of these, is
    /// malformed, or holds nothing a rule reads.
    /// </summary>
    internal static class JsonFileReader
    {
        public static LogicAppModel? Read(JsonFileEntry entry, ProjectJsonFiles files, LogicAppPlan planOption, CancellationToken cancellationToken)
        {
            var kind = entry.Kind(cancellationToken);
            switch (kind)
            {
                case JsonFileKind.Template:
                case JsonFileKind.Definition:
                    return ReadTemplateOrDefinition(entry, files, planOption, cancellationToken);
                case JsonFileKind.StandardWorkflow:
                case JsonFileKind.StandardConnections:
                    var folder = ProjectJsonFiles.StandardProjectFolder(entry.Path, kind);
                    return files.StandardProject(folder, () => ReadStandardProject(folder, files, cancellationToken));
                default:
                    return null;
            }
        }

        /// <summary>A template (by its shape: <c>resources</c>) or a bare definition (<c>triggers</c>, <c>actions</c>).</summary>
        private static LogicAppModel? ReadTemplateOrDefinition(JsonFileEntry entry, ProjectJsonFiles files, LogicAppPlan planOption, CancellationToken cancellationToken)
        {
            if (entry.File(cancellationToken)?.Root(cancellationToken) is not JObject root)
            {
                return null;
            }

            if (TemplateReader.IsTemplate(root))
            {
                var parameters = ParametersOf(entry, files, cancellationToken);
                var content = TemplateReader.Read(root, parameters, parametersKnown: true, cancellationToken, OtherTemplates(files, cancellationToken));
                return content.IsEmpty ? null : content.ToModel();
            }

            if (!DefinitionReader.IsDefinition(root))
            {
                return null;
            }

            // A bare definition says nothing of its app: its plan comes from the option, its identity is unknown.
            var app = planOption == LogicAppPlan.Unknown
                ? null
                : new LogicAppResource(root.Source, new CodeScope(entry.Path), planOption, Presence.Unknown, identity: null, updatesExisting: false);
            return new LogicAppModel(
                app is null ? ImmutableArray<LogicAppResource>.Empty : ImmutableArray.Create(app),
                ImmutableArray<IdentityTypeValue>.Empty,
                ImmutableArray.Create(new WorkflowInstance(DefinitionReader.Read(root), app)));
        }

        /// <summary>
        /// The access policies of the project's templates, for a template that deploys a connection without one of its
        /// own (see <see cref="TemplateReader.Read"/>): read once per compilation, when first asked for.
        /// </summary>
        public static Func<AccessPolicyOwners>? OtherTemplates(ProjectJsonFiles? files, CancellationToken cancellationToken) =>
            files is null || files.IsEmpty ? null : () => files.PolicyOwners(() => ReadPolicyOwners(files, cancellationToken));

        /// <summary>The parameter file beside a template, when the project has one.</summary>
        private static JObject? ParametersOf(JsonFileEntry template, ProjectJsonFiles files, CancellationToken cancellationToken) =>
            files.ParametersFor(template.Path)?.File(cancellationToken)?.Root(cancellationToken) as JObject;

        private static AccessPolicyOwners ReadPolicyOwners(ProjectJsonFiles files, CancellationToken cancellationToken)
        {
            var owners = AccessPolicyOwners.None;
            foreach (var entry in files.All)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (entry.Kind(cancellationToken) != JsonFileKind.Template
                    || entry.File(cancellationToken)?.Root(cancellationToken) is not JObject root
                    || !TemplateReader.IsTemplate(root))
                {
                    continue;
                }

                var parameters = ParametersOf(entry, files, cancellationToken);
                owners = owners.With(TemplateReader.Read(root, parameters, parametersKnown: true, cancellationToken).PolicyOwners);
            }

            return owners;
        }

        /// <summary>
        /// A Standard project folder: one app (plan Standard, identity from <see cref="SiteOf"/> or unknown) with the connections of its
        /// connections.json and a workflow for each <c>&lt;workflow&gt;/workflow.json</c> whose <c>definition</c> is an object.
        /// </summary>
        private static LogicAppModel? ReadStandardProject(string folder, ProjectJsonFiles files, CancellationToken cancellationToken)
        {
            var connections = files.ConnectionsIn(folder)?.File(cancellationToken)?.Root(cancellationToken) as JObject;
            var definitions = ImmutableArray.CreateBuilder<(JObject Root, WorkflowDefinition Definition)>();
            foreach (var workflow in files.WorkflowsIn(folder))
            {
                if (workflow.File(cancellationToken)?.Root(cancellationToken) is not JObject root)
                {
                    continue;
                }

                if (root.Get("definition") is JObject definition)
                {
                    definitions.Add((root, DefinitionReader.Read(definition)));
                }
                else if (DefinitionReader.IsDefinition(root))
                {
                    // A workflow.json that holds the definition itself.
                    definitions.Add((root, DefinitionReader.Read(root)));
                }
            }

            if (connections is null && definitions.Count == 0)
            {
                return null;
            }

            var targets = ImmutableArray<ConnectionReference>.Empty;
            var tokenStore = ImmutableArray<AuthenticationBlock>.Empty;
            if (connections is not null)
            {
                (targets, tokenStore) = ConnectionReferenceReader.ReadStandard(connections);
            }

            // The app's identity is in the project only when a template of its folder tree deploys it.
            var site = SiteOf(folder, files, cancellationToken);
            var app = new LogicAppResource(
                site?.Source ?? connections?.Source ?? definitions[0].Root.Source,
                new CodeScope(folder),
                LogicAppPlan.Standard,
                site?.IdentityPresence ?? Presence.Unknown,
                site?.Identity is { } identity ? WrittenElsewhere(identity) : null,
                updatesExisting: false,
                identityAbsenceValue: site?.IdentityAbsenceValue,
                connectionReferences: targets,
                tokenStoreAuthentications: tokenStore);
            var workflows = ImmutableArray.CreateBuilder<WorkflowInstance>(definitions.Count);
            foreach (var (_, definition) in definitions)
            {
                workflows.Add(new WorkflowInstance(definition, app));
            }

            return new LogicAppModel(ImmutableArray.Create(app), ImmutableArray<IdentityTypeValue>.Empty, workflows.MoveToImmutable());
        }

        /// <summary>
        /// The Standard site whose identity a project folder's app has: the one <c>Microsoft.Web/sites</c> whose kind
        /// contains <c>workflowapp</c> among every template in the folder and its subfolders (where the deployment
        /// files of a Logic Apps project sit), when its identity is known. Null when there is no such template, when
        /// the templates declare no Standard site or several, when one of them cannot be read, or when a resource the
        /// reader skips may be a site (a copy loop, a kind that is not known, a linked deployment).
        /// </summary>
        private static LogicAppResource? SiteOf(string folder, ProjectJsonFiles files, CancellationToken cancellationToken)
        {
            LogicAppResource? site = null;
            foreach (var entry in files.TemplatesUnder(folder, cancellationToken))
            {
                if (entry.File(cancellationToken)?.Root(cancellationToken) is not JObject root || !TemplateReader.IsTemplate(root))
                {
                    return null;
                }

                var parameters = ParametersOf(entry, files, cancellationToken);
                var content = TemplateReader.Read(root, parameters, parametersKnown: true, cancellationToken);
                if (content.Unread.MayHold(ArmResourceTypes.Site))
                {
                    return null;
                }

                foreach (var app in content.Apps)
                {
                    if (app.Plan != LogicAppPlan.Standard)
                    {
                        continue;
                    }

                    if (site is not null)
                    {
                        return null;
                    }

                    site = app;
                }
            }

            return site is { IdentityPresence: not Presence.Unknown } ? site : null;
        }

        /// <summary>
        /// A template's identity as another file's app sees it: the same nodes, but a user-assigned key's expression
        /// means that identity only inside its template, so fixes in the project's files get no text from it.
        /// </summary>
        private static ManagedIdentity WrittenElsewhere(ManagedIdentity identity)
        {
            var entries = ImmutableArray.CreateBuilder<UserAssignedEntry>(identity.UserAssigned.Length);
            foreach (var entry in identity.UserAssigned)
            {
                entries.Add(new UserAssignedEntry(entry.Key, entry.KeySource, entry.EntrySource, entry.AddsNewKey));
            }

            return new ManagedIdentity(identity.Source, identity.Type, entries.MoveToImmutable(), identity.UserAssignedComplete, identity.UseSite);
        }

        /// <summary>
        /// The models of the Standard project folders whose folder tree holds a template: their findings located in
        /// the template (LAMI300 on its site's identity type) are reported by the template's own analysis.
        /// </summary>
        public static List<LogicAppModel> StandardProjectsHolding(JsonFileEntry template, ProjectJsonFiles files, CancellationToken cancellationToken)
        {
            var models = new List<LogicAppModel>();
            foreach (var folder in files.StandardProjectFoldersHolding(template.Path))
            {
                if (files.StandardProject(folder, () => ReadStandardProject(folder, files, cancellationToken)) is { } model)
                {
                    models.Add(model);
                }
            }

            return models;
        }
    }
}
