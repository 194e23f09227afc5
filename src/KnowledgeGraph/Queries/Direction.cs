namespace KnowledgeGraph.Queries;

/// <summary>Which way a traversal may follow a relation, relative to its source and target.</summary>
public enum Direction
{
    /// <summary>Follows relations either way: from source to target and from target to source.</summary>
    Both = 0,

    /// <summary>Follows relations only from their source to their target.</summary>
    Outgoing = 1,

    /// <summary>Follows relations only from their target to their source.</summary>
    Incoming = 2,
}
