using System.Collections.Immutable;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Review;

/// <summary>What <see cref="DraftReview.Write"/> wrote.</summary>
public sealed record ReviewResult
{
    /// <summary>Gets the full paths of the files written, in the order they were moved into place.</summary>
    public required ImmutableArray<string> Written { get; init; }

    /// <summary>Gets the full paths of draft files removed (an entities draft none of whose candidates was kept).</summary>
    public required ImmutableArray<string> Removed { get; init; }

    /// <summary>Gets the ids of the entities written.</summary>
    public required ImmutableArray<string> Entities { get; init; }

    /// <summary>Gets the ids of the relations written.</summary>
    public required ImmutableArray<string> Relations { get; init; }

    /// <summary>Gets the ids of the graph's relations the reviewed file adds evidence to.</summary>
    public required ImmutableArray<string> EvidenceAdditions { get; init; }

    /// <summary>Gets a sentence for each candidate left out because of another decision (a rejected entity drops its relations).</summary>
    public required ImmutableArray<string> Dropped { get; init; }

    /// <summary>Gets the keys of the candidates left out because they were skipped or not decided.</summary>
    public required ImmutableArray<string> LeftOut { get; init; }

    /// <summary>Gets the rejected relations added to <c>resolution.json</c>.</summary>
    public required ImmutableArray<RejectedRelation> RejectedRelations { get; init; }

    /// <summary>Gets the rejected links added to <c>resolution.json</c>.</summary>
    public required ImmutableArray<RejectedLink> RejectedLinks { get; init; }
}
