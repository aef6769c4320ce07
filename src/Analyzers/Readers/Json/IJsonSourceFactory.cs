using ManagedIdentityAnalyzers.Model;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Readers.Json
{
    /// <summary>
    /// Creates the <see cref="SourceRef"/> of each node <see cref="JsonTextParser"/> reads. Spans are offsets into the
    /// parsed text; the caller maps them to wherever that text came from (a JSON file, a C# literal).
    /// </summary>
    internal interface IJsonSourceFactory
    {
        /// <summary>
        /// A value token (a string including its quotes, a number, true, false, null, a word with a hole), a member name
        /// token (including its quotes), or an object or array (also one nested too deep to be read) from its '{' or
        /// '[' to the matching '}' or ']'.
        /// </summary>
        SourceRef Create(TextSpan span);

        /// <summary>
        /// A whole member, from its name's opening quote to the end of its value. Deleting
        /// <paramref name="removalSpan"/> removes the member and one separating comma (with the whitespace around
        /// it), leaving valid JSON.
        /// </summary>
        SourceRef CreateMember(TextSpan memberSpan, TextSpan removalSpan);
    }
}
