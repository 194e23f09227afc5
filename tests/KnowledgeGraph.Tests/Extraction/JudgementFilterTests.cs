using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Tests.Extraction;

/// <summary>The extractor honours the reviewers' judgements (resolution.json) of a copy of TestData/Extraction/Graph.</summary>
public sealed class JudgementFilterTests
{
    private const string Talks = "Nikol Pashinyan held talks with Vladimir Putin in Moscow on March 14, 2025.";

    private string root = null!;

    private string Data => Path.Combine(root, "data");

    [SetUp]
    public void Copy() => root = TestDataCopy.ToTempFolder(ExtractionTestGraph.Folder, "kg-judgements-", "data");

    [TearDown]
    public void Delete() => Directory.Delete(root, recursive: true);

    private ExtractionResult Extract(string judgements, params string[] paragraphs)
    {
        File.WriteAllText(Path.Combine(Data, "resolution.json"), $"{{ \"judgements\": {judgements} }}");
        var graph = Graph.Load(Data);
        return new ArticleExtractor(graph).Extract("A test article about the region\n\n" + string.Join("\n\n", paragraphs) + "\n", "test-doc");
    }

    [Test]
    public void Extract_WithoutJudgements_ProposesTheTalks() =>
        Assert.That(ExtractionTestGraph.Lines(ExtractionTestGraph.Extract(Talks)), Does.Contain("nikol-pashinyan met-with vladimir-putin (stated)"));

    [Test]
    public void Extract_RejectedRelation_IsNotProposedAndANoticeNamesIt()
    {
        var result = Extract("""{ "relations": [ { "source": "nikol-pashinyan", "type": "met-with", "target": "vladimir-putin", "certainty": "stated" } ] }""", Talks);
        Assert.Multiple(() =>
        {
            Assert.That(ExtractionTestGraph.Lines(result), Has.None.Contains("met-with"));
            Assert.That(result.Notices, Has.Some.Contains("A reviewer rejected \"nikol-pashinyan\" met-with \"vladimir-putin\""));
            Assert.That(result.Entities.Select(e => e.Id), Does.Contain("nikol-pashinyan"), "the mentions stay: only the relation was rejected");
        });
    }

    [Test]
    public void Extract_RejectedSymmetricRelationWrittenTheOtherWay_IsNotProposed()
    {
        var result = Extract("""{ "relations": [ { "source": "vladimir-putin", "type": "met-with", "target": "nikol-pashinyan" } ] }""", Talks);
        Assert.That(ExtractionTestGraph.Lines(result), Has.None.Contains("met-with"));
    }

    [Test]
    public void Extract_RejectedStatedRelation_StillProposesItAsAPossibility()
    {
        var result = Extract("""{ "relations": [ { "source": "nikol-pashinyan", "type": "met-with", "target": "vladimir-putin", "certainty": "reported" } ] }""",
            Talks, "Nikol Pashinyan could hold talks with Vladimir Putin in 2026.");
        Assert.Multiple(() =>
        {
            Assert.That(ExtractionTestGraph.Lines(result), Has.None.Contains("met-with vladimir-putin (stated)"), "stated and reported are one factual standing");
            Assert.That(ExtractionTestGraph.Lines(result), Does.Contain("nikol-pashinyan met-with vladimir-putin (hypothetical)"));
        });
    }

    [Test]
    public void Extract_RejectedLink_LeavesTheMentionUnlinkedAndItsRelationsOut()
    {
        var result = Extract("""{ "links": [ { "name": "Pashinian", "entity": "nikol-pashinyan", "note": "another person" } ] }""",
            "Pashinian held talks with Vladimir Putin in Moscow on March 14, 2025.", "Nikol Pashinyan criticized Russia.");
        var pashinyan = result.Entities.Single(e => e.Id == "nikol-pashinyan");
        Assert.Multiple(() =>
        {
            Assert.That(pashinyan.Mentions.Select(m => m.Text), Has.None.EqualTo("Pashinian"));
            Assert.That(ExtractionTestGraph.Lines(result), Has.None.Contains("nikol-pashinyan met-with"));
            Assert.That(ExtractionTestGraph.Lines(result), Does.Contain("nikol-pashinyan criticized russia (stated)"), "the other spelling still links");
            Assert.That(result.Notices, Has.Some.Contains("The mention \"Pashinian\" (paragraph 2) is not linked to \"nikol-pashinyan\""));
        });
    }
}
