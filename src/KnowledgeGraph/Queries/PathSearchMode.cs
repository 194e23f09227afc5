namespace KnowledgeGraph.Queries;

/// <summary>Which paths <see cref="Graph.FindPaths"/> looks for.</summary>
public enum PathSearchMode
{
    /// <summary>
    /// The <see cref="PathOptions.K"/> shortest simple paths in order of cost (Yen's algorithm); with the default
    /// <c>K</c> of 1, the single shortest path.
    /// </summary>
    KShortest = 0,

    /// <summary>Every path of minimum length in hops, at most <see cref="PathOptions.MaxPaths"/> of them.</summary>
    AllShortest = 1,

    /// <summary>
    /// Every simple path of at most <see cref="PathOptions.MaxLength"/> relations, at most
    /// <see cref="PathOptions.MaxPaths"/> of them, ordered by cost, then length.
    /// </summary>
    AllSimple = 2,
}
