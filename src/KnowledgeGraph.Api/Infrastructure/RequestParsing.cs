using KnowledgeGraph.Api.Contracts;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Api.Infrastructure;

/// <summary>
/// Turns request parameters into the library's query options, recording what only the API can check: text that
/// does not parse and combinations the API refuses. Names (types, kinds, entities) and ranges are the library's to check.
/// </summary>
public static class RequestParsing
{
    private static readonly Dictionary<string, Direction> Directions = new(StringComparer.Ordinal)
    {
        ["both"] = Direction.Both,
        ["out"] = Direction.Outgoing,
        ["in"] = Direction.Incoming,
    };

    private static readonly Dictionary<string, PathWeighting> Weightings = new(StringComparer.Ordinal)
    {
        ["hops"] = PathWeighting.Hops,
        ["prefer-supported"] = PathWeighting.PreferSupported,
        ["prefer-stated"] = PathWeighting.PreferStated,
        ["prefer-cooperative"] = PathWeighting.PreferCooperative,
    };

    /// <summary>Reads the <c>weighting</c> of a path request.</summary>
    /// <param name="text">The parameter's text.</param>
    /// <param name="errors">Where problems are recorded.</param>
    /// <returns>The weighting; <see cref="PathWeighting.Hops"/> when absent or not allowed.</returns>
    public static PathWeighting ToWeighting(string? text, ParameterErrors errors) =>
        errors.OneOf("weighting", text, Weightings, PathWeighting.Hops);

    /// <summary>Builds the traversal filter of a path or neighbourhood request.</summary>
    /// <param name="request">The request.</param>
    /// <param name="errors">Where problems are recorded.</param>
    /// <returns>The filter (meaningless when <paramref name="errors"/> has problems).</returns>
    public static TraversalFilter ToFilter(TraversalRequest request, ParameterErrors errors)
    {
        var asOf = errors.Date("asOf", request.AsOf, latest: false);
        var since = errors.Date("since", request.Since, latest: false);
        var until = errors.Date("until", request.Until, latest: true);
        var evidence = ToEvidence(request, errors);

        // The library takes a day and a window together (their intersection); the API asks for one or the other.
        if (asOf is not null && (request.Since is not null || request.Until is not null))
        {
            errors.Add("asOf", "asOf cannot be combined with since/until: ask for a day or for a window.");
        }

        return TraversalFilter.Default with
        {
            Direction = errors.OneOf("direction", request.Direction, Directions, Direction.Both),
            RelationTypes = [.. ParameterErrors.List(request.RelationTypes)],
            ExcludedRelationTypes = [.. ParameterErrors.List(request.ExcludeRelationTypes)],
            Kinds = [.. ParameterErrors.List(request.Kinds)],
            ExcludedKinds = [.. ParameterErrors.List(request.ExcludeKinds)],
            ExcludedEntities = [.. ParameterErrors.List(request.ExcludeEntities)],
            IncludeUncertain = request.IncludeUncertain ?? false,
            AsOf = asOf,
            Since = since,
            Until = until,
            Documents = evidence.Documents,
            ExcludedDocuments = evidence.ExcludedDocuments,
            MinSources = request.MinSources ?? 0,
            KnownAt = evidence.KnownAt,
            IncludeContested = request.IncludeContested ?? false,
        };
    }

    /// <summary>Builds the evidence conditions of a request's source filter (<c>documents</c>, <c>excludeDocuments</c>, <c>knownAt</c>).</summary>
    /// <param name="request">The request.</param>
    /// <param name="errors">Where problems are recorded.</param>
    /// <returns>The evidence conditions (meaningless when <paramref name="errors"/> has problems).</returns>
    public static EvidenceFilter ToEvidence(SourceRequest request, ParameterErrors errors) => new()
    {
        Documents = [.. ParameterErrors.List(request.Documents)],
        ExcludedDocuments = [.. ParameterErrors.List(request.ExcludeDocuments)],
        KnownAt = errors.Date("knownAt", request.KnownAt, latest: true),
    };
}
