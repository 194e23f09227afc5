namespace KnowledgeGraph.Model;

/// <summary>
/// A relation candidate a reviewer rejected (<c>resolution.json</c>, <c>judgements.relations</c>): the extractor never
/// proposes it again, from the same article or another. The key is the two ends, the type and the factual standing:
/// a judgement on a stated or reported relation silences stated and reported candidates, one on a hedged,
/// hypothetical or denied relation silences that certainty only, and one without a certainty silences all.
/// Symmetric types match in either direction.
/// </summary>
public sealed record RejectedRelation
{
    /// <summary>Gets the id of the source entity (a canonical or referent id).</summary>
    public required string Source { get; init; }

    /// <summary>Gets the relation type's name.</summary>
    public required string Type { get; init; }

    /// <summary>Gets the id of the target entity (a canonical or referent id).</summary>
    public required string Target { get; init; }

    /// <summary>Gets the certainty of the rejected candidate, or <see langword="null"/> when the judgement holds for every certainty.</summary>
    public Certainty? Certainty { get; init; }

    /// <summary>Gets the id of the document whose draft held the candidate, for the record; it does not limit the judgement.</summary>
    public string? Document { get; init; }

    /// <summary>Gets who decided.</summary>
    public string? DecidedBy { get; init; }

    /// <summary>Gets why, in the decider's words.</summary>
    public string? Note { get; init; }

    /// <summary>Gets whether a candidate with this certainty falls under the judgement (the same certainty, or both stated or reported).</summary>
    /// <param name="certainty">The candidate's certainty.</param>
    /// <returns><see langword="true"/> when the judgement rejects the candidate's certainty.</returns>
    public bool Covers(Certainty certainty) =>
        Certainty is not { } own || own == certainty || (own.IsFactual() && certainty.IsFactual());
}

/// <summary>
/// A link a reviewer rejected (<c>resolution.json</c>, <c>judgements.links</c>): a mention written <see cref="Name"/> is not
/// the entity <see cref="Entity"/>, so the extractor never links that name to it again. Names compare without case,
/// accents or punctuation.
/// </summary>
public sealed record RejectedLink
{
    /// <summary>Gets the name as the text wrote it.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the id of the entity the name is not (a canonical or referent id).</summary>
    public required string Entity { get; init; }

    /// <summary>Gets the id of the document whose draft held the link, for the record; it does not limit the judgement.</summary>
    public string? Document { get; init; }

    /// <summary>Gets who decided.</summary>
    public string? DecidedBy { get; init; }

    /// <summary>Gets why, in the decider's words.</summary>
    public string? Note { get; init; }
}
