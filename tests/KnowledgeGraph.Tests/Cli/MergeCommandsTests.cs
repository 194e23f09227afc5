using KnowledgeGraph.Cli.Commands;

namespace KnowledgeGraph.Tests.Cli;

/// <summary>kg merges on a temporary copy of TestData/Sources without its resolution file: the decisions round trip through resolution.json.</summary>
public sealed class MergeCommandsTests
{
    private string root = null!;

    private string Data => Path.Combine(root, "data");

    private string ResolutionPath => Path.Combine(Data, "resolution.json");

    [SetUp]
    public void Copy()
    {
        root = TestDataCopy.ToTempFolder(Path.Combine(RepositoryPaths.TestData, "Sources"), "kg-merges-cli-", "data");
        File.Delete(ResolutionPath);
    }

    [TearDown]
    public void Delete() => Directory.Delete(root, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private bool Proposed() =>
        Run("merges", "propose", "--data", Data, "--min-score", "0", "--json").Out.Contains("\"second\": \"nikol-pashinyan\"", StringComparison.Ordinal);

    [Test]
    public void Merges_ProposeAcceptSplit_RoundTripsThroughTheResolutionFile()
    {
        Assert.That(Proposed(), Is.True);

        var accept = Run("merges", "accept", "nikol-pashinyan", "nikol-pashinian", "--by", "test curator", "--note", "another transliteration", "--data", Data);
        Assert.That(accept.Code, Is.EqualTo(0), accept.Err);
        var merged = Graph.Load(Data);
        Assert.Multiple(() =>
        {
            Assert.That(merged.FindEntity("nikol-pashinian")?.Id, Is.EqualTo("nikol-pashinyan"));
            Assert.That(merged.FindEntity("nikol-pashinyan")!.Aliases, Does.Contain("Nikol Pashinian"));
            Assert.That(merged.Merges.Single().DecidedBy, Is.EqualTo("test curator"));
            Assert.That(Proposed(), Is.False);
            Assert.That(Directory.GetFiles(Data, "resolution.json.tmp-*"), Is.Empty);
        });

        var split = Run("merges", "split", "nikol-pashinyan", "--data", Data);
        Assert.That(split.Code, Is.EqualTo(0), split.Err);
        var apart = Graph.Load(Data);
        Assert.Multiple(() =>
        {
            Assert.That(apart.FindEntity("nikol-pashinian")?.Id, Is.EqualTo("nikol-pashinian"));
            Assert.That(apart.FindEntity("nikol-pashinyan")?.Id, Is.EqualTo("nikol-pashinyan"));
            Assert.That(apart.Merges, Is.Empty);
            Assert.That(Proposed(), Is.True);
        });
    }

    [Test]
    public void Merges_Reject_IsNeverProposedAgain()
    {
        var reject = Run("merges", "reject", "nikol-pashinian", "nikol-pashinyan", "--by", "test curator", "--data", Data);
        Assert.Multiple(() =>
        {
            Assert.That(reject.Code, Is.EqualTo(0), reject.Err);
            Assert.That(Graph.Load(Data).RejectedMerges.Single().Ids, Is.EqualTo(new[] { "nikol-pashinian", "nikol-pashinyan" }));
            Assert.That(Proposed(), Is.False);
        });
    }

    [Test]
    public void Merges_AcceptOfDifferentKinds_IsRefusedNamingTheIdAndWritesNothing()
    {
        Run("merges", "reject", "nikol-pashinian", "nikol-pashinyan", "--by", "t", "--data", Data);
        var before = File.ReadAllBytes(ResolutionPath);
        var (code, _, err) = Run("merges", "accept", "armenia", "tass", "--by", "t", "--data", Data);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1));
            Assert.That(err, Does.Contain("resolution.json:").And.Contain("\"tass\" is a Outlet"));
            Assert.That(File.ReadAllBytes(ResolutionPath), Is.EqualTo(before));
        });
    }

    [Test]
    public void Merges_AcceptOfAnUnknownId_IsRefusedAndCreatesNoFile()
    {
        var (code, _, err) = Run("merges", "accept", "nikol-pashinyan", "nikol-pashinyann", "--by", "t", "--data", Data);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1));
            Assert.That(err, Does.Contain("\"nikol-pashinyann\", which is not an entity"));
            Assert.That(File.Exists(ResolutionPath), Is.False);
        });
    }

    [Test]
    public void Merges_SplitOfAnIdInNoMerge_NamesTheIdAndExits1()
    {
        var (code, _, err) = Run("merges", "split", "armenia", "--data", Data);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1));
            Assert.That(err, Does.Contain("No merge names \"armenia\""));
        });
    }

    [Test]
    public void Merges_AcceptWithoutBy_IsAUsageError() =>
        Assert.That(Run("merges", "accept", "nikol-pashinyan", "nikol-pashinian", "--data", Data).Code, Is.EqualTo(2));

    [Test]
    public void Merges_ProposeWithAScoreOutOfRange_IsAUsageError() =>
        Assert.That(Run("merges", "propose", "--data", Data, "--min-score", "2").Err, Does.Contain("--min-score is \"2\""));
}
