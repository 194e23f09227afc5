using KnowledgeGraph.Api.Contracts;

namespace KnowledgeGraph.Api.Endpoints;

/// <summary>Maps <c>GET /api/relation-types</c> and <c>GET /api/entity-kinds</c>.</summary>
public static class VocabularyEndpoints
{
    /// <summary>Maps the vocabulary routes.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The route builder.</returns>
    public static IEndpointRouteBuilder MapVocabularyEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Vocabulary");
        group.MapGet("/relation-types", ListRelationTypes).WithName("ListRelationTypes").WithSummary("The relation vocabulary.");
        group.MapGet("/entity-kinds", ListEntityKinds).WithName("ListEntityKinds").WithSummary("The entity kinds.");
        return app;
    }

    /// <summary>Lists the relation types with labels, allowed kinds, polarity and PLOVER/CAMEO mapping.</summary>
    /// <remarks>The names are the values accepted by the <c>relationTypes</c> and <c>type</c> parameters.</remarks>
    public static IReadOnlyList<RelationTypeDto> ListRelationTypes(Graph graph)
    {
        var counts = graph.Relations.CountBy(r => r.Type).ToDictionary();
        return [.. graph.RelationTypes.Select(t => t.ToDto(counts.GetValueOrDefault(t.Name)))];
    }

    /// <summary>Lists the entity kinds with their descriptions.</summary>
    /// <remarks>The names are the values accepted by the <c>kind</c>, <c>kinds</c> and <c>excludeKinds</c> parameters.</remarks>
    public static IReadOnlyList<EntityKindDto> ListEntityKinds(Graph graph)
    {
        var counts = graph.Entities.CountBy(e => e.Kind).ToDictionary();
        return [.. graph.EntityKinds.Select(k => new EntityKindDto(k.Name, k.Description, counts.GetValueOrDefault(k.Name)))];
    }
}
