using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace ManagedIdentityAnalyzers.Readers.CSharp
{
    /// <summary>
    /// The types the C# reader binds to, resolved once per compilation as symbols: the Azure SDK's resource, identity
    /// and collection types, and the BCL types through which JSON is written (<c>BinaryData</c>, <c>Encoding</c>,
    /// <c>JsonSerializer</c>, <c>JsonNode</c>, collections). Nothing is matched by name alone. A type defined in
    /// several referenced assemblies is taken from the assembly that ships it, so a copy elsewhere does not switch the
    /// analyzer off. When Azure.ResourceManager is not referenced there is nothing to read and nothing is registered.
    /// </summary>
    internal sealed class SdkSymbols
    {
        private readonly HashSet<ISymbol> sinkTypes;
        private readonly HashSet<ISymbol> jsonObjectTypes;
        private readonly HashSet<ISymbol> jsonArrayTypes;
        private readonly HashSet<ISymbol> tasks;

        private SdkSymbols(Compilation compilation, Dictionary<string, IAssemblySymbol> shipping, INamedTypeSymbol identityType, INamedTypeSymbol identity)
        {
            IdentityType = identityType;
            Identity = identity;
            WorkflowData = Resolve(compilation, "Azure.ResourceManager.Logic.LogicWorkflowData", "Azure.ResourceManager.Logic", shipping);
            WorkflowResource = Resolve(compilation, "Azure.ResourceManager.Logic.LogicWorkflowResource", "Azure.ResourceManager.Logic", shipping);
            WorkflowParameter = Resolve(compilation, "Azure.ResourceManager.Logic.Models.LogicWorkflowParameterInfo", "Azure.ResourceManager.Logic", shipping);
            SiteData = Resolve(compilation, "Azure.ResourceManager.AppService.WebSiteData", "Azure.ResourceManager.AppService", shipping);
            SiteResource = Resolve(compilation, "Azure.ResourceManager.AppService.WebSiteResource", "Azure.ResourceManager.AppService", shipping);
            GenericData = Resolve(compilation, "Azure.ResourceManager.Resources.GenericResourceData", "Azure.ResourceManager", shipping);
            GenericResource = Resolve(compilation, "Azure.ResourceManager.Resources.GenericResource", "Azure.ResourceManager", shipping);
            ArmClient = Resolve(compilation, "Azure.ResourceManager.ArmClient", "Azure.ResourceManager", shipping);
            ResourceIdentifier = Resolve(compilation, "Azure.Core.ResourceIdentifier", "Azure.Core", shipping);
            KeyValuePair = Resolve(compilation, "System.Collections.Generic.KeyValuePair`2", null);
            BinaryData = Resolve(compilation, "System.BinaryData", "System.Memory.Data", shipping);
            Encoding = Resolve(compilation, "System.Text.Encoding", null);
            JsonSerializer = Resolve(compilation, "System.Text.Json.JsonSerializer", "System.Text.Json", shipping);
            JsonNode = Resolve(compilation, "System.Text.Json.Nodes.JsonNode", "System.Text.Json", shipping);
            JsonValue = Resolve(compilation, "System.Text.Json.Nodes.JsonValue", "System.Text.Json", shipping);
            tasks = Set(
                Resolve(compilation, "System.Threading.Tasks.Task`1", null),
                Resolve(compilation, "System.Threading.Tasks.ValueTask`1", null));
            File = Resolve(compilation, "System.IO.File", null);
            Path = Resolve(compilation, "System.IO.Path", null);

            sinkTypes = Set(
                WorkflowResource,
                SiteResource,
                Resolve(compilation, "Azure.ResourceManager.Logic.LogicWorkflowCollection", "Azure.ResourceManager.Logic", shipping),
                Resolve(compilation, "Azure.ResourceManager.Logic.LogicExtensions", "Azure.ResourceManager.Logic", shipping),
                Resolve(compilation, "Azure.ResourceManager.AppService.WebSiteCollection", "Azure.ResourceManager.AppService", shipping),
                Resolve(compilation, "Azure.ResourceManager.Resources.GenericResourceCollection", "Azure.ResourceManager", shipping),
                GenericResource,
                Resolve(compilation, "Azure.ResourceManager.Resources.ArmDeploymentCollection", "Azure.ResourceManager.Resources", shipping),
                Resolve(compilation, "Azure.ResourceManager.Resources.ArmDeploymentResource", "Azure.ResourceManager.Resources", shipping));
            jsonObjectTypes = Set(
                Resolve(compilation, "System.Text.Json.Nodes.JsonObject", "System.Text.Json", shipping),
                Resolve(compilation, "System.Collections.Generic.Dictionary`2", null),
                Resolve(compilation, "System.Collections.Generic.SortedDictionary`2", null),
                Resolve(compilation, "System.Collections.Concurrent.ConcurrentDictionary`2", null));
            jsonArrayTypes = Set(
                Resolve(compilation, "System.Text.Json.Nodes.JsonArray", "System.Text.Json", shipping),
                Resolve(compilation, "System.Collections.Generic.List`1", null),
                Resolve(compilation, "System.Collections.ObjectModel.Collection`1", null));
        }

        /// <summary><c>Azure.ResourceManager.Models.ManagedServiceIdentityType</c>.</summary>
        public INamedTypeSymbol IdentityType { get; }

        /// <summary><c>Azure.ResourceManager.Models.ManagedServiceIdentity</c>.</summary>
        public INamedTypeSymbol Identity { get; }

        /// <summary><c>Azure.ResourceManager.Logic.LogicWorkflowData</c> (Consumption), when referenced.</summary>
        public INamedTypeSymbol? WorkflowData { get; }

        /// <summary><c>Azure.ResourceManager.Logic.LogicWorkflowResource</c>: a workflow read from Azure.</summary>
        public INamedTypeSymbol? WorkflowResource { get; }

        /// <summary><c>Azure.ResourceManager.Logic.Models.LogicWorkflowParameterInfo</c>.</summary>
        public INamedTypeSymbol? WorkflowParameter { get; }

        /// <summary><c>Azure.ResourceManager.AppService.WebSiteData</c> (Standard when its kind says so), when referenced.</summary>
        public INamedTypeSymbol? SiteData { get; }

        /// <summary><c>Azure.ResourceManager.AppService.WebSiteResource</c>: a site read from Azure.</summary>
        public INamedTypeSymbol? SiteResource { get; }

        /// <summary>
        /// <c>Azure.ResourceManager.Resources.GenericResourceData</c>: any resource written as JSON (API connections, their
        /// access policies, logic apps), its type told by the ID it is deployed with.
        /// </summary>
        public INamedTypeSymbol? GenericData { get; }

        /// <summary><c>Azure.ResourceManager.Resources.GenericResource</c>: a generic resource addressed by its ID.</summary>
        public INamedTypeSymbol? GenericResource { get; }

        /// <summary><c>Azure.ResourceManager.ArmClient</c> (<c>GetGenericResource(id)</c>).</summary>
        public INamedTypeSymbol? ArmClient { get; }

        public INamedTypeSymbol? ResourceIdentifier { get; }

        public INamedTypeSymbol? KeyValuePair { get; }

        public INamedTypeSymbol? BinaryData { get; }

        public INamedTypeSymbol? Encoding { get; }

        public INamedTypeSymbol? JsonSerializer { get; }

        public INamedTypeSymbol? JsonNode { get; }

        public INamedTypeSymbol? JsonValue { get; }

        /// <summary><c>System.IO.File</c>: a JSON file of the project read by C# (<see cref="ProjectFileReader"/>).</summary>
        public INamedTypeSymbol? File { get; }

        /// <summary><c>System.IO.Path</c> (<c>Path.Combine</c> of constants names such a file).</summary>
        public INamedTypeSymbol? Path { get; }

        public static SdkSymbols? TryCreate(Compilation compilation) => TryCreateLazy(compilation)?.Value;

        /// <summary>
        /// Null when no referenced assembly or document can declare the SDK's identity types, decided from metadata and
        /// text without binding anything; else the symbols, resolved on first use. So a compilation whose documents
        /// never name the SDK binds no reference and looks up no type on our account; the lazy value is null when the
        /// identity types turn out not to be there after all.
        /// </summary>
        public static Lazy<SdkSymbols?>? TryCreateLazy(Compilation compilation) =>
            MayDeclareIdentityTypes(compilation)
                ? new Lazy<SdkSymbols?>(() => Create(compilation), LazyThreadSafetyMode.ExecutionAndPublication)
                : null;

        private static SdkSymbols? Create(Compilation compilation)
        {
            var shipping = AssembliesByName(compilation);
            var identityType = Resolve(compilation, "Azure.ResourceManager.Models.ManagedServiceIdentityType", "Azure.ResourceManager", shipping);
            var identity = Resolve(compilation, "Azure.ResourceManager.Models.ManagedServiceIdentity", "Azure.ResourceManager", shipping);
            return identityType is null || identity is null ? null : new SdkSymbols(compilation, shipping, identityType, identity);
        }

        /// <summary>The referenced assemblies by name (the first of a name).</summary>
        private static Dictionary<string, IAssemblySymbol> AssembliesByName(Compilation compilation)
        {
            var byName = new Dictionary<string, IAssemblySymbol>(StringComparer.Ordinal);
            foreach (var reference in compilation.References)
            {
                if (compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly && !byName.ContainsKey(assembly.Name))
                {
                    byName[assembly.Name] = assembly;
                }
            }

            return byName;
        }

        /// <summary>
        /// A cheap and conservative look for the identity types, before anything is bound: false only when no
        /// referenced assembly is Azure.ResourceManager or declares a type named <c>ManagedServiceIdentityType</c>
        /// (read from its metadata, not from symbols: binding the references is the compiler's work, and on a
        /// compilation without the SDK it would be ours alone), and no document's text holds that name or a Unicode
        /// escape. A reference whose metadata cannot be read here, a project reference and a script count as "may".
        /// </summary>
        private static bool MayDeclareIdentityTypes(Compilation compilation)
        {
            const string Name = "ManagedServiceIdentityType";
            foreach (var reference in compilation.ExternalReferences)
            {
                if (IsShippingAssemblyFile(reference))
                {
                    // The usual case with the SDK: its file, found by name without reading any metadata.
                    return true;
                }
            }

            foreach (var reference in compilation.ExternalReferences)
            {
                if (MayDeclare(reference, Name))
                {
                    return true;
                }
            }

            foreach (var tree in compilation.SyntaxTrees)
            {
                if (tree.Options.Kind != SourceCodeKind.Regular)
                {
                    // A script's #r references are not external references.
                    return true;
                }

                var text = tree.GetText().ToString();
                if (text.IndexOf(Name, StringComparison.Ordinal) >= 0 || IdentifierNames.HasUnicodeEscape(text, 0, text.Length))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether the reference is a file named Azure.ResourceManager.dll. Reading a reference's metadata loads its
        /// modules, which the compiler would otherwise do later; the file name answers for the usual SDK reference
        /// without that. A "yes" only means "may": the types are looked up in the compilation afterwards.
        /// </summary>
        private static bool IsShippingAssemblyFile(MetadataReference reference)
        {
            const string FileName = "Azure.ResourceManager.dll";
            if (reference is not PortableExecutableReference { FilePath: { } path } || !path.EndsWith(FileName, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            // Whole file name only (not MyAzure.ResourceManager.dll); no Path API, which throws on odd paths on .NET Framework.
            var start = path.Length - FileName.Length;
            return start == 0 || path[start - 1] is '/' or '\\';
        }

        private static bool MayDeclare(MetadataReference reference, string typeName)
        {
            try
            {
                if (reference is not PortableExecutableReference executable || executable.GetMetadata() is not AssemblyMetadata assembly)
                {
                    return true;
                }

                foreach (var module in assembly.GetModules())
                {
                    var reader = module.GetMetadataReader();
                    if (reader.IsAssembly && reader.StringComparer.Equals(reader.GetAssemblyDefinition().Name, "Azure.ResourceManager"))
                    {
                        return true;
                    }

                    foreach (var handle in reader.TypeDefinitions)
                    {
                        if (reader.StringComparer.Equals(reader.GetTypeDefinition(handle).Name, typeName))
                        {
                            return true;
                        }
                    }
                }

                return false;
            }
            catch (Exception exception) when (exception is System.IO.IOException or BadImageFormatException or NotSupportedException or UnauthorizedAccessException)
            {
                // The compiler reports a reference it cannot read; here it only means "cannot rule it out".
                return true;
            }
        }

        /// <summary>Whether a created type is one the reader follows.</summary>
        public bool IsTrackedType(ITypeSymbol? type) =>
            type is not null
            && (Is(type, Identity) || Is(type, IdentityType) || Is(type, WorkflowData) || Is(type, SiteData) || Is(type, GenericData));

        public bool IsIdentityType(ITypeSymbol? type) => Is(type, IdentityType);

        /// <summary>
        /// Whether a method is one where the SDK receives a resource's final state: <c>CreateOrUpdate(Async)</c>,
        /// <c>Update(Async)</c> or a validation, declared by one of the SDK's collection, resource or extension types.
        /// A method of the user's own with the same name is not.
        /// </summary>
        public bool IsSink(IMethodSymbol method)
        {
            var original = method.ReducedFrom ?? method;
            return original.Name is "CreateOrUpdate" or "CreateOrUpdateAsync" or "Update" or "UpdateAsync"
                    or "ValidateByLocationWorkflow" or "ValidateByLocationWorkflowAsync"
                    or "ValidateByResourceGroup" or "ValidateByResourceGroupAsync"
                    or "Validate" or "ValidateAsync" or "ValidateAtScope" or "ValidateAtScopeAsync"
                && original.ContainingType is { } type
                && sinkTypes.Contains(type.OriginalDefinition);
        }

        /// <summary>The SDK resource types whose <c>Data</c> is a logic app read from Azure.</summary>
        public bool IsExistingResourceType(ITypeSymbol? type) => Is(type, WorkflowResource) || Is(type, SiteResource);

        public bool IsGenericData(ITypeSymbol? type) => Is(type, GenericData);

        public bool IsGenericResource(ITypeSymbol? type) => Is(type, GenericResource);

        public bool IsArmClient(ITypeSymbol? type) => Is(type, ArmClient);

        public bool IsBinaryData(ITypeSymbol? type) => Is(type, BinaryData);

        public bool IsEncoding(ITypeSymbol? type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (Is(current, Encoding))
                {
                    return true;
                }
            }

            return false;
        }

        public bool IsJsonSerializer(ITypeSymbol? type) => Is(type, JsonSerializer);

        public bool IsResourceIdentifier(ITypeSymbol? type) => Is(type, ResourceIdentifier);

        /// <summary>JsonNode or a type derived from it.</summary>
        public bool IsJsonNode(ITypeSymbol? type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (Is(current, JsonNode))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>JsonObject</c>, or a dictionary keyed by strings.</summary>
        public bool IsJsonObjectLike(ITypeSymbol? type) =>
            type is INamedTypeSymbol named
            && jsonObjectTypes.Contains(named.OriginalDefinition)
            && (named.TypeArguments.Length == 0 || named.TypeArguments[0].SpecialType == SpecialType.System_String);

        /// <summary><c>JsonArray</c>, a list or a collection.</summary>
        public bool IsJsonArrayLike(ITypeSymbol? type) =>
            type is INamedTypeSymbol named && jsonArrayTypes.Contains(named.OriginalDefinition);

        /// <summary>The type a method's callers get: <c>T</c> of <c>Task&lt;T&gt;</c> or <c>ValueTask&lt;T&gt;</c>, else the type.</summary>
        public ITypeSymbol ResultType(ITypeSymbol type) =>
            type is INamedTypeSymbol { TypeArguments.Length: 1 } named && tasks.Contains(named.OriginalDefinition)
                ? named.TypeArguments[0]
                : type;

        public bool IsKeyValuePair(ITypeSymbol? type) =>
            type is INamedTypeSymbol named && Is(named.OriginalDefinition, KeyValuePair);

        private static bool Is(ITypeSymbol? type, ITypeSymbol? expected) =>
            type is not null && expected is not null && SymbolEqualityComparer.Default.Equals(type, expected);

        private static HashSet<ISymbol> Set(params INamedTypeSymbol?[] types)
        {
            var set = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (var type in types)
            {
                if (type is not null)
                {
                    set.Add(type);
                }
            }

            return set;
        }

        /// <summary>
        /// The type with this metadata name: the only one, or, when several referenced assemblies define it, the one
        /// in the assembly that ships it (<paramref name="assembly"/>; for BCL types, the first), so that a second copy
        /// does not hide it.
        /// </summary>
        private static INamedTypeSymbol? Resolve(
            Compilation compilation,
            string metadataName,
            string? assembly,
            Dictionary<string, IAssemblySymbol>? shipping = null)
        {
            if (assembly is not null && shipping is not null && shipping.TryGetValue(assembly, out var shipper)
                && shipper.GetTypeByMetadataName(metadataName) is { } shipped)
            {
                // Found where it ships: the same answer as below (the only one, or the shipping assembly's among
                // several), without searching every referenced assembly.
                return shipped;
            }

            var single = compilation.GetTypeByMetadataName(metadataName);
            if (single is not null)
            {
                return single;
            }

            INamedTypeSymbol? first = null;
            foreach (var candidate in compilation.GetTypesByMetadataName(metadataName))
            {
                if (assembly is not null && candidate.ContainingAssembly?.Name == assembly)
                {
                    return candidate;
                }

                first ??= candidate;
            }

            return first;
        }
    }
}
