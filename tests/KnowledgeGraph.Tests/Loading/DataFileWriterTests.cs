using System.Text.Json;
using KnowledgeGraph.Loading;

namespace KnowledgeGraph.Tests.Loading;

/// <summary>
/// The data-file writer (shared by the JSON export and the extractor's drafts) writes what the loader reads and what
/// the schemas accept: the real graph-data written back as a data folder satisfies the schemas and loads to the
/// same graph.
/// </summary>
public sealed class DataFileWriterTests
{
    private string workDir = null!;

    [SetUp]
    public void CreateWorkDir() => workDir = Directory.CreateTempSubdirectory("kg-writer-").FullName;

    [TearDown]
    public void DeleteWorkDir() => Directory.Delete(workDir, recursive: true);

    [Test]
    public void WrittenDataFolder_SatisfiesTheSchemasAndLoadsToTheSameGraph()
    {
        var graph = Graph.Load(RepositoryPaths.GraphData);
        WriteFolder(graph, workDir);

        var written = GraphDataSource.FromDirectory(workDir);
        Assert.Multiple(() =>
        {
            foreach (var file in written)
            {
                Assert.That(DataSchemas.Errors(file.Path, file.Content), Is.Empty, file.Path);
            }
        });

        var reloaded = GraphLoader.Load(written);
        Assert.Multiple(() =>
        {
            Assert.That(reloaded.Notices, Is.Empty);
            Assert.That(reloaded.Entities, Has.Length.EqualTo(graph.Entities.Length));
            Assert.That(reloaded.Relations, Has.Length.EqualTo(graph.Relations.Length));
            Assert.That(reloaded.Relations.Sum(r => r.Evidence.Length), Is.EqualTo(graph.Relations.Sum(r => r.Evidence.Length)));
            Assert.That(SingleDocument(reloaded), Is.EqualTo(SingleDocument(graph)), "the reloaded graph writes the same single document");
        });
    }

    [Test]
    public void RelationsFile_LeavesTheDefaultDocumentOutAndWritesDraftStatus()
    {
        var graph = Graph.Load(RepositoryPaths.GraphData);
        var document = graph.Documents.Single(d => d.File is not null).Id;
        var ownRelations = graph.Relations.Where(r => r.Evidence.All(e => e.Document == document)).Take(2);
        var text = DataFileWriter.ToText(s => DataFileWriter.WriteRelationsFile(s, document, DataFileLayout.Unreviewed, ownRelations, []));
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("document").GetString(), Is.EqualTo(document));
            Assert.That(root.GetProperty("status").GetString(), Is.EqualTo("unreviewed"));
            Assert.That(root.GetProperty("relations").GetArrayLength(), Is.EqualTo(2));
            Assert.That(root.GetProperty("relations").EnumerateArray().SelectMany(r => r.GetProperty("evidence").EnumerateArray())
                .Where(e => !e.TryGetProperty("background", out _)).Select(e => e.TryGetProperty("document", out _)), Has.None.True);
            Assert.That(root.GetProperty("evidenceAdditions").GetArrayLength(), Is.Zero);
            Assert.That(text, Does.EndWith("}\n"));
        });
    }

    private static void WriteFolder(Graph graph, string folder)
    {
        void Write(string path, Action<Stream> write)
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using var stream = File.Create(full);
            write(stream);
        }

        Write(DataFileLayout.EntityKindsFile, s => DataFileWriter.WriteEntityKindsFile(s, graph.EntityKinds));
        Write(DataFileLayout.RelationTypesFile, s => DataFileWriter.WriteRelationTypesFile(s, graph.RelationTypes));
        foreach (var document in graph.Documents)
        {
            Write($"documents/{document.Id}.json", s => DataFileWriter.WriteDocumentFile(s, document));
        }

        foreach (var kind in graph.Entities.GroupBy(e => e.Kind))
        {
            Write($"entities/{kind.Key.ToLowerInvariant()}.json", s => DataFileWriter.WriteEntitiesFile(s, kind));
        }

        Write($"relations/{graph.Documents[0].Id}.json", s => DataFileWriter.WriteRelationsFile(s, graph.Documents[0].Id, status: null, graph.Relations));
    }

    private static string SingleDocument(Graph graph)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, DataFileWriter.Options))
        {
            DataFileWriter.WriteSingleDocument(w, graph.EntityKinds, graph.RelationTypes, graph.Documents, graph.Entities, graph.Relations);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
