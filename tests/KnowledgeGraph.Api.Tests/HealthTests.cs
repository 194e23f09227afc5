using System.Net;
using System.Text.Json;

namespace KnowledgeGraph.Api.Tests;

public sealed class HealthTests
{
    private ApiFactory factory = null!;

    [OneTimeSetUp]
    public void Start() => factory = new ApiFactory();

    [OneTimeTearDown]
    public void Stop() => factory.Dispose();

    [Test]
    public async Task HealthReportsTheLoadedGraph()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = doc.RootElement;
        var expected = Graph.Load(ApiFactory.GraphData);
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("status").GetString(), Is.EqualTo("healthy"));
            Assert.That(root.GetProperty("entities").GetInt32(), Is.EqualTo(expected.Entities.Length));
            Assert.That(root.GetProperty("relations").GetInt32(), Is.EqualTo(expected.Relations.Length));
            Assert.That(root.GetProperty("dataVersion").GetString(), Is.EqualTo(expected.Version));
        });
    }

    [Test]
    public async Task OpenApiDocumentIsServedAndSwaggerUiLoadsIt()
    {
        using var client = factory.CreateClient();
        var openApi = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        using var doc = JsonDocument.Parse(openApi);
        Assert.That(doc.RootElement.GetProperty("openapi").GetString(), Does.StartWith("3.1"));
        Assert.That(doc.RootElement.GetProperty("paths").TryGetProperty("/health", out _), Is.True);

        var ui = await client.GetStringAsync(new Uri("/swagger/index.html", UriKind.Relative));
        Assert.That(ui, Does.Contain("swagger-ui"));
        var config = await client.GetStringAsync(new Uri("/swagger/index.js", UriKind.Relative));
        Assert.That(config, Does.Contain("/openapi/v1.json"));
    }
}
