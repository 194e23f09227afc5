using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using KnowledgeGraph.Export;

namespace KnowledgeGraph.Api.Tests;

public sealed class ExportApiTests : ApiTestBase
{
    private static IEnumerable<string> FormatNames => ExportFormatInfo.Names;

    [TestCaseSource(nameof(FormatNames))]
    public async Task WholeGraphDownloadsInEveryFormatWithItsMediaTypeAndFileName(string format)
    {
        var info = ExportFormatInfo.Get(ExportFormatInfo.TryParse(format, out var f) ? f : ExportFormat.Unspecified);
        using var response = await Client.GetAsync(new Uri($"/api/graph?format={format}", UriKind.Relative));
        var body = await response.Content.ReadAsByteArrayAsync();
        using var expected = new MemoryStream();
        GraphExporter.Export(Graph, f, expected);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo(info.ContentType));
            Assert.That(response.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
            Assert.That(response.Content.Headers.ContentDisposition?.FileName, Is.EqualTo(info.FileName("knowledge-graph")));
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo($"\"{Graph.Version}\""));
            Assert.That(body, Is.EqualTo(expected.ToArray()), "the library's export of the served graph");
        });
    }

    [Test]
    public async Task WholeGraphAsOwnJsonReloadsToTheServedGraph()
    {
        using var response = await Client.GetAsync(new Uri("/api/graph", UriKind.Relative));
        var reloaded = Graph.LoadJson(await response.Content.ReadAsStreamAsync());
        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"), "no format and no Accept: the library's own JSON");
            Assert.That(reloaded.Entities.Select(e => e.Id), Is.EqualTo(Graph.Entities.Select(e => e.Id)));
            Assert.That(reloaded.Relations.Select(r => r.Id), Is.EqualTo(Graph.Relations.Select(r => r.Id)));
        });
    }

    [TestCase("text/turtle", "text/turtle")]
    [TestCase("application/graphml+xml", "application/graphml+xml")]
    [TestCase("application/gexf+xml", "application/gexf+xml")]
    [TestCase("application/x-ndjson", "application/x-ndjson")]
    [TestCase("text/html, application/ld+json;q=0.9", "application/ld+json")]
    public async Task WithoutFormatTheAcceptHeaderChooses(string accept, string mediaType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/graph");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await Client.SendAsync(request);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(mediaType));
            Assert.That(response.Headers.Vary, Does.Contain("Accept"));
        });
    }

    [TestCase("/api/graph?format=xml")]
    [TestCase("/api/paths?from=nikol-pashinyan&to=vladimir-putin&format=pdf")]
    [TestCase("/api/entities/csto/neighbourhood?format=svg")]
    public async Task UnknownFormatIs400ListingTheSupportedOnes(string url)
    {
        var message = await GetValidationError(url, "format");
        Assert.That(message, Does.Contain("is not an export format; use one of: graphml, gexf, gexf-1.3, dot, cytoscape, jsonld, turtle, neo4j, cypher, ftm, json."));
    }

    [Test]
    public async Task PathsDownloadAsGraphmlWithTheRelationsOfEveryPath()
    {
        const string query = "/api/paths?from=nikol-pashinyan&to=israel&k=3";
        var paths = await GetOk(query);
        var relationIds = paths.GetProperty("paths").EnumerateArray()
            .SelectMany(p => p.GetProperty("edges").EnumerateArray()).Select(e => e.GetProperty("id").GetString()).Distinct().ToList();
        using var response = await Client.GetAsync(new Uri(query + "&format=graphml", UriKind.Relative));
        var xml = XDocument.Load(await response.Content.ReadAsStreamAsync());
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.Multiple(() =>
        {
            Assert.That(relationIds, Is.Not.Empty, "Pashinyan is connected to Israel");
            Assert.That(response.Content.Headers.ContentDisposition?.FileName, Is.EqualTo("paths-nikol-pashinyan-israel.graphml"));
            Assert.That(xml.Descendants(ns + "edge").Select(e => (string?)e.Attribute("id")), Is.EquivalentTo(relationIds));
            Assert.That(xml.Descendants(ns + "desc").Single().Value, Does.StartWith("Paths from Nikol Pashinyan to"));
        });
    }

    [Test]
    public async Task NeighbourhoodDownloadsAsCytoscapeWithItsNodesAndEdges()
    {
        const string query = "/api/entities/csto/neighbourhood?depth=2";
        var hood = await GetOk(query);
        using var response = await Client.GetAsync(new Uri(query + "&format=cytoscape", UriKind.Relative));
        var elements = (await ApiFactory.ReadJson(response)).GetProperty("elements");
        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentDisposition?.FileName, Is.EqualTo("neighbourhood-csto.cyjs"));
            Assert.That(DataIds(elements.GetProperty("nodes")), Is.EquivalentTo(Ids(hood.GetProperty("nodes"))));
            Assert.That(DataIds(elements.GetProperty("edges")), Is.EquivalentTo(Ids(hood.GetProperty("edges"))));
        });
    }

    [Test]
    public async Task FollowTheMoneyLeavesOutDeniedRelationsUnlessAsked()
    {
        var denied = Graph.Relations.Where(r => r.Certainty == KnowledgeGraph.Model.Certainty.Denied).Select(r => "rel." + r.Id).ToList();
        var without = await Ids("/api/graph?format=ftm");
        var with = await Ids("/api/graph?format=ftm&includeDenied=true");
        Assert.Multiple(() =>
        {
            Assert.That(denied, Is.Not.Empty, "the bundled graph holds denied statements");
            Assert.That(without, Has.None.AnyOf(denied.ToArray()));
            Assert.That(with, Is.SupersetOf(denied));
            Assert.That(with.Count - without.Count, Is.GreaterThanOrEqualTo(denied.Count));
        });

        async Task<List<string>> Ids(string url)
        {
            using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/x-ndjson"));
            var text = await response.Content.ReadAsStringAsync();
            return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!)];
        }
    }

    [TestCase("/api/graph")]
    [TestCase("/api/paths")]
    [TestCase("/api/entities/{id}/neighbourhood")]
    public async Task OpenApiListsTheRegistrysFormatsWithTheirNames(string path)
    {
        var document = await GetOk("/openapi/v1.json");
        var parameter = document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == "format");
        var schema = parameter.GetProperty("schema");
        Assert.Multiple(() =>
        {
            Assert.That(schema.GetProperty("enum").EnumerateArray().Select(v => v.GetString()), Is.EqualTo(ExportFormatInfo.Names));
            Assert.That(schema.GetProperty("x-enum-descriptions").EnumerateArray().Select(v => v.GetString()), Is.EqualTo(ExportFormatInfo.All.Select(f => f.DisplayName)));
            foreach (var format in ExportFormatInfo.All)
            {
                Assert.That(parameter.GetProperty("description").GetString(), Does.Contain($"`{format.Name}`").And.Contain(format.Description));
            }
        });
    }

    [Test]
    public async Task ExportsHonourIfNoneMatch()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/graph?format=gexf");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{Graph.Version}\""));
        using var response = await Client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }

    private static IEnumerable<string> DataIds(System.Text.Json.JsonElement elements) =>
        elements.EnumerateArray().Select(e => e.GetProperty("data").GetProperty("id").GetString()!);
}
