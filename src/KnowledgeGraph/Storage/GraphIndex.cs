using System.Collections.Frozen;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage;

/// <summary>
/// The compact, immutable adjacency index every traversal runs on: entities, relations, relation types and
/// entity kinds as int ordinals, outgoing and incoming edges in CSR arrays, and per-relation facts (type,
/// certainty, time bounds as day numbers) in parallel arrays, so a traversal allocates no object per edge.
/// </summary>
/// <remarks>
/// It is built from plain arrays so that large imports (millions of edges from CSV) can fill it without
/// creating a <see cref="Relation"/> per edge; <see cref="FromGraph"/> builds it for a loaded graph. Within
/// one entity's row, edges keep ordinal order, which makes every traversal deterministic. It lives with the
/// stores that build it; the queries read it and keep their own per-traversal state (scratch arrays) apart.
/// </remarks>
internal sealed class GraphIndex
{
    /// <summary>The step bit for traversing an edge from its source to its target.</summary>
    public const byte AlongBit = 1;

    /// <summary>The step bit for traversing an edge from its target to its source.</summary>
    public const byte AgainstBit = 2;

    /// <summary>The lower time bound of an edge that has none.</summary>
    public const int OpenStart = int.MinValue;

    /// <summary>The upper time bound of an edge that has none.</summary>
    public const int OpenEnd = int.MaxValue;

    /// <summary>The largest number of relation types an index holds: row types are stored as 16-bit ordinals.</summary>
    public const int MaxTypeCount = ushort.MaxValue + 1;

    private const int ParallelBuildThreshold = 1 << 18;

    /// <summary>Builds the index from parallel arrays (which it keeps; callers must not change them).</summary>
    /// <param name="nodeKinds">The kind ordinal of each node; its length is the node count.</param>
    /// <param name="kindCount">The number of kinds.</param>
    /// <param name="edgeSources">The source node of each edge; its length is the edge count.</param>
    /// <param name="edgeTargets">The target node of each edge.</param>
    /// <param name="edgeTypes">The type ordinal of each edge.</param>
    /// <param name="typeCount">The number of relation types.</param>
    /// <param name="edgeCertainties">The <see cref="Certainty"/> of each edge, or <see langword="null"/> when all are stated.</param>
    /// <param name="edgeEarliest">The first day number of each edge (<see cref="OpenStart"/> when open), or <see langword="null"/> when no edge is dated.</param>
    /// <param name="edgeLatest">The last day number of each edge (<see cref="OpenEnd"/> when open), with <paramref name="edgeEarliest"/>.</param>
    /// <param name="typePolarities">The <see cref="Polarity"/> of each type, or <see langword="null"/> when all are neutral.</param>
    public GraphIndex(
        int[] nodeKinds,
        int kindCount,
        int[] edgeSources,
        int[] edgeTargets,
        int[] edgeTypes,
        int typeCount,
        Certainty[]? edgeCertainties = null,
        int[]? edgeEarliest = null,
        int[]? edgeLatest = null,
        Polarity[]? typePolarities = null)
    {
        var edgeCount = edgeSources.Length;
        if (edgeTargets.Length != edgeCount || edgeTypes.Length != edgeCount
            || (edgeCertainties is not null && edgeCertainties.Length != edgeCount)
            || (edgeEarliest is null) != (edgeLatest is null)
            || (edgeEarliest is not null && (edgeEarliest.Length != edgeCount || edgeLatest!.Length != edgeCount))
            || (typePolarities is not null && typePolarities.Length != typeCount))
        {
            throw new ArgumentException("The edge arrays must all have one entry per edge, and the type array one per type.");
        }

        if (typeCount > MaxTypeCount)
        {
            throw new ArgumentOutOfRangeException(nameof(typeCount), typeCount, $"An index holds at most {MaxTypeCount} relation types.");
        }

        NodeCount = nodeKinds.Length;
        EdgeCount = edgeCount;
        KindCount = kindCount;
        TypeCount = typeCount;
        NodeKinds = nodeKinds;
        EdgeSources = edgeSources;
        EdgeTargets = edgeTargets;
        EdgeTypes = edgeTypes;
        EdgeCertainties = edgeCertainties;
        EdgeEarliest = edgeEarliest;
        EdgeLatest = edgeLatest;
        TypePolarities = typePolarities;
        CheckRange(nodeKinds, kindCount, nameof(nodeKinds));
        CheckRange(edgeSources, NodeCount, nameof(edgeSources));
        CheckRange(edgeTargets, NodeCount, nameof(edgeTargets));
        CheckRange(edgeTypes, typeCount, nameof(edgeTypes));

        // The two directions are independent counting sorts: on large graphs they run side by side.
        Rows outgoing = default, incoming = default;
        if (edgeCount >= ParallelBuildThreshold && Environment.ProcessorCount > 1)
        {
            Parallel.Invoke(
                () => outgoing = BuildRows(NodeCount, edgeSources, edgeTargets, edgeTypes),
                () => incoming = BuildRows(NodeCount, edgeTargets, edgeSources, edgeTypes));
        }
        else
        {
            outgoing = BuildRows(NodeCount, edgeSources, edgeTargets, edgeTypes);
            incoming = BuildRows(NodeCount, edgeTargets, edgeSources, edgeTypes);
        }

        (OutOffsets, OutEdges, OutNodes, OutTypes) = outgoing;
        (InOffsets, InEdges, InNodes, InTypes) = incoming;
        AllFactual = edgeCertainties is null || Array.TrueForAll(edgeCertainties, c => c.IsFactual());
    }

    public int NodeCount { get; }

    public int EdgeCount { get; }

    public int KindCount { get; }

    public int TypeCount { get; }

    public int[] NodeKinds { get; }

    public int[] EdgeSources { get; }

    public int[] EdgeTargets { get; }

    public int[] EdgeTypes { get; }

    public Certainty[]? EdgeCertainties { get; }

    public int[]? EdgeEarliest { get; }

    public int[]? EdgeLatest { get; }

    public Polarity[]? TypePolarities { get; }

    /// <summary>Gets whether every edge is stated or reported, so certainty never filters an edge out.</summary>
    public bool AllFactual { get; }

    /// <summary>Gets where each node's outgoing row starts in <see cref="OutEdges"/>; one more entry than nodes.</summary>
    public int[] OutOffsets { get; }

    /// <summary>Gets the outgoing edges' ordinals, row by row.</summary>
    public int[] OutEdges { get; }

    /// <summary>Gets the outgoing edges' targets, parallel to <see cref="OutEdges"/>.</summary>
    public int[] OutNodes { get; }

    /// <summary>Gets the outgoing edges' type ordinals, parallel to <see cref="OutEdges"/> (read in order by filtered scans).</summary>
    public ushort[] OutTypes { get; }

    /// <summary>Gets where each node's incoming row starts in <see cref="InEdges"/>; one more entry than nodes.</summary>
    public int[] InOffsets { get; }

    /// <summary>Gets the incoming edges' ordinals, row by row.</summary>
    public int[] InEdges { get; }

    /// <summary>Gets the incoming edges' sources, parallel to <see cref="InEdges"/>.</summary>
    public int[] InNodes { get; }

    /// <summary>Gets the incoming edges' type ordinals, parallel to <see cref="InEdges"/>.</summary>
    public ushort[] InTypes { get; }

    /// <summary>Gets the bytes the index's arrays take (not counting the scratch arrays of traversals).</summary>
    public long ArrayBytes =>
        (4L * (NodeKinds.Length + OutOffsets.Length + InOffsets.Length))
        + (4L * (EdgeSources.Length + EdgeTargets.Length + EdgeTypes.Length + OutEdges.Length + OutNodes.Length + InEdges.Length + InNodes.Length))
        + (2L * (OutTypes.Length + InTypes.Length))
        + (EdgeCertainties?.Length ?? 0) * 4L + (EdgeEarliest?.Length ?? 0) * 8L;

    /// <summary>Builds the index of a loaded graph: ordinals are positions in its arrays.</summary>
    public static GraphIndex FromGraph(Graph graph)
    {
        var kinds = Ordinals(graph.EntityKinds.Select(k => k.Name));
        var types = Ordinals(graph.RelationTypes.Select(t => t.Name));
        var nodes = Ordinals(graph.Entities.Select(e => e.Id));
        var relations = graph.Relations;
        var sources = new int[relations.Length];
        var targets = new int[relations.Length];
        var edgeTypes = new int[relations.Length];
        var certainties = new Certainty[relations.Length];
        var earliest = new int[relations.Length];
        var latest = new int[relations.Length];
        for (var e = 0; e < relations.Length; e++)
        {
            var relation = relations[e];
            sources[e] = nodes[relation.Source];
            targets[e] = nodes[relation.Target];
            edgeTypes[e] = types[relation.Type];
            certainties[e] = relation.Certainty;
            earliest[e] = relation.Time.Earliest?.DayNumber ?? OpenStart;
            latest[e] = relation.Time.Latest?.DayNumber ?? OpenEnd;
        }

        return new GraphIndex(
            graph.Entities.Select(e => kinds[e.Kind]).ToArray(),
            kinds.Count,
            sources,
            targets,
            edgeTypes,
            types.Count,
            certainties,
            earliest,
            latest,
            graph.RelationTypes.Select(t => t.Polarity).ToArray());
    }

    /// <summary>Gets whether the edge's certainty is followed by default (stated or reported).</summary>
    public bool IsFactual(int edge) => EdgeCertainties is null || EdgeCertainties[edge].IsFactual();

    /// <summary>Maps each key to its position in the sequence.</summary>
    public static FrozenDictionary<string, int> Ordinals(IEnumerable<string> keys) =>
        keys.Select((key, ordinal) => (key, ordinal)).ToFrozenDictionary(p => p.key, p => p.ordinal, StringComparer.Ordinal);

    private static void CheckRange(int[] values, int count, string name)
    {
        foreach (var value in values)
        {
            if ((uint)value >= (uint)count)
            {
                throw new ArgumentOutOfRangeException(name, value, $"An ordinal is outside 0..{count - 1}.");
            }
        }
    }

    // A counting sort by row key, stable in edge ordinal, so each row lists its edges in data order.
    private static Rows BuildRows(int nodeCount, int[] rowKeys, int[] otherEnds, int[] types)
    {
        var offsets = new int[nodeCount + 1];
        foreach (var key in rowKeys)
        {
            offsets[key + 1]++;
        }

        for (var v = 0; v < nodeCount; v++)
        {
            offsets[v + 1] += offsets[v];
        }

        var next = offsets.AsSpan(0, nodeCount).ToArray();
        var edges = new int[rowKeys.Length];
        var nodes = new int[rowKeys.Length];
        var rowTypes = new ushort[rowKeys.Length];
        for (var e = 0; e < rowKeys.Length; e++)
        {
            var slot = next[rowKeys[e]]++;
            edges[slot] = e;
            nodes[slot] = otherEnds[e];
            rowTypes[slot] = (ushort)types[e];
        }

        return new Rows(offsets, edges, nodes, rowTypes);
    }

    private readonly record struct Rows(int[] Offsets, int[] Edges, int[] Nodes, ushort[] Types);
}
