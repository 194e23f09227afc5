using System.Net;

namespace KnowledgeGraph.Api.Tests;

public sealed class RelationsApiTests : ApiTestBase
{
    [Test]
    public async Task RelationsOfAnEntityInAWindowAreThoseThatHeldThen()
    {
        var page = await GetOk("/api/relations?entity=nikol-pashinyan&since=2025-03-14&until=2025-03-14&limit=500");
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(Ids(page.GetProperty("items")), Does.Contain("pashinyan-phone-call-putin-2025-03-14"));
            Assert.That(items.All(r => r.GetProperty("source").GetString() == "nikol-pashinyan" || r.GetProperty("target").GetString() == "nikol-pashinyan"), Is.True);
            Assert.That(items.Where(r => r.GetProperty("time").ValueKind != System.Text.Json.JsonValueKind.Null)
                .Select(r => r.GetProperty("time").GetProperty("text").GetString()), Does.Not.Contain("20 March 2025"));
        });
    }

    [Test]
    public async Task CertaintyFilterListsTheDeniedClaim()
    {
        var page = await GetOk("/api/relations?certainty=denied");
        var expected = Graph.Relations.Where(r => r.Certainty == Model.Certainty.Denied).Select(r => r.Id);
        Assert.Multiple(() =>
        {
            Assert.That(Ids(page.GetProperty("items")), Is.EquivalentTo(expected));
            Assert.That(page.GetProperty("total").GetInt32(), Is.GreaterThan(0));
        });
    }

    [Test]
    public async Task SourceAndTargetListTheRelationsFromOneToTheOther()
    {
        var page = await GetOk("/api/relations?source=alen-simonyan&target=csto&documents=armenia-new-diplomatic-moves-2025");
        Assert.That(page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("type").GetString()), Is.EqualTo(new[] { "criticized" }));
    }

    [Test]
    public async Task TypeFilterReturnsOnlyThatTypeAndCountsAll()
    {
        var expected = Graph.Relations.Count(r => r.Type == "member-of");
        var page = await GetOk("/api/relations?type=member-of&limit=2");
        Assert.Multiple(() =>
        {
            Assert.That(page.GetProperty("total").GetInt32(), Is.EqualTo(expected));
            Assert.That(page.GetProperty("items").GetArrayLength(), Is.EqualTo(Math.Min(2, expected)));
        });
    }

    [TestCase("/api/relations?certainty=likely", "certainty")]
    [TestCase("/api/relations?type=hugged", "type")]
    [TestCase("/api/relations?entity=atlantis", "entity")]
    [TestCase("/api/relations?since=2025-13", "since")]
    public async Task BadRelationParametersReturn400NamingTheParameter(string url, string parameter) =>
        await GetValidationError(url, parameter);

    [Test]
    public async Task UnknownEntityAndTypeAreReportedTogetherUnderTheApiNames()
    {
        var problem = await GetProblem("/api/relations?entity=atlantis&type=hugged", HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Multiple(() =>
        {
            Assert.That(errors.EnumerateObject().Select(e => e.Name), Is.EquivalentTo(new[] { "entity", "type" }), errors.ToString());
            Assert.That(errors.GetProperty("type")[0].GetString(), Does.Contain("'hugged'"));
        });
    }
}
