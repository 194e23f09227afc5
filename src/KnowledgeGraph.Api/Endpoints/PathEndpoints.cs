using KnowledgeGraph.Api.Contracts;
using KnowledgeGraph.Api.Infrastructure;
using KnowledgeGraph.Api.Services;
using KnowledgeGraph.Queries;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
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
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>Finds the shortest paths between two entities.</summary>
    /// <remarks>
    /// A path is a sequence of relations; parallel relations between the same two entities give distinct
    /// paths, and each step says which relation it used and whether it was followed along its direction.
    /// By default the single shortest path (fewest relations) is returned; <c>k</c> asks for the k shortest
    /// simple paths in order, <c>all=true</c> for every path of minimum length. <c>weighting</c> changes what
    /// "shortest" means for the k paths: <c>prefer-supported</c> ranks paths whose relations more independent outlets
    /// support first (a relation costs 1 + 4/2^n for n outlets, counted on the evidence the source filters count), and
    /// <c>prefer-stated</c> and <c>prefer-cooperative</c> rank by certainty and by polarity. Filters apply during the
    /// traversal. No path is a 200 with an empty list. Each path carries a plain-language explanation with
    /// dates and evidence (document, paragraph, footnote); with <c>documents</c>, <c>excludeDocuments</c> or <c>knownAt</c>,
    /// its relations hold, count and explain only the evidence that counts. With <c>format</c>, the entities and relations of all
    /// the paths found are downloaded as a file in that format instead (e.g. graphml for Gephi).
    /// </remarks>
    /// <param name="format">
    /// Download the result as a file instead of the JSON response, in one of the export writers' formats (the OpenAPI
    /// document lists them, generated from the library's writer registry).
    /// </param>
    public static Results<Ok<PathsResponse>, PushStreamHttpResult, ValidationProblem, ProblemHttpResult> FindPaths(
        [AsParameters] PathsRequest request,
        [FromQuery(Name = "format")] string? format,
        Graph graph,
        IOptions<ApiLimits> limits,
        CancellationToken cancellationToken)
    {
        var errors = new ParameterErrors();
        var exportFormat = ExportResponses.ParseFormat(format, errors);
        if (string.IsNullOrWhiteSpace(request.From))
        {
            errors.Add("from", "from is required: the start entity's id, e.g. 'nikol-pashinyan'.");
        }

        if (string.IsNullOrWhiteSpace(request.To))
        {
            errors.Add("to", "to is required: the end entity's id, e.g. 'israel'.");
        }

        // The configured caps are the API's; the library checks its own ranges, names and combinations (k with all).
        // A value the API refused goes to the library as its default, so that the library reports only its own problems.
        var k = errors.Range("k", request.K, 1, 1, Math.Min(limits.Value.MaxK, PathOptions.MaxK));
        var maxLength = errors.Range("maxLength", request.MaxLength, Math.Min(6, limits.Value.MaxPathLength), 1, Math.Min(limits.Value.MaxPathLength, PathOptions.MaxLengthLimit));
        var options = new PathOptions
        {
            Filter = RequestParsing.ToFilter(request, errors),
            Mode = request.All == true ? PathSearchMode.AllShortest : PathSearchMode.KShortest,
            Weighting = RequestParsing.ToWeighting(request.Weighting, errors),
            K = request.K is null || errors.Has("k") ? null : k,
            MaxLength = maxLength,
            MaxPaths = Math.Min(limits.Value.MaxPaths, PathOptions.MaxPathsLimit),
            MaxVisited = limits.Value.MaxVisited,
        };
        if (errors.Any)
        {
            return QueryErrors.Invalid(errors, graph.CheckPathOptions(options), QueryErrors.Names.Paths);
        }

        var from = QueryErrors.IdOf(graph, request.From!);
        var to = QueryErrors.IdOf(graph, request.To!);
        PathResult result;
        try
        {
            result = graph.FindPaths(from, to, options, cancellationToken);
        }
        catch (QueryArgumentException ex)
        {
            return QueryErrors.Invalid(ex, QueryErrors.Names.Paths);
        }
        catch (EntityNotFoundException ex)
        {
            return QueryErrors.NotFound(ex, ex.Id == from ? "from" : "to");
        }

        if (exportFormat is { } f)
        {
            return ExportResponses.Subset(
                graph, result.Paths.SelectMany(p => p.Nodes), result.Paths.SelectMany(p => p.Steps).Select(s => s.Relation), f,
                $"paths-{from}-{to}", $"Paths from {graph.GetEntity(from).Name} to {graph.GetEntity(to).Name}", options.Filter.Evidence);
        }

        return TypedResults.Ok(new PathsResponse(from, to, [.. result.Paths.Select(p => p.ToDto(graph, options.Filter.Evidence))], result.Truncated, result.TruncationReason));
    }
}
