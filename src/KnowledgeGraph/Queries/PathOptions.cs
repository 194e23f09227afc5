namespace KnowledgeGraph.Queries;

/// <summary>How the cost of a path is counted when looking for the shortest ones.</summary>
/// <remarks>
/// Every weight is at least 1, so a weighted path is never cheaper than its number of relations. Weights
/// per relation:
/// <list type="bullet">
/// <item><see cref="Hops"/>: 1 for every relation.</item>
/// <item><see cref="PreferStated"/>: stated 1, reported 1.5, hedged 3, hypothetical 4, denied 5 (the last three
/// are only followed with <see cref="TraversalFilter.IncludeUncertain"/>).</item>
/// <item><see cref="PreferCooperative"/>: a relation type whose polarity is cooperative 1, neutral 1.5,
/// conflictual 3.</item>
/// <item><see cref="PreferSupported"/>: 1 + 4 / 2<sup>n</sup> for a relation supported by n independent outlets
/// (<see cref="Graph.SupportOf(Model.Relation)"/>, counting only the evidence the filter's source conditions count; n is at least 1):
/// one outlet 3, two 2, three 1.5, four 1.25, approaching 1.</item>
/// </list>
/// A weighting ranks the <see cref="PathOptions.K"/> cheapest paths of <see cref="PathSearchMode.KShortest"/>; the
/// other modes find paths by their number of relations and refuse any weighting but <see cref="Hops"/>.
/// </remarks>
public enum PathWeighting
{
    /// <summary>Counts relations: the shortest path has the fewest hops.</summary>
    Hops = 0,

    /// <summary>Prefers relations the text states over reported and uncertain ones.</summary>
    PreferStated = 1,

    /// <summary>Prefers cooperative relations over neutral and conflictual ones.</summary>
    PreferCooperative = 2,

    /// <summary>
    /// Prefers relations that more independent outlets support: a relation costs one hop plus 4 / 2<sup>n</sup> for
    /// its n independent outlets, so each further outlet halves what it costs beyond the hop.
    /// </summary>
    /// <remarks>
    /// Read the extra cost as proportional to the chance that every outlet is wrong when each is wrong half the time,
    /// independently: that chance halves with each outlet, and agreeing copies of one outlet (a reprint, a report
    /// citing it) add nothing, because <see cref="Graph.SupportOf(Model.Relation)"/> counts them as that outlet. The weight never
    /// falls below 1, so a path never costs less than its number of relations: a longer path wins only when it is
    /// clearly better supported (three hops on two-outlet relations, 6, tie with two single-source hops, 6; with one
    /// three-outlet relation among them, 5.5, they win). With one document every relation costs 3 and the ranking is
    /// the ranking by hops. Background evidence names no outlet: a relation with none counts as one outlet.
    /// </remarks>
    PreferSupported = 3,
}

/// <summary>What <see cref="Graph.FindPaths"/> looks for and the caps that bound its work.</summary>
public sealed record PathOptions
{
    /// <summary>The largest allowed <see cref="K"/>.</summary>
    public const int MaxK = 20;

    /// <summary>The largest allowed <see cref="MaxLength"/>.</summary>
    public const int MaxLengthLimit = 10;

    /// <summary>The largest allowed <see cref="MaxPaths"/>.</summary>
    public const int MaxPathsLimit = 1000;

    /// <summary>Gets which relations and entities the paths may use.</summary>
    public TraversalFilter Filter { get; init; } = TraversalFilter.Default;

    /// <summary>Gets which paths to find; <see cref="PathSearchMode.KShortest"/> by default.</summary>
    public PathSearchMode Mode { get; init; } = PathSearchMode.KShortest;

    /// <summary>
    /// Gets how many paths <see cref="PathSearchMode.KShortest"/> finds, 1 to <see cref="MaxK"/>; <see langword="null"/>
    /// (the default) means 1. Refused with the other modes, which find every path of their kind.
    /// </summary>
    public int? K { get; init; }

    /// <summary>Gets the largest number of relations in a path; 6 by default, at most <see cref="MaxLengthLimit"/>.</summary>
    public int MaxLength { get; init; } = 6;

    /// <summary>
    /// Gets the largest number of paths <see cref="PathSearchMode.AllShortest"/> or <see cref="PathSearchMode.AllSimple"/>
    /// returns; 100 by default, at most <see cref="MaxPathsLimit"/>.
    /// </summary>
    public int MaxPaths { get; init; } = 100;

    /// <summary>
    /// Gets the work budget: how many entities the search may visit in all (summed over the searches of
    /// Yen's algorithm); 200 000 by default. Hitting it returns the paths found so far, marked truncated.
    /// </summary>
    public int MaxVisited { get; init; } = 200_000;

    /// <summary>Gets how path cost is counted; <see cref="PathWeighting.Hops"/> by default.</summary>
    public PathWeighting Weighting { get; init; } = PathWeighting.Hops;
}
