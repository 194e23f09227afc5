using KnowledgeGraph.Api.Contracts;
using KnowledgeGraph.Api.Services;

namespace KnowledgeGraph.Api.Endpoints;

/// <summary>Maps <c>GET /health</c>.</summary>
public static class HealthEndpoints
{
    /// <summary>Maps the health endpoint.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The route builder.</returns>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", GetHealth)
            .WithName("GetHealth")
            .WithTags("Health")
            .WithSummary("Whether the API is up, and which graph it serves.");
        return app;
    }

    /// <summary>Reports whether the API is up and which graph it serves.</summary>
    /// <remarks>
    /// Gives the entity and relation counts and the data version of the graph currently served, and the
    /// outcome of the latest reload of the data folder: when an edit was rejected, <c>lastReload</c> lists
    /// its problems (file, line, field) while the last good version keeps serving.
    /// </remarks>
    public static HealthResponse GetHealth(GraphProvider provider)
    {
        var graph = provider.Current;
        var reload = provider.LastReload;
        return new HealthResponse(
            reload is { Succeeded: false } ? "degraded" : "healthy",
            graph.Version,
            graph.Entities.Length,
            graph.Relations.Length,
            provider.DataDirectory ?? "(embedded)",
            [.. graph.Notices],
            reload);
    }
}
