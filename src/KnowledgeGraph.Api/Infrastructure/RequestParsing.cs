using System.Collections.Immutable;
using KnowledgeGraph.Api.Contracts;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Api.Infrastructure;

/// <summary>Turns request parameters into the library's query options, recording every bad value.</summary>
public static class RequestParsing
{
    private static readonly Dictionary<string, Direction> Directions = new(StringComparer.Ordinal)
    {
        ["both"] = Direction.Both,
        ["out"] = Direction.Outgoing,
        ["in"] = Direction.Incoming,
    };

    /// <summary>Builds the traversal filter of a path or neighbourhood request.</summary>
    /// <param name="request">The request.</param>
    /// <param name="graph">The graph the names are checked against.</param>
    /// <param name="errors">Where problems are recorded.</param>
    /// <returns>The filter (meaningless when <paramref name="errors"/> has problems).</returns>
    public static TraversalFilter ToFilter(TraversalRequest request, Graph graph, ParameterErrors errors)
    {
        var types = ParameterErrors.List(request.RelationTypes);
        var excludedTypes = ParameterErrors.List(request.ExcludeRelationTypes);
        var kinds = ParameterErrors.List(request.Kinds);
        var excludedKinds = ParameterErrors.List(request.ExcludeKinds);
        var excludedEntities = ParameterErrors.List(request.ExcludeEntities);
        var typeNames = graph.RelationTypes.Select(t => t.Name).ToList();
        var kindNames = graph.EntityKinds.Select(k => k.Name).ToList();
        errors.Known("relationTypes", types, typeNames, "relation type");
        errors.Known("excludeRelationTypes", excludedTypes, typeNames, "relation type");
        errors.Known("kinds", kinds, kindNames, "entity kind");
        errors.Known("excludeKinds", excludedKinds, kindNames, "entity kind");
        foreach (var id in excludedEntities.Where(id => graph.FindEntity(id) is null))
        {
            var suggestions = graph.SearchEntities(id, 3).Select(m => m.Entity.Id).ToList();
            errors.Add("excludeEntities", $"excludeEntities: no entity has the id '{ParameterErrors.Shorten(id)}'{(suggestions.Count > 0 ? $"; did you mean {string.Join(", ", suggestions.Select(s => $"'{s}'"))}?" : ".")}");
        }

        var asOf = errors.Date("asOf", request.AsOf, latest: false);
        var since = errors.Date("since", request.Since, latest: false);
        var until = errors.Date("until", request.Until, latest: true);
        if (since is { } s && until is { } u && u < s)
        {
            errors.Add("until", $"until ({request.Until}) is before since ({request.Since}).");
        }

        if (asOf is not null && (request.Since is not null || request.Until is not null))
        {
            errors.Add("asOf", "asOf cannot be combined with since/until: ask for a day or for a window.");
        }

        return TraversalFilter.Default with
        {
            Direction = errors.OneOf("direction", request.Direction, Directions, Direction.Both),
            RelationTypes = [.. types],
            ExcludedRelationTypes = [.. excludedTypes],
            Kinds = [.. kinds],
            ExcludedKinds = [.. excludedKinds],
            ExcludedEntities = [.. excludedEntities],
            IncludeUncertain = request.IncludeUncertain ?? false,
            AsOf = asOf,
            Since = since,
            Until = until,
        };
    }

    /// <summary>Finds the entity a path or neighbourhood parameter names: an id, or an unambiguous name or alias.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="idOrName">The value given.</param>
    /// <returns>The entity, or null when none or several match.</returns>
    public static KnowledgeGraph.Model.Entity? Resolve(Graph graph, string idOrName) => graph.ResolveEntity(idOrName.Trim());

    /// <summary>Builds the 404 problem for an unknown entity, with the closest ids.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="parameter">The parameter that named it.</param>
    /// <param name="value">The value given.</param>
    /// <returns>The problem result.</returns>
    public static IResult EntityNotFound(Graph graph, string parameter, string value)
    {
        var suggestions = graph.SearchEntities(value, 5).Select(m => m.Entity.Id).ToImmutableArray();
        var shown = ParameterErrors.Shorten(value);
        var detail = suggestions.IsEmpty
            ? $"No entity has the id '{shown}' (parameter '{parameter}')."
            : $"No entity has the id '{shown}' (parameter '{parameter}'); did you mean {string.Join(", ", suggestions.Select(s => $"'{s}'"))}?";
        return TypedResults.Problem(
            detail: detail,
            statusCode: StatusCodes.Status404NotFound,
            title: "Entity not found",
            extensions: new Dictionary<string, object?>
            {
                ["parameter"] = parameter,
                ["value"] = shown,
                ["suggestions"] = suggestions,
            });
    }
}
