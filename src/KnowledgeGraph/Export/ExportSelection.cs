using System.Collections.Immutable;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export;

/// <summary>
/// The entities and relations an export writes, checked against their graph: every relation's two ends are in
/// the selection (ends that the caller left out are added), and nothing appears twice.
/// </summary>
internal sealed class ExportSelection
{
    private ExportSelection(Graph graph, ImmutableArray<Entity> entities, ImmutableArray<Relation> relations, bool isWholeGraph)
    {
        Graph = graph;
        Entities = entities;
        Relations = relations;
        IsWholeGraph = isWholeGraph;
    }

    public Graph Graph { get; }

    public ImmutableArray<Entity> Entities { get; }

    public ImmutableArray<Relation> Relations { get; }

    public bool IsWholeGraph { get; }

    /// <summary>Gets the kinds of the selected entities, in vocabulary order.</summary>
    public IEnumerable<EntityKind> UsedKinds
    {
        get
        {
            var used = Entities.Select(e => e.Kind).ToHashSet(StringComparer.Ordinal);
            return Graph.EntityKinds.Where(k => used.Contains(k.Name));
        }
    }

    /// <summary>Gets the types of the selected relations, in vocabulary order.</summary>
    public IEnumerable<RelationType> UsedTypes
    {
        get
        {
            var used = Relations.Select(r => r.Type).ToHashSet(StringComparer.Ordinal);
            return Graph.RelationTypes.Where(t => used.Contains(t.Name));
        }
    }

    /// <summary>Gets the documents that the selected relations' evidence and the selected entities' mentions cite, in graph order.</summary>
    public IEnumerable<SourceDocument> CitedDocuments
    {
        get
        {
            var cited = Relations.SelectMany(r => r.Evidence).Select(e => e.Document).OfType<string>()
                .Concat(Entities.SelectMany(e => e.Mentions).Select(m => m.Document))
                .ToHashSet(StringComparer.Ordinal);
            return Graph.Documents.Where(d => cited.Contains(d.Id));
        }
    }

    public static ExportSelection Whole(Graph graph) => new(graph, graph.Entities, graph.Relations, isWholeGraph: true);

    public static ExportSelection Of(Graph graph, IEnumerable<Entity> entities, IEnumerable<Relation> relations)
    {
        var chosenEntities = new List<Entity>();
        var seenEntities = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            ArgumentNullException.ThrowIfNull(entity, nameof(entities));
            Add(entity.Id, nameof(entities));
        }

        var chosenRelations = new List<Relation>();
        var seenRelations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relation in relations)
        {
            ArgumentNullException.ThrowIfNull(relation, nameof(relations));
            var own = graph.FindRelation(relation.Id)
                ?? throw new ArgumentException($"The relation \"{relation.Id}\" is not a relation of this graph.", nameof(relations));
            if (seenRelations.Add(own.Id))
            {
                // A view of a filtered query (Graph.ViewOf) is written as the query counted it: with its counted evidence.
                chosenRelations.Add(IsViewOf(relation, own) ? relation : own);
            }
        }

        // A relation's ends are added rather than the relation dropped: every format needs both ends, and a
        // path or neighbourhood result should never lose one of its relations on the way out.
        foreach (var relation in chosenRelations)
        {
            Add(relation.Source, nameof(relations));
            Add(relation.Target, nameof(relations));
        }

        return new ExportSelection(graph, [.. chosenEntities], [.. chosenRelations], isWholeGraph: false);

        void Add(string id, string parameter)
        {
            var own = graph.FindEntity(id)
                ?? throw new ArgumentException($"The entity \"{id}\" is not an entity of this graph.", parameter);
            if (seenEntities.Add(own.Id))
            {
                chosenEntities.Add(own);
            }
        }
    }

    /// <summary>Gets whether a document's mentions are written: all, unless the export is of a filtered query's result.</summary>
    public Func<string, bool> CountsDocument { get; private init; } = _ => true;

    /// <summary>The same selection with each entity's mentions only from the documents that count (a filtered query's export).</summary>
    public ExportSelection MentionsCounted(Func<string, bool> counts) =>
        new(Graph, [.. Entities.Select(e => Counted(e, counts))], Relations, IsWholeGraph) { CountsDocument = counts };

    /// <summary>An entity as the export writes it: with the mentions of the documents that count.</summary>
    public Entity Counted(Entity entity) => Counted(entity, CountsDocument);

    private static Entity Counted(Entity e, Func<string, bool> counts) =>
        e.Mentions.All(m => counts(m.Document)) ? e : e with { Mentions = [.. e.Mentions.Where(m => counts(m.Document))] };

    public RelationType TypeOf(Relation relation) => Graph.FindRelationType(relation.Type)!;

    /// <summary>Gets whether a relation is the graph's own record or a view of it holding some of its evidence.</summary>
    private static bool IsViewOf(Relation relation, Relation own) =>
        ReferenceEquals(relation, own)
        || (relation with { Evidence = own.Evidence } == own && relation.Evidence.All(own.Evidence.Contains));

    /// <summary>Gets the documents and independent outlets behind a relation, and whether it is contested.</summary>
    public RelationSupport SupportOf(Relation relation) => Graph.SupportOf(relation);
}
