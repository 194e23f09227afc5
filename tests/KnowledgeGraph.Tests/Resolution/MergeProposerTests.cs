using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Resolution;

/// <summary>Graph.ProposeMerges on a copy of TestData/Sources, with its resolution file changed per test.</summary>
public sealed class MergeProposerTests
{
    private string root = null!;

    private string Data => Path.Combine(root, "data");

    [SetUp]
    public void Copy()
    {
        root = TestDataCopy.ToTempFolder(Path.Combine(RepositoryPaths.TestData, "Sources"), "kg-merges-", "data");
        File.Delete(Path.Combine(Data, "resolution.json"));
    }

    [TearDown]
    public void Delete() => Directory.Delete(root, recursive: true);

    private static bool Pairs(MergeProposal p, string a, string b) =>
        (p.First == a && p.Second == b) || (p.First == b && p.Second == a);

    private void WriteFile(string relative, string json) => File.WriteAllText(Path.Combine(Data, relative), json);

    [Test]
    public void ProposeMerges_TwoTransliterations_AreProposedWithTheReason()
    {
        var proposal = Graph.Load(Data).ProposeMerges().Single(p => Pairs(p, "nikol-pashinian", "nikol-pashinyan"));
        Assert.Multiple(() =>
        {
            Assert.That((proposal.First, proposal.Second), Is.EqualTo(("nikol-pashinian", "nikol-pashinyan")), "ordinal order");
            Assert.That(proposal.Kind, Is.EqualTo("Official"));
            Assert.That(proposal.Score, Is.InRange(0.9, 1.0));
            Assert.That(proposal.Reasons[0], Does.Contain("transliteration skeleton").And.Contain("Nikol Pashinian").And.Contain("Nikol Pashinyan"));
            Assert.That(proposal.Reasons, Has.Some.Contains("shared neighbour").And.Some.Contains("vladimir-putin"));
        });
    }

    [Test]
    public void ProposeMerges_SameNameOfAnotherKind_IsNeverProposed()
    {
        WriteFile("entities/extra.json", """{ "entities": [ { "id": "pashinyan-outlet", "kind": "Outlet", "name": "Nikol Pashinyan" } ] }""");
        var graph = Graph.Load(Data);
        var proposals = graph.ProposeMerges(0);
        Assert.Multiple(() =>
        {
            Assert.That(proposals, Has.Some.Matches<MergeProposal>(p => Pairs(p!, "nikol-pashinian", "nikol-pashinyan")));
            Assert.That(proposals, Has.None.Matches<MergeProposal>(p => p!.First == "pashinyan-outlet" || p.Second == "pashinyan-outlet"));
            Assert.That(proposals, Has.All.Matches<MergeProposal>(p => graph.FindEntity(p!.First)!.Kind == p.Kind && graph.FindEntity(p.Second)!.Kind == p.Kind));
        });
    }

    [Test]
    public void ProposeMerges_RejectedPair_IsNeverProposedAgain()
    {
        WriteFile("resolution.json", """{ "rejected": [ { "ids": ["nikol-pashinyan", "nikol-pashinian"], "decidedBy": "test" } ] }""");
        var graph = Graph.Load(Data);
        Assert.Multiple(() =>
        {
            Assert.That(graph.RejectedMerges, Has.Length.EqualTo(1));
            Assert.That(graph.ProposeMerges(0), Has.None.Matches<MergeProposal>(p => Pairs(p!, "nikol-pashinian", "nikol-pashinyan")));
        });
    }

    [Test]
    public void ProposeMerges_MergedPair_IsNeverProposedAgain()
    {
        var graph = Graph.Load(Path.Combine(RepositoryPaths.TestData, "Sources"));
        Assert.Multiple(() =>
        {
            Assert.That(graph.Merges, Has.Length.EqualTo(1));
            Assert.That(graph.ProposeMerges(0), Has.None.Matches<MergeProposal>(p => p!.First.StartsWith("nikol-", StringComparison.Ordinal) || p.Second.StartsWith("nikol-", StringComparison.Ordinal)));
        });
    }

    [Test]
    public void ProposeMerges_OfficialsWithDifferentRoles_ScoreLowerThanWithTheSameRole()
    {
        WriteFile("entities/extra.json", """
            { "entities": [
              { "id": "ararat-mirzoyan", "kind": "Official", "name": "Ararat Mirzoyan", "role": "Foreign Minister of Armenia" },
              { "id": "ararat-mirzoian", "kind": "Official", "name": "Ararat Mirzoian", "role": "Foreign Minister of Armenia" },
              { "id": "ararat-mirzoyants", "kind": "Official", "name": "Ararat Mirzoyants", "role": "Mayor of Gyumri" }
            ] }
            """);
        var proposals = Graph.Load(Data).ProposeMerges(0);
        var same = proposals.Single(p => Pairs(p, "ararat-mirzoian", "ararat-mirzoyan"));
        var different = proposals.Single(p => Pairs(p, "ararat-mirzoyan", "ararat-mirzoyants"));
        Assert.Multiple(() =>
        {
            Assert.That(same.Reasons, Has.Some.Contains("The same role"));
            Assert.That(different.Reasons, Has.Some.Contains("Different roles"));
            Assert.That(different.Score, Is.LessThan(same.Score));
        });
    }

    [Test]
    public void ProposeMerges_TwoLoads_GiveTheSameList()
    {
        static string[] Text(Graph g) => [.. g.ProposeMerges(0).Select(p => $"{p.First} {p.Second} {p.Score} {string.Join("|", p.Reasons)}")];
        var first = Text(Graph.Load(Data));
        var second = Text(Graph.Load(Data));
        Assert.That(second, Is.EqualTo(first).And.Not.Empty);
    }

    [Test]
    public void ProposeMerges_ScoreOutOfRange_NamesTheParameter() =>
        Assert.That(() => Graph.Load(Data).ProposeMerges(1.5), Throws.TypeOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("minScore"));
}
