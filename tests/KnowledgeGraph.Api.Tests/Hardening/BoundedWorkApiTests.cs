using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Hardening;

/// <summary>
/// The worst requests against the real host (Kestrel) serving a benchmark-shaped graph of 8 000 entities and
/// 40 000 relations with skewed degrees, with a small work budget (MaxVisited 3 000): they answer within their caps
/// and say <c>truncated</c>; a request its client gives up on stops its work on the server; work no cap bounds is
/// stopped by a request budget of 0.5 s with a 503 problem.
/// </summary>
public sealed class BoundedWorkApiTests
{
    private readonly RequestOutcomes outcomes = new();
    private readonly ConcurrentQueue<string> cancellationsInQueries = new();
    private KestrelApiHost host = null!;
    private HttpClient client = null!;
    private string dataDir = null!;
    private string hub = null!;
    private string from = null!;
    private string to = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        var data = BenchmarkGraphData.Generate(nodes: 8_000, edges: 40_000, seed: 7);
        hub = data.NodeIds[data.BiggestHub()];
        var (f, t, _) = data.DistantPair();
        (from, to) = (data.NodeIds[f], data.NodeIds[t]);
        dataDir = BenchmarkDataFolder.Write(data);
        host = KestrelApiHost.Start(dataDir, new Dictionary<string, string?>
        {
            ["KnowledgeGraph:WatchForChanges"] = "false",
            ["KnowledgeGraph:Limits:MaxVisited"] = "3000",
            // No request budget here, so that a loaded machine cannot turn a slow answer into a 503.
            ["KnowledgeGraph:Limits:RequestTimeoutSeconds"] = "0",
        }, services => services.AddSingleton<IStartupFilter>(outcomes));
        client = host.CreateClient();

        // The first query builds the graph's index; do it now, so that the cancelled request below is cut short
        // in its query and not before it starts.
        _ = await GetOk($"/api/paths?from={hub}&to={to}");
        AppDomain.CurrentDomain.FirstChanceException += RecordCancellationInQueries;
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        AppDomain.CurrentDomain.FirstChanceException -= RecordCancellationInQueries;
        client.Dispose();
        host.Dispose();
        Directory.Delete(dataDir, recursive: true);
    }

    [Test]
    public async Task NeighbourhoodAtMaxDepthFromTheBiggestHubStaysWithinItsCapsAndSaysTruncated()
    {
        var body = await GetOk($"/api/entities/{hub}/neighbourhood?depth=3&limit=500");
        Assert.Multiple(() =>
        {
            Assert.That(body.GetProperty("truncated").GetBoolean(), Is.True);
            Assert.That(body.GetProperty("truncationReason").GetString(), Is.Not.Empty);
            Assert.That(body.GetProperty("nodes").GetArrayLength(), Is.LessThanOrEqualTo(500));
        });
    }

    [Test]
    public async Task KShortestPathsAtTheCapBetweenDistantEntitiesStopAtTheWorkBudgetAndSayTruncated()
    {
        var body = await GetOk($"/api/paths?from={from}&to={to}&k=10&maxLength=8");
        Assert.Multiple(() =>
        {
            Assert.That(body.GetProperty("truncated").GetBoolean(), Is.True);
            Assert.That(body.GetProperty("truncationReason").GetString(), Does.Contain("maxVisited"));
        });
    }

    [Test]
    public async Task AllShortestPathsBetweenDistantEntitiesSayTruncated()
    {
        var body = await GetOk($"/api/paths?from={from}&to={to}&all=true&maxLength=8&direction=both");
        Assert.Multiple(() =>
        {
            Assert.That(body.GetProperty("truncated").GetBoolean(), Is.True);
            Assert.That(body.GetProperty("paths").GetArrayLength(), Is.LessThanOrEqualTo(100));
        });
    }

    [Test]
    public async Task EntitySearchAnswersOnAGraphOfThousandsOfEntities()
    {
        // Used to be a 500: the search asked the library for more matches than it ranks.
        var body = await GetOk("/api/entities?search=State%2012&limit=5");
        Assert.Multiple(() =>
        {
            Assert.That(body.GetProperty("items").GetArrayLength(), Is.EqualTo(5));
            Assert.That(body.GetProperty("total").GetInt32(), Is.InRange(5, 100));
        });
    }

    [Test]
    public async Task ARequestItsClientGivesUpOnStopsItsWorkOnTheServer()
    {
        // Betweenness has no visit cap: on this graph it runs for seconds unless stopped.
        const string url = "/api/actors/ranking?measure=betweenness&limit=3&includeUncertain=true";
        using var impatient = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        var sent = Stopwatch.StartNew();
        Assert.That(async () => await client.GetAsync(new Uri(url, UriKind.Relative), impatient.Token), Throws.InstanceOf<OperationCanceledException>());

        var outcome = await outcomes.WaitFor("includeUncertain=true", TimeSpan.FromSeconds(60));
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ClientGone, Is.True);
            Assert.That(outcome.Status, Is.EqualTo(499), "the query was interrupted (499 Client Closed Request), not run to completion");
            Assert.That(cancellationsInQueries, Is.Not.Empty, "the query engine itself stopped on the request's token");
        });
        TestContext.Out.WriteLine($"server worked {outcome.Duration.TotalMilliseconds:F0} ms on the request; the client gave up after 500 ms (sent {sent.ElapsedMilliseconds} ms ago); "
            + $"stopped in {cancellationsInQueries.First().Split('\n').FirstOrDefault(l => l.Contains("KnowledgeGraph.Queries.", StringComparison.Ordinal))?.Trim()}");
    }

    [Test]
    public async Task WorkNoCapBoundsIsStoppedByTheRequestBudgetWith503Problem()
    {
        using var budgeted = KestrelApiHost.Start(dataDir, new Dictionary<string, string?>
        {
            ["KnowledgeGraph:WatchForChanges"] = "false",
            ["KnowledgeGraph:Limits:RequestTimeoutSeconds"] = "0.5",
        });
        using var budgetedClient = budgeted.CreateClient();
        using var response = await budgetedClient.GetAsync(new Uri("/api/actors/ranking?measure=betweenness", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), body);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(body, Does.Contain("time budget of 0.5 s"));
        });
    }

    private void RecordCancellationInQueries(object? sender, System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs e)
    {
        if (e.Exception is OperationCanceledException)
        {
            var stack = new StackTrace(1, fNeedFileInfo: false).ToString();
            if (stack.Contains("KnowledgeGraph.Queries.", StringComparison.Ordinal))
            {
                cancellationsInQueries.Enqueue(stack);
            }
        }
    }

    private Task<JsonElement> GetOk(string url) => ApiFactory.GetOk(client, url);
}
