using System.Text;
using System.Threading;
using ManagedIdentityAnalyzers.Model.Json;
using ManagedIdentityAnalyzers.Readers.Files;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ManagedIdentityAnalyzers.Readers.CSharp
{
    /// <summary>
    /// JSON that C# reads from a file of the project: <c>File.ReadAllText(path)</c>,
    /// <c>await File.ReadAllTextAsync(path)</c> and <c>File.ReadAllBytes(path)</c>, with a constant path (or
    /// <c>Path.Combine</c> of constants) that names exactly one JSON additional file (compared by its end, since the
    /// working directory at run time is not known). The file's JSON is read as the file analysis reads it, so its
    /// nodes are located in the file. Any other path is unknown: analyzers do not read files themselves.
    /// </summary>
    internal static class ProjectFileReader
    {
        public static JValue? TryRead(IOperation operation, SdkSymbols symbols, ProjectJsonFiles? files, CancellationToken cancellationToken)
        {
            if (files is null || files.IsEmpty)
            {
                return null;
            }

            if (operation is IAwaitOperation awaited)
            {
                operation = awaited.Operation;
            }

            if (operation is not IInvocationOperation { Arguments.Length: >= 1 } invocation
                || invocation.TargetMethod.Name is not ("ReadAllText" or "ReadAllTextAsync" or "ReadAllBytes" or "ReadAllBytesAsync")
                || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, symbols.File)
                || PathOf(invocation.Arguments[0].Value, symbols) is not string path
                || files.FindByRelativePath(path) is not { } entry)
            {
                return null;
            }

            return entry.File(cancellationToken)?.Root(cancellationToken);
        }

        /// <summary>A constant path, or <c>Path.Combine</c> of constant parts, with '/' separators.</summary>
        private static string? PathOf(IOperation operation, SdkSymbols symbols)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            if (operation.ConstantValue is { HasValue: true, Value: string constant })
            {
                return constant;
            }

            if (operation is not IInvocationOperation { TargetMethod.Name: "Combine" } combine
                || !SymbolEqualityComparer.Default.Equals(combine.TargetMethod.ContainingType, symbols.Path))
            {
                return null;
            }

            var builder = new StringBuilder();
            foreach (var argument in combine.Arguments)
            {
                if (argument.Value is IArrayCreationOperation { Initializer: { } parts })
                {
                    foreach (var part in parts.ElementValues)
                    {
                        if (!Append(builder, part))
                        {
                            return null;
                        }
                    }
                }
                else if (!Append(builder, argument.Value))
                {
                    return null;
                }
            }

            return builder.ToString();
        }

        private static bool Append(StringBuilder builder, IOperation part)
        {
            if (part.ConstantValue is not { HasValue: true, Value: string text })
            {
                return false;
            }

            if (builder.Length > 0 && builder[builder.Length - 1] != '/' && builder[builder.Length - 1] != '\\')
            {
                builder.Append('/');
            }

            builder.Append(text);
            return true;
        }
    }
}
