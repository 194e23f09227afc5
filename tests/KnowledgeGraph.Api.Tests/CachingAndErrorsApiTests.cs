using System.Net;
using System.Net.Http.Headers;

namespace KnowledgeGraph.Api.Tests;

public sealed class CachingAndErrorsApiTests : ApiTestBase
{
    [Test]
    public async Task ResponsesCarryAnETagOfTheDataVersionAndHonourIfNoneMatch()
    {
        using var first = await Client.GetAsync(new Uri("/api/entities/armenia", UriKind.Relative));
        var etag = first.Headers.ETag;
        Assert.That(etag, Is.Not.Null);
        Assert.That(etag!.Tag, Is.EqualTo($"\"{Graph.Version}\""));
        Assert.That(first.Headers.CacheControl?.Public, Is.True);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/entities/armenia");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag.Tag));
        using var second = await Client.SendAsync(request);
        Assert.Multiple(async () =>
        {
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
            Assert.That(await second.Content.ReadAsStringAsync(), Is.Empty);
        });

        using var stale = new HttpRequestMessage(HttpMethod.Get, "/api/entities/armenia");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0000000000000000\""));
        using var third = await Client.SendAsync(stale);
        Assert.That(third.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ErrorsAreNotTaggedForCaching()
    {
        using var response = await Client.GetAsync(new Uri("/api/entities/no-such-entity", UriKind.Relative));
        Assert.That(response.Headers.ETag, Is.Null);
    }

    [Test]
    public async Task UnknownRouteIsA404ProblemJson() =>
        await GetProblem("/api/nothing-here", HttpStatusCode.NotFound);

    [Test]
    public async Task CorsIsOffByDefault()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/entity-kinds");
        request.Headers.Add("Origin", "https://example.org");
        using var response = await Client.SendAsync(request);
        Assert.That(response.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
    }

    [Test]
    public async Task CorsAllowsTheConfiguredOrigins()
    {
        using var factory = new ApiFactory(settings: new Dictionary<string, string?> { ["KnowledgeGraph:CorsOrigins:0"] = "https://analyst.example" });
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/entity-kinds");
        request.Headers.Add("Origin", "https://analyst.example");
        using var response = await client.SendAsync(request);
        Assert.That(response.Headers.GetValues("Access-Control-Allow-Origin"), Is.EqualTo(new[] { "https://analyst.example" }));
    }

    [Test]
    public async Task ConfiguredCapsAreEnforced()
    {
        using var factory = new ApiFactory(settings: new Dictionary<string, string?> { ["KnowledgeGraph:Limits:MaxDepth"] = "2" });
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/entities/csto/neighbourhood?depth=3", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(body, Does.Contain("between 1 and 2"));
    }
}
