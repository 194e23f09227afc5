using System.Collections.Frozen;
using System.Collections.Immutable;
using KnowledgeGraph.Loading;
using KnowledgeGraph.Model;

namespace KnowledgeGraph;

/// <summary>
/// An immutable knowledge graph: entities joined by typed relation statements, with the vocabulary and
/// the source documents they come from. Load one with <see cref="LoadDefault"/>, <see cref="Load(string)"/>,
/// <see cref="LoadArchive(Stream)"/> or <see cref="LoadJson(Stream)"/>; a loaded graph never changes and is safe for many concurrent readers.
/// </summary>
public sealed partial class Graph
{
    private readonly FrozenDictionary<string, Entity> entitiesById;
    private readonly FrozenDictionary<string, Relation> relationsById;
    private readonly FrozenDictionary<string, RelationType> typesByName;
    private readonly FrozenDictionary<string, EntityKind> kindsByName;
    private readonly FrozenDictionary<string, SourceDocument> documentsById;

    internal Graph(
        ImmutableArray<EntityKind> entityKinds,
        ImmutableArray<RelationType> relationTypes,
        ImmutableArray<SourceDocument> documents,
        ImmutableArray<Entity> entities,
        ImmutableArray<Relation> relations,
        string version,
        ImmutableArray<string> notices)
    {
        EntityKinds = entityKinds;
        RelationTypes = relationTypes;
        Documents = documents;
        Entities = entities;
        Relations = relations;
        Version = version;
        Notices = notices;
        entitiesById = entities.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        relationsById = relations.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
        typesByName = relationTypes.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
        kindsByName = entityKinds.ToFrozenDictionary(k => k.Name, StringComparer.Ordinal);
        documentsById = documents.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);
    }

    /// <summary>Gets the entity kinds of the vocabulary.</summary>
    public ImmutableArray<EntityKind> EntityKinds { get; }

    /// <summary>Gets the relation types of the vocabulary.</summary>
    public ImmutableArray<RelationType> RelationTypes { get; }

    /// <summary>Gets the source documents the graph was curated from.</summary>
    public ImmutableArray<SourceDocument> Documents { get; }

    /// <summary>Gets every entity, in data file order.</summary>
    public ImmutableArray<Entity> Entities { get; }

    /// <summary>Gets every relation, in data file order.</summary>
    public ImmutableArray<Relation> Relations { get; }

    /// <summary>Gets a short hash of the data files that identifies this version of the data.</summary>
    public string Version { get; }

    /// <summary>Gets remarks about the load that are not errors, such as unreviewed drafts that were skipped.</summary>
    public ImmutableArray<string> Notices { get; }

    /// <summary>Loads the curated graph that ships inside this library (the project's <c>graph-data/</c>).</summary>
    /// <returns>The graph.</returns>
    /// <exception cref="GraphDataException">The embedded data is invalid (a packaging error).</exception>
    public static Graph LoadDefault() => GraphLoader.Load(GraphDataSource.FromEmbedded());

    /// <summary>Loads a graph from a data folder laid out like <c>graph-data/</c>.</summary>
    /// <param name="directory">The folder holding <c>vocabulary/</c>, <c>documents/</c>, <c>entities/</c> and <c>relations/</c>.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="GraphDataException">The folder is missing or the data has problems; every problem is listed.</exception>
    public static Graph Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        return GraphLoader.Load(GraphDataSource.FromDirectory(directory));
    }

    /// <summary>Loads a graph from a zip archive of a data folder (the folder itself or its contents at the top).</summary>
    /// <param name="archive">A readable stream of the zip archive; it is left open.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="GraphDataException">The data has problems; every problem is listed.</exception>
    /// <exception cref="InvalidDataException">The stream is not a zip archive.</exception>
    public static Graph LoadArchive(Stream archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        return GraphLoader.Load(GraphDataSource.FromZip(archive));
    }

    /// <summary>
    /// Loads a graph from the single JSON document that <see cref="Export.GraphExporter"/> writes in the
    /// <see cref="Export.ExportFormat.KnowledgeGraphJson"/> format. Exporting a graph and loading the export gives an
    /// identical graph: the same vocabulary, documents, entities and relations, field for field and in the same order.
    /// </summary>
    /// <param name="json">A readable stream of the UTF-8 JSON document; it is left open.</param>
    /// <returns>The graph; its <see cref="Version"/> is a hash of the document.</returns>
    /// <exception cref="GraphDataException">The document has problems; every problem is listed with its line and JSON path in <c>graph.json</c>.</exception>
    public static Graph LoadJson(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var buffer = new MemoryStream();
        json.CopyTo(buffer);
        return GraphLoader.LoadSingleDocument(buffer.ToArray());
    }

    /// <summary>Finds an entity by its exact id.</summary>
    /// <param name="id">The entity id.</param>
    /// <returns>The entity, or <see langword="null"/> when no entity has that id.</returns>
    public Entity? FindEntity(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return entitiesById.GetValueOrDefault(id);
    }

    /// <summary>Finds a relation by its exact id.</summary>
    /// <param name="id">The relation id.</param>
    /// <returns>The relation, or <see langword="null"/> when no relation has that id.</returns>
    public Relation? FindRelation(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return relationsById.GetValueOrDefault(id);
    }

    /// <summary>Finds a relation type by name.</summary>
    /// <param name="name">The type's name, e.g. <c>held-phone-call-with</c>.</param>
    /// <returns>The type, or <see langword="null"/> when the vocabulary has no such type.</returns>
    public RelationType? FindRelationType(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return typesByName.GetValueOrDefault(name);
    }

    /// <summary>Finds an entity kind by name.</summary>
    /// <param name="name">The kind's name, e.g. <c>State</c>.</param>
    /// <returns>The kind, or <see langword="null"/> when the vocabulary has no such kind.</returns>
    public EntityKind? FindEntityKind(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return kindsByName.GetValueOrDefault(name);
    }

    /// <summary>Finds a source document by id.</summary>
    /// <param name="id">The document id.</param>
    /// <returns>The document, or <see langword="null"/> when there is none with that id.</returns>
    public SourceDocument? FindDocument(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return documentsById.GetValueOrDefault(id);
    }
}
