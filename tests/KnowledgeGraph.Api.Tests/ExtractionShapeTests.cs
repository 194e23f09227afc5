using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Cli.Commands;

namespace KnowledgeGraph.Api.Tests;

/// <summary>`kg extract` and <c>POST /api/documents/extract</c> share one DTO and one mapper: the same text gives equal JSON.</summary>
public sealed class ExtractionShapeTests : ApiTestBase
{
    [TestCase("01-washington-summit.txt")]
    [TestCase("10-footnoted.txt")]
    [TestCase("11-conditions-and-plans.txt")]
    public async Task CliOutputAndApiResponse_AreEqualJson(string article)
    {
        var path = Path.Combine(ApiFactory.RepositoryRoot, "tests", "extraction-corpus", article);
        var id = Path.GetFileNameWithoutExtension(article);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(["extract", path, "--data", ApiFactory.GraphData, "--id", id], stdout, stderr);
        Assert.That(code, Is.EqualTo(0), stderr.ToString());

        using var response = await Client.PostAsJsonAsync(new Uri("/api/documents/extract", UriKind.Relative), new { text = await File.ReadAllTextAsync(path), documentId = id });
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);

        var cli = JsonNode.Parse(stdout.ToString())!;
        var api = JsonNode.Parse(body)!;
        Assert.Multiple(() =>
        {
            Assert.That(cli["relations"]!.AsArray(), Is.Not.Empty, "the text yields relations to compare");
            Assert.That(cli["entities"]![0]!.AsObject().ContainsKey("isoAlpha3"), Is.True, "one shape, with the same fields");
            Assert.That(JsonNode.DeepEquals(cli, api), Is.True, $"CLI:\n{cli.ToJsonString()[..Math.Min(400, cli.ToJsonString().Length)]}\nAPI:\n{api.ToJsonString()[..Math.Min(400, api.ToJsonString().Length)]}");
        });
    }
}
