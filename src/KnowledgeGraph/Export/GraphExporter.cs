using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export;

/// <summary>
/// Exports a whole graph, or any set of its entities and relations (a path set, a neighbourhood), to the formats
/// analysts' tools read (<see cref="ExportFormatInfo.All"/> lists them). Output is deterministic: the same data
/// gives the same bytes.
/// </summary>
/// <remarks>
/// For a subset, a relation whose source or target is missing from the given entities brings that entity in: no
/// relation the caller passed is dropped, and every edge has both its nodes. Entities and relations are written in
/// the order given (added ends after them), each once.
/// </remarks>
public static class GraphExporter
{
    /// <summary>Writes the whole graph in a format.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">A writable stream; it is left open.</param>
    /// <param name="options">Base IRI and title, or <see langword="null"/> for <see cref="ExportOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> or <paramref name="output"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a supported format.</exception>
    public static void Export(Graph graph, ExportFormat format, Stream output, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Write(ExportSelection.Whole(graph), format, output, options);
    }

    /// <summary>Writes some entities and relations of a graph (a query result) in a format.</summary>
    /// <param name="graph">The graph the entities and relations belong to.</param>
    /// <param name="entities">The entities, e.g. a neighbourhood's nodes; may be empty when the relations say it all.</param>
    /// <param name="relations">
    /// The relations, e.g. the steps of a set of paths; their ends are added to the entities. A view of a filtered query
    /// (<see cref="Graph.ViewOf"/>) is written with the evidence it holds.
    /// </param>
    /// <param name="format">The format.</param>
    /// <param name="output">A writable stream; it is left open.</param>
    /// <param name="options">Base IRI and title, or <see langword="null"/> for <see cref="ExportOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException">An argument or an item is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An entity or relation is not one of <paramref name="graph"/>'s (the message names its id).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a supported format.</exception>
    public static void Export(Graph graph, IEnumerable<Entity> entities, IEnumerable<Relation> relations, ExportFormat format, Stream output, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(relations);
        Write(ExportSelection.Of(graph, entities, relations), format, output, options);
    }

    /// <summary>
    /// Writes the whole graph to a stream that must be written asynchronously, such as an ASP.NET Core response
    /// body: the export is built in memory, then copied.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">A writable stream; it is left open.</param>
    /// <param name="options">Base IRI and title, or <see langword="null"/> for <see cref="ExportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    /// <returns>A task that completes when the export has been written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> or <paramref name="output"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a supported format.</exception>
    public static Task ExportAsync(Graph graph, ExportFormat format, Stream output, ExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return WriteAsync(ExportSelection.Whole(graph), format, output, options, cancellationToken);
    }

    /// <summary>Writes some entities and relations of a graph to a stream that must be written asynchronously (see the other overload).</summary>
    /// <param name="graph">The graph the entities and relations belong to.</param>
    /// <param name="entities">The entities; may be empty when the relations say it all.</param>
    /// <param name="relations">The relations; their ends are added to the entities. A view of a filtered query is written with the evidence it holds.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">A writable stream; it is left open.</param>
    /// <param name="options">Base IRI and title, or <see langword="null"/> for <see cref="ExportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    /// <returns>A task that completes when the export has been written.</returns>
    /// <exception cref="ArgumentNullException">An argument or an item is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An entity or relation is not one of <paramref name="graph"/>'s (the message names its id).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a supported format.</exception>
    public static Task ExportAsync(Graph graph, IEnumerable<Entity> entities, IEnumerable<Relation> relations, ExportFormat format, Stream output, ExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(relations);
        return WriteAsync(ExportSelection.Of(graph, entities, relations), format, output, options, cancellationToken);
    }

    private static async Task WriteAsync(ExportSelection selection, ExportFormat format, Stream output, ExportOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        Write(selection, format, buffer, options);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
    }

    private static void Write(ExportSelection selection, ExportFormat format, Stream output, ExportOptions? options)
    {
        ArgumentNullException.ThrowIfNull(output);
        options ??= ExportOptions.Default;
        if (options.Evidence is { LeavesEvidenceOut: true } evidence)
        {
            selection = selection.MentionsCounted(selection.Graph.Engine.CountsDocument(evidence));
        }

        ExportFormatInfo.Get(format).Writer(selection, options, output);
    }
}
