using System.Collections.Immutable;

namespace KnowledgeGraph.Model;

/// <summary>
/// A proposal to merge two entities of the same kind into one, with a score from 0 to 1 and the reasons behind it
/// (similar names or transliterations, shared neighbours, for officials the same role and state).
/// </summary>
public sealed record MergeProposal
{
    /// <summary>Gets the id of the first entity (the ordinal smaller of the two).</summary>
    public required string First { get; init; }

    /// <summary>Gets the id of the second entity.</summary>
    public required string Second { get; init; }

    /// <summary>Gets the entity kind both entities share.</summary>
    public required string Kind { get; init; }

    /// <summary>Gets the score from 0 to 1: the higher, the likelier the two ids name one entity.</summary>
    public required double Score { get; init; }

    /// <summary>Gets the reasons for the score, in the order they were weighed, each a short sentence.</summary>
    public required ImmutableArray<string> Reasons { get; init; }
}
