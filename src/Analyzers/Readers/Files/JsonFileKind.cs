using System;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Readers.Files
{
    /// <summary>What a JSON file of the project is, as far as the analyzers care.</summary>
    internal enum JsonFileKind
    {
        /// <summary>Anything else (package.json, appsettings.json...): not read at all.</summary>
        None,

        /// <summary>An ARM template (deployment template <c>$schema</c>, or a template's file name and a <c>resources</c> member).</summary>
        Template,

        /// <summary>A template's parameter file: read only for the template beside it.</summary>
        Parameters,

        /// <summary>A bare workflow definition (workflow definition <c>$schema</c>).</summary>
        Definition,

        /// <summary>A Standard logic app's <c>&lt;workflow&gt;/workflow.json</c>.</summary>
        StandardWorkflow,

        /// <summary>A Standard logic app project's <c>connections.json</c>.</summary>
        StandardConnections,
    }

    /// <summary>
    /// Tells a file's kind from its name and the first characters of its text, so that any other JSON file is
    /// skipped without being parsed: Standard files by their names, templates, parameter files and bare definitions
    /// by the <c>$schema</c> at their start, and templates without one by a template's file name. The shape is
    /// checked again once a candidate is parsed.
    /// </summary>
    internal static class JsonFileClassifier
    {
        /// <summary>How much of a file's start is looked at for its <c>$schema</c>.</summary>
        public const int PeekLength = 4096;

        public const string WorkflowFileName = "workflow.json";
        public const string ConnectionsFileName = "connections.json";
        public const string ParametersSuffix = ".parameters.json";

        public static bool IsJsonPath(string path) => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

        public static JsonFileKind Classify(string path, SourceText text)
        {
            if (!IsJsonPath(path))
            {
                return JsonFileKind.None;
            }

            var name = FilePaths.FileName(path);
            if (name.Equals(WorkflowFileName, StringComparison.OrdinalIgnoreCase))
            {
                return JsonFileKind.StandardWorkflow;
            }

            if (name.Equals(ConnectionsFileName, StringComparison.OrdinalIgnoreCase))
            {
                return JsonFileKind.StandardConnections;
            }

            var start = text.ToString(new TextSpan(0, Math.Min(PeekLength, text.Length)));
            if (!StartsWithObject(start))
            {
                return JsonFileKind.None;
            }

            switch (SchemaOf(start))
            {
                case string schema when schema.IndexOf("deploymentParameters", StringComparison.OrdinalIgnoreCase) >= 0:
                    return JsonFileKind.Parameters;
                case string schema when schema.IndexOf("deploymentTemplate", StringComparison.OrdinalIgnoreCase) >= 0:
                    return JsonFileKind.Template;
                case string schema when schema.IndexOf("workflowdefinition", StringComparison.OrdinalIgnoreCase) >= 0:
                    return JsonFileKind.Definition;
                case string:
                    // Another schema (a tsconfig, an app settings file...): not ours.
                    return JsonFileKind.None;
            }

            if (name.EndsWith(ParametersSuffix, StringComparison.OrdinalIgnoreCase))
            {
                return JsonFileKind.Parameters;
            }

            return IsTemplateName(name) ? JsonFileKind.Template : JsonFileKind.None;
        }

        /// <summary>File names templates are given without a <c>$schema</c> to say so: <c>*.template.json</c>, <c>azuredeploy*.json</c>, <c>template.json</c>.</summary>
        public static bool IsTemplateName(string name) =>
            name.EndsWith(".template.json", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("azuredeploy", StringComparison.OrdinalIgnoreCase)
            || name.Equals("template.json", StringComparison.OrdinalIgnoreCase);

        /// <summary>Whether the first token after a byte order mark, whitespace and comments is '{'.</summary>
        private static bool StartsWithObject(string text)
        {
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c) || c == '\uFEFF')
                {
                    i++;
                }
                else if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
                {
                    var end = text.IndexOf('\n', i);
                    i = end < 0 ? text.Length : end + 1;
                }
                else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
                {
                    var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    i = end < 0 ? text.Length : end + 2;
                }
                else
                {
                    return c == '{';
                }
            }

            return false;
        }

        /// <summary>The value of the first <c>"$schema"</c> member in the text, when it is a plain string there.</summary>
        private static string? SchemaOf(string text)
        {
            var key = text.IndexOf("\"$schema\"", StringComparison.OrdinalIgnoreCase);
            if (key < 0)
            {
                return null;
            }

            var i = key + "\"$schema\"".Length;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length || text[i] != ':')
            {
                return null;
            }

            i++;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length || text[i] != '"')
            {
                return null;
            }

            var end = text.IndexOf('"', i + 1);
            return end < 0 ? null : text.Substring(i + 1, end - i - 1);
        }
    }
}
