using ManagedIdentityAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ManagedIdentityAnalyzers.Readers.CSharp
{
    /// <summary>
    /// Reads a <c>ResourceIdentifier</c> expression into a partial string: <c>new ResourceIdentifier(s)</c>,
    /// <c>ResourceIdentifier.Parse(s)</c>, and <c>AppendProviderResource</c>/<c>AppendChildResource</c> chains whose
    /// namespace and type are constants (their names may be unknown). Depth-capped; anything else is unknown.
    /// </summary>
    internal static class ResourceIdReader
    {
        private const int MaxDepth = 16;

        public static PartialString Read(IOperation operation, LocalValues locals) => Read(operation, locals, 0);

        private static PartialString Read(IOperation? operation, LocalValues locals, int depth)
        {
            if (operation is null || depth > MaxDepth)
            {
                return PartialString.Unknown;
            }

            switch (operation)
            {
                case IConversionOperation conversion:
                    return Read(conversion.Operand, locals, depth + 1);
                case IParenthesizedOperation parenthesized:
                    return Read(parenthesized.Operand, locals, depth + 1);
                case ILocalReferenceOperation local when locals.TryGetSingleValue(local.Local, out var value):
                    return Read(value, locals, depth + 1);
                case IObjectCreationOperation creation
                    when creation.Type?.Name == "ResourceIdentifier" && creation.Arguments.Length == 1:
                    return CSharpStringReader.Read(creation.Arguments[0].Value, locals);
                case IInvocationOperation invocation when invocation.TargetMethod.ContainingType?.Name == "ResourceIdentifier":
                    return ReadInvocation(invocation, locals, depth);
                default:
                    return operation.Type?.SpecialType == SpecialType.System_String
                        ? CSharpStringReader.Read(operation, locals)
                        : PartialString.Unknown;
            }
        }

        private static PartialString ReadInvocation(IInvocationOperation invocation, LocalValues locals, int depth)
        {
            var arguments = invocation.Arguments;
            switch (invocation.TargetMethod.Name)
            {
                case "Parse" when arguments.Length >= 1:
                    return CSharpStringReader.Read(arguments[0].Value, locals);
                case "AppendProviderResource" when arguments.Length == 3:
                    return Append(
                        Read(invocation.Instance, locals, depth + 1),
                        "/providers/",
                        CSharpStringReader.Read(arguments[0].Value, locals),
                        CSharpStringReader.Read(arguments[1].Value, locals),
                        CSharpStringReader.Read(arguments[2].Value, locals));
                case "AppendChildResource" when arguments.Length == 2:
                    return Append(
                        Read(invocation.Instance, locals, depth + 1),
                        "/",
                        null,
                        CSharpStringReader.Read(arguments[0].Value, locals),
                        CSharpStringReader.Read(arguments[1].Value, locals));
                default:
                    return PartialString.Unknown;
            }
        }

        private static PartialString Append(PartialString parent, string separator, PartialString? providerNamespace, PartialString type, PartialString name)
        {
            var result = PartialString.Concat(parent, PartialString.Known(separator));
            if (providerNamespace is not null)
            {
                result = PartialString.Concat(PartialString.Concat(result, providerNamespace), PartialString.Known("/"));
            }

            result = PartialString.Concat(PartialString.Concat(result, type), PartialString.Known("/"));
            return PartialString.Concat(result, name);
        }
    }
}
