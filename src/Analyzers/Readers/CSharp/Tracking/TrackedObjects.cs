using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace ManagedIdentityAnalyzers.Readers.CSharp.Tracking
{
    /// <summary>The resource kinds the C# reader follows.</summary>
    internal enum TrackedResourceKind
    {
        /// <summary><c>LogicWorkflowData</c>: a Consumption workflow.</summary>
        Workflow,

        /// <summary><c>WebSiteData</c>: a Standard logic app when its kind contains <c>workflowapp</c>.</summary>
        Site,

        /// <summary>
        /// <c>GenericResourceData</c>: what it is depends on its resource type, told by the ID it is deployed with or by
        /// its properties (an API connection names its managed API).
        /// </summary>
        Generic,
    }

    /// <summary>
    /// An object the C# reader follows, with its state so far. When code the reader does not follow can reach it
    /// (<see cref="ObjectFlow"/> says when), <see cref="MakeUnknown"/> forgets what that code could change.
    /// </summary>
    internal abstract class TrackedObject
    {
        protected TrackedObject(IOperation origin)
        {
            Origin = origin;
        }

        /// <summary>The creation, or the expression that revealed an object not created here.</summary>
        public IOperation Origin { get; }

        /// <summary>
        /// The call of a method of the same type that built this object and returned it to the body being read (the
        /// outermost such call); null for an object built in the body itself.
        /// </summary>
        public IOperation? ImportedBy { get; set; }

        /// <summary>True once the body changed, handed off or sent an object built by a method it called.</summary>
        public bool ChangedSinceImport { get; set; }

        /// <summary>Forgets what code the reader does not follow could change.</summary>
        public abstract void MakeUnknown();
    }

    /// <summary>The state of a <c>ManagedServiceIdentity</c> object.</summary>
    internal sealed class TrackedIdentity : TrackedObject
    {
        public TrackedIdentity(IOperation origin, IdentityTypeValue? type)
            : base(origin)
        {
            Type = type;
            if (type is not null)
            {
                TypeWrites.Add(type);
            }
        }

        public IdentityTypeValue? Type { get; private set; }

        /// <summary>Every known write of the type, the last one current (LAMI006 reads them all).</summary>
        public List<IdentityTypeValue> TypeWrites { get; } = new List<IdentityTypeValue>();

        /// <summary>The user-assigned identities certainly listed, in order.</summary>
        public List<UserAssignedEntry> Entries { get; } = new List<UserAssignedEntry>();

        /// <summary>True while <see cref="Entries"/> is the whole list (nothing was added or removed in an unknown way).</summary>
        public bool EntriesComplete { get; set; } = true;

        public void SetType(IdentityTypeValue type)
        {
            Type = type;
            TypeWrites.Add(type);
        }

        /// <summary>The type is no longer known (its source stays, for reporting nothing).</summary>
        public void ForgetType()
        {
            Type = Type is null ? null : new IdentityTypeValue(Type.Source, null, null);
        }

        /// <summary>Nothing is certain of the list any more.</summary>
        public void ForgetEntries()
        {
            Entries.Clear();
            EntriesComplete = false;
        }

        public override void MakeUnknown()
        {
            ForgetType();
            ForgetEntries();
        }

        public ManagedIdentity Snapshot() =>
            new ManagedIdentity(new CSharpNode(Origin.Syntax), Type, ImmutableArray.CreateRange(Entries), EntriesComplete);
    }

    /// <summary>The state of a resource data object: a logic app's, or a generic resource's.</summary>
    internal sealed class TrackedResource : TrackedObject
    {
        public TrackedResource(TrackedResourceKind kind, IOperation origin)
            : base(origin)
        {
            Kind = kind;
        }

        public TrackedResourceKind Kind { get; }

        /// <summary>Whether <c>Identity</c> is set; a new data object starts without one.</summary>
        public Presence IdentityPresence { get; set; } = Presence.Absent;

        public TrackedIdentity? Identity { get; set; }

        /// <summary>The kind (<c>WebSiteData.Kind</c>, <c>GenericResourceData.Kind</c>); null while unset.</summary>
        public PartialString? KindText { get; set; }

        /// <summary>The expression the kind was last set to; null while unset or unknown.</summary>
        public IOperation? KindValue { get; set; }

        /// <summary>The value written to <c>Properties</c> of a generic resource (a BinaryData expression); null while unset or unknown.</summary>
        public IOperation? PropertiesValue { get; set; }

        /// <summary>The <c>Properties</c> member that <see cref="PropertiesValue"/> was written to.</summary>
        public IOperation? PropertiesTarget { get; set; }

        /// <summary>The ID a generic resource was given where the SDK received it; null until then or when unknown.</summary>
        public PartialString? ResourceId { get; set; }

        /// <summary>True when changed since its state was last taken.</summary>
        public bool Dirty { get; set; } = true;

        /// <summary>True for the <c>Data</c> of an existing resource, read back to be changed and sent again.</summary>
        public bool UpdatesExisting { get; set; }

        /// <summary>The value written to <c>Definition</c> (a BinaryData expression); null while unset or unknown.</summary>
        public IOperation? DefinitionValue { get; set; }

        /// <summary>The <c>null</c> written to <c>Identity</c>, when the identity was removed explicitly.</summary>
        public IOperation? IdentityRemoval { get; set; }

        /// <summary>The <c>LogicWorkflowParameterInfo</c> given as the <c>$connections</c> parameter; null while unset or unknown.</summary>
        public IOperation? ConnectionsParameter { get; set; }

        /// <summary>Every identity object this resource was given, even one handed off later (LAMI006 reads their type writes).</summary>
        public List<TrackedIdentity> IdentitiesGiven { get; } = new List<TrackedIdentity>();

        public void SetIdentity(Presence presence, TrackedIdentity? identity, IOperation? removal = null)
        {
            IdentityPresence = presence;
            Identity = presence == Presence.Present ? identity : null;
            IdentityRemoval = removal;
            if (Identity is not null && !IdentitiesGiven.Contains(Identity))
            {
                IdentitiesGiven.Add(Identity);
            }
        }

        /// <summary>Sets the kind to a value read from <paramref name="value"/> (null: unknown).</summary>
        public void SetKind(PartialString text, IOperation? value)
        {
            KindText = text;
            KindValue = value;
        }

        public override void MakeUnknown()
        {
            SetIdentity(Presence.Unknown, null);
            SetKind(PartialString.Unknown, null);
            DefinitionValue = null;
            ConnectionsParameter = null;
            PropertiesValue = null;
            PropertiesTarget = null;
        }
    }

    /// <summary>A collection property of a followed object (<c>UserAssignedIdentities</c>, <c>Parameters</c>).</summary>
    internal abstract class TrackedCollection : TrackedObject
    {
        protected TrackedCollection(IOperation origin)
            : base(origin)
        {
        }
    }

    /// <summary>The <c>Parameters</c> dictionary of a followed workflow; only <c>$connections</c> is read.</summary>
    internal sealed class TrackedParameters : TrackedCollection
    {
        public TrackedParameters(IOperation origin, TrackedResource owner)
            : base(origin)
        {
            Owner = owner;
        }

        public TrackedResource Owner { get; }

        public override void MakeUnknown() => Owner.ConnectionsParameter = null;
    }

    /// <summary>The <c>UserAssignedIdentities</c> dictionary of a followed identity.</summary>
    internal sealed class TrackedUserAssignedIdentities : TrackedCollection
    {
        public TrackedUserAssignedIdentities(IOperation origin, TrackedIdentity owner)
            : base(origin)
        {
            Owner = owner;
        }

        public TrackedIdentity Owner { get; }

        public override void MakeUnknown() => Owner.ForgetEntries();
    }
}
