using KnowledgeGraph.Api.Contracts;
using KnowledgeGraph.Api.Infrastructure;
using KnowledgeGraph.Api.Services;
using KnowledgeGraph.Model;
using KnowledgeGraph.Queries;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Endpoints;

/// <summary>Maps <c>/api/entities</c>: search, one entity, and its neighbourhood.</summary>
public static class EntityEndpoints
{
    /// <summary>Maps the entity routes.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The route builder.</returns>
    public static IEndpointRouteBuilder MapEntityEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/entities").WithTags("Entities");
        group.MapGet("/", ListEntities).WithName("ListEntities").WithSummary("Find entities by name, alias or kind.");
        group.MapGet("/{id}", GetEntity).WithName("GetEntity").WithSummary("Get one entity with all its relations.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/neighbourhood", GetNeighbourhood).WithName("GetNeighbourhood")
            .WithSummary("Get the entities within some hops of an entity and the relations among them.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>Lists entities, optionally matching a search text and a kind.</summary>
    /// <remarks>
    /// Without <c>search</c> the entities come in id order. With it they are ranked by match quality
    /// (exact name or alias, prefix, contained, then fuzzy matches for typos and transliterations such
    /// as 'Pashinian' or 'Galusin'), and each item says its score and what matched; at most the 100 best matches
    /// are ranked.
    /// </remarks>
    public static Results<Ok<Page<EntityListItem>>, ValidationProblem> ListEntities(
        [AsParameters] EntityListRequest request, Graph graph, IOptions<ApiLimits> limits)
    {
        var errors = new ParameterErrors();
        var limit = errors.Range("limit", request.Limit, limits.Value.DefaultLimit, 1, limits.Value.MaxLimit);
        var offset = errors.Range("offset", request.Offset, 0, 0, int.MaxValue);
        if (request.Kind is { } kind)
        {
            errors.Known("kind", [kind], graph.EntityKinds.Select(k => k.Name).ToList(), "entity kind");
        }

        if (request.Search is { Length: > 200 })
        {
            errors.Add("search", "search is longer than 200 characters.");
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        List<EntityListItem> items;
        if (string.IsNullOrWhiteSpace(request.Search))
        {
            items = [.. graph.Entities.Where(e => request.Kind is null || e.Kind == request.Kind).OrderBy(e => e.Id, StringComparer.Ordinal).Select(e => e.ToListItem())];
        }
        else
        {
            // The library ranks at most MaxSearchLimit matches; asking for more (any graph over 100 entities) is an error.
            var best = Math.Clamp(graph.Entities.Length, 1, Graph.MaxSearchLimit);
            items = [.. graph.SearchEntities(request.Search, best).Where(m => request.Kind is null || m.Entity.Kind == request.Kind).Select(m => m.ToListItem())];
        }

        return TypedResults.Ok(new Page<EntityListItem>([.. items.Skip(offset).Take(limit)], items.Count, limit, offset));
    }

    /// <summary>Gets one entity with its relations in date order.</summary>
    /// <remarks>
    /// An unknown id is a 404 whose detail names the id and suggests the closest ids. The id of an entity merged into
    /// another (<c>resolution.json</c>) answers with the entity it was merged into, whose <c>referents</c> list the merged
    /// ids and whose relations name it instead. Every relation is listed, of any certainty, contested or not. The source filter (<c>documents</c>, <c>excludeDocuments</c>, <c>knownAt</c>,
    /// <c>minSources</c>) lists only the relations the counted evidence supports, as <c>/api/relations</c> does, each
    /// with only that evidence; <c>supportingDocuments</c> and <c>outletCount</c> then count it too.
    /// </remarks>
    public static Results<Ok<EntityDetailDto>, ValidationProblem, ProblemHttpResult> GetEntity([AsParameters] EntityRequest request, Graph graph)
    {
        var errors = new ParameterErrors();
        var evidence = RequestParsing.ToEvidence(request, errors);
        var id = QueryErrors.IdOf(graph, request.Id);
        var filtered = evidence.LeavesEvidenceOut || request.MinSources is not null;

        // The source filter is a relation query's (one check, the library's); the entity itself is the route's, a 404.
        var query = new RelationQuery
        {
            Documents = evidence.Documents,
            ExcludedDocuments = evidence.ExcludedDocuments,
            KnownAt = evidence.KnownAt,
            MinSources = request.MinSources ?? 0,
        };
        var problems = graph.CheckRelationQuery(query);
        if (errors.Any || !problems.IsEmpty)
        {
            return QueryErrors.Invalid(errors, problems, QueryErrors.Names.Relations);
        }

        try
        {
            var entity = graph.GetEntity(id);
            IReadOnlyList<Relation> relations = graph.GetTimeline(entity.Id);
            if (filtered)
            {
                var counted = graph.FindRelations(query with { Entity = entity.Id }).ToDictionary(r => r.Id, StringComparer.Ordinal);
                relations = [.. relations.Where(r => counted.ContainsKey(r.Id)).Select(r => counted[r.Id])];
            }

            return TypedResults.Ok(entity.ToDetail(relations, graph, evidence));
        }
        catch (EntityNotFoundException ex)
        {
            return QueryErrors.NotFound(ex, "id");
        }
    }

    /// <summary>Gets the neighbourhood of an entity: every entity within <c>depth</c> hops and the relations among them.</summary>
    /// <remarks>
    /// Filters apply during the traversal (a filtered-out relation is never followed). <c>edges</c> is the
    /// subgraph induced on the reached entities, restricted to relations that pass the filters. By default
    /// only stated and reported relations are followed. When <c>limit</c> or the work cap stops the
    /// traversal, <c>truncated</c> is true and <c>truncationReason</c> says why. With <c>format</c>, the
    /// neighbourhood's entities and relations are downloaded as a file in that format instead (e.g. gexf for Gephi). With
    /// <c>documents</c>, <c>excludeDocuments</c> or <c>knownAt</c>, each relation holds only the evidence that counts, and its
    /// documents, outlet count, contested flag, positions and sentence are those of that evidence.
    /// </remarks>
    /// <param name="format">
    /// Download the result as a file instead of the JSON response, in one of the export writers' formats (the OpenAPI
    /// document lists them, generated from the library's writer registry).
    /// </param>
    public static Results<Ok<NeighbourhoodResponse>, PushStreamHttpResult, ValidationProblem, ProblemHttpResult> GetNeighbourhood(
        [AsParameters] NeighbourhoodRequest request,
        [FromQuery(Name = "format")] string? format,
        Graph graph,
        IOptions<ApiLimits> limits,
        CancellationToken cancellationToken)
    {
        var errors = new ParameterErrors();
        var exportFormat = ExportResponses.ParseFormat(format, errors);
        var depth = errors.Range("depth", request.Depth, 1, 1, Math.Min(limits.Value.MaxDepth, NeighbourhoodOptions.MaxDepth));
        var limit = errors.Range("limit", request.Limit, limits.Value.MaxLimit, 1, limits.Value.MaxLimit);
        var options = new NeighbourhoodOptions { Filter = RequestParsing.ToFilter(request, errors), Depth = depth, MaxNodes = limit, MaxVisited = limits.Value.MaxVisited };
        if (errors.Any)
        {
            return QueryErrors.Invalid(errors, graph.CheckNeighbourhoodOptions(options), QueryErrors.Names.Neighbourhood);
        }

        NeighbourhoodResult result;
        try
        {
            result = graph.GetNeighbourhood(QueryErrors.IdOf(graph, request.Id), options, cancellationToken);
        }
        catch (QueryArgumentException ex)
        {
            return QueryErrors.Invalid(ex, QueryErrors.Names.Neighbourhood);
        }
        catch (EntityNotFoundException ex)
        {
            return QueryErrors.NotFound(ex, "id");
        }

        var center = result.Center;
        if (exportFormat is { } f)
        {
            return ExportResponses.Subset(graph, result.Nodes.Select(n => n.Entity), result.Relations, f, $"neighbourhood-{center.Id}", $"Neighbourhood of {center.Name} (depth {depth})", options.Filter.Evidence);
        }

        return TypedResults.Ok(result.ToDto(depth, graph, options.Filter.Evidence));
    }
}
