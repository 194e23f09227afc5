using System.Text;
using KnowledgeGraph.Export;
using KnowledgeGraph.Loading;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Tests.Export;

public sealed class KnowledgeGraphJsonExporterTests
{
    [TestCase(ExportTestGraphs.Real)]
    [TestCase(ExportTestGraphs.Hostile)]
    public void Export_ThenLoadJson_GivesAnIdenticalGraph(string graphName)
    {
        var graph = ExportTestGraphs.Get(graphName);
        var json = ExportTestGraphs.Export(graph, ExportFormat.KnowledgeGraphJson);
        var imported = Graph.LoadJson(new MemoryStream(json));
        Assert.Multiple(() =>
        {
            Assert.That(ExportTestGraphs.Snapshot(imported), Is.EqualTo(ExportTestGraphs.Snapshot(graph)), "every field of every item, in order");
            Assert.That(ExportTestGraphs.Export(imported, ExportFormat.KnowledgeGraphJson), Is.EqualTo(json), "exporting the import gives the same bytes");
            Assert.That(imported.Notices, Is.Empty);
        });
    }

    [Test]
    public void Export_ThenLoadJson_KeepsMergesRejectedMergesAndJudgements()
    {
        var graph = Graph.Load(Path.Combine(RepositoryPaths.TestData, "Sources"));
        var json = ExportTestGraphs.Export(graph, ExportFormat.KnowledgeGraphJson);
        var imported = Graph.LoadJson(new MemoryStream(json));
        Assert.Multiple(() =>
        {
            Assert.That(imported.FindEntity("nikol-pashinian")?.Id, Is.EqualTo("nikol-pashinyan"), "a referent id still resolves");
            Assert.That(imported.FindEntity("nikol-pashinyan")!.Referents, Is.EqualTo(new[] { "nikol-pashinian" }));
            Assert.That(imported.Merges.Select(m => (m.Canonical, string.Join(",", m.Referents), m.DecidedBy, m.Note)),
                Is.EqualTo(graph.Merges.Select(m => (m.Canonical, string.Join(",", m.Referents), m.DecidedBy, m.Note))));
            Assert.That(imported.RejectedMerges.Select(m => (string.Join(",", m.Ids), m.DecidedBy, m.Note)),
                Is.EqualTo(graph.RejectedMerges.Select(m => (string.Join(",", m.Ids), m.DecidedBy, m.Note))));
            Assert.That(imported.RejectedRelations, Is.EqualTo(graph.RejectedRelations).And.Not.Empty);
            Assert.That(imported.RejectedLinks, Is.EqualTo(graph.RejectedLinks).And.Not.Empty);
            Assert.That(ExportTestGraphs.Snapshot(imported), Is.EqualTo(ExportTestGraphs.Snapshot(graph)), "every field of every item, in order");
            Assert.That(ExportTestGraphs.Export(imported, ExportFormat.KnowledgeGraphJson), Is.EqualTo(json), "exporting the import gives the same bytes");
            Assert.That(Encoding.UTF8.GetString(json), Does.Contain("\"resolution\": {"));
        });
    }

    [Test]
    public void Export_Subset_KeepsTheDecisionsWhoseEntitiesItHolds()
    {
        var graph = Graph.Load(Path.Combine(RepositoryPaths.TestData, "Sources"));
        using var buffer = new MemoryStream();
        GraphExporter.Export(graph, [], [graph.Relations.First(r => r.Source == "nikol-pashinyan" && r.Target == "vladimir-putin")], ExportFormat.KnowledgeGraphJson, buffer);
        buffer.Position = 0;
        var subset = Graph.LoadJson(buffer);
        Assert.Multiple(() =>
        {
            Assert.That(subset.FindEntity("nikol-pashinian")?.Id, Is.EqualTo("nikol-pashinyan"));
            Assert.That(subset.RejectedLinks.Select(j => j.Entity), Is.EqualTo(new[] { "vladimir-putin" }));
            Assert.That(subset.RejectedRelations, Is.Empty, "washington-peace-agreement is not in the subset");
        });
    }

    [Test]
    public void Export_Subset_KeepsOnlyTheClaimsWhoseRelationsAndDocumentsItHolds()
    {
        var graph = Graph.Load(Path.Combine(RepositoryPaths.TestData, "Sources"));
        var call = graph.FindRelation("pashinyan-call-putin")!;
        Assert.That(graph.FindDocument("analysis")!.Claims.Select(c => c.Relations[0]), Is.EqualTo(new[] { "pashinyan-call-putin", "pashinyan-accepted-parade" }));
        using var buffer = new MemoryStream();
        GraphExporter.Export(graph, [], [call], ExportFormat.KnowledgeGraphJson, buffer);
        buffer.Position = 0;
        var subset = Graph.LoadJson(buffer);
        var claims = subset.FindDocument("analysis")!.Claims;
        Assert.Multiple(() =>
        {
            Assert.That(claims.Select(c => c.Relations[0]), Is.EqualTo(new[] { "pashinyan-call-putin" }), "the parade is not in the subset");
            Assert.That(claims[0].Documents, Is.EqualTo(new[] { "kremlin-readout", "mirror-spectator-reprint" }), "documents the subset holds: the call's evidence cites them");
            Assert.That(subset.FindDocument("tass-parade"), Is.Null);
        });
    }

    [Test]
    public void Export_AViewOfAFilteredQuery_WritesTheCountedEvidenceAndStillLoads()
    {
        // The Kremlin readout as reported by TurkiyeScoop: the article's claim about the call needs the article's evidence.
        const string Readout = "turkiyescoop-putin-pashinyan-phone-call-2025-03", Article = "armenia-new-diplomatic-moves-2025";
        var graph = ExportTestGraphs.Get(ExportTestGraphs.Real);
        var found = graph.FindRelations(new RelationQuery { Entity = "nikol-pashinyan", OtherEntity = "vladimir-putin", Documents = [Readout] });
        using var buffer = new MemoryStream();
        GraphExporter.Export(graph, [], found, ExportFormat.KnowledgeGraphJson, buffer);
        buffer.Position = 0;
        var subset = Graph.LoadJson(buffer);
        var call = subset.FindRelation("pashinyan-phone-call-putin-2025-03-14")!;
        Assert.Multiple(() =>
        {
            Assert.That(call.Evidence.Select(e => e.Document), Is.All.EqualTo(Readout), "the readout's evidence only");
            Assert.That(call.IsContested, Is.False);
            Assert.That(graph.FindDocument(Article)!.Claims.SelectMany(c => c.Relations), Does.Contain(call.Id));
            Assert.That(subset.FindDocument(Article)!.Claims.SelectMany(c => c.Relations), Does.Not.Contain(call.Id), "the view holds no evidence of the article");
        });
    }

    [Test]
    public void Export_EachRelationTheArticleClaims_LoadsAloneWithTheClaimsItCanHold()
    {
        var graph = ExportTestGraphs.Get(ExportTestGraphs.Real);
        var claims = graph.FindDocument("armenia-new-diplomatic-moves-2025")!.Claims;
        Assert.Multiple(() =>
        {
            foreach (var id in claims.SelectMany(c => c.Relations).Distinct())
            {
                using var buffer = new MemoryStream();
                GraphExporter.Export(graph, [], [graph.FindRelation(id)!], ExportFormat.KnowledgeGraphJson, buffer);
                buffer.Position = 0;
                var subset = Graph.LoadJson(buffer);
                var expected = claims.Where(c => c.Relations.SequenceEqual([id]) && c.Documents.All(d => subset.FindDocument(d) is not null));
                Assert.That(subset.FindDocument("armenia-new-diplomatic-moves-2025")!.Claims.Select(c => c.Note), Is.EqualTo(expected.Select(c => c.Note)), id);
            }
        });
    }

    [Test]
    public void LoadJson_MergeWhoseReferentIsAnExportedEntity_IsAProblemOfTheResolutionSection()
    {
        var graph = Graph.Load(Path.Combine(RepositoryPaths.TestData, "Sources"));
        var json = System.Text.Json.Nodes.JsonNode.Parse(ExportTestGraphs.Export(graph, ExportFormat.KnowledgeGraphJson))!;
        json["resolution"]!["merges"]![0]!["referents"]![0] = "vladimir-putin";
        var error = Assert.Throws<GraphDataException>(() => Graph.LoadJson(new MemoryStream(Encoding.UTF8.GetBytes(json.ToJsonString()))))!;
        Assert.That(error.Problems.Select(p => (p.JsonPath, p.Message)), Has.Some.EqualTo(("$.resolution.merges[0].referents[0]",
            "\"referents\"[0] is \"vladimir-putin\", which this export also holds as an entity; an exported merge names only ids folded into the canonical entity.")));
    }

    [Test]
    public void LoadJson_Version_IsAHashOfTheDocument()
    {
        var real = ExportTestGraphs.Export(ExportTestGraphs.Get(ExportTestGraphs.Real), ExportFormat.KnowledgeGraphJson);
        var hostile = ExportTestGraphs.Export(ExportTestGraphs.Get(ExportTestGraphs.Hostile), ExportFormat.KnowledgeGraphJson);
        var first = Graph.LoadJson(new MemoryStream(real)).Version;
        Assert.Multiple(() =>
        {
            Assert.That(first, Has.Length.EqualTo(16));
            Assert.That(Graph.LoadJson(new MemoryStream(real)).Version, Is.EqualTo(first), "the same document, the same version");
            Assert.That(Graph.LoadJson(new MemoryStream(hostile)).Version, Is.Not.EqualTo(first), "other data, another version");
        });
    }

    [Test]
    public void Export_Subset_LoadsWithTheDocumentsAndAuthorsItCites()
    {
        var graph = ExportTestGraphs.Get(ExportTestGraphs.Hostile);
        using var buffer = new MemoryStream();
        GraphExporter.Export(graph, [], [graph.FindRelation("call-1")!], ExportFormat.KnowledgeGraphJson, buffer);
        buffer.Position = 0;
        var subset = Graph.LoadJson(buffer);
        Assert.Multiple(() =>
        {
            Assert.That(subset.Relations.Select(r => r.Id), Is.EqualTo(new[] { "call-1" }));
            Assert.That(subset.Entities.Select(e => e.Id), Is.EqualTo(new[] { "sergei-lavrov", "armenia", "reporter", "daily" }),
                "the relation's ends, then the document's author and the footnote's outlet");
            Assert.That(subset.Documents.Select(d => d.Id), Is.EqualTo(new[] { "doc" }));
            Assert.That(subset.FindRelation("call-1")!.Evidence[0].Citation!.Outlet, Is.EqualTo("Outlet & Co. \"Daily\""));
            Assert.That(subset.RelationTypes, Has.Length.EqualTo(graph.RelationTypes.Length), "the whole vocabulary");
        });
    }

    [Test]
    public void LoadJson_BadReference_ReportsLineAndPathInTheDocument()
    {
        var graph = ExportTestGraphs.Get(ExportTestGraphs.Hostile);
        var json = Encoding.UTF8.GetString(ExportTestGraphs.Export(graph, ExportFormat.KnowledgeGraphJson))
            .Replace("\"target\": \"armenia\"", "\"target\": \"armenja\"", StringComparison.Ordinal);
        var ex = Assert.Throws<GraphDataException>(() => Graph.LoadJson(new MemoryStream(Encoding.UTF8.GetBytes(json))));
        var problem = ex!.Problems[0];
        var expectedLine = json.Split('\n').ToList().FindIndex(l => l.Contains("\"armenja\"", StringComparison.Ordinal)) + 1;
        Assert.Multiple(() =>
        {
            Assert.That(problem.File, Is.EqualTo("graph.json"));
            Assert.That(problem.JsonPath, Is.EqualTo("$.relations[0].target"));
            Assert.That(problem.Line, Is.EqualTo(expectedLine));
            Assert.That(problem.Message, Does.Contain("\"armenja\", which is not an entity of the data set; did you mean \"armenia\"?"));
        });
    }

    [TestCase("{\"format\": \"graphml\", \"formatVersion\": 1, \"entityKinds\": [], \"relationTypes\": [], \"entities\": [], \"relations\": []}", "$.format", "\"format\" is \"graphml\"")]
    [TestCase("{\"format\": \"knowledge-graph\", \"formatVersion\": 2, \"entityKinds\": [], \"relationTypes\": [], \"entities\": [], \"relations\": []}", "$.formatVersion", "this library reads version 1")]
    [TestCase("{\"format\": \"knowledge-graph\", \"formatVersion\": 1, \"entityKinds\": [], \"relationTypes\": [], \"relations\": []}", "$", "\"entities\" is missing")]
    [TestCase("{\"format\": \"knowledge-graph\", \"formatVersion\": 1, \"entityKinds\": [], \"relationTypes\": [], \"entities\": [], \"relations\": [], \"extra\": 1}", "$.extra", "Unknown property \"extra\"")]
    public void LoadJson_NotAnExport_SaysWhatIsWrong(string json, string path, string message)
    {
        var ex = Assert.Throws<GraphDataException>(() => Graph.LoadJson(new MemoryStream(Encoding.UTF8.GetBytes(json))));
        Assert.That(ex!.Problems.Select(p => (p.JsonPath, p.Message)), Has.Some.Matches<(string? Path, string Message)>(p => p.Path == path && p.Message.Contains(message, StringComparison.Ordinal)),
            ex.Message);
    }
}
