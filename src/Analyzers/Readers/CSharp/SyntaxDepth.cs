using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace ManagedIdentityAnalyzers.Readers.CSharp
{
    /// <summary>
    /// Roslyn builds <c>IOperation</c> trees recursively, without the stack guard its binder has: asking for the
    /// operation of a body whose expressions nest a few thousand levels deep (2,000 nested object initializers)
    /// overflows the stack, which kills the compiler or the IDE. A body nested deeper than <see cref="Max"/> syntax
    /// levels is therefore not read (what it holds is unknown); no hand-written infrastructure code comes near it.
    /// </summary>
    internal static class SyntaxDepth
    {
        public const int Max = 1_000;

        /// <summary>Whether some node under <paramref name="node"/> is more than <see cref="Max"/> levels below it (iterative).</summary>
        public static bool Exceeds(SyntaxNode node, CancellationToken cancellationToken)
        {
            var pending = new Stack<(SyntaxNode Node, int Depth)>();
            pending.Push((node, 0));
            var visited = 0;
            while (pending.Count > 0)
            {
                if ((++visited & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var (current, depth) = pending.Pop();
                if (depth > Max)
                {
                    return true;
                }

                foreach (var child in current.ChildNodesAndTokens())
                {
                    if (child.AsNode() is { } childNode)
                    {
                        pending.Push((childNode, depth + 1));
                    }
                }
            }

            return false;
        }
    }
}
