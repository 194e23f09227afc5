using System.Text.Json;
using KnowledgeGraph.Extraction;
using static KnowledgeGraph.Tests.Extraction.ExtractionTestGraph;

namespace KnowledgeGraph.Tests.Extraction;

/// <summary>Draft files: unreviewed until a person says so; duplicates become evidence for curated relations.</summary>
public sealed class ExtractionDraftTests
{
    private const string Article = """
        A Test Note on Calls and Visits

        Prime Minister Nikol Pashinyan held a telephone call with Vladimir Putin.[1] Azerbaijani Deputy Foreign Minister Elnur Mammadov criticized the European Union.

        [1] “Calls”, TASS, https://example.org/c, (Access Date: 03.04.2025).
        """;

    private string dataDir = null!;

    [SetUp]
    public void CopyTestGraph() => dataDir = TestDataCopy.ToTempFolder(Folder, "kg-draft-");

    [TearDown]
    public void DeleteCopy() => Directory.Delete(dataDir, recursive: true);

    private ExtractionDraft Draft()
    {
        var graph = Graph.Load(dataDir);
        return ExtractionDraft.Create(graph, new ArticleExtractor(graph).Extract(Article, "test-note"), "test-note", "note.txt");
    }

    [Test]
    public void Create_DuplicateOfACuratedRelation_BecomesAnEvidenceAddition()
    {
        var draft = Draft();
        using var relations = JsonDocument.Parse(draft.RelationsJson);
        var additions = relations.RootElement.GetProperty("evidenceAdditions");
        Assert.Multiple(() =>
        {
            Assert.That(relations.RootElement.GetProperty("status").GetString(), Is.EqualTo("unreviewed"));
            Assert.That(additions.GetArrayLength(), Is.EqualTo(1));
            Assert.That(additions[0].GetProperty("relation").GetString(), Is.EqualTo("earlier-pashinyan-call-putin"));
            Assert.That(additions[0].GetProperty("evidence")[0].GetProperty("footnote").GetInt32(), Is.EqualTo(1));
            Assert.That(relations.RootElement.GetProperty("relations").EnumerateArray().Select(r => r.GetProperty("type").GetString()),
                Does.Contain("criticized").And.Not.Contain("held-phone-call-with"));
            Assert.That(draft.EvidenceAdditionCount, Is.EqualTo(1));
        });
    }

    [Test]
    public void WriteTo_Drafts_AreSkippedByTheLoaderWithNotices()
    {
        Draft().WriteTo(dataDir);
        var graph = Graph.Load(dataDir);
        Assert.Multiple(() =>
        {
            Assert.That(graph.FindDocument("test-note"), Is.Null);
            Assert.That(graph.FindEntity("elnur-mammadov"), Is.Null);
            Assert.That(graph.Notices, Has.Length.EqualTo(3));
            Assert.That(graph.Notices, Has.Some.Contains("entities/test-note.json is an unreviewed draft"));
            Assert.That(graph.Notices, Has.Some.Contains("documents/test-note.json is an unreviewed draft"));
            Assert.That(graph.FindRelation("earlier-pashinyan-call-putin")!.Evidence, Has.Length.EqualTo(1));
        });
    }

    [Test]
    public void WriteTo_ReviewedDrafts_LoadAndAppendEvidenceToCuratedRelations()
    {
        Draft().WriteTo(dataDir);
        foreach (var folder in new[] { "documents", "entities", "relations" })
        {
            var path = Path.Combine(dataDir, folder, "test-note.json");
            File.WriteAllText(path, File.ReadAllText(path).Replace("\"unreviewed\"", "\"reviewed\"", StringComparison.Ordinal));
        }

        var graph = Graph.Load(dataDir);
        var call = graph.FindRelation("earlier-pashinyan-call-putin")!;
        Assert.Multiple(() =>
        {
            Assert.That(graph.Notices, Is.Empty);
            Assert.That(graph.FindEntity("elnur-mammadov")!.Role, Is.EqualTo("Deputy Foreign Minister of Azerbaijan"));
            Assert.That(call.Evidence.Select(e => e.Document), Is.EqualTo(new[] { "earlier", "test-note" }));
            Assert.That(call.Evidence[1].Citation!.Outlet, Is.EqualTo("TASS"));
            Assert.That(graph.Relations.Any(r => r.Type == "criticized" && r.Source == "elnur-mammadov"), Is.True);
        });
    }

    [Test]
    public void WriteTo_ExistingDraft_IsKeptUnlessReplacingIsAsked()
    {
        var draft = Draft();
        draft.WriteTo(dataDir);
        Assert.That(() => draft.WriteTo(dataDir), Throws.InstanceOf<IOException>().With.Message.Contains("relations").Or.Message.Contains("an unreviewed draft already exists"));
        Assert.That(() => draft.WriteTo(dataDir, replaceDrafts: true), Throws.Nothing);
        Assert.That(Directory.EnumerateFiles(dataDir, "*.tmp-*", SearchOption.AllDirectories), Is.Empty);
    }

    [Test]
    public void WriteTo_ReviewedFileWithTheSameName_IsNeverOverwritten()
    {
        var curated = Path.Combine(dataDir, "relations", "test-note.json");
        File.WriteAllText(curated, "{ \"document\": \"earlier\", \"relations\": [] }");
        Assert.Multiple(() =>
        {
            Assert.That(() => Draft().WriteTo(dataDir, replaceDrafts: true),
                Throws.InstanceOf<IOException>().With.Message.Contains("is not an unreviewed draft; curated data is never overwritten"));
            Assert.That(File.ReadAllText(curated), Does.Contain("\"relations\": []"));
            Assert.That(File.Exists(Path.Combine(dataDir, "documents", "test-note.json")), Is.False, "nothing is half-written");
        });
    }

    [Test]
    public void Create_ExistingDocumentId_IsRefused() =>
        Assert.That(() => ExtractionDraft.Create(TestGraph, Extract("Armenia criticized Azerbaijan."), "earlier"),
            Throws.TypeOf<ExtractionInputException>().With.Property(nameof(ExtractionInputException.Reason)).Contains("already has a document \"earlier\""));
}
