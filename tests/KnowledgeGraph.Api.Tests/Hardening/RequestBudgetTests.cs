using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Api.Tests.Hardening;

/// <summary>
/// The request budget (<c>KnowledgeGraph:Limits:RequestTimeoutSeconds</c>) never cuts an answer short: a request whose
/// handler outruns the budget without noticing (the extraction preview takes no cancellation token) is a 503 problem,
/// and an answer a handler returned in time is written whole.
/// </summary>
public sealed class RequestBudgetTests
{
    [Test]
    public async Task AHandlerThatOutrunsTheBudgetWithoutNoticing_IsA503Problem_NeverAHalfWrittenAnswer()
    {
        using var factory = new ApiFactory(settings: new Dictionary<string, string?>
        {
            ["KnowledgeGraph:WatchForChanges"] = "false",
            ["KnowledgeGraph:Limits:RequestTimeoutSeconds"] = "0.01",
        });
        using var client = factory.CreateClient();
        using var response = await client.PostAsJsonAsync(new Uri("/api/documents/extract", UriKind.Relative), new { text = LongArticle() });
        var body = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), body.Length > 300 ? body[..300] : body);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(() => JsonDocument.Parse(body).Dispose(), Throws.Nothing, "a whole problem document");
            Assert.That(body, Does.Contain("time budget of 0.01 s"));
        });
    }

    [Test]
    public async Task AnAnswerReturnedWithinTheBudget_IsWrittenWhole()
    {
        using var factory = new ApiFactory(settings: new Dictionary<string, string?>
        {
            ["KnowledgeGraph:WatchForChanges"] = "false",
            ["KnowledgeGraph:Limits:RequestTimeoutSeconds"] = "30",
        });
        using var client = factory.CreateClient();
        using var response = await client.PostAsJsonAsync(new Uri("/api/documents/extract", UriKind.Relative), new { text = LongArticle() });
        var body = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            using var doc = JsonDocument.Parse(body);
            Assert.That(doc.RootElement.GetProperty("relations").GetArrayLength(), Is.GreaterThan(0));
        });
    }

    /// <summary>An article long enough to take the extractor well over 10 ms: 120 paragraphs of diplomatic news.</summary>
    private static string LongArticle()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 120; i++)
        {
            text.Append("On 14 March 2025 Prime Minister Nikol Pashinyan held a phone call with President Vladimir Putin. ")
                .Append("Armenia and Azerbaijan agreed on the text of the peace treaty, and Armenia suspended its participation in the CSTO.")
                .Append("\n\n");
        }

        return text.ToString();
    }
}
