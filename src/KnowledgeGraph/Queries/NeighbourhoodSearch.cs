using System.Runtime.InteropServices;

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
        var capHit = Reach(traversal, center, depth, maxNodes);
        var side = traversal.Scratch.Forward;
        var reached = CollectionsMarshal.AsSpan(traversal.Scratch.Reached);
        var nodes = new List<(int Node, int Distance)>(reached.Length + 1) { (center, 0) };
        foreach (var node in reached)
        {
            nodes.Add((node, side.Distance[node]));
        }

        nodes.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : a.Node.CompareTo(b.Node));
        return new Result(nodes, InducedEdges(traversal, side.Visited, nodes), capHit);
    }

    /// <summary>
    /// Finds the nodes within <paramref name="depth"/> allowed hops of <paramref name="center"/>, without allocating:
    /// they are left in <c>traversal.Scratch.Reached</c> (the center excluded) in breadth-first order, marked in
    /// <c>Scratch.Forward.Visited</c> (the center included) with their hop distance in <c>Scratch.Forward.Distance</c>.
    /// </summary>
    /// <param name="traversal">The traversal: filter, excluded entities (the center exempt) and visit budget.</param>
    /// <param name="center">The center node.</param>
    /// <param name="depth">The largest hop distance.</param>
    /// <param name="maxNodes">The largest number of nodes, the center included.</param>
    /// <returns>Whether a node was left out because of <paramref name="maxNodes"/>.</returns>
    public static bool Reach(Traversal traversal, int center, int depth, int maxNodes)
    {
        traversal.BlockExcluded(center, -1);
        var side = traversal.Scratch.Forward;
        var reached = traversal.Scratch.Reached;
        side.Visited.Clear();
        side.Visited.Add(center);
        side.Distance[center] = 0;
        reached.Clear();
        var visitor = new ReachVisitor { Traversal = traversal, Side = side, Reached = reached, MaxReached = maxNodes - 1, Distance = 1 };
        traversal.ScanSteps(center, reverse: false, ref visitor);
        var levelStart = 0;
        for (var level = 2; level <= depth && !visitor.Stopped && !traversal.BudgetExhausted; level++)
        {
            var levelEnd = reached.Count;
            visitor.Distance = level;
            for (var i = levelStart; i < levelEnd && !visitor.Stopped && !traversal.BudgetExhausted; i++)
            {
                traversal.ScanSteps(reached[i], reverse: false, ref visitor);
            }

            levelStart = levelEnd;
        }

        return visitor.CapHit;
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

    private struct ReachVisitor : IStepVisitor
    {
        public Traversal Traversal;
        public SearchSide Side;
        public List<int> Reached;
        public int MaxReached;
        public int Distance;

        /// <summary>Gets whether a node was left out because of the node cap.</summary>
        public bool CapHit { get; private set; }

        public readonly bool Stopped => CapHit;

        public bool Step(int edge, int node)
        {
            if (Side.Visited.Contains(node) || !Traversal.CanEnter(node))
            {
                return true;
            }

            if (Reached.Count >= MaxReached)
            {
                CapHit = true;
                return false;
            }

            if (!Traversal.TryVisit())
            {
                return false;
            }

            Side.Visited.Add(node);
            Side.Distance[node] = Distance;
            Reached.Add(node);
            return true;
        }
    }
}
