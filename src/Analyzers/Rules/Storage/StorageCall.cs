using System.Collections.Generic;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Model.Json;
using ManagedIdentityAnalyzers.Rules.Authentication;

namespace ManagedIdentityAnalyzers.Rules.Storage
{
    /// <summary>A managed-identity request to a Storage data-plane host, and its headers as far as they are known.</summary>
    internal sealed class StorageCall
    {
        private StorageCall(AuthenticationView view, JValue uri, JObject request)
        {
            View = view;
            Uri = uri;
            Request = request;
            HeadersMember = request.Member("headers");
        }

        public AuthenticationView View { get; }

        /// <summary>The request's <c>uri</c> value (the findings are reported on it).</summary>
        public JValue Uri { get; }

        public JObject Request { get; }

        public JMember? HeadersMember { get; }

        /// <summary>The headers object; null when there is none or it is not an object the reader could follow.</summary>
        public JObject? Headers => HeadersMember?.Value as JObject;

        /// <summary>Whether the request certainly has no headers at all.</summary>
        public bool HasNoHeaders => Request.IsCertainlyAbsent("headers");

        /// <summary>
        /// The request of <paramref name="view"/> as a Storage call, whatever its authentication (for a fix that switches
        /// it to managed identity); null when its target is not a Storage data-plane host.
        /// </summary>
        public static StorageCall? For(AuthenticationView view) =>
            view.Target is { } target && StorageRequests.IsDataPlane(target) && view.Block.Uri is { } uri && view.Block.Request is { } request
                ? new StorageCall(view, uri, request)
                : null;

        public static List<StorageCall> Read(IReadOnlyList<AuthenticationView> authentications)
        {
            var calls = new List<StorageCall>();
            foreach (var view in authentications)
            {
                if (view.IsManagedIdentity
                    && view.Target is { } target
                    && StorageRequests.IsDataPlane(target)
                    && view.Block.Uri is { } uri
                    && view.Block.Request is { } request)
                {
                    calls.Add(new StorageCall(view, uri, request));
                }
            }

            return calls;
        }

        /// <summary>
        /// The header named <paramref name="name"/> (compared ignoring case): found, certainly absent (the headers
        /// object is completely known, or there are no headers), or unknown.
        /// </summary>
        public Presence Header(string name, out JMember? header)
        {
            header = null;
            if (HasNoHeaders)
            {
                return Presence.Absent;
            }

            if (Headers is not { } headers)
            {
                return Presence.Unknown;
            }

            foreach (var member in headers.Members)
            {
                if (StorageRequests.HeaderNameComparer.Equals(member.Name, name))
                {
                    header = member;
                    return Presence.Present;
                }
            }

            return headers.IsComplete ? Presence.Absent : Presence.Unknown;
        }

        /// <summary>
        /// The node and edit that add a header: to the headers object, or a new <c>headers</c> member on the request.
        /// </summary>
        public (SourceRef Node, Edit Edit) AddHeader(string name, string value, int target)
        {
            if (Headers is { } headers)
            {
                return (headers.Source, Edit.AddMember(target, name, ValueKind.String, value));
            }

            var json = "{ " + JsonText.String(name) + ": " + JsonText.String(value) + " }";
            return (Request.Source, Edit.AddMember(target, "headers", ValueKind.Json, json));
        }
    }
}
