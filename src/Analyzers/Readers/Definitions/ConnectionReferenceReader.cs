using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Model.Connections;
using ManagedIdentityAnalyzers.Model.Json;
using ManagedIdentityAnalyzers.Model.Workflows;

namespace ManagedIdentityAnalyzers.Readers.Definitions
{
    /// <summary>
    /// Reads connection references, whatever source the JSON came from: the value of a Consumption workflow's
    /// <c>$connections</c> parameter maps each reference name to its entry (<c>connectionId</c>, <c>id</c>), and the
    /// authentication of an entry is <c>connectionProperties.authentication</c>.
    /// </summary>
    internal static class ConnectionReferenceReader
    {
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
                    block = new AuthenticationBlock(AuthenticationPlace.ConnectionReference, authentication, properties);
                }

                entries.Add(new ConnectionReference(reference, entry, block));
            }

            return entries.ToImmutable();
        }
    }
}
