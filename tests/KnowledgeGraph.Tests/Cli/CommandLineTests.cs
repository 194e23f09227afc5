using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Tests.Extraction;

namespace KnowledgeGraph.Tests.Cli;

/// <summary>The kg command: exit codes, messages naming the file and the reason, drafts written whole.</summary>
public sealed class CommandLineTests
{
    private string dir = null!;

    [SetUp]
    public void CreateDir() => dir = TestDataCopy.ToTempFolder(ExtractionTestGraph.Folder, "kg-cli-", "data");

    [TearDown]
    public void DeleteDir() => Directory.Delete(dir, recursive: true);

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Test]
    public void Run_NoArguments_PrintsUsageWithExitCode2() =>
        Assert.That(Run().Code, Is.EqualTo(2));

    [Test]
    public void Run_MissingArticle_NamesTheFileAndExits1()
    {
        var missing = Path.Combine(dir, "missing.txt");
        var (code, _, err) = Run("extract", missing, "--data", Path.Combine(dir, "data"), "--id", "x");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1));
            Assert.That(err, Does.Contain(missing + ": the article file does not exist."));
        });
    }

    [Test]
    public void Run_ArticleWithoutRunningText_NamesTheReasonAndWritesNothing()
    {
        var article = Path.Combine(dir, "headings.txt");
        File.WriteAllText(article, "Only a heading\n\nAnother heading\n");
        var (code, _, err) = Run("extract", article, "--data", Path.Combine(dir, "data"), "--id", "x", "--out", Path.Combine(dir, "data"));
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1));
            Assert.That(err, Does.Contain(article + ": The text holds no paragraph of running text"));
            Assert.That(File.Exists(Path.Combine(dir, "data", "relations", "x.json")), Is.False);
        });
    }

    [Test]
    public void Run_UnknownOption_IsAUsageError() =>
        Assert.That(Run("extract", "a.txt", "--bogus", "1").Code, Is.EqualTo(2));

    private string Article(string body)
    {
        var article = Path.Combine(dir, "note.txt");
        File.WriteAllText(article, "A Short Note on Talks\n\n" + body + "\n");
        return article;
    }

    [Test]
    public void Run_ExtractWithOut_WritesThreeUnreviewedDrafts()
    {
        var article = Article("Armenia and Azerbaijan held talks in Vienna on June 3, 2025.");
        var (code, output, _) = Run("extract", article, "--data", Path.Combine(dir, "data"), "--id", "short-note", "--out", Path.Combine(dir, "data"));
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(output, Does.Contain("all marked \"unreviewed\""));
            foreach (var folder in new[] { "documents", "entities", "relations" })
            {
                Assert.That(File.ReadAllText(Path.Combine(dir, "data", folder, "short-note.json")), Does.Contain("\"status\": \"unreviewed\""));
            }

            Assert.That(Graph.Load(Path.Combine(dir, "data")).Notices, Has.Length.EqualTo(3));
        });
    }

    [Test]
    public void Run_ExtractWithoutOut_PrintsTheProposalsAsJson()
    {
        var (code, output, _) = Run("extract", Article("Armenia criticized Azerbaijan."), "--data", Path.Combine(dir, "data"), "--id", "short-note");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(output, Does.Contain("\"relations\": [").And.Contain("\"type\": \"criticized\"").And.Contain("\"certainty\": \"stated\""));
        });
    }

    private static string Corpus => Path.Combine(RepositoryPaths.Root, "tests", "extraction-corpus");

    [TestCase("evaluate", "CORPUS", "--out", "x")]
    [TestCase("extract", "a.txt", "--id", "x", "--document", "d")]
    [TestCase("evaluate", "CORPUS", "--replace-drafts")]
    [TestCase("evaluate", "CORPUS", "--min-confidence", "2")]
    [TestCase("evaluate", "CORPUS", "--min-confidence", "high")]
    [TestCase("extract", "a.txt")]
    [TestCase("evaluate")]
    [TestCase("frobnicate", "a.txt")]
    [TestCase("evaluate", "CORPUS", "second-path")]
    public void Run_UsageErrors_ExitWith2AndNameTheProblem(params string[] args)
    {
        args = [.. args.Select(a => a == "CORPUS" ? Corpus : a)];
        var (code, output, err) = Run(args);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2), err);
            Assert.That(output, Is.Empty);
            Assert.That(err, Does.StartWith("kg"));
            Assert.That(err, Does.Contain("Usage:"));
        });
        var named = args.FirstOrDefault(a => a is "--out" or "--document" or "--replace-drafts" or "2" or "high" or "frobnicate" or "second-path");
        if (named is not null)
        {
            Assert.That(err, Does.Contain(named));
        }
    }

    [Test]
    public void Run_EvaluateCorpusFolder_PrintsPerArticleAndOverallScores()
    {
        var (code, output, _) = Run("evaluate", Corpus, "--data", RepositoryPaths.GraphData);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(output, Does.Contain("01-washington-summit").And.Contain("overall").And.Contain("Missed relations by cause"));
        });
    }

    [Test]
    public void Run_EvaluateCorpusFolderAsJson_PrintsJson()
    {
        var (code, output, _) = Run("evaluate", Corpus, "--data", RepositoryPaths.GraphData, "--json", "--min-confidence", "0.5");
        Assert.That(code, Is.EqualTo(0));
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.That(json.RootElement.GetProperty("articles").GetArrayLength(), Is.GreaterThanOrEqualTo(12));
    }

    [Test]
    public void Run_EvaluateFolderWithBadFacts_Exits1NamingFileAndPath()
    {
        var folder = Path.Combine(dir, "corpus");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "01-x.txt"), "Title\n\nArmenia met Azerbaijan.\n");
        File.WriteAllText(Path.Combine(folder, "01-x.facts.json"), """
            { "article": "01-x.txt", "genre": "t", "entities": [{ "name": "Armenia", "kind": "State" }],
              "relations": [{ "source": "Armenia", "type": "met", "target": "Armenia", "certainty": "stated", "paragraph": 2 }], "mustNotPropose": [] }
            """);
        var (code, _, err) = Run("evaluate", folder, "--data", RepositoryPaths.GraphData);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1));
            Assert.That(err, Does.Contain("01-x.facts.json: $.relations[0].type: unknown relation type \"met\""));
        });
    }

    [Test]
    public void Run_EvaluateCorpusFolderWithDocument_IsBadInput() =>
        Assert.That(Run("evaluate", Corpus, "--data", RepositoryPaths.GraphData, "--document", "x").Code, Is.EqualTo(1));

    [Test]
    public void Run_CommandHelp_Exits0()
    {
        var (code, output, _) = Run("evaluate", "--help");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(output, Does.Contain("--min-confidence").And.Contain("--json"));
        });
    }

    [Test]
    public void Run_EvaluateSingleArticle_StillWorks_AndNeedsDocument()
    {
        var article = Path.Combine(RepositoryPaths.Corpus, "armenia-new-diplomatic-moves-2025.txt");
        if (!File.Exists(article))
        {
            Assert.Ignore($"The corpus article is not at {article}.");
        }

        var (code, output, _) = Run("evaluate", article, "--data", RepositoryPaths.GraphData, "--document", "armenia-new-diplomatic-moves-2025");
        var (missing, _, err) = Run("evaluate", article, "--data", RepositoryPaths.GraphData);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(output, Does.Contain("relations (graph gazetteer)"));
            Assert.That(missing, Is.EqualTo(1));
            Assert.That(err, Does.Contain("--document is required"));
        });
    }
}
