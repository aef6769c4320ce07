using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Model.Json;
using ManagedIdentityAnalyzers.Model.Workflows;

namespace ManagedIdentityAnalyzers.Readers.Definitions
{
    /// <summary>
    /// Reads connection references, whatever source the JSON came from: the value of a Consumption workflow's
    /// <c>$connections</c> parameter maps each reference name to its entry, and the authentication of an entry is
    /// <c>connectionProperties.authentication</c>.
    /// </summary>
    internal static class ConnectionReferenceReader
    {
        public static ImmutableArray<AuthenticationBlock> Read(JObject references)
        {
            var blocks = ImmutableArray.CreateBuilder<AuthenticationBlock>();
            foreach (var reference in references.Members)
            {
                if (reference.Value is JObject entry
                    && entry.Get("connectionProperties") is JObject properties
                    && properties.Member("authentication") is { } authentication)
                {
                    blocks.Add(new AuthenticationBlock(AuthenticationPlace.ConnectionReference, authentication, properties));
                }
            }

            return blocks.ToImmutable();
        }
    }
}
