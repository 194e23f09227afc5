using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Tests.Queries;

public sealed class EntitySearchTests
{
    private static readonly Graph Graph = SampleGraph.Instance;

    [TestCase("Türkiye")]
    [TestCase("Turkiye")]
    [TestCase("turkiye")]
    [TestCase("TURKIYE!")]
    public void SearchEntities_AccentCaseAndPunctuation_FindsExactMatch(string text)
    {
        var match = Graph.SearchEntities(text)[0];

        Assert.That(match.Entity.Id, Is.EqualTo("turkiye"));
        Assert.That(match.Score, Is.EqualTo(1.0));
    }

    [Test]
    public void SearchEntities_NameWithoutDiacritic_FindsExactMatch()
    {
        var match = Graph.SearchEntities("Mehmet Ergun")[0];

        Assert.That((match.Entity.Id, match.MatchKind, match.MatchedText), Is.EqualTo(("mehmet-ergun", MatchKind.Exact, "Mehmet Ergün")));
    }

    [Test]
    public void SearchEntities_Id_IsAnIdMatch()
    {
        var match = Graph.SearchEntities("nikol-pashinyan")[0];

        Assert.That((match.Entity.Id, match.MatchKind, match.Score), Is.EqualTo(("nikol-pashinyan", MatchKind.Id, 1.0)));
    }

    [TestCase("Pashinian", "nikol-pashinyan")]
    [TestCase("Galusin", "mikhail-galuzin")]
    [TestCase("Simonian", "margarita-simonyan")]
    [TestCase("Vladimir Putn", "vladimir-putin")]
    public void SearchEntities_TypoOrTransliteration_FindsFuzzyMatch(string text, string expected)
    {
        var match = Graph.SearchEntities(text)[0];

        Assert.That(match.Entity.Id, Is.EqualTo(expected));
        Assert.That(match.MatchKind, Is.EqualTo(MatchKind.Fuzzy));
        Assert.That(match.Score, Is.InRange(0.3, 0.5));
    }

    [Test]
    public void SearchEntities_Prefix_RanksAbovePartialWord()
    {
        var matches = Graph.SearchEntities("Rus");

        Assert.That(matches[0].Entity.Id, Is.EqualTo("russia"));
        Assert.That(matches[0].MatchKind, Is.EqualTo(MatchKind.Prefix));
    }

    [Test]
    public void SearchEntities_WordInsideName_IsContainsMatch()
    {
        var match = Graph.SearchEntities("Security Treaty")[0];

        Assert.That((match.Entity.Id, match.MatchKind), Is.EqualTo(("csto", MatchKind.Contains)));
    }

    [Test]
    public void SearchEntities_Metonym_FindsTheState()
    {
        var match = Graph.SearchEntities("Kremlin")[0];

        Assert.That((match.Entity.Id, match.MatchedText), Is.EqualTo(("russia", "the Kremlin")));
    }

    [Test]
    public void SearchEntities_Ranking_ExactBeforePrefixBeforeContainsBeforeFuzzy()
    {
        var graph = new TestGraphBuilder()
            .Entity("a", name: "Aran")
            .Entity("b", name: "Arant Group")
            .Entity("c", name: "The Aran Council")
            .Entity("d", name: "Aram")
            .Build();

        var matches = graph.SearchEntities("aran");

        Assert.That(matches.Select(m => (m.Entity.Id, m.MatchKind)), Is.EqualTo(new[]
        {
            ("a", MatchKind.Exact), ("b", MatchKind.Prefix), ("c", MatchKind.Contains), ("d", MatchKind.Fuzzy),
        }));
        Assert.That(matches.Select(m => m.Score), Is.Ordered.Descending);
    }

    [Test]
    public void SearchEntities_Limit_CapsTheMatches()
    {
        Assert.That(Graph.SearchEntities("a", limit: 2), Has.Count.AtMost(2));
        Assert.That(Assert.Throws<QueryArgumentException>(() => Graph.SearchEntities("a", 0))!.Parameter, Is.EqualTo("limit"));
    }

    [Test]
    public void SearchEntities_OnlyPunctuation_FindsNothing()
    {
        Assert.That(Graph.SearchEntities(" -- "), Is.Empty);
    }
}
