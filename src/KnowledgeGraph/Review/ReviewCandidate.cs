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

/// <summary>What a reviewer decides about a candidate.</summary>
public enum ReviewAction
{
    /// <summary>Keep it (a relation with its edited type or certainty, if any).</summary>
    Accept = 1,

    /// <summary>Leave it out and remember the rejection of a relation as a judgement; a rejected entity takes its relations with it.</summary>
    Reject,

    /// <summary>An entity candidate is an entity of the graph (<see cref="ReviewDecision.Entity"/>): relations use that id.</summary>
    Link,

    /// <summary>
    /// A relation's end (<see cref="ReviewDecision.End"/>) was linked to the wrong graph entity: the name is remembered as
    /// not that entity, and the relations resting on that link are left out.
    /// </summary>
    RejectLink,

    /// <summary>Leave it out without a judgement.</summary>
    Skip,
}

/// <summary>An end of a relation.</summary>
public enum RelationEnd
{
    /// <summary>The source.</summary>
    Source = 1,

    /// <summary>The target.</summary>
    Target,
}

/// <summary>A reviewer's decision about one candidate of a draft.</summary>
public sealed record ReviewDecision
{
    /// <summary>Gets the candidate's key (<see cref="ReviewCandidate.Key"/>).</summary>
    public required string Candidate { get; init; }

    /// <summary>Gets the decision.</summary>
    public required ReviewAction Action { get; init; }

    /// <summary>Gets the relation type an accepted relation takes instead of the proposed one, or <see langword="null"/>.</summary>
    public string? Type { get; init; }

    /// <summary>Gets the certainty (<c>stated</c>, <c>reported</c>, <c>hedged</c>, <c>hypothetical</c>, <c>denied</c>) an accepted relation takes instead of the proposed one, or <see langword="null"/>.</summary>
    public string? Certainty { get; init; }

    /// <summary>Gets the id of the graph entity a <see cref="ReviewAction.Link"/> links the candidate to.</summary>
    public string? Entity { get; init; }

    /// <summary>Gets the end whose link a <see cref="ReviewAction.RejectLink"/> rejects.</summary>
    public RelationEnd? End { get; init; }

    /// <summary>Gets why, in the reviewer's words (kept as the judgement's note), or <see langword="null"/>.</summary>
    public string? Reason { get; init; }
}

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
