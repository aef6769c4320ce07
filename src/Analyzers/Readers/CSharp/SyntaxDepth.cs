using System;
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

        /// <summary>The open levels of the walk, one per thread: the check runs for every body that is read.</summary>
        [ThreadStatic]
        private static ChildSyntaxList.Enumerator[]? levels;

        /// <summary>
        /// Whether some node under <paramref name="node"/> is more than <see cref="Max"/> levels below it. A depth-first
        /// walk that keeps one child enumerator per open level (no recursion, nothing allocated per node) and stops at
        /// the first level past <see cref="Max"/>.
        /// </summary>
        public static bool Exceeds(SyntaxNode node, CancellationToken cancellationToken)
        {
            var open = levels ??= new ChildSyntaxList.Enumerator[Max + 1];
            var depth = 0;
            open[0] = node.ChildNodesAndTokens().GetEnumerator();
            var visited = 0;
            try
            {
                while (depth >= 0)
                {
                    if (!open[depth].MoveNext())
                    {
                        open[depth] = default;
                        depth--;
                        continue;
                    }

                    if (open[depth].Current.AsNode() is not { } child)
                    {
                        continue;
                    }

                    if ((++visited & 0xFFF) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    // The child is depth + 1 levels below the node.
                    if (depth + 1 > Max)
                    {
                        return true;
                    }

                    open[++depth] = child.ChildNodesAndTokens().GetEnumerator();
                }

                return false;
            }
            finally
            {
                // The enumerators hold nodes of this tree: do not keep the tree alive through the thread.
                Array.Clear(open, 0, Math.Min(open.Length, depth + 1));
            }
        }
    }
}
