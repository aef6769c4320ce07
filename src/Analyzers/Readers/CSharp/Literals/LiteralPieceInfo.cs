using System;

namespace ManagedIdentityAnalyzers.Readers.CSharp.Literals
{
    /// <summary>The kind of one literal piece of a <see cref="MappedText"/>, with what an encoder needs to write into it.</summary>
    internal readonly struct LiteralPieceInfo : IEquatable<LiteralPieceInfo>
    {
        public LiteralPieceInfo(LiteralKind kind, int dollarCount, int quoteCount, bool isMultiLine)
        {
            Kind = kind;
            DollarCount = dollarCount;
            QuoteCount = quoteCount;
            IsMultiLine = isMultiLine;
        }

        public static LiteralPieceInfo Regular => new LiteralPieceInfo(LiteralKind.Regular, 0, 1, false);

        public static LiteralPieceInfo Verbatim => new LiteralPieceInfo(LiteralKind.Verbatim, 0, 1, false);

        public static LiteralPieceInfo InterpolatedRegular => new LiteralPieceInfo(LiteralKind.InterpolatedRegular, 1, 1, false);

        public static LiteralPieceInfo InterpolatedVerbatim => new LiteralPieceInfo(LiteralKind.InterpolatedVerbatim, 1, 1, false);

        public static LiteralPieceInfo Constant => new LiteralPieceInfo(LiteralKind.Constant, 0, 0, false);

        public static LiteralPieceInfo Hole => new LiteralPieceInfo(LiteralKind.Hole, 0, 0, false);

        public LiteralKind Kind { get; }

        /// <summary>The number of '$' of an interpolated string (0 when not interpolated).</summary>
        public int DollarCount { get; }

        /// <summary>The number of quotes of the delimiter: 3 or more for raw literals, 1 for the others, 0 for constants and holes.</summary>
        public int QuoteCount { get; }

        /// <summary>True for a multi-line raw literal (its content lines lose the closing delimiter's indentation).</summary>
        public bool IsMultiLine { get; }

        /// <summary>True for literal text that a fix can rewrite (not a constant, not a hole).</summary>
        public bool IsLiteral => Kind != LiteralKind.Constant && Kind != LiteralKind.Hole;

        public static LiteralPieceInfo Raw(int quoteCount, bool isMultiLine) =>
            new LiteralPieceInfo(LiteralKind.Raw, 0, quoteCount, isMultiLine);

        public static LiteralPieceInfo InterpolatedRaw(int dollarCount, int quoteCount, bool isMultiLine) =>
            new LiteralPieceInfo(LiteralKind.InterpolatedRaw, dollarCount, quoteCount, isMultiLine);

        public bool Equals(LiteralPieceInfo other) =>
            Kind == other.Kind && DollarCount == other.DollarCount && QuoteCount == other.QuoteCount && IsMultiLine == other.IsMultiLine;

        public override bool Equals(object? obj) => obj is LiteralPieceInfo other && Equals(other);

        public override int GetHashCode() => ((((int)Kind * 31) + DollarCount) * 31 + QuoteCount) * 2 + (IsMultiLine ? 1 : 0);

        public override string ToString() =>
            Kind + (DollarCount > 0 ? " $" + DollarCount : string.Empty) + (QuoteCount > 1 ? " \"" + QuoteCount : string.Empty)
            + (IsMultiLine ? " multi-line" : string.Empty);
    }
}
