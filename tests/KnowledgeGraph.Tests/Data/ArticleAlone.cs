using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Tests.Data;

/// <summary>
/// The curated graph of the original article alone ("Armenia's New Diplomatic Moves", 2025): graph-data/ cut down to
/// that document (<see cref="DocumentSubset"/>), the graph as it was before other documents were added. Tests about
/// the article run on it; SourceFilterTests checks that the whole graph with <c>Documents = [Article]</c> answers the same.
/// </summary>
internal static class ArticleAlone
{
    /// <summary>The id of the original article.</summary>
    public const string Article = "armenia-new-diplomatic-moves-2025";

    private static readonly Lazy<Graph> Loaded = new(() =>
    {
        var folder = DocumentSubset.WriteFolder(RepositoryPaths.GraphData, Article);
        try
        {
            return Graph.Load(folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    });

    /// <summary>Gets the article's graph.</summary>
    public static Graph Graph => Loaded.Value;
}
