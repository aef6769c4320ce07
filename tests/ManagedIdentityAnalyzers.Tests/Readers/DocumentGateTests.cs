using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ManagedIdentityAnalyzers.Readers.CSharp;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ManagedIdentityAnalyzers.Tests.Readers;

/// <summary>
/// The syntactic look that decides which documents and bodies are read at all (<see cref="DocumentReader.Mentions"/>):
/// a name counts only where the token at its position is that identifier, whatever the text around it says.
/// </summary>
public class DocumentGateTests
{
    private static readonly IdentifierNames Names = new(new[] { "LogicWorkflowData", "Data" }, "Data");

    [Theory]
    [InlineData("var d = new LogicWorkflowData(location);", true)]
    [InlineData("var d = resource.Data;", true)]
    [InlineData("var d = resource.@Data;", true)]
    [InlineData("var s = $\"{Data}\";", true)]
    [InlineData("var d = new Logic\\u0057orkflowData(location);", true)]
    [InlineData("var d = new Logic\\U00000057orkflowData(location);", true)]
    [InlineData("var s = \"a\\\\b\\n\"; var d = new Logic\\u0057orkflowData(location);", true)]
    [InlineData("// LogicWorkflowData is built elsewhere\nvar d = 1;", false)]
    [InlineData("var s = \"LogicWorkflowData\";", false)]
    [InlineData("var s = \"\"\"\n    Data\n    \"\"\";", false)]
    [InlineData("var d = MyLogicWorkflowData.DataSet;", false)]
    [InlineData("/// <see cref=\"LogicWorkflowData\"/>\nvar d = 1;", false)]
    [InlineData("var d = 1; // \\u0044ata", false)]
    public void A_name_counts_only_as_an_identifier(string statements, bool expected)
    {
        var tree = CSharpSyntaxTree.ParseText("class C { void M(object resource, object location) { " + statements + " } }");
        var text = tree.GetText().ToString();
        var body = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().Single();

        Assert.Equal(expected, DocumentReader.Mentions(text, body, Names, CancellationToken.None));
        Assert.Equal(expected, DocumentReader.MentionsAny(body, Names, CancellationToken.None));
    }

    [Theory]
    [InlineData("abc", 0, 3, false)]
    [InlineData("a\\u0041", 0, 7, true)]
    [InlineData("a\\U00000041", 0, 11, true)]
    [InlineData("a\\n\\t\\\\", 0, 7, false)]
    [InlineData("a\\\\u0041", 0, 8, true)]
    [InlineData("ab\\", 0, 3, false)]
    [InlineData("ab\\u", 0, 3, false)]
    [InlineData("ab\\u", 2, 4, true)]
    [InlineData("\\uab", 1, 4, false)]
    public void A_unicode_escape_is_found_only_inside_the_range(string text, int start, int end, bool expected)
    {
        Assert.Equal(expected, IdentifierNames.HasUnicodeEscape(text, start, end));
    }

    [Fact]
    public void Only_the_node_s_own_text_is_looked_at()
    {
        var tree = CSharpSyntaxTree.ParseText("class C { void A() { var d = new LogicWorkflowData(); } void B() { var x = 1; } }");
        var text = tree.GetText().ToString();
        var bodies = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().ToArray();

        Assert.True(DocumentReader.Mentions(text, bodies[0], Names, CancellationToken.None));
        Assert.False(DocumentReader.Mentions(text, bodies[1], Names, CancellationToken.None));
    }

    [Fact]
    public void An_empty_name_names_nothing()
    {
        // Half-typed code: a method whose name is missing has an empty name, which a caller may look for.
        var tree = CSharpSyntaxTree.ParseText("class C { void M() { var x = 1; } }");
        var body = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().Single();

        Assert.False(DocumentReader.Mentions(tree.GetText().ToString(), body, new IdentifierNames(new[] { string.Empty }), CancellationToken.None));
    }

    [Theory]
    [InlineData("namespace N; class C { LogicWorkflowData d; }", true)]
    [InlineData("namespace N; // LogicWorkflowData\nclass C { string s = \"Data\"; }", false)]
    [InlineData("namespace Contoso.Identity.Data; class C { void M() { } }", false)]
    [InlineData("namespace Contoso.Identity { using Contoso.Data; using Alias = Contoso.Definition; class C { } }", false)]
    [InlineData("namespace Contoso.Identity; class C { void M(Contoso.Identity.Settings s) { } }", true)]
    [InlineData("using static Contoso.Data; class C { object M() => Identity; }", true)]
    public void The_document_gate_is_the_same_look(string source, bool expected) =>
        Assert.Equal(expected, MayMatter(source));
    [Theory]
    [InlineData("LogicWorkflowData")]
    [InlineData("WebSiteData")]
    [InlineData("ManagedServiceIdentity")]
    [InlineData("ManagedServiceIdentityType")]
    [InlineData("LogicWorkflowResource")]
    [InlineData("WebSiteResource")]
    [InlineData("LogicWorkflowParameterInfo")]
    [InlineData("BinaryData")]
    [InlineData("FromString")]
    [InlineData("FromObjectAsJson")]
    [InlineData("FromBytes")]
    [InlineData("Identity")]
    [InlineData("UserAssignedIdentities")]
    [InlineData("Definition")]
    [InlineData("Data")]
    [InlineData("GenericResourceData")]
    public void Every_name_of_interest_opens_the_gate(string name)
    {
        Assert.True(MayMatter("class C { void M() { var x = " + name + "; } }"));
        Assert.False(MayMatter("class C { void M() { var x = My" + name + "s; } }"));
    }

    [Theory]
    [InlineData("var d = new LogicWorkflowData();", true)]
    [InlineData("var w = Workflow; var d = LogicWorkflowDataSet;", false)]
    [InlineData("var w = Workflows + LogicWorkflowData;", true)]
    public void A_name_is_found_through_a_probe_anywhere_in_it(string statements, bool expected)
    {
        var names = new IdentifierNames(new[] { "LogicWorkflowData" }, "Workflow");
        var tree = CSharpSyntaxTree.ParseText("class C { void M() { " + statements + " } }");

        Assert.Equal(expected, DocumentReader.Mentions(tree.GetText().ToString(), tree.GetRoot(), names, CancellationToken.None));
    }

    [Fact]
    public void A_name_no_probe_covers_is_its_own_probe()
    {
        var names = new IdentifierNames(new[] { "BinaryData", "Identity", "Data", "Identity" }, "Data");

        Assert.Equal(new[] { "Data", "Identity" }, names.Probes);
        Assert.True(names.Contains("Identity"));
        Assert.False(names.Contains("Ident"));
    }

    private static bool MayMatter(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source);
        return DocumentReader.MayMatter(tree.GetText().ToString(), tree.GetRoot(), CancellationToken.None);
    }
}
