namespace KnowledgeGraph.Api.Infrastructure;

/// <summary>
/// Lets every GET route answer HEAD as well (the API is read-only: GET and HEAD), without declaring HEAD on each
/// route: a HEAD request is routed as GET, then turned back into HEAD before it runs, so the server sends the
/// headers (status, ETag, Content-Type) and no body.
/// </summary>
public static class HeadRequests
{
    private static readonly object HeadMarker = new();

    /// <summary>Adds routing to the pipeline, with HEAD requests routed to the GET endpoints.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The application.</returns>
    public static IApplicationBuilder UseRoutingWithHead(this IApplicationBuilder app)
    {
        app.Use(static (context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method))
            {
                context.Items[HeadMarker] = true;
                context.Request.Method = HttpMethods.Get;
            }

            return next(context);
        });
        app.UseRouting();
        return app.Use(static (context, next) =>
        {
            if (context.Items.ContainsKey(HeadMarker))
            {
                // Back to HEAD before anything is written: the server then sends no body.
                context.Request.Method = HttpMethods.Head;
            }

            return next(context);
        });
    }
}
