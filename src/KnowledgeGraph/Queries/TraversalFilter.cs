using System.Collections.Immutable;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Queries;

/// <summary>
/// Which relations and entities a traversal may use. Every condition is applied <em>during</em> the
/// traversal, never to its result: a path or neighbourhood never steps on a relation or entity that the
/// filter rules out, so a filtered shortest path is the shortest among the allowed ones.
/// </summary>
/// <remarks>
/// <para>The start of a path (the center of a neighbourhood) and the target of a path are always allowed,
/// whatever <see cref="Kinds"/>, <see cref="ExcludedKinds"/> and <see cref="ExcludedEntities"/> say; those
/// conditions restrict the entities a traversal passes through or reaches.</para>
/// <para>Time conditions keep undated relations: a relation whose time the text does not give is treated as
/// unbounded (see <see cref="RelationTime"/>), so it holds on every day and overlaps every window.</para>
/// </remarks>
public sealed record TraversalFilter
{
    /// <summary>The largest <see cref="MinSources"/> a query may ask for.</summary>
    public const int MinSourcesLimit = 100;

    /// <summary>Gets the filter that follows every factual relation in both directions.</summary>
    public static TraversalFilter Default { get; } = new();

    /// <summary>Gets which way relations are followed; <see cref="Direction.Both"/> by default.</summary>
    public Direction Direction { get; init; }

    /// <summary>Gets per relation type overrides of <see cref="Direction"/>, keyed by type name.</summary>
    public ImmutableDictionary<string, Direction> TypeDirections { get; init; } = ImmutableDictionary<string, Direction>.Empty;

    /// <summary>Gets the relation types that may be followed; empty allows every type.</summary>
    public ImmutableArray<string> RelationTypes { get; init; } = [];

    /// <summary>Gets the relation types that are never followed.</summary>
    public ImmutableArray<string> ExcludedRelationTypes { get; init; } = [];

    /// <summary>
    /// Gets the entity kinds that a traversal may pass through or reach; empty allows every kind. The start
    /// (center) and the path's target are always allowed.
    /// </summary>
    public ImmutableArray<string> Kinds { get; init; } = [];

    /// <summary>Gets the entity kinds that a traversal never passes through or reaches (the endpoints excepted).</summary>
    public ImmutableArray<string> ExcludedKinds { get; init; } = [];

    /// <summary>
    /// Gets the ids of entities that a traversal never passes through or reaches ("not via Russia"); the
    /// start (center) and the path's target are exempt.
    /// </summary>
    public ImmutableArray<string> ExcludedEntities { get; init; } = [];

    /// <summary>
    /// Gets whether hedged, hypothetical and denied relations are followed too. By default (<see langword="false"/>)
    /// only <see cref="Certainty.Stated"/> and <see cref="Certainty.Reported"/> relations are followed
    /// (see <see cref="ModelEnumExtensions.IsFactual"/>).
    /// </summary>
    public bool IncludeUncertain { get; init; }

    /// <summary>
    /// Gets a day on which followed relations must have held (<see cref="RelationTime.HeldOn"/>); undated
    /// relations are kept. <see langword="null"/> for no such condition.
    /// </summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>
    /// Gets the first day of a window that followed relations must overlap (<see cref="RelationTime.Overlaps"/>);
    /// undated relations are kept. <see langword="null"/> for no lower bound.
    /// </summary>
    public DateOnly? Since { get; init; }

    /// <summary>
    /// Gets the last day of a window that followed relations must overlap (<see cref="RelationTime.Overlaps"/>);
    /// undated relations are kept. <see langword="null"/> for no upper bound.
    /// </summary>
    public DateOnly? Until { get; init; }

    /// <summary>
    /// Gets the documents whose evidence counts: only what these sources say. A relation is followed when at least
    /// one piece of evidence from one of them supports it. Empty allows every document.
    /// </summary>
    public ImmutableArray<string> Documents { get; init; } = [];

    /// <summary>
    /// Gets the documents whose evidence never counts: a relation is followed only when evidence from other
    /// documents supports it.
    /// </summary>
    public ImmutableArray<string> ExcludedDocuments { get; init; } = [];

    /// <summary>
    /// Gets the number of independent outlets (see <see cref="Graph.SupportOf(Relation)"/>) whose counted documents
    /// must support a followed relation; 0 or 1 for no such condition.
    /// </summary>
    public int MinSources { get; init; }

    /// <summary>
    /// Gets a report date: only evidence from documents published on or before it counts (what the sources had said
    /// by then). A document without a publication date counts at every date; a partial date counts from its first day.
    /// <see langword="null"/> for no such condition.
    /// </summary>
    public DateOnly? KnownAt { get; init; }

    /// <summary>
    /// Gets whether contested relations (the counted documents disagree, see <see cref="Relation.IsContested"/>) are
    /// followed. By default (<see langword="false"/>) a traversal does not step on them.
    /// </summary>
    public bool IncludeContested { get; init; }

    /// <summary>
    /// Gets the evidence conditions of this filter (<see cref="Documents"/>, <see cref="ExcludedDocuments"/> and
    /// <see cref="KnownAt"/>): the evidence a path's or a neighbourhood's relations hold and are explained by.
    /// </summary>
    public EvidenceFilter Evidence => new() { Documents = Documents, ExcludedDocuments = ExcludedDocuments, KnownAt = KnownAt };
}
