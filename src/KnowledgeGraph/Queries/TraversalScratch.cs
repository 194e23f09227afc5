namespace KnowledgeGraph.Queries;

/// <summary>
/// A set of node ordinals that clears in O(1): a node is in the set when its mark equals the current
/// epoch, and clearing starts a new epoch (the array is wiped only when the epoch wraps).
/// </summary>
internal sealed class NodeMarks(int nodeCount)
{
    private readonly int[] marks = new int[nodeCount];
    private int epoch = 1;

    public bool Contains(int node) => marks[node] == epoch;

    public void Add(int node) => marks[node] = epoch;

    public void Clear()
    {
        if (epoch == int.MaxValue)
        {
            Array.Clear(marks);
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

    public SearchSide Forward { get; } = new(nodeCount);

    public SearchSide Backward => backward ??= new SearchSide(nodeCount);

    public NodeMarks Blocked { get; } = new(nodeCount);
}
