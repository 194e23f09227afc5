using System.Collections.Immutable;
using System.Globalization;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage;

/// <summary>
/// A graph held as arrays only: the <see cref="GraphIndex"/> (ends and type of every edge, CSR rows), entity ids
/// and names as UTF-8 pools with a hash index on the ids, and kind and type names interned once. No object exists
/// per entity or relation: <see cref="EntityAt"/> and <see cref="RelationAt"/> create the records a result shows.
/// </summary>
/// <remarks>
/// Relations have the id <c>e</c> followed by their ordinal (<c>e0</c>, <c>e1</c>, ...), certainty
/// <see cref="Certainty.Stated"/>, no time and no evidence. Records created twice are equal (records compare by value).
/// </remarks>
internal sealed class CompactStore : GraphStore
{
    /// <summary>The prefix of relation ids.</summary>
    public const string RelationIdPrefix = "e";

    private readonly Utf8StringPool ids;
    private readonly Utf8StringPool names;
    private readonly Utf8KeyTable idTable;
    private readonly string[] kindNames;
    private readonly string[] typeNames;
    private readonly Lazy<ImmutableArray<Entity>> entities;
    private readonly Lazy<ImmutableArray<Relation>> relations;

    public CompactStore(GraphIndex index, Utf8StringPool ids, Utf8StringPool names, Utf8KeyTable idTable, string[] kindNames, string[] typeNames)
    {
        Index = index;
        this.ids = ids;
        this.names = names;
        this.idTable = idTable;
        this.kindNames = kindNames;
        this.typeNames = typeNames;
        entities = new(() => [.. Enumerable.Range(0, EntityCount).Select(EntityAt)]);
        relations = new(() => [.. Enumerable.Range(0, RelationCount).Select(RelationAt)]);
    }

    public GraphIndex Index { get; }

    /// <summary>Gets the bytes of the store's arrays: the index, the string pools and the id hash index.</summary>
    public long ArrayBytes => Index.ArrayBytes + ids.ArrayBytes + names.ArrayBytes + idTable.ArrayBytes;

    public override int EntityCount => Index.NodeCount;

    public override int RelationCount => Index.EdgeCount;

    public override ImmutableArray<Entity> Entities => entities.Value;

    public override ImmutableArray<Relation> Relations => relations.Value;

    public override Entity EntityAt(int ordinal) => new()
    {
        Id = ids.GetString(ordinal),
        Kind = kindNames[Index.NodeKinds[ordinal]],
        Name = names.GetString(ordinal),
    };

    public override Relation RelationAt(int ordinal) => new()
    {
        Id = RelationIdPrefix + ordinal.ToString(CultureInfo.InvariantCulture),
        Type = typeNames[Index.EdgeTypes[ordinal]],
        Source = ids.GetString(Index.EdgeSources[ordinal]),
        Target = ids.GetString(Index.EdgeTargets[ordinal]),
        Certainty = Certainty.Stated,
        Evidence = [],
    };

    public override int EntityOrdinal(string id) => idTable.Find(id);

    public override int RelationOrdinal(string id)
    {
        var digits = id.AsSpan();
        if (!digits.StartsWith(RelationIdPrefix, StringComparison.Ordinal) || digits.Length < 2 || (digits[1] == '0' && digits.Length > 2))
        {
            return -1;
        }

        return int.TryParse(digits[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal) && ordinal < RelationCount ? ordinal : -1;
    }

    public override GraphIndex CreateIndex(Graph graph) => Index;
}
