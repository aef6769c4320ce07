using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace ManagedIdentityAnalyzers.Readers.CSharp
{
    /// <summary>The resource kinds the C# reader follows.</summary>
    internal enum TrackedResourceKind
    {
        /// <summary><c>LogicWorkflowData</c>: a Consumption workflow.</summary>
        Workflow,

        /// <summary><c>WebSiteData</c>: a Standard logic app when its kind contains <c>workflowapp</c>.</summary>
        Site,
    }

    /// <summary>The state, so far in the method, of a <c>ManagedServiceIdentity</c> object created in it.</summary>
    internal sealed class TrackedIdentity
    {
        public TrackedIdentity(IOperation origin, IdentityTypeValue? type)
        {
            Origin = origin;
            Type = type;
        }

        /// <summary>The creation, or the first write that revealed an identity not created here.</summary>
        public IOperation Origin { get; }

        public IdentityTypeValue? Type { get; set; }

        public List<UserAssignedEntry> Entries { get; } = new List<UserAssignedEntry>();

        /// <summary>False once entries were added or removed in a way the reader does not follow.</summary>
        public bool EntriesComplete { get; set; } = true;

        public ManagedIdentity Snapshot() =>
            new ManagedIdentity(new CSharpNode(Origin.Syntax), Type, ImmutableArray.CreateRange(Entries), EntriesComplete);
    }

    /// <summary>The state, so far in the method, of a resource data object created in it.</summary>
    internal sealed class TrackedResource
    {
        public TrackedResource(TrackedResourceKind kind, IOperation creation)
        {
            Kind = kind;
            Creation = creation;
        }

        public TrackedResourceKind Kind { get; }

        public IOperation Creation { get; }

        /// <summary>Whether <c>Identity</c> is set; a new data object starts without one.</summary>
        public Presence IdentityPresence { get; set; } = Presence.Absent;

        public TrackedIdentity? Identity { get; set; }

        /// <summary>The site kind (<c>WebSiteData.Kind</c>); null while unset.</summary>
        public PartialString? SiteKind { get; set; }

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
    }

    /// <summary>The <c>Parameters</c> dictionary of a tracked workflow.</summary>
    internal sealed class TrackedParameters
    {
        public TrackedParameters(TrackedResource owner)
        {
            Owner = owner;
        }

        public TrackedResource Owner { get; }
    }

    /// <summary>The <c>UserAssignedIdentities</c> dictionary of a tracked identity.</summary>
    internal sealed class TrackedUserAssignedIdentities
    {
        public TrackedUserAssignedIdentities(TrackedIdentity owner)
        {
            Owner = owner;
        }

        public TrackedIdentity Owner { get; }
    }
}
