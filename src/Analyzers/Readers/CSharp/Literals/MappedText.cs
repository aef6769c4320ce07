using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Readers.CSharp.Literals
{
    /// <summary>
    /// The text of a C# string-valued expression (unknown parts are <see cref="Json.JsonTextParser.Hole"/>
    /// characters), with where each character came from: a character of a literal maps to its source characters
    /// (an escape, a doubled quote or brace maps to all of them; raw-string indentation is skipped); the text of a
    /// constant reference or constant interpolation hole, and each hole character, map to that whole expression.
    /// The text is made of pieces: one per literal (one per text part of an interpolated string), per constant and
    /// per hole.
    /// </summary>
    internal sealed class MappedText
    {
        private readonly Run[] runs;
        private readonly Piece[] pieces;

        private MappedText(string text, SyntaxNode syntax, Run[] runs, Piece[] pieces)
        {
            Text = text;
            Syntax = syntax;
            this.runs = runs;
            this.pieces = pieces;
        }

        /// <summary>The decoded text, with a hole character for each unknown part.</summary>
        public string Text { get; }

        /// <summary>The expression that was read.</summary>
        public SyntaxNode Syntax { get; }

        /// <summary>
        /// The source of a span of <see cref="Text"/>. Within one literal piece: exactly the source characters of the
        /// span's first to last character. Within one constant or hole: that expression's span. Across pieces: the
        /// union of the source of the characters (see <see cref="IsEditable"/>). An empty span maps to the source
        /// position of its offset. False when the span is out of range or crosses syntax trees.
        /// </summary>
        public bool TryMapSpan(TextSpan textSpan, out SyntaxTree tree, out TextSpan sourceSpan)
        {
            tree = null!;
            sourceSpan = default;
            if (textSpan.End > Text.Length || Text.Length == 0)
            {
                return false;
            }

            if (textSpan.IsEmpty)
            {
                var at = textSpan.Start < Text.Length ? textSpan.Start : Text.Length - 1;
                var runIndex = FindRun(at);
                var position = textSpan.Start < Text.Length ? CharSourceStart(runIndex, at) : CharSourceEnd(runIndex, at);
                tree = pieces[runs[runIndex].Piece].Syntax.SyntaxTree;
                sourceSpan = new TextSpan(position, 0);
                return true;
            }

            var first = FindRun(textSpan.Start);
            var last = FindRun(textSpan.End - 1);
            tree = pieces[runs[first].Piece].Syntax.SyntaxTree;
            if (runs[first].Piece == runs[last].Piece)
            {
                sourceSpan = TextSpan.FromBounds(CharSourceStart(first, textSpan.Start), CharSourceEnd(last, textSpan.End - 1));
                return true;
            }

            var start = int.MaxValue;
            var end = int.MinValue;
            for (var i = first; i <= last; i++)
            {
                var run = runs[i];
                if (pieces[run.Piece].Syntax.SyntaxTree != tree)
                {
                    tree = null!;
                    return false;
                }

                var from = Math.Max(run.TextStart, textSpan.Start);
                var to = Math.Min(run.TextEnd, textSpan.End) - 1;
                start = Math.Min(start, CharSourceStart(i, from));
                end = Math.Max(end, CharSourceEnd(i, to));
            }

            sourceSpan = TextSpan.FromBounds(start, end);
            return true;
        }

        /// <summary>
        /// True when the span lies entirely in one literal piece (not a constant, not a hole, not across pieces), so a
        /// fix can replace the source characters <see cref="TryMapSpan"/> gives with the new text encoded for
        /// the literal.
        /// </summary>
        public bool IsEditable(TextSpan textSpan)
        {
            if (textSpan.End > Text.Length || Text.Length == 0)
            {
                return false;
            }

            if (textSpan.IsEmpty)
            {
                var at = textSpan.Start < Text.Length ? textSpan.Start : Text.Length - 1;
                return pieces[runs[FindRun(at)].Piece].Info.IsLiteral;
            }

            var first = runs[FindRun(textSpan.Start)].Piece;
            var last = runs[FindRun(textSpan.End - 1)].Piece;
            return first == last && pieces[first].Info.IsLiteral;
        }

        /// <summary>The kind of the piece the character at <paramref name="textOffset"/> came from.</summary>
        public LiteralKind KindAt(int textOffset) => PieceAt(textOffset).Info.Kind;

        /// <summary>The kind, '$' count and delimiter quote count of the piece of the character at <paramref name="textOffset"/>.</summary>
        public LiteralPieceInfo PieceInfoAt(int textOffset) => PieceAt(textOffset).Info;

        /// <summary>
        /// The syntax the character at <paramref name="textOffset"/> came from: the literal expression, the
        /// interpolated string expression (for its text parts), the interpolation (for a hole's text or a hole
        /// character), or the expression of a constant reference or non-constant operand.
        /// </summary>
        public SyntaxNode LiteralAt(int textOffset) => PieceAt(textOffset).Syntax;

        /// <summary>The span of <see cref="Text"/> covered by the piece of the character at <paramref name="textOffset"/>.</summary>
        public TextSpan PieceSpanAt(int textOffset)
        {
            var piece = PieceAt(textOffset);
            return TextSpan.FromBounds(piece.TextStart, piece.TextEnd);
        }

        private Piece PieceAt(int textOffset)
        {
            if (textOffset < 0 || textOffset >= Text.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(textOffset));
            }

            return pieces[runs[FindRun(textOffset)].Piece];
        }

        private int FindRun(int textOffset)
        {
            var low = 0;
            var high = runs.Length - 1;
            while (low < high)
            {
                var middle = low + ((high - low + 1) / 2);
                if (runs[middle].TextStart <= textOffset)
                {
                    low = middle;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return low;
        }

        private int CharSourceStart(int runIndex, int textOffset)
        {
            var run = runs[runIndex];
            return run.IsLinear ? run.SourceStart + (textOffset - run.TextStart) : run.SourceStart;
        }

        private int CharSourceEnd(int runIndex, int textOffset)
        {
            var run = runs[runIndex];
            return run.IsLinear ? run.SourceStart + (textOffset - run.TextStart) + 1 : run.SourceEnd;
        }

        /// <summary>
        /// Consecutive characters of one piece: linear (character i maps to the one source character at
        /// SourceStart + i) or atomic (every character maps to the whole source span: an escape, a constant, a hole).
        /// </summary>
        private readonly struct Run
        {
            public Run(int textStart, int textEnd, int sourceStart, int sourceEnd, bool isLinear, int piece)
            {
                TextStart = textStart;
                TextEnd = textEnd;
                SourceStart = sourceStart;
                SourceEnd = sourceEnd;
                IsLinear = isLinear;
                Piece = piece;
            }

            public int TextStart { get; }

            public int TextEnd { get; }

            public int SourceStart { get; }

            public int SourceEnd { get; }

            public bool IsLinear { get; }

            public int Piece { get; }
        }

        private sealed class Piece
        {
            public Piece(LiteralPieceInfo info, SyntaxNode syntax, int textStart)
            {
                Info = info;
                Syntax = syntax;
                TextStart = textStart;
                TextEnd = textStart;
            }

            public LiteralPieceInfo Info { get; }

            public SyntaxNode Syntax { get; }

            public int TextStart { get; }

            public int TextEnd { get; set; }
        }

        /// <summary>Accumulates text and map; size-capped; can roll back to a mark when a piece turns out unreadable.</summary>
        internal sealed class Builder
        {
            private readonly StringBuilder text = new StringBuilder();
            private readonly List<Run> runs = new List<Run>();
            private readonly List<Piece> pieces = new List<Piece>();
            private readonly int maxLength;
            private int current = -1;

            public Builder(int maxLength)
            {
                this.maxLength = maxLength;
            }

            /// <summary>Set when the text grew beyond the cap; the result is then unusable.</summary>
            public bool Overflowed { get; private set; }

            public int Length => text.Length;

            /// <summary>True once a literal or constant piece was read (even an empty one).</summary>
            public bool HasKnownPiece { get; private set; }

            public (int Text, int Runs, int Pieces, bool Known) Mark() => (text.Length, runs.Count, pieces.Count, HasKnownPiece);

            public void Rollback((int Text, int Runs, int Pieces, bool Known) mark)
            {
                text.Length = mark.Text;
                runs.RemoveRange(mark.Runs, runs.Count - mark.Runs);
                pieces.RemoveRange(mark.Pieces, pieces.Count - mark.Pieces);
                HasKnownPiece = mark.Known;
                current = -1;
            }

            public string TextFrom(int start) => text.ToString(start, text.Length - start);

            public void BeginPiece(LiteralPieceInfo info, SyntaxNode syntax)
            {
                EndPiece();
                pieces.Add(new Piece(info, syntax, text.Length));
                current = pieces.Count - 1;
                if (info.Kind != LiteralKind.Hole)
                {
                    HasKnownPiece = true;
                }
            }

            public void EndPiece()
            {
                if (current >= 0)
                {
                    pieces[current].TextEnd = text.Length;
                    current = -1;
                }
            }

            /// <summary>Appends source characters that are their own text.</summary>
            public void AppendLinear(string source, int index, int count, int sourceStart)
            {
                if (count <= 0 || !Reserve(count))
                {
                    return;
                }

                var textStart = text.Length;
                text.Append(source, index, count);
                if (runs.Count > 0)
                {
                    var previous = runs[runs.Count - 1];
                    if (previous.IsLinear && previous.Piece == current && previous.TextEnd == textStart && previous.SourceEnd == sourceStart)
                    {
                        runs[runs.Count - 1] = new Run(previous.TextStart, text.Length, previous.SourceStart, sourceStart + count, true, current);
                        return;
                    }
                }

                runs.Add(new Run(textStart, text.Length, sourceStart, sourceStart + count, true, current));
            }

            /// <summary>Appends one character that stands for the source span (an escape sequence).</summary>
            public void AppendAtomic(char value, int sourceStart, int sourceEnd)
            {
                if (!Reserve(1))
                {
                    return;
                }

                text.Append(value);
                runs.Add(new Run(text.Length - 1, text.Length, sourceStart, sourceEnd, false, current));
            }

            /// <summary>Appends text that stands for the source span as a whole (a constant, an escape of two UTF-16 chars).</summary>
            public void AppendAtomic(string value, int sourceStart, int sourceEnd)
            {
                if (value.Length == 0 || !Reserve(value.Length))
                {
                    return;
                }

                var textStart = text.Length;
                text.Append(value);
                runs.Add(new Run(textStart, text.Length, sourceStart, sourceEnd, false, current));
            }

            public MappedText ToMappedText(SyntaxNode syntax)
            {
                EndPiece();
                return new MappedText(text.ToString(), syntax, runs.ToArray(), pieces.ToArray());
            }

            private bool Reserve(int count)
            {
                if (Overflowed || text.Length + count > maxLength)
                {
                    Overflowed = true;
                    return false;
                }

                return true;
            }
        }
    }
}
