using System;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Tests.Verification;

/// <summary>
/// An expected diagnostic given explicitly (in addition to markup). Immutable; build it fluently:
/// <code>
/// new DiagnosticResult("MI0001").WithSpan(3, 17, 3, 22).WithSeverity(DiagnosticSeverity.Warning).WithMessage("...")
/// new DiagnosticResult("MI0002").WithSpan("workflow.json", 4, 9, 4, 20)
/// new DiagnosticResult("MI0003").WithLocation(0)          // the span marked {|#0:...|} in any document
/// new DiagnosticResult("MI0004")                          // no location: expects a diagnostic with Location.None
/// </code>
/// Lines and columns are 1-based. A relative path is taken relative to <c>/0/</c>; no path means the main document
/// <c>/0/Test0.cs</c>. Severity and message are compared only when given (message with the invariant culture).
/// </summary>
public sealed record DiagnosticResult
{
    public DiagnosticResult(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        Id = id;
    }

    public DiagnosticResult(DiagnosticDescriptor descriptor)
        : this(descriptor?.Id ?? throw new ArgumentNullException(nameof(descriptor)))
    {
    }

    public string Id { get; init; }

    /// <summary>File of the location; null = main document (when a location is given).</summary>
    public string? Path { get; init; }

    /// <summary>Exact span (alternative to line/column).</summary>
    public TextSpan? Span { get; init; }

    /// <summary>1-based start (line, column).</summary>
    public (int Line, int Column)? Start { get; init; }

    /// <summary>1-based end (line, column); null with <see cref="Start"/> set = only the start is compared.</summary>
    public (int Line, int Column)? End { get; init; }

    /// <summary>Number N of a <c>{|#N:...|}</c> location marker.</summary>
    public int? MarkupLocation { get; init; }

    public DiagnosticSeverity? Severity { get; init; }

    public string? Message { get; init; }

    public bool HasLocation => Span is not null || Start is not null || MarkupLocation is not null;

    public DiagnosticResult WithSpan(int startLine, int startColumn, int endLine, int endColumn)
        => this with { Start = (startLine, startColumn), End = (endLine, endColumn), Span = null, MarkupLocation = null };

    public DiagnosticResult WithSpan(string path, int startLine, int startColumn, int endLine, int endColumn)
        => WithSpan(startLine, startColumn, endLine, endColumn) with { Path = path };

    public DiagnosticResult WithSpan(TextSpan span)
        => this with { Span = span, Start = null, End = null, MarkupLocation = null };

    public DiagnosticResult WithSpan(string path, TextSpan span)
        => WithSpan(span) with { Path = path };

    /// <summary>Only the start position is compared.</summary>
    public DiagnosticResult WithLocation(int line, int column)
        => this with { Start = (line, column), End = null, Span = null, MarkupLocation = null };

    public DiagnosticResult WithLocation(string path, int line, int column)
        => WithLocation(line, column) with { Path = path };

    /// <summary>The span marked <c>{|#N:...|}</c> (in whichever document holds it).</summary>
    public DiagnosticResult WithLocation(int markupLocation)
        => this with { MarkupLocation = markupLocation, Span = null, Start = null, End = null, Path = null };

    public DiagnosticResult WithSeverity(DiagnosticSeverity severity) => this with { Severity = severity };

    public DiagnosticResult WithMessage(string message) => this with { Message = message };

    /// <summary>Message built from the descriptor's format with the invariant culture.</summary>
    public DiagnosticResult WithMessageFormat(DiagnosticDescriptor descriptor, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        string format = descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
        return WithMessage(string.Format(CultureInfo.InvariantCulture, format, arguments));
    }

    public override string ToString()
    {
        var builder = new StringBuilder(Id);
        if (Severity is { } severity)
        {
            builder.Append(' ').Append(severity.ToString().ToLowerInvariant());
        }

        if (MarkupLocation is { } marker)
        {
            builder.Append(" {|#").Append(marker).Append(":|}");
        }
        else if (Span is { } span)
        {
            builder.Append(' ').Append(Path ?? AnalyzerTest.MainDocumentPath).Append(' ').Append(span);
        }
        else if (Start is { } start)
        {
            builder.Append(' ').Append(Path ?? AnalyzerTest.MainDocumentPath).Append('(').Append(start.Line).Append(',').Append(start.Column).Append(')');
            if (End is { } end)
            {
                builder.Append("-(").Append(end.Line).Append(',').Append(end.Column).Append(')');
            }
        }
        else
        {
            builder.Append(" (no location)");
        }

        if (Message is not null)
        {
            builder.Append(": ").Append(Message);
        }

        return builder.ToString();
    }
}
