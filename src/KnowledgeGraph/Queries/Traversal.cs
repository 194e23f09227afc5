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
    private TraversalScratch? scratch;

    public Traversal(GraphIndex index, EdgeFilter filter, int maxVisited, CancellationToken cancellationToken)
    {
        Index = index;
        Filter = filter;
        MaxVisited = maxVisited;
        this.cancellationToken = cancellationToken;
        scratch = index.Rent();
        cancellationToken.ThrowIfCancellationRequested();
    }

    public GraphIndex Index { get; }

    public EdgeFilter Filter { get; }

    public TraversalScratch Scratch => scratch ?? throw new ObjectDisposedException(nameof(Traversal));

    /// <summary>Gets edges that may not be traversed in this search (Yen's deviations).</summary>
    public HashSet<int> BlockedEdges { get; } = [];

    public int MaxVisited { get; }

    public int Visited { get; private set; }

    /// <summary>Gets whether a visit was refused because <see cref="MaxVisited"/> was reached.</summary>
    public bool BudgetExhausted { get; private set; }

    /// <summary>Counts one node visit against the budget, and checks for cancellation now and then.</summary>
    /// <returns><see langword="false"/> when the budget is spent.</returns>
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
        foreach (var node in Filter.ExcludedNodes)
        {
            if (node != start && node != target)
            {
                Scratch.Blocked.Add(node);
            }
        }
    }

    public void Block(int node) => Scratch.Blocked.Add(node);

    /// <summary>Gets whether a traversal may enter the node: not blocked, and of an allowed kind.</summary>
    public bool CanEnter(int node) => !Scratch.Blocked.Contains(node) && Filter.AllowsKind(node);

    /// <summary>
    /// Calls the visitor for every allowed step out of <paramref name="node"/>: its outgoing edges traversed
    /// along their direction and its incoming edges traversed against it, as the filter allows. With
    /// <paramref name="reverse"/>, it yields instead the steps that lead <em>into</em> the node (for a
    /// backward search): each edge and the node at its other end.
    /// </summary>
    public void ScanSteps<TVisitor>(int node, bool reverse, ref TVisitor visitor)
        where TVisitor : struct, IStepVisitor
    {
        var checkBlocked = BlockedEdges.Count != 0;
        for (var pass = 0; pass < 2; pass++)
        {
            var outgoing = pass == 0;
            var step = outgoing != reverse ? GraphIndex.AlongBit : GraphIndex.AgainstBit;
            var (offsets, edges, nodes) = outgoing
                ? (Index.OutOffsets, Index.OutEdges, Index.OutNodes)
                : (Index.InOffsets, Index.InEdges, Index.InNodes);
            for (var i = offsets[node]; i < offsets[node + 1]; i++)
            {
                var edge = edges[i];
                if (!Filter.AllowsStep(edge, step) || (checkBlocked && BlockedEdges.Contains(edge)))
                {
                    continue;
                }

                if (!visitor.Step(edge, nodes[i]))
                {
                    return;
                }
            }
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
        foreach (var node in side.Frontier)
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

    public void Dispose()
    {
        if (scratch is not null)
        {
            Index.Return(scratch);
            scratch = null;
        }
    }
}
