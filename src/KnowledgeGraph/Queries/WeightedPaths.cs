using QuikGraph;
using QuikGraph.Algorithms.Observers;
using QuikGraph.Algorithms.ShortestPath;

namespace KnowledgeGraph.Queries;

/// <summary>
/// Cheapest paths under a <see cref="PathWeighting"/> with at most a given number of hops, by QuikGraph's
/// Dijkstra over an adapter of the index.
/// </summary>
/// <remarks>
/// A hop limit makes the plain node graph the wrong search space (the cheapest path may be too long), so the
/// adapter exposes <em>states</em> (node, hops so far): Dijkstra on them is exact for the hop-bounded problem.
/// Two BFSs first keep only nodes that lie on some path of at most <c>maxLength</c> hops (forward distance plus
/// backward distance within the limit), which bounds the states and counts the visits against the budget.
/// Every weight is positive, so the cheapest walk never repeats a node and the result is a simple path.
/// </remarks>
internal static class WeightedPaths
{
    public static IndexPath? Cheapest(Traversal traversal, int start, int target, int maxLength, ref bool lengthCut)
    {
        if (start == target)
        {
            return IndexPath.Empty(start);
        }

        var forward = traversal.Scratch.Forward;
        var backward = traversal.Scratch.Backward;
        var reached = new List<int>();
        if (!Reach(traversal, forward, start, target, maxLength, reverse: false, reached, ref lengthCut)
            | !Reach(traversal, backward, target, start, maxLength, reverse: true, null, ref lengthCut)
            || traversal.BudgetExhausted
            || !forward.Visited.Contains(target))
        {
            return null;
        }

        var graph = new LayeredGraph(traversal, start, target, maxLength, reached);
        var dijkstra = new DijkstraShortestPathAlgorithm<int, StateEdge>(graph, e => traversal.Filter.Cost(e.Edge));
        var recorder = new VertexPredecessorRecorderObserver<int, StateEdge>();
        var found = -1;
        dijkstra.ExamineVertex += state =>
        {
            // Dijkstra examines states cheapest first: the first target state is the answer.
            if (graph.NodeOf(state) == target)
            {
                found = state;
                dijkstra.Abort();
            }
            else if (!traversal.TryVisit())
            {
                dijkstra.Abort();
            }
        };
        using (recorder.Attach(dijkstra))
        {
            // QuikGraph swallows the OperationCanceledException that TryVisit throws; it is rethrown below.
            dijkstra.Compute(graph.StateOf(start, 0));
        }

        traversal.ThrowIfCancellationRequested();
        if (found < 0 || !recorder.TryGetPath(found, out var stateEdges))
        {
            return null;
        }

        var edges = stateEdges.Select(e => e.Edge).ToArray();
        var nodes = new int[edges.Length + 1];
        nodes[0] = start;
        var i = 1;
        var cost = 0.0;
        foreach (var stateEdge in stateEdges)
        {
            nodes[i++] = graph.NodeOf(stateEdge.Target);
            cost += traversal.Filter.Cost(stateEdge.Edge);
        }

        return new IndexPath(nodes, edges, cost);
    }

    // A BFS from `root` to depth maxLength that marks `stop` (the other endpoint) without expanding it.
    private static bool Reach(
        Traversal traversal, SearchSide side, int root, int stop, int maxLength, bool reverse, List<int>? reached, ref bool lengthCut)
    {
        side.Start(root);
        reached?.Add(root);
        var visitor = new ReachVisitor { Traversal = traversal, Side = side, Stop = stop, Reached = reached };
        for (var depth = 0; side.Frontier.Count > 0; depth++)
        {
            if (depth >= maxLength)
            {
                lengthCut = true;
                break;
            }

            if (!traversal.ExpandFrontier(side, reverse, ref visitor))
            {
                return false;
            }

            side.Advance();
        }

        return true;
    }

    private struct ReachVisitor : IFrontierVisitor
    {
        public Traversal Traversal;
        public SearchSide Side;
        public int Stop;
        public List<int>? Reached;

        public int From { get; set; }

        public readonly bool Stopped => false;

        public bool Step(int edge, int node)
        {
            if (node == Stop)
            {
                // The other endpoint is marked, never expanded.
                if (Side.Visited.Contains(node))
                {
                    return true;
                }

                if (!Traversal.TryVisit())
                {
                    return false;
                }

                Side.Mark(node, Side.Distance[From] + 1, edge, From);
                Reached?.Add(node);
                return true;
            }

            var before = Side.Next.Count;
            var more = Traversal.Discover(Side, edge, node, From);
            if (Side.Next.Count > before)
            {
                Reached?.Add(node);
            }

            return more;
        }
    }

    /// <summary>A step between two states, carrying the index edge it traverses.</summary>
    private readonly record struct StateEdge(int Source, int Target, int Edge) : IEdge<int>;

    private struct StateEdgeCollector : IStepVisitor
    {
        public LayeredGraph Graph;
        public int State;
        public int Hops;
        public List<StateEdge> Edges;

        public readonly bool Step(int edge, int node)
        {
            if (Graph.Allows(node, Hops + 1))
            {
                Edges.Add(new StateEdge(State, Graph.StateOf(node, Hops + 1), edge));
            }

            return true;
        }
    }

    /// <summary>
    /// The states (node, hops) of nodes on some short enough path, as a QuikGraph vertex list graph: a state
    /// of node v with h hops exists when v's forward distance ≤ h ≤ maxLength − v's backward distance.
    /// </summary>
    private sealed class LayeredGraph(Traversal traversal, int start, int target, int maxLength, List<int> reached)
        : IVertexListGraph<int, StateEdge>
    {
        private readonly SearchSide forward = traversal.Scratch.Forward;
        private readonly SearchSide backward = traversal.Scratch.Backward;

        public bool IsDirected => true;

        public bool AllowParallelEdges => true;

        public bool IsVerticesEmpty => false;

        public int VertexCount => Vertices.Count();

        public IEnumerable<int> Vertices =>
            reached.SelectMany(node => Enumerable.Range(0, maxLength + 1).Where(h => Allows(node, h)).Select(h => StateOf(node, h)));

        public int StateOf(int node, int hops) => (node * (maxLength + 1)) + hops;

        public int NodeOf(int state) => state / (maxLength + 1);

        public bool Allows(int node, int hops) =>
            forward.Visited.Contains(node) && backward.Visited.Contains(node)
            && forward.Distance[node] <= hops && hops + backward.Distance[node] <= maxLength
            && (node != start || hops == 0);

        public bool ContainsVertex(int vertex) => Allows(NodeOf(vertex), vertex % (maxLength + 1));

        public IEnumerable<StateEdge> OutEdges(int vertex)
        {
            var node = NodeOf(vertex);
            var collector = new StateEdgeCollector { Graph = this, State = vertex, Hops = vertex % (maxLength + 1), Edges = [] };
            if (node != target && collector.Hops < maxLength)
            {
                traversal.ScanSteps(node, reverse: false, ref collector);
            }

            return collector.Edges;
        }

        public bool IsOutEdgesEmpty(int vertex) => !OutEdges(vertex).Any();

        public int OutDegree(int vertex) => OutEdges(vertex).Count();

        public bool TryGetOutEdges(int vertex, out IEnumerable<StateEdge> edges)
        {
            edges = OutEdges(vertex);
            return ContainsVertex(vertex);
        }

        public StateEdge OutEdge(int vertex, int index) => OutEdges(vertex).ElementAt(index);

        public bool ContainsEdge(int source, int target) => OutEdges(source).Any(e => e.Target == target);

        public bool TryGetEdge(int source, int target, out StateEdge edge)
        {
            foreach (var candidate in OutEdges(source).Where(e => e.Target == target))
            {
                edge = candidate;
                return true;
            }

            edge = default;
            return false;
        }

        public bool TryGetEdges(int source, int target, out IEnumerable<StateEdge> edges)
        {
            edges = OutEdges(source).Where(e => e.Target == target).ToList();
            return ContainsVertex(source);
        }
    }
}
