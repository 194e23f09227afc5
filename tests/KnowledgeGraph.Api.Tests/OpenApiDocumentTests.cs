using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// The OpenAPI document is committed as docs/openapi.json so contract changes show in diffs. When the
/// served document differs, this test fails; run it with UPDATE_OPENAPI=1 to rewrite the committed copy.
/// </summary>
public sealed class OpenApiDocumentTests : ApiTestBase
{
    private static readonly string[] Routes =
    [
        "/api/entities", "/api/entities/{id}", "/api/entities/{id}/neighbourhood", "/api/paths", "/api/relations",
        "/api/relation-types", "/api/entity-kinds", "/api/actors/ranking", "/api/graph", "/health",
    ];

    [Test]
    public async Task EveryRouteAndParameterIsDocumentedWithExamplesThatWork()
    {
        var document = await GetOk("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        foreach (var route in Routes)
        {
            Assert.That(paths.TryGetProperty(route, out var item), Is.True, route);
            var get = item.GetProperty("get");
            Assert.That(get.TryGetProperty("summary", out _), Is.True, $"{route} summary");
            Assert.That(get.TryGetProperty("description", out _), Is.True, $"{route} description");
            foreach (var parameter in get.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray() : Enumerable.Empty<JsonElement>())
            {
                Assert.That(parameter.TryGetProperty("description", out _), Is.True, $"{route} {parameter.GetProperty("name")}");
            }
        }

        var pathParameters = paths.GetProperty("/api/paths").GetProperty("get").GetProperty("parameters").EnumerateArray().ToList();
        var from = pathParameters.Single(p => p.GetProperty("name").GetString() == "from").GetProperty("example").GetString()!;
        var to = pathParameters.Single(p => p.GetProperty("name").GetString() == "to").GetProperty("example").GetString()!;
        var result = await GetOk($"/api/paths?from={from}&to={to}");
        Assert.That(result.GetProperty("paths").GetArrayLength(), Is.GreaterThan(0), "the documented example finds a path");
        Assert.That(paths.GetProperty("/api/paths").GetProperty("get").GetProperty("responses").TryGetProperty("404", out _), Is.True);
        Assert.That(paths.GetProperty("/api/paths").GetProperty("get").GetProperty("responses").TryGetProperty("400", out _), Is.True);
    }

    [Test]
    public async Task TheCommittedDocumentMatchesTheServedOne()
    {
        var served = JsonNode.Parse(await Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        var committedPath = Path.Combine(ApiFactory.RepositoryRoot, "docs", "openapi.json");
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(committedPath, served);
        }

        Assert.That(File.Exists(committedPath), Is.True, "docs/openapi.json is missing: run the tests with UPDATE_OPENAPI=1");
        Assert.That(await File.ReadAllTextAsync(committedPath), Is.EqualTo(served),
            "The API contract changed: review the change and run the tests with UPDATE_OPENAPI=1 to update docs/openapi.json.");
    }
}
