using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Tests.Verification;

/// <summary>One document of a test state: a C# document or an additional (non-C#) file, parsed from markup.</summary>
internal sealed record TestFile(string Path, string Name, ParsedMarkup Parsed, bool IsCSharp)
{
    public string Text => Parsed.Text;

    public static TestFile Create(string path, string markup, bool isCSharp)
    {
        string fullPath = TestPaths.Normalize(path);
        ParsedMarkup parsed;
        try
        {
            parsed = TestMarkup.Parse(markup ?? throw new VerificationException($"The markup of '{fullPath}' is null."));
        }
        catch (VerificationException e)
        {
            throw new VerificationException($"{fullPath}: {e.Message}");
        }

        return new TestFile(fullPath, System.IO.Path.GetFileName(fullPath), parsed, isCSharp);
    }
}

/// <summary>The text of one document of a project as it is now (after fixes, for instance).</summary>
internal sealed record FileSnapshot(string Path, string Text, bool IsCSharp);

internal static class TestPaths
{
    public const string Directory = "/0/";

    /// <summary>A relative name is put under <c>/0/</c>; a rooted path is kept.</summary>
    public static string Normalize(string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            throw new VerificationException("A test document has an empty name or path.");
        }

        path = path.Replace('\\', '/');
        return path.StartsWith('/') || System.IO.Path.IsPathRooted(path) ? path : Directory + path;
    }
}

/// <summary>An expectation with its location resolved to a path and a span of the clean text.</summary>
internal sealed record ExpectedDiagnostic(
    string Id,
    string? Path,
    TextSpan? Span,
    bool StartOnly,
    LinePositionSpan? LineSpan,
    DiagnosticSeverity? Severity,
    string? Message)
{
    public bool IsSpecific => Severity is not null || Message is not null;

    public bool Matches(ActualDiagnostic actual)
    {
        if (!string.Equals(Id, actual.Id, StringComparison.Ordinal) || !string.Equals(Path, actual.Path, StringComparison.Ordinal))
        {
            return false;
        }

        if (Span is { } span)
        {
            if (actual.Span is not { } actualSpan)
            {
                return false;
            }

            if (StartOnly ? actualSpan.Start != span.Start : actualSpan != span)
            {
                return false;
            }
        }
        else if (actual.Span is not null)
        {
            return false;
        }

        return (Severity is null || Severity == actual.Severity)
            && (Message is null || string.Equals(Message, actual.Message, StringComparison.Ordinal));
    }

    public override string ToString()
    {
        var builder = new StringBuilder(Id);
        if (Severity is { } severity)
        {
            builder.Append(' ').Append(DiagnosticText.Severity(severity));
        }

        builder.Append(' ');
        if (Path is null)
        {
            builder.Append("(no location)");
        }
        else
        {
            builder.Append(Path);
            if (LineSpan is { } lineSpan)
            {
                builder.Append(StartOnly ? DiagnosticText.Position(lineSpan.Start) : DiagnosticText.Positions(lineSpan));
            }
            else if (Span is { } span)
            {
                builder.Append(span);
            }
        }

        if (Message is not null)
        {
            builder.Append(": ").Append(Message);
        }

        return builder.ToString();
    }
}

/// <summary>A reported diagnostic reduced to what is compared.</summary>
internal sealed record ActualDiagnostic(
    Diagnostic Diagnostic,
    string Id,
    string? Path,
    TextSpan? Span,
    LinePositionSpan? LineSpan,
    DiagnosticSeverity Severity,
    string Message)
{
    public static ActualDiagnostic From(Diagnostic diagnostic)
    {
        Location location = diagnostic.Location;
        string? path = null;
        TextSpan? span = null;
        LinePositionSpan? lineSpan = null;
        if (location.IsInSource || location.Kind == LocationKind.ExternalFile)
        {
            FileLinePositionSpan fileLineSpan = location.GetLineSpan();
            path = location.IsInSource ? location.SourceTree!.FilePath : fileLineSpan.Path;
            span = location.SourceSpan;
            lineSpan = fileLineSpan.Span;
        }

        return new ActualDiagnostic(
            diagnostic,
            diagnostic.Id,
            path,
            span,
            lineSpan,
            diagnostic.Severity,
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    /// <summary>Identity used to detect "no progress" and loops in the fix loop.</summary>
    public string Key => $"{Id}|{Path}|{Span}|{Message}";

    public override string ToString()
    {
        var builder = new StringBuilder(Id).Append(' ').Append(DiagnosticText.Severity(Severity)).Append(' ');
        if (Path is null)
        {
            builder.Append("(no location)");
        }
        else
        {
            builder.Append(Path);
            if (LineSpan is { } lineSpan)
            {
                builder.Append(DiagnosticText.Positions(lineSpan));
            }
        }

        return builder.Append(": ").Append(Message).ToString();
    }
}

internal static class DiagnosticText
{
    public static string Severity(DiagnosticSeverity severity) => severity.ToString().ToLowerInvariant();

    public static string Position(LinePosition position)
        => $"({position.Line + 1},{position.Character + 1})";

    public static string Positions(LinePositionSpan span) => Position(span.Start) + "-" + Position(span.End);

    public static string List<T>(IReadOnlyCollection<T> items)
        => items.Count == 0 ? "  (none)" : string.Join(Environment.NewLine, items.Select(i => "  " + i));

    /// <summary>
    /// The files that carry any of <paramref name="actual"/> (or that <paramref name="alsoShow"/> names), with the actual
    /// diagnostics written in as <c>{|ID:...|}</c> markup, ready to paste into a test.
    /// </summary>
    public static string AnnotatedFiles(
        IReadOnlyList<FileSnapshot> files,
        IReadOnlyCollection<ActualDiagnostic> actual,
        IEnumerable<string?> alsoShow)
    {
        var shown = new HashSet<string>(actual.Where(a => a.Path is not null).Select(a => a.Path!), StringComparer.Ordinal);
        shown.UnionWith(alsoShow.Where(p => p is not null).Select(p => p!));
        var builder = new StringBuilder();
        foreach (FileSnapshot file in files.Where(f => shown.Contains(f.Path)))
        {
            var spans = actual
                .Where(a => a.Path == file.Path && a.Span is not null)
                .Select(a => (a.Id, a.Span!.Value))
                .ToList();
            builder.Append("=== ").Append(file.Path).AppendLine(" ===");
            builder.AppendLine(TestMarkup.Annotate(file.Text, spans));
        }

        return builder.Length == 0 ? "  (no file has a diagnostic)" + Environment.NewLine : builder.ToString();
    }
}
