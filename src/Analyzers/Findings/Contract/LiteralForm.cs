using System;
using System.Globalization;

namespace ManagedIdentityAnalyzers.Findings.Contract
{
    /// <summary>The kinds of C# string literal text a fix can write into.</summary>
    public enum LiteralFormKind
    {
        /// <summary>"...": backslash escapes.</summary>
        Regular,

        /// <summary>@"...": "" for a quote.</summary>
        Verbatim,

        /// <summary>"""...""": no escapes.</summary>
        Raw,

        /// <summary>A text part of $"...": backslash escapes, {{ and }} for braces.</summary>
        InterpolatedRegular,

        /// <summary>A text part of $@"...": "" for a quote, {{ and }} for braces.</summary>
        InterpolatedVerbatim,

        /// <summary>A text part of $"""...""" or $$"""...""": no escapes; fewer braces than dollars are text.</summary>
        InterpolatedRaw,

        /// <summary>
        /// Not inside a literal: the span is a whole C# string expression (a reference to a constant), and the text is
        /// written as a new regular literal in its place.
        /// </summary>
        NewLiteral,
    }

    /// <summary>How the literal that holds an edited JSON token is written: what the editor needs to re-encode new text for it.</summary>
    internal readonly struct LiteralForm : IEquatable<LiteralForm>
    {
        /// <summary>A new regular literal in place of a whole expression (<see cref="LiteralFormKind.NewLiteral"/>).</summary>
        public static readonly LiteralForm NewLiteral = new LiteralForm(LiteralFormKind.NewLiteral, 0, 1, false);

        public LiteralForm(LiteralFormKind kind, int dollarCount, int quoteCount, bool isMultiLine)
        {
            Kind = kind;
            DollarCount = dollarCount;
            QuoteCount = quoteCount;
            IsMultiLine = isMultiLine;
        }

        public LiteralFormKind Kind { get; }

        /// <summary>The number of '$' of an interpolated string (0 when not interpolated).</summary>
        public int DollarCount { get; }

        /// <summary>The number of quotes of the delimiter: 3 or more for raw literals, 1 for the others.</summary>
        public int QuoteCount { get; }

        /// <summary>True for a multi-line raw literal.</summary>
        public bool IsMultiLine { get; }

        /// <summary>Whether the literal's source may hold a real line break inside the text.</summary>
        public bool SpansLines =>
            Kind is LiteralFormKind.Verbatim or LiteralFormKind.InterpolatedVerbatim
            || (Kind is LiteralFormKind.Raw or LiteralFormKind.InterpolatedRaw && IsMultiLine);

        public bool Equals(LiteralForm other) =>
            Kind == other.Kind && DollarCount == other.DollarCount && QuoteCount == other.QuoteCount && IsMultiLine == other.IsMultiLine;

        public override bool Equals(object? obj) => obj is LiteralForm other && Equals(other);

        public override int GetHashCode() => ((((int)Kind * 31) + DollarCount) * 31 + QuoteCount) * 2 + (IsMultiLine ? 1 : 0);

        /// <summary><c>kind,dollars,quotes,multiline</c>.</summary>
        public override string ToString() => string.Join(
            ",",
            ((int)Kind).ToString(CultureInfo.InvariantCulture),
            DollarCount.ToString(CultureInfo.InvariantCulture),
            QuoteCount.ToString(CultureInfo.InvariantCulture),
            IsMultiLine ? "1" : "0");

        public static bool TryParse(string? value, out LiteralForm form)
        {
            form = default;
            var parts = value?.Split(',');
            if (parts is not { Length: 4 }
                || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kind)
                || kind > (int)LiteralFormKind.NewLiteral
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var dollars)
                || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var quotes)
                || (parts[3] != "0" && parts[3] != "1"))
            {
                return false;
            }

            form = new LiteralForm((LiteralFormKind)kind, dollars, quotes, parts[3] == "1");
            return true;
        }
    }
}
