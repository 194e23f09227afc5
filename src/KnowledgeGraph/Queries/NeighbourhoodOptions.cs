namespace KnowledgeGraph.Queries;

/// <summary>What <see cref="Graph.GetNeighbourhood"/> explores and the caps that bound its work.</summary>
public sealed record NeighbourhoodOptions
{
    /// <summary>The largest allowed <see cref="Depth"/>.</summary>
    public const int MaxDepth = 4;

    /// <summary>The largest allowed <see cref="MaxNodes"/>.</summary>
    public const int MaxNodesLimit = 10_000;

    /// <summary>Gets which relations and entities the exploration may use.</summary>
    public TraversalFilter Filter { get; init; } = TraversalFilter.Default;

    /// <summary>Gets the largest hop distance from the center; 1 by default, at most <see cref="MaxDepth"/>.</summary>
    public int Depth { get; init; } = 1;

    /// <summary>Gets the largest number of entities returned, the center included; 500 by default, at most <see cref="MaxNodesLimit"/>.</summary>
    public int MaxNodes { get; init; } = 500;

    /// <summary>Gets the work budget: how many entities the exploration may visit; 200 000 by default.</summary>
    public int MaxVisited { get; init; } = 200_000;
}
