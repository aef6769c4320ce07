using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Model.Connections;
using ManagedIdentityAnalyzers.Model.Workflows;

namespace ManagedIdentityAnalyzers.Model
{
    /// <summary>Whether something is there: known absent, known present, or not known (never guessed).</summary>
    internal enum Presence
    {
        Unknown,
        Absent,
        Present,
    }

    /// <summary>The hosting plan of a logic app.</summary>
    internal enum LogicAppPlan
    {
        Unknown,
        Consumption,
        Standard,
    }

    /// <summary>
    /// An identity type as written: an SDK member (<c>ManagedServiceIdentityType.SystemAssigned</c>) or a string.
    /// <see cref="Kind"/> is the canonical reading, null when the value is unknown or cannot be normalised.
    /// </summary>
    internal sealed class IdentityTypeValue
    {
        public IdentityTypeValue(SourceRef source, IdentityKind? kind, string? writtenText)
        {
            Source = source;
            Kind = kind;
            WrittenText = writtenText;
        }

        public SourceRef Source { get; }

        /// <summary>The kind this value stands for, when known (canonical or normalisable).</summary>
        public IdentityKind? Kind { get; }

        /// <summary>The string as written, when the value is a known string (null for SDK members and unknowns).</summary>
        public string? WrittenText { get; }

        public bool IsKnown => Kind.HasValue;

        public bool Includes(IdentityKind part) => Kind switch
        {
            IdentityKind.SystemAndUserAssigned => part != IdentityKind.None,
            IdentityKind k => k == part,
            null => false,
        };
    }

    /// <summary>One key of <c>userAssignedIdentities</c>, and the element that adds it (for fixes that remove it).</summary>
    internal sealed class UserAssignedEntry
    {
        public UserAssignedEntry(PartialString key, SourceRef keySource, SourceRef? entrySource, bool addsNewKey, string? sameScopeText = null)
        {
            Key = key;
            KeySource = keySource;
            EntrySource = entrySource;
            AddsNewKey = addsNewKey;
            SameScopeText = sameScopeText;
        }

        /// <summary>
        /// The key as written, when writing that same text elsewhere in the app's scope means the same identity: an ARM
        /// template's key expression (<c>[resourceId(...)]</c>), which the template's workflow definition evaluates alike.
        /// Null otherwise (fixes then need the key as known text).
        /// </summary>
        public string? SameScopeText { get; }

        /// <summary>
        /// True when the entry certainly adds a key that was not there (<c>Add</c> throws on a key already present);
        /// false for an indexer write, which may overwrite one.
        /// </summary>
        public bool AddsNewKey { get; }

        public PartialString Key { get; }

        public SourceRef KeySource { get; }

        /// <summary>The statement or initializer element that adds the entry, when it can be removed on its own.</summary>
        public SourceRef? EntrySource { get; }
    }

    /// <summary>A managed identity object or JSON block: its type and its user-assigned identities.</summary>
    internal sealed class ManagedIdentity
    {
        public ManagedIdentity(
            SourceRef source,
            IdentityTypeValue? type,
            ImmutableArray<UserAssignedEntry> userAssigned,
            bool userAssignedComplete,
            SourceRef? useSite = null)
        {
            Source = source;
            Type = type;
            UserAssigned = userAssigned;
            UserAssignedComplete = userAssignedComplete;
            UseSite = useSite;
        }

        /// <summary>Where the identity is written (block-level findings are reported here).</summary>
        public SourceRef Source { get; }

        /// <summary>The type; null when it was not followed.</summary>
        public IdentityTypeValue? Type { get; }

        /// <summary>The user-assigned identities known to be attached.</summary>
        public ImmutableArray<UserAssignedEntry> UserAssigned { get; }

        /// <summary>True when <see cref="UserAssigned"/> is the whole list (nothing was added in an unknown way).</summary>
        public bool UserAssignedComplete { get; }

        /// <summary>
        /// Where the identity enters the logic app when it was built elsewhere (the call of the helper that built it):
        /// findings that depend on the app are reported there, without fixes that would edit the shared helper.
        /// Null when the identity is written with the app.
        /// </summary>
        public SourceRef? UseSite { get; }
    }

    /// <summary>A logic app resource: a Consumption workflow or a Standard app.</summary>
    internal sealed class LogicAppResource : DeployedResource
    {
        public LogicAppResource(
            SourceRef source,
            CodeScope scope,
            LogicAppPlan plan,
            Presence identityPresence,
            ManagedIdentity? identity,
            bool updatesExisting,
            WorkflowDefinition? definition = null,
            SourceRef? identityAbsenceValue = null,
            ImmutableArray<ConnectionReference> connectionReferences = default,
            SourceRef? connectionReferencesUseSite = null,
            ImmutableArray<AuthenticationBlock> tokenStoreAuthentications = default)
            : base(source, scope)
        {
            TokenStoreAuthentications = tokenStoreAuthentications.IsDefault ? ImmutableArray<AuthenticationBlock>.Empty : tokenStoreAuthentications;
            ConnectionReferencesUseSite = connectionReferencesUseSite;
            Plan = plan;
            IdentityPresence = identityPresence;
            Identity = identity;
            UpdatesExisting = updatesExisting;
            Definition = definition;
            IdentityAbsenceValue = identityAbsenceValue;
            ConnectionReferences = connectionReferences.IsDefault ? ImmutableArray<ConnectionReference>.Empty : connectionReferences;
        }

        public LogicAppPlan Plan { get; }

        public Presence IdentityPresence { get; }

        /// <summary>The identity when <see cref="IdentityPresence"/> is Present and it could be read.</summary>
        public ManagedIdentity? Identity { get; }

        /// <summary>True when the resource is an existing app read back, changed and sent again.</summary>
        public bool UpdatesExisting { get; }

        /// <summary>The workflow definition, when it is known (Consumption).</summary>
        public WorkflowDefinition? Definition { get; }

        /// <summary>Where the identity was explicitly removed (an <c>Identity = null</c> value), if it was.</summary>
        public SourceRef? IdentityAbsenceValue { get; }

        /// <summary>
        /// The entries of the app's connection references: a Consumption app's <c>$connections</c> parameter, or a
        /// Standard project's <c>managedApiConnections</c> (connections.json), when they are known.
        /// </summary>
        public ImmutableArray<ConnectionReference> ConnectionReferences { get; }

        /// <summary>Where the connection references enter the app when they were written elsewhere (see <see cref="WorkflowInstance.UseSite"/>).</summary>
        public SourceRef? ConnectionReferencesUseSite { get; }

        /// <summary>
        /// A Standard app's outer (token-store) <c>authentication</c> of each <c>managedApiConnections</c> entry, when its
        /// connections.json is read (<see cref="AuthenticationPlace.TokenStore"/>).
        /// </summary>
        public ImmutableArray<AuthenticationBlock> TokenStoreAuthentications { get; }
    }

    /// <summary>A workflow definition and, when known, the logic app it belongs to.</summary>
    internal sealed class WorkflowInstance
    {
        public WorkflowInstance(WorkflowDefinition definition, LogicAppResource? app, SourceRef? useSite = null)
        {
            Definition = definition;
            App = app;
            UseSite = useSite;
        }

        public WorkflowDefinition Definition { get; }

        /// <summary>The logic app, or null when the definition is not attached to one the reader can see.</summary>
        public LogicAppResource? App { get; }

        /// <summary>
        /// Where the definition enters the app when its text is written elsewhere (a helper method, a constant shared
        /// by several methods): findings that depend on the app are reported there, text-only findings where the text
        /// is written. Null when the definition is written with the app.
        /// </summary>
        public SourceRef? UseSite { get; }
    }

    /// <summary>
    /// Everything read from one analysed source (a C# document, a JSON file): the logic apps, every identity type value
    /// written to a logic app's identity, the workflow definitions, and the API connection resources and their access
    /// policies deployed beside them.
    /// </summary>
    internal sealed class LogicAppModel
    {
        public static readonly LogicAppModel Empty = new LogicAppModel(
            ImmutableArray<LogicAppResource>.Empty, ImmutableArray<IdentityTypeValue>.Empty, ImmutableArray<WorkflowInstance>.Empty);

        public LogicAppModel(
            ImmutableArray<LogicAppResource> logicApps,
            ImmutableArray<IdentityTypeValue> identityTypes,
            ImmutableArray<WorkflowInstance> workflows,
            ImmutableArray<ApiConnectionResource> connections = default,
            ImmutableArray<ConnectionAccessPolicy> accessPolicies = default)
        {
            LogicApps = logicApps;
            IdentityTypes = identityTypes;
            Workflows = workflows;
            Connections = connections.IsDefault ? ImmutableArray<ApiConnectionResource>.Empty : connections;
            AccessPolicies = accessPolicies.IsDefault ? ImmutableArray<ConnectionAccessPolicy>.Empty : accessPolicies;
        }

        public ImmutableArray<LogicAppResource> LogicApps { get; }

        /// <summary>Every identity type value written to the identity of a logic app (also values later overwritten).</summary>
        public ImmutableArray<IdentityTypeValue> IdentityTypes { get; }

        /// <summary>Every workflow definition read, each once, with its logic app when known.</summary>
        public ImmutableArray<WorkflowInstance> Workflows { get; }

        /// <summary>The API connection resources, each in every state where it was judged.</summary>
        public ImmutableArray<ApiConnectionResource> Connections { get; }

        /// <summary>The access policies given to API connections.</summary>
        public ImmutableArray<ConnectionAccessPolicy> AccessPolicies { get; }

        /// <summary>Whether nothing was read that a rule could judge.</summary>
        public bool IsEmpty => LogicApps.IsEmpty && Workflows.IsEmpty && Connections.IsEmpty;
    }
}
