using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Findings.Contract
{
    /// <summary>
    /// Writes a <see cref="FixContract"/> into <c>Diagnostic.Properties</c> (strings only) and reads it back. Keys:
    /// <c>mia.contract</c> (the format version), <c>mia.key</c>, <c>mia.ordinal</c> (<c>index/count</c>),
    /// <c>mia.document</c> (a <see cref="TextStamp"/>), <c>mia.target.N</c> (one line of '|'-separated fields per node:
    /// editor, span, stamp, token span, token literal, token stamp, removal span, removal stamp, insertion position,
    /// insertion literal, separator, indentation, content span, content literal, content stamp), <c>mia.fix.count</c>, and per fix <c>mia.fix.I.key</c>,
    /// <c>mia.fix.I.title</c>, <c>mia.fix.I.edits</c> (one edit per line: kind, target, value kind, name, value).
    /// Strings are percent-escaped for '%', '|', ',', line breaks; '-' stands for null. The reference form
    /// (<see cref="FixContract.IsReference"/>) has the first three keys only. Decoding never throws: a malformed or
    /// foreign property set decodes to null, and the fixer offers nothing.
    /// </summary>
    internal static class FixContractCodec
    {
        public const string Version = "1";

        private const string VersionKey = "mia.contract";
        private const string KeyKey = "mia.key";
        private const string OrdinalKey = "mia.ordinal";
        private const string DocumentKey = "mia.document";
        private const string TargetPrefix = "mia.target.";
        private const string FixCountKey = "mia.fix.count";
        private const string FixPrefix = "mia.fix.";
        private const string Null = "-";

        private const string CSharpSyntaxName = "cs.syntax";
        private const string JsonInLiteralName = "json.literal";
        private const string JsonFileName = "json.file";
        private const string NoEditorName = "none";

        public static ImmutableDictionary<string, string?> Encode(FixContract contract)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
            builder[VersionKey] = Version;
            builder[KeyKey] = contract.Key;
            builder[OrdinalKey] = Number(contract.Ordinal) + "/" + Number(contract.Count);
            builder[DocumentKey] = contract.Document.ToString();
            for (var i = 0; i < contract.Targets.Length; i++)
            {
                builder[TargetPrefix + Number(i)] = EncodeTarget(contract.Targets[i]);
            }

            builder[FixCountKey] = Number(contract.Plans.Length);
            for (var i = 0; i < contract.Plans.Length; i++)
            {
                var plan = contract.Plans[i];
                var prefix = FixPrefix + Number(i) + ".";
                builder[prefix + "key"] = plan.EquivalenceKey;
                builder[prefix + "title"] = plan.Title;
                var edits = new string[plan.Edits.Length];
                for (var e = 0; e < edits.Length; e++)
                {
                    var edit = plan.Edits[e];
                    edits[e] = Join(edit.Kind.ToString(), Number(edit.Target), edit.ValueKind.ToString(), Escape(edit.Name), Escape(edit.Value));
                }

                builder[prefix + "edits"] = string.Join("\n", edits);
            }

            return builder.ToImmutable();
        }

        /// <summary>The reference form of a contract (<see cref="FixContract.Reference"/>): version, key and place.</summary>
        public static ImmutableDictionary<string, string?> EncodeReference(string key, int ordinal, int count) =>
            ImmutableDictionary.CreateRange(
                StringComparer.Ordinal,
                new[]
                {
                    new KeyValuePair<string, string?>(VersionKey, Version),
                    new KeyValuePair<string, string?>(KeyKey, key),
                    new KeyValuePair<string, string?>(OrdinalKey, Number(ordinal) + "/" + Number(count)),
                });

        /// <summary>The contract a diagnostic carries; null when it carries none, or one this version cannot read.</summary>
        public static FixContract? Decode(Diagnostic diagnostic) => Decode(diagnostic.Id, diagnostic.Properties);

        public static FixContract? Decode(string ruleId, ImmutableDictionary<string, string?> properties)
        {
            if (!properties.TryGetValue(VersionKey, out var version) || version != Version
                || !properties.TryGetValue(KeyKey, out var key) || key is null
                || !properties.TryGetValue(OrdinalKey, out var ordinalText) || !TryParseOrdinal(ordinalText, out var ordinal, out var count))
            {
                return null;
            }

            if (!properties.TryGetValue(DocumentKey, out var documentText))
            {
                return properties.Count == 3 ? FixContract.Reference(ruleId, key, ordinal, count) : null;
            }

            if (!TextStamp.TryParse(documentText, out var document))
            {
                return null;
            }

            var targets = ImmutableArray.CreateBuilder<FixTarget>();
            for (var i = 0; properties.TryGetValue(TargetPrefix + Number(i), out var line); i++)
            {
                if (DecodeTarget(line) is not { } target)
                {
                    return null;
                }

                targets.Add(target);
            }

            return new FixContract(ruleId, key, ordinal, count, document, targets.ToImmutable(), DecodePlans(properties, targets.Count));
        }

        private static ImmutableArray<FixPlan> DecodePlans(ImmutableDictionary<string, string?> properties, int targetCount)
        {
            if (!properties.TryGetValue(FixCountKey, out var countText)
                || !int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                return ImmutableArray<FixPlan>.Empty;
            }

            var plans = ImmutableArray.CreateBuilder<FixPlan>();
            for (var i = 0; i < count; i++)
            {
                var prefix = FixPrefix + Number(i) + ".";
                if (!properties.TryGetValue(prefix + "key", out var key) || key is null
                    || !properties.TryGetValue(prefix + "title", out var title) || title is null
                    || !properties.TryGetValue(prefix + "edits", out var editsText) || editsText is null)
                {
                    continue;
                }

                var edits = ImmutableArray.CreateBuilder<Edit>();
                var valid = true;
                foreach (var line in editsText.Split('\n'))
                {
                    var parts = line.Split('|');
                    if (parts.Length != 5
                        || !Enum.TryParse<EditKind>(parts[0], out var kind)
                        || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var target)
                        || target >= targetCount
                        || !Enum.TryParse<ValueKind>(parts[2], out var valueKind)
                        || !TryUnescape(parts[3], out var name)
                        || !TryUnescape(parts[4], out var value))
                    {
                        valid = false;
                        break;
                    }

                    edits.Add(new Edit(kind, target, valueKind, value, name));
                }

                if (valid && edits.Count > 0)
                {
                    plans.Add(new FixPlan(key, title, edits.ToImmutable()));
                }
            }

            return plans.ToImmutable();
        }

        private static string EncodeTarget(FixTarget target)
        {
            var insertion = target.Insertion;
            return Join(
                target.Editor switch
                {
                    FixEditor.CSharpSyntax => CSharpSyntaxName,
                    FixEditor.JsonInLiteral => JsonInLiteralName,
                    FixEditor.JsonFile => JsonFileName,
                    _ => NoEditorName,
                },
                Span(target.Span),
                target.SpanText?.ToString() ?? Null,
                target.Token is { } token ? Span(token) : Null,
                target.Token is null ? Null : target.TokenLiteral.ToString(),
                target.TokenText?.ToString() ?? Null,
                target.Removal is { } removal ? Span(removal) : Null,
                target.RemovalText?.ToString() ?? Null,
                insertion is null ? Null : Number(insertion.Position),
                insertion is null ? Null : insertion.Literal.ToString(),
                Escape(insertion?.Separator),
                Escape(insertion?.Indent),
                target.Content is { } content ? Span(content) : Null,
                target.Content is null ? Null : target.ContentLiteral.ToString(),
                target.ContentText?.ToString() ?? Null);
        }

        private static FixTarget? DecodeTarget(string? line)
        {
            var parts = line?.Split('|');
            if (parts is not { Length: 15 } || !TryParseSpan(parts[1], out var span))
            {
                return null;
            }

            var editor = parts[0] switch
            {
                CSharpSyntaxName => FixEditor.CSharpSyntax,
                JsonInLiteralName => FixEditor.JsonInLiteral,
                JsonFileName => FixEditor.JsonFile,
                _ => FixEditor.None,
            };
            TextSpan? token = null;
            var tokenLiteral = default(LiteralForm);
            if (parts[3] != Null)
            {
                if (!TryParseSpan(parts[3], out var tokenSpan) || !LiteralForm.TryParse(Unescaped(parts[4]), out tokenLiteral))
                {
                    return null;
                }

                token = tokenSpan;
            }

            TextSpan? removal = null;
            if (parts[6] != Null)
            {
                if (!TryParseSpan(parts[6], out var removalSpan))
                {
                    return null;
                }

                removal = removalSpan;
            }

            MemberInsertion? insertion = null;
            if (parts[8] != Null)
            {
                if (!int.TryParse(parts[8], NumberStyles.None, CultureInfo.InvariantCulture, out var position)
                    || !LiteralForm.TryParse(Unescaped(parts[9]), out var insertLiteral)
                    || !TryUnescape(parts[10], out var separator)
                    || !TryUnescape(parts[11], out var indent))
                {
                    return null;
                }

                insertion = new MemberInsertion(position, insertLiteral, separator ?? string.Empty, indent);
            }

            TextSpan? content = null;
            var contentLiteral = default(LiteralForm);
            if (parts[12] != Null)
            {
                if (!TryParseSpan(parts[12], out var contentSpan) || !LiteralForm.TryParse(Unescaped(parts[13]), out contentLiteral))
                {
                    return null;
                }

                content = contentSpan;
            }

            return new FixTarget(
                editor,
                span,
                token,
                tokenLiteral,
                removal,
                insertion,
                Stamp(parts[2]),
                Stamp(parts[5]),
                Stamp(parts[7]),
                content,
                contentLiteral,
                Stamp(parts[14]));
        }

        private static TextStamp? Stamp(string text) => TextStamp.TryParse(text, out var stamp) ? stamp : null;

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Span(TextSpan span) => Number(span.Start) + ":" + Number(span.Length);

        private static bool TryParseSpan(string text, out TextSpan span)
        {
            span = default;
            var colon = text.IndexOf(':');
            if (colon <= 0
                || !int.TryParse(text.Substring(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(text.Substring(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                return false;
            }

            span = new TextSpan(start, length);
            return true;
        }

        private static bool TryParseOrdinal(string? text, out int ordinal, out int count)
        {
            ordinal = 0;
            count = 0;
            var slash = text?.IndexOf('/') ?? -1;
            return slash > 0
                && int.TryParse(text!.Substring(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out ordinal)
                && int.TryParse(text.Substring(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out count)
                && ordinal < count;
        }

        private static string Join(params string[] fields) => string.Join("|", fields);

        /// <summary>'-' for null, else the text with '%', '|', ',', '-' at the start and line breaks written as %XX.</summary>
        private static string Escape(string? value)
        {
            if (value is null)
            {
                return Null;
            }

            var builder = new StringBuilder(value.Length + 2);
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (c is '%' or '|' or ',' or '\n' or '\r' || (i == 0 && c == '-'))
                {
                    builder.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }

        private static string Unescaped(string field) => TryUnescape(field, out var value) ? value ?? string.Empty : string.Empty;

        private static bool TryUnescape(string field, out string? value)
        {
            value = null;
            if (field == Null)
            {
                return true;
            }

            if (field.IndexOf('%') < 0)
            {
                value = field;
                return true;
            }

            var builder = new StringBuilder(field.Length);
            for (var i = 0; i < field.Length; i++)
            {
                if (field[i] != '%')
                {
                    builder.Append(field[i]);
                    continue;
                }

                if (i + 2 >= field.Length
                    || !int.TryParse(field.Substring(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    return false;
                }

                builder.Append((char)code);
                i += 2;
            }

            value = builder.ToString();
            return true;
        }
    }
}
