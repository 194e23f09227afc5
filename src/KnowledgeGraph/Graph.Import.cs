using KnowledgeGraph.Loading;

namespace KnowledgeGraph;

/// <summary>Import of large graphs from CSV.</summary>
public sealed partial class Graph
{
    /// <summary>
    /// Imports a graph from a nodes file (header <c>id,kind,name</c>) and an edges file (header
    /// <c>source,type,target</c>), the neutral benchmark format that spreadsheets and graph databases also write.
    /// The graph is kept as compact arrays, without an object per entity or relation, so millions of relations fit
    /// in memory; records are created when a query result or <see cref="Entities"/> and <see cref="Relations"/> need them.
    /// </summary>
    /// <remarks>
    /// <para>Files are UTF-8, comma separated, one header line; rows end with <c>\n</c> or <c>\r\n</c>; empty lines are
    /// skipped. Columns are found by their header name, in any order, and other columns are ignored; Neo4j's
    /// <c>:ID</c>, <c>:LABEL</c>, <c>:START_ID</c>, <c>:TYPE</c> and <c>:END_ID</c> are understood. A field may be quoted
    /// (<c>"Smith, John"</c>, with <c>""</c> for a quote) but may not span lines.</para>
    /// <para>The entity ordinal is the row's position in the nodes file; relations keep the edges file's order and
    /// get the ids <c>e0</c>, <c>e1</c>, ...; they are stated, undated and carry no evidence. Unknown kinds and relation
    /// types are registered or mapped as <paramref name="options"/> says, and listed in <see cref="Notices"/>.</para>
    /// <para>The import is all or nothing: every malformed row (wrong number of fields, empty or duplicate id, unknown
    /// entity, invalid UTF-8) is reported with its file and line, up to <see cref="CsvImportOptions.MaxProblems"/>.</para>
    /// </remarks>
    /// <param name="nodesPath">The nodes file.</param>
    /// <param name="edgesPath">The edges file.</param>
    /// <param name="options">Vocabulary, maps and limits; <see langword="null"/> for <see cref="CsvImportOptions.Default"/>.</param>
    /// <param name="progress">Receives progress a few times per second, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <returns>The graph; its <see cref="Version"/> is a hash of both files.</returns>
    /// <exception cref="GraphDataException">A file is missing or has problems; every problem is listed with its file and line.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static Graph ImportCsv(
        string nodesPath,
        string edgesPath,
        CsvImportOptions? options = null,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nodesPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(edgesPath);
        return CsvGraphImporter.Import(nodesPath, edgesPath, options ?? CsvImportOptions.Default, progress, cancellationToken);
    }
}
