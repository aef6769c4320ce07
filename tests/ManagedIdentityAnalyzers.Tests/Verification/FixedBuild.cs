using System;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace ManagedIdentityAnalyzers.Tests.Verification;

/// <summary>
/// Runs the fixed code of a JSON test case: emits the compilation, calls the static <c>Build</c> method of
/// <c>typeName</c> with <c>arguments</c>, and compares the JSON of the <see cref="BinaryData"/> it returns with what is
/// expected, so that a fix is judged by what the code builds, not by how it is written.
/// </summary>
internal static class FixedBuild
{
    /// <param name="builds">What the code builds, for the message: "a different definition" is "builds a different definition".</param>
    public static Task CheckJsonAsync(Compilation compilation, string label, string typeName, object?[] arguments, JsonNode? expected, string builds)
    {
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        if (!emitted.Success)
        {
            throw new VerificationException($"{label}: the fixed code does not emit:{Environment.NewLine}"
                + string.Join(Environment.NewLine, emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        stream.Position = 0;
        var context = new AssemblyLoadContext("fixed-" + typeName, isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(stream);
            var build = assembly.GetType(typeName)!.GetMethod("Build")!;
            var data = (BinaryData)build.Invoke(null, arguments)!;
            var actual = JsonNode.Parse(data.ToString());
            if (!JsonNode.DeepEquals(actual, expected))
            {
                throw new VerificationException(
                    $"{label}: the fixed code builds {builds}.{Environment.NewLine}Expected: {expected?.ToJsonString()}{Environment.NewLine}Actual:   {actual?.ToJsonString()}");
            }
        }
        finally
        {
            context.Unload();
        }

        return Task.CompletedTask;
    }
}
