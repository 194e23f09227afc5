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
}
