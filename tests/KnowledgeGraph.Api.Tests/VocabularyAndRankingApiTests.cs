using KnowledgeGraph.Model;

namespace KnowledgeGraph.Api.Tests;

public sealed class VocabularyAndRankingApiTests : ApiTestBase
{
    [Test]
    public async Task RelationTypesCarryLabelsKindsPolarityAndPlover()
    {
        var types = await GetOk("/api/relation-types");
        var call = types.EnumerateArray().Single(t => t.GetProperty("name").GetString() == "held-phone-call-with");
        Assert.Multiple(() =>
        {
            Assert.That(types.GetArrayLength(), Is.EqualTo(Graph.RelationTypes.Length));
            Assert.That(call.GetProperty("label").GetString(), Is.Not.Empty);
            Assert.That(call.GetProperty("polarity").GetString(), Is.EqualTo("cooperative"));
            Assert.That(call.GetProperty("plover").GetProperty("type").GetString(), Is.EqualTo("CONSULT"));
            Assert.That(call.GetProperty("sourceKinds").EnumerateArray().Select(k => k.GetString()), Does.Contain("Official"));
            Assert.That(call.GetProperty("relations").GetInt32(), Is.EqualTo(Graph.Relations.Count(r => r.Type == "held-phone-call-with")));
        });
    }

    [Test]
    public async Task EntityKindsAreListedWithCounts()
    {
        var kinds = await GetOk("/api/entity-kinds");
        var byName = kinds.EnumerateArray().ToDictionary(k => k.GetProperty("name").GetString()!, k => k.GetProperty("entities").GetInt32());
        Assert.That(byName, Is.EquivalentTo(Graph.EntityKinds.ToDictionary(k => k.Name, k => Graph.Entities.Count(e => e.Kind == k.Name))));
    }

    [Test]
    public async Task DegreeRankingPutsTheEntityWithMostFactualRelationsFirst()
    {
        var degree = Graph.Relations.Where(r => r.Certainty.IsFactual())
            .SelectMany(r => new[] { r.Source, r.Target }).CountBy(id => id).ToDictionary();
        var top = degree.Max(d => d.Value);
        var ranking = await GetOk("/api/actors/ranking?measure=degree&limit=5");
        var first = ranking.GetProperty("items")[0];
        Assert.Multiple(() =>
        {
            Assert.That(degree[first.GetProperty("id").GetString()!], Is.EqualTo(top));
            Assert.That(first.GetProperty("rank").GetInt32(), Is.EqualTo(1));
            Assert.That(ranking.GetProperty("items").GetArrayLength(), Is.EqualTo(5));
        });
    }

    [Test]
    public async Task BetweennessRankingOfStatesIsSortedAndOnlyStates()
    {
        var ranking = await GetOk("/api/actors/ranking?measure=betweenness&kind=State&limit=50");
        var items = ranking.GetProperty("items").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(items.Select(i => i.GetProperty("kind").GetString()), Is.All.EqualTo("State"));
            Assert.That(items.Select(i => i.GetProperty("score").GetDouble()), Is.Ordered.Descending);
            Assert.That(items[0].GetProperty("id").GetString(), Is.EqualTo("armenia"), "the article's hub");
        });
    }

    [Test]
    public async Task UnknownMeasureReturns400ListingTheMeasures()
    {
        var message = await GetValidationError("/api/actors/ranking?measure=pagerank", "measure");
        Assert.That(message, Does.Contain("degree").And.Contain("betweenness"));
    }
}
