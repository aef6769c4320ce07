using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Readers.CSharp.Literals;
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

        public static PartialString Read(IOperation operation, ValueSources locals, SdkSymbols symbols) => new Reader(locals, symbols).Read(operation, 0);

        private readonly struct Reader
        {
            private readonly ValueSources locals;
            private readonly SdkSymbols symbols;

            public Reader(ValueSources locals, SdkSymbols symbols)
            {
                this.locals = locals;
                this.symbols = symbols;
            }

            public PartialString Read(IOperation? operation, int depth)
            {
                if (operation is null || depth > MaxDepth)
                {
                    return PartialString.Unknown;
                }

                switch (operation)
                {
                    case IConversionOperation conversion:
                        return Read(conversion.Operand, depth + 1);
                    case IParenthesizedOperation parenthesized:
                        return Read(parenthesized.Operand, depth + 1);
                    case ILocalReferenceOperation local when locals.TryGetSingleValue(local.Local, out var value):
                        return Read(value, depth + 1);
                    case IObjectCreationOperation creation
                        when symbols.IsResourceIdentifier(creation.Type) && creation.Arguments.Length == 1:
                        return CSharpTextReader.ReadPartial(creation.Arguments[0].Value, locals);
                    case IInvocationOperation invocation when symbols.IsResourceIdentifier(invocation.TargetMethod.ContainingType):
                        return ReadInvocation(invocation, depth);
                    default:
                        return operation.Type?.SpecialType == SpecialType.System_String
                            ? CSharpTextReader.ReadPartial(operation, locals)
                            : PartialString.Unknown;
                }
            }

            private PartialString ReadInvocation(IInvocationOperation invocation, int depth)
            {
                var arguments = invocation.Arguments;
                switch (invocation.TargetMethod.Name)
                {
                    case "Parse" when arguments.Length >= 1:
                        return CSharpTextReader.ReadPartial(arguments[0].Value, locals);
                    case "AppendProviderResource" when arguments.Length == 3:
                        return Append(
                            Read(invocation.Instance, depth + 1),
                            "/providers/",
                            CSharpTextReader.ReadPartial(arguments[0].Value, locals),
                            CSharpTextReader.ReadPartial(arguments[1].Value, locals),
                            CSharpTextReader.ReadPartial(arguments[2].Value, locals));
                    case "AppendChildResource" when arguments.Length == 2:
                        return Append(
                            Read(invocation.Instance, depth + 1),
                            "/",
                            null,
                            CSharpTextReader.ReadPartial(arguments[0].Value, locals),
                            CSharpTextReader.ReadPartial(arguments[1].Value, locals));
                    default:
                        return PartialString.Unknown;
                }
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
