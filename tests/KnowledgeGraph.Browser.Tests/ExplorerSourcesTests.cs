using System.Text.Json;
using KnowledgeGraph.Model;
using Microsoft.Playwright;

namespace KnowledgeGraph.Browser.Tests;

/// <summary>
/// The explorer's sources, contested relations, source filter, path ranking and home view, in Chromium against the
/// real API over the real graph-data/ and over the Sources fixture (documents that disagree). What the page should
/// show is asked of the API at test time (which relations are contested, which documents support one, the best
/// connected entity), so the tests hold whatever documents the data folder holds.
/// </summary>
[TestFixture("graph-data")]
[TestFixture("Sources")]
public sealed class ExplorerSourcesTests(string data)
{
    private BrowserHost host = null!;
    private HttpClient api = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        ExplorerTests.RequireBuiltExplorer();
        host = await BrowserHost.StartAsync(BrowserHost.DataFolder(data));
        api = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        api?.Dispose();
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }

    [Test]
    public async Task TheHomePageOpensOnTheNeighbourhoodOfTheBestConnectedEntity()
    {
        await using var explorer = await ExplorerSession.OpenAsync(host);
        var best = (await GetJson("/api/actors/ranking?measure=degree&limit=1")).GetProperty("items")[0];
        var center = best.GetProperty("id").GetString()!;
        var expected = await GetJson($"/api/entities/{center}/neighbourhood");

        Assert.Multiple(async () =>
        {
            Assert.That(await explorer.NodeIdsAsync(), Is.EqualTo(Ids(expected.GetProperty("nodes"))));
            Assert.That(await explorer.RelationIdsAsync(), Is.EqualTo(Ids(expected.GetProperty("edges"))));
            Assert.That(await explorer.NodeIdsAsync(".center"), Is.EqualTo(new SortedSet<string>([center])));
            Assert.That(await explorer.NodeIdsAsync(), Has.Count.GreaterThan(1), "a drawn graph, not one node");
        });
        await Assertions.Expect(explorer.Page.Locator("#status")).ToContainTextAsync($"Neighbourhood of {best.GetProperty("name").GetString()} (1 hop)");
        await Assertions.Expect(explorer.Page.Locator("#status")).ToContainTextAsync("best-connected entity");
        Assert.That(explorer.Page.Url, Does.EndWith($"#e={center}"), "the home view is in the address like any other");
        await explorer.ScreenshotAsync($"explorer-home-{data}.png");
        Assert.That(explorer.Errors, Is.Empty);
    }

    [Test]
    public async Task ARelationAndAnEntityListTheirSourcesWithOutletTitleDateAndAddress()
    {
        var documents = await Documents();
        var relations = (await GetJson("/api/relations?limit=500")).GetProperty("items").EnumerateArray().ToList();
        var relation = relations.OrderByDescending(r => r.GetProperty("supportingDocuments").GetArrayLength()).ThenByDescending(r => r.GetProperty("contested").GetBoolean()).First();
        var id = relation.GetProperty("id").GetString()!;
        var source = relation.GetProperty("source").GetString()!;
        await using var explorer = await ExplorerSession.OpenAsync(host, $"#e={source}&con=1");
        var details = explorer.Page.Locator("#details");

        await OpenInViewAsync(explorer, $"#in-view-relations button[data-relation='{id}']");
        await Assertions.Expect(details).ToHaveAttributeAsync("data-relation", id);
        var supporting = Strings(relation.GetProperty("supportingDocuments"));
        await AssertSourcesAsync(details.Locator(".source-list.supporting").First, supporting, documents);
        var outlets = relation.GetProperty("outletCount").GetInt32();
        await Assertions.Expect(details.Locator("#support-summary .outlet-count")).ToHaveTextAsync($"{outlets} independent {(outlets == 1 ? "outlet" : "outlets")}");
        var disputing = Strings(relation.GetProperty("disputingDocuments"));
        if (disputing.Length > 0)
        {
            await AssertSourcesAsync(details.Locator(".source-list.disputing"), disputing, documents);
        }

        await explorer.ScreenshotAsync($"explorer-relation-sources-{data}.png");

        // The entity at the relation's source lists the documents of all its relations.
        var entity = await GetJson($"/api/entities/{source}");
        await OpenInViewAsync(explorer, $"#in-view-entities button[data-entity='{source}']");
        await Assertions.Expect(details).ToHaveAttributeAsync("data-entity", source);
        await AssertSourcesAsync(details.Locator(".source-list.supporting"), Strings(entity.GetProperty("supportingDocuments")), documents);
        var entityOutlets = entity.GetProperty("outletCount").GetInt32();
        await Assertions.Expect(details.Locator("#support-summary .outlet-count")).ToHaveTextAsync($"{entityOutlets} independent {(entityOutlets == 1 ? "outlet" : "outlets")}");
        await explorer.ScreenshotAsync($"explorer-entity-sources-{data}.png");
        Assert.That(explorer.Errors, Is.Empty);
    }

    [Test]
    public async Task ContestedRelationsAreMarkedInTheDrawingAndExplainedWithWhoSaysWhat()
    {
        var documents = await Documents();
        var contested = (await GetJson("/api/relations?contested=true&limit=500")).GetProperty("items").EnumerateArray().ToList();
        if (contested.Count == 0)
        {
            // This data has no contested relation (the API lists none): with contested relations included, none is drawn as one.
            await using var home = await ExplorerSession.OpenAsync(host, "#con=1");
            await Assertions.Expect(home.Page.Locator("#legend-contested")).ToContainTextAsync("contested");
            Assert.That(await home.RelationIdsAsync(), Is.Not.Empty);
            Assert.That(await home.RelationIdsAsync(".contested"), Is.Empty);
            Assert.That(home.Errors, Is.Empty);
            return;
        }

        var relation = contested[0];
        var id = relation.GetProperty("id").GetString()!;
        var source = relation.GetProperty("source").GetString()!;

        // Not followed by default: the neighbourhood does not draw it until the source filter includes contested relations.
        await using var explorer = await ExplorerSession.OpenAsync(host, $"#e={source}");
        await Assertions.Expect(explorer.Page.Locator("#legend-contested")).ToContainTextAsync("contested");
        Assert.That(await explorer.RelationIdsAsync(), Does.Not.Contain(id));
        await explorer.Page.Locator("#filter-contested").CheckAsync();
        await explorer.Page.WaitForFunctionAsync("id => window.kgExplorer.idle && window.kgExplorer.cy.getElementById('relation:' + id).nonempty()", id);
        var drawnContested = await explorer.RelationIdsAsync(".contested");
        var expectedContested = (await GetJson($"/api/entities/{source}/neighbourhood?includeContested=true")).GetProperty("edges").EnumerateArray()
            .Where(e => e.GetProperty("contested").GetBoolean()).Select(e => e.GetProperty("id").GetString()!);
        Assert.That(drawnContested, Is.EqualTo(new SortedSet<string>(expectedContested, StringComparer.Ordinal)), "exactly the contested relations are styled so");
        var edge = await explorer.ElementAsync($"relation:{id}");
        Assert.Multiple(() =>
        {
            Assert.That(edge.GetProperty("outlineColor").GetString(), Is.EqualTo("rgb(123,63,196)"), "a violet outline");
            Assert.That(edge.GetProperty("outlineWidth").GetDouble(), Is.GreaterThan(0));
            Assert.That(edge.GetProperty("label").GetString(), Does.StartWith("⚠ "));
        });
        await Assertions.Expect(explorer.Page.Locator("#status")).ToContainTextAsync("contested, marked ⚠");

        await OpenInViewAsync(explorer, $"#in-view-relations button[data-relation='{id}']");
        var explanation = explorer.Page.Locator("#contested-explanation");
        await Assertions.Expect(explanation).ToBeVisibleAsync();
        var positions = relation.GetProperty("positions").EnumerateArray().ToList();
        var items = explanation.Locator(".position");
        await Assertions.Expect(items).ToHaveCountAsync(positions.Count);
        var timesDiffer = positions.Select(p => TimeText(p)).Distinct().Count() > 1;
        for (var i = 0; i < positions.Count; i++)
        {
            var certainty = positions[i].GetProperty("certainty").GetString()!;
            await Assertions.Expect(items.Nth(i)).ToHaveAttributeAsync("data-certainty", certainty);
            await Assertions.Expect(items.Nth(i).Locator(".position-claim")).ToContainTextAsync(certainty == "denied" ? "Denies:" : certainty == "stated" ? "States:" : ":");
            await Assertions.Expect(items.Nth(i).Locator(".position-claim")).ToContainTextAsync($"{relation.GetProperty("sourceName").GetString()} {relation.GetProperty("label").GetString()} {relation.GetProperty("targetName").GetString()}");
            if (timesDiffer && TimeText(positions[i]) is { } time)
            {
                await Assertions.Expect(items.Nth(i).Locator(".position-claim")).ToContainTextAsync(time);
            }

            await AssertSourcesAsync(items.Nth(i).Locator(".source-list"), Strings(positions[i].GetProperty("documents")), documents);
        }

        await explanation.ScrollIntoViewIfNeededAsync();
        await explorer.ScreenshotAsync($"explorer-contested-{data}.png");
        Assert.That(explorer.Errors, Is.Empty);
    }

    [Test]
    public async Task TheSourceFilterChangesTheViewAndTheAddressThroughTheApisParameters()
    {
        await using var explorer = await ExplorerSession.OpenAsync(host);
        var page = explorer.Page;
        var center = (await explorer.NodeIdsAsync(".center")).Single();
        var inView = await explorer.RelationIdsAsync();

        // The document that supports most of the drawn relations.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in (await GetJson($"/api/entities/{center}/neighbourhood")).GetProperty("edges").EnumerateArray())
        {
            foreach (var d in Strings(r.GetProperty("supportingDocuments")))
            {
                counts[d] = counts.GetValueOrDefault(d) + 1;
            }
        }

        var document = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key;
        Assert.That(inView, Is.Not.Empty);

        await ChangeAndCompareAsync(explorer, center, () => page.Locator($"#filter-document-{document}").SelectOptionAsync("exclude"), $"excludeDocuments={document}", $"xdocs={document}");
        await ChangeAndCompareAsync(explorer, center, () => page.Locator($"#filter-document-{document}").SelectOptionAsync("only"), $"documents={document}", $"docs={document}");
        await ChangeAndCompareAsync(explorer, center, () => page.Locator($"#filter-document-{document}").SelectOptionAsync("count"), null, null);
        await ChangeAndCompareAsync(explorer, center, () => page.Locator("#filter-min-sources").SelectOptionAsync("2"), "minSources=2", "min=2");
        await ChangeAndCompareAsync(explorer, center, () => page.Locator("#filter-contested").CheckAsync(), "includeContested=true", "con=1");
        await Assertions.Expect(page.Locator("#filters-count")).ToHaveTextAsync("(2 active)");

        // The address restores the filter.
        await page.ReloadAsync();
        await page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true'");
        await explorer.WaitIdleAsync();
        await Assertions.Expect(page.Locator("#filter-min-sources")).ToHaveValueAsync("2");
        await Assertions.Expect(page.Locator("#filter-contested")).ToBeCheckedAsync();
        var expected = await GetJson($"/api/entities/{center}/neighbourhood?minSources=2&includeContested=true&depth=1");
        Assert.That(await explorer.RelationIdsAsync(), Is.EqualTo(Ids(expected.GetProperty("edges"))));
        await explorer.ScreenshotAsync($"explorer-source-filter-{data}.png");
        Assert.That(explorer.Errors, Is.Empty);
    }

    [Test]
    public async Task WithOnlyOneDocumentCounted_ARelationAndAnEntityShowOnlyWhatThatDocumentSays()
    {
        // The document that supports most relations around the best-connected entity, counted alone.
        var center = (await GetJson("/api/actors/ranking?measure=degree&limit=1")).GetProperty("items")[0].GetProperty("id").GetString()!;
        var document = (await GetJson($"/api/entities/{center}/neighbourhood")).GetProperty("edges").EnumerateArray()
            .SelectMany(r => Strings(r.GetProperty("supportingDocuments"))).GroupBy(d => d)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var relation = (await GetJson($"/api/entities/{center}/neighbourhood?documents={document}")).GetProperty("edges").EnumerateArray()
            .OrderByDescending(r => r.GetProperty("evidence").GetArrayLength()).First();
        var id = relation.GetProperty("id").GetString()!;
        var entity = await GetJson($"/api/entities/{center}?documents={document}");
        await using var explorer = await ExplorerSession.OpenAsync(host, $"#e={center}&docs={document}");
        var page = explorer.Page;
        var details = page.Locator("#details");

        await page.EvaluateAsync("id => window.kgExplorer.explorer.openRelation(window.kgExplorer.explorer.relations.get(id), false)", id);
        await Assertions.Expect(details).ToHaveAttributeAsync("data-relation", id);
        await Assertions.Expect(details.Locator("#counted-note")).ToBeVisibleAsync();
        await Assertions.Expect(details.Locator(".sentence")).ToHaveTextAsync(relation.GetProperty("sentence").GetString()!);
        await Assertions.Expect(details.Locator(".evidence-item")).ToHaveCountAsync(relation.GetProperty("evidence").GetArrayLength());
        await Assertions.Expect(details.Locator(".source-list.supporting > .source-item")).ToHaveCountAsync(1);
        await Assertions.Expect(details.Locator("#contested-explanation")).ToHaveCountAsync(0);

        var request = await page.RunAndWaitForRequestAsync(
            () => page.EvaluateAsync("id => window.kgExplorer.explorer.openEntity(id, false)", center),
            r => r.Url.Contains($"/api/entities/{center}?", StringComparison.Ordinal));
        Assert.That(Uri.UnescapeDataString(new Uri(request.Url).Query), Does.Contain($"documents={document}"));
        await Assertions.Expect(details).ToHaveAttributeAsync("data-entity", center);
        await Assertions.Expect(details.Locator("#counted-note")).ToBeVisibleAsync();
        await Assertions.Expect(details.Locator(".relation-list > li")).ToHaveCountAsync(Math.Min(200, entity.GetProperty("relations").GetArrayLength()));
        await Assertions.Expect(details.Locator(".source-list.supporting > .source-item")).ToHaveCountAsync(1);
        Assert.That(explorer.Errors, Is.Empty);
    }

    [Test]
    public async Task PathsRankedByBestSupportedAreTheApisPreferSupportedPaths()
    {
        var (from, to) = await SupportedPathEndsAsync();
        var expected = await GetJson($"/api/paths?from={from}&to={to}&k=3&maxLength=6&weighting=prefer-supported");
        await using var explorer = await ExplorerSession.OpenAsync(host, $"#e={from}");
        var page = explorer.Page;
        await page.Locator("#path-from").FillAsync((await GetJson($"/api/entities/{from}")).GetProperty("name").GetString()!);
        await page.Locator($"#path-from-list [role=option][data-id='{from}']").ClickAsync();
        await page.Locator("#path-to").FillAsync((await GetJson($"/api/entities/{to}")).GetProperty("name").GetString()!);
        await page.Locator($"#path-to-list [role=option][data-id='{to}']").ClickAsync();
        await page.Locator("#path-weighting").SelectOptionAsync("prefer-supported");
        var request = await page.RunAndWaitForRequestAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Find paths" }).ClickAsync(),
            r => r.Url.Contains("/api/paths?", StringComparison.Ordinal));
        Assert.That(request.Url, Does.Contain("weighting=prefer-supported"));
        await Assertions.Expect(page.Locator("#path-list")).ToBeVisibleAsync();
        await explorer.WaitIdleAsync();

        var cards = page.Locator("#path-list > li");
        var paths = expected.GetProperty("paths").EnumerateArray().ToList();
        await Assertions.Expect(cards).ToHaveCountAsync(paths.Count);
        for (var i = 0; i < paths.Count; i++)
        {
            var steps = paths[i].GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("explanation").GetString()!).ToArray();
            Assert.That(await cards.Nth(i).Locator(".step .explanation").AllInnerTextsAsync(), Is.EqualTo(steps), $"path {i + 1}");
        }

        Assert.That(page.Url, Does.Contain("w=prefer-supported"));
        await explorer.ScreenshotAsync($"explorer-supported-paths-{data}.png");
        Assert.That(explorer.Errors, Is.Empty);
    }

    [Test]
    public async Task ExportsOfTheViewCarryTheSourceFilterSourcesAndTheContestedFlag()
    {
        var center = (await GetJson("/api/actors/ranking?measure=degree&limit=1")).GetProperty("items")[0].GetProperty("id").GetString()!;
        await using var explorer = await ExplorerSession.OpenAsync(host, $"#e={center}&con=1");
        var page = explorer.Page;
        await page.GetByRole(AriaRole.Button, new() { Name = "Export" }).ClickAsync();

        // The drawing as drawn: every edge keeps its contested flag and outlet count.
        var elements = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-elements").ClickAsync());
        using (var json = JsonDocument.Parse(await File.ReadAllTextAsync((await elements.PathAsync())!)))
        {
            var edges = json.RootElement.GetProperty("elements").EnumerateArray().Where(e => e.GetProperty("group").GetString() == "edges").ToList();
            Assert.That(edges, Is.Not.Empty);
            var byId = (await GetJson($"/api/entities/{center}/neighbourhood?includeContested=true")).GetProperty("edges").EnumerateArray()
                .ToDictionary(e => e.GetProperty("id").GetString()!);
            foreach (var edge in edges.Select(e => e.GetProperty("data")))
            {
                var relation = byId[edge.GetProperty("relationId").GetString()!];
                Assert.That(edge.GetProperty("contested").GetBoolean(), Is.EqualTo(relation.GetProperty("contested").GetBoolean()));
                Assert.That(edge.GetProperty("outletCount").GetInt32(), Is.EqualTo(relation.GetProperty("outletCount").GetInt32()));
            }
        }

        // The API's Cytoscape.js export of the neighbourhood, with the view's source filter, carries sources and the flag.
        await page.Locator("#export-format").SelectOptionAsync("cytoscape");
        var href = await page.Locator("#export-links a.download").First.GetAttributeAsync("href");
        Assert.That(href, Does.StartWith($"/api/entities/{center}/neighbourhood?").And.Contain("includeContested=true"));
        using var response = await api.GetAsync(new Uri(href!, UriKind.Relative));
        Assert.That((int)response.StatusCode, Is.EqualTo(200), href);
        using var exported = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var exportedEdges = exported.RootElement.GetProperty("elements").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data")).ToList();
        Assert.That(exportedEdges.Select(e => e.GetProperty("id").GetString()), Is.EquivalentTo(await explorer.RelationIdsAsync()));
        Assert.That(exportedEdges, Has.All.Matches<JsonElement>(e => e.TryGetProperty("contested", out _) && e.TryGetProperty("outletCount", out _) && e.TryGetProperty("sources", out _)));
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-links a.download").First.ClickAsync());
        Assert.That(download.SuggestedFilename, Does.EndWith(".cyjs").Or.EndWith(".json"));
        Assert.That(explorer.Errors, Is.Empty);
    }

    [Test]
    public async Task OneViewShowsTheBestSupportedPathsAContestedRelationAndItsSources()
    {
        var (from, to) = await SupportedPathEndsAsync();
        var hash = $"#e={from}&from={from}&to={to}&k=3&len=6&w=prefer-supported&con=1";
        var paths = (await GetJson($"/api/paths?from={from}&to={to}&k=3&maxLength=6&weighting=prefer-supported&includeContested=true")).GetProperty("paths");
        var drawn = (await GetJson($"/api/entities/{from}/neighbourhood?includeContested=true")).GetProperty("edges").EnumerateArray()
            .Concat(paths.EnumerateArray().SelectMany(p => p.GetProperty("edges").EnumerateArray())).ToList();

        // The relation to open: a contested one when the view has one, else the best-supported one.
        var relation = drawn.OrderByDescending(r => r.GetProperty("contested").GetBoolean())
            .ThenByDescending(r => r.GetProperty("outletCount").GetInt32()).First();
        var id = relation.GetProperty("id").GetString()!;
        await using var explorer = await ExplorerSession.OpenAsync(host, hash);
        var page = explorer.Page;
        await Assertions.Expect(page.Locator("#path-list > li")).ToHaveCountAsync(paths.GetArrayLength());
        await Assertions.Expect(page.Locator("#path-weighting")).ToHaveValueAsync("prefer-supported");
        await page.EvaluateAsync("id => window.kgExplorer.explorer.openRelation(window.kgExplorer.explorer.relations.get(id), false)", id);
        var details = page.Locator("#details");
        await Assertions.Expect(details).ToHaveAttributeAsync("data-relation", id);
        await Assertions.Expect(details.Locator(".source-list.supporting > .source-item")).ToHaveCountAsync(relation.GetProperty("supportingDocuments").GetArrayLength());
        await Assertions.Expect(details.Locator("#contested-explanation")).ToHaveCountAsync(relation.GetProperty("contested").GetBoolean() ? 1 : 0);
        await explorer.WaitIdleAsync();
        await page.Locator("#details-body h3").First.ScrollIntoViewIfNeededAsync();
        await explorer.ScreenshotAsync($"explorer-overview-{data}.png");
        Assert.That(explorer.Errors, Is.Empty);
    }

    /// <summary>
    /// A path question for the data: from the best-connected entity to an entity two or three hops away, preferring one
    /// whose best-supported path is not its shortest, so that the ranking is seen to matter.
    /// </summary>
    private async Task<(string From, string To)> SupportedPathEndsAsync()
    {
        var from = (await GetJson("/api/actors/ranking?measure=degree&limit=1")).GetProperty("items")[0].GetProperty("id").GetString()!;
        var around = (await GetJson($"/api/entities/{from}/neighbourhood?depth=3")).GetProperty("nodes").EnumerateArray()
            .Where(n => n.GetProperty("distance").GetInt32() >= 2).Select(n => n.GetProperty("id").GetString()!).ToList();
        Assert.That(around, Is.Not.Empty, $"{from} has entities two hops away");
        foreach (var candidate in around.Take(20))
        {
            var shortest = await GetJson($"/api/paths?from={from}&to={candidate}");
            var supported = await GetJson($"/api/paths?from={from}&to={candidate}&weighting=prefer-supported");
            if (shortest.GetProperty("paths")[0].GetProperty("explanation").GetString() != supported.GetProperty("paths")[0].GetProperty("explanation").GetString())
            {
                return (from, candidate);
            }
        }

        return (from, around[0]);
    }

    private static SortedSet<string> Ids(JsonElement items) =>
        new(items.EnumerateArray().Select(e => e.GetProperty("id").GetString()!), StringComparer.Ordinal);

    private static string[] Strings(JsonElement items) => [.. items.EnumerateArray().Select(e => e.GetString()!)];

    private static string? TimeText(JsonElement position) =>
        position.GetProperty("time").ValueKind == JsonValueKind.Null ? null : position.GetProperty("time").GetProperty("text").GetString();

    private async Task<JsonElement> GetJson(string url)
    {
        using var response = await api.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(200), $"GET {url}: {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.Clone();
    }

    private async Task<Dictionary<string, JsonElement>> Documents() =>
        (await GetJson("/api/documents")).EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!);

    /// <summary>Opens the "In view" panel if needed and clicks an entity or relation there.</summary>
    private static async Task OpenInViewAsync(ExplorerSession explorer, string selector)
    {
        var panel = explorer.Page.Locator("details.panel", new() { Has = explorer.Page.Locator("#in-view") });
        if (await panel.GetAttributeAsync("open") is null)
        {
            await panel.Locator("summary").ClickAsync();
        }

        await explorer.Page.Locator(selector).ClickAsync();
        await explorer.WaitIdleAsync();
    }

    /// <summary>Each document listed once, in order, with its outlet, its title linked to its address and its publication date.</summary>
    private static async Task AssertSourcesAsync(ILocator list, string[] ids, Dictionary<string, JsonElement> documents)
    {
        var items = list.Locator(":scope > .source-item");
        Assert.That(await items.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.document)"), Is.EqualTo(ids));
        for (var i = 0; i < ids.Length; i++)
        {
            var document = documents[ids[i]];
            var item = items.Nth(i);
            if (document.GetProperty("outlet").GetString() is { } outlet)
            {
                await Assertions.Expect(item.Locator(".source-outlet")).ToHaveTextAsync(outlet);
            }

            await Assertions.Expect(item.Locator(".source-title")).ToHaveTextAsync(document.GetProperty("title").GetString()!);
            if (document.GetProperty("url").GetString() is { } url)
            {
                await Assertions.Expect(item.Locator("a.source-title")).ToHaveAttributeAsync("href", new Uri(url).AbsoluteUri);
            }

            var published = document.GetProperty("published").GetString();
            await Assertions.Expect(item.Locator(".source-date")).ToHaveTextAsync(
                published is null ? "no publication date" : PartialDate.Parse(published).ToDisplayString());
        }
    }

    /// <summary>Makes a change in the source filter, then checks the API request, the address and the drawn relations.</summary>
    private async Task ChangeAndCompareAsync(ExplorerSession explorer, string center, Func<Task> change, string? parameter, string? hash)
    {
        var page = explorer.Page;
        var request = await page.RunAndWaitForRequestAsync(change, r => r.Url.Contains("/neighbourhood?", StringComparison.Ordinal));
        await explorer.WaitIdleAsync();
        var query = new Uri(request.Url).Query;
        if (parameter is not null)
        {
            Assert.That(Uri.UnescapeDataString(query), Does.Contain(parameter), "the filter goes to the API as its own parameter");
            Assert.That(Uri.UnescapeDataString(page.Url), Does.Contain(hash), "and into the address");
        }

        var expected = await GetJson($"/api/entities/{center}/neighbourhood{query}");
        Assert.Multiple(async () =>
        {
            Assert.That(await explorer.RelationIdsAsync(), Is.EqualTo(Ids(expected.GetProperty("edges"))), query);
            Assert.That(await explorer.NodeIdsAsync(), Is.EqualTo(Ids(expected.GetProperty("nodes"))), query);
        });
    }
}
