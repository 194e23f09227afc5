using System.Collections.Concurrent;
using System.Text.Json;

namespace KnowledgeGraph.Api.Tests.Hardening;

/// <summary>
/// Sends every parameter of every GET route of the OpenAPI document the whole corpus of hostile values
/// (<see cref="HostileValues"/>), plus repeated and unknown parameters, over a real socket to the real host.
/// Every answer must be a 4xx problem+json naming the parameter, or a 2xx where <see cref="ParameterOracle"/> says
/// the value is legitimately allowed; never a 5xx, never a stack trace, never input echoed into HTML, always
/// <c>nosniff</c>. Kestrel itself refuses a few requests before the application sees them (a NUL byte in the path,
/// raw spaces or control bytes, a request line over 16 KiB): those empty 4xx are allowed only for such values.
/// </summary>
public sealed class BadInputCorpusTests
{
    private const int Concurrency = 8;
    private static readonly ConcurrentDictionary<string, int> CasesByRoute = new(StringComparer.Ordinal);
    private static int protocolRejections;
    private static int accepted;
    private static int problemsNamingTheParameter;
    private KestrelApiHost host = null!;
    private ParameterOracle oracle = null!;
    private JsonElement document;

    // What each JSON body property of the POST routes accepts.
    private static readonly Dictionary<string, Func<string, bool>> BodyOracle = new(StringComparer.Ordinal)
    {
        ["text"] = value => !string.IsNullOrWhiteSpace(value),
        ["documentId"] = value => System.Text.RegularExpressions.Regex.IsMatch(value, "^[a-z0-9]+(-[a-z0-9]+)*$"),

        // A number sent as a JSON string is read as a number (the web defaults); anything else is a type error.
        ["minConfidence"] = value => double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var x) && x is >= 0 and <= 1,
    };

    private static readonly Dictionary<string, object> BodyBaseline = new(StringComparer.Ordinal)
    {
        ["text"] = "Armenia's New Moves\n\nOn 14 March 2025 Nikol Pashinyan held a phone call with Vladimir Putin.",
        ["documentId"] = "hostile-test",
        ["minConfidence"] = 0.6,
    };

    private enum Expectation
    {
        MustReject,
        MayAccept,
    }

    /// <summary>The GET routes of the committed OpenAPI document (which a test keeps equal to the served one).</summary>
    public static IEnumerable<TestCaseData> Routes()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(ApiFactory.RepositoryRoot, "docs", "openapi.json")));
        foreach (var path in doc.RootElement.GetProperty("paths").EnumerateObject().Where(p => p.Value.TryGetProperty("get", out _)))
        {
            yield return new TestCaseData(path.Name).SetArgDisplayNames(path.Name);
        }
    }

    [OneTimeSetUp]
    public async Task StartHost()
    {
        host = KestrelApiHost.Start();
        oracle = new ParameterOracle(Graph.Load(ApiFactory.GraphData));
        using var client = host.CreateClient();
        using var doc = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        document = doc.RootElement.Clone();
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        host.Dispose();
        var total = CasesByRoute.Values.Sum();
        TestContext.Progress.WriteLine(
            $"Bad-input corpus: {total} cases over {CasesByRoute.Count} routes ({HostileValues.All.Count} hostile values per parameter); "
            + $"{problemsNamingTheParameter} answered by a problem naming the parameter, {accepted} by a legitimate 2xx, "
            + $"{protocolRejections} refused by Kestrel before the application. "
            + string.Join(", ", CasesByRoute.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}: {r.Value}")));
    }

    [TestCaseSource(nameof(Routes))]
    public async Task EveryHostileValueOfEveryParameterGetsAProblemNamingItOrALegitimateAnswer(string route)
    {
        Assert.That(document.GetProperty("paths").TryGetProperty(route, out var item), Is.True, $"{route} is served");
        var parameters = item.GetProperty("get").TryGetProperty("parameters", out var ps)
            ? ps.EnumerateArray().Select(p => (Name: p.GetProperty("name").GetString()!, InPath: p.GetProperty("in").GetString() == "path",
                IsList: p.GetProperty("schema").TryGetProperty("type", out var t) && t.GetString() == "array")).ToList()
            : [];
        var unknown = parameters.Where(p => ParameterOracle.KindOf(route, p.Name, p.InPath) is null).Select(p => p.Name).ToList();
        Assert.That(unknown, Is.Empty, "classify these parameters in ParameterOracle.Kinds or PathKinds so the corpus covers them");

        var cases = new List<Case>();
        foreach (var (name, inPath, isList) in parameters)
        {
            var kind = ParameterOracle.KindOf(route, name, inPath)!.Value;
            foreach (var value in HostileValues.All)
            {
                var decoded = ParameterOracle.Decode(value.Encoded, inPath);
                var expect = oracle.MayAccept(kind, decoded) ? Expectation.MayAccept : Expectation.MustReject;
                var serverMayReject = value.HasRawBytes || value.Encoded.Length > 16_000
                    || (inPath && value.Encoded.Contains("%00", StringComparison.OrdinalIgnoreCase));
                var routeMayChange = inPath && (value.Encoded.Contains('/', StringComparison.Ordinal) || value.Encoded is "" or "." or ".."
                    || value.Encoded.StartsWith("%2E", StringComparison.OrdinalIgnoreCase) || value.HasRawBytes);
                cases.Add(new Case(name, value.Name, Target(route, parameters, name, value.Encoded), expect, serverMayReject, routeMayChange, decoded));
            }

            if (!inPath)
            {
                var (first, second) = ParameterOracle.ValidPair(kind);
                var repeated = $"{Target(route, parameters, name, first)}&{name}={second}";
                cases.Add(new Case(name, "repeated", repeated, isList ? Expectation.MayAccept : Expectation.MustReject, false, false, first));
            }
        }

        // Parameters the route does not have: ignored (2xx), unless their name or value is over the length limit.
        foreach (var value in HostileValues.All)
        {
            cases.Add(new Case("zz", $"unknown parameter, {value.Name}", AddQuery(Target(route, parameters, null, null), "zz", value.Encoded),
                Expectation.MayAccept, value.HasRawBytes || value.Encoded.Length > 16_000, false, value.Encoded));
            cases.Add(new Case(null, $"hostile parameter name, {value.Name}", AddQuery(Target(route, parameters, null, null), value.Encoded, "1"),
                Expectation.MayAccept, value.HasRawBytes || value.Encoded.Length > 16_000, false, value.Encoded));
        }

        var failures = new ConcurrentBag<string>();
        using var gate = new SemaphoreSlim(Concurrency);
        await Task.WhenAll(cases.Select(async c =>
        {
            await gate.WaitAsync();
            try
            {
                var response = await host.GetAsync(c.Target);
                foreach (var failure in Check(c, response))
                {
                    failures.Add($"{c.Parameter} <- {c.Value}: GET {Shorten(c.Target)} -> {response.Status} {response.ContentType}: {failure}; body: {Shorten(response.Body)}");
                }
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or System.Net.Sockets.SocketException or OperationCanceledException)
            {
                failures.Add($"{c.Parameter} <- {c.Value}: GET {Shorten(c.Target)}: no valid response ({ex.GetType().Name}: {ex.Message})");
            }
            finally
            {
                gate.Release();
            }
        }));

        CasesByRoute[route] = cases.Count;
        TestContext.Out.WriteLine($"{route}: {cases.Count} cases");
        Assert.That(failures, Is.Empty, $"{failures.Count} of {cases.Count} cases failed:\n{string.Join("\n", failures.Take(40))}");
    }

    /// <summary>The POST routes (the extraction preview) take a JSON body: its every property gets the corpus, and malformed bodies are sent too.</summary>
    [Test]
    public async Task EveryHostileValueOfEveryBodyPropertyAndEveryMalformedBodyGetsAProblemOrALegitimateAnswer()
    {
        var posts = document.GetProperty("paths").EnumerateObject().Where(p => p.Value.TryGetProperty("post", out _)).ToList();
        if (posts.Count == 0)
        {
            Assert.Ignore("The API has no POST route.");
        }

        var cases = new List<(Case Case, string Body, string ContentType)>();
        var schemas = document.GetProperty("components").GetProperty("schemas");
        foreach (var route in posts)
        {
            var reference = route.Value.GetProperty("post").GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()!;
            var properties = schemas.GetProperty(reference.Split('/')[^1]).GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
            var unknown = properties.Where(p => !BodyOracle.ContainsKey(p)).ToList();
            Assert.That(unknown, Is.Empty, $"classify these body properties of {route.Name} in BodyOracle so the corpus covers them");
            foreach (var property in properties)
            {
                foreach (var value in HostileValues.All.Where(v => !v.HasRawBytes && v.Encoded.Length < 16_000))
                {
                    var decoded = ParameterOracle.Decode(value.Encoded, inPath: false);
                    var body = JsonSerializer.Serialize(properties.ToDictionary(p => p, p => p == property ? decoded : BodyBaseline[p]));
                    var expect = BodyOracle[property](decoded) ? Expectation.MayAccept : Expectation.MustReject;
                    cases.Add((new Case(property, value.Name, route.Name, expect, false, false, decoded), body, "application/json"));
                }
            }

            var malformed = new (string Name, string Body, string ContentType)[]
            {
                ("not JSON", "not json", "application/json"), ("unfinished", "{\"text\": \"a", "application/json"), ("array", "[]", "application/json"),
                ("null", "null", "application/json"), ("empty", string.Empty, "application/json"), ("number for text", "{\"text\": 1}", "application/json"),
                ("array for text", "{\"text\": [\"a\"]}", "application/json"), ("object for text", "{\"text\": {}}", "application/json"),
                ("duplicate keys", "{\"text\": \"a\", \"text\": \"b\"}", "application/json"), ("deep nesting", new string('[', 5000) + new string(']', 5000), "application/json"),
                ("unknown property", "{\"text\": \"Armenia and France signed.\", \"admin\": true}", "application/json"),
                ("plain text", "Armenia and France signed.", "text/plain"), ("form", "text=Armenia", "application/x-www-form-urlencoded"),
                ("invalid UTF-8", "{\"text\": \"\u00ff\u00fe\"}", "application/json; charset=iso-8859-1"),
                ("over 1 MiB", JsonSerializer.Serialize(new { text = new string('a', 1_100_000) }), "application/json"),
                ("over the text limit", JsonSerializer.Serialize(new { text = new string('a', 200_001) }), "application/json"),
            };
            foreach (var (name, body, contentType) in malformed)
            {
                cases.Add((new Case(null, $"malformed body: {name}", route.Name, Expectation.MayAccept, false, false, body), body, contentType));
            }
        }

        var failures = new ConcurrentBag<string>();
        using var gate = new SemaphoreSlim(Concurrency);
        await Task.WhenAll(cases.Select(async item =>
        {
            await gate.WaitAsync();
            try
            {
                var bytes = System.Text.Encoding.UTF8.GetByteCount(item.Body);
                var response = await RawHttp.SendAsync(host.Address, "POST", item.Case.Target, [$"Content-Type: {item.ContentType}", $"Content-Length: {bytes}"], item.Body);
                foreach (var failure in Check(item.Case, response))
                {
                    failures.Add($"{item.Case.Parameter} <- {item.Case.Value}: POST {item.Case.Target} -> {response.Status} {response.ContentType}: {failure}; body: {Shorten(response.Body)}");
                }
            }
            finally
            {
                gate.Release();
            }
        }));

        foreach (var route in posts)
        {
            CasesByRoute["POST " + route.Name] = cases.Count(c => c.Case.Target == route.Name);
        }

        Assert.That(failures, Is.Empty, $"{failures.Count} of {cases.Count} cases failed:\n{string.Join("\n", failures.Take(40))}");
    }

    private IEnumerable<string> Check(Case c, RawResponse response)
    {
        var emptyRejection = response.ContentType is null && response.Body.Length == 0 && response.Status is 400 or 414 or 431;
        if (emptyRejection)
        {
            if (c.ServerMayReject)
            {
                Interlocked.Increment(ref protocolRejections);
            }
            else
            {
                yield return "refused without a problem+json body, although the value should reach the application";
            }

            yield break;
        }

        if (response.Status >= 500)
        {
            yield return "server error";
        }

        if (response.Body.Contains("   at ", StringComparison.Ordinal) || response.Body.Contains("Exception:", StringComparison.Ordinal)
            || response.Body.Contains(".cs:line", StringComparison.Ordinal))
        {
            yield return "stack trace in the body";
        }

        if (response.Header("X-Content-Type-Options") != "nosniff")
        {
            yield return "no X-Content-Type-Options: nosniff";
        }

        var isHtml = response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true;
        if (isHtml && c.Decoded.Contains('<', StringComparison.Ordinal) && response.Body.Contains(c.Decoded, StringComparison.Ordinal))
        {
            yield return "the value is echoed into HTML";
        }

        if (c.RouteMayChange && response.Status is >= 200 and < 400)
        {
            // '.', '..' or '/' in the path name another resource ("/api/entities/." is the entity list, "/" the explorer).
            yield break;
        }

        if (isHtml)
        {
            yield return "HTML answer to an API request";
        }

        if (response.Status is >= 200 and < 300)
        {
            if (c.Expect == Expectation.MustReject)
            {
                yield return "accepted a value that is not allowed";
            }

            // JSON, or a file of an export format (GraphML, DOT, Turtle, ...).
            if (response.ContentType is null || (response.ContentType.Contains("json", StringComparison.Ordinal) && !IsJson(response.Body)))
            {
                yield return "a 2xx that is neither JSON nor a typed export";
            }

            Interlocked.Increment(ref accepted);
            yield break;
        }

        if (response.Status is < 400 or >= 500)
        {
            yield return "neither a 2xx nor a 4xx";
            yield break;
        }

        if (response.ContentType?.StartsWith("application/problem+json", StringComparison.Ordinal) != true || !IsJson(response.Body))
        {
            yield return "a 4xx that is not problem+json";
            yield break;
        }

        using var problem = JsonDocument.Parse(response.Body);
        var root = problem.RootElement;
        if (!root.TryGetProperty("status", out var status) || status.GetInt32() != response.Status)
        {
            yield return "the problem's status differs from the response's";
        }

        if (c.RouteMayChange || c.Parameter is null)
        {
            // A '/' or dot segment in the path leads to another route (or none): any problem will do.
            yield break;
        }

        var named = response.Status switch
        {
            400 => root.TryGetProperty("errors", out var errors) && errors.EnumerateObject().Any(e => string.Equals(e.Name, c.Parameter, StringComparison.OrdinalIgnoreCase)),
            404 => root.TryGetProperty("parameter", out var p) && p.GetString() == c.Parameter,
            _ => false,
        };
        if (!named)
        {
            yield return $"the problem does not name the parameter '{c.Parameter}'";
        }
        else
        {
            Interlocked.Increment(ref problemsNamingTheParameter);
        }
    }

    private string Target(string route, List<(string Name, bool InPath, bool IsList)> parameters, string? tested, string? value)
    {
        var path = route;
        var query = new List<string>();
        foreach (var (name, inPath, _) in parameters)
        {
            var v = name == tested ? value! : oracle.Baseline(ParameterOracle.KindOf(route, name, inPath)!.Value, name);
            if (v is null)
            {
                continue;
            }

            if (inPath)
            {
                path = path.Replace("{" + name + "}", v, StringComparison.Ordinal);
            }
            else
            {
                query.Add($"{name}={v}");
            }
        }

        return query.Count == 0 ? path : $"{path}?{string.Join("&", query)}";
    }

    private static string AddQuery(string target, string name, string value) =>
        $"{target}{(target.Contains('?', StringComparison.Ordinal) ? "&" : "?")}{name}={value}";

    private static bool IsJson(string body)
    {
        try
        {
            using var _ = JsonDocument.Parse(body);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Shorten(string text) => text.Length > 160 ? text[..160] + "..." : text;

    private sealed record Case(string? Parameter, string Value, string Target, Expectation Expect, bool ServerMayReject, bool RouteMayChange, string Decoded);
}
