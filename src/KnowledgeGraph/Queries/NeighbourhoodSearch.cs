namespace KnowledgeGraph.Queries;

/// <summary>The k-hop neighbourhood of a node by breadth-first search on the index.</summary>
internal static class NeighbourhoodSearch
{
    /// <summary>The nodes reached with their distances, and the induced relations among them.</summary>
    /// <param name="Nodes">The nodes and distances, the center first, then by distance and ordinal.</param>
    /// <param name="Edges">The induced edges in ordinal order.</param>
    /// <param name="NodeCapHit">Whether a node was left out because of the node cap.</param>
    public sealed record Result(List<(int Node, int Distance)> Nodes, List<int> Edges, bool NodeCapHit);

    public static Result Explore(Traversal traversal, int center, int depth, int maxNodes)
    {
        traversal.BlockExcluded(center, -1);
        var side = traversal.Scratch.Forward;
        side.Start(center);
        var nodes = new List<(int Node, int Distance)> { (center, 0) };
        var visitor = new CollectVisitor { Traversal = traversal, Side = side, Nodes = nodes, MaxNodes = maxNodes };
        for (var level = 0; level < depth && side.Frontier.Count > 0; level++)
        {
            if (!traversal.ExpandFrontier(side, reverse: false, ref visitor))
            {
                break;
            }

            side.Advance();
        }

        nodes.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : a.Node.CompareTo(b.Node));
        return new Result(nodes, InducedEdges(traversal, side.Visited, nodes), visitor.Stopped);
    }

    // Every relation between two reached nodes that passes the filter's relation conditions, in either direction.
    private static List<int> InducedEdges(Traversal traversal, NodeMarks reached, List<(int Node, int Distance)> nodes)
    {
        var index = traversal.Index;
        var edges = new List<int>();
        foreach (var (node, _) in nodes)
        {
            for (var i = index.OutOffsets[node]; i < index.OutOffsets[node + 1]; i++)
            {
                var edge = index.OutEdges[i];
                if (reached.Contains(index.OutNodes[i]) && traversal.Filter.AllowsRelation(edge))
                {
                    edges.Add(edge);
                }
            }
        }

        edges.Sort();
        return edges;
    }

    private struct CollectVisitor : IFrontierVisitor
    {
        public Traversal Traversal;
        public SearchSide Side;
        public List<(int Node, int Distance)> Nodes;
        public int MaxNodes;

        public int From { get; set; }

        /// <summary>Gets whether a node was left out because of the node cap.</summary>
        public bool Stopped { get; private set; }

        public bool Step(int edge, int node)
        {
            if (Nodes.Count >= MaxNodes && !Side.Visited.Contains(node) && Traversal.CanEnter(node))
            {
                Stopped = true;
                return false;
            }

            var before = Side.Next.Count;
            var more = Traversal.Discover(Side, edge, node, From);
            if (Side.Next.Count > before)
            {
                Nodes.Add((node, Side.Distance[node]));
            }

            return more;
        }
    }
}
