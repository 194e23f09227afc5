using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using KnowledgeGraph.Export;

namespace KnowledgeGraph.Tests.Export;

/// <summary>
/// The graphs the export tests write: "real" is the curated graph-data/,
/// "hostile" is TestData/Hostile, whose names and notes hold quotes, ampersands, angle brackets, Cyrillic, Armenian,
/// Arabic, emoji, line breaks, backslashes and the comment and delimiter characters of every format.
/// </summary>
internal static class ExportTestGraphs
{
    public const string Real = "real";
    public const string Hostile = "hostile";

    private static readonly Lazy<Graph> RealGraph = new(() => Graph.Load(RepositoryPaths.GraphData));

    private static readonly Lazy<Graph> HostileGraph = new(() => Graph.Load(Path.Combine(RepositoryPaths.TestData, "Hostile")));

    private static readonly JsonSerializerOptions SnapshotOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static Graph Get(string name) => name switch
    {
        Real => RealGraph.Value,
        Hostile => HostileGraph.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Expected \"real\" or \"hostile\"."),
    };

    public static byte[] Export(Graph graph, ExportFormat format)
    {
        using var buffer = new MemoryStream();
        GraphExporter.Export(graph, format, buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes an export into a folder and returns the file's path.</summary>
    public static string ExportToFile(Graph graph, ExportFormat format, string directory)
    {
        var path = Path.Combine(directory, ExportFormatInfo.Get(format).FileName("graph"));
        File.WriteAllBytes(path, Export(graph, format));
        return path;
    }

    /// <summary>
    /// Gets every field of the graph's data (vocabulary, documents, entities, relations, resolution decisions, in order) as JSON written by
    /// reflection, independently of the exporters, so that two graphs with equal snapshots are identical.
    /// </summary>
    public static string Snapshot(Graph graph) => JsonSerializer.Serialize(
        new { graph.EntityKinds, graph.RelationTypes, graph.Documents, graph.Entities, graph.Relations, graph.Merges, graph.RejectedMerges, graph.RejectedRelations, graph.RejectedLinks },
        SnapshotOptions);
}

/// <summary>A temporary folder per test for export files, deleted afterwards.</summary>
public abstract class ExportTestBase
{
    protected string WorkDir { get; private set; } = null!;

    [SetUp]
    public void CreateWorkDir() => WorkDir = Directory.CreateTempSubdirectory("kg-export-").FullName;

    [TearDown]
    public void DeleteWorkDir() => Directory.Delete(WorkDir, recursive: true);

    internal string ExportToFile(Graph graph, ExportFormat format) => ExportTestGraphs.ExportToFile(graph, format, WorkDir);
}
