using KnowledgeGraph.Api.Services;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Infrastructure;

/// <summary>
/// Adds the browser security headers to every response the application writes: <c>nosniff</c>, no referrer,
/// no framing, and a Content-Security-Policy: the page policy for HTML (Swagger UI, the explorer), and a policy
/// that allows nothing for JSON and other data, so a response opened in a browser can never run script.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<SecurityHeadersOptions> options)
{
    /// <summary>Handles a request.</summary>
    /// <param name="context">The request.</param>
    /// <returns>A task that completes when the response is written.</returns>
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(
            static state =>
            {
                var (response, settings) = ((HttpResponse, SecurityHeadersOptions))state;
                Apply(response, settings);
                return Task.CompletedTask;
            },
            (context.Response, options.Value));
        return next(context);
    }

    // A route that sets its own policy (the explorer's page) keeps it.
    private static void Apply(HttpResponse response, SecurityHeadersOptions settings)
    {
        var headers = response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.TryAdd("Referrer-Policy", settings.ReferrerPolicy);
        headers.TryAdd("X-Frame-Options", "DENY");
        headers.TryAdd("Content-Security-Policy", IsDocument(response.ContentType) ? settings.PageContentSecurityPolicy : settings.ResourceContentSecurityPolicy);
    }

    // A policy governs the document (or worker script) it arrives with: pages and scripts get the page policy.
    private static bool IsDocument(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("javascript", StringComparison.OrdinalIgnoreCase));
}
