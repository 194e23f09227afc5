using System.Collections.Frozen;
using System.Collections.Immutable;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Queries;

/// <summary>
/// Runs the queries of <see cref="Graph"/> on its <see cref="GraphIndex"/>: validates options, compiles
/// filters to ordinals, calls the traversal algorithms and turns their ordinals back into model records.
/// Built once per graph; immutable, so safe for concurrent queries.
/// </summary>
internal sealed partial class QueryEngine
{
    private readonly Graph graph;
    private readonly GraphStore store;
    private readonly FrozenDictionary<string, int> typeOrdinals;
    private readonly FrozenDictionary<string, int> kindOrdinals;
    private readonly Lazy<EntitySearch> search;
    private readonly string?[]? explanations;

    /// <summary>The source rule that counts every piece of evidence: what a query without source conditions uses.</summary>
    private readonly SourceRule allSources;

    /// <summary>Each relation's independent outlets counted on all its evidence, for weighted paths that prefer supported relations.</summary>
    private readonly Lazy<int[]> outletCounts;

    /// <summary>Whether some relation is contested, so a traversal that leaves them out must check each edge; imported (compact) graphs have none.</summary>
    private readonly Lazy<bool> anyContested;

    public QueryEngine(Graph graph)
    {
        this.graph = graph;
        store = graph.Store;
        Index = store.CreateIndex(graph);
        typeOrdinals = GraphIndex.Ordinals(graph.RelationTypes.Select(t => t.Name));
        kindOrdinals = GraphIndex.Ordinals(graph.EntityKinds.Select(k => k.Name));

        // Name search needs every entity record: on a compact (imported) graph it is built on first use only.
        search = new Lazy<EntitySearch>(() => new EntitySearch(graph.Entities));
        allSources = new SourceRule(graph, EvidenceFilter.All, 0);
        explanations = store is ModelStore ? new string?[2 * store.RelationCount] : null;
        outletCounts = new Lazy<int[]>(() => OutletCounts(allSources));
        anyContested = new Lazy<bool>(() => store is ModelStore && store.Relations.Any(r => r.IsContested));
    }

    public GraphIndex Index { get; }

    /// <summary>Compiles a filter to ordinals, as every query does, for callers that run the traversal kernels themselves (benchmarks).</summary>
    public EdgeFilter CompileFilter(TraversalFilter filter, PathWeighting weighting = PathWeighting.Hops)
    {
        var problems = new QueryProblems();
        var compiled = Compile(problems, filter, weighting);
        problems.ThrowIfAny();
        return compiled!;
    }

    public IReadOnlyList<EntityMatch> SearchEntities(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new QueryProblems();
        CheckRange(problems, limit, 1, Graph.MaxSearchLimit, "limit");
        problems.ThrowIfAny();
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
        var problems = new QueryProblems();
        var filter = CheckPaths(problems, options);
        problems.ThrowIfAny();

        // Options are checked before the ends, as the API does: a bad option is a 400 even when an end is unknown too.
        var start = RequireEntity(fromId);
        var target = RequireEntity(toId);
        var wanted = options.Mode == PathSearchMode.KShortest ? options.K ?? 1 : 1;
        using var traversal = new Traversal(Index, filter!, options.MaxVisited, cancellationToken);
        var lengthCut = false;
        List<IndexPath> paths;
        var more = false;
        if (options.Mode == PathSearchMode.AllSimple)
        {
            paths = SimplePaths.Find(traversal, start, target, options.MaxLength, options.MaxPaths, out more);
        }
        else if (options.Mode == PathSearchMode.AllShortest)
        {
            traversal.BlockExcluded(start, target);
            paths = HopPaths.AllShortest(traversal, start, target, options.MaxLength, options.MaxPaths, ref lengthCut, out more);
        }
        else
        {
            SpurSearch spur = options.Weighting == PathWeighting.Hops ? HopPaths.Shortest : WeightedPaths.Cheapest;
            paths = KShortestPaths.Find(traversal, spur, start, target, wanted, options.MaxLength, ref lengthCut);
        }

        var reason = traversal.BudgetExhausted
            ? $"The search visited {options.MaxVisited} entities (maxVisited) before it finished; the {paths.Count} path(s) found so far are returned."
            : more
                ? $"More than {options.MaxPaths} {(options.Mode == PathSearchMode.AllSimple ? "simple" : "shortest")} paths exist (maxPaths); the first {options.MaxPaths} are returned."
                : lengthCut && paths.Count < wanted
                    ? $"Only {paths.Count} path(s) of at most {options.MaxLength} relations (maxLength) were found; longer paths were not searched."
                    : null;
        var sources = filter!.Sources ?? allSources;
        return new PathResult([.. paths.Select(p => ToGraphPath(p, sources))], reason is not null, reason);
    }

    public NeighbourhoodResult GetNeighbourhood(string centerId, NeighbourhoodOptions? options, CancellationToken cancellationToken)
    {
        options ??= new NeighbourhoodOptions();
        var problems = new QueryProblems();
        var filter = CheckNeighbourhood(problems, options);
        problems.ThrowIfAny();
        var center = RequireEntity(centerId);
        using var traversal = new Traversal(Index, filter!, options.MaxVisited, cancellationToken);
        var result = NeighbourhoodSearch.Explore(traversal, center, options.Depth, options.MaxNodes);
        var reason = traversal.BudgetExhausted
            ? $"The exploration visited {options.MaxVisited} entities (maxVisited) before it finished; {result.Nodes.Count} entities and {result.Edges.Count} relations are returned."
            : result.NodeCapHit
                ? $"The neighbourhood has more than {options.MaxNodes} entities (maxNodes); the first {result.Nodes.Count} reached and their {result.Edges.Count} relations are returned."
                : null;
        var sources = filter!.Sources ?? allSources;
        return new NeighbourhoodResult(
            store.EntityAt(center),
            [.. result.Nodes.Select(n => new NeighbourhoodNode(store.EntityAt(n.Node), n.Distance))],
            [.. result.Edges.Select(e => sources.View(store.RelationAt(e)))],
            reason is not null,
            reason);
    }

    public IReadOnlyList<Relation> FindRelations(RelationQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var problems = new QueryProblems();
        var (entity, other, source, target, types, certainties, sources) = CheckRelations(problems, query);
        problems.ThrowIfAny();

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
            .Where(r =>
            {
                if (!sources.Active && query.Contested is null)
                {
                    return true;
                }

                var (passes, contested) = sources.Judge(r);
                return passes && (query.Contested is not { } wanted || wanted == contested);
            })
            .Select(sources.View)
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
        var problems = new QueryProblems();
        var (filter, rankedKinds) = CheckRanking(problems, measure, options);
        problems.ThrowIfAny();
        using var traversal = new Traversal(Index, filter!, int.MaxValue, cancellationToken);
        var scores = measure == CentralityMeasure.Degree ? Centrality.Degree(traversal) : Centrality.Betweenness(traversal, filter!.Sources?.NamedEntities(store));
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
        return Explain(relation, alongDirection, allSources);
    }

    public string Explain(Relation relation, EvidenceFilter filter, bool alongDirection)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return Explain(relation, alongDirection, RequireEvidence(filter));
    }

    /// <summary>Gets whether a document's evidence counts under these conditions (validated first).</summary>
    public Func<string, bool> CountsDocument(EvidenceFilter filter) => RequireEvidence(filter).CountsDocument;

    public Relation ViewOf(Relation relation, EvidenceFilter filter)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return RequireEvidence(filter).View(relation);
    }

    /// <summary>Explains a relation as a query with these source conditions counts it: its counted evidence, documents named when several can count.</summary>
    private string Explain(Relation relation, bool alongDirection, SourceRule sources)
    {
        var view = sources.View(relation);

        // A graph's own relation records (model stores keep them) have their clauses kept once written: paths and
        // neighbourhoods served over HTTP explain the same relations again and again. Views of filtered queries are
        // written each time.
        if (explanations is not null && sources.NameDocuments == allSources.NameDocuments
            && store.RelationOrdinal(view.Id) is >= 0 and var ordinal && ReferenceEquals(store.RelationAt(ordinal), view))
        {
            ref var slot = ref explanations[(2 * ordinal) + (alongDirection ? 0 : 1)];
            return slot ??= Write(view, alongDirection, sources.NameDocuments);
        }

        return Write(view, alongDirection, sources.NameDocuments);
    }

    private string Write(Relation relation, bool alongDirection, bool nameDocuments)
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

    private GraphPath ToGraphPath(IndexPath path, SourceRule sources)
    {
        var nodes = path.Nodes.Select(store.EntityAt).ToImmutableArray();
        var steps = ImmutableArray.CreateBuilder<PathStep>(path.Length);
        for (var i = 0; i < path.Length; i++)
        {
            var relation = sources.View(store.RelationAt(path.Edges[i]));
            var along = Index.EdgeSources[path.Edges[i]] == path.Nodes[i];
            steps.Add(new PathStep(relation, nodes[i], nodes[i + 1], along, Explain(relation, along, sources)));
        }

        var explanation = path.Length == 0
            ? $"{nodes[0].Name} is both the start and the target."
            : string.Join(RelationExplainer.StepSeparator, steps.Select(s => s.Explanation));
        return new GraphPath(nodes, steps.MoveToImmutable(), explanation);
    }
}
