using System.Collections.Immutable;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Review;

/// <summary>What a candidate of a draft proposes.</summary>
public enum ReviewCandidateKind
{
    /// <summary>A new entity (<c>entities/&lt;id&gt;.json</c>).</summary>
    Entity = 1,

    /// <summary>A new relation (<c>relations/&lt;id&gt;.json</c>, <c>relations</c>).</summary>
    Relation,

    /// <summary>Evidence for a relation the graph has (<c>relations/&lt;id&gt;.json</c>, <c>evidenceAdditions</c>).</summary>
    EvidenceAddition,
}

/// <summary>One candidate of an unreviewed draft, as <see cref="DraftReview"/> presents it for a decision.</summary>
public sealed record ReviewCandidate
{
    /// <summary>Gets the key decisions name it by: <c>entity:&lt;id&gt;</c>, <c>relation:&lt;id&gt;</c> or <c>evidence:&lt;relation id&gt;</c> (with <c>#2</c>, <c>#3</c> for further additions to one relation).</summary>
    public required string Key { get; init; }

    /// <summary>Gets what the candidate proposes.</summary>
    public required ReviewCandidateKind Kind { get; init; }

    /// <summary>Gets the proposed entity, for an entity candidate.</summary>
    public Entity? Entity { get; init; }

    /// <summary>Gets the proposed relation, or for an evidence addition the graph's relation the evidence is for.</summary>
    public Relation? Relation { get; init; }

    /// <summary>Gets the evidence the candidate brings: a relation's own, or the added evidence; empty for an entity.</summary>
    public ImmutableArray<Evidence> Evidence { get; init; } = [];
}
