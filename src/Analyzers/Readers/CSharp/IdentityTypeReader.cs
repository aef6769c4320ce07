using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Readers.CSharp.Literals;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ManagedIdentityAnalyzers.Readers.CSharp
{
    /// <summary>
    /// Reads an expression of type <c>ManagedServiceIdentityType</c>: an SDK member, a string converted to the type
    /// (constants, constant interpolations and concatenations, locals assigned once) or
    /// <c>new ManagedServiceIdentityType("...")</c>. Anything else is a value of unknown kind.
    /// </summary>
    internal sealed class IdentityTypeReader
    {
        private const int MaxDepth = 32;

        private readonly SdkSymbols symbols;
        private readonly ValueSources values;

        public IdentityTypeReader(SdkSymbols symbols, ValueSources values)
        {
            this.symbols = symbols;
            this.values = values;
        }

        public IdentityTypeValue Read(IOperation value, int depth = 0)
        {
            switch (value)
            {
                case IConversionOperation conversion
                    when symbols.IsIdentityType(conversion.Type) && conversion.Operand.Type?.SpecialType == SpecialType.System_String:
                    return FromString(conversion.Operand, conversion.Operand.Syntax);
                case IObjectCreationOperation creation when symbols.IsIdentityType(creation.Type) && creation.Arguments.Length == 1:
                    return FromString(creation.Arguments[0].Value, creation.Syntax);
                case IPropertyReferenceOperation { Property.IsStatic: true } member
                    when symbols.IsIdentityType(member.Property.ContainingType)
                        && IdentityTypes.TryFromSdkMemberName(member.Property.Name, out var kind):
                    return new IdentityTypeValue(new CSharpNode(value.Syntax), kind, null);
                case IConversionOperation { OperatorMethod: null } identity when depth < MaxDepth:
                    return Read(identity.Operand, depth + 1);
                case IParenthesizedOperation parenthesized when depth < MaxDepth:
                    return Read(parenthesized.Operand, depth + 1);
                case ILocalReferenceOperation local when depth < MaxDepth && values.TryGetSingleValue(local.Local, out var single):
                    return Read(single, depth + 1);
                default:
                    return Unknown(value);
            }
        }

        /// <summary>A value whose kind is not known, reported (if ever) at <paramref name="value"/>.</summary>
        public static IdentityTypeValue Unknown(IOperation value) => new IdentityTypeValue(new CSharpNode(value.Syntax), null, null);

        private IdentityTypeValue FromString(IOperation text, SyntaxNode reportOn)
        {
            if (CSharpTextReader.ReadPartial(text, values).KnownText is not string written)
            {
                return new IdentityTypeValue(new CSharpNode(reportOn), null, null);
            }

            return new IdentityTypeValue(
                new CSharpNode(reportOn),
                IdentityTypes.TryNormalize(written, out var kind) ? kind : null,
                written);
        }
    }
}
