namespace KnowledgeGraph.Tests;

/// <summary>Finds the repository's folders from the test output directory.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string GraphData => Path.Combine(Root, "graph-data");

    /// <summary>The shared corpus beside the repository (tests only; the product never reads it).</summary>
    public static string Corpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));

    public static string TestData => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
