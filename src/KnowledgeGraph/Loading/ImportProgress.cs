namespace KnowledgeGraph.Loading;

/// <summary>The phases of <see cref="Graph.ImportCsv"/>, in the order they run.</summary>
public enum ImportPhase
{
    /// <summary>Both files are read once to count their rows and hash their bytes (for <see cref="Graph.Version"/>).</summary>
    Scanning,

    /// <summary>The nodes file is parsed.</summary>
    Nodes,

    /// <summary>The edges file is parsed, in parallel.</summary>
    Edges,

    /// <summary>The adjacency index is built from the parsed arrays.</summary>
    Indexing,
}

/// <summary>How far an import has come, reported a few times per second and at the end of each phase.</summary>
/// <param name="Phase">The phase running.</param>
/// <param name="Done">The bytes of the phase's files processed so far (for <see cref="ImportPhase.Indexing"/>: 0, then 1 when done).</param>
/// <param name="Total">The bytes the phase processes in all (for <see cref="ImportPhase.Indexing"/>: 1).</param>
/// <param name="Rows">The rows of the phase's file parsed so far (entities in <see cref="ImportPhase.Nodes"/>, relations in <see cref="ImportPhase.Edges"/>); 0 otherwise.</param>
public sealed record ImportProgress(ImportPhase Phase, long Done, long Total, long Rows)
{
    /// <summary>Gets the part of the phase done, from 0 to 1.</summary>
    public double Fraction => Total <= 0 ? 0 : Math.Clamp((double)Done / Total, 0, 1);
}
