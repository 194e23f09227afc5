using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Tests.Hardening;

/// <summary>
/// The defaults a careless deployment gets: a read-only API (GET and HEAD), request size limits, no directory
/// listing, the data folder only from configuration, and browser security headers on every page and response.
/// All through a real Kestrel socket.
/// </summary>
public sealed class SafeDefaultsTests
{
    private static readonly string[] WriteMethods = ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "FOO"];
    private KestrelApiHost host = null!;
    private List<string> getRoutes = null!;
    private HashSet<string> postRoutes = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        host = KestrelApiHost.Start();
        using var client = host.CreateClient();
        using var doc = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var paths = doc.RootElement.GetProperty("paths").EnumerateObject().ToList();
        getRoutes = [.. paths.Where(p => p.Value.TryGetProperty("get", out _)).Select(p => p.Name.Replace("{id}", "armenia", StringComparison.Ordinal))];
        postRoutes = [.. paths.Where(p => p.Value.TryGetProperty("post", out _)).Select(p => p.Name)];
    }

    [OneTimeTearDown]
    public void StopHost() => host.Dispose();

    [Test]
    public async Task EveryRouteRefusesEveryMethodButGetAndHeadWith405ProblemJson()
    {
        var failures = new List<string>();
        foreach (var route in getRoutes.Select(r => r == "/api/paths" ? "/api/paths?from=armenia&to=israel" : r))
        {
            foreach (var method in WriteMethods.Where(m => !(m == "POST" && postRoutes.Contains(route))))
            {
                var response = await RawHttp.SendAsync(host.Address, method, route, ["Content-Length: 2", "Content-Type: application/json"], "{}");
                if (response.Status != 405 || response.ContentType?.StartsWith("application/problem+json", StringComparison.Ordinal) != true)
                {
                    failures.Add($"{method} {route} -> {response.Status} {response.ContentType}");
                }
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task HeadAnswersLikeGetWithoutABody()
    {
        foreach (var route in getRoutes.Select(r => r == "/api/paths" ? "/api/paths?from=armenia&to=israel" : r).Append("/swagger/index.html"))
        {
            var get = await host.GetAsync(route);
            var head = await RawHttp.SendAsync(host.Address, "HEAD", route);
            Assert.Multiple(() =>
            {
                Assert.That(head.Status, Is.EqualTo(get.Status), route);
                Assert.That(head.ContentType, Is.EqualTo(get.ContentType), route);
                Assert.That(head.Header("ETag"), Is.EqualTo(get.Header("ETag")), route);
                Assert.That(head.Body, Is.Empty, route);
            });
        }
    }

    [Test]
    public void RequestSizesAreLimitedByConfiguration()
    {
        var limits = host.Factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;
        Assert.Multiple(() =>
        {
            Assert.That(limits.Limits.MaxRequestBodySize, Is.EqualTo(1024 * 1024));
            Assert.That(limits.Limits.MaxRequestLineSize, Is.EqualTo(16 * 1024));
            Assert.That(limits.Limits.MaxRequestHeadersTotalSize, Is.EqualTo(32 * 1024));
            Assert.That(limits.Limits.MaxRequestHeaderCount, Is.EqualTo(64));
            Assert.That(limits.AddServerHeader, Is.False);
        });
    }

    [Test]
    public async Task OversizedRequestsAreRefusedAndTheServerKeepsServing()
    {
        var longLine = await host.GetAsync("/api/entities?search=" + new string('a', 17 * 1024));
        var bigHeader = await host.GetAsync("/api/entities", [$"X-Padding: {new string('a', 33 * 1024)}"]);
        var manyHeaders = await host.GetAsync("/api/entities", Enumerable.Range(0, 70).Select(i => $"X-Header-{i}: {i}"));
        var bigBody = await RawHttp.SendAsync(host.Address, "GET", "/api/entities", ["Content-Length: 2000000"], new string(' ', 2_000_000));
        var health = await host.GetAsync("/health");
        Assert.Multiple(() =>
        {
            Assert.That(longLine.Status, Is.EqualTo(414));
            Assert.That(bigHeader.Status, Is.EqualTo(431));
            Assert.That(manyHeaders.Status, Is.EqualTo(431));
            Assert.That(bigBody.Status, Is.LessThan(500), "a body on a GET is never read; the answer must not be an error of the server");
            Assert.That(health.Status, Is.EqualTo(200));
        });
    }

    [TestCase("/swagger/")]
    [TestCase("/graph-data/")]
    [TestCase("/graph-data/entities/states.json")]
    [TestCase("/entities/states.json")]
    [TestCase("/appsettings.json")]
    [TestCase("/KnowledgeGraph.Api.dll")]
    [TestCase("/.git/config")]
    [TestCase("/bin/")]
    [TestCase("/wwwroot/")]
    [TestCase("/docs/")]
    [TestCase("/swagger/..%2F..%2Fappsettings.json")]
    [TestCase("/api/")]
    public async Task NoFolderIsListedAndNoFileOutsideTheSiteIsServed(string path)
    {
        var response = await host.GetAsync(path);
        Assert.Multiple(() =>
        {
            Assert.That(response.Status, Is.EqualTo(404).Or.EqualTo(301), response.Body);
            Assert.That(response.Body, Does.Not.Contain("Index of").And.Not.Contain("\"entities\":").And.Not.Contain("KnowledgeGraph\":"));
        });
    }

    [Test]
    public async Task TheDataFolderIsConfigurationAndNeverARequestParameter()
    {
        using var client = host.CreateClient();
        var other = Directory.CreateTempSubdirectory("kg-not-data-").FullName;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/health?dataPath={Uri.EscapeDataString(other)}&KnowledgeGraph:DataPath={Uri.EscapeDataString(other)}");
            request.Headers.Add("X-Data-Path", other);
            using var response = await client.SendAsync(request);
            var health = await ApiFactory.ReadJson(response);
            var document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
            Assert.Multiple(() =>
            {
                Assert.That(health.GetProperty("dataSource").GetString(), Is.EqualTo(Path.GetFullPath(ApiFactory.GraphData)));
                Assert.That(document, Does.Not.Match("\"name\":\\s*\"(dataPath|path|folder|file|directory)\""), "no parameter names a folder or file");
            });
        }
        finally
        {
            Directory.Delete(other);
        }
    }

    [Test]
    public async Task PagesAndResponsesCarryTheSecurityHeaders()
    {
        var page = await host.GetAsync("/swagger/index.html");
        var json = await host.GetAsync("/api/entities/armenia");
        var problem = await host.GetAsync("/api/entities/no-such-entity");
        var home = await FollowRedirects("/");
        Assert.Multiple(() =>
        {
            foreach (var (name, response) in new[] { ("swagger", page), ("json", json), ("problem", problem), ("home", home) })
            {
                Assert.That(response.Header("X-Content-Type-Options"), Is.EqualTo("nosniff"), name);
                Assert.That(response.Header("X-Frame-Options"), Is.EqualTo("DENY"), name);
                Assert.That(response.Header("Referrer-Policy"), Is.EqualTo("no-referrer"), name);
                Assert.That(response.Header("Content-Security-Policy"), Does.Contain("frame-ancestors 'none'"), name);
                Assert.That(response.Header("Server"), Is.Null, name);
            }

            foreach (var (name, response) in new[] { ("swagger", page), ("home", home) })
            {
                Assert.That(response.ContentType, Does.StartWith("text/html"), name);
                var csp = response.Header("Content-Security-Policy")!;
                Assert.That(csp, Does.Contain("script-src 'self'").And.Not.Contain("unsafe-eval"), name);
                Assert.That(csp.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)), Does.Not.Contain("unsafe-inline"), name);
            }

            Assert.That(json.Header("Content-Security-Policy"), Does.StartWith("default-src 'none'"));
        });
    }

    [Test]
    public async Task RepeatedOverlongAndOverfullParametersAre400NamingTheParameter()
    {
        using var client = host.CreateClient();
        var cases = new (string Url, string Parameter, string Message)[]
        {
            ("/api/paths?from=armenia&from=russia&to=israel", "from", "from is given 2 times; give it once."),
            ("/api/entities?limit=1&LIMIT=2", "limit", "limit is given 2 times"),
            ($"/api/entities?search={new string('x', 2001)}", "search", "search is 2001 characters long; at most 2000 are allowed."),
            ($"/api/entities/{new string('x', 2001)}", "id", "id is 2001 characters long"),
            ($"/api/paths?from=armenia&to=israel&excludeEntities={string.Join(",", Enumerable.Range(0, 101).Select(i => $"e{i}"))}", "excludeEntities", "excludeEntities names 101 items; at most 100 are allowed."),
        };
        foreach (var (url, parameter, message) in cases)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var body = await ApiFactory.ReadJson(response);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), url);
            Assert.That(body.GetProperty("errors").GetProperty(parameter)[0].GetString(), Does.Contain(message), url);
        }

        // Lists may repeat their key.
        using var list = await client.GetAsync(new Uri("/api/paths?from=armenia&to=israel&excludeEntities=russia&excludeEntities=iran", UriKind.Relative));
        Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private async Task<RawResponse> FollowRedirects(string path)
    {
        var response = await host.GetAsync(path);
        for (var hops = 0; hops < 5 && response.Status is 301 or 302 or 307 or 308; hops++)
        {
            var location = new Uri(host.Address, response.Header("Location")!);
            response = await host.GetAsync(location.PathAndQuery);
        }

        return response;
    }
}
