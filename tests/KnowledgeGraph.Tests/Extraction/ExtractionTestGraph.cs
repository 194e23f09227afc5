using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Tests.Extraction;

/// <summary>The small graph of TestData/Extraction/Graph (a vocabulary and a few entities) and helpers to run the extractor on it.</summary>
internal static class ExtractionTestGraph
{
    private static readonly Lazy<Graph> Shared = new(() => Graph.Load(Folder));

    public static string Folder => Path.Combine(RepositoryPaths.TestData, "Extraction", "Graph");

    public static Graph TestGraph => Shared.Value;

    private static readonly Lazy<Graph> GraphData = new(() => Graph.Load(RepositoryPaths.GraphData));

    /// <summary>Gets the real graph-data, loaded once.</summary>
    public static Graph RealGraph => GraphData.Value;

    /// <summary>Runs the extractor against the real graph-data on a title line and the given paragraphs (the title is paragraph 1).</summary>
    public static ExtractionResult ExtractWithGraphData(params string[] paragraphs) =>
        new ArticleExtractor(GraphData.Value).Extract("A test article about the region\n\n" + string.Join("\n\n", paragraphs) + "\n", "test-doc");

    /// <summary>Runs the extractor against the real graph-data on the given headline and paragraphs (the headline is paragraph 1).</summary>
    public static ExtractionResult ExtractWithHeadline(string headline, params string[] paragraphs) =>
        new ArticleExtractor(GraphData.Value).Extract(headline + "\n\n" + string.Join("\n\n", paragraphs) + "\n", "test-doc");

    /// <summary>Runs the extractor on a title line and the given paragraphs (the title is paragraph 1).</summary>
    public static ExtractionResult Extract(params string[] paragraphs) =>
        new ArticleExtractor(TestGraph).Extract("A test article about the region\n\n" + string.Join("\n\n", paragraphs) + "\n", "test-doc");

    /// <summary>Formats relations as "source type target (certainty)" lines, sorted, for readable assertions.</summary>
    public static string[] Lines(ExtractionResult result) =>
        [.. result.Relations.Select(r => $"{r.Source} {r.Type} {r.Target} ({r.Certainty.ToString().ToLowerInvariant()})").Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Formats entities as "Kind Name" lines, with " (graph)" after one the graph already has, for readable assertions.</summary>
    public static string[] Entities(ExtractionResult result) =>
        [.. result.Entities.Select(e => $"{e.Kind} {e.Name}{(e.IsNew ? "" : " (graph)")}")];

    /// <summary>Whether one of the <see cref="Lines(ExtractionResult)"/> starts with <paramref name="start"/>.</summary>
    public static bool Starts(string[] lines, string start) => lines.Any(l => l.StartsWith(start, StringComparison.Ordinal));

    /// <summary>The lines, one per row, for an assertion's message.</summary>
    public static string Show(string[] lines) => string.Join("\n", lines);
}
