using KnowledgeGraph.Loading;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Tests.Queries;

/// <summary>
/// The examples of docs/QUERIES.md, word for word: each test body is one code block of the page, and
/// <see cref="Documentation_CodeBlocks_AppearVerbatimInThisFile"/> fails when the page and this file differ.
/// </summary>
public sealed class QueryExamplesTests
{
    [Test]
    public void SearchEntities_Transliteration_FindsSimonyan()
    {
        var graph = Graph.LoadDefault();
        var best = graph.SearchEntities("Simonian")[0];
        Assert.That(best.Entity.Id, Is.EqualTo("alen-simonyan"));
        Assert.That(best.MatchKind, Is.EqualTo(MatchKind.Fuzzy));
        Assert.That(graph.ResolveEntity("Yerevan")?.Id, Is.EqualTo("armenia"));
    }

    [Test]
    public void GetEntity_Typo_SuggestsTheId()
    {
        var graph = Graph.LoadDefault();
        var error = Assert.Throws<EntityNotFoundException>(() => graph.GetEntity("vladimir-putn"))!;
        Assert.That(error.Suggestions[0], Is.EqualTo("vladimir-putin"));
        Assert.That(error.Message, Does.StartWith("No entity has the id 'vladimir-putn'; did you mean 'vladimir-putin'"));
    }

    [Test]
    public void FindPaths_PashinyanToPutin_ExplainsThePhoneCall()
    {
        var graph = Graph.LoadDefault();
        var path = graph.FindPaths("nikol-pashinyan", "vladimir-putin").Paths[0];
        Assert.That(path.Steps[0].Relation.Id, Is.EqualTo("pashinyan-phone-call-putin-2025-08-11"));
        Assert.That(path.Explanation, Is.EqualTo("Nikol Pashinyan held a phone call with Vladimir Putin (11 August 2025; arminfo-pashinyan-putin-call-washington-results-2025-08-11, paragraph 2)"));
    }

    [Test]
    public void FindPaths_KAndAllShortest_ListMorePaths()
    {
        var graph = Graph.LoadDefault();
        var three = graph.FindPaths("nikol-pashinyan", "vladimir-putin", new PathOptions { K = 3 });
        Assert.That(three.Paths.Select(p => p.Steps[0].Relation.Id), Is.EqualTo(new[] { "pashinyan-phone-call-putin-2025-08-11", "pashinyan-talks-putin-2025-05-08", "putin-invited-pashinyan" }));
        Assert.That(three.Paths[2].Steps[0].AlongDirection, Is.False);

        var all = graph.FindPaths("nikol-pashinyan", "israel", new PathOptions { Mode = PathSearchMode.AllShortest });
        Assert.That(all.Paths.Select(p => p.Length), Is.All.EqualTo(3));
    }

    [Test]
    public void FindPaths_Filters_ExcludeEntitiesAndUncertainRelations()
    {
        var graph = Graph.LoadDefault();
        var notViaRussia = new TraversalFilter { ExcludedEntities = ["russia"] };
        var paths = graph.FindPaths("armenia", "mikhail-galuzin", new PathOptions { Filter = notViaRussia, Mode = PathSearchMode.AllShortest });
        Assert.That(paths.Paths.SelectMany(p => p.Nodes).Select(n => n.Id), Does.Not.Contain("russia"));

        var drift = new TraversalFilter { RelationTypes = ["diverges-from"] };
        Assert.That(graph.FindPaths("armenia", "russia", new PathOptions { Filter = drift }).Paths, Is.Empty);
        var hedged = graph.FindPaths("armenia", "russia", new PathOptions { Filter = drift with { IncludeUncertain = true } });
        Assert.That(hedged.Paths[0].Explanation, Is.EqualTo("Armenia is drifting away from Russia (hedged; March 2025; armenia-new-diplomatic-moves-2025, paragraph 7; ibtimes-peace-deal-ready-for-signing-2025-03, paragraph 13)"));
    }

    [Test]
    public void FindPaths_PreferCooperative_FindsCheapestPaths()
    {
        var graph = Graph.LoadDefault();
        var options = new PathOptions { Weighting = PathWeighting.PreferCooperative, K = 3 };
        var cooperative = graph.FindPaths("nikol-pashinyan", "israel", options);
        Assert.That(cooperative.Paths, Has.Length.EqualTo(3));
        Assert.That(cooperative.Paths[0].Steps[^1].Relation.Id, Is.EqualTo("azerbaijan-cooperates-with-israel"));
    }

    [Test]
    public void FindPaths_PreferSupported_PrefersTheBetterSupportedPath()
    {
        var graph = Graph.Load(Path.Combine(RepositoryPaths.TestData, "Sources"));
        var byHops = graph.FindPaths("armenia", "russia");
        Assert.That(byHops.Paths[0].Steps.Select(s => s.Relation.Id), Is.EqualTo(new[] { "armenia-member-of-eaeu", "russia-member-of-eaeu" }));
        var bySupport = graph.FindPaths("armenia", "russia", new PathOptions { Weighting = PathWeighting.PreferSupported });
        Assert.That(bySupport.Paths[0].Length, Is.EqualTo(3));
        Assert.That(bySupport.Paths[0].Steps.Select(s => graph.SupportOf(s.Relation).OutletCount), Is.EqualTo(new[] { 2, 3, 2 }));
    }

    [Test]
    public void GetNeighbourhood_Csto_ListsItsNeighbours()
    {
        var graph = Graph.LoadDefault();
        var csto = graph.GetNeighbourhood("csto", new NeighbourhoodOptions { Depth = 1 });
        Assert.That(csto.Nodes.Select(n => n.Entity.Id), Is.EquivalentTo(new[] { "csto", "nikol-pashinyan", "alen-simonyan", "tass", "armenia" }));
        Assert.That(csto.Relations.Select(r => r.Id), Does.Contain("simonyan-criticized-csto").And.Contain("armenia-suspended-csto-participation-2024-02"));
        Assert.That(csto.Relations.Select(r => r.Id), Does.Not.Contain("armenia-member-of-csto"));
        Assert.That(csto.Truncated, Is.False);
    }

    [Test]
    public void FindRelations_WindowAndPair_AndTimeline()
    {
        var graph = Graph.LoadDefault();
        var march = graph.FindRelations(new RelationQuery { Since = new DateOnly(2025, 3, 14), Until = new DateOnly(2025, 3, 25) });
        Assert.That(march.Select(r => r.Id), Does.Contain("safaryan-talks-galuzin-2025-03-20"));
        var between = graph.FindRelations(new RelationQuery { Entity = "vladimir-putin", OtherEntity = "nikol-pashinyan" });
        Assert.That(between, Has.Count.EqualTo(4));
        var inTheArticle = graph.FindRelations(new RelationQuery { Entity = "vladimir-putin", OtherEntity = "nikol-pashinyan", Documents = ["armenia-new-diplomatic-moves-2025"] });
        Assert.That(inTheArticle.Select(r => r.Id), Is.EqualTo(new[] { "pashinyan-phone-call-putin-2025-03-14", "putin-invited-pashinyan" }));
        var timeline = graph.GetTimeline("nikol-pashinyan");
        Assert.That(timeline[0].Time.Earliest, Is.EqualTo(new DateOnly(2024, 12, 4)));
    }

    [Test]
    public void FindRelations_SourceConditions_OnDocumentsThatDisagree()
    {
        var graph = Graph.Load(Path.Combine(RepositoryPaths.TestData, "Sources"));
        var contested = graph.FindRelations(new RelationQuery { Contested = true });
        Assert.That(contested.Select(r => r.Id), Is.EqualTo(new[] { "pashinyan-call-putin", "armenia-signed-peace-agreement" }));
        var support = graph.SupportOf(graph.FindRelation("pashinyan-accepted-parade")!);
        Assert.That(support.Documents, Has.Length.EqualTo(4));
        Assert.That(support.OutletCount, Is.EqualTo(3));
        var byMarch20 = graph.FindRelations(new RelationQuery { KnownAt = new DateOnly(2025, 3, 20) });
        Assert.That(byMarch20.Select(r => r.Id), Does.Not.Contain("pashinyan-accepted-parade"));
        var neighbours = graph.GetNeighbourhood("vladimir-putin", new NeighbourhoodOptions { Filter = new TraversalFilter { IncludeContested = true } });
        Assert.That(neighbours.Relations.Select(r => r.Id), Does.Contain("pashinyan-call-putin"));
    }

    [Test]
    public void FindRelations_SourceConditions_OnTheBundledGraph()
    {
        var graph = Graph.LoadDefault();
        var initialled = graph.SupportOf(graph.FindRelation("armenia-initialled-peace-treaty-2025-08-08")!);
        Assert.That(initialled.OutletCount, Is.EqualTo(6));
        var signed = graph.SupportOf(graph.FindRelation("armenia-signed-peace-treaty-2025-08-08")!);
        Assert.That(signed.Documents, Is.EqualTo(new[] { "kommersant-pashinyan-erdogan-call-washington-2025-08" }));
        Assert.That(signed.Contested, Is.True);
        var twoOutlets = graph.FindRelations(new RelationQuery { MinSources = 2 });
        Assert.That(twoOutlets.Select(r => r.Id), Does.Contain("armenia-initialled-peace-treaty-2025-08-08").And.Not.Contain("armenia-signed-peace-treaty-2025-08-08"));
        Assert.That(graph.FindRelations(new RelationQuery { Documents = ["armenia-new-diplomatic-moves-2025"], Contested = true }), Is.Empty);
    }

    [Test]
    public void FindRelations_EvidenceConditions_ShowOnlyWhatTheCountedDocumentsSay()
    {
        var graph = Graph.LoadDefault();
        var query = new RelationQuery { Entity = "vladimir-putin", OtherEntity = "nikol-pashinyan", Documents = ["armenia-new-diplomatic-moves-2025"] };
        var call = graph.FindRelations(query)[0];
        Assert.That(call.Evidence.Select(e => e.Document), Is.All.EqualTo("armenia-new-diplomatic-moves-2025"));
        Assert.That(graph.SupportOf(call).OutletCount, Is.EqualTo(1));
        Assert.That(call.IsContested, Is.False);
        Assert.That(graph.Explain(call, query.Evidence), Is.EqualTo("Nikol Pashinyan held a phone call with Vladimir Putin (14 March 2025; paragraph 8, note 2)"));
        var whole = graph.FindRelation(call.Id)!;
        Assert.That(whole.IsContested, Is.True);
        Assert.That(graph.SupportOf(whole).OutletCount, Is.EqualTo(3));
        Assert.That(graph.ViewOf(whole, query.Evidence).Evidence, Is.EqualTo(call.Evidence));
    }

    [Test]
    public void Merges_AReferentIdNamesTheCanonicalEntityEverywhere()
    {
        var graph = Graph.Load(Path.Combine(RepositoryPaths.TestData, "Sources"));
        var pashinyan = graph.GetEntity("nikol-pashinian");
        Assert.That(pashinyan.Id, Is.EqualTo("nikol-pashinyan"));
        Assert.That(pashinyan.Referents, Is.EqualTo(new[] { "nikol-pashinian" }));
        Assert.That(pashinyan.Aliases, Does.Contain("Nikol Pashinian"));
        Assert.That(graph.FindRelation("pashinian-call-putin-2025-08")!.Source, Is.EqualTo("nikol-pashinyan"));
        var path = graph.FindPaths("nikol-pashinian", "armenia").Paths[0];
        Assert.That(path.Nodes[0].Id, Is.EqualTo("nikol-pashinyan"));
        var calls = graph.FindRelations(new RelationQuery { Source = "nikol-pashinian", Target = "vladimir-putin" });
        Assert.That(calls.Select(r => r.Id), Is.EqualTo(new[] { "pashinyan-call-putin", "pashinian-call-putin-2025-08" }));
        Assert.That(graph.Merges.Single().DecidedBy, Is.EqualTo("test curator"));
    }

    [Test]
    public void Merges_SplitAndReject_AreEditsOfTheResolutionFile()
    {
        var folder = TestDataCopy.ToTempFolder(Path.Combine(RepositoryPaths.TestData, "Sources"), "kg-merges-");
        ResolutionFile.Split(folder, "nikol-pashinyan");
        var apart = Graph.Load(folder);
        Assert.That(apart.GetEntity("nikol-pashinian").Id, Is.EqualTo("nikol-pashinian"));
        Assert.That(apart.FindRelation("pashinian-call-putin-2025-08")!.Source, Is.EqualTo("nikol-pashinian"));
        var proposal = apart.ProposeMerges().Single(p => p.Second == "nikol-pashinyan");
        Assert.That((proposal.First, proposal.Score), Is.EqualTo(("nikol-pashinian", 0.95)));

        ResolutionFile.Reject(folder, ["nikol-pashinian", "nikol-pashinyan"], "a curator", "two people after all");
        var rejected = Graph.Load(folder);
        Assert.That(rejected.RejectedMerges.Select(r => r.Note), Does.Contain("two people after all"));
        Assert.That(rejected.ProposeMerges(minScore: 0).Select(p => p.Second), Does.Not.Contain("nikol-pashinyan"));
        var refused = Assert.Throws<GraphDataException>(() => ResolutionFile.Accept(folder, "nikol-pashinyan", ["nikol-pashinian"], "someone else"))!;
        Assert.That(refused.Message, Does.Contain("resolution.json"));
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public void RankActors_BetweennessOfStates_PutsArmeniaFirst()
    {
        var graph = Graph.LoadDefault();
        var states = graph.RankActors(CentralityMeasure.Betweenness, new RankingOptions { Kinds = ["State"], Limit = 5 });
        Assert.That(states[0].Entity.Id, Is.EqualTo("armenia"));
        Assert.That(states[0].Rank, Is.EqualTo(1));
    }

    [Test]
    public void FindPaths_BadOptions_ThrowQueryArgumentException()
    {
        var graph = Graph.LoadDefault();
        var badType = new PathOptions { Filter = new TraversalFilter { RelationTypes = ["held-phone-cal-with"] } };
        var error = Assert.Throws<QueryArgumentException>(() => graph.FindPaths("armenia", "russia", badType))!;
        Assert.That(error.Parameter, Is.EqualTo("relationTypes"));
        Assert.That(error.AllowedValues, Does.Contain("held-phone-call-with"));
        var tooMany = Assert.Throws<QueryArgumentException>(() => graph.FindPaths("armenia", "russia", new PathOptions { K = 50 }))!;
        Assert.That(tooMany.Message, Is.EqualTo("k is 50, but it must be between 1 and 20."));
    }

    [Test]
    public void Documentation_CodeBlocks_AppearVerbatimInThisFile()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "QUERIES.md"));
        var source = Dedent(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "KnowledgeGraph.Tests", "Queries", "QueryExamplesTests.cs")));
        var blocks = page.Split("```csharp\n").Skip(1).Select(b => b[..b.IndexOf("```", StringComparison.Ordinal)]).ToList();

        Assert.That(blocks, Has.Count.GreaterThanOrEqualTo(10));
        foreach (var block in blocks)
        {
            Assert.That(source, Does.Contain(Dedent(block)), "a code block of docs/QUERIES.md is not in QueryExamplesTests.cs");
        }
    }

    private static string Dedent(string text) =>
        string.Join("\n", text.ReplaceLineEndings("\n").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0));
}
