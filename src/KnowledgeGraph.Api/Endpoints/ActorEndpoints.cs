using KnowledgeGraph.Api.Contracts;
using KnowledgeGraph.Api.Infrastructure;
using KnowledgeGraph.Api.Services;
using KnowledgeGraph.Queries;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Endpoints;

/// <summary>Maps <c>GET /api/actors/ranking</c>.</summary>
public static class ActorEndpoints
{
    private static readonly Dictionary<string, CentralityMeasure> Measures = new(StringComparer.Ordinal)
    {
        ["degree"] = CentralityMeasure.Degree,
        ["betweenness"] = CentralityMeasure.Betweenness,
    };

    /// <summary>Maps the ranking route.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The route builder.</returns>
    public static IEndpointRouteBuilder MapActorEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/actors/ranking", RankActors)
            .WithName("RankActors")
            .WithTags("Actors")
            .WithSummary("Key actors: entities ranked by degree or betweenness centrality.");
        return app;
    }

    /// <summary>Ranks entities by a centrality measure.</summary>
    /// <remarks>
    /// <c>degree</c> counts the relations of each entity; <c>betweenness</c> (Brandes' algorithm, relations
    /// taken as undirected) measures how often an entity lies on shortest paths between others. Both count
    /// only stated and reported relations unless <c>includeUncertain=true</c>.
    /// </remarks>
    public static Results<Ok<RankingResponse>, ValidationProblem> RankActors([AsParameters] RankingRequest request, Graph graph, IOptions<ApiLimits> limits, CancellationToken cancellationToken)
    {
        var errors = new ParameterErrors();
        var measure = errors.OneOf("measure", request.Measure, Measures, CentralityMeasure.Degree);
        var limit = errors.Range("limit", request.Limit, 20, 1, limits.Value.MaxLimit);
        var kinds = ParameterErrors.List(request.Kind);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var options = new RankingOptions
        {
            Filter = TraversalFilter.Default with { IncludeUncertain = request.IncludeUncertain ?? false },
            Kinds = [.. kinds],
            Limit = limit,
        };
        try
        {
            return TypedResults.Ok(new RankingResponse(
                measure.ToString().ToLowerInvariant(),
                [.. graph.RankActors(measure, options, cancellationToken).Select(a => new ActorScoreDto(a.Rank, a.Entity.Id, a.Entity.Name, a.Entity.Kind, Math.Round(a.Score, 6)))]));
        }
        catch (QueryArgumentException ex)
        {
            return QueryErrors.Invalid(ex, QueryErrors.Names.Ranking);
        }
    }
}
