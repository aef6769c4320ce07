using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Readers.Templates;
using Microsoft.CodeAnalysis;

namespace ManagedIdentityAnalyzers.Readers.Files
{
    /// <summary>One JSON file of the project and its kind, each known once asked for.</summary>
    internal sealed class JsonFileEntry
    {
        private readonly AdditionalText additional;
        private readonly object gate = new object();
        private bool loaded;
        private JsonFileText? file;
        private JsonFileKind kind;

        public JsonFileEntry(AdditionalText additional)
        {
            this.additional = additional;
        }

        public string Path => additional.Path;

        public AdditionalText AdditionalText => additional;

        /// <summary>The file's text, or null when the compiler could not read it.</summary>
        public JsonFileText? File(CancellationToken cancellationToken)
        {
            Load(cancellationToken);
            return file;
        }

        public JsonFileKind Kind(CancellationToken cancellationToken)
        {
            Load(cancellationToken);
            return kind;
        }

        private void Load(CancellationToken cancellationToken)
        {
            lock (gate)
            {
                if (loaded)
                {
                    return;
                }

                var text = additional.GetText(cancellationToken);
                if (text is not null)
                {
                    kind = JsonFileClassifier.Classify(additional.Path, text);
                    file = new JsonFileText(additional.Path, text);
                }

                loaded = true;
            }
        }
    }

    /// <summary>
    /// The JSON files among a compilation's additional files, by path, each read at most once however many analyses
    /// ask (the files of a Standard project are read for each of them): the parameter file beside a template, the
    /// connections.json of a workflow's project, the workflows of a project, a file named by a relative path from C#.
    /// Built once per compilation; safe to use from concurrent analyses.
    /// </summary>
    internal sealed class ProjectJsonFiles
    {
        private readonly Dictionary<string, JsonFileEntry> byPath;
        private readonly ConcurrentDictionary<string, Lazy<LogicAppModel?>> projectModels =
            new ConcurrentDictionary<string, Lazy<LogicAppModel?>>(FilePaths.Comparer);

        private AccessPolicyOwners? policyOwners;

        private ProjectJsonFiles(Dictionary<string, JsonFileEntry> byPath)
        {
            this.byPath = byPath;
        }

        public static readonly ProjectJsonFiles Empty = new ProjectJsonFiles(new Dictionary<string, JsonFileEntry>(FilePaths.Comparer));

        public bool IsEmpty => byPath.Count == 0;

        public IEnumerable<JsonFileEntry> All => byPath.Values;

        public static ProjectJsonFiles Create(ImmutableArray<AdditionalText> additionalFiles)
        {
            var byPath = new Dictionary<string, JsonFileEntry>(FilePaths.Comparer);
            foreach (var additional in additionalFiles)
            {
                if (additional.Path is string path && JsonFileClassifier.IsJsonPath(path))
                {
                    var key = FilePaths.Normalize(path);
                    if (!byPath.ContainsKey(key))
                    {
                        byPath.Add(key, new JsonFileEntry(additional));
                    }
                }
            }

            return byPath.Count == 0 ? Empty : new ProjectJsonFiles(byPath);
        }

        public JsonFileEntry? Get(string path) => byPath.TryGetValue(FilePaths.Normalize(path), out var entry) ? entry : null;

        /// <summary>The parameter file of a template: <c>x.parameters.json</c> beside <c>x.json</c> (and beside <c>x.template.json</c>).</summary>
        public JsonFileEntry? ParametersFor(string templatePath)
        {
            var directory = FilePaths.Directory(templatePath);
            var name = FilePaths.FileName(templatePath);
            var stem = name.Substring(0, name.Length - ".json".Length);
            var candidate = Get(FilePaths.Combine(directory, stem + JsonFileClassifier.ParametersSuffix));
            if (candidate is null && stem.EndsWith(".template", StringComparison.OrdinalIgnoreCase))
            {
                candidate = Get(FilePaths.Combine(directory, stem.Substring(0, stem.Length - ".template".Length) + JsonFileClassifier.ParametersSuffix));
            }

            return candidate;
        }

        /// <summary>The root folder of the Standard project a workflow.json or connections.json belongs to.</summary>
        public static string StandardProjectFolder(string path, JsonFileKind kind)
        {
            var folder = FilePaths.Directory(path);
            return kind == JsonFileKind.StandardWorkflow ? FilePaths.Directory(folder) : folder;
        }

        /// <summary>connections.json at the root of a Standard project folder, when it is a file of the project.</summary>
        public JsonFileEntry? ConnectionsIn(string projectFolder) => Get(FilePaths.Combine(projectFolder, JsonFileClassifier.ConnectionsFileName));

        /// <summary>The <c>&lt;workflow&gt;/workflow.json</c> files of a Standard project folder, in path order.</summary>
        public List<JsonFileEntry> WorkflowsIn(string projectFolder)
        {
            var found = new List<JsonFileEntry>();
            foreach (var pair in byPath)
            {
                var path = pair.Key;
                if (FilePaths.FileName(path).Equals(JsonFileClassifier.WorkflowFileName, StringComparison.OrdinalIgnoreCase)
                    && FilePaths.Comparer.Equals(FilePaths.Directory(FilePaths.Directory(path)), projectFolder))
                {
                    found.Add(pair.Value);
                }
            }

            found.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            return found;
        }

        /// <summary>The templates in a folder and its subfolders (any depth), in path order.</summary>
        public List<JsonFileEntry> TemplatesUnder(string folder, CancellationToken cancellationToken)
        {
            var found = new List<JsonFileEntry>();
            foreach (var pair in byPath)
            {
                if (IsUnder(pair.Key, folder) && pair.Value.Kind(cancellationToken) == JsonFileKind.Template)
                {
                    found.Add(pair.Value);
                }
            }

            found.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            return found;
        }

        /// <summary>
        /// The Standard project folders whose folder tree holds <paramref name="path"/>: the folders of the project's
        /// connections.json files and the parents of its workflow folders.
        /// </summary>
        public List<string> StandardProjectFoldersHolding(string path)
        {
            var normalized = FilePaths.Normalize(path);
            var found = new List<string>();
            foreach (var key in byPath.Keys)
            {
                var name = FilePaths.FileName(key);
                var folder = name.Equals(JsonFileClassifier.ConnectionsFileName, StringComparison.OrdinalIgnoreCase)
                    ? FilePaths.Directory(key)
                    : name.Equals(JsonFileClassifier.WorkflowFileName, StringComparison.OrdinalIgnoreCase)
                        ? FilePaths.Directory(FilePaths.Directory(key))
                        : null;
                if (folder is not null && IsUnder(normalized, folder) && !found.Exists(seen => FilePaths.Comparer.Equals(seen, folder)))
                {
                    found.Add(folder);
                }
            }

            found.Sort(StringComparer.Ordinal);
            return found;
        }

        private static bool IsUnder(string path, string folder) =>
            folder.Length == 0 || (path.Length > folder.Length + 1 && path[folder.Length] == '/' && path.StartsWith(folder, StringComparison.OrdinalIgnoreCase));

        /// <summary>The one file whose path ends with <paramref name="relativePath"/> (at a folder boundary); null when none or several do.</summary>
        public JsonFileEntry? FindByRelativePath(string relativePath)
        {
            JsonFileEntry? found = null;
            foreach (var pair in byPath)
            {
                if (FilePaths.EndsWith(pair.Key, relativePath))
                {
                    if (found is not null)
                    {
                        return null;
                    }

                    found = pair.Value;
                }
            }

            return found;
        }

        /// <summary>
        /// The connections that the access policies of the project's templates belong to, read once per compilation
        /// (again after a cancelled read; two concurrent first reads may both read).
        /// </summary>
        public AccessPolicyOwners PolicyOwners(Func<AccessPolicyOwners> read)
        {
            if (Volatile.Read(ref policyOwners) is { } known)
            {
                return known;
            }

            var computed = read();
            return Interlocked.CompareExchange(ref policyOwners, computed, null) ?? computed;
        }

        /// <summary>The model of a Standard project folder, read once per compilation (again after a cancelled read).</summary>
        public LogicAppModel? StandardProject(string projectFolder, Func<LogicAppModel?> read)
        {
            var lazy = projectModels.GetOrAdd(projectFolder, _ => new Lazy<LogicAppModel?>(read, LazyThreadSafetyMode.ExecutionAndPublication));
            try
            {
                return lazy.Value;
            }
            catch (OperationCanceledException)
            {
                projectModels.TryRemove(projectFolder, out _);
                throw;
            }
        }
    }
}
