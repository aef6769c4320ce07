namespace ManagedIdentityAnalyzers.Model
{
    /// <summary>
    /// The code whose objects are judged together: in C#, a type's methods (a deployer class, with the helpers that
    /// build its resources); for a JSON file, the file. Resources from one scope may refer to each other (a workflow's
    /// connection references and the connection resources they name; the logic apps that give a connection its plan).
    /// Compared by reference.
    /// </summary>
    internal sealed class CodeScope
    {
        public CodeScope(string name)
        {
            Name = name;
        }

        /// <summary>What the scope is (a type name, a file), for reading a model in tests and logs.</summary>
        public string Name { get; }

        public override string ToString() => Name;
    }

    /// <summary>A resource the code deploys, in the state where the reader judged it.</summary>
    internal abstract class DeployedResource
    {
        protected DeployedResource(SourceRef source, CodeScope scope)
        {
            Source = source;
            Scope = scope;
        }

        /// <summary>Where the resource object is created (fixes that add a member to it edit here).</summary>
        public SourceRef Source { get; }

        public CodeScope Scope { get; }
    }
}
