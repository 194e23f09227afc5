using System.Collections.Immutable;

namespace KnowledgeGraph.Queries;

/// <summary>
/// Which evidence a query counts: only or never what some documents say, and only what documents published by a
/// report date said. It is the part of a <see cref="TraversalFilter"/> or a <see cref="RelationQuery"/> that leaves
/// evidence out (<see cref="TraversalFilter.Evidence"/>, <see cref="RelationQuery.Evidence"/>); a relation such a
/// query returns holds only the evidence that counts (see <see cref="Graph.ViewOf"/>).
/// </summary>
public sealed record EvidenceFilter
{
    /// <summary>Gets the filter that counts every piece of evidence.</summary>
    public static EvidenceFilter All { get; } = new();

    /// <summary>Gets the documents whose evidence counts; empty allows every document (see <see cref="TraversalFilter.Documents"/>).</summary>
    public ImmutableArray<string> Documents { get; init; } = [];

    /// <summary>Gets the documents whose evidence never counts (see <see cref="TraversalFilter.ExcludedDocuments"/>).</summary>
    public ImmutableArray<string> ExcludedDocuments { get; init; } = [];

    /// <summary>
    /// Gets a report date: only evidence from documents published on or before it counts (see <see cref="TraversalFilter.KnownAt"/>);
    /// <see langword="null"/> for no such condition.
    /// </summary>
    public DateOnly? KnownAt { get; init; }

    /// <summary>
    /// Gets whether the filter leaves some evidence out: it names documents, excluded documents or a report date.
    /// Background evidence, which names no document, counts only when it does not.
    /// </summary>
    public bool LeavesEvidenceOut => !Documents.IsDefaultOrEmpty || !ExcludedDocuments.IsDefaultOrEmpty || KnownAt is not null;
}
