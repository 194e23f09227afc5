using System.Collections.Immutable;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Queries;

/// <summary>The paths a search found, in order, and whether a cap cut the search short.</summary>
/// <param name="Paths">The paths, shortest (cheapest) first; empty when there is none.</param>
/// <param name="Truncated">Whether a cap (nodes visited, paths, length) stopped the search before it was complete.</param>
/// <param name="TruncationReason">Which cap was hit and what it means, or <see langword="null"/> when not truncated.</param>
public sealed record PathResult(ImmutableArray<GraphPath> Paths, bool Truncated, string? TruncationReason);

/// <summary>A simple path: a sequence of relations, each traversed in a stated direction, with no entity repeated.</summary>
/// <param name="Nodes">The entities along the path, from the start to the target (one more than the steps).</param>
/// <param name="Steps">The relations traversed, in order.</param>
/// <param name="Explanation">The path in plain language: the steps' clauses joined by "; then ".</param>
public sealed record GraphPath(ImmutableArray<Entity> Nodes, ImmutableArray<PathStep> Steps, string Explanation)
{
    /// <summary>Gets the number of relations in the path.</summary>
    public int Length => Steps.Length;
}

/// <summary>One relation of a path and the direction it was traversed in.</summary>
/// <param name="Relation">
/// The relation, holding only the evidence the filter counts when its evidence conditions leave some out
/// (<see cref="TraversalFilter.Evidence"/>, <see cref="Graph.ViewOf"/>).
/// </param>
/// <param name="From">The entity the step leaves.</param>
/// <param name="To">The entity the step reaches.</param>
/// <param name="AlongDirection"><see langword="true"/> when traversed from the relation's source to its target; <see langword="false"/> from target to source.</param>
/// <param name="Explanation">
/// The step in plain language, with date and the evidence that counts (see <see cref="Graph.Explain(Relation, EvidenceFilter, bool)"/>).
/// </param>
public sealed record PathStep(Relation Relation, Entity From, Entity To, bool AlongDirection, string Explanation);
