using System.Collections.Frozen;
using System.Collections.Immutable;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Queries;

/// <summary>
/// Runs the queries of <see cref="Graph"/> on its <see cref="GraphIndex"/>: validates options, compiles
/// filters to ordinals, calls the traversal algorithms and turns their ordinals back into model records.
/// Built once per graph; immutable, so safe for concurrent queries.
/// </summary>
internal sealed class QueryEngine
{
    private const int SuggestionCount = 3;
    private readonly Graph graph;
    private readonly GraphStore store;
    private readonly FrozenDictionary<string, int> typeOrdinals;
    private readonly FrozenDictionary<string, int> kindOrdinals;
    private readonly Lazy<EntitySearch> search;
    private readonly bool nameDocuments;
    private readonly string?[]? explanations;

    public QueryEngine(Graph graph)
    {
        this.graph = graph;
        store = graph.Store;
        Index = store.CreateIndex(graph);
        typeOrdinals = GraphIndex.Ordinals(graph.RelationTypes.Select(t => t.Name));
        kindOrdinals = GraphIndex.Ordinals(graph.EntityKinds.Select(k => k.Name));

        // Name search needs every entity record: on a compact (imported) graph it is built on first use only.
        search = new Lazy<EntitySearch>(() => new EntitySearch(graph.Entities));
        nameDocuments = graph.Documents.Length > 1;
        explanations = store is ModelStore ? new string?[2 * store.RelationCount] : null;
    }

    public GraphIndex Index { get; }

    /// <summary>Compiles a filter to ordinals, as every query does, for callers that run the traversal kernels themselves (benchmarks).</summary>
    public EdgeFilter CompileFilter(TraversalFilter filter, PathWeighting weighting = PathWeighting.Hops) => Compile(filter, weighting);

    public IReadOnlyList<EntityMatch> SearchEntities(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        CheckRange(limit, 1, Graph.MaxSearchLimit, "limit");
        return search.Value.Search(text, limit)
            .Select(m => new EntityMatch(store.EntityAt(m.Entity), m.Score, m.Text, m.Kind))
            .ToList();
    }

    public Entity GetEntity(string id) => store.EntityAt(RequireEntity(id));

    public Entity? ResolveEntity(string idOrName)
    {
        ArgumentNullException.ThrowIfNull(idOrName);
        var ordinal = store.EntityOrdinal(idOrName);
        if (ordinal >= 0)
        {
            return store.EntityAt(ordinal);
        }

        var matches = search.Value.ExactMatches(idOrName).Take(2).ToList();
        return matches.Count == 1 ? store.EntityAt(matches[0]) : null;
    }

    public PathResult FindPaths(string fromId, string toId, PathOptions? options, CancellationToken cancellationToken)
    {
        options ??= new PathOptions();
        var start = RequireEntity(fromId);
        var target = RequireEntity(toId);
        CheckRange(options.K, 1, PathOptions.MaxK, "k");
        CheckRange(options.MaxLength, 1, PathOptions.MaxMaxLength, "maxLength");
        CheckRange(options.MaxPaths, 1, PathOptions.MaxMaxPaths, "maxPaths");
        CheckRange(options.MaxVisited, 1, int.MaxValue, "maxVisited");
        CheckDefined(options.Weighting, "weighting");
        if (options.AllSimple && options.AllShortest)
        {
            throw new QueryArgumentException("allSimple", "allSimple cannot be combined with allShortest: ask for every simple path or for every shortest path.");
        }

        var filter = Compile(options.Filter, options.Weighting);
        using var traversal = new Traversal(Index, filter, options.MaxVisited, cancellationToken);
        var lengthCut = false;
        List<IndexPath> paths;
        var more = false;
        if (options.AllSimple)
        {
            paths = SimplePaths.Find(traversal, start, target, options.MaxLength, options.MaxPaths, out more);
        }
        else if (options.AllShortest)
        {
            traversal.BlockExcluded(start, target);
            paths = HopPaths.AllShortest(traversal, start, target, options.MaxLength, options.MaxPaths, ref lengthCut, out more);
        }
        else
        {
            SpurSearch spur = options.Weighting == PathWeighting.Hops ? HopPaths.Shortest : WeightedPaths.Cheapest;
            paths = KShortestPaths.Find(traversal, spur, start, target, options.K, options.MaxLength, ref lengthCut);
        }

        var wanted = options.AllShortest || options.AllSimple ? 1 : options.K;
        var reason = traversal.BudgetExhausted
            ? $"The search visited {options.MaxVisited} entities (maxVisited) before it finished; the {paths.Count} path(s) found so far are returned."
            : more
                ? $"More than {options.MaxPaths} {(options.AllSimple ? "simple" : "shortest")} paths exist (maxPaths); the first {options.MaxPaths} are returned."
                : lengthCut && paths.Count < wanted
                    ? $"Only {paths.Count} path(s) of at most {options.MaxLength} relations (maxLength) were found; longer paths were not searched."
                    : null;
        return new PathResult([.. paths.Select(ToGraphPath)], reason is not null, reason);
    }

    public NeighbourhoodResult GetNeighbourhood(string centerId, NeighbourhoodOptions? options, CancellationToken cancellationToken)
    {
        options ??= new NeighbourhoodOptions();
        var center = RequireEntity(centerId);
        CheckRange(options.Depth, 1, NeighbourhoodOptions.MaxDepth, "depth");
        CheckRange(options.MaxNodes, 1, NeighbourhoodOptions.MaxMaxNodes, "maxNodes");
        CheckRange(options.MaxVisited, 1, int.MaxValue, "maxVisited");
        var filter = Compile(options.Filter, PathWeighting.Hops);
        using var traversal = new Traversal(Index, filter, options.MaxVisited, cancellationToken);
        var result = NeighbourhoodSearch.Explore(traversal, center, options.Depth, options.MaxNodes);
        var reason = traversal.BudgetExhausted
            ? $"The exploration visited {options.MaxVisited} entities (maxVisited) before it finished; {result.Nodes.Count} entities and {result.Edges.Count} relations are returned."
            : result.NodeCapHit
                ? $"The neighbourhood has more than {options.MaxNodes} entities (maxNodes); the first {result.Nodes.Count} reached and their {result.Edges.Count} relations are returned."
                : null;
        return new NeighbourhoodResult(
            store.EntityAt(center),
            [.. result.Nodes.Select(n => new NeighbourhoodNode(store.EntityAt(n.Node), n.Distance))],
            [.. result.Edges.Select(store.RelationAt)],
            reason is not null,
            reason);
    }

    public IReadOnlyList<Relation> FindRelations(RelationQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.OtherEntity is not null && query.Entity is null)
        {
            throw new QueryArgumentException("otherEntity", "otherEntity needs entity: it asks for the relations between entity and otherEntity.");
        }

        int? entity = query.Entity is null ? null : RequireEntity(query.Entity);
        int? other = query.OtherEntity is null ? null : RequireEntity(query.OtherEntity);
        int? source = query.Source is null ? null : RequireEntity(query.Source);
        int? target = query.Target is null ? null : RequireEntity(query.Target);
        var types = ResolveNames(query.Types, typeOrdinals, "types", "relation type");
        CheckWindow(query.Since, query.Until);
        var certainties = query.Certainties.IsDefault ? [] : query.Certainties;
        foreach (var certainty in certainties)
        {
            if (certainty == Certainty.Unspecified || !Enum.IsDefined(certainty))
            {
                throw new QueryArgumentException(
                    "certainties",
                    $"certainties contains '{certainty}', which is not a certainty.",
                    Enum.GetValues<Certainty>().Where(c => c != Certainty.Unspecified).Select(c => c.ToString()));
            }
        }

        var windowed = query.Since is not null || query.Until is not null;
        var since = query.Since?.DayNumber;
        var until = query.Until?.DayNumber;
        var anchor = entity ?? source ?? target;
        var candidates = anchor is { } node ? RelationsOf(node) : Enumerable.Range(0, Index.EdgeCount);

        // Conditions are checked on the index's arrays: no relation record is made for a relation left out.
        return candidates
            .Where(e =>
            {
                int s = Index.EdgeSources[e], t = Index.EdgeTargets[e];
                var earliest = Index.EdgeEarliest?[e] ?? GraphIndex.OpenStart;
                var latest = Index.EdgeLatest?[e] ?? GraphIndex.OpenEnd;
                var undated = earliest == GraphIndex.OpenStart && latest == GraphIndex.OpenEnd;
                return (entity is null || s == entity || t == entity)
                    && (other is null || (s == entity && t == other) || (t == entity && s == other))
                    && (source is null || s == source)
                    && (target is null || t == target)
                    && (types.Count == 0 || types.Contains(Index.EdgeTypes[e]))
                    && (certainties.IsEmpty || certainties.Contains(Index.EdgeCertainties?[e] ?? Certainty.Stated))
                    && (!windowed || ((query.IncludeUndated || !undated)
                        && !(since is { } lo && latest != GraphIndex.OpenEnd && latest < lo)
                        && (until is not { } hi || earliest == GraphIndex.OpenStart || earliest <= hi)));
            })
            .Order()
            .Select(store.RelationAt)
            .ToList();
    }

    public IReadOnlyList<Relation> GetTimeline(string entityId)
    {
        var node = RequireEntity(entityId);
        return RelationsOf(node)
            .Order()
            .Select(store.RelationAt)
            .OrderBy(r => SortDay(r) is null)
            .ThenBy(SortDay)
            .ThenBy(r => r.Time.Latest)
            .ToList();
    }

    public IReadOnlyList<ActorScore> RankActors(CentralityMeasure measure, RankingOptions? options, CancellationToken cancellationToken)
    {
        options ??= new RankingOptions();
        CheckDefined(measure, "measure");
        CheckRange(options.Limit, 1, RankingOptions.MaxLimit, "limit");
        var rankedKinds = ResolveNames(options.Kinds, kindOrdinals, "kinds", "entity kind");
        var filter = Compile(options.Filter, PathWeighting.Hops);
        using var traversal = new Traversal(Index, filter, int.MaxValue, cancellationToken);
        var scores = measure == CentralityMeasure.Degree ? Centrality.Degree(traversal) : Centrality.Betweenness(traversal);
        var ranked = Enumerable.Range(0, scores.Length)
            .Where(n => scores[n] > 0 && (rankedKinds.Count == 0 || rankedKinds.Contains(Index.NodeKinds[n])))
            .OrderByDescending(n => scores[n])
            .ThenBy(n => n)
            .Take(options.Limit)
            .ToList();
        var result = new List<ActorScore>(ranked.Count);
        for (var i = 0; i < ranked.Count; i++)
        {
            var rank = i > 0 && scores[ranked[i]] == scores[ranked[i - 1]] ? result[i - 1].Rank : i + 1;
            result.Add(new ActorScore(store.EntityAt(ranked[i]), scores[ranked[i]], rank));
        }

        return result;
    }

    public string Explain(Relation relation, bool alongDirection)
    {
        ArgumentNullException.ThrowIfNull(relation);

        // A graph's own relation records (model stores keep them) have their clauses kept once written: paths and
        // neighbourhoods served over HTTP explain the same relations again and again.
        if (explanations is not null && store.RelationOrdinal(relation.Id) is >= 0 and var ordinal && ReferenceEquals(store.RelationAt(ordinal), relation))
        {
            ref var slot = ref explanations[(2 * ordinal) + (alongDirection ? 0 : 1)];
            return slot ??= Write(relation, alongDirection);
        }

        return Write(relation, alongDirection);
    }

    private string Write(Relation relation, bool alongDirection)
    {
        var type = graph.FindRelationType(relation.Type)
            ?? throw new ArgumentException($"The relation's type '{relation.Type}' is not in this graph's vocabulary.", nameof(relation));
        return RelationExplainer.Explain(
            relation, type, GetEntity(relation.Source), GetEntity(relation.Target), alongDirection, nameDocuments, IsFootnoteText);
    }

    private bool IsFootnoteText(Evidence evidence) =>
        evidence is { Document: { } document, Footnote: { } number, Paragraph: { } paragraph }
        && graph.FindDocument(document)?.Footnotes.Any(f => f.Number == number && f.Paragraph == paragraph) == true;

    private static DateOnly? SortDay(Relation relation) => relation.Time.Earliest ?? relation.Time.Latest;

    private static void CheckRange(int value, int min, int max, string parameter)
    {
        if (value < min || value > max)
        {
            var range = max == int.MaxValue ? $"at least {min}" : $"between {min} and {max}";
            throw new QueryArgumentException(parameter, $"{parameter} is {value}, but it must be {range}.");
        }
    }

    private static void CheckDefined<TEnum>(TEnum value, string parameter)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new QueryArgumentException(
                parameter, $"{parameter} is {value}, which is not one of: {string.Join(", ", Enum.GetNames<TEnum>())}.", Enum.GetNames<TEnum>());
        }
    }

    private static void CheckWindow(DateOnly? since, DateOnly? until)
    {
        if (since is { } s && until is { } u && u < s)
        {
            throw new QueryArgumentException("until", $"until is {u:yyyy-MM-dd}, which is before since ({s:yyyy-MM-dd}).");
        }
    }

    private static HashSet<int> ResolveNames(ImmutableArray<string> names, FrozenDictionary<string, int> ordinals, string parameter, string what)
    {
        var resolved = new HashSet<int>();
        foreach (var name in names.IsDefault ? [] : names)
        {
            if (name is null || !ordinals.TryGetValue(name, out var ordinal))
            {
                var allowed = ordinals.OrderBy(p => p.Value).Select(p => p.Key).ToList();
                var closest = Suggestions.Closest(name, allowed, 1);
                var hint = closest.Count > 0 ? Suggestions.DidYouMean(closest) : $"; expected one of: {string.Join(", ", allowed)}.";
                throw new QueryArgumentException(parameter, $"{parameter} contains '{name}', which is not a {what} of the graph{hint}", allowed);
            }

            resolved.Add(ordinal);
        }

        return resolved;
    }

    private IEnumerable<int> RelationsOf(int node)
    {
        for (var i = Index.OutOffsets[node]; i < Index.OutOffsets[node + 1]; i++)
        {
            yield return Index.OutEdges[i];
        }

        for (var i = Index.InOffsets[node]; i < Index.InOffsets[node + 1]; i++)
        {
            if (Index.InNodes[i] != node)
            {
                yield return Index.InEdges[i];
            }
        }
    }

    private int RequireEntity(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var ordinal = store.EntityOrdinal(id);
        if (ordinal >= 0)
        {
            return ordinal;
        }

        var suggestions = search.Value.Search(id, SuggestionCount)
            .Where(m => m.Score >= 0.3)
            .Select(m => store.EntityAt(m.Entity).Id);
        throw new EntityNotFoundException(id, suggestions);
    }

    private EdgeFilter Compile(TraversalFilter? filter, PathWeighting weighting)
    {
        filter ??= TraversalFilter.Default;
        CheckDefined(filter.Direction, "direction");
        var allowedTypes = ResolveNames(filter.RelationTypes, typeOrdinals, "relationTypes", "relation type");
        var excludedTypes = ResolveNames(filter.ExcludedRelationTypes, typeOrdinals, "excludeRelationTypes", "relation type");
        var allowedKinds = ResolveNames(filter.Kinds, kindOrdinals, "kinds", "entity kind");
        var excludedKinds = ResolveNames(filter.ExcludedKinds, kindOrdinals, "excludeKinds", "entity kind");
        var excludedNodes = new List<int>();
        foreach (var id in filter.ExcludedEntities.IsDefault ? [] : filter.ExcludedEntities)
        {
            var node = id is null ? -1 : store.EntityOrdinal(id);
            if (node < 0)
            {
                var suggestions = id is null ? [] : search.Value.Search(id, SuggestionCount).Select(m => store.EntityAt(m.Entity).Id).ToList();
                var hint = suggestions.Count > 0 ? Suggestions.DidYouMean(suggestions) : ".";
                throw new QueryArgumentException("excludeEntities", $"excludeEntities contains '{id}', which is not an entity id of the graph{hint}", suggestions);
            }

            excludedNodes.Add(node);
        }

        var typeSteps = new byte[Index.TypeCount];
        for (var type = 0; type < typeSteps.Length; type++)
        {
            if ((allowedTypes.Count == 0 || allowedTypes.Contains(type)) && !excludedTypes.Contains(type))
            {
                typeSteps[type] = Steps(filter.Direction);
            }
        }

        foreach (var (name, direction) in filter.TypeDirections ?? ImmutableDictionary<string, Direction>.Empty)
        {
            var type = ResolveNames([name], typeOrdinals, "typeDirections", "relation type").Single();
            CheckDefined(direction, "typeDirections");
            if (typeSteps[type] != 0)
            {
                typeSteps[type] = Steps(direction);
            }
        }

        bool[]? kindAllowed = null;
        if (allowedKinds.Count > 0 || excludedKinds.Count > 0)
        {
            kindAllowed = new bool[Index.KindCount];
            for (var kind = 0; kind < kindAllowed.Length; kind++)
            {
                kindAllowed[kind] = (allowedKinds.Count == 0 || allowedKinds.Contains(kind)) && !excludedKinds.Contains(kind);
            }
        }

        CheckWindow(filter.Since, filter.Until);
        var windowStart = Math.Max(filter.Since?.DayNumber ?? GraphIndex.OpenStart, filter.AsOf?.DayNumber ?? GraphIndex.OpenStart);
        var windowEnd = Math.Min(filter.Until?.DayNumber ?? GraphIndex.OpenEnd, filter.AsOf?.DayNumber ?? GraphIndex.OpenEnd);
        return new EdgeFilter(Index, typeSteps, kindAllowed, [.. excludedNodes], filter.IncludeUncertain, windowStart, windowEnd)
        {
            Weights = EdgeFilter.ComputeWeights(Index, weighting),
        };
    }

    private static byte Steps(Direction direction) => direction switch
    {
        Direction.Outgoing => GraphIndex.AlongBit,
        Direction.Incoming => GraphIndex.AgainstBit,
        _ => GraphIndex.AlongBit | GraphIndex.AgainstBit,
    };

    private GraphPath ToGraphPath(IndexPath path)
    {
        var nodes = path.Nodes.Select(store.EntityAt).ToImmutableArray();
        var steps = ImmutableArray.CreateBuilder<PathStep>(path.Length);
        for (var i = 0; i < path.Length; i++)
        {
            var relation = store.RelationAt(path.Edges[i]);
            var along = Index.EdgeSources[path.Edges[i]] == path.Nodes[i];
            steps.Add(new PathStep(relation, nodes[i], nodes[i + 1], along, Explain(relation, along)));
        }

        var explanation = path.Length == 0
            ? $"{nodes[0].Name} is both the start and the target."
            : string.Join(RelationExplainer.StepSeparator, steps.Select(s => s.Explanation));
        return new GraphPath(nodes, steps.MoveToImmutable(), explanation);
    }
}
