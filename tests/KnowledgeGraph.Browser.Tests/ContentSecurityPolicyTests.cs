using Microsoft.Playwright;

namespace KnowledgeGraph.Browser.Tests;

/// <summary>The pages work under the Content-Security-Policy the API sends: the browser reports no violation.</summary>
public sealed class ContentSecurityPolicyTests
{
    [TestCase("/swagger")]
    [TestCase("/")]
    public async Task PageLoadsAndRunsWithoutAContentSecurityPolicyViolation(string path)
    {
        await using var host = await BrowserHost.StartAsync();
        var page = await host.Browser.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        await page.AddInitScriptAsync(
            "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));");
        var response = await page.GotoAsync($"{host.BaseUrl}{path}", new() { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.That(response?.Headers["content-security-policy"], Does.Contain("script-src 'self'"), "the page is served with its policy");
        if (page.Url.Contains("/swagger", StringComparison.Ordinal))
        {
            // Swagger UI has rendered the operations from /openapi/v1.json: its scripts ran and fetched.
            await Assertions.Expect(page.Locator("#operations-Paths-FindPaths")).ToBeVisibleAsync(new() { Timeout = 15000 });
        }

        violations.AddRange(await page.EvaluateAsync<string[]>("window.__cspViolations"));
        Assert.That(violations, Is.Empty);
    }
}
