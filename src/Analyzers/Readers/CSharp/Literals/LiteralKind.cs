namespace ManagedIdentityAnalyzers.Readers.CSharp.Literals
{
    /// <summary>Where a character of a <see cref="MappedText"/> came from.</summary>
    internal enum LiteralKind
    {
        /// <summary>A regular literal: "...", with backslash escapes.</summary>
        Regular,

        /// <summary>A verbatim literal: @"...", where "" is one quote.</summary>
        Verbatim,

        /// <summary>A raw literal: """...""", single-line or multi-line, without escapes.</summary>
        Raw,

        /// <summary>A text part of $"...": backslash escapes, and {{ and }} for braces.</summary>
        InterpolatedRegular,

        /// <summary>A text part of $@"..." or @$"...": "" for a quote, {{ and }} for braces.</summary>
        InterpolatedVerbatim,

        /// <summary>A text part of $"""...""" or $$"""...""": no escapes; fewer braces than dollars are text.</summary>
        InterpolatedRaw,

        /// <summary>The text of a constant: a constant interpolation hole, a const field or local, another constant expression.</summary>
        Constant,

        /// <summary>An unknown part (a <see cref="Json.JsonTextParser.Hole"/> character): a non-constant hole or operand.</summary>
        Hole,
    }
}
