using System.Net;

namespace KnowledgeGraph.Api.Tests;

public sealed class PathsApiTests : ApiTestBase
{
    [Test]
    public async Task PashinyanToPutinIncludesTheirPhoneCallWithDateAndEvidence()
    {
        var result = await GetOk("/api/paths?from=nikol-pashinyan&to=vladimir-putin&k=5&documents=armenia-new-diplomatic-moves-2025");
        var paths = result.GetProperty("paths").EnumerateArray().ToList();
        var direct = paths.Where(p => p.GetProperty("length").GetInt32() == 1).ToList();
        var call = direct.Single(p => p.GetProperty("edges")[0].GetProperty("type").GetString() == "held-phone-call-with");
        Assert.Multiple(() =>
        {
            Assert.That(paths.Select(p => p.GetProperty("length").GetInt32()), Is.Ordered, "shortest first");
            Assert.That(direct, Has.Count.GreaterThanOrEqualTo(2), "parallel relations give distinct paths");
            Assert.That(call.GetProperty("explanation").GetString(), Does.Contain("Nikol Pashinyan").And.Contain("Vladimir Putin").And.Contain("14 March 2025").And.Contain("paragraph 8"));
            Assert.That(Ids(call.GetProperty("nodes")), Is.EqualTo(new[] { "nikol-pashinyan", "vladimir-putin" }));
            Assert.That(call.GetProperty("steps")[0].GetProperty("alongDirection").GetBoolean(), Is.True);
        });
    }

    [Test]
    public async Task PathsAvoidExcludedEntitiesAndFollowOnlyFactualRelationsByDefault()
    {
        var result = await GetOk("/api/paths?from=nikol-pashinyan&to=israel&k=10&excludeEntities=russia");
        var paths = result.GetProperty("paths").EnumerateArray().ToList();
        Assert.That(paths, Is.Not.Empty);
        foreach (var path in paths)
        {
            Assert.That(Ids(path.GetProperty("nodes")), Does.Not.Contain("russia"));
            Assert.That(path.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("certainty").GetString()), Is.All.AnyOf("stated", "reported"));
            Assert.That(Ids(path.GetProperty("nodes")).First(), Is.EqualTo("nikol-pashinyan"));
            Assert.That(Ids(path.GetProperty("nodes")).Last(), Is.EqualTo("israel"));
        }
    }

    [Test]
    public async Task AllShortestPathsHaveTheMinimumLength()
    {
        var all = await GetOk("/api/paths?from=nikol-pashinyan&to=israel&all=true");
        var lengths = all.GetProperty("paths").EnumerateArray().Select(p => p.GetProperty("length").GetInt32()).ToList();
        var shortest = await GetOk("/api/paths?from=nikol-pashinyan&to=israel");
        Assert.That(lengths, Is.Not.Empty);
        Assert.That(lengths, Is.All.EqualTo(shortest.GetProperty("paths")[0].GetProperty("length").GetInt32()));
    }

    [Test]
    public async Task NoPathIsAnEmptyListNotAnError()
    {
        var result = await GetOk("/api/paths?from=nikol-pashinyan&to=israel&relationTypes=held-phone-call-with");
        Assert.Multiple(() =>
        {
            Assert.That(result.GetProperty("paths").GetArrayLength(), Is.EqualTo(0));
            Assert.That(result.GetProperty("truncated").GetBoolean(), Is.False);
        });
    }

    [Test]
    public async Task EndsMayBeGivenByUnambiguousName()
    {
        var result = await GetOk("/api/paths?from=Pashinyan&to=Putin");
        Assert.Multiple(() =>
        {
            Assert.That(result.GetProperty("from").GetString(), Is.EqualTo("nikol-pashinyan"));
            Assert.That(result.GetProperty("to").GetString(), Is.EqualTo("vladimir-putin"));
        });
    }

    [Test]
    public async Task UnknownEndReturns404NamingTheParameter()
    {
        var problem = await GetProblem("/api/paths?from=nikol-pashinyan&to=isreal", HttpStatusCode.NotFound);
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("parameter").GetString(), Is.EqualTo("to"));
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("'isreal'").And.Contain("'israel'"));
        });
    }

    [TestCase("/api/paths?to=israel", "from")]
    [TestCase("/api/paths?from=armenia&to=israel&k=0", "k")]
    [TestCase("/api/paths?from=armenia&to=israel&k=1000", "k")]
    [TestCase("/api/paths?from=armenia&to=israel&k=two", "k")]
    [TestCase("/api/paths?from=armenia&to=israel&maxLength=99", "maxLength")]
    [TestCase("/api/paths?from=armenia&to=israel&direction=sideways", "direction")]
    [TestCase("/api/paths?from=armenia&to=israel&relationTypes=hugged", "relationTypes")]
    [TestCase("/api/paths?from=armenia&to=israel&excludeKinds=Country", "excludeKinds")]
    [TestCase("/api/paths?from=armenia&to=israel&excludeEntities=atlantis", "excludeEntities")]
    [TestCase("/api/paths?from=armenia&to=israel&asOf=2025-02-30", "asOf")]
    [TestCase("/api/paths?from=armenia&to=israel&since=2025-04&until=2025-03", "until")]
    [TestCase("/api/paths?from=armenia&to=israel&includeUncertain=maybe", "includeUncertain")]
    public async Task BadPathParametersReturn400NamingTheParameter(string url, string parameter)
    {
        var message = await GetValidationError(url, parameter);
        Assert.That(message, Does.Contain(parameter).Or.Contain("allowed").Or.Contain("use one of"));
    }

    [Test]
    public async Task UnknownDirectionListsTheAllowedValues()
    {
        var message = await GetValidationError("/api/paths?from=armenia&to=israel&direction=sideways", "direction");
        Assert.That(message, Does.Contain("both").And.Contain("out").And.Contain("in"));
    }

    [Test]
    public async Task KWithAllIsRefusedByTheLibraryNamingK()
    {
        var message = await GetValidationError("/api/paths?from=armenia&to=israel&all=true&k=2", "k");
        Assert.That(message, Does.Contain("k is 2").And.Contain("AllShortest"));
    }

    [Test]
    public async Task EveryProblemOfTheLibraryIsReportedAtOnceUnderTheApiNames()
    {
        var problem = await GetProblem("/api/paths?from=armenia&to=atlantis&relationTypes=hugged&excludeKinds=Planet&since=2025-04&until=2025-03", HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(e => e.Name), Is.EquivalentTo(new[] { "relationTypes", "excludeKinds", "until" }), errors.ToString());
    }

    [Test]
    public async Task ProblemsTheApiFindsAndProblemsTheLibraryFindsComeInOneResponse()
    {
        var problem = await GetProblem("/api/paths?to=israel&direction=sideways&k=0&relationTypes=hugged&excludeEntities=rusia", HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Multiple(() =>
        {
            Assert.That(errors.EnumerateObject().Select(e => e.Name), Is.EquivalentTo(new[] { "from", "direction", "k", "relationTypes", "excludeEntities" }), errors.ToString());
            Assert.That(errors.GetProperty("excludeEntities")[0].GetString(), Does.Contain("did you mean 'russia'"));
        });
    }
}
