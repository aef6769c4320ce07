using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Model.Json;

namespace ManagedIdentityAnalyzers.Readers.Templates
{
    /// <summary>
    /// A template's JSON as deploying it makes it: every string that is an ARM expression replaced by its value
    /// (<see cref="ArmExpressions"/>), the rest as written. An evaluated value is located at the literal it comes from
    /// when the expression only names one (a variable, a parameter's default), else at the expression, which no fix
    /// rewrites (<see cref="ComputedValueNode"/>). Member names are kept as written. Iterative: deep JSON cannot
    /// overflow the stack; unchanged subtrees are shared.
    /// </summary>
    internal static class ArmTree
    {
        public static JValue Evaluate(JValue value, ArmExpressions expressions, CancellationToken cancellationToken)
        {
            if (value is not (JObject or JArray))
            {
                return EvaluateScalar(value, expressions);
            }

            var stack = new Stack<Frame>();
            stack.Push(new Frame(value));
            JValue? result = null;
            var steps = 0;
            while (stack.Count > 0)
            {
                if ((++steps & 0xFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var frame = stack.Peek();
                if (frame.Next < frame.Count)
                {
                    var child = frame.Child(frame.Next);
                    if (child is JObject or JArray)
                    {
                        stack.Push(new Frame(child));
                        continue;
                    }

                    frame.Add(EvaluateScalar(child, expressions));
                    continue;
                }

                stack.Pop();
                var built = frame.Build();
                if (stack.Count == 0)
                {
                    result = built;
                }
                else
                {
                    stack.Peek().Add(built);
                }
            }

            return result!;
        }

        private static JValue EvaluateScalar(JValue value, ArmExpressions expressions)
        {
            if (value is not JString { KnownText: string text } written
                || !(ArmExpressions.IsExpression(text) || ArmExpressions.IsEscapedLiteral(text)))
            {
                return value;
            }

            var evaluated = expressions.ValueOf(written);
            SourceRef source = evaluated.Literal is { } literal
                ? literal.Source
                : ArmExpressions.IsEscapedLiteral(text) ? written.Source : new ComputedValueNode(written.Source);
            return new JString(source, evaluated.Text);
        }

        /// <summary>An object or array being rebuilt: its children, read one by one.</summary>
        private sealed class Frame
        {
            private readonly JValue original;
            private readonly List<JValue> children = new List<JValue>();
            private bool changed;

            public Frame(JValue original)
            {
                this.original = original;
                Count = original is JObject obj ? obj.Members.Length : ((JArray)original).Items.Length;
            }

            public int Count { get; }

            public int Next => children.Count;

            public JValue Child(int index) =>
                original is JObject obj ? obj.Members[index].Value : ((JArray)original).Items[index];

            public void Add(JValue value)
            {
                changed |= !ReferenceEquals(value, Child(children.Count));
                children.Add(value);
            }

            public JValue Build()
            {
                if (!changed)
                {
                    return original;
                }

                if (original is JObject obj)
                {
                    var members = ImmutableArray.CreateBuilder<JMember>(obj.Members.Length);
                    for (var i = 0; i < obj.Members.Length; i++)
                    {
                        var member = obj.Members[i];
                        members.Add(ReferenceEquals(member.Value, children[i])
                            ? member
                            : new JMember(member.Name, member.NameSource, children[i], member.MemberSource));
                    }

                    return new JObject(obj.Source, members.MoveToImmutable(), obj.IsComplete);
                }

                var array = (JArray)original;
                return new JArray(array.Source, ImmutableArray.CreateRange(children), array.IsComplete);
            }
        }
    }
}
