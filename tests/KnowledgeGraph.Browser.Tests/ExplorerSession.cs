using System.Text.Json;
using Microsoft.Playwright;

namespace KnowledgeGraph.Browser.Tests;

/// <summary>
/// One page of the explorer in its own browser context. Reads the drawing's model through
/// <c>window.kgExplorer.cy</c> (Cytoscape.js), so tests assert on what is drawn, not on pixels, and collects the
/// page's script errors so every test can check there were none.
/// </summary>
public sealed class ExplorerSession : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly List<string> errors = [];

    private ExplorerSession(IBrowserContext context, IPage page, string baseUrl)
    {
        this.context = context;
        Page = page;
        BaseUrl = baseUrl;
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                errors.Add($"{message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => errors.Add($"page error: {error}");
    }

    public IPage Page { get; }

    public string BaseUrl { get; }

    public IReadOnlyList<string> Errors => errors;

    /// <summary>Opens the explorer (optionally at a view given after #) and waits until it is ready and idle.</summary>
    public static async Task<ExplorerSession> OpenAsync(BrowserHost host, string hash = "", int width = 1400, int height = 860)
    {
        var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ReducedMotion = ReducedMotion.Reduce,
            AcceptDownloads = true,
        });
        var session = new ExplorerSession(context, await context.NewPageAsync(), host.BaseUrl);
        await session.Page.GotoAsync($"{host.BaseUrl}/{hash}");
        await session.Page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true'");
        await session.WaitIdleAsync();
        return session;
    }

    /// <summary>Waits until no request or layout of the explorer is under way.</summary>
    public Task WaitIdleAsync() => Page.WaitForFunctionAsync("() => window.kgExplorer && window.kgExplorer.idle", null, new() { Timeout = 20_000 });

    public async Task<SortedSet<string>> NodeIdsAsync() =>
        new(await Page.EvaluateAsync<string[]>("() => window.kgExplorer.cy.nodes().map(n => n.id())"), StringComparer.Ordinal);

    /// <summary>The ids of the relations drawn as edges.</summary>
    public async Task<SortedSet<string>> RelationIdsAsync(string selector = "edge") =>
        new(await Page.EvaluateAsync<string[]>("s => window.kgExplorer.cy.edges(s).map(e => e.data('relationId'))", selector), StringComparer.Ordinal);

    public async Task<SortedSet<string>> NodeIdsAsync(string selector) =>
        new(await Page.EvaluateAsync<string[]>("s => window.kgExplorer.cy.nodes(s).map(n => n.id())", selector), StringComparer.Ordinal);

    /// <summary>An element's data and computed style, as the renderer sees them.</summary>
    public Task<JsonElement> ElementAsync(string cyId) =>
        Page.EvaluateAsync<JsonElement>(
            """
            id => {
              const e = window.kgExplorer.cy.getElementById(id);
              return { data: e.data(), classes: e.classes(), lineColor: e.isEdge() ? e.style('line-color') : null,
                       lineStyle: e.isEdge() ? e.style('line-style') : null, shape: e.isNode() ? e.style('shape') : null,
                       background: e.isNode() ? e.style('background-color') : null,
                       outlineColor: e.isEdge() ? e.style('line-outline-color') : null,
                       outlineWidth: e.isEdge() ? e.numericStyle('line-outline-width') : null,
                       label: e.style('label') };
            }
            """,
            cyId);

    /// <summary>Where an element is on the page (a node's centre or an edge's midpoint), for real mouse clicks.</summary>
    public async Task<(float X, float Y)> PagePointAsync(string cyId)
    {
        var point = await Page.EvaluateAsync<JsonElement>(
            """
            id => {
              const cy = window.kgExplorer.cy;
              const e = cy.getElementById(id);
              const p = e.isNode() ? e.renderedPosition() : e.renderedMidpoint();
              const box = cy.container().getBoundingClientRect();
              return { x: box.left + p.x, y: box.top + p.y };
            }
            """,
            cyId);
        return (point.GetProperty("x").GetSingle(), point.GetProperty("y").GetSingle());
    }

    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.ArtifactsDirectory, name) });

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
