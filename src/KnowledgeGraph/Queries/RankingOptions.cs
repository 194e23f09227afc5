using System.Collections.Immutable;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Queries;

/// <summary>How <see cref="Graph.RankActors"/> scores entities.</summary>
public enum CentralityMeasure
{
    /// <summary>
    /// The number of allowed relations at the entity (outgoing, incoming or both, per the filter's direction)
    /// whose other end is an allowed entity.
    /// </summary>
    Degree = 1,

    /// <summary>
    /// Betweenness centrality (Brandes' algorithm): the share of shortest paths between other pairs of allowed
    /// entities that pass through the entity, normalised to [0, 1]. Parallel relations count as distinct paths.
    /// </summary>
    Betweenness = 2,
}

/// <summary>What <see cref="Graph.RankActors"/> ranks and over which relations.</summary>
public sealed record RankingOptions
{
    /// <summary>The largest allowed <see cref="Limit"/>.</summary>
    public const int MaxLimit = 1000;

    /// <summary>Gets the relations and entities the scores are computed over.</summary>
    public TraversalFilter Filter { get; init; } = TraversalFilter.Default;

    /// <summary>Gets the kinds of entities to rank (the scores still count every allowed entity); empty ranks every kind.</summary>
    public ImmutableArray<string> Kinds { get; init; } = [];

    /// <summary>Gets how many entities to return; 20 by default, at most <see cref="MaxLimit"/>.</summary>
    public int Limit { get; init; } = 20;
}

/// <summary>An entity's score and rank.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="Score">The score (see <see cref="CentralityMeasure"/>).</param>
/// <param name="Rank">The 1-based rank; equal scores share a rank ("1, 2, 2, 4").</param>
public sealed record ActorScore(Entity Entity, double Score, int Rank);
