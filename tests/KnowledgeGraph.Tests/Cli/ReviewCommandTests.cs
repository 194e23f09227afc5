using System.Text.Json.Nodes;
using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Tests.Extraction;
using KnowledgeGraph.Tests.Review;

namespace KnowledgeGraph.Tests.Cli;

/// <summary>
/// kg review in process on a copy of TestData/Extraction/Graph with the draft of <see cref="DraftReviewTests.Article"/>:
/// bad input is named with its file and field, answers come from a reader, nothing is written before the end.
/// </summary>
public sealed class ReviewCommandTests
{
    private string root = null!;

    private string Data => Path.Combine(root, "data");

    private string Session => Path.Combine(Data, "short-note.review-session");

    [SetUp]
    public void WriteDraft()
    {
        root = TestDataCopy.ToTempFolder(ExtractionTestGraph.Folder, "kg-review-cli-", "data");
        DraftReviewTests.WriteDraft(Data, "short-note", DraftReviewTests.Article);
    }

    [TearDown]
    public void Delete() => Directory.Delete(root, recursive: true);

    private (int Code, string Out, string Err) Run(string stdin, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr, new StringReader(stdin));
        return (code, stdout.ToString(), stderr.ToString());
    }

    private Dictionary<string, byte[]> DataFiles() =>
        Directory.EnumerateFiles(Data, "*.json", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(Data, f), File.ReadAllBytes);

    private string DecisionsFile(string json)
    {
        var path = Path.Combine(root, "decisions.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Test]
    public void Review_UnknownDraftId_NamesTheFolderAndTheDraftsAndExits1()
    {
        var (code, _, err) = Run("", "review", "short-not", "--data", Data);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1));
            Assert.That(err, Does.Contain($"{Data}: the review was refused; the data files are unchanged."));
            Assert.That(err, Does.Contain("relations/short-not.json").And.Contain("its drafts are: short-note; did you mean \"short-note\"?"));
        });
    }

    [Test]
    public void Review_WithoutADraftId_IsAUsageError() =>
        Assert.That(Run("", "review", "--data", Data).Code, Is.EqualTo(2));

    [Test]
    public void Review_InvalidTypeEdit_IsRefusedWithDidYouMeanAndAskedAgain()
    {
        var before = DataFiles();
        var (code, output, err) = Run("a\na\na\nt met-wth\nt held-phone-call-with\n", "review", "short-note", "--data", Data, "--by", "tester");
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain("The type \"met-wth\" is not a relation type of the vocabulary; did you mean \"met-with\"?"));
            Assert.That(output, Does.Contain("type: held-phone-call-with; a accepts the relation so."));
            Assert.That(code, Is.EqualTo(1), "the input ended before the relation was accepted");
            Assert.That(err, Does.Contain("The input ended before every candidate was decided. The data files are unchanged; 3 decisions are kept in " + Session));
            Assert.That(DataFiles(), Is.EqualTo(before));
        });
    }

    [Test]
    public void Review_Quit_KeepsTheSessionAndTheNextRunResumesAndWrites()
    {
        var first = Run("r\nq\n", "review", "short-note", "--data", Data, "--by", "tester");
        Assert.Multiple(() =>
        {
            Assert.That(first.Code, Is.EqualTo(0));
            Assert.That(first.Out, Does.Contain("Stopped. The data files are unchanged; 1 decision is kept in " + Session));
            Assert.That(JsonNode.Parse(File.ReadAllText(Session))!["decisions"]!.AsArray(), Has.Count.EqualTo(1));
        });

        var second = Run("a\nl european-union\na\nr\na\nn source not him\n", "review", "short-note", "--data", Data);
        var graph = Graph.Load(Data);
        Assert.Multiple(() =>
        {
            Assert.That(second.Code, Is.EqualTo(0), second.Err);
            Assert.That(second.Out, Does.Contain("Resuming 1 decision from " + Session));
            Assert.That(second.Out, Does.Contain("linked to \"european-union\""));
            Assert.That(File.Exists(Session), Is.False, "the session goes once the review is written");
            Assert.That(graph.FindRelation("short-note-european-union-criticized-azerbaijan"), Is.Not.Null);
            Assert.That(graph.RejectedRelations.Single().DecidedBy, Is.EqualTo("tester"), "the session keeps who decided");
            Assert.That(graph.RejectedLinks.Single().Note, Is.EqualTo("not him"));
        });
    }

    [Test]
    public void Review_MalformedDecisionsFile_NamesTheFileAndPositionAndWritesNothing()
    {
        var before = DataFiles();
        var path = DecisionsFile("{ \"decisions\": [ { \"candidate\": \"entity:x\", } ] }");
        var (code, _, err) = Run("", "review", "short-note", "--data", Data, "--decisions", path);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1));
            Assert.That(err, Does.Contain($"{path}: line 1, position").And.Contain("the file is not valid JSON."));
            Assert.That(DataFiles(), Is.EqualTo(before));
        });
    }

    [TestCase("""{ "decisions": [ { "candidate": "entity:caspian-monitoring-council", "action": "acept" } ] }""",
        "decisions[0].action: \"acept\" is not one of accept, reject, link, reject-link, skip.")]
    [TestCase("""{ "decisions": [ { "candidate": "entity:caspian-monitoring-council", "action": "accept" }, { "candidate": "relation:short-note-nikol-pashinyan-met-with-vladimir-putin", "action": "accept", "type": "met-wth" } ] }""",
        "decisions[1]: The type \"met-wth\" is not a relation type of the vocabulary; did you mean \"met-with\"?")]
    [TestCase("""{ "decisions": [ { "candidate": "entity:caspian-monitoring-councel", "action": "reject" } ] }""",
        "decisions[0]: \"entity:caspian-monitoring-councel\" is not a candidate of the draft \"short-note\"; did you mean \"entity:caspian-monitoring-council\"")]
    [TestCase("""{ "decisions": [ { "action": "reject" } ] }""", "decisions[0].candidate: the candidate's key is required")]
    [TestCase("""{ "decisions": [ { "candidate": "entity:caspian-monitoring-council", "action": "reject", "why": "x" } ] }""", "decisions[0].why: unknown property")]
    [TestCase("""{ "draft": "other-note", "decisions": [] }""", "draft: the decisions are for the draft \"other-note\", not \"short-note\".")]
    [TestCase("""{ "decisions": { } }""", "decisions: a list of decisions is required.")]
    public void Review_BadDecision_NamesTheFileAndFieldAndExits1(string json, string message)
    {
        var before = DataFiles();
        var path = DecisionsFile(json);
        var (code, _, err) = Run("", "review", "short-note", "--data", Data, "--decisions", path);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1));
            Assert.That(err, Does.Contain($"{path}: {message}"));
            Assert.That(DataFiles(), Is.EqualTo(before));
            Assert.That(File.Exists(Session), Is.False);
        });
    }

    [Test]
    public void Review_DecisionsFileLeavingCandidatesOpen_AsksForTheRestAndWritesWithoutTheSkipped()
    {
        var path = DecisionsFile("""
            { "decidedBy": "script",
              "decisions": [
                { "candidate": "entity:short-note-on-talks", "action": "reject" },
                { "candidate": "entity:eurasian-union-council", "action": "skip" },
                { "candidate": "relation:short-note-nikol-pashinyan-met-with-vladimir-putin", "action": "accept", "certainty": "reported" } ] }
            """);
        var (code, output, err) = Run("s\nr\nw\n", "review", "short-note", "--data", Data, "--decisions", path);
        var graph = Graph.Load(Data);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0), err);
            Assert.That(output, Does.Contain("\"relation:short-note-eurasian-union-council-criticized-azerbaijan\" is left out: its source \"eurasian-union-council\" is skipped."));
            Assert.That(output, Does.Contain("1 candidate is not decided: w writes without it"));
            Assert.That(graph.FindRelation("short-note-nikol-pashinyan-met-with-vladimir-putin")!.Certainty, Is.EqualTo(KnowledgeGraph.Model.Certainty.Reported));
            Assert.That(graph.RejectedRelations.Select(j => (j.Type, j.DecidedBy)), Is.EqualTo(new[] { ("visited", "script") }));
            Assert.That(graph.Notices, Is.Empty);
        });
    }
}
