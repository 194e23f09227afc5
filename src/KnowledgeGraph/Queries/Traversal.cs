using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Queries;

/// <summary>Receives the allowed steps out of a node; a struct so the scan loop is specialised and allocates nothing.</summary>
internal interface IStepVisitor
{
    /// <summary>Handles the step over <paramref name="edge"/> to <paramref name="node"/>.</summary>
    /// <returns><see langword="false"/> to stop scanning the node's edges.</returns>
    bool Step(int edge, int node);
}

/// <summary>A step visitor that expands a BFS frontier: told the node it scans from, and able to stop the level.</summary>
internal interface IFrontierVisitor : IStepVisitor
{
    /// <summary>Sets the frontier node whose steps are being scanned.</summary>
    int From { get; set; }

    /// <summary>Gets whether the visitor stopped the expansion (a meeting, a target, a cap).</summary>
    bool Stopped { get; }
}

/// <summary>
/// The state of one query on the index: the compiled filter, rented scratch arrays, nodes and edges
/// blocked for this search (excluded entities, Yen's root path), the visit budget and the cancellation token.
/// </summary>
internal sealed class Traversal : IDisposable
{
    private const int CancellationCheckInterval = 256;
    private readonly CancellationToken cancellationToken;
    private readonly TraversalScratchPool pool;
    private TraversalScratch? scratch;
    private HashSet<int>? blockedEdges;
    private bool anyBlocked;

    public Traversal(GraphIndex index, EdgeFilter filter, int maxVisited, CancellationToken cancellationToken)
    {
        Index = index;
        Filter = filter;
        MaxVisited = maxVisited;
        this.cancellationToken = cancellationToken;
        pool = TraversalScratchPool.For(index);
        scratch = pool.Rent();
        cancellationToken.ThrowIfCancellationRequested();
    }

    public GraphIndex Index { get; }

    public EdgeFilter Filter { get; }

    public TraversalScratch Scratch => scratch ?? throw new ObjectDisposedException(nameof(Traversal));

    /// <summary>Gets edges that may not be traversed in this search (Yen's deviations); created on first use.</summary>
    public HashSet<int> BlockedEdges => blockedEdges ??= [];

    public int MaxVisited { get; }

    public int Visited { get; private set; }

    /// <summary>Gets whether a visit was refused because <see cref="MaxVisited"/> was reached.</summary>
    public bool BudgetExhausted { get; private set; }

    /// <summary>Counts one node visit against the budget, and checks for cancellation now and then.</summary>
    /// <returns><see langword="false"/> when the budget is spent.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryVisit()
    {
        if (Visited >= MaxVisited)
        {
            BudgetExhausted = true;
            return false;
        }

        Visited++;
        if (Visited % CancellationCheckInterval == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        return true;
    }

    public void ThrowIfCancellationRequested() => cancellationToken.ThrowIfCancellationRequested();

    /// <summary>Blocks the filter's excluded entities, except the given endpoints (pass -1 for none).</summary>
    public void BlockExcluded(int start, int target)
    {
        Scratch.Blocked.Clear();
        anyBlocked = false;
        foreach (var node in Filter.ExcludedNodes)
        {
            if (node != start && node != target)
            {
                Block(node);
            }
        }
    }

    public void Block(int node)
    {
        Scratch.Blocked.Add(node);
        anyBlocked = true;
    }

    /// <summary>Gets whether some edge is blocked for this search (Yen's deviations).</summary>
    public bool HasBlockedEdges => blockedEdges is { Count: > 0 };

    /// <summary>Gets whether some node may not be entered (blocked, or of a kind the filter rules out); when not, <see cref="CanEnter"/> is always true.</summary>
    public bool HasNodeConditions => anyBlocked || Filter.HasKindCondition;

    /// <summary>Gets whether a traversal may enter the node: not blocked, and of an allowed kind.</summary>
    /// <remarks>Blocked marks count only once this traversal blocked a node: a rented scratch may hold stale ones.</remarks>
    public bool CanEnter(int node) =>
        (!anyBlocked || !Scratch.Blocked.Contains(node)) && (!Filter.HasKindCondition || Filter.AllowsKind(node));

    /// <summary>
    /// Calls the visitor for every allowed step out of <paramref name="node"/>: its outgoing edges traversed
    /// along their direction and its incoming edges traversed against it, as the filter allows. With
    /// <paramref name="reverse"/>, it yields instead the steps that lead <em>into</em> the node (for a
    /// backward search): each edge and the node at its other end.
    /// </summary>
    /// <remarks>
    /// The filter is summarised per direction (<see cref="RowScan"/>), so an unfiltered scan reads only the row's
    /// node and edge arrays and a type filter reads the row's parallel type array in order; certainty, time and
    /// blocked edges are checked per edge only when they can rule one out.
    /// </remarks>
    public void ScanSteps<TVisitor>(int node, bool reverse, ref TVisitor visitor)
        where TVisitor : struct, IStepVisitor
    {
        var index = Index;
        if (ScanRow(index.OutOffsets, index.OutEdges, index.OutNodes, index.OutTypes, node, reverse ? GraphIndex.AgainstBit : GraphIndex.AlongBit, ref visitor))
        {
            ScanRow(index.InOffsets, index.InEdges, index.InNodes, index.InTypes, node, reverse ? GraphIndex.AlongBit : GraphIndex.AgainstBit, ref visitor);
        }
    }

    /// <summary>
    /// Adds a node reached over <paramref name="edge"/> from <paramref name="from"/> to the side's next frontier,
    /// one hop further than <paramref name="from"/>, unless it was visited or may not be entered.
    /// </summary>
    /// <returns><see langword="false"/> when the visit budget is spent.</returns>
    public bool Discover(SearchSide side, int edge, int node, int from)
    {
        if (side.Visited.Contains(node) || !CanEnter(node))
        {
            return true;
        }

        if (!TryVisit())
        {
            return false;
        }

        side.Mark(node, side.Distance[from] + 1, edge, from);
        side.Next.Add(node);
        return true;
    }

    /// <summary>Scans the steps of every node of the side's frontier, in order, with one visitor.</summary>
    /// <returns><see langword="false"/> when the visitor stopped or the budget ran out; <c>visitor.From</c> is then the node scanned last.</returns>
    public bool ExpandFrontier<TVisitor>(SearchSide side, bool reverse, ref TVisitor visitor)
        where TVisitor : struct, IFrontierVisitor
    {
        // Discoveries go to side.Next, so the frontier does not change while it is read.
        foreach (var node in CollectionsMarshal.AsSpan(side.Frontier))
        {
            visitor.From = node;
            ScanSteps(node, reverse, ref visitor);
            if (visitor.Stopped || BudgetExhausted)
            {
                return false;
            }
        }

        return true;
    }

    // Scans one row (outgoing or incoming) of a node in one step direction; false when the visitor stopped.
    private bool ScanRow<TVisitor>(int[] offsets, int[] edges, int[] nodes, ushort[] types, int node, byte step, ref TVisitor visitor)
        where TVisitor : struct, IStepVisitor
    {
        var scan = blockedEdges is { Count: > 0 } ? RowScan.Full : Filter.ScanMode(step);
        if (scan == RowScan.None)
        {
            return true;
        }

        var start = offsets[node];
        var count = offsets[node + 1] - start;
        var rowEdges = edges.AsSpan(start, count);
        var rowNodes = nodes.AsSpan(start, count);
        var rowTypes = types.AsSpan(start, count);
        var typeSteps = Filter.TypeSteps;
        var check = scan != RowScan.All;
        var full = scan == RowScan.Full;
        var checkBlocked = blockedEdges is { Count: > 0 };

        // One call site for the visitor, so that the JIT inlines it into the loop.
        for (var i = 0; i < rowNodes.Length; i++)
        {
            var edge = rowEdges[i];
            if (check && ((typeSteps[rowTypes[i]] & step) == 0
                || (full && (!Filter.AllowsFacts(edge) || (checkBlocked && blockedEdges!.Contains(edge))))))
            {
                continue;
            }

            if (!visitor.Step(edge, rowNodes[i]))
            {
                return false;
            }
        }

        return true;
    }

    public void Dispose()
    {
        if (scratch is not null)
        {
            pool.Return(scratch);
            scratch = null;
        }
    }
}
