using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using KnowledgeGraph.Storage;

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
        var forwardLinks = traversal.Scratch.ForwardLinks;
        var backwardLinks = traversal.Scratch.BackwardLinks;
        forward.StartBare(start);
        backward.StartBare(target);
        forwardLinks[2 * start] = -1;
        backwardLinks[2 * target] = -1;
        int forwardDepth = 0, backwardDepth = 0;
        while (forward.Frontier.Count > 0 && backward.Frontier.Count > 0)
        {
            if (forwardDepth + backwardDepth >= maxLength)
            {
                lengthCut = true;
                return null;
            }

            var expandForward = forward.Frontier.Count <= backward.Frontier.Count;
            var side = expandForward ? forward : backward;
            var other = expandForward ? backward : forward;
            var visitor = new MeetVisitor
            {
                Traversal = traversal,
                CheckEnter = traversal.HasNodeConditions,
                Marks = side.Visited.Array,
                Epoch = side.Visited.Epoch,
                OtherMarks = other.Visited.Array,
                OtherEpoch = other.Visited.Epoch,
                Links = expandForward ? forwardLinks : backwardLinks,
                Next = side.Next,
                MeetEdge = -1,
            };
            if (!ExpandLevel(traversal, side, reverse: !expandForward, ref visitor))
            {
                return !visitor.Stopped ? null
                    : expandForward ? Join(traversal, visitor.From, visitor.MeetEdge, visitor.MeetNode)
                    : Join(traversal, visitor.MeetNode, visitor.MeetEdge, visitor.From);
            }

            side.Advance();
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

    // The bidirectional search records parents only: each half's length is the length of its parent chain.
    private static IndexPath Join(Traversal traversal, int forwardNode, int edge, int backwardNode)
    {
        var forward = traversal.Scratch.ForwardLinks;
        var backward = traversal.Scratch.BackwardLinks;
        var forwardLength = ChainLength(forward, forwardNode);
        var length = forwardLength + 1 + ChainLength(backward, backwardNode);
        var nodes = new int[length + 1];
        var edges = new int[length];
        var i = forwardLength;
        for (var node = forwardNode; i >= 0; node = forward[2 * node], i--)
        {
            nodes[i] = node;
            if (i > 0)
            {
                edges[i - 1] = forward[(2 * node) + 1];
            }
        }

        i = forwardLength;
        edges[i] = edge;
        for (var node = backwardNode; node >= 0; node = backward[2 * node])
        {
            nodes[++i] = node;
            if (i < length)
            {
                edges[i] = backward[(2 * node) + 1];
            }
        }

        var cost = 0.0;
        foreach (var e in edges)
        {
            cost += traversal.Filter.Cost(e);
        }

        return new IndexPath(nodes, edges, cost);
    }

    // Expands one level. When the filter lets every edge of a row through or none (no type, certainty, time or blocked-edge
    // condition), the rows are read by two plain loops, without the per-row set-up of a filtered scan.
    private static bool ExpandLevel(Traversal traversal, SearchSide side, bool reverse, ref MeetVisitor visitor)
    {
        var filter = traversal.Filter;
        var outScan = filter.ScanMode(reverse ? GraphIndex.AgainstBit : GraphIndex.AlongBit);
        var inScan = filter.ScanMode(reverse ? GraphIndex.AlongBit : GraphIndex.AgainstBit);
        if (traversal.HasBlockedEdges || outScan is RowScan.ByType or RowScan.Full || inScan is RowScan.ByType or RowScan.Full)
        {
            return traversal.ExpandFrontier(side, reverse, ref visitor);
        }

        var index = traversal.Index;
        int[] offsets = outScan == RowScan.All ? index.OutOffsets : index.InOffsets, edges = outScan == RowScan.All ? index.OutEdges : index.InEdges;
        var nodes = outScan == RowScan.All ? index.OutNodes : index.InNodes;
        var both = outScan == RowScan.All && inScan == RowScan.All;
        if (outScan == RowScan.None && inScan == RowScan.None)
        {
            return true;
        }

        foreach (var node in CollectionsMarshal.AsSpan(side.Frontier))
        {
            visitor.From = node;
            if (!ScanPlain(offsets, edges, nodes, node, ref visitor)
                || (both && !ScanPlain(index.InOffsets, index.InEdges, index.InNodes, node, ref visitor)))
            {
                return false;
            }

            if (traversal.BudgetExhausted)
            {
                return false;
            }
        }

        return true;
    }

    // The visitor is copied into a local for the loop, so that the JIT can keep its fields in registers.
    private static bool ScanPlain(int[] offsets, int[] edges, int[] nodes, int node, ref MeetVisitor visitor)
    {
        var local = visitor;
        local.RowEdges = edges;
        var more = true;
        var end = offsets[node + 1];
        for (var i = offsets[node]; i < end; i++)
        {
            if (!local.StepAt(i, nodes[i]))
            {
                more = false;
                break;
            }
        }

        visitor = local;
        return more;
    }

    private static int ChainLength(int[] links, int node)
    {
        var length = 0;
        for (var n = links[2 * node]; n >= 0; n = links[2 * n])
        {
            length++;
        }

        return length;
    }

    // Arrays and epochs are copied into the visitor, so the per-edge checks are plain array reads; a discovery writes
    // its parent node and edge side by side. Plain row loops pass the row slot (StepAt) and read the edge ordinal
    // only for a discovery or a meeting.
    private struct MeetVisitor : IFrontierVisitor
    {
        public Traversal Traversal;
        public bool CheckEnter;
        public int[] Marks;
        public int Epoch;
        public int[] OtherMarks;
        public int OtherEpoch;
        public int[] Links;
        public int[] RowEdges;
        public List<int> Next;
        public int MeetEdge;
        public int MeetNode;

        public int From { get; set; }

        public readonly bool Stopped => MeetEdge >= 0;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Step(int edge, int node) => Visit(edge, -1, node);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool StepAt(int slot, int node) => Visit(-1, slot, node);

        // Exactly one of edge and slot is given (the other is -1).
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool Visit(int edge, int slot, int node)
        {
            if (node == From)
            {
                return true;
            }

            if (OtherMarks[node] == OtherEpoch)
            {
                MeetEdge = edge >= 0 ? edge : RowEdges[slot];
                MeetNode = node;
                return false;
            }

            if (Marks[node] == Epoch || (CheckEnter && !Traversal.CanEnter(node)))
            {
                return true;
            }

            if (!Traversal.TryVisit())
            {
                return false;
            }

            Marks[node] = Epoch;
            Links[2 * node] = From;
            Links[(2 * node) + 1] = edge >= 0 ? edge : RowEdges[slot];
            Next.Add(node);
            return true;
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
