using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ManagedIdentityAnalyzers.Readers.CSharp
{
    /// <summary>
    /// Where the values of the analysed document come from: the locals that are assigned exactly once (declaration
    /// or a single assignment, never by reference or in a deconstruction), with that value; the constants declared
    /// in the document, with their initializers; and the value a called helper method of the document returns
    /// (<see cref="MethodBodies"/>). Other locals, and what other methods return, are unknown to the reader.
    /// </summary>
    internal sealed class ValueSources
    {
        /// <summary>Calls that only read the object a local holds.</summary>
        private static readonly HashSet<string> ReadingMethods = new HashSet<string>
        {
            "ToJsonString", "ToString", "WriteTo", "DeepClone", "GetValue", "TryGetValue", "TryGetPropertyValue",
            "ContainsKey", "GetPath", "AsObject", "AsArray", "AsValue", "GetEnumerator", "Equals", "GetHashCode",
        };

        /// <summary>Calls that take a value to serialize it, without changing it.</summary>
        private static readonly HashSet<string> SerializingMethods = new HashSet<string>
        {
            "FromObjectAsJson", "Serialize", "SerializeToUtf8Bytes", "SerializeToNode", "SerializeToDocument", "SerializeToElement",
        };

        private readonly MethodBodies? bodies;
        private readonly HashSet<IOperation> observedBodies = new HashSet<IOperation>();
        private readonly Dictionary<ILocalSymbol, IOperation?> values = new Dictionary<ILocalSymbol, IOperation?>(SymbolEqualityComparer.Default);
        private readonly HashSet<ILocalSymbol> changedInPlace = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);

        public ValueSources(MethodBodies? bodies = null)
        {
            this.bodies = bodies;
        }

        /// <summary>The document's method bodies, when the reader has them.</summary>
        public MethodBodies? Bodies => bodies;

        /// <summary>
        /// Records the writes of every local of a body, once however often it is asked. A caller that needs to see every
        /// operation of the body too passes <paramref name="visit"/>, which is called on each of them in the same walk
        /// (also when the writes were recorded before).
        /// </summary>
        public void ObserveBody(IOperation body, Action<IOperation>? visit = null)
        {
            var record = observedBodies.Add(body);
            if (!record && visit is null)
            {
                return;
            }

            foreach (var operation in body.DescendantsAndSelf())
            {
                if (record)
                {
                    Observe(operation);
                }

                visit?.Invoke(operation);
            }
        }

        /// <summary>
        /// The value a call returns when its target is a helper of the document whose body returns one value
        /// (its locals observed); null otherwise.
        /// </summary>
        public IOperation? ReturnedValue(IInvocationOperation invocation)
        {
            if (bodies is null || bodies.ReturnedValue(invocation.TargetMethod) is not { } value)
            {
                return null;
            }

            if (bodies.BodyOf(invocation.TargetMethod, otherDocuments: true) is { } body)
            {
                ObserveBody(body);
            }

            return value;
        }

        /// <summary>
        /// Where a constant is written: the initializer of a <c>const</c> local, or of a <c>const</c> field declared
        /// in this document; null for other references (a constant of another file is read at its reference).
        /// </summary>
        public IOperation? ConstantInitializer(IOperation reference) => reference switch
        {
            ILocalReferenceOperation { Local.IsConst: true } local when TryGetSingleValue(local.Local, out var value) => value,
            IFieldReferenceOperation { Field.IsConst: true } field when bodies is not null => bodies.ConstantFieldInitializer(field.Field),
            _ => null,
        };

        /// <summary>
        /// The literal a <c>const</c> string field of this document is initialized with, when that is all its
        /// initializer is (see <see cref="MethodBodies.ConstantFieldLiteral"/>); read without binding the initializer.
        /// </summary>
        public LiteralExpressionSyntax? ConstantLiteral(IOperation reference) =>
            reference is IFieldReferenceOperation { Field.IsConst: true } field && bodies is not null ? bodies.ConstantFieldLiteral(field.Field) : null;

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

        private static bool ChangesInPlace(ILocalReferenceOperation reference)
        {
            switch (reference.Parent)
            {
                case IPropertyReferenceOperation property when property.Instance == reference:
                    return property.Parent is IAssignmentOperation assignment && assignment.Target == property;
                case IInvocationOperation invocation when invocation.Instance == reference:
                    return !ReadingMethods.Contains(invocation.TargetMethod.Name);
                case IArgumentOperation { Parent: IInvocationOperation call }:
                    return !SerializingMethods.Contains(call.TargetMethod.Name);
                case IArgumentOperation { Parent: IObjectCreationOperation }:
                    return true;
                default:
                    return false;
            }
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

        /// <summary>
        /// Whether the object a local holds may be changed after it was created: an indexer or property written
        /// through the local, a call on it other than a known read, or the local handed to another method.
        /// </summary>
        public bool IsChangedInPlace(ILocalSymbol local) => changedInPlace.Contains(local);

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

        /// <summary>
        /// What an expression stands for once conversions without an operator method, parentheses, locals assigned
        /// once and calls of helpers that return one value are seen through (at most <paramref name="maxSteps"/> of them).
        /// </summary>
        public IOperation Follow(IOperation operation, int maxSteps = 32)
        {
            for (var step = 0; step < maxSteps; step++)
            {
                switch (operation)
                {
                    case IConversionOperation { OperatorMethod: null } conversion:
                        operation = conversion.Operand;
                        continue;
                    case IParenthesizedOperation parenthesized:
                        operation = parenthesized.Operand;
                        continue;
                    case ILocalReferenceOperation local when TryGetSingleValue(local.Local, out var value):
                        operation = value;
                        continue;
                    case IInvocationOperation invocation when ReturnedValue(invocation) is { } returned:
                        operation = returned;
                        continue;
                }

                break;
            }

            return operation;
        }

        /// <summary>Records the write an operation makes to a local, if any.</summary>
        public void Observe(IOperation operation)
        {
            // One dispatch on the kind: most operations of a body write no local, and a type switch would test each
            // of them against every case below.
            switch (operation.Kind)
            {
                case OperationKind.LocalReference:
                    if (operation is ILocalReferenceOperation reference && ChangesInPlace(reference))
                    {
                        changedInPlace.Add(reference.Local);
                    }

                    return;
                case OperationKind.VariableDeclarator:
                case OperationKind.SimpleAssignment:
                case OperationKind.CompoundAssignment:
                case OperationKind.CoalesceAssignment:
                case OperationKind.Increment:
                case OperationKind.Decrement:
                case OperationKind.DeconstructionAssignment:
                case OperationKind.Argument:
                case OperationKind.DeclarationPattern:
                case OperationKind.Loop:
                    break;
                default:
                    return;
            }

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
