using System.Runtime.CompilerServices;
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
        var levelEnds = traversal.Scratch.ReachedLevelEnds;
        var nodes = new List<(int Node, int Distance)>(reached.Length + 1) { (center, 0) };
        for (int i = 0, level = 0; i < reached.Length; i++)
        {
            while (i >= levelEnds[level])
            {
                level++;
            }

            nodes.Add((reached[i], level + 1));
        }

        nodes.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : a.Node.CompareTo(b.Node));
        return new Result(nodes, InducedEdges(traversal, side.Visited, nodes), capHit);
    }

    /// <summary>
    /// Finds the nodes within <paramref name="depth"/> allowed hops of <paramref name="center"/>, without allocating:
    /// they are left in <c>traversal.Scratch.Reached</c> (the center excluded) in breadth-first order, with the end of
    /// each distance's run in <c>Scratch.ReachedLevelEnds</c>, and marked in <c>Scratch.Forward.Visited</c> (the center included).
    /// </summary>
    /// <param name="traversal">The traversal: filter, excluded entities (the center exempt) and visit budget.</param>
    /// <param name="center">The center node.</param>
    /// <param name="depth">The largest hop distance.</param>
    /// <param name="maxNodes">The largest number of nodes, the center included.</param>
    /// <returns>Whether a node was left out because of <paramref name="maxNodes"/>.</returns>
    public static bool Reach(Traversal traversal, int center, int depth, int maxNodes)
    {
        traversal.BlockExcluded(center, -1);
        var visited = traversal.Scratch.Forward.Visited;
        var reached = traversal.Scratch.Reached;
        var levelEnds = traversal.Scratch.ReachedLevelEnds;
        visited.Clear();
        visited.Add(center);
        reached.Clear();
        levelEnds.Clear();
        var visitor = new ReachVisitor
        {
            Traversal = traversal,
            Marks = visited.Array,
            Epoch = visited.Epoch,
            CheckEnter = traversal.HasNodeConditions,
            Reached = reached,
            MaxReached = maxNodes - 1,
        };
        traversal.ScanSteps(center, reverse: false, ref visitor);
        levelEnds.Add(reached.Count);
        var levelStart = 0;
        for (var level = 2; level <= depth && !visitor.CapHit && !traversal.BudgetExhausted; level++)
        {
            var levelEnd = reached.Count;
            for (var i = levelStart; i < levelEnd && !visitor.CapHit && !traversal.BudgetExhausted; i++)
            {
                traversal.ScanSteps(reached[i], reverse: false, ref visitor);
            }

            levelEnds.Add(reached.Count);
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

    // The mark array and epoch are copied into the visitor, so the per-edge check is one array read.
    private struct ReachVisitor : IStepVisitor
    {
        public Traversal Traversal;
        public int[] Marks;
        public int Epoch;
        public bool CheckEnter;
        public List<int> Reached;
        public int MaxReached;

        /// <summary>Gets whether a node was left out because of the node cap.</summary>
        public bool CapHit { get; private set; }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Step(int edge, int node)
        {
            if (Marks[node] == Epoch || (CheckEnter && !Traversal.CanEnter(node)))
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

            Marks[node] = Epoch;
            Reached.Add(node);
            return true;
        }
    }
}
