using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Extraction speed over the development corpus (tests/extraction-corpus, 13 articles) against graph-data: one
/// operation is one article, so the mean is the time per article; words per second is the corpus's word count over
/// the time of all articles. KG_EXTRACTION_CORPUS and KG_GRAPH_DATA override the folders.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private ArticleExtractor extractor = null!;
    private string[] articles = [];

    /// <summary>Gets the corpus's word count (whitespace-separated), printed by <see cref="Setup"/> for the words-per-second figure.</summary>
    public int Words { get; private set; }

    /// <summary>Loads the graph and reads the articles.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        var corpus = Environment.GetEnvironmentVariable("KG_EXTRACTION_CORPUS") ?? Path.Combine(root, "tests", "extraction-corpus");
        var data = Environment.GetEnvironmentVariable("KG_GRAPH_DATA") ?? Path.Combine(root, "graph-data");
        extractor = new ArticleExtractor(Graph.Load(data));
        articles = [.. Directory.GetFiles(corpus, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
        Words = articles.Sum(a => a.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        Console.WriteLine($"// extraction corpus: {articles.Length} articles, {Words} words");
    }

    /// <summary>Extracts every article of the corpus once.</summary>
    /// <returns>The number of relation candidates.</returns>
    [Benchmark(OperationsPerInvoke = 13)]
    public int ExtractCorpus()
    {
        var n = 0;
        foreach (var text in articles)
        {
            n += extractor.Extract(text).Relations.Length;
        }

        return n;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
