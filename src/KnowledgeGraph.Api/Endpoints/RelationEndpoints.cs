using KnowledgeGraph.Api.Contracts;
using KnowledgeGraph.Api.Infrastructure;
using KnowledgeGraph.Api.Services;
using KnowledgeGraph.Model;
using KnowledgeGraph.Queries;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Endpoints;

/// <summary>Maps <c>GET /api/relations</c>.</summary>
public static class RelationEndpoints
{
    private static readonly Dictionary<string, Certainty> Certainties = Enum.GetValues<Certainty>()
        .Where(c => c != Certainty.Unspecified)
        .ToDictionary(c => c.ToString().ToLowerInvariant(), c => c, StringComparer.Ordinal);

    /// <summary>Maps the relation route.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The route builder.</returns>
    public static IEndpointRouteBuilder MapRelationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/relations", ListRelations)
            .WithName("ListRelations")
            .WithTags("Relations")
            .WithSummary("Find relations by entity, end, type, time window and certainty.");
        return app;
    }

    /// <summary>Lists relations matching every given criterion, in date order (undated last).</summary>
    /// <remarks>
    /// <c>entity</c> matches either end; <c>source</c> and <c>target</c> match that end; giving
    /// <c>source</c> and <c>target</c> lists the relations from one to the other. Unlike the traversal
    /// endpoints, all certainties are listed unless <c>certainty</c> narrows them. With <c>documents</c>,
    /// <c>excludeDocuments</c> or <c>knownAt</c>, each relation holds only the evidence that counts, and its supporting
    /// and disputing documents, outlet count, contested flag, positions and sentence are those of that evidence.
    /// </remarks>
    public static Results<Ok<Page<RelationDto>>, ValidationProblem> ListRelations(
        [AsParameters] RelationListRequest request, Graph graph, IOptions<ApiLimits> limits)
    {
        var errors = new ParameterErrors();
        var limit = errors.Range("limit", request.Limit, limits.Value.DefaultLimit, 1, limits.Value.MaxLimit);
        var offset = errors.Range("offset", request.Offset, 0, 0, int.MaxValue);
        var certainties = ParameterErrors.List(request.Certainty);
        errors.Known("certainty", certainties, Certainties.Keys, "certainty");
        var evidence = RequestParsing.ToEvidence(request, errors);
        var query = new RelationQuery
        {
            Entity = request.Entity,
            Source = request.Source,
            Target = request.Target,
            Types = [.. ParameterErrors.List(request.Type)],
            Since = errors.Date("since", request.Since, latest: false),
            Until = errors.Date("until", request.Until, latest: true),
            Certainties = [.. certainties.Where(Certainties.ContainsKey).Select(c => Certainties[c])],
            Documents = evidence.Documents,
            ExcludedDocuments = evidence.ExcludedDocuments,
            MinSources = request.MinSources ?? 0,
            KnownAt = evidence.KnownAt,
            Contested = request.Contested,
        };
        if (errors.Any)
        {
            return QueryErrors.Invalid(errors, graph.CheckRelationQuery(query), QueryErrors.Names.Relations);
        }

        IReadOnlyList<Relation> found;
        try
        {
            found = graph.FindRelations(query);
        }
        catch (QueryArgumentException ex)
        {
            return QueryErrors.Invalid(ex, QueryErrors.Names.Relations);
        }

        return TypedResults.Ok(new Page<RelationDto>([.. found.Skip(offset).Take(limit).Select(r => r.ToDto(graph, query.Evidence))], found.Count, limit, offset));
    }
}
