using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace KnowledgeGraph.Browser.Tests;

public sealed class SwaggerUiTests
{
    [Test]
    public async Task TryItOutOnThePathsEndpointShowsAPathInTheResponse()
    {
        await using var host = await BrowserHost.StartAsync();
        var page = await host.Browser.NewPageAsync();
        await page.GotoAsync($"{host.BaseUrl}/swagger");

        var operation = page.Locator("#operations-Paths-FindPaths");
        await operation.Locator(".opblock-summary").ClickAsync();
        await operation.GetByRole(AriaRole.Button, new() { Name = "Try it out" }).ClickAsync();

        // The documented examples (from=nikol-pashinyan, to=...) are prefilled; check them, then execute.
        var from = operation.Locator("tr[data-param-name='from'] input");
        Assert.That(await from.InputValueAsync(), Is.EqualTo("nikol-pashinyan"));
        await operation.GetByRole(AriaRole.Button, new() { Name = "Execute" }).ClickAsync();

        var body = operation.Locator(".responses-wrapper .live-responses-table .response-col_description pre").First;
        await Assertions.Expect(body).ToContainTextAsync("\"explanation\"", new() { Timeout = 15000 });
        var text = await body.InnerTextAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.ArtifactsDirectory, "swagger-paths.png"), FullPage = true });
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("\"paths\""));
            Assert.That(Regex.IsMatch(text, "\"length\":\\s*[1-9]"), Is.True, text);
            Assert.That(text, Does.Contain("Nikol Pashinyan"));
        });
    }
}
