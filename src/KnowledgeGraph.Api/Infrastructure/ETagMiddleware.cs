using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Infrastructure;

/// <summary>
/// Tags every <c>GET /api</c> response with an ETag derived from the data version the request reads, and
/// answers 304 when the client already holds it. Responses are cacheable but revalidated, since the data
/// folder can be reloaded at any time.
/// </summary>
public sealed class ETagMiddleware(RequestDelegate next)
{
    /// <summary>Handles a request.</summary>
    /// <param name="context">The request.</param>
    /// <returns>A task that completes when the response is written.</returns>
    public Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            return next(context);
        }

        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            return next(context);
        }

        // The request's graph snapshot is scoped: the handler will read this same version.
        var graph = context.RequestServices.GetRequiredService<Graph>();
        var etag = new EntityTagHeaderValue($"\"{graph.Version}\"");
        var ifNoneMatch = context.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false)))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            SetHeaders(context.Response, etag);
            return Task.CompletedTask;
        }

        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status200OK)
            {
                SetHeaders(context.Response, etag);
            }

            return Task.CompletedTask;
        });
        return next(context);
    }

    private static void SetHeaders(HttpResponse response, EntityTagHeaderValue etag)
    {
        var headers = response.GetTypedHeaders();
        headers.ETag = etag;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, NoCache = true };
    }
}
