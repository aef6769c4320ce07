using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using ManagedIdentityAnalyzers.CodeFixes.Providers;
using ManagedIdentityAnalyzers.Descriptors;
using ManagedIdentityAnalyzers.Entry;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Rules;
using ManagedIdentityAnalyzers.Tests.Packaging;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ManagedIdentityAnalyzers.Tests.Meta;

/// <summary>
/// Every rule ships with its descriptor, help link, docs page, release-tracking entry, catalog severity and a rule
/// that can report it; every fix has a Fix All provider and public equivalence keys.
/// </summary>
public class RuleMetadataTests
{
    public static TheoryData<string> Descriptors()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in RuleDescriptors.All)
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    private static DiagnosticDescriptor Descriptor(string id) => RuleDescriptors.All.Single(d => d.Id == id);

    [Fact]
    public void Ids_are_unique_well_formed_and_all_have_descriptors()
    {
        var constants = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        Assert.Equal(constants.Count, constants.Distinct().Count());
        Assert.All(constants, id => Assert.Matches("^LAMI[0-9]{3}$", id));
        Assert.Equal(constants.OrderBy(x => x), RuleDescriptors.All.Select(d => d.Id).OrderBy(x => x));
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Help_link_points_at_the_docs_page_which_has_every_section(string id)
    {
        var descriptor = Descriptor(id);
        Assert.EndsWith("/docs/rules/" + id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        var page = Path.Combine(RepoLayout.Root, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"docs/rules/{id}.md is missing");
        var text = File.ReadAllText(page);
        Assert.StartsWith($"# {id}: {descriptor.Title}", text, StringComparison.Ordinal);
        foreach (var section in new[] { "## Cause", "## Why it matters", "## How to fix", "## Example", "## Configure or suppress" })
        {
            Assert.Contains(section, text, StringComparison.Ordinal);
        }

        Assert.Contains($"| Default severity | {descriptor.DefaultSeverity} |", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Release_tracking_has_the_rule_with_its_category_and_severity(string id)
    {
        var descriptor = Descriptor(id);
        var releases = File.ReadAllText(Path.Combine(RepoLayout.Root, "src", "Analyzers", "AnalyzerReleases.Shipped.md"))
            + File.ReadAllText(Path.Combine(RepoLayout.Root, "src", "Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.Matches(new Regex($@"(?m)^{id} \| {Regex.Escape(descriptor.Category)} \| {descriptor.DefaultSeverity} \|"), releases);
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Severity_matches_the_catalog_and_the_readme_lists_the_rule(string id)
    {
        var catalog = File.ReadAllText(Path.Combine(RepoLayout.Root, "docs", "rules.md"));
        var row = Regex.Match(catalog, $@"(?m)^\| {id} \| (\w+) \|");
        Assert.True(row.Success, $"{id} is not in docs/rules.md");
        Assert.Equal(row.Groups[1].Value, Descriptor(id).DefaultSeverity.ToString());
        var readme = File.ReadAllText(Path.Combine(RepoLayout.Root, "README.md"));
        Assert.Contains($"[{id}](docs/rules/{id}.md)", readme, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Exactly_one_rule_reports_each_id(string id)
    {
        Assert.Single(RuleEngine.All, rule => rule.Ids.Contains(id));
    }

    [Fact]
    public void Analyzer_declares_every_descriptor()
    {
        var analyzers = typeof(CSharpLogicAppAnalyzer).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToList();
        Assert.NotEmpty(analyzers);
        var declared = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet();
        Assert.Subset(declared, RuleDescriptors.All.Select(d => d.Id).ToHashSet());
    }

    [Fact]
    public void Fix_provider_has_fix_all_and_fixes_only_known_ids()
    {
        var provider = new PlanCodeFixProvider();
        Assert.NotNull(provider.GetFixAllProvider());
        Assert.Subset(RuleDescriptors.All.Select(d => d.Id).ToHashSet(), provider.FixableDiagnosticIds.ToHashSet());
    }

    [Fact]
    public void Equivalence_keys_are_unique_and_prefixed_by_their_rule()
    {
        var keys = typeof(FixKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        var ids = RuleDescriptors.All.Select(d => d.Id).ToHashSet();
        Assert.All(keys, key => Assert.Contains(key.Split('.')[0], ids));
    }
}
