using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Cli.Commands;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// A merge and its split round-trip through the data files and the API: <c>kg merges</c> (the real command line, in
/// process) edits <c>resolution.json</c> of a copy of TestData/Sources (without its merge) while the real API host serves
/// that folder; the API swaps each decision in and answers every route that names an entity for a referent id with the
/// canonical entity, until the split gives the referent back its own entity. A rejected merge stays rejected.
/// </summary>
[NonParallelizable]
public sealed class MergesApiTests
{
    private const string Canonical = "nikol-pashinyan";
    private const string Referent = "nikol-pashinian";

    /// <summary>The relation the fixture's later documents record for the other transliteration.</summary>
    private const string ReferentCall = "pashinian-call-putin-2025-08";

    private string dataDir = null!;
    private ApiFactory factory = null!;
    private HttpClient client = null!;

    [SetUp]
    public void StartOnACopyWithoutDecisions()
    {
        dataDir = ApiFactory.CopyData(ApiFactory.SourcesFixture);
        File.Delete(Path.Combine(dataDir, "resolution.json"));
        factory = new ApiFactory(dataDir);
        client = factory.CreateClient();
    }

    [TearDown]
    public void Stop()
    {
        client.Dispose();
        factory.Dispose();
        Directory.Delete(dataDir, recursive: true);
    }

    [Test]
    public async Task AMergeAcceptedByKgIsServedUnderEitherIdAndASplitServesBothEntitiesAgain()
    {
        await WaitForTheFolderToBeServed();
        Assert.That(Proposed(), Is.True, "kg merges propose lists the two transliterations");
        var before = await Entity(Referent);
        Assert.Multiple(() =>
        {
            Assert.That(before.GetProperty("id").GetString(), Is.EqualTo(Referent), "before the merge, two entities");
            Assert.That(Ids(before.GetProperty("relations")), Is.EqualTo(new[] { ReferentCall }));
        });

        Kg("merges", "accept", Canonical, Referent, "--by", "test curator", "--note", "another transliteration", "--data", dataDir);
        await WaitForTheFolderToBeServed();

        var canonical = await Get($"/api/entities/{Canonical}");
        var merged = await Get($"/api/entities/{Referent}");
        Assert.Multiple(async () =>
        {
            Assert.That(merged.GetRawText(), Is.EqualTo(canonical.GetRawText()), "the referent id answers with the canonical entity, word for word");
            Assert.That(merged.GetProperty("id").GetString(), Is.EqualTo(Canonical));
            Assert.That(Strings(merged.GetProperty("referents")), Is.EqualTo(new[] { Referent }));
            Assert.That(Strings(merged.GetProperty("aliases")), Does.Contain("Nikol Pashinian"), "the referent's name is an alias");
            var call = merged.GetProperty("relations").EnumerateArray().Single(r => r.GetProperty("id").GetString() == ReferentCall);
            Assert.That(call.GetProperty("source").GetString(), Is.EqualTo(Canonical), "a relation that named the referent names the canonical entity");
            Assert.That(call.GetProperty("sourceName").GetString(), Is.EqualTo("Nikol Pashinyan"));

            await AnswersAlike("/api/relations?entity={0}&limit=500");
            await AnswersAlike("/api/relations?source={0}&target=vladimir-putin");
            await AnswersAlike("/api/entities/{0}/neighbourhood?depth=2&includeContested=true");
            await AnswersAlike("/api/paths?from={0}&to=armenia&k=3");
            await AnswersAlike("/api/paths?from=armenia&to={0}&excludeEntities=vladimir-putin");
            await AnswersAlike("/api/paths?from=armenia&to=vladimir-putin&k=3&excludeEntities={0}");
            var path = await Get($"/api/paths?from={Referent}&to=armenia");
            Assert.That(path.GetProperty("from").GetString(), Is.EqualTo(Canonical));
            Assert.That(path.GetProperty("paths")[0].GetProperty("length").GetInt32(), Is.EqualTo(1), "the referent is now the prime minister of the fixture: one hop to Armenia");
            var neighbourhood = await Get($"/api/entities/{Referent}/neighbourhood");
            Assert.That(neighbourhood.GetProperty("center").GetString(), Is.EqualTo(Canonical));
            Assert.That(Ids(neighbourhood.GetProperty("nodes")), Does.Not.Contain(Referent));
            var search = await Get("/api/entities?search=Pashinian");
            Assert.That(Ids(search.GetProperty("items")), Is.EqualTo(new[] { Canonical }), "one entity is found, by its new alias");
            Assert.That(Proposed(), Is.False, "a merged pair is not proposed again");
        });

        Kg("merges", "split", Canonical, "--data", dataDir);
        await WaitForTheFolderToBeServed();

        var apart = await Entity(Referent);
        var pashinyan = await Entity(Canonical);
        var path2 = await Get($"/api/paths?from={Referent}&to=vladimir-putin");
        Assert.Multiple(() =>
        {
            Assert.That(apart.GetProperty("id").GetString(), Is.EqualTo(Referent), "after the split the referent is its own entity again");
            Assert.That(apart.GetProperty("name").GetString(), Is.EqualTo("Nikol Pashinian"));
            Assert.That(apart.GetProperty("referents").GetArrayLength(), Is.Zero);
            Assert.That(Ids(apart.GetProperty("relations")), Is.EqualTo(new[] { ReferentCall }));
            Assert.That(apart.GetProperty("relations")[0].GetProperty("source").GetString(), Is.EqualTo(Referent));
            Assert.That(pashinyan.GetProperty("referents").GetArrayLength(), Is.Zero);
            Assert.That(Strings(pashinyan.GetProperty("aliases")), Does.Not.Contain("Nikol Pashinian"));
            Assert.That(Ids(pashinyan.GetProperty("relations")), Does.Not.Contain(ReferentCall));
            Assert.That(path2.GetProperty("from").GetString(), Is.EqualTo(Referent));
            Assert.That(Ids(path2.GetProperty("paths")[0].GetProperty("edges")), Is.EqualTo(new[] { ReferentCall }));
            Assert.That(Proposed(), Is.True, "a split pair may be proposed again: only a rejection silences it");
        });
    }

    [Test]
    public async Task AMergeRejectedByKgIsNeverProposedAgainAndCannotBeAcceptedWhileTheApiServesBothEntities()
    {
        Kg("merges", "reject", Referent, Canonical, "--by", "test curator", "--note", "kept apart for this test", "--data", dataDir);
        await WaitForTheFolderToBeServed();
        var resolution = Path.Combine(dataDir, "resolution.json");
        var decided = File.ReadAllBytes(resolution);

        var refused = Run("merges", "accept", Canonical, Referent, "--by", "someone else", "--data", dataDir);
        var referent = await Entity(Referent);
        Assert.Multiple(async () =>
        {
            Assert.That(Proposed(), Is.False, "the rejected pair is not proposed, at any score");
            Assert.That(refused.Code, Is.EqualTo(1));
            Assert.That(refused.Err, Does.Contain("resolution.json:").And.Contain(Referent));
            Assert.That(File.ReadAllBytes(resolution), Is.EqualTo(decided), "a refused merge writes nothing");
            Assert.That(referent.GetProperty("id").GetString(), Is.EqualTo(Referent));
            Assert.That((await Entity(Canonical)).GetProperty("id").GetString(), Is.EqualTo(Canonical));
            Assert.That(JsonNode.Parse(decided)!["rejected"]!.AsArray().Single()!["ids"]!.AsArray().Select(i => (string)i!),
                Is.EqualTo(new[] { Referent, Canonical }));
        });
    }

    /// <summary>Asserts that a URL answers the same, byte for byte, with the referent id as with the canonical one.</summary>
    private async Task AnswersAlike(string template)
    {
        var byCanonical = await Get(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Canonical));
        var byReferent = await Get(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Referent));
        Assert.That(byReferent.GetRawText(), Is.EqualTo(byCanonical.GetRawText()), template);
    }

    private Task<JsonElement> Get(string url) => ApiFactory.GetOk(client, url);

    private Task<JsonElement> Entity(string id) => Get($"/api/entities/{id}");

    private static string[] Ids(JsonElement items) => [.. items.EnumerateArray().Select(r => r.GetProperty("id").GetString()!)];

    private static string[] Strings(JsonElement items) => [.. items.EnumerateArray().Select(s => s.GetString()!)];

    /// <summary>Whether <c>kg merges propose</c> lists the two transliterations, at any score.</summary>
    private bool Proposed() => JsonNode.Parse(Kg("merges", "propose", "--data", dataDir, "--min-score", "0", "--json"))!.AsArray()
        .Any(p => new[] { (string?)p!["first"], (string?)p["second"] }.ToHashSet().SetEquals([Canonical, Referent]));

    /// <summary>Runs kg and asserts it succeeds; returns what it printed.</summary>
    private static string Kg(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.That(code, Is.EqualTo(0), $"kg {string.Join(' ', args)}: {error}");
        return output;
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Waits until the API serves the folder as it is on disk now (its data version), after a reload.</summary>
    private async Task WaitForTheFolderToBeServed()
    {
        var expected = Graph.Load(dataDir).Version;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var health = await Get("/health");
            if (health.GetProperty("dataVersion").GetString() == expected)
            {
                Assert.That(health.GetProperty("status").GetString(), Is.EqualTo("healthy"), health.ToString());
                return;
            }

            if (clock.Elapsed > TimeSpan.FromSeconds(20))
            {
                Assert.Fail($"the API did not serve version {expected} within 20 s; last /health: {health}");
            }

            await Task.Delay(100);
        }
    }
}
