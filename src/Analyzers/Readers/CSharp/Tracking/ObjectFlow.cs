using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis;

namespace ManagedIdentityAnalyzers.Readers.CSharp.Tracking
{
    /// <summary>What an expression that stands for a followed object does with it.</summary>
    internal enum ObjectUse
    {
        /// <summary>Reads it, or one of its members: nothing changes.</summary>
        Read,

        /// <summary>Gives it to a local (followed through locals assigned once).</summary>
        BindLocal,

        /// <summary>Stores it in a followed member of a followed object (<c>data.Identity = identity</c>).</summary>
        TrackedWrite,

        /// <summary>Calls a method on it (a collection operation, or anything else).</summary>
        MemberCall,

        /// <summary>Passes it to the SDK, where its state is final.</summary>
        Sink,

        /// <summary>Returns it from the body.</summary>
        Returned,

        /// <summary>
        /// Hands it to code the reader does not follow: an argument of any other method or constructor, an element
        /// of an array, collection, tuple or anonymous object, a value stored in a field or in a property of anything
        /// but a followed object, an operand the reader does not understand. From here on it is unknown.
        /// </summary>
        HandOff,
    }

    /// <summary>
    /// The write and hand-off semantics of the C# reader, in one place: what the context of an expression that
    /// stands for a followed object does with that object. Conversions without an operator method, parentheses and
    /// <c>await</c> are seen through. Anything not listed is a hand-off, never a read: an object whose later changes
    /// the reader cannot see is unknown, and what an unknown object lacks is never reported as missing.
    /// </summary>
    internal static class ObjectFlow
    {
        /// <summary>Calls on a followed object that only read it.</summary>
        public static bool IsReadingCall(IInvocationOperation invocation) =>
            invocation.TargetMethod.Name is "ToString" or "GetHashCode" or "Equals" or "GetType" or "ContainsKey"
                or "TryGetValue" or "GetEnumerator" or "Contains";

        /// <summary>The object a call is made on: its instance, or the first argument of an extension method.</summary>
        public static IOperation? Receiver(IInvocationOperation invocation) =>
            invocation.Instance
            ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);

        /// <summary>The arguments of a call after its receiver (an extension method's first argument is the receiver).</summary>
        public static System.Collections.Immutable.ImmutableArray<IArgumentOperation> ArgumentsAfterReceiver(IInvocationOperation invocation) =>
            invocation.Instance is null && invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0
                ? invocation.Arguments.RemoveAt(0)
                : invocation.Arguments;

        /// <param name="reference">The expression that stands for the object.</param>
        /// <param name="symbols">The SDK's symbols (sinks are matched by symbol).</param>
        /// <param name="isFollowedMember">Whether a property reference is a member the reader follows writes to.</param>
        public static ObjectUse UseOf(IOperation reference, SdkSymbols symbols, System.Func<IPropertyReferenceOperation, bool> isFollowedMember)
        {
            var current = reference;
            for (var step = 0; step < 64; step++)
            {
                var parent = current.Parent;
                switch (parent)
                {
                    case IConversionOperation { OperatorMethod: null }:
                    case IParenthesizedOperation:
                    case IAwaitOperation:
                        current = parent;
                        continue;
                    case IVariableInitializerOperation:
                        return ObjectUse.BindLocal;
                    case IAssignmentOperation assignment when assignment.Target == current:
                        return ObjectUse.Read;
                    case ISimpleAssignmentOperation { IsRef: false } assignment:
                        return assignment.Target switch
                        {
                            ILocalReferenceOperation => ObjectUse.BindLocal,
                            IPropertyReferenceOperation property when isFollowedMember(property) => ObjectUse.TrackedWrite,
                            _ => ObjectUse.HandOff,
                        };
                    case ICoalesceAssignmentOperation { Target: IPropertyReferenceOperation property } coalesce
                        when coalesce.Value == current && isFollowedMember(property):
                        return ObjectUse.TrackedWrite;
                    case IPropertyReferenceOperation property when property.Instance == current:
                    case IMemberInitializerOperation member when member.InitializedMember == current:
                        return ObjectUse.Read;
                    case IInvocationOperation invocation when invocation.Instance == current:
                        return ObjectUse.MemberCall;
                    case IArgumentOperation { Parent: IInvocationOperation extension } argument
                        when extension.Instance is null && extension.TargetMethod.IsExtensionMethod && extension.Arguments[0] == argument:
                        return ObjectUse.MemberCall;
                    case IArgumentOperation { Parent: IInvocationOperation call, Parameter.RefKind: RefKind.None }:
                        return symbols.IsSink(call.TargetMethod) ? ObjectUse.Sink : ObjectUse.HandOff;
                    case IReturnOperation { Kind: OperationKind.Return }:
                        return ObjectUse.Returned;
                    case IBinaryOperation:
                    case IIsPatternOperation:
                    case IIsTypeOperation:
                    case IExpressionStatementOperation:
                    case IInterpolationOperation:
                    case INameOfOperation:
                    case IConditionalAccessOperation access when access.Operation == current:
                        return ObjectUse.Read;
                    default:
                        return ObjectUse.HandOff;
                }
            }

            return ObjectUse.HandOff;
        }
    }
}
