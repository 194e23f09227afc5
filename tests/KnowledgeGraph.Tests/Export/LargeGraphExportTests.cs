using System.Diagnostics;
using KnowledgeGraph.Export;

namespace KnowledgeGraph.Tests.Export;

/// <summary>
/// The exports of a 1M-relation imported graph (../shared/bench/gen_graph.py, M: 100,000 nodes, 1,000,000 edges)
/// read by stock NetworkX and igraph, and the FtM export validated: a measurement for docs/EXPORT.md, too slow for
/// the suite, so its cases exist only when <c>KG_LARGE_EXPORT_DIR</c> names the generated folder (the suite neither
/// runs nor skips them). Run with
/// <c>KG_LARGE_EXPORT_DIR=/tmp/kgbench/M dotnet test tests/KnowledgeGraph.Tests -c Release --filter "FullyQualifiedName~LargeGraphExportTests"</c>;
/// the files stay in artifacts/large-export/ for the Virtuoso load (docs/EXPORT.md gives the commands).
/// </summary>
[Category("Measurement")]
public sealed class LargeGraphExportTests
{
    private static readonly Lazy<Graph> Large = new(() =>
    {
        var directory = Environment.GetEnvironmentVariable(FolderVariable) ?? "/tmp/kgbench/M";
        Assume.That(File.Exists(Path.Combine(directory, "edges.csv")), $"generate it first: python3 ../shared/bench/gen_graph.py --nodes 100000 --edges 1000000 --seed 42 --out {directory}");
        var clock = Stopwatch.StartNew();
        var graph = Graph.ImportCsv(Path.Combine(directory, "nodes.csv"), Path.Combine(directory, "edges.csv"));
        TestContext.Progress.WriteLine($"imported {graph.Entities.Length:N0} entities, {graph.Relations.Length:N0} relations in {clock.Elapsed.TotalSeconds:F1} s");
        return graph;
    });

    private const string FolderVariable = "KG_LARGE_EXPORT_DIR";

    /// <summary>The stock readers to try, only when the large graph's folder is named.</summary>
    public static IEnumerable<TestCaseData> Readers() => Measuring
        ? [new TestCaseData(ExportFormat.Gexf, "gexf"), new TestCaseData(ExportFormat.GraphMl, "graphml"), new TestCaseData(ExportFormat.GraphMl, "igraph")]
        : [];

    /// <summary>The formats to write, only when the large graph's folder is named.</summary>
    public static IEnumerable<TestCaseData> Formats() => Measuring
        ? [new TestCaseData(ExportFormat.Turtle), new TestCaseData(ExportFormat.Neo4jCsv), new TestCaseData(ExportFormat.FollowTheMoney)]
        : [];

    private static bool Measuring => Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 };

    private static string OutputDirectory => Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "artifacts", "large-export")).FullName;

    [TestCaseSource(nameof(Readers))]
    public void StockReadersReadTheLargeExport(ExportFormat format, string reader)
    {
        ExportConsumers.RequirePythonModule(reader == "igraph" ? "igraph" : "networkx", reader == "igraph" ? "python3-igraph" : "python3-networkx");
        var graph = Large.Value;
        var path = Write(graph, format);
        var seen = ExportConsumers.RunScript("count_networkx.py", reader, path);
        TestContext.Progress.WriteLine($"{reader} read {Path.GetFileName(path)}: {seen.GetProperty("nodes").GetInt32():N0} nodes, {seen.GetProperty("edges").GetInt32():N0} edges in {seen.GetProperty("seconds").GetDouble()} s");
        Assert.Multiple(() =>
        {
            Assert.That(seen.GetProperty("nodes").GetInt32(), Is.EqualTo(graph.Entities.Length));
            Assert.That(seen.GetProperty("edges").GetInt32(), Is.EqualTo(graph.Relations.Length));
        });
    }

    [TestCaseSource(nameof(Formats))]
    public void WritesTheLargeExport(ExportFormat format)
    {
        var path = Write(Large.Value, format);
        Assert.That(new FileInfo(path).Length, Is.Positive);
        if (format == ExportFormat.FollowTheMoney)
        {
            var directory = ExportConsumers.FtmCheckDirectory();
            var clock = Stopwatch.StartNew();
            var result = ExportConsumers.Run("node", ["--max-old-space-size=6000", Path.Combine(directory, "validate.mjs"), path, "--summary"]);
            TestContext.Progress.WriteLine($"validate.mjs checked {Path.GetFileName(path)} in {clock.Elapsed.TotalSeconds:F1} s: exit {result.ExitCode}");
            Assert.That(result.ExitCode, Is.EqualTo(0), result.StandardError);
        }
    }

    private static string Write(Graph graph, ExportFormat format)
    {
        var info = ExportFormatInfo.Get(format);
        var path = Path.Combine(OutputDirectory, info.FileName("large"));
        var clock = Stopwatch.StartNew();
        using (var file = File.Create(path))
        {
            GraphExporter.Export(graph, format, file);
        }

        TestContext.Progress.WriteLine($"wrote {info.Name} {Path.GetFileName(path)}: {new FileInfo(path).Length / 1e6:F0} MB in {clock.Elapsed.TotalSeconds:F1} s");
        return path;
    }
}
