using KnowledgeGraph.Api.Contracts;
using KnowledgeGraph.Api.Infrastructure;
using KnowledgeGraph.Api.Services;
using KnowledgeGraph.Queries;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Endpoints;

/// <summary>Maps <c>GET /api/paths</c>.</summary>
public static class PathEndpoints
{
    /// <summary>Maps the path route.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The route builder.</returns>
    public static IEndpointRouteBuilder MapPathEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/paths", FindPaths)
            .WithName("FindPaths")
            .WithTags("Paths")
            .WithSummary("How is one entity connected to another? The shortest paths, step by step, with evidence.")
            .Produces<PathsResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>Finds the shortest paths between two entities.</summary>
    /// <remarks>
    /// A path is a sequence of relations; parallel relations between the same two entities give distinct
    /// paths, and each step says which relation it used and whether it was followed along its direction.
    /// By default the single shortest path (fewest relations) is returned; <c>k</c> asks for the k shortest
    /// simple paths in order, <c>all=true</c> for every path of minimum length. Filters apply during the
    /// traversal. No path is a 200 with an empty list. Each path carries a plain-language explanation with
    /// dates and evidence (document, paragraph, footnote).
    /// </remarks>
    public static IResult FindPaths(
        [AsParameters] PathsRequest request, Graph graph, IOptions<ApiLimits> limits, CancellationToken cancellationToken)
    {
        var errors = new ParameterErrors();
        if (string.IsNullOrWhiteSpace(request.From))
        {
            errors.Add("from", "from is required: the start entity's id, e.g. 'nikol-pashinyan'.");
        }

        if (string.IsNullOrWhiteSpace(request.To))
        {
            errors.Add("to", "to is required: the end entity's id, e.g. 'israel'.");
        }

        var k = errors.Range("k", request.K, 1, 1, Math.Min(limits.Value.MaxK, PathOptions.MaxK));
        var maxLength = errors.Range("maxLength", request.MaxLength, Math.Min(6, limits.Value.MaxPathLength), 1, Math.Min(limits.Value.MaxPathLength, PathOptions.MaxMaxLength));
        var filter = RequestParsing.ToFilter(request, graph, errors);
        if (request.All == true && request.K is not null)
        {
            errors.Add("k", "k cannot be combined with all=true: ask for the k shortest paths or for all shortest paths.");
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var from = RequestParsing.Resolve(graph, request.From!);
        if (from is null)
        {
            return RequestParsing.EntityNotFound(graph, "from", request.From!);
        }

        var to = RequestParsing.Resolve(graph, request.To!);
        if (to is null)
        {
            return RequestParsing.EntityNotFound(graph, "to", request.To!);
        }

        var options = new PathOptions
        {
            Filter = filter,
            K = k,
            AllShortest = request.All ?? false,
            MaxLength = maxLength,
            MaxPaths = Math.Min(limits.Value.MaxPaths, PathOptions.MaxMaxPaths),
            MaxVisited = limits.Value.MaxVisited,
        };
        return QueryErrors.Run(() =>
        {
            var result = graph.FindPaths(from.Id, to.Id, options, cancellationToken);
            return TypedResults.Ok(new PathsResponse(from.Id, to.Id, [.. result.Paths.Select(p => p.ToDto(graph))], result.Truncated, result.TruncationReason));
        });
    }
}
