namespace KnowledgeGraph.Review;

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
