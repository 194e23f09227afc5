using System.Collections.Immutable;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Queries;

/// <summary>
/// Which relations <see cref="Graph.FindRelations"/> returns; every condition given must hold, and a query
/// with no condition returns every relation.
/// </summary>
/// <remarks>
/// For the relations between two entities in either direction, set <see cref="Entity"/> and
/// <see cref="OtherEntity"/>; for one direction only, set <see cref="Source"/> and <see cref="Target"/>.
/// </remarks>
public sealed record RelationQuery
{
    /// <summary>Gets an entity id that must be at either end of the relation.</summary>
    public string? Entity { get; init; }

    /// <summary>
    /// Gets a second entity id that must be at the other end (with <see cref="Entity"/>): the relations between
    /// the two, in either direction.
    /// </summary>
    public string? OtherEntity { get; init; }

    /// <summary>Gets the entity id that must be the relation's source.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the entity id that must be the relation's target.</summary>
    public string? Target { get; init; }

    /// <summary>Gets the relation types allowed; empty allows every type.</summary>
    public ImmutableArray<string> Types { get; init; } = [];

    /// <summary>Gets the first day of a window the relation's time must overlap, or <see langword="null"/>.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Gets the last day of a window the relation's time must overlap, or <see langword="null"/>.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>
    /// Gets whether undated relations are kept when <see cref="Since"/> or <see cref="Until"/> is set. By default
    /// (<see langword="false"/>) a window returns only relations whose time is known and overlaps it, which is
    /// what "what happened between these days" asks.
    /// </summary>
    public bool IncludeUndated { get; init; }

    /// <summary>Gets the certainties allowed; empty allows every certainty (uncertain relations included).</summary>
    public ImmutableArray<Certainty> Certainties { get; init; } = [];

    /// <summary>Gets the documents whose evidence counts (see <see cref="TraversalFilter.Documents"/>); empty allows every document.</summary>
    public ImmutableArray<string> Documents { get; init; } = [];

    /// <summary>Gets the documents whose evidence never counts (see <see cref="TraversalFilter.ExcludedDocuments"/>).</summary>
    public ImmutableArray<string> ExcludedDocuments { get; init; } = [];

    /// <summary>Gets the number of independent outlets that must support the relation; 0 or 1 for no such condition.</summary>
    public int MinSources { get; init; }

    /// <summary>Gets a report date: only evidence from documents published on or before it counts (see <see cref="TraversalFilter.KnownAt"/>).</summary>
    public DateOnly? KnownAt { get; init; }

    /// <summary>
    /// Gets whether to list only contested relations (<see langword="true"/>), only uncontested ones
    /// (<see langword="false"/>), or both (<see langword="null"/>, the default). Contestedness is judged on the
    /// counted evidence.
    /// </summary>
    public bool? Contested { get; init; }

    /// <summary>
    /// Gets the evidence conditions of this query (<see cref="Documents"/>, <see cref="ExcludedDocuments"/> and
    /// <see cref="KnownAt"/>): the evidence the relations found hold and are explained by.
    /// </summary>
    public EvidenceFilter Evidence => new() { Documents = Documents, ExcludedDocuments = ExcludedDocuments, KnownAt = KnownAt };
}
