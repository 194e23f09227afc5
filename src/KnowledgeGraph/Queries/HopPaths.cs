namespace KnowledgeGraph.Queries;

/// <summary>Fewest-hop paths by breadth-first search on the index.</summary>
internal static class HopPaths
{
    /// <summary>
    /// Finds one fewest-hop path with a bidirectional BFS that expands the smaller frontier one whole level
    /// at a time. The first meeting found is a shortest path: before the level every path of at most
    /// <c>a + b</c> hops would already have met, and the meeting closes one of <c>a + b + 1</c>.
    /// </summary>
    /// <param name="traversal">The traversal; its blocked nodes and edges apply.</param>
    /// <param name="start">The start node.</param>
    /// <param name="target">The target node.</param>
    /// <param name="maxLength">The largest number of hops.</param>
    /// <param name="lengthCut">Set when the search stopped at <paramref name="maxLength"/> with nodes left to expand.</param>
    /// <returns>The path, or <see langword="null"/> when there is none within the length and budget.</returns>
    public static IndexPath? Shortest(Traversal traversal, int start, int target, int maxLength, ref bool lengthCut)
    {
        if (start == target)
        {
            return IndexPath.Empty(start);
        }

        var forward = traversal.Scratch.Forward;
        var backward = traversal.Scratch.Backward;
        forward.Start(start);
        backward.Start(target);
        int forwardDepth = 0, backwardDepth = 0;
        while (forward.Frontier.Count > 0 && backward.Frontier.Count > 0)
        {
            if (forwardDepth + backwardDepth >= maxLength)
            {
                lengthCut = true;
                return null;
            }

            var expandForward = forward.Frontier.Count <= backward.Frontier.Count;
            var visitor = new MeetVisitor
            {
                Traversal = traversal,
                Side = expandForward ? forward : backward,
                Other = expandForward ? backward : forward,
                MeetEdge = -1,
            };
            if (!traversal.ExpandFrontier(visitor.Side, reverse: !expandForward, ref visitor))
            {
                return !visitor.Stopped ? null
                    : expandForward ? Join(traversal, visitor.From, visitor.MeetEdge, visitor.MeetNode)
                    : Join(traversal, visitor.MeetNode, visitor.MeetEdge, visitor.From);
            }

            visitor.Side.Advance();
            if (expandForward)
            {
                forwardDepth++;
            }
            else
            {
                backwardDepth++;
            }
        }

        return null;
    }

    /// <summary>
    /// Finds every fewest-hop path (as edge sequences) by a forward BFS that stops when it reaches the
    /// target, then enumerating the BFS DAG backwards from the target; at most <paramref name="maxPaths"/>.
    /// </summary>
    /// <returns>The paths in edge order, or empty; <paramref name="more"/> is set when more than the cap exist.</returns>
    public static List<IndexPath> AllShortest(
        Traversal traversal, int start, int target, int maxLength, int maxPaths, ref bool lengthCut, out bool more)
    {
        more = false;
        if (start == target)
        {
            return [IndexPath.Empty(start)];
        }

        var side = traversal.Scratch.Forward;
        side.Start(start);
        var visitor = new LevelVisitor { Traversal = traversal, Side = side, Target = target };
        var depth = 0;
        while (side.Frontier.Count > 0 && !visitor.Stopped)
        {
            if (depth >= maxLength)
            {
                lengthCut = true;
                return [];
            }

            if (!traversal.ExpandFrontier(side, reverse: false, ref visitor) && !visitor.Stopped)
            {
                return [];
            }

            side.Advance();
            depth++;
        }

        if (!visitor.Stopped)
        {
            return [];
        }

        var paths = new List<IndexPath>();
        var nodes = new int[depth + 1];
        var edges = new int[depth];
        nodes[depth] = target;
        Enumerate(traversal, side, depth, nodes, edges, paths, maxPaths + 1);
        more = paths.Count > maxPaths;
        if (more)
        {
            paths.RemoveAt(paths.Count - 1);
        }

        paths.Sort(IndexPath.Compare);
        return paths;
    }

    // Fills positions below `position` with every predecessor chain of the BFS DAG back to the start.
    private static void Enumerate(
        Traversal traversal, SearchSide side, int position, int[] nodes, int[] edges, List<IndexPath> paths, int limit)
    {
        if (position == 0)
        {
            paths.Add(new IndexPath((int[])nodes.Clone(), (int[])edges.Clone(), edges.Length));
            return;
        }

        var collector = new PredecessorVisitor { Side = side, Distance = position - 1, Steps = [] };
        traversal.ScanSteps(nodes[position], reverse: true, ref collector);
        foreach (var (edge, node) in collector.Steps)
        {
            nodes[position - 1] = node;
            edges[position - 1] = edge;
            Enumerate(traversal, side, position - 1, nodes, edges, paths, limit);
            if (paths.Count >= limit)
            {
                return;
            }
        }
    }

    private static IndexPath Join(Traversal traversal, int forwardNode, int edge, int backwardNode)
    {
        var forward = traversal.Scratch.Forward;
        var backward = traversal.Scratch.Backward;
        var length = forward.Distance[forwardNode] + 1 + backward.Distance[backwardNode];
        var nodes = new int[length + 1];
        var edges = new int[length];
        var i = forward.Distance[forwardNode];
        for (var node = forwardNode; i >= 0; node = forward.ParentNode[node], i--)
        {
            nodes[i] = node;
            if (i > 0)
            {
                edges[i - 1] = forward.ParentEdge[node];
            }
        }

        i = forward.Distance[forwardNode];
        edges[i] = edge;
        for (var node = backwardNode; node >= 0; node = backward.ParentNode[node])
        {
            nodes[++i] = node;
            if (i < length)
            {
                edges[i] = backward.ParentEdge[node];
            }
        }

        var cost = 0.0;
        foreach (var e in edges)
        {
            cost += traversal.Filter.Cost(e);
        }

        return new IndexPath(nodes, edges, cost);
    }

    private struct MeetVisitor : IFrontierVisitor
    {
        public Traversal Traversal;
        public SearchSide Side;
        public SearchSide Other;
        public int MeetEdge;
        public int MeetNode;

        public int From { get; set; }

        public readonly bool Stopped => MeetEdge >= 0;

        public bool Step(int edge, int node)
        {
            if (node == From)
            {
                return true;
            }

            if (Other.Visited.Contains(node))
            {
                MeetEdge = edge;
                MeetNode = node;
                return false;
            }

            return Traversal.Discover(Side, edge, node, From);
        }
    }

    private struct LevelVisitor : IFrontierVisitor
    {
        public Traversal Traversal;
        public SearchSide Side;
        public int Target;

        public int From { get; set; }

        public bool Stopped { get; private set; }

        public bool Step(int edge, int node)
        {
            if (node == Target)
            {
                Stopped = true;
                return false;
            }

            return Traversal.Discover(Side, edge, node, From);
        }
    }

    private struct PredecessorVisitor : IStepVisitor
    {
        public SearchSide Side;
        public int Distance;
        public List<(int Edge, int Node)> Steps;

        public bool Step(int edge, int node)
        {
            if (Side.Visited.Contains(node) && Side.Distance[node] == Distance)
            {
                Steps.Add((edge, node));
            }

            return true;
        }
    }
}
