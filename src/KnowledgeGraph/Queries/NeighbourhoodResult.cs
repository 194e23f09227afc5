using System.Collections.Immutable;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Queries;

/// <summary>An entity of a neighbourhood and its hop distance from the center.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="Distance">The fewest allowed relations between the center and the entity (0 for the center).</param>
public sealed record NeighbourhoodNode(Entity Entity, int Distance);

/// <summary>The entities within some hops of a center, and the relations among them.</summary>
/// <param name="Center">The center.</param>
/// <param name="Nodes">The entities reached, the center first at distance 0, then by distance and data order.</param>
/// <param name="Relations">
/// The induced subgraph: every relation whose two ends are both in <paramref name="Nodes"/> and that passes the
/// filter's relation type, certainty and time conditions, whatever its direction; in data order. When the filter's
/// evidence conditions leave evidence out (<see cref="TraversalFilter.Evidence"/>), each holds only the evidence that
/// counts (<see cref="Graph.ViewOf"/>).
/// </param>
/// <param name="Truncated">Whether <see cref="NeighbourhoodOptions.MaxNodes"/> or <see cref="NeighbourhoodOptions.MaxVisited"/> cut the result.</param>
/// <param name="TruncationReason">Which cap was hit, with counts, or <see langword="null"/> when not truncated.</param>
public sealed record NeighbourhoodResult(
    Entity Center,
    ImmutableArray<NeighbourhoodNode> Nodes,
    ImmutableArray<Relation> Relations,
    bool Truncated,
    string? TruncationReason);
