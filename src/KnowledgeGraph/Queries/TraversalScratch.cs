using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Queries;

/// <summary>
/// The scratch arrays of traversals on one index, kept for reuse: traversals rent them per query and give them
/// back. Held beside the index (not in it), so that the storage layer knows nothing of traversals.
/// </summary>
internal sealed class TraversalScratchPool
{
    private const int MaxPooled = 16;
    private static readonly ConditionalWeakTable<GraphIndex, TraversalScratchPool> Pools = [];
    private readonly ConcurrentBag<TraversalScratch> pool = [];
    private readonly int nodeCount;
    private TraversalScratch? lastReturned;

    private TraversalScratchPool(int nodeCount) => this.nodeCount = nodeCount;

    /// <summary>Gets the pool of an index, made on first use.</summary>
    public static TraversalScratchPool For(GraphIndex index) => Pools.GetValue(index, i => new TraversalScratchPool(i.NodeCount));

    /// <summary>Rents per-thread scratch arrays for one traversal; give them back with <see cref="Return"/>.</summary>
    /// <remarks>One scratch is kept aside in a field: a query after a query takes it back with one atomic exchange.</remarks>
    public TraversalScratch Rent() =>
        Interlocked.Exchange(ref lastReturned, null)
        ?? (pool.TryTake(out var scratch) ? scratch : new TraversalScratch(nodeCount));

    /// <summary>Gives back scratch arrays rented with <see cref="Rent"/>.</summary>
    public void Return(TraversalScratch scratch)
    {
        if (Interlocked.CompareExchange(ref lastReturned, scratch, null) is not null && pool.Count < MaxPooled)
        {
            pool.Add(scratch);
        }
    }
}

/// <summary>
/// A set of node ordinals that clears in O(1): a node is in the set when its mark equals the current
/// epoch, and clearing starts a new epoch (the array is wiped only when the epoch wraps).
/// </summary>
internal sealed class NodeMarks(int nodeCount)
{
    private readonly int[] marks = new int[nodeCount];
    private int epoch = 1;

    /// <summary>Gets the mark array: a node is in the set when its entry equals <see cref="Epoch"/> (for scan loops that keep both in locals).</summary>
    public int[] Array => marks;

    /// <summary>Gets the current epoch.</summary>
    public int Epoch => epoch;

    public bool Contains(int node) => marks[node] == epoch;

    public void Add(int node) => marks[node] = epoch;

    public void Remove(int node) => marks[node] = 0;

    public void Clear()
    {
        if (epoch == int.MaxValue)
        {
            System.Array.Clear(marks);
            epoch = 0;
        }

        epoch++;
    }
}

/// <summary>One side of a breadth-first search: visited marks, distances, BFS-tree parents and frontiers.</summary>
internal sealed class SearchSide(int nodeCount)
{
    public NodeMarks Visited { get; } = new(nodeCount);

    public int[] Distance { get; } = new int[nodeCount];

    public int[] ParentEdge { get; } = new int[nodeCount];

    public int[] ParentNode { get; } = new int[nodeCount];

    public List<int> Frontier { get; private set; } = [];

    public List<int> Next { get; private set; } = [];

    public void Start(int root)
    {
        Visited.Clear();
        Frontier.Clear();
        Next.Clear();
        Mark(root, 0, -1, -1);
        Frontier.Add(root);
    }

    /// <summary>Starts a search that keeps its own tree links (no distance or parent written here): only marks and frontier.</summary>
    public void StartBare(int root)
    {
        Visited.Clear();
        Frontier.Clear();
        Next.Clear();
        Visited.Add(root);
        Frontier.Add(root);
    }

    public void Mark(int node, int distance, int parentEdge, int parentNode)
    {
        Visited.Add(node);
        Distance[node] = distance;
        ParentEdge[node] = parentEdge;
        ParentNode[node] = parentNode;
    }

    public void Advance()
    {
        (Frontier, Next) = (Next, Frontier);
        Next.Clear();
    }
}

/// <summary>The per-traversal working arrays, sized to the graph and reused through the index's pool.</summary>
internal sealed class TraversalScratch(int nodeCount)
{
    private SearchSide? backward;
    private LastHops? lastHops;
    private int[]? forwardLinks;
    private int[]? backwardLinks;

    public SearchSide Forward { get; } = new(nodeCount);

    public SearchSide Backward => backward ??= new SearchSide(nodeCount);

    public NodeMarks Blocked { get; } = new(nodeCount);

    /// <summary>Gets the steps into a target of a simple-path search (created on first use).</summary>
    public LastHops LastHops => lastHops ??= new LastHops(nodeCount);

    /// <summary>Gets the nodes a neighbourhood search reached, in breadth-first order.</summary>
    public List<int> Reached { get; } = [];

    /// <summary>Gets the forward side's BFS-tree links of a bidirectional search: parent node at 2v, parent edge at 2v + 1 (one cache line per discovery).</summary>
    public int[] ForwardLinks => forwardLinks ??= new int[2 * nodeCount];

    /// <summary>Gets the backward side's BFS-tree links, laid out as <see cref="ForwardLinks"/>.</summary>
    public int[] BackwardLinks => backwardLinks ??= new int[2 * nodeCount];

    /// <summary>Gets where each level of <see cref="Reached"/> ends: entry d - 1 ends distance d.</summary>
    public List<int> ReachedLevelEnds { get; } = [];
}
