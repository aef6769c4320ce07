using System;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Model.Connections;
using ManagedIdentityAnalyzers.Model.Json;
using ManagedIdentityAnalyzers.Model.Workflows;

namespace ManagedIdentityAnalyzers.Readers.Definitions
{
    /// <summary>
    /// Reads connection references, whatever source the JSON came from: the value of a Consumption workflow's
    /// <c>$connections</c> parameter maps each reference name to its entry (<c>connectionId</c>, <c>id</c>), and the
    /// authentication of an entry is <c>connectionProperties.authentication</c>; a Standard project's connections.json
    /// lists its <c>managedApiConnections</c>, each with the same <c>connectionProperties.authentication</c> (to the
    /// target) and an outer <c>authentication</c> (to the token store).
    /// </summary>
    internal static class ConnectionReferenceReader
    {
        private const string ManagedApisSegment = "/managedApis/";

        public static ImmutableArray<ConnectionReference> Read(JObject references)
        {
            var entries = ImmutableArray.CreateBuilder<ConnectionReference>();
            foreach (var reference in references.Members)
            {
                if (reference.Value is not JObject entry)
                {
                    continue;
                }

                AuthenticationBlock? block = null;
                if (entry.Get("connectionProperties") is JObject properties
                    && properties.Member("authentication") is { } authentication)
                {
                    block = new AuthenticationBlock(AuthenticationPlace.ConnectionReference, authentication, properties, ManagedApiOf(entry.Get("id")));
                }

                entries.Add(new ConnectionReference(reference, entry, block));
            }

            return entries.ToImmutable();
        }

        /// <summary>
        /// The <c>managedApiConnections</c> of a Standard connections.json: the authentication of each entry to its target
        /// (<see cref="AuthenticationPlace.StandardConnection"/>) and to the token store (<see cref="AuthenticationPlace.TokenStore"/>).
        /// </summary>
        public static (ImmutableArray<ConnectionReference> Targets, ImmutableArray<AuthenticationBlock> TokenStore) ReadStandard(JObject connectionsFile)
        {
            var targets = ImmutableArray.CreateBuilder<ConnectionReference>();
            var tokenStore = ImmutableArray.CreateBuilder<AuthenticationBlock>();
            if (connectionsFile.Get("managedApiConnections") is JObject managed)
            {
                foreach (var connection in managed.Members)
                {
                    if (connection.Value is not JObject entry)
                    {
                        continue;
                    }

                    var api = ManagedApiOf((entry.Get("api") as JObject)?.Get("id"));
                    var target = entry.Get("connectionProperties") is JObject properties && properties.Member("authentication") is { } authentication
                        ? new AuthenticationBlock(AuthenticationPlace.StandardConnection, authentication, properties, api)
                        : null;
                    targets.Add(new ConnectionReference(connection, entry, target));

                    if (entry.Member("authentication") is { } outer)
                    {
                        tokenStore.Add(new AuthenticationBlock(AuthenticationPlace.TokenStore, outer, entry, api));
                    }
                }
            }

            return (targets.ToImmutable(), tokenStore.ToImmutable());
        }

        /// <summary>The managed API name a <c>.../managedApis/&lt;name&gt;</c> ID ends with, when that part is literal.</summary>
        private static string? ManagedApiOf(JValue? id)
        {
            if (id is not JString { Value: var value } || value.Segments.Length == 0 || value.Segments[value.Segments.Length - 1] is not string last)
            {
                return null;
            }

            var at = last.LastIndexOf(ManagedApisSegment, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return null;
            }

            var name = last.Substring(at + ManagedApisSegment.Length).TrimEnd('/');
            return name.Length == 0 || name.IndexOf('/') >= 0 ? null : name.ToLowerInvariant();
        }
    }
}
