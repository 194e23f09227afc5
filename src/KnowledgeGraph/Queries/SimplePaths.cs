namespace KnowledgeGraph.Queries;

/// <summary>Every simple path of at most some length between two nodes, by a depth-first search that meets the target's last hops.</summary>
/// <remarks>
/// The allowed steps into the target are gathered first, grouped by the node they leave (a linked list per node in
/// scratch arrays). The search then never scans the rows of the last node before the target: a path ends at a node
/// by taking each of its last hops, and a node two hops from the end is extended only to nodes that have one. With
/// a length of 3 this costs the 2-hop scan from the start plus the target's row, where a plain search would also
/// scan every row at distance 2.
/// </remarks>
internal static class SimplePaths
{
    /// <summary>Finds the simple paths from <paramref name="start"/> to <paramref name="target"/> of at most <paramref name="maxLength"/> steps.</summary>
    /// <param name="traversal">The traversal: filter, excluded entities (the endpoints exempt) and visit budget.</param>
    /// <param name="start">The start node.</param>
    /// <param name="target">The target node.</param>
    /// <param name="maxLength">The largest number of steps.</param>
    /// <param name="maxPaths">The largest number of paths returned.</param>
    /// <param name="more">Set when more than <paramref name="maxPaths"/> paths exist.</param>
    /// <returns>The paths, ordered by cost, length and edge ordinals; parallel edges give distinct paths.</returns>
    public static List<IndexPath> Find(Traversal traversal, int start, int target, int maxLength, int maxPaths, out bool more)
    {
        more = false;
        traversal.BlockExcluded(start, target);
        if (start == target)
        {
            return [IndexPath.Empty(start)];
        }

        var search = new Search(traversal, start, target, maxLength, maxPaths);
        search.Run();
        var paths = search.Paths;
        more = paths.Count > maxPaths;
        if (more)
        {
            paths.RemoveAt(paths.Count - 1);
        }

        paths.Sort(IndexPath.Compare);
        return paths;
    }

    private sealed class Search(Traversal traversal, int start, int target, int maxLength, int maxPaths)
    {
        private readonly LastHops lastHops = traversal.Scratch.LastHops;
        private readonly NodeMarks onPath = traversal.Scratch.Forward.Visited;
        private readonly int[] nodes = new int[maxLength + 1];
        private readonly int[] edges = new int[maxLength + 1];

        public List<IndexPath> Paths { get; } = [];

        private bool Stopped => Paths.Count > maxPaths || traversal.BudgetExhausted;

        public void Run()
        {
            lastHops.Clear();
            var collector = new LastHopCollector { LastHops = lastHops, Target = target };
            traversal.ScanSteps(target, reverse: true, ref collector);
            lastHops.Link();
            if (lastHops.Count == 0)
            {
                return;
            }

            onPath.Clear();
            onPath.Add(start);
            nodes[0] = start;
            Extend(start, 0);
        }

        // nodes[0..depth] is a simple path from the start; finish it at the target, then extend it.
        private void Extend(int node, int depth)
        {
            for (var hop = lastHops.First(node); hop >= 0 && !Stopped; hop = lastHops.Next(hop))
            {
                edges[depth] = lastHops.Edge(hop);
                nodes[depth + 1] = target;
                Emit(depth + 1);
            }

            if (maxLength - depth < 2 || Stopped)
            {
                return;
            }

            var visitor = new ExtendVisitor { Search = this, Depth = depth };
            traversal.ScanSteps(node, reverse: false, ref visitor);
        }

        private bool Step(int edge, int node, int depth)
        {
            if (node == target || onPath.Contains(node) || !traversal.CanEnter(node)
                || (maxLength - depth == 2 && lastHops.First(node) < 0))
            {
                return true;
            }

            if (!traversal.TryVisit())
            {
                return false;
            }

            edges[depth] = edge;
            nodes[depth + 1] = node;
            onPath.Add(node);
            Extend(node, depth + 1);
            onPath.Remove(node);
            return !Stopped;
        }

        private void Emit(int length)
        {
            var cost = 0.0;
            for (var i = 0; i < length; i++)
            {
                cost += traversal.Filter.Cost(edges[i]);
            }

            Paths.Add(new IndexPath(nodes.AsSpan(0, length + 1).ToArray(), edges.AsSpan(0, length).ToArray(), cost));
        }

        private struct ExtendVisitor : IStepVisitor
        {
            public Search Search;
            public int Depth;

            public readonly bool Step(int edge, int node) => Search.Step(edge, node, Depth);
        }

        private struct LastHopCollector : IStepVisitor
        {
            public LastHops LastHops;
            public int Target;

            public readonly bool Step(int edge, int node)
            {
                if (node != Target)
                {
                    LastHops.Add(node, edge);
                }

                return true;
            }
        }
    }
}

/// <summary>The allowed steps into a target grouped by the node they leave: per node, a list in scan order.</summary>
internal sealed class LastHops(int nodeCount)
{
    private readonly NodeMarks hasHops = new(nodeCount);
    private readonly int[] first = new int[nodeCount];
    private readonly List<int> fromNodes = [];
    private readonly List<int> hopEdges = [];
    private readonly List<int> next = [];

    public int Count => hopEdges.Count;

    public void Clear()
    {
        hasHops.Clear();
        fromNodes.Clear();
        hopEdges.Clear();
        next.Clear();
    }

    public void Add(int node, int edge)
    {
        fromNodes.Add(node);
        hopEdges.Add(edge);
    }

    /// <summary>Links each node's hops, keeping the order they were added in.</summary>
    public void Link()
    {
        for (var i = 0; i < fromNodes.Count; i++)
        {
            next.Add(-1);
        }

        for (var i = fromNodes.Count - 1; i >= 0; i--)
        {
            var node = fromNodes[i];
            next[i] = hasHops.Contains(node) ? first[node] : -1;
            hasHops.Add(node);
            first[node] = i;
        }
    }

    /// <summary>Gets the first hop leaving the node, or -1.</summary>
    public int First(int node) => hasHops.Contains(node) ? first[node] : -1;

    public int Next(int hop) => next[hop];

    public int Edge(int hop) => hopEdges[hop];
}
