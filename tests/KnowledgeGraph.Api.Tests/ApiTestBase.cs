using System.Net;
using System.Text.Json;

namespace KnowledgeGraph.Api.Tests;

/// <summary>One real host over the real graph-data/ per test class, and helpers to call it.</summary>
public abstract class ApiTestBase
{
    protected ApiFactory Factory { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    /// <summary>The same data the API serves, loaded through the library, to derive expected answers.</summary>
    protected Graph Graph { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        Factory = new ApiFactory();
        Client = Factory.CreateClient();
        Graph = Graph.Load(ApiFactory.GraphData);
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        Client.Dispose();
        Factory.Dispose();
    }

    protected Task<JsonElement> GetOk(string url) => ApiFactory.GetOk(Client, url);

    /// <summary>Asserts a problem+json response with the status, and returns its body.</summary>
    protected async Task<JsonElement> GetProblem(string url, HttpStatusCode status)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), $"GET {url}: {body}");
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), body);
        Assert.That(body, Does.Not.Contain("   at "), "no stack trace");
        using var doc = JsonDocument.Parse(body);
        return doc.RootElement.Clone();
    }

    /// <summary>Asserts a 400 ValidationProblem keyed by the parameter, and returns that parameter's messages.</summary>
    protected async Task<string> GetValidationError(string url, string parameter)
    {
        var problem = await GetProblem(url, HttpStatusCode.BadRequest);
        Assert.That(problem.TryGetProperty("errors", out var errors), Is.True, problem.ToString());
        Assert.That(errors.TryGetProperty(parameter, out var messages), Is.True, $"errors keyed by '{parameter}': {errors}");
        return string.Join(" ", messages.EnumerateArray().Select(m => m.GetString()));
    }

    protected static IEnumerable<string> Ids(JsonElement array, string property = "id") =>
        array.EnumerateArray().Select(e => e.GetProperty(property).GetString()!);
}
