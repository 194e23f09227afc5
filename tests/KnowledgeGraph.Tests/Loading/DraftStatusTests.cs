using KnowledgeGraph.Loading;

namespace KnowledgeGraph.Tests.Loading;

/// <summary>The loader's contract for drafts: "status" on every data file, and evidence additions in relation files.</summary>
public sealed class DraftStatusTests
{
    private string dir = null!;

    [SetUp]
    public void CopyValidData() => dir = TestDataCopy.ToTempFolder(Path.Combine(RepositoryPaths.TestData, "Valid"), "kg-status-");

    [TearDown]
    public void Delete() => Directory.Delete(dir, recursive: true);

    [Test]
    public void Load_UnreviewedEntitiesFile_IsSkippedWithANotice()
    {
        File.WriteAllText(Path.Combine(dir, "entities", "draft.json"), """{ "status": "unreviewed", "entities": [ { "id": "x", "kind": "Nonsense", "name": "" } ] }""");
        var graph = Graph.Load(dir);
        Assert.Multiple(() =>
        {
            Assert.That(graph.FindEntity("x"), Is.Null);
            Assert.That(graph.Notices.Single(), Does.StartWith("entities/draft.json is an unreviewed draft"));
        });
    }

    [Test]
    public void Load_ReviewedEntitiesFileWithStatus_Loads()
    {
        File.WriteAllText(Path.Combine(dir, "entities", "more.json"), """{ "status": "reviewed", "entities": [ { "id": "georgia", "kind": "State", "name": "Georgia" } ] }""");
        Assert.That(Graph.Load(dir).FindEntity("georgia"), Is.Not.Null);
    }

    [Test]
    public void Load_UnknownStatus_IsAProblemNamingTheValue()
    {
        File.WriteAllText(Path.Combine(dir, "documents", "other.json"), """{ "status": "draft", "document": { "id": "other", "title": "T", "paragraphCount": 1 } }""");
        var e = Assert.Throws<GraphDataException>(() => Graph.Load(dir))!;
        Assert.That(e.Problems.Single().ToString(), Does.Contain("documents/other.json:1").And.Contain("\"status\" is \"draft\", which is not one of: reviewed, unreviewed."));
    }

    [Test]
    public void Load_EvidenceAddition_IsAppendedToTheNamedRelation()
    {
        File.WriteAllText(Path.Combine(dir, "relations", "more.json"), """
            { "document": "doc", "status": "reviewed", "relations": [],
              "evidenceAdditions": [ { "relation": "pashinyan-call-putin", "evidence": [ { "paragraph": 4, "note": "Mentioned again." } ] } ] }
            """);
        var call = Graph.Load(dir).FindRelation("pashinyan-call-putin")!;
        Assert.That(call.Evidence.Select(e => e.Paragraph), Is.EqualTo(new int?[] { 3, 4 }));
    }

    [Test]
    public void Load_EvidenceAdditionForAnUnknownRelation_IsAProblemWithSuggestion()
    {
        File.WriteAllText(Path.Combine(dir, "relations", "more.json"), """
            { "document": "doc", "relations": [],
              "evidenceAdditions": [ { "relation": "pashinyan-call-putn", "evidence": [ { "paragraph": 4 } ] } ] }
            """);
        var e = Assert.Throws<GraphDataException>(() => Graph.Load(dir))!;
        Assert.That(e.Problems.Single().ToString(), Does.Contain("$.evidenceAdditions[0].relation").And.Contain("\"pashinyan-call-putn\", which is not a relation of the data set; did you mean \"pashinyan-call-putin\"?"));
    }
}
