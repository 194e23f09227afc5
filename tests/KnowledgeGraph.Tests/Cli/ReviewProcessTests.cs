using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using KnowledgeGraph.Cli.Commands;

namespace KnowledgeGraph.Tests.Cli;

/// <summary>
/// The built kg (kg.dll beside the tests, run by dotnet as a process of its own) on a copy of graph-data: a draft
/// written by kg extract --out, reviewed through redirected standard input, through --decisions, and interrupted by
/// SIGINT; then the folder loads, and a second extraction honours the judgements. The article is our own. The last
/// test runs the commands in process (CommandLine.Run): a merge rejected after a review stays rejected on re-extraction.
/// </summary>
[NonParallelizable]
public sealed class ReviewProcessTests
{
    private const string Article = """
        Talks in Abu Dhabi

        Armenian Prime Minister Nikol Pashinyan held talks with Azerbaijani President Ilham Aliyev in Abu Dhabi on July 10, 2025. The Caspian Monitoring Council criticized Armenia.

        Pashinyan visited Moscow in March 2025. Azerbaijan signed the Transit Charter with Turkey.

        """;

    private const string Visited = "abu-dhabi-talks-nikol-pashinyan-visited-russia";

    private string root = null!;

    private string Data => Path.Combine(root, "data");

    private string ArticlePath => Path.Combine(root, "abu-dhabi-talks.txt");

    private string Session => Path.Combine(Data, "abu-dhabi-talks.review-session");

    [SetUp]
    public void ExtractDraft()
    {
        root = TestDataCopy.ToTempFolder(RepositoryPaths.GraphData, "kg-review-process-", "data");
        File.WriteAllText(ArticlePath, Article);
        var extract = Kg("", "extract", ArticlePath, "--data", Data, "--id", "abu-dhabi-talks", "--out", Data);
        Assert.That(extract.Code, Is.EqualTo(0), extract.Err);
        Assert.That(Relations(), Does.Contain(Visited), "the article's visit is a candidate (the extractor's reading of our own article)");
    }

    [TearDown]
    public void Delete() => Directory.Delete(root, recursive: true);

    /// <summary>The draft's candidates in review order, as kg review walks them: entities, relations, evidence additions.</summary>
    private (List<string> Entities, List<string> Relations, int Additions) Draft()
    {
        var entities = JsonNode.Parse(File.ReadAllText(Path.Combine(Data, "entities", "abu-dhabi-talks.json")))!["entities"]!.AsArray();
        var relations = JsonNode.Parse(File.ReadAllText(Path.Combine(Data, "relations", "abu-dhabi-talks.json")))!;
        return ([.. entities.Select(e => (string)e!["id"]!)], [.. relations["relations"]!.AsArray().Select(r => (string)r!["id"]!)], relations["evidenceAdditions"]?.AsArray().Count ?? 0);
    }

    private List<string> Relations() => Draft().Relations;

    private Dictionary<string, byte[]> DataFiles() =>
        Directory.EnumerateFiles(Data, "*.json", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(Data, f), File.ReadAllBytes);

    private static ProcessStartInfo Start(string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kg.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    private static (int Code, string Out, string Err) Kg(string stdin, params string[] args)
    {
        using var process = Process.Start(Start(args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("kg did not finish in two minutes");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    [Test]
    public void Review_RedirectedAnswers_WriteTheReviewAndTheNextExtractionOmitsTheRejectedRelation()
    {
        var (entities, relations, additions) = Draft();
        var answers = entities.Select(_ => "a").Concat(relations.Select(id => id == Visited ? "r the text says he visited Moscow, the city, as a place" : "a")).Concat(Enumerable.Repeat("a", additions));
        var (code, output, err) = Kg(string.Join("\n", answers) + "\n", "review", "abu-dhabi-talks", "--data", Data, "--by", "tester", "--article", ArticlePath);

        var graph = Graph.Load(Data);
        var again = Kg("", "extract", ArticlePath, "--data", Data, "--id", "abu-dhabi-talks-again");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0), err);
            Assert.That(output, Does.Contain("[1/").And.Contain("> a").And.Contain("| Armenian Prime Minister Nikol Pashinyan held talks"), "the candidates, the answers and the paragraphs are shown");
            Assert.That(output, Does.Contain("rejected; it is remembered as a judgement"));
            Assert.That(graph.Notices, Is.Empty);
            Assert.That(relations.Where(id => id != Visited).Select(id => graph.FindRelation(id)?.Id), Is.EqualTo(relations.Where(id => id != Visited)), "every accepted relation");
            Assert.That(graph.FindRelation(Visited), Is.Null);
            Assert.That(graph.RejectedRelations.Select(j => (j.Source, j.Type, j.Target, j.DecidedBy)), Is.EqualTo(new[] { ("nikol-pashinyan", "visited", "russia", "tester") }));
            Assert.That(again.Code, Is.EqualTo(0), again.Err);
            Assert.That(again.Out, Does.Not.Contain("\"type\": \"visited\""));
            Assert.That(again.Out, Does.Contain("A reviewer rejected \\\"nikol-pashinyan\\\" visited \\\"russia\\\""));
            Assert.That(File.Exists(Session), Is.False);
        });
    }

    [Test]
    public void Review_DecisionsFile_AppliesTheListWithoutAsking()
    {
        var (entities, relations, additions) = Draft();
        var decisions = new JsonArray();
        foreach (var id in entities)
        {
            decisions.Add(new JsonObject { ["candidate"] = "entity:" + id, ["action"] = "accept" });
        }

        foreach (var id in relations)
        {
            decisions.Add(id == Visited
                ? new JsonObject { ["candidate"] = "relation:" + id, ["action"] = "reject", ["reason"] = "a place, not the state" }
                : new JsonObject { ["candidate"] = "relation:" + id, ["action"] = "accept", ["certainty"] = "reported" });
        }

        var path = Path.Combine(root, "decisions.json");
        File.WriteAllText(path, new JsonObject { ["draft"] = "abu-dhabi-talks", ["decidedBy"] = "script", ["decisions"] = decisions }.ToJsonString());
        var answers = string.Concat(Enumerable.Repeat("s\n", additions)) + "w\n";
        var (code, output, err) = Kg(answers, "review", "abu-dhabi-talks", "--data", Data, "--decisions", path);
        var graph = Graph.Load(Data);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0), err);
            Assert.That(output, Does.Contain($"{additions} candidates left out undecided"));
            Assert.That(relations.Where(id => id != Visited).Select(id => graph.FindRelation(id)!.Certainty).Distinct(), Is.EqualTo(new[] { KnowledgeGraph.Model.Certainty.Reported }));
            Assert.That(graph.RejectedRelations.Single().Note, Is.EqualTo("a place, not the state"));
            Assert.That(graph.RejectedRelations.Single().DecidedBy, Is.EqualTo("script"));
        });
    }

    [Test]
    public void Review_Sigint_LeavesTheDataFilesUnchangedAndTheSessionResumes()
    {
        var before = DataFiles();
        var (entities, relations, additions) = Draft();
        Assert.That(entities, Has.Count.GreaterThanOrEqualTo(2), "the draft has two entity candidates to decide before the interrupt");
        using var process = Process.Start(Start(["review", "abu-dhabi-talks", "--data", Data, "--by", "tester"]))!;
        var output = new StringBuilder();
        var reader = Task.Run(() =>
        {
            var buffer = new char[256];
            int n;
            while ((n = process.StandardOutput.Read(buffer, 0, buffer.Length)) > 0)
            {
                lock (output)
                {
                    output.Append(buffer, 0, n);
                }
            }
        });
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write("a\na\n");
        process.StandardInput.Flush();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!Shown("[3/") && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(50);
        }

        Assert.That(Shown("[3/"), Is.True, "the third candidate is shown after two answers");
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        Assert.That(process.WaitForExit(60_000), Is.True, "kg ends on SIGINT");
        reader.Wait(10_000);
        var session = JsonNode.Parse(File.ReadAllText(Session))!;
        Assert.Multiple(() =>
        {
            Assert.That(process.ExitCode, Is.EqualTo(130));
            Assert.That(error.Result, Does.Contain("Interrupted. The data files are unchanged; 2 decisions are kept in " + Session));
            Assert.That(DataFiles(), Is.EqualTo(before), "every data file byte for byte; only the session file is new");
            Assert.That(Directory.EnumerateFiles(Data, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Data, f)).Except(before.Keys),
                Is.EqualTo(new[] { Path.GetFileName(Session) }));
            Assert.That(session["decisions"]!.AsArray().Select(d => (string)d!["candidate"]!), Is.EqualTo(entities.Take(2).Select(id => "entity:" + id)));
        });

        var rest = entities.Skip(2).Select(_ => "a").Concat(relations.Select(_ => "a")).Concat(Enumerable.Repeat("a", additions));
        var resumed = Kg(string.Join("\n", rest) + "\n", "review", "abu-dhabi-talks", "--data", Data);
        Assert.Multiple(() =>
        {
            Assert.That(resumed.Code, Is.EqualTo(0), resumed.Err);
            Assert.That(resumed.Out, Does.Contain("Resuming 2 decisions from " + Session));
            Assert.That(Graph.Load(Data).FindRelation(Visited), Is.Not.Null);
            Assert.That(File.Exists(Session), Is.False);
        });

        bool Shown(string text)
        {
            lock (output)
            {
                return output.ToString().Contains(text, StringComparison.Ordinal);
            }
        }
    }

    [Test]
    public void Merges_RejectedAfterAReview_StaysRejectedAfterReextraction()
    {
        // "European Defense Force" is a new entity beside the graph's "European Defence Force" (one letter apart).
        var article = Path.Combine(root, "defence-note.txt");
        File.WriteAllText(article, "A Note on Defence\n\nThe European Defense Force criticized Russia on May 2, 2025.\n");
        Assert.That(Run("extract", article, "--data", Data, "--id", "defence-note", "--out", Data).Code, Is.EqualTo(0));
        var decisions = Path.Combine(root, "defence-decisions.json");
        File.WriteAllText(decisions, """
            { "decisions": [
              { "candidate": "entity:european-defense-force", "action": "accept" },
              { "candidate": "relation:defence-note-european-defense-force-criticized-russia", "action": "accept" } ] }
            """);
        var reviewed = Run("review", "defence-note", "--data", Data, "--decisions", decisions, "--by", "tester");
        Assert.That(reviewed.Code, Is.EqualTo(0), reviewed.Err + reviewed.Out);

        bool Proposed() => JsonNode.Parse(Run("merges", "propose", "--data", Data, "--json", "--min-score", "0").Out)!.AsArray()
            .Any(p => (string?)p!["first"] == "european-defence-force" && (string?)p["second"] == "european-defense-force");
        Assert.That(Proposed(), Is.True, "the two are proposed");
        Assert.That(Run("merges", "reject", "european-defence-force", "european-defense-force", "--by", "tester", "--data", Data).Code, Is.EqualTo(0));

        var again = Run("extract", article, "--data", Data, "--id", "defence-note-again");
        Assert.Multiple(() =>
        {
            Assert.That(Proposed(), Is.False, "a rejected merge is never proposed again");
            Assert.That(again.Out, Does.Contain("\"source\": \"european-defense-force\""), "the mention links to the entity it names");
            Assert.That(again.Out, Does.Not.Contain("\"european-defence-force\""), "and never to the other one");
        });
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
