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
/// </list>
/// </remarks>
public enum PathWeighting
{
    /// <summary>Counts relations: the shortest path has the fewest hops.</summary>
    Hops = 0,

    /// <summary>Prefers relations the text states over reported and uncertain ones.</summary>
    PreferStated = 1,

    /// <summary>Prefers cooperative relations over neutral and conflictual ones.</summary>
    PreferCooperative = 2,
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
