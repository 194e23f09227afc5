using System.Text;
using KnowledgeGraph.Loading;
using KnowledgeGraph.Model;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Tests.Loading;

public sealed class CsvGraphImporterTests
{
    private static string Csv(string name) => Path.Combine(RepositoryPaths.TestData, "Csv", name);

    [Test]
    public void ImportCsv_BenchmarkFormat_KeepsRowOrderAndRegistersKindsAndTypes()
    {
        var graph = Graph.ImportCsv(Csv("nodes.csv"), Csv("edges.csv"));

        Assert.That(graph.Store, Is.InstanceOf<CompactStore>());
        Assert.That(graph.EntityCount, Is.EqualTo(4));
        Assert.That(graph.RelationCount, Is.EqualTo(6));
        Assert.That(graph.Entities.Select(e => e.Id), Is.EqualTo(new[] { "st1", "of1", "of2", "org1" }));
        Assert.That(graph.FindEntity("of2"), Is.EqualTo(new Entity { Id = "of2", Kind = "Official", Name = "Tarn, Edvin" }));
        Assert.That(graph.EntityKinds.Select(k => k.Name), Is.EqualTo(new[] { "State", "Official", "Organization" }));
        Assert.That(graph.RelationTypes.Select(t => t.Name), Is.EqualTo(new[] { "citizen_of", "met_with", "employed_by", "located_in", "criticized" }));
        Assert.That(graph.Relations[2], Is.EqualTo(new Relation
        {
            Id = "e2", Type = "employed_by", Source = "of2", Target = "org1", Certainty = Certainty.Stated, Evidence = [],
        }));
        Assert.That(graph.FindRelation("e5")?.Type, Is.EqualTo("criticized"));
        Assert.That(graph.FindRelation("e6"), Is.Null);
        Assert.That(graph.FindRelation("e01"), Is.Null);
        Assert.That(graph.Notices, Has.Some.Contains("registered 5 relation type(s)"));
        Assert.That(graph.Version, Has.Length.EqualTo(16));
    }

    [Test]
    public void ImportCsv_Graph_AnswersQueriesWithRecordsCreatedOnDemand()
    {
        var graph = Graph.ImportCsv(Csv("nodes.csv"), Csv("edges.csv"));

        var paths = graph.FindPaths("of2", "st1", new PathOptions { K = 3 });
        var hood = graph.GetNeighbourhood("of1", new NeighbourhoodOptions { Depth = 1 });

        Assert.That(paths.Paths.Select(p => string.Join(",", p.Steps.Select(s => s.Relation.Id))), Is.EqualTo(new[] { "e1,e0", "e2,e3", "e1,e4,e3" }));
        Assert.That(paths.Paths[0].Explanation, Is.EqualTo("Tarn, Edvin is the target of \"met with\" from Mira Solten; then Mira Solten citizen of Republic of Arvel"));
        Assert.That(hood.Nodes.Select(n => n.Entity.Id), Is.EqualTo(new[] { "of1", "st1", "of2", "org1" }));
        Assert.That(hood.Relations.Select(r => r.Id), Is.EqualTo(new[] { "e0", "e1", "e2", "e3", "e4", "e5" }));
        Assert.That(graph.SearchEntities("Tarn")[0].Entity.Id, Is.EqualTo("of2"));
        Assert.That(graph.FindRelations(new RelationQuery { Entity = "org1", Types = ["employed_by"] }).Select(r => r.Id), Is.EqualTo(new[] { "e2", "e4" }));
    }

    [Test]
    public void ImportCsv_MalformedNodes_ReportsEveryRowWithFileLineAndColumn()
    {
        var path = Csv("broken-nodes.csv");

        var error = Assert.Throws<GraphDataException>(() => Graph.ImportCsv(path, Csv("edges.csv")))!;

        Assert.That(error.Problems.Select(p => p.ToString()), Is.EqualTo(new[]
        {
            $"{path}:3: The row has 2 field(s); the header asks for at least 3 (id, kind and name).",
            $"{path}:4:1: The id 'st1' is already used on line 2.",
            $"{path}:5:1: The id is empty.",
            $"{path}:6: the quoted field at column 14 has no closing quote (a field may not span lines)",
            $"{path}:7:5: The kind is empty.",
        }));
    }

    [Test]
    public void ImportCsv_MalformedEdges_ReportsUnknownEntitiesEmptyTypesAndShortRows()
    {
        var path = Csv("broken-edges.csv");

        var error = Assert.Throws<GraphDataException>(() => Graph.ImportCsv(Csv("nodes.csv"), path))!;

        Assert.That(error.Problems.Select(p => p.ToString()), Is.EqualTo(new[]
        {
            $"{path}:3:14: The target 'nobody' is not an id of the nodes file.",
            $"{path}:4:5: The type is empty.",
            $"{path}:5: The row has 2 field(s); the header asks for at least 3 (source, type and target).",
        }));
    }

    [Test]
    public void ImportCsv_UnknownTypeWithoutRegistration_IsAProblemOfItsRow()
    {
        var options = Vocabulary(Graph.LoadDefault(), new() { ["citizen_of"] = "nationality-of", ["met_with"] = "held-talks-with" }) with { RegisterUnknown = false };

        var error = Assert.Throws<GraphDataException>(() => Graph.ImportCsv(Csv("nodes.csv"), Csv("edges.csv"), options))!;

        Assert.That(error.Problems[0].Line, Is.EqualTo(2));
        Assert.That(error.Problems[0].Message, Does.StartWith("The relation type 'nationality-of' (mapped from 'citizen_of') is not in the vocabulary; expected one of: "));
        Assert.That(error.Problems.Select(p => p.Line), Is.EqualTo(new[] { 2, 4, 5, 6 }), "met_with maps to a known type, criticized is one");
    }

    [Test]
    public void ImportCsv_VocabularyAndMaps_UseKnownRecordsAndMapValues()
    {
        var curated = Graph.LoadDefault();
        var options = Vocabulary(curated, new() { ["met_with"] = "held-talks-with" }) with
        {
            KindMap = new Dictionary<string, string> { ["Organization"] = "Organization" },
        };

        var graph = Graph.ImportCsv(Csv("nodes.csv"), Csv("edges.csv"), options);

        Assert.That(graph.FindRelation("e1")?.Type, Is.EqualTo("held-talks-with"));
        Assert.That(graph.FindRelationType("held-talks-with"), Is.SameAs(curated.FindRelationType("held-talks-with")));
        Assert.That(graph.EntityKinds.Take(curated.EntityKinds.Length), Is.EqualTo(curated.EntityKinds));
        Assert.That(graph.Notices, Has.None.Contains("entity kind"));
    }

    [Test]
    public void ImportCsv_QuotesCarriageReturnsByteOrderMarkEmptyLinesAndColumnOrder_AreRead()
    {
        using var dir = new TempFolder();
        var nodes = dir.Write("n.csv", "\uFEFFname,extra,ID:ID,:LABEL\r\n\"Solten, \"\"Mira\"\"\",x,of1,Official\r\n\r\nRepublic,y,st1,State\r\n");
        var edges = dir.Write("e.csv", ":START_ID,:END_ID,:TYPE\nof1,st1,CITIZEN_OF\n\nst1,of1,HAS_CITIZEN");

        var graph = Graph.ImportCsv(nodes, edges);

        Assert.That(graph.FindEntity("of1")?.Name, Is.EqualTo("Solten, \"Mira\""));
        Assert.That(graph.Relations.Select(r => (r.Source, r.Type, r.Target)), Is.EqualTo(new[] { ("of1", "CITIZEN_OF", "st1"), ("st1", "HAS_CITIZEN", "of1") }));
    }

    [Test]
    public void ImportCsv_HeaderWithoutAColumn_NamesTheColumn()
    {
        using var dir = new TempFolder();
        var nodes = dir.Write("n.csv", "id,name\na,A\n");

        var error = Assert.Throws<GraphDataException>(() => Graph.ImportCsv(nodes, Csv("edges.csv")))!;

        Assert.That(error.Problems.Single().ToString(), Is.EqualTo($"{nodes}:1: The header 'id,name' has no 'kind' column; expected id,kind,name (or Neo4j's :ID,:LABEL,name)."));
    }

    [Test]
    public void ImportCsv_MissingFile_IsAProblem()
    {
        var error = Assert.Throws<GraphDataException>(() => Graph.ImportCsv(Csv("no-such.csv"), Csv("edges.csv")))!;

        Assert.That(error.Problems.Single().Message, Does.StartWith("The file cannot be read"));
    }

    [Test]
    public void ImportCsv_LargeFileOnSeveralThreads_EqualsOneThreadAndReportsProgress()
    {
        // Over two 4 MiB blocks, with empty lines, so that ranges, holes and type order across threads are exercised.
        using var dir = new TempFolder();
        var random = new Random(5);
        var nodes = new StringBuilder("id,kind,name\n");
        for (var n = 0; n < 5000; n++)
        {
            nodes.Append("node-").Append(n).Append(",K").Append(n % 7).Append(",Name ").Append(n).Append('\n');
        }

        var edges = new StringBuilder("source,type,target\n");
        for (var e = 0; e < 400_000; e++)
        {
            edges.Append("node-").Append(random.Next(5000)).Append(",type_").Append(e < 300_000 ? random.Next(5) : random.Next(9)).Append(",node-").Append(random.Next(5000)).Append('\n');
            if (e % 1000 == 0)
            {
                edges.Append('\n');
            }
        }

        var nodesPath = dir.Write("n.csv", nodes.ToString());
        var edgesPath = dir.Write("e.csv", edges.ToString());
        var reports = new List<ImportProgress>();

        var parallel = Graph.ImportCsv(nodesPath, edgesPath, new CsvImportOptions { MaxDegreeOfParallelism = 3 }, new SynchronousProgress(reports.Add));
        var single = Graph.ImportCsv(nodesPath, edgesPath, new CsvImportOptions { MaxDegreeOfParallelism = 1 });

        var a = parallel.Engine.Index;
        var b = single.Engine.Index;
        Assert.That(a.EdgeCount, Is.EqualTo(400_000));
        Assert.That((a.EdgeSources, a.EdgeTargets, a.EdgeTypes), Is.EqualTo((b.EdgeSources, b.EdgeTargets, b.EdgeTypes)));
        Assert.That(parallel.RelationTypes.Select(t => t.Name), Is.EqualTo(single.RelationTypes.Select(t => t.Name)));
        Assert.That(parallel.Version, Is.EqualTo(single.Version));
        Assert.That(reports.Select(r => r.Phase).Distinct(), Is.EqualTo(new[] { ImportPhase.Scanning, ImportPhase.Nodes, ImportPhase.Edges, ImportPhase.Indexing }));
        Assert.That(reports.Last(r => r.Phase == ImportPhase.Edges), Has.Property(nameof(ImportProgress.Rows)).EqualTo(400_000).And.Property(nameof(ImportProgress.Fraction)).EqualTo(1));
    }

    [Test]
    public void ImportCsv_CancelledToken_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.That(() => Graph.ImportCsv(Csv("nodes.csv"), Csv("edges.csv"), cancellationToken: cancellation.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void ImportCsv_ChangedFile_ChangesTheVersion()
    {
        using var dir = new TempFolder();
        var nodes = dir.Write("n.csv", File.ReadAllText(Csv("nodes.csv")));
        var before = Graph.ImportCsv(nodes, Csv("edges.csv")).Version;
        File.AppendAllText(nodes, "ev1,Event,Summit\n");

        Assert.That(Graph.ImportCsv(nodes, Csv("edges.csv")).Version, Is.Not.EqualTo(before));
        Assert.That(Graph.ImportCsv(Csv("nodes.csv"), Csv("edges.csv")).Version, Is.EqualTo(before));
    }

    private static CsvImportOptions Vocabulary(Graph graph, Dictionary<string, string> typeMap) =>
        new() { EntityKinds = graph.EntityKinds, RelationTypes = graph.RelationTypes, RelationTypeMap = typeMap };

    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            lock (this)
            {
                report(value);
            }
        }
    }
}

/// <summary>A temporary folder deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("kg-test-").FullName;

    public string Write(string name, string text)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, text, new UTF8Encoding(false));
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
