using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using KnowledgeGraph.Api.Services;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Hardening;

/// <summary>
/// A short, bounded version of bench/reload-under-load.sh: real HttpClient requests over Kestrel while the data
/// folder is swapped between valid and invalid versions. Every response is a 200 whose body is of the version its
/// ETag names; the old versions are released once no request holds them.
/// </summary>
public sealed partial class ReloadConcurrencyTests
{
    private static readonly string[] Targets =
    [
        "/api/paths?from=armenia&to=israel",
        "/api/entities/armenia/neighbourhood?depth=2",
        "/api/paths?from=armenia&to=vladimir-putin&k=3",
        "/api/entities/nikol-pashinyan/neighbourhood",
    ];

    private string dataDir = null!;
    private string statesFile = null!;
    private string original = null!;

    [SetUp]
    public void CopyData()
    {
        dataDir = ApiFactory.CopyGraphData();
        statesFile = Path.Combine(dataDir, "entities", "states.json");
        original = File.ReadAllText(statesFile);
    }

    [TearDown]
    public void DeleteData() => Directory.Delete(dataDir, recursive: true);

    [Test]
    public async Task EveryResponseDuringReloadsIsOfOneVersionAndNoneFails()
    {
        using var host = KestrelApiHost.Start(dataDir, new Dictionary<string, string?> { ["KnowledgeGraph:ReloadDelayMilliseconds"] = "20" });
        using var client = host.CreateClient();
        var namesByVersion = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var failures = new ConcurrentQueue<string>();
        var responses = 0;
        using var stop = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 8).Select(async reader =>
        {
            for (var i = reader; !stop.IsCancellationRequested; i++)
            {
                var target = Targets[i % Targets.Length];
                using var response = await client.GetAsync(new Uri(target, UriKind.Relative), CancellationToken.None);
                var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                Interlocked.Increment(ref responses);
                var name = ArmeniaName().Match(body);
                if (response.StatusCode != HttpStatusCode.OK || response.Headers.ETag is null || !name.Success)
                {
                    failures.Enqueue($"{target}: {(int)response.StatusCode} {response.Headers.ETag} {body[..Math.Min(200, body.Length)]}");
                    continue;
                }

                var seen = namesByVersion.GetOrAdd(response.Headers.ETag.Tag, name.Groups[1].Value);
                if (seen != name.Groups[1].Value)
                {
                    failures.Enqueue($"{target}: ETag {response.Headers.ETag.Tag} came with '{name.Groups[1].Value}' and with '{seen}'");
                }
            }
        }).ToList();

        var provider = host.Factory.Services.GetRequiredService<GraphProvider>();
        var versions = new[] { "Armenia v1", null, "Armenia v2", "Armenia v3", null, "Armenia" };
        var swaps = 0;
        foreach (var version in versions)
        {
            var before = provider.Current.Version;
            var writtenAt = DateTimeOffset.UtcNow;
            await File.WriteAllTextAsync(statesFile, version is null
                ? original[..(original.Length / 2)]
                : original.Replace("\"name\": \"Armenia\"", $"\"name\": \"{version}\"", StringComparison.Ordinal));
            bool Done() => version is null
                ? provider.LastReload is { Succeeded: false } reload && reload.At >= writtenAt
                : provider.Current.Version != before;
            var clock = Stopwatch.StartNew();
            while (!Done() && clock.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(20);
            }

            swaps++;
            Assert.That(Done() && (version is not null || provider.Current.Version == before), Is.True,
                $"swap {swaps} ({version ?? "invalid"}) was {(version is null ? "not rejected" : "not loaded")}");
            await Task.Delay(150);
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);
        TestContext.Out.WriteLine($"{responses} responses over {swaps} swaps; versions seen: {string.Join(", ", namesByVersion.Select(v => $"{v.Key} = {v.Value}"))}");
        Assert.Multiple(() =>
        {
            Assert.That(failures, Is.Empty);
            Assert.That(namesByVersion.Values.Distinct().Count(), Is.GreaterThanOrEqualTo(3), "the readers saw several versions");
        });
    }

    [Test]
    public async Task OldVersionsAreReleasedOnceNoRequestHoldsThem()
    {
        using var host = KestrelApiHost.Start(dataDir, new Dictionary<string, string?> { ["KnowledgeGraph:WatchForChanges"] = "false" });
        using var client = host.CreateClient();
        var provider = host.Factory.Services.GetRequiredService<GraphProvider>();
        var old = new List<WeakReference>();
        for (var i = 1; i <= 4; i++)
        {
            // Query each version, so its index and scratch arrays exist, then replace it.
            foreach (var target in Targets)
            {
                using var response = await client.GetAsync(new Uri(target, UriKind.Relative));
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            }

            old.Add(Track(provider));
            await File.WriteAllTextAsync(statesFile, original.Replace("\"name\": \"Armenia\"", $"\"name\": \"Armenia v{i}\"", StringComparison.Ordinal));
            Assert.That(provider.Reload(), Is.True);
        }

        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.That(old.Count(w => w.IsAlive), Is.Zero, "a replaced graph is still reachable");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference Track(GraphProvider provider) => new(provider.Current);

    [GeneratedRegex("\"id\":\"armenia\",\"name\":\"([^\"]*)\"")]
    private static partial Regex ArmeniaName();
}
