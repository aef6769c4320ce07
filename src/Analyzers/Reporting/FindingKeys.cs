using System.Collections.Generic;
using System.Text;
using System.Threading;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Model.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Reporting
{
    /// <summary>
    /// What identifies a finding across edits that other fixes make to the same document (the fixer finds the finding
    /// again by it, <see cref="Findings.Contract.FixContract.Key"/>): the member declaration the finding is located in,
    /// the JSON path of the reported node when it is part of a definition or of connection references (paths do not
    /// change when fixes add, remove or replace members), and the message arguments.
    /// </summary>
    internal sealed class FindingKeys
    {
        /// <summary>Where each JSON node is: its parent's entry and its own path segment (paths are built only when asked for).</summary>
        private readonly Dictionary<SourceRef, PathEntry> paths = new Dictionary<SourceRef, PathEntry>();

        /// <summary>The nodes whose paths are wanted, and how many of them have one so far.</summary>
        private readonly HashSet<SourceRef> wanted;
        private int found;

        private FindingKeys(HashSet<SourceRef> wanted)
        {
            this.wanted = wanted;
        }

        private bool Complete => found == wanted.Count;

        /// <summary>
        /// Finds the JSON paths of the <paramref name="wanted"/> nodes of <paramref name="model"/> (iteratively: JSON may
        /// be deep). The nodes are visited in a fixed order and a node keeps the first path it is reached by, so a
        /// node's path does not depend on which other nodes are wanted; the walk stops once every wanted node has one.
        /// </summary>
        public static FindingKeys Index(LogicAppModel model, HashSet<SourceRef> wanted, CancellationToken cancellationToken)
        {
            var keys = new FindingKeys(wanted);
            var visited = new HashSet<JValue>();
            foreach (var workflow in model.Workflows)
            {
                if (keys.Complete)
                {
                    return keys;
                }

                keys.Walk("def", workflow.Definition.Root, visited, cancellationToken);
            }

            foreach (var app in model.LogicApps)
            {
                for (var i = 0; i < app.ConnectionReferences.Length && !keys.Complete; i++)
                {
                    var block = app.ConnectionReferences[i];
                    var prefix = "conn[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
                    keys.Add(block.Member, new PathEntry(null, prefix));
                    keys.Walk(prefix, block.Member.Value, visited, cancellationToken);
                }
            }

            return keys;
        }

        /// <summary>The key of a finding reported at <paramref name="node"/>, located at <paramref name="location"/>.</summary>
        public string KeyOf(SourceRef node, Location location, IReadOnlyList<string> messageArguments, CancellationToken cancellationToken)
        {
            var builder = new StringBuilder();
            AppendContainer(builder, location, cancellationToken);
            builder.Append('|');
            if (paths.TryGetValue(node, out var path))
            {
                path.AppendTo(builder);
            }

            foreach (var argument in messageArguments)
            {
                builder.Append('|').Append(argument);
            }

            return builder.ToString();
        }

        private void Walk(string rootPath, JValue root, HashSet<JValue> visited, CancellationToken cancellationToken)
        {
            var stack = new Stack<(JValue Value, PathEntry Path)>();
            stack.Push((root, new PathEntry(null, rootPath)));
            var count = 0;
            while (stack.Count > 0 && !Complete)
            {
                if ((++count & 0xFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var (value, path) = stack.Pop();
                if (!visited.Add(value))
                {
                    continue;
                }

                Set(value.Source, path);
                switch (value)
                {
                    case JObject obj:
                        foreach (var member in obj.Members)
                        {
                            var memberPath = new PathEntry(path, Escape(member.Name));
                            Add(member, memberPath);
                            stack.Push((member.Value, memberPath));
                        }

                        break;
                    case JArray array:
                        for (var i = 0; i < array.Items.Length; i++)
                        {
                            stack.Push((array.Items[i], new PathEntry(path, i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
                        }

                        break;
                }
            }
        }

        private void Add(JMember member, PathEntry path)
        {
            Set(member.NameSource, new PathEntry(path, "#name"));
            Set(member.MemberSource, new PathEntry(path, "#member"));
        }

        private void Set(SourceRef source, PathEntry path)
        {
            if (wanted.Contains(source) && !paths.ContainsKey(source))
            {
                paths[source] = path;
                found++;
            }
        }

        /// <summary>A JSON pointer token: '~' and '/' escaped.</summary>
        private static string Escape(string name) => name.Replace("~", "~0").Replace("/", "~1");

        /// <summary>
        /// Appends the declaration the location is in: the names of its namespaces, types and member, outermost first and
        /// joined by '.', with the member's parameter types (overloads differ); <c>&lt;top&gt;</c> for top-level
        /// statements.
        /// </summary>
        private static void AppendContainer(StringBuilder builder, Location location, CancellationToken cancellationToken)
        {
            if (location.SourceTree is not { } tree
                || !tree.TryGetRoot(out var root)
                || !root.FullSpan.Contains(location.SourceSpan))
            {
                builder.Append("<none>");
                return;
            }

            var ancestors = new List<SyntaxNode>();
            for (SyntaxNode? node = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true); node is not null; node = node.Parent)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ancestors.Add(node);
            }

            var written = false;
            for (var i = ancestors.Count - 1; i >= 0; i--)
            {
                var before = builder.Length;
                if (written)
                {
                    builder.Append('.');
                }

                if (AppendName(builder, ancestors[i]))
                {
                    written = true;
                }
                else
                {
                    builder.Length = before;
                }
            }

            if (!written)
            {
                builder.Append("<top>");
            }
        }

        /// <summary>Appends the name of a declaration that is part of a container; false for any other node.</summary>
        private static bool AppendName(StringBuilder builder, SyntaxNode node)
        {
            switch (node)
            {
                case BaseNamespaceDeclarationSyntax ns:
                    builder.Append(ns.Name.ToString());
                    return true;
                case BaseTypeDeclarationSyntax type:
                    builder.Append(type.Identifier.ValueText);
                    return true;
                case MethodDeclarationSyntax method:
                    AppendParameters(builder.Append(method.Identifier.ValueText), method.ParameterList);
                    return true;
                case ConstructorDeclarationSyntax constructor:
                    AppendParameters(builder.Append(".ctor"), constructor.ParameterList);
                    return true;
                case LocalFunctionStatementSyntax local:
                    AppendParameters(builder.Append(local.Identifier.ValueText), local.ParameterList);
                    return true;
                case PropertyDeclarationSyntax property:
                    builder.Append(property.Identifier.ValueText);
                    return true;
                case VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax } field:
                    builder.Append(field.Identifier.ValueText);
                    return true;
                case BaseMethodDeclarationSyntax other:
                    AppendParameters(builder.Append(other.Kind().ToString()), other.ParameterList);
                    return true;
                default:
                    return false;
            }
        }

        private static void AppendParameters(StringBuilder builder, ParameterListSyntax parameters)
        {
            builder.Append('(');
            for (var i = 0; i < parameters.Parameters.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(',');
                }

                builder.Append(parameters.Parameters[i].Type?.ToString() ?? "?");
            }

            builder.Append(')');
        }
    }

    /// <summary>One segment of a JSON path and the entry of its parent.</summary>
    internal sealed class PathEntry
    {
        public PathEntry(PathEntry? parent, string segment)
        {
            Parent = parent;
            Segment = segment;
        }

        public PathEntry? Parent { get; }

        public string Segment { get; }

        /// <summary>Appends the path from the root, segments separated by '/' ('#name', '#member' joined directly).</summary>
        public void AppendTo(StringBuilder builder)
        {
            var segments = new List<string>();
            for (var entry = this; entry is not null; entry = entry.Parent)
            {
                segments.Add(entry.Segment);
            }

            for (var i = segments.Count - 1; i >= 0; i--)
            {
                // A member's name may be empty ("": ... is JSON).
                if (i < segments.Count - 1 && (segments[i].Length == 0 || segments[i][0] != '#'))
                {
                    builder.Append('/');
                }

                builder.Append(segments[i]);
            }
        }
    }
}
