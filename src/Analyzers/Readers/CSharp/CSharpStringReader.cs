using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ManagedIdentityAnalyzers.Readers.CSharp
{
    /// <summary>
    /// Reads a C# string-valued operation into a <see cref="PartialString"/>: constants (literals, const fields and
    /// locals, constant interpolations and concatenations) are known; interpolation holes and concatenation operands
    /// that are not constant are holes; anything else is unknown. Depth-capped, so deep expressions cannot overflow.
    /// </summary>
    internal static class CSharpStringReader
    {
        private const int MaxDepth = 32;

        public static PartialString Read(IOperation? operation, LocalValues locals) => Read(operation, locals, 0);

        private static PartialString Read(IOperation? operation, LocalValues locals, int depth)
        {
            if (operation is null || depth > MaxDepth)
            {
                return PartialString.Unknown;
            }

            if (operation.ConstantValue.HasValue)
            {
                return operation.ConstantValue.Value is string text ? PartialString.Known(text) : PartialString.Unknown;
            }

            switch (operation)
            {
                case IConversionOperation conversion:
                    return Read(conversion.Operand, locals, depth + 1);
                case IParenthesizedOperation parenthesized:
                    return Read(parenthesized.Operand, locals, depth + 1);
                case IInterpolatedStringOperation interpolated:
                    var result = new PartialString(ImmutableArray<string?>.Empty);
                    foreach (var part in interpolated.Parts)
                    {
                        var read = part switch
                        {
                            IInterpolatedStringTextOperation text => Read(text.Text, locals, depth + 1),
                            IInterpolationOperation hole when hole.Alignment is null && hole.FormatString is null
                                => Read(hole.Expression, locals, depth + 1),
                            _ => PartialString.Unknown,
                        };
                        result = PartialString.Concat(result, read);
                    }

                    return result;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary
                    when binary.Type?.SpecialType == SpecialType.System_String:
                    return PartialString.Concat(Read(binary.LeftOperand, locals, depth + 1), Read(binary.RightOperand, locals, depth + 1));
                case ILocalReferenceOperation local when locals.TryGetSingleValue(local.Local, out var value):
                    return Read(value, locals, depth + 1);
                default:
                    return PartialString.Unknown;
            }
        }
    }
}
