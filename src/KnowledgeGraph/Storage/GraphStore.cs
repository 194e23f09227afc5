using System.Collections.Frozen;
using System.Collections.Immutable;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Where a <see cref="Graph"/> keeps its entities and relations: as model records (<see cref="ModelStore"/>, for
/// curated data) or as compact arrays that create records only when a result needs them (<see cref="CompactStore"/>,
/// for large imports). Entities and relations are addressed by ordinal, the position in <see cref="Graph.Entities"/>
/// and <see cref="Graph.Relations"/>, which is also their ordinal in the <see cref="GraphIndex"/>.
/// </summary>
internal abstract class GraphStore
{
    public abstract int EntityCount { get; }

    public abstract int RelationCount { get; }

    /// <summary>Gets every entity in ordinal order (a compact store creates them on first use).</summary>
    public abstract ImmutableArray<Entity> Entities { get; }

    /// <summary>Gets every relation in ordinal order (a compact store creates them on first use).</summary>
    public abstract ImmutableArray<Relation> Relations { get; }

    public abstract Entity EntityAt(int ordinal);

    public abstract Relation RelationAt(int ordinal);

    /// <summary>Finds an entity's ordinal by id; -1 when there is none.</summary>
    public abstract int EntityOrdinal(string id);

    /// <summary>Finds a relation's ordinal by id; -1 when there is none.</summary>
    public abstract int RelationOrdinal(string id);

    /// <summary>Gets the adjacency index of the graph (built once by the query engine).</summary>
    public abstract GraphIndex CreateIndex(Graph graph);
}

/// <summary>A store of model records, as the curated data loader makes them.</summary>
internal sealed class ModelStore(ImmutableArray<Entity> entities, ImmutableArray<Relation> relations) : GraphStore
{
    private readonly FrozenDictionary<string, int> entityOrdinals = GraphIndex.Ordinals(entities.Select(e => e.Id));
    private readonly FrozenDictionary<string, int> relationOrdinals = GraphIndex.Ordinals(relations.Select(r => r.Id));

    /// <summary>The ordinal of the canonical entity for each id merged into it (<see cref="Entity.Referents"/>).</summary>
    private readonly FrozenDictionary<string, int> referentOrdinals = entities
        .SelectMany((e, ordinal) => e.Referents.Select(id => KeyValuePair.Create(id, ordinal)))
        .ToFrozenDictionary(StringComparer.Ordinal);

    public override int EntityCount => entities.Length;

    public override int RelationCount => relations.Length;

    public override ImmutableArray<Entity> Entities => entities;

    public override ImmutableArray<Relation> Relations => relations;

    public override Entity EntityAt(int ordinal) => entities[ordinal];

    public override Relation RelationAt(int ordinal) => relations[ordinal];

    public override int EntityOrdinal(string id) =>
        entityOrdinals.TryGetValue(id, out var ordinal) || referentOrdinals.TryGetValue(id, out ordinal) ? ordinal : -1;

    public override int RelationOrdinal(string id) => relationOrdinals.TryGetValue(id, out var ordinal) ? ordinal : -1;

    public override GraphIndex CreateIndex(Graph graph) => GraphIndex.FromGraph(graph);
}
