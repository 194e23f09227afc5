using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Api.Tests;

public sealed class DocumentsApiTests : ApiTestBase
{
    // Written for this test, not taken from any article.
    private const string NewArticle = """
        Analysis

        Baku and Tbilisi Talk Trade

        On June 3, 2025, Foreign Minister of Georgia, Tamar Beridze, held talks with Azerbaijani officials in Baku.
        Armenia criticized the Collective Security Treaty Organization in a statement.[1]

        [1] "A Made-Up Headline", Example Wire, https://example.org/wire/1, (Access Date: 04.06.2025).
        """;

    [Test]
    public async Task ExtractProposesLinkedEntitiesAndRelationsWithEvidenceWithoutChangingTheGraph()
    {
        var before = await GetOk("/health");
        var result = await Post(new { text = NewArticle, documentId = "trade-talks-2025" });
        var body = await result.Content.ReadAsStringAsync();
        Assert.That(result.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        using var doc = JsonDocument.Parse(body);
        var root = doc.RootElement;
        var entities = root.GetProperty("entities").EnumerateArray().ToList();
        var ids = entities.Select(e => e.GetProperty("id").GetString()).ToHashSet();
        var relations = root.GetProperty("relations").EnumerateArray().ToList();
        var after = await GetOk("/health");
        Assert.Multiple(() =>
        {
            Assert.That(entities.Single(e => e.GetProperty("id").GetString() == "azerbaijan").GetProperty("isNew").GetBoolean(), Is.False);
            Assert.That(entities.Any(e => e.GetProperty("isNew").GetBoolean() && e.GetProperty("name").GetString()!.Contains("Beridze", StringComparison.Ordinal)), Is.True, body);
            Assert.That(relations, Is.Not.Empty);
            Assert.That(relations.SelectMany(r => new[] { r.GetProperty("source").GetString(), r.GetProperty("target").GetString() }).Distinct(), Is.SubsetOf(ids),
                "relation ends are existing entities or candidates listed in entities");
            var criticism = relations.Single(r => r.GetProperty("type").GetString() == "criticized");
            Assert.That(criticism.GetProperty("source").GetString(), Is.EqualTo("armenia"));
            Assert.That(criticism.GetProperty("target").GetString(), Is.EqualTo("csto"));
            Assert.That(criticism.GetProperty("evidence").GetProperty("paragraph").GetInt32(), Is.EqualTo(3));
            Assert.That(criticism.GetProperty("evidence").GetProperty("footnote").GetInt32(), Is.EqualTo(1));
            Assert.That(criticism.GetProperty("rule").GetString(), Is.Not.Empty);
            Assert.That(criticism.GetProperty("confidence").GetDouble(), Is.InRange(0.0, 1.0));
            Assert.That(root.GetProperty("footnotes")[0].GetProperty("accessed").GetString(), Is.EqualTo("2025-06-04"));
            Assert.That(after.GetProperty("dataVersion").GetString(), Is.EqualTo(before.GetProperty("dataVersion").GetString()));
            Assert.That(after.GetProperty("relations").GetInt32(), Is.EqualTo(before.GetProperty("relations").GetInt32()));
        });
    }

    [Test]
    public async Task ExtractOnTheBundledArticleFindsThePhoneCall()
    {
        var path = Path.GetFullPath(Path.Combine(ApiFactory.RepositoryRoot, "..", "shared", "corpus", "armenia-new-diplomatic-moves-2025.txt"));
        if (!File.Exists(path))
        {
            Assert.Ignore($"{path} is not present; this check reads the shared corpus beside the repository.");
        }

        var result = await Post(new { text = await File.ReadAllTextAsync(path) });
        using var doc = JsonDocument.Parse(await result.Content.ReadAsStringAsync());
        var call = doc.RootElement.GetProperty("relations").EnumerateArray()
            .First(r => r.GetProperty("type").GetString() == "held-phone-call-with");
        var ends = new[] { call.GetProperty("source").GetString(), call.GetProperty("target").GetString() };
        Assert.Multiple(() =>
        {
            Assert.That(ends, Is.EquivalentTo(new[] { "nikol-pashinyan", "vladimir-putin" }));
            Assert.That(call.GetProperty("time").GetProperty("point").GetString(), Is.EqualTo("2025-03-14"));
            Assert.That(call.GetProperty("evidence").GetProperty("paragraph").GetInt32(), Is.EqualTo(8));
        });
    }

    [Test]
    public async Task DocumentsAreListedWithTheirFootnotesAndCitedSources()
    {
        var list = await GetOk("/api/documents");
        var expected = Graph.FindDocument("armenia-new-diplomatic-moves-2025")!;
        var document = await GetOk($"/api/documents/{expected.Id}");
        var footnotes = document.GetProperty("footnotes").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(Ids(list), Is.EqualTo(Graph.Documents.Select(d => d.Id)));
            Assert.That(document.GetProperty("title").GetString(), Is.EqualTo(expected.Title));
            Assert.That(document.GetProperty("paragraphCount").GetInt32(), Is.EqualTo(expected.ParagraphCount));
            Assert.That(footnotes.Select(f => f.GetProperty("number").GetInt32()), Is.EqualTo(expected.Footnotes.Select(f => f.Number)));
            Assert.That(footnotes[1].GetProperty("citation").GetProperty("url").GetString(), Is.EqualTo(expected.Footnotes[1].Citation.Url));
            Assert.That(document.GetProperty("authors")[0].GetProperty("id").GetString(), Is.EqualTo(expected.Authors[0]));
            Assert.That(document.GetProperty("relations").GetInt32(), Is.EqualTo(Graph.Relations.Count(r => r.Evidence.Any(e => e.Document == expected.Id))));
        });
    }

    [Test]
    public async Task AWebDocumentShowsItsOutletAddressAndWhatItRepeats()
    {
        var document = await GetOk("/api/documents/gazeta-simonyan-csto-2025-03-25");
        Assert.Multiple(() =>
        {
            Assert.That(document.GetProperty("outlet").GetString(), Is.EqualTo("Gazeta.ru"));
            Assert.That(document.GetProperty("outletEntity").GetString(), Is.EqualTo("gazeta"));
            Assert.That(document.GetProperty("url").GetString(), Does.StartWith("https://gazeta.ru/"));
            Assert.That(document.GetProperty("published").GetString(), Is.EqualTo("2025-03-25"));
            Assert.That(document.GetProperty("derivedFrom").EnumerateArray().Select(d => d.GetString()), Is.EqualTo(new[] { "tass" }));
            Assert.That(document.GetProperty("claims").GetArrayLength(), Is.Zero);
        });
    }

    [Test]
    public async Task TheArticleShowsItsClaimsCheckedAgainstTheOtherDocuments()
    {
        var article = Graph.FindDocument("armenia-new-diplomatic-moves-2025")!;
        var claims = (await GetOk($"/api/documents/{article.Id}")).GetProperty("claims").EnumerateArray().ToList();
        var call = claims.Single(c => c.GetProperty("relations").EnumerateArray().Any(r => r.GetString() == "pashinyan-phone-call-putin-2025-03-14"));
        Assert.Multiple(() =>
        {
            Assert.That(claims, Has.Count.EqualTo(article.Claims.Length));
            Assert.That(claims.Select(c => c.GetProperty("verification").GetString()).Distinct(), Is.EquivalentTo(new[] { "confirmed", "contested", "unconfirmed", "unchecked" }));
            Assert.That(call.GetProperty("verification").GetString(), Is.EqualTo("contested"));
            Assert.That(call.GetProperty("footnote").GetInt32(), Is.EqualTo(2));
            Assert.That(call.GetProperty("documents").EnumerateArray().Select(d => d.GetString()), Does.Contain("mirrorspectator-pashinyan-victory-day-moscow-2025-05"));
            Assert.That(call.GetProperty("note").GetString(), Does.Contain("13 March"));
        });
    }

    [Test]
    public async Task UnknownDocumentReturns404ListingTheDocuments()
    {
        var problem = await GetProblem("/api/documents/no-such-article", HttpStatusCode.NotFound);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("'no-such-article'").And.Contain(Graph.Documents[0].Id));
    }

    [TestCase("{}", "text")]
    [TestCase("{\"text\": \"   \"}", "text")]
    [TestCase("{\"text\": \"Analysis\"}", "text")]
    [TestCase("{\"text\": \"Some text.\\n\\nMore text here.\", \"documentId\": \"Bad Id!\"}", "documentId")]
    [TestCase("{\"text\": \"unterminated", "body")]
    [TestCase("[1, 2]", "body")]
    public async Task BadBodiesReturn400NamingTheField(string json, string field)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync(new Uri("/api/documents/extract", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        using var doc = JsonDocument.Parse(body);
        Assert.That(doc.RootElement.GetProperty("errors").TryGetProperty(field, out _), Is.True, body);
    }

    [Test]
    public async Task TooLongATextIsRejected()
    {
        var response = await Post(new { text = new string('a', 200_001) });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("at most 200000"));
    }

    private async Task<HttpResponseMessage> Post(object body) =>
        await Client.PostAsJsonAsync(new Uri("/api/documents/extract", UriKind.Relative), body);
}
