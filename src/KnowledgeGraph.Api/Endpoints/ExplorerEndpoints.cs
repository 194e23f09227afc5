using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Endpoints;

/// <summary>
/// Serves the explorer (the home page <c>/</c>) from <c>wwwroot</c>, where the build writes it when Node.js is
/// installed. Without it, <c>/</c> is a short page that says how to enable the explorer and links to Swagger UI.
/// </summary>
public static class ExplorerEndpoints
{
    /// <summary>The page <c>/</c> shows when the explorer was not built.</summary>
    public const string NotBuiltPage = """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>KnowledgeGraph API</title>
          <style>
            body { font-family: system-ui, sans-serif; max-width: 44rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5; color: #1f2328; }
            code { background: #f6f8fa; padding: 0 4px; border-radius: 4px; }
            a { color: #0b57d0; }
          </style>
        </head>
        <body>
          <h1>KnowledgeGraph API</h1>
          <p>The API is running. Its interactive explorer is not built on this machine: the build makes it from
          <code>src/KnowledgeGraph.Explorer</code> only when Node.js is installed.</p>
          <h2>Enable the explorer</h2>
          <ol>
            <li>Install Node.js 20.19 or later with npm, from <a href="https://nodejs.org/">nodejs.org</a> or your package manager (on Debian and Ubuntu, its <code>nodejs</code> and <code>npm</code> packages).</li>
            <li>Rebuild and restart: <code>dotnet run --project src/KnowledgeGraph.Api</code>. The build restores the explorer's packages with npm and bundles it.</li>
          </ol>
          <p>Meanwhile the API is documented and can be tried in <a href="swagger">Swagger UI</a>
          (OpenAPI document: <a href="openapi/v1.json">/openapi/v1.json</a>; status: <a href="health">/health</a>).</p>
        </body>
        </html>
        """;

    // The explorer reads only this API (same origin); styles may be set inline by Cytoscape.js.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Serves the explorer's files (<c>/</c> is its <c>index.html</c>), or maps <c>/</c> to <see cref="NotBuiltPage"/>
    /// when the web root has no explorer. Directories are never listed.
    /// </summary>
    /// <param name="app">The application.</param>
    /// <returns>The application.</returns>
    public static WebApplication UseExplorer(this WebApplication app)
    {
        if (!app.Environment.WebRootFileProvider.GetFileInfo("index.html").Exists)
        {
            app.Logger.LogInformation("The explorer is not built (no index.html in {WebRoot}): / says how to enable it.", app.Environment.WebRootPath ?? "wwwroot");
            app.MapGet("/", () => Results.Content(NotBuiltPage, "text/html; charset=utf-8")).ExcludeFromDescription();
            return app;
        }

        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = SetHeaders });
        return app;
    }

    private static void SetHeaders(StaticFileResponseContext file)
    {
        var context = file.Context;
        var headers = context.Response.Headers;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";

        // Bundled files carry a content hash in their name (assets/index-3f2a….js): cache them for good.
        // Everything else, index.html first, is revalidated so a rebuild shows at once.
        headers[HeaderNames.CacheControl] = context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal)
            ? "public, max-age=31536000, immutable"
            : "no-cache";
        if (file.File.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
        }
    }
}
