using System.Net;

namespace KnowledgeGraph.Api.Tests;

public sealed class EntitiesApiTests : ApiTestBase
{
    [Test]
    public async Task SearchWithATransliterationFindsPashinyanFirst()
    {
        var page = await GetOk("/api/entities?search=Pashinyian");
        var first = page.GetProperty("items")[0];
        Assert.Multiple(() =>
        {
            Assert.That(first.GetProperty("id").GetString(), Is.EqualTo("nikol-pashinyan"));
            Assert.That(first.GetProperty("score").GetDouble(), Is.GreaterThan(0).And.LessThan(1));
            Assert.That(first.GetProperty("matchKind").GetString(), Is.EqualTo("fuzzy"));
        });
    }

    [Test]
    public async Task SearchIgnoresAccentsAndCase()
    {
        var page = await GetOk("/api/entities?search=ergun%20mamedov");
        Assert.That(page.GetProperty("items")[0].GetProperty("id").GetString(), Is.EqualTo("ergun-mamedov"));
    }

    [Test]
    public async Task ListByKindReturnsEveryEntityOfThatKindAcrossPages()
    {
        var expected = Graph.Entities.Where(e => e.Kind == "State").Select(e => e.Id).ToList();
        var first = await GetOk("/api/entities?kind=State&limit=5&offset=0");
        var rest = await GetOk($"/api/entities?kind=State&limit=500&offset=5");
        Assert.Multiple(() =>
        {
            Assert.That(first.GetProperty("total").GetInt32(), Is.EqualTo(expected.Count));
            Assert.That(first.GetProperty("items").GetArrayLength(), Is.EqualTo(5));
            Assert.That(Ids(first.GetProperty("items")).Concat(Ids(rest.GetProperty("items"))), Is.EquivalentTo(expected));
            Assert.That(first.GetProperty("items")[0].GetProperty("kind").GetString(), Is.EqualTo("State"));
        });
    }

    [Test]
    public async Task EntityComesWithItsRelationsAndTheirEvidence()
    {
        var entity = await GetOk("/api/entities/nikol-pashinyan");
        var call = entity.GetProperty("relations").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == "pashinyan-phone-call-putin-2025-03-14");
        var evidence = call.GetProperty("evidence")[0];
        Assert.Multiple(() =>
        {
            Assert.That(entity.GetProperty("kind").GetString(), Is.EqualTo("Official"));
            Assert.That(call.GetProperty("target").GetString(), Is.EqualTo("vladimir-putin"));
            Assert.That(call.GetProperty("time").GetProperty("point").GetString(), Is.EqualTo("2025-03-14"));
            Assert.That(call.GetProperty("time").GetProperty("precision").GetString(), Is.EqualTo("day"));
            Assert.That(call.GetProperty("certainty").GetString(), Is.EqualTo("stated"));
            Assert.That(call.GetProperty("polarity").GetString(), Is.EqualTo("cooperative"));
            Assert.That(evidence.GetProperty("paragraph").GetInt32(), Is.EqualTo(8));
            Assert.That(evidence.GetProperty("footnote").GetInt32(), Is.EqualTo(2));
            Assert.That(evidence.GetProperty("citation").GetProperty("url").GetString(), Does.Contain("kremlin.ru"));
            Assert.That(call.GetProperty("contested").GetBoolean(), Is.True, "another document dates the call 13 March");
            Assert.That(call.GetProperty("supportingDocuments").EnumerateArray().Select(d => d.GetString()), Does.Contain("armenia-new-diplomatic-moves-2025").And.Contain("mirrorspectator-pashinyan-victory-day-moscow-2025-05"));
        });
    }

    [Test]
    public async Task UnknownEntityReturns404WithSuggestions()
    {
        var problem = await GetProblem("/api/entities/nikol-pashinyn", HttpStatusCode.NotFound);
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("'nikol-pashinyn'").And.Contain("did you mean").And.Contain("'nikol-pashinyan'"));
            Assert.That(problem.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()), Does.Contain("nikol-pashinyan"));
            Assert.That(problem.GetProperty("parameter").GetString(), Is.EqualTo("id"));
        });
    }

    [TestCase("/api/entities?limit=0", "limit")]
    [TestCase("/api/entities?limit=100000", "limit")]
    [TestCase("/api/entities?limit=abc", "limit")]
    [TestCase("/api/entities?offset=-1", "offset")]
    [TestCase("/api/entities?kind=Country", "kind")]
    public async Task BadListParametersReturn400NamingTheParameter(string url, string parameter)
    {
        var message = await GetValidationError(url, parameter);
        Assert.That(message, Does.Contain(parameter));
    }
}
