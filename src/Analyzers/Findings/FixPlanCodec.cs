using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace ManagedIdentityAnalyzers.Findings
{
    /// <summary>
    /// Carries fix plans from the analyzer to the fixer in <c>Diagnostic.Properties</c> (strings only), with the
    /// editor kind of every node so the fixer knows which editor applies. Keys:
    /// <c>node.N.editor</c>, <c>fix.count</c>, <c>fix.I.key</c>, <c>fix.I.title</c>, <c>fix.I.edits</c>
    /// (one edit per line: kind, target, value kind, escaped name, escaped value, separated by '|'), and
    /// <c>node.N.K</c> for each item K of a node's editor data.
    /// </summary>
    internal static class FixPlanCodec
    {
        public static ImmutableDictionary<string, string?> Encode(
            ImmutableArray<FixPlan> fixes,
            ImmutableArray<(string Editor, ImmutableArray<KeyValuePair<string, string>> Data)> nodes)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < nodes.Length; i++)
            {
                var prefix = "node." + i.ToString(CultureInfo.InvariantCulture) + ".";
                builder[prefix + "editor"] = nodes[i].Editor;
                foreach (var item in nodes[i].Data)
                {
                    builder[prefix + item.Key] = item.Value;
                }
            }

            builder["fix.count"] = fixes.Length.ToString(CultureInfo.InvariantCulture);
            for (var i = 0; i < fixes.Length; i++)
            {
                var prefix = "fix." + i.ToString(CultureInfo.InvariantCulture) + ".";
                builder[prefix + "key"] = fixes[i].EquivalenceKey;
                builder[prefix + "title"] = fixes[i].Title;
                var edits = new string[fixes[i].Edits.Length];
                for (var e = 0; e < edits.Length; e++)
                {
                    var edit = fixes[i].Edits[e];
                    edits[e] = string.Join(
                        "|",
                        edit.Kind.ToString(),
                        edit.Target.ToString(CultureInfo.InvariantCulture),
                        edit.ValueKind.ToString(),
                        Escape(edit.Name),
                        Escape(edit.Value));
                }

                builder[prefix + "edits"] = string.Join("\n", edits);
            }

            return builder.ToImmutable();
        }

        /// <summary>The editor kind of node <paramref name="index"/>, or null.</summary>
        public static string? EditorKind(ImmutableDictionary<string, string?> properties, int index) =>
            NodeData(properties, index, "editor");

        /// <summary>An item of node <paramref name="index"/>'s editor data, or null.</summary>
        public static string? NodeData(ImmutableDictionary<string, string?> properties, int index, string key) =>
            properties.TryGetValue("node." + index.ToString(CultureInfo.InvariantCulture) + "." + key, out var value) ? value : null;

        private static string Escape(string? value) => value is null ? "-" : "=" + Uri.EscapeDataString(value);

        private static string? Unescape(string part) => part.Length > 0 && part[0] == '=' ? Uri.UnescapeDataString(part.Substring(1)) : null;

        /// <summary>Reads the plans back; malformed entries are skipped, never thrown on.</summary>
        public static ImmutableArray<FixPlan> Decode(ImmutableDictionary<string, string?> properties)
        {
            if (!properties.TryGetValue("fix.count", out var countText)
                || !int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                return ImmutableArray<FixPlan>.Empty;
            }

            var plans = ImmutableArray.CreateBuilder<FixPlan>(count);
            for (var i = 0; i < count; i++)
            {
                var prefix = "fix." + i.ToString(CultureInfo.InvariantCulture) + ".";
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
                        || !Enum.TryParse<ValueKind>(parts[2], out var valueKind))
                    {
                        valid = false;
                        break;
                    }

                    edits.Add(new Edit(kind, target, valueKind, Unescape(parts[4]), Unescape(parts[3])));
                }

                if (valid && edits.Count > 0)
                {
                    plans.Add(new FixPlan(key, title, edits.ToImmutable()));
                }
            }

            return plans.ToImmutable();
        }
    }
}
