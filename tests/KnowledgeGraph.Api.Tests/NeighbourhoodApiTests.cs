using System.Net;

namespace KnowledgeGraph.Api.Tests;

public sealed class NeighbourhoodApiTests : ApiTestBase
{
    [Test]
    public async Task CstoIsSurroundedByItsCriticAndTheOutletThatReportedIt()
    {
        var hood = await GetOk("/api/entities/csto/neighbourhood?depth=1");
        var nodes = hood.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("distance").GetInt32());
        var expected = Graph.Relations.Where(r => r.Certainty is Model.Certainty.Stated or Model.Certainty.Reported)
            .Where(r => r.Source == "csto" || r.Target == "csto")
            .Select(r => r.Source == "csto" ? r.Target : r.Source)
            .Append("csto")
            .ToHashSet();
        Assert.Multiple(() =>
        {
            Assert.That(hood.GetProperty("center").GetString(), Is.EqualTo("csto"));
            Assert.That(nodes["csto"], Is.EqualTo(0));
            Assert.That(nodes["alen-simonyan"], Is.EqualTo(1));
            Assert.That(nodes.Keys, Is.EquivalentTo(expected));
            Assert.That(hood.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("type").GetString()), Does.Contain("criticized"));
            Assert.That(hood.GetProperty("truncated").GetBoolean(), Is.False);
        });
    }

    [Test]
    public async Task DeeperNeighbourhoodsGrowAndReportDistances()
    {
        var one = await GetOk("/api/entities/csto/neighbourhood?depth=1");
        var two = await GetOk("/api/entities/csto/neighbourhood?depth=2");
        var twoIds = two.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("distance").GetInt32());
        Assert.Multiple(() =>
        {
            Assert.That(twoIds.Keys, Is.SupersetOf(Ids(one.GetProperty("nodes"))));
            Assert.That(twoIds["parliament-of-armenia"], Is.EqualTo(2), "CSTO - criticized by - Simonyan - speaker of - parliament");
            Assert.That(twoIds.Values.Max(), Is.EqualTo(2));
            Assert.That(twoIds.Count, Is.GreaterThan(one.GetProperty("nodes").GetArrayLength()));
        });
    }

    [Test]
    public async Task DeniedRelationsAreFollowedOnlyWhenAskedFor()
    {
        var factual = await GetOk("/api/entities/armenia/neighbourhood?relationTypes=cooperates-with");
        var all = await GetOk("/api/entities/armenia/neighbourhood?relationTypes=cooperates-with&includeUncertain=true");
        Assert.Multiple(() =>
        {
            Assert.That(Ids(factual.GetProperty("nodes")), Does.Not.Contain("russia"));
            Assert.That(Ids(all.GetProperty("nodes")), Does.Contain("russia"));
            Assert.That(all.GetProperty("edges").EnumerateArray().Any(e => e.GetProperty("certainty").GetString() == "denied"), Is.True);
        });
    }

    [Test]
    public async Task ALimitCutsTheResultAndSaysSo()
    {
        var hood = await GetOk("/api/entities/armenia/neighbourhood?depth=2&limit=3");
        Assert.Multiple(() =>
        {
            Assert.That(hood.GetProperty("nodes").GetArrayLength(), Is.LessThanOrEqualTo(3));
            Assert.That(hood.GetProperty("truncated").GetBoolean(), Is.True);
            Assert.That(hood.GetProperty("truncationReason").GetString(), Is.Not.Empty);
        });
    }

    [Test]
    public async Task UnknownCenterReturns404()
    {
        var problem = await GetProblem("/api/entities/cstoo/neighbourhood", HttpStatusCode.NotFound);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("'csto'"));
    }

    [TestCase("/api/entities/csto/neighbourhood?depth=0", "depth")]
    [TestCase("/api/entities/csto/neighbourhood?depth=9", "depth")]
    [TestCase("/api/entities/csto/neighbourhood?depth=deep", "depth")]
    [TestCase("/api/entities/csto/neighbourhood?direction=up", "direction")]
    [TestCase("/api/entities/csto/neighbourhood?kinds=Planet", "kinds")]
    [TestCase("/api/entities/csto/neighbourhood?since=March", "since")]
    [TestCase("/api/entities/csto/neighbourhood?limit=-4", "limit")]
    public async Task BadNeighbourhoodParametersReturn400NamingTheParameter(string url, string parameter) =>
        await GetValidationError(url, parameter);
}
