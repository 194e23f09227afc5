using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Queries;

/// <summary>
/// The checks of query options, the one place they are made (the API maps their problems): each records its
/// problems and goes on, so a query hears of all its problems at once; and the compilation of filters to ordinals.
/// </summary>
internal sealed partial class QueryEngine
{
    private const int SuggestionCount = 3;

    /// <summary>Gets every problem of path options, without searching.</summary>
    public ImmutableArray<QueryProblem> CheckPathOptions(PathOptions? options) => Collect(p => CheckPaths(p, options ?? new PathOptions()));

    /// <summary>Gets every problem of neighbourhood options, without exploring.</summary>
    public ImmutableArray<QueryProblem> CheckNeighbourhoodOptions(NeighbourhoodOptions? options) =>
        Collect(p => CheckNeighbourhood(p, options ?? new NeighbourhoodOptions()));

    /// <summary>Gets every problem of a relation query, without running it.</summary>
    public ImmutableArray<QueryProblem> CheckRelationQuery(RelationQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Collect(p => CheckRelations(p, query));
    }

    /// <summary>Checks evidence conditions and compiles them; they throw the problems of unknown document ids.</summary>
    private SourceRule RequireEvidence(EvidenceFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var problems = new QueryProblems();
        var rule = SourceArguments(problems, filter, 0);
        problems.ThrowIfAny();
        return rule;
    }

    /// <summary>Gets every problem of a ranking, without ranking.</summary>
    public ImmutableArray<QueryProblem> CheckRankingOptions(CentralityMeasure measure, RankingOptions? options) =>
        Collect(p => CheckRanking(p, measure, options ?? new RankingOptions()));

    private static ImmutableArray<QueryProblem> Collect(Action<QueryProblems> check)
    {
        var problems = new QueryProblems();
        check(problems);
        return problems.ToImmutable();
    }

    private EdgeFilter? CheckPaths(QueryProblems problems, PathOptions options)
    {
        CheckDefined(problems, options.Mode, "mode");
        if (options.K is { } k)
        {
            if (options.Mode is PathSearchMode.AllShortest or PathSearchMode.AllSimple)
            {
                problems.Add("k", Invariant(k), $"k is {Invariant(k)}, but mode {options.Mode} returns every {(options.Mode == PathSearchMode.AllSimple ? "simple" : "shortest")} path: give k only with mode KShortest.");
            }
            else
            {
                CheckRange(problems, k, 1, PathOptions.MaxK, "k");
            }
        }

        CheckRange(problems, options.MaxLength, 1, PathOptions.MaxLengthLimit, "maxLength");
        CheckRange(problems, options.MaxPaths, 1, PathOptions.MaxPathsLimit, "maxPaths");
        CheckRange(problems, options.MaxVisited, 1, int.MaxValue, "maxVisited");
        CheckDefined(problems, options.Weighting, "weighting");
        if (options.Weighting != PathWeighting.Hops && options.Mode is PathSearchMode.AllShortest or PathSearchMode.AllSimple)
        {
            problems.Add("weighting", options.Weighting.ToString(), $"weighting is {options.Weighting}, but mode {options.Mode} finds paths by their number of relations: give a weighting only with mode KShortest.");
        }

        return Compile(problems, options.Filter, options.Weighting);
    }

    private EdgeFilter? CheckNeighbourhood(QueryProblems problems, NeighbourhoodOptions options)
    {
        CheckRange(problems, options.Depth, 1, NeighbourhoodOptions.MaxDepth, "depth");
        CheckRange(problems, options.MaxNodes, 1, NeighbourhoodOptions.MaxNodesLimit, "maxNodes");
        CheckRange(problems, options.MaxVisited, 1, int.MaxValue, "maxVisited");
        return Compile(problems, options.Filter, PathWeighting.Hops);
    }

    private (int? Entity, int? Other, int? Source, int? Target, HashSet<int> Types, ImmutableArray<Certainty> Certainties, SourceRule Sources) CheckRelations(
        QueryProblems problems, RelationQuery query)
    {
        if (query.OtherEntity is not null && query.Entity is null)
        {
            problems.Add("otherEntity", query.OtherEntity, "otherEntity needs entity: it asks for the relations between entity and otherEntity.");
        }

        // In a relation query an entity is a condition like a type: an unknown one is a problem of the query, not a 404.
        var entity = EntityArgument(problems, query.Entity, "entity");
        var other = EntityArgument(problems, query.OtherEntity, "otherEntity");
        var source = EntityArgument(problems, query.Source, "source");
        var target = EntityArgument(problems, query.Target, "target");
        var types = ResolveNames(problems, query.Types, typeOrdinals, "types", "relation type");
        CheckWindow(problems, query.Since, query.Until);
        var sources = SourceArguments(problems, query.Evidence, query.MinSources);
        var certainties = query.Certainties.IsDefault ? [] : query.Certainties;
        foreach (var certainty in certainties.Where(c => c == Certainty.Unspecified || !Enum.IsDefined(c)))
        {
            problems.Add(
                "certainties",
                certainty.ToString(),
                $"certainties contains '{certainty}', which is not a certainty.",
                Enum.GetValues<Certainty>().Where(c => c != Certainty.Unspecified).Select(c => c.ToString()));
        }

        return (entity, other, source, target, types, certainties, sources);
    }

    private (EdgeFilter? Filter, HashSet<int> Kinds) CheckRanking(QueryProblems problems, CentralityMeasure measure, RankingOptions options)
    {
        CheckDefined(problems, measure, "measure");
        CheckRange(problems, options.Limit, 1, RankingOptions.MaxLimit, "limit");
        var rankedKinds = ResolveNames(problems, options.Kinds, kindOrdinals, "kinds", "entity kind");
        var filter = Compile(problems, options.Filter, PathWeighting.Hops);
        return (filter, rankedKinds);
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void CheckRange(QueryProblems problems, int value, int min, int max, string parameter)
    {
        if (value < min || value > max)
        {
            var range = max == int.MaxValue ? $"at least {Invariant(min)}" : $"between {Invariant(min)} and {Invariant(max)}";
            problems.Add(parameter, Invariant(value), $"{parameter} is {Invariant(value)}, but it must be {range}.");
        }
    }

    private static void CheckDefined<TEnum>(QueryProblems problems, TEnum value, string parameter)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            problems.Add(
                parameter, value.ToString(), $"{parameter} is {value}, which is not one of: {string.Join(", ", Enum.GetNames<TEnum>())}.", Enum.GetNames<TEnum>());
        }
    }

    private static void CheckWindow(QueryProblems problems, DateOnly? since, DateOnly? until)
    {
        if (since is { } s && until is { } u && u < s)
        {
            problems.Add("until", u.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"until is {u:yyyy-MM-dd}, which is before since ({s:yyyy-MM-dd}).");
        }
    }

    private static HashSet<int> ResolveNames(
        QueryProblems problems, ImmutableArray<string> names, FrozenDictionary<string, int> ordinals, string parameter, string what)
    {
        var resolved = new HashSet<int>();
        foreach (var name in names.IsDefault ? [] : names)
        {
            if (name is not null && ordinals.TryGetValue(name, out var ordinal))
            {
                resolved.Add(ordinal);
                continue;
            }

            var allowed = ordinals.OrderBy(p => p.Value).Select(p => p.Key).ToList();
            var closest = Suggestions.Closest(name, allowed, 1);
            var hint = closest.Count > 0 ? Suggestions.DidYouMean(closest) : $"; expected one of: {string.Join(", ", allowed)}.";
            problems.Add(parameter, name, $"{parameter} contains '{Shown(name)}', which is not a {what} of the graph{hint}", allowed);
        }

        return resolved;
    }

    private static string Shown(string? value) => value is null ? "null" : Suggestions.Shorten(value);

    /// <summary>The ordinal of an entity a query names as a condition, or null when absent or unknown (recorded as a problem).</summary>
    private int? EntityArgument(QueryProblems problems, string? id, string parameter)
    {
        if (id is null)
        {
            return null;
        }

        var ordinal = store.EntityOrdinal(id);
        if (ordinal >= 0)
        {
            return ordinal;
        }

        var suggestions = ClosestIds(id);
        var hint = suggestions.Count > 0 ? Suggestions.DidYouMean(suggestions) : ".";
        problems.Add(parameter, id, $"{parameter} is '{Shown(id)}', which is not an entity id of the graph{hint}", suggestions);
        return -1;
    }

    private List<string> ClosestIds(string id) =>
        [.. search.Value.Search(id, SuggestionCount).Where(m => m.Score >= 0.3).Select(m => store.EntityAt(m.Entity).Id)];

    private int RequireEntity(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var ordinal = store.EntityOrdinal(id);
        return ordinal >= 0 ? ordinal : throw new EntityNotFoundException(id, ClosestIds(id));
    }

    /// <summary>Checks a filter and compiles it to ordinals; null when a problem was recorded (by this or an earlier check).</summary>
    private EdgeFilter? Compile(QueryProblems problems, TraversalFilter? filter, PathWeighting weighting)
    {
        filter ??= TraversalFilter.Default;
        CheckDefined(problems, filter.Direction, "direction");
        var allowedTypes = ResolveNames(problems, filter.RelationTypes, typeOrdinals, "relationTypes", "relation type");
        var excludedTypes = ResolveNames(problems, filter.ExcludedRelationTypes, typeOrdinals, "excludeRelationTypes", "relation type");
        var allowedKinds = ResolveNames(problems, filter.Kinds, kindOrdinals, "kinds", "entity kind");
        var excludedKinds = ResolveNames(problems, filter.ExcludedKinds, kindOrdinals, "excludeKinds", "entity kind");
        var excludedNodes = new List<int>();
        foreach (var id in filter.ExcludedEntities.IsDefault ? [] : filter.ExcludedEntities)
        {
            var node = id is null ? -1 : store.EntityOrdinal(id);
            if (node < 0)
            {
                var suggestions = id is null ? [] : search.Value.Search(id, SuggestionCount).Select(m => store.EntityAt(m.Entity).Id).ToList();
                var hint = suggestions.Count > 0 ? Suggestions.DidYouMean(suggestions) : ".";
                problems.Add("excludeEntities", id, $"excludeEntities contains '{Shown(id)}', which is not an entity id of the graph{hint}", suggestions);
                continue;
            }

            excludedNodes.Add(node);
        }

        var typeDirections = new List<(int Type, Direction Direction)>();
        foreach (var (name, direction) in filter.TypeDirections ?? ImmutableDictionary<string, Direction>.Empty)
        {
            var types = ResolveNames(problems, [name], typeOrdinals, "typeDirections", "relation type");
            CheckDefined(problems, direction, "typeDirections");
            typeDirections.AddRange(types.Select(t => (t, direction)));
        }

        CheckWindow(problems, filter.Since, filter.Until);
        var sources = SourceArguments(problems, filter.Evidence, filter.MinSources);
        if (problems.Any)
        {
            return null;
        }

        var typeSteps = new byte[Index.TypeCount];
        for (var type = 0; type < typeSteps.Length; type++)
        {
            if ((allowedTypes.Count == 0 || allowedTypes.Contains(type)) && !excludedTypes.Contains(type))
            {
                typeSteps[type] = Steps(filter.Direction);
            }
        }

        foreach (var (type, direction) in typeDirections.Where(d => typeSteps[d.Type] != 0))
        {
            typeSteps[type] = Steps(direction);
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

        var windowStart = Math.Max(filter.Since?.DayNumber ?? GraphIndex.OpenStart, filter.AsOf?.DayNumber ?? GraphIndex.OpenStart);
        var windowEnd = Math.Min(filter.Until?.DayNumber ?? GraphIndex.OpenEnd, filter.AsOf?.DayNumber ?? GraphIndex.OpenEnd);
        var relationAllowed = sources.Allowed(store, filter.IncludeContested, anyContested.Value);
        return new EdgeFilter(Index, typeSteps, kindAllowed, [.. excludedNodes], filter.IncludeUncertain, windowStart, windowEnd, relationAllowed)
        {
            Weights = EdgeFilter.ComputeWeights(Index, weighting, () => sources.FiltersEvidence ? OutletCounts(sources) : outletCounts.Value),
            Sources = sources,
        };
    }

    /// <summary>Counts each relation's independent outlets from the evidence the source conditions count (for <see cref="PathWeighting.PreferSupported"/>).</summary>
    private int[] OutletCounts(SourceRule sources)
    {
        var counts = new int[store.RelationCount];
        for (var e = 0; e < counts.Length; e++)
        {
            counts[e] = sources.OutletCount(store.RelationAt(e));
        }

        return counts;
    }

    /// <summary>Checks the source conditions (known document ids, a sane number of sources) and compiles them.</summary>
    private SourceRule SourceArguments(QueryProblems problems, EvidenceFilter? evidence, int minSources)
    {
        evidence ??= EvidenceFilter.All;
        foreach (var (list, parameter) in new[] { (evidence.Documents, "documents"), (evidence.ExcludedDocuments, "excludeDocuments") })
        {
            foreach (var id in (list.IsDefault ? [] : list).Where(id => id is null || graph.FindDocument(id) is null))
            {
                var ids = graph.Documents.Select(d => d.Id).ToList();
                var close = id is null ? [] : Suggestions.Closest(id, ids);
                var hint = close.Count > 0 ? Suggestions.DidYouMean(close) : $"; the documents are {string.Join(", ", ids)}.";
                problems.Add(parameter, id, $"{parameter} contains '{Shown(id)}', which is not a document of the graph{hint}", ids);
            }
        }

        CheckRange(problems, minSources, 0, TraversalFilter.MinSourcesLimit, "minSources");
        return new SourceRule(graph, evidence, minSources);
    }

    private static byte Steps(Direction direction) => direction switch
    {
        Direction.Outgoing => GraphIndex.AlongBit,
        Direction.Incoming => GraphIndex.AgainstBit,
        _ => GraphIndex.AlongBit | GraphIndex.AgainstBit,
    };
}
