namespace KnowledgeGraph.Queries;

/// <summary>A path on the index: node ordinals (one more than the edges), edge ordinals and its cost.</summary>
internal sealed class IndexPath(int[] nodes, int[] edges, double cost)
{
    public int[] Nodes { get; } = nodes;

    public int[] Edges { get; } = edges;

    public double Cost { get; } = cost;

    public int Length => Edges.Length;

    public static IndexPath Empty(int node) => new([node], [], 0);

    /// <summary>Orders paths by cost, then length, then their edge ordinals, so results are deterministic.</summary>
    public static int Compare(IndexPath a, IndexPath b)
    {
        var byCost = a.Cost.CompareTo(b.Cost);
        if (byCost != 0)
        {
            return byCost;
        }

        var byLength = a.Length.CompareTo(b.Length);
        return byLength != 0 ? byLength : a.Edges.AsSpan().SequenceCompareTo(b.Edges);
    }

    /// <summary>Compares edge sequences by value, for de-duplicating paths.</summary>
    public sealed class EdgeSequenceComparer : IEqualityComparer<int[]>
    {
        public static readonly EdgeSequenceComparer Instance = new();

        public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(int[] obj)
        {
            var hash = default(HashCode);
            foreach (var edge in obj)
            {
                hash.Add(edge);
            }

            return hash.ToHashCode();
        }
    }
}
