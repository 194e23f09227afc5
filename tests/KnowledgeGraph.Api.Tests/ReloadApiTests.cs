using System.Diagnostics;
using System.Text.Json;

namespace KnowledgeGraph.Api.Tests;

/// <summary>The API watches its data folder: valid edits swap in, invalid edits keep the last good graph.</summary>
public sealed class ReloadApiTests
{
    private string dataDir = null!;

    [SetUp]
    public void CopyData() => dataDir = ApiFactory.CopyGraphData();

    [TearDown]
    public void DeleteData() => Directory.Delete(dataDir, recursive: true);

    [Test]
    public async Task AValidEditIsSwappedInAndAnInvalidOneKeepsTheLastGoodGraphAndIsReported()
    {
        using var factory = new ApiFactory(dataDir);
        using var client = factory.CreateClient();
        var original = await Health(client);
        var statesFile = Path.Combine(dataDir, "entities", "states.json");
        var text = await File.ReadAllTextAsync(statesFile);

        // A valid edit: rename Belgium.
        await File.WriteAllTextAsync(statesFile, text.Replace("\"name\": \"Belgium\"", "\"name\": \"Kingdom of Belgium\"", StringComparison.Ordinal));
        var afterValid = await WaitForHealth(client, h => h.GetProperty("dataVersion").GetString() != original.GetProperty("dataVersion").GetString());
        var belgium = await client.GetStringAsync(new Uri("/api/entities/belgium", UriKind.Relative));
        Assert.Multiple(() =>
        {
            Assert.That(afterValid.GetProperty("status").GetString(), Is.EqualTo("healthy"));
            Assert.That(belgium, Does.Contain("Kingdom of Belgium"));
        });

        // An invalid edit: a relation pointing at an unknown entity.
        var relationsFile = Path.Combine(dataDir, "relations", "armenia-new-diplomatic-moves-2025.json");
        var relations = await File.ReadAllTextAsync(relationsFile);
        await File.WriteAllTextAsync(relationsFile, relations.Replace("\"target\": \"vladimir-putin\"", "\"target\": \"vladimir-putn\"", StringComparison.Ordinal));
        var afterInvalid = await WaitForHealth(client, h => h.GetProperty("status").GetString() == "degraded");
        var problems = afterInvalid.GetProperty("lastReload").GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(afterInvalid.GetProperty("dataVersion").GetString(), Is.EqualTo(afterValid.GetProperty("dataVersion").GetString()), "the last good version keeps serving");
            Assert.That(problems, Has.Some.Contains("relations/").And.Contains("vladimir-putn").And.Contains(".target"));
            Assert.That(await client.GetStringAsync(new Uri("/api/entities/belgium", UriKind.Relative)), Does.Contain("Kingdom of Belgium"));
        });
    }

    private static async Task<JsonElement> Health(HttpClient client)
    {
        using var doc = JsonDocument.Parse(await client.GetStringAsync(new Uri("/health", UriKind.Relative)));
        return doc.RootElement.Clone();
    }

    private static async Task<JsonElement> WaitForHealth(HttpClient client, Func<JsonElement, bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var health = await Health(client);
            if (condition(health))
            {
                return health;
            }

            if (clock.Elapsed > TimeSpan.FromSeconds(20))
            {
                Assert.Fail($"the reload was not observed within 20 s; last /health: {health}");
            }

            await Task.Delay(100);
        }
    }
}
