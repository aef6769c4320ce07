using System;
using System.IO;
using System.Linq;
using ManagedIdentityAnalyzers.Readers.CSharp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ManagedIdentityAnalyzers.Tests.Readers;

/// <summary>A tiny compilation around a method body, to get the operation of a local's initializer.</summary>
internal sealed class LiteralCompilation
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => path.Length > 0)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());

    private LiteralCompilation(string source)
    {
        Source = source;
        Tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
        Compilation = CSharpCompilation.Create(
            "Literals",
            new[] { Tree },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var errors = Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, string.Join(Environment.NewLine, errors.Select(e => e.ToString())) + Environment.NewLine + source);
        Model = Compilation.GetSemanticModel(Tree);
    }

    public string Source { get; }

    public SyntaxTree Tree { get; }

    public CSharpCompilation Compilation { get; }

    public SemanticModel Model { get; }

    /// <summary>
    /// <paramref name="body"/> runs in <c>void M(string input)</c> of class C, after <paramref name="members"/>
    /// (<c>const string Kind = "MSI";</c> unless given).
    /// </summary>
    public static LiteralCompilation Method(string body, string members = "const string Kind = \"MSI\";") =>
        new("class C\n{\n" + members + "\nvoid M(string input)\n{\n" + body + "\n}\n}\n");

    public static LiteralCompilation Of(string source) => new(source);

    /// <summary>
    /// The initializer of local <paramref name="name"/> and the locals of its method; with
    /// <paramref name="documentBodies"/>, also the constants and helper methods of the document (as the analyzer reads them).
    /// </summary>
    public (IOperation Operation, ValueSources Locals) Local(string name = "json", bool documentBodies = false)
    {
        var declarator = Tree.GetRoot().DescendantNodes().OfType<VariableDeclaratorSyntax>().Single(d => d.Identifier.Text == name);
        var operation = Model.GetOperation(declarator.Initializer!.Value)!;
        var method = declarator.Ancestors().OfType<BaseMethodDeclarationSyntax>().First();
        var locals = new ValueSources(documentBodies ? new MethodBodies(Model, default) : null);
        foreach (var child in Model.GetOperation(method)!.DescendantsAndSelf())
        {
            locals.Observe(child);
        }

        return (operation, locals);
    }

    /// <summary>The value of <c>const string</c> field <paramref name="name"/>.</summary>
    public string? ConstantField(string name)
    {
        var declarator = Tree.GetRoot().DescendantNodes().OfType<VariableDeclaratorSyntax>().Single(d => d.Identifier.Text == name);
        var field = (IFieldSymbol)Model.GetDeclaredSymbol(declarator)!;
        Assert.True(field.HasConstantValue, name + " is not a constant");
        return (string?)field.ConstantValue;
    }
}
