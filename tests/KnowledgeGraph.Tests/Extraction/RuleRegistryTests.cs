using System.Globalization;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Tests.Extraction;

/// <summary>The rule registry: names once, every rule proposes types, and docs/EXTRACTION.md lists it as it is.</summary>
public sealed class RuleRegistryTests
{
    [Test]
    public void Registry_NamesEachRuleOnce() =>
        Assert.That(RuleRegistry.Default.Select(r => r.Name), Is.Unique);

    [Test]
    public void Registry_EveryRuleProposesTypesTheGraphVocabularyHas()
    {
        var vocabulary = Graph.Load(RepositoryPaths.GraphData).RelationTypes.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in RuleRegistry.Default)
        {
            Assert.That(rule.Types(TriggerLexicon.Default).Where(vocabulary.Contains), Is.Not.Empty, rule.Name);
        }
    }

    [Test]
    public void Documentation_ListsTheRegistryInOrderWithScopeAndBase()
    {
        var doc = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", "EXTRACTION.md"));
        var rows = doc.Where(l => l.StartsWith("| `", StringComparison.Ordinal) && l.Split('|').Length >= 5 && (l.Contains("| body", StringComparison.Ordinal) || l.Contains("| footnote", StringComparison.Ordinal)))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .Select(c => (Name: c[1].Trim('`'), Scope: c[2], Base: c[3]))
            .ToList();
        var expected = RuleRegistry.Default.Select(r => (r.Name, Scope(r.Scope), r.BaseConfidence.ToString("0.0#", CultureInfo.InvariantCulture))).ToList();
        Assert.That(rows, Is.EqualTo(expected));
    }

    private static string Scope(RuleScope scope) =>
        string.Join(", ", new[] { (RuleScope.Body, "body"), (RuleScope.Footnote, "footnote") }.Where(x => scope.HasFlag(x.Item1)).Select(x => x.Item2));
}
