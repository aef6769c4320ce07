using Microsoft.CodeAnalysis;

namespace ManagedIdentityAnalyzers.Readers.CSharp
{
    /// <summary>
    /// The Azure SDK types the C# reader binds to, resolved once per compilation by metadata name. When
    /// Azure.ResourceManager is not referenced there is nothing to read and the analyzer registers nothing.
    /// </summary>
    internal sealed class SdkSymbols
    {
        private SdkSymbols(Compilation compilation, INamedTypeSymbol identityType, INamedTypeSymbol identity)
        {
            IdentityType = identityType;
            Identity = identity;
            WorkflowData = compilation.GetTypeByMetadataName("Azure.ResourceManager.Logic.LogicWorkflowData");
            SiteData = compilation.GetTypeByMetadataName("Azure.ResourceManager.AppService.WebSiteData");
        }

        /// <summary><c>Azure.ResourceManager.Models.ManagedServiceIdentityType</c>.</summary>
        public INamedTypeSymbol IdentityType { get; }

        /// <summary><c>Azure.ResourceManager.Models.ManagedServiceIdentity</c>.</summary>
        public INamedTypeSymbol Identity { get; }

        /// <summary><c>Azure.ResourceManager.Logic.LogicWorkflowData</c> (Consumption), when referenced.</summary>
        public INamedTypeSymbol? WorkflowData { get; }

        /// <summary><c>Azure.ResourceManager.AppService.WebSiteData</c> (Standard when its kind says so), when referenced.</summary>
        public INamedTypeSymbol? SiteData { get; }

        public static SdkSymbols? TryCreate(Compilation compilation)
        {
            var identityType = compilation.GetTypeByMetadataName("Azure.ResourceManager.Models.ManagedServiceIdentityType");
            var identity = compilation.GetTypeByMetadataName("Azure.ResourceManager.Models.ManagedServiceIdentity");
            return identityType is null || identity is null ? null : new SdkSymbols(compilation, identityType, identity);
        }

        /// <summary>Whether a created type is one the reader follows.</summary>
        public bool IsTrackedType(ITypeSymbol? type) =>
            type is not null
            && (SymbolEqualityComparer.Default.Equals(type, Identity)
                || SymbolEqualityComparer.Default.Equals(type, IdentityType)
                || SymbolEqualityComparer.Default.Equals(type, WorkflowData)
                || SymbolEqualityComparer.Default.Equals(type, SiteData));

        public bool IsIdentityType(ITypeSymbol? type) => SymbolEqualityComparer.Default.Equals(type, IdentityType);
    }
}
