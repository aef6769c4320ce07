using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ManagedIdentityAnalyzers.Readers.CSharp
{
    /// <summary>
    /// The locals of one method body that are assigned exactly once (declaration or a single assignment, never by
    /// reference or in a deconstruction), with that value. Other locals are unknown to the reader.
    /// </summary>
    internal sealed class LocalValues
    {
        private readonly Dictionary<ILocalSymbol, IOperation?> values = new Dictionary<ILocalSymbol, IOperation?>(SymbolEqualityComparer.Default);

        /// <summary>Records one write of a local; a second write makes it unknown.</summary>
        public void RecordWrite(ILocalSymbol local, IOperation? value)
        {
            values[local] = values.ContainsKey(local) ? null : value;
        }

        /// <summary>Marks a local unknown (written by reference, in a deconstruction, by a compound assignment...).</summary>
        public void RecordUnknownWrite(ILocalSymbol local)
        {
            values[local] = null;
        }

        private void RecordUnknownWrites(IOperation target)
        {
            foreach (var child in target.DescendantsAndSelf())
            {
                if (child is ILocalReferenceOperation local)
                {
                    RecordUnknownWrite(local.Local);
                }
            }
        }

        public bool TryGetSingleValue(ILocalSymbol local, out IOperation value)
        {
            if (values.TryGetValue(local, out var found) && found is not null)
            {
                value = found;
                return true;
            }

            value = null!;
            return false;
        }

        /// <summary>Records the write an operation makes to a local, if any.</summary>
        public void Observe(IOperation operation)
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator:
                    if (declarator.GetVariableInitializer() is { } initializer)
                    {
                        RecordWrite(declarator.Symbol, initializer.Value);
                    }

                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                    if (assignment.IsRef)
                    {
                        RecordUnknownWrite(target.Local);
                    }
                    else
                    {
                        RecordWrite(target.Local, assignment.Value);
                    }

                    break;
                case ICompoundAssignmentOperation { Target: ILocalReferenceOperation target }:
                    RecordUnknownWrite(target.Local);
                    break;
                case ICoalesceAssignmentOperation { Target: ILocalReferenceOperation target }:
                    RecordUnknownWrite(target.Local);
                    break;
                case IIncrementOrDecrementOperation { Target: ILocalReferenceOperation target }:
                    RecordUnknownWrite(target.Local);
                    break;
                case IDeconstructionAssignmentOperation deconstruction:
                    RecordUnknownWrites(deconstruction.Target);
                    break;
                case IArgumentOperation { Parameter: { RefKind: RefKind.Ref or RefKind.Out } } byRef:
                    RecordUnknownWrites(byRef.Value);
                    break;
                case IDeclarationPatternOperation { DeclaredSymbol: ILocalSymbol patternLocal }:
                    RecordUnknownWrite(patternLocal);
                    break;
                case IForEachLoopOperation loop:
                    foreach (var loopLocal in loop.Locals)
                    {
                        RecordUnknownWrite(loopLocal);
                    }

                    break;
            }
        }
    }
}
