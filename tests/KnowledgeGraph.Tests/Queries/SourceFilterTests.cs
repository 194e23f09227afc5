using KnowledgeGraph.Model;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Tests.Data;

namespace KnowledgeGraph.Tests.Queries;

/// <summary>
/// The source conditions of queries (documents, excludeDocuments, minSources, knownAt, contested and
/// includeContested) on the fixture TestData/Sources, whose documents disagree, and on the real graph-data/.
/// </summary>
public sealed class SourceFilterTests
{
    private const string Article = "armenia-new-diplomatic-moves-2025";

    private static readonly Lazy<Graph> SourcesGraph = new(() => Graph.Load(Path.Combine(RepositoryPaths.TestData, "Sources")));

    private static readonly Lazy<Graph> RealGraph = new(Graph.LoadDefault);

    private static Graph G => SourcesGraph.Value;

    private static string[] Ids(IEnumerable<Relation> relations) => [.. relations.Select(r => r.Id)];

    private static string[] StepIds(GraphPath path) => [.. path.Steps.Select(s => s.Relation.Id)];

    // What the documentation says a relation costs under PreferSupported: 1 + 4 / 2^n for n independent outlets.
    private static double Cost(GraphPath path) => path.Steps.Sum(s => 1 + (4.0 / Math.Pow(2, Math.Max(1, G.SupportOf(s.Relation).OutletCount))));

    [Test]
    public void Documents_ListsOnlyWhatThoseSourcesSay()
    {
        var kommersant = G.FindRelations(new RelationQuery { Documents = ["kommersant-call"] });
        var declaration = G.FindRelations(new RelationQuery { Documents = ["joint-declaration"] });
        Assert.Multiple(() =>
        {
            Assert.That(Ids(kommersant), Is.EqualTo(new[] { "armenia-signed-peace-agreement" }));
            Assert.That(Ids(declaration), Is.EqualTo(new[] { "armenia-initialled-peace-agreement" }), "the declaration denies the signing: it does not support it");
        });
    }

    [Test]
    public void ExcludeDocuments_CountsOnlyEvidenceFromOtherDocuments()
    {
        var withoutAnalysis = Ids(G.FindRelations(new RelationQuery { ExcludedDocuments = ["analysis"] }));
        var withoutReadoutAndReprint = Ids(G.FindRelations(new RelationQuery { ExcludedDocuments = ["kremlin-readout", "mirror-spectator-reprint", "analysis"] }));
        Assert.Multiple(() =>
        {
            Assert.That(withoutAnalysis, Does.Contain("pashinyan-call-putin"), "the readout and the reprint still support the call");
            Assert.That(withoutReadoutAndReprint, Does.Not.Contain("pashinyan-call-putin"));
            Assert.That(withoutReadoutAndReprint, Does.Contain("pashinyan-accepted-parade"), "TASS still supports it");
        });
    }

    [Test]
    public void MinSources_CountsIndependentOutlets_NotDocuments()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Ids(G.FindRelations(new RelationQuery { MinSources = 3 })), Is.EqualTo(new[] { "pashinyan-call-putin", "pashinyan-accepted-parade" }));
            Assert.That(Ids(G.FindRelations(new RelationQuery { MinSources = 2, Documents = ["tass-parade", "gazeta-citing-tass"] })), Is.Empty,
                "Gazeta citing TASS is the same outlet as TASS");
            Assert.That(Ids(G.FindRelations(new RelationQuery { MinSources = 2 })), Does.Contain("armenia-initialled-peace-agreement").And.Not.Contain("armenia-signed-peace-agreement"));
        });
    }

    [Test]
    public void Contested_ListsTheRelationsTheDocumentsDisagreeAbout_JudgedOnTheCountedEvidence()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Ids(G.FindRelations(new RelationQuery { Contested = true })), Is.EqualTo(new[] { "pashinyan-call-putin", "armenia-signed-peace-agreement" }));
            Assert.That(Ids(G.FindRelations(new RelationQuery { Contested = true, ExcludedDocuments = ["mirror-spectator-reprint"] })), Is.EqualTo(new[] { "armenia-signed-peace-agreement" }),
                "without the reprint nobody dates the call otherwise");
            Assert.That(Ids(G.FindRelations(new RelationQuery { Contested = false })), Does.Not.Contain("pashinyan-call-putin"));
        });
    }

    [Test]
    public void KnownAt_CountsOnlyDocumentsPublishedByThen_UndatedDocumentsCountAlways()
    {
        var march = Ids(G.FindRelations(new RelationQuery { KnownAt = new DateOnly(2025, 3, 20) }));
        var augustFirst = Ids(G.FindRelations(new RelationQuery { KnownAt = new DateOnly(2025, 8, 1) }));
        Assert.Multiple(() =>
        {
            Assert.That(march, Does.Contain("pashinyan-call-putin"), "the readout of 14 March");
            Assert.That(march, Does.Not.Contain("pashinyan-accepted-parade"), "the analysis of 25 March and TASS of 15 April came later");
            Assert.That(augustFirst, Does.Contain("armenia-signed-peace-agreement"), "Kommersant has no date: it counts at every date");
            Assert.That(augustFirst, Does.Contain("armenia-initialled-peace-agreement"), "the declaration is dated 2025-08, which counts from 1 August");
            Assert.That(G.FindRelations(new RelationQuery { KnownAt = new DateOnly(2025, 3, 20), Contested = true }).Select(r => r.Id), Is.Empty,
                "by 20 March only the readout dated the call (the reprint came in May), and only undated Kommersant spoke of a signing");
            Assert.That(G.FindRelations(new RelationQuery { KnownAt = new DateOnly(2025, 8, 31), Contested = true }).Select(r => r.Id), Is.EqualTo(new[] { "pashinyan-call-putin", "armenia-signed-peace-agreement" }));
        });
    }

    [Test]
    public void Traversals_StepOnContestedRelationsOnlyWhenAsked()
    {
        var plain = G.GetNeighbourhood("nikol-pashinyan");
        var asked = G.GetNeighbourhood("nikol-pashinyan", new NeighbourhoodOptions { Filter = new TraversalFilter { IncludeContested = true } });
        var path = G.FindPaths("armenia", "washington-peace-agreement");
        var pathAsked = G.FindPaths("armenia", "washington-peace-agreement", new PathOptions { Filter = new TraversalFilter { IncludeContested = true } });
        Assert.Multiple(() =>
        {
            Assert.That(Ids(plain.Relations), Does.Not.Contain("pashinyan-call-putin"));
            Assert.That(Ids(plain.Relations), Does.Contain("pashinian-call-putin-2025-08"), "the merged transliteration's call is not contested");
            Assert.That(Ids(asked.Relations), Does.Contain("pashinyan-call-putin"));
            Assert.That(path.Paths.SelectMany(p => p.Steps).Select(s => s.Relation.Id), Does.Not.Contain("armenia-signed-peace-agreement"));
            Assert.That(pathAsked.Paths.SelectMany(p => p.Steps).Select(s => s.Relation.Id), Does.Contain("armenia-signed-peace-agreement"));
        });
    }

    [Test]
    public void Traversals_ApplyTheDocumentFilterDuringTheSearch()
    {
        var onlyReadout = new TraversalFilter { Documents = ["kremlin-readout"], IncludeContested = true };
        var paths = G.FindPaths("vladimir-putin", "victory-day-parade-2025", new PathOptions { Filter = onlyReadout });
        var all = G.FindPaths("vladimir-putin", "victory-day-parade-2025", new PathOptions { Filter = new TraversalFilter { IncludeContested = true } });
        Assert.Multiple(() =>
        {
            Assert.That(all.Paths, Is.Not.Empty);
            Assert.That(paths.Paths, Is.Empty, "the readout does not mention the parade");
            Assert.That(G.GetNeighbourhood("vladimir-putin", new NeighbourhoodOptions { Filter = onlyReadout }).Relations.Select(r => r.Id), Is.EqualTo(new[] { "pashinyan-call-putin" }));
        });
    }

    [Test]
    public void Explanation_SaysWhoStatesAndWhoDenies()
    {
        var signed = G.Explain(G.FindRelation("armenia-signed-peace-agreement")!);
        var call = G.Explain(G.FindRelation("pashinyan-call-putin")!);
        Assert.Multiple(() =>
        {
            Assert.That(signed, Does.Contain("contested: stated by kommersant-call against denied by joint-declaration, arminfo-call"));
            Assert.That(call, Does.Contain("contested: stated on 14 March 2025 by analysis, kremlin-readout against stated on 13 March 2025 by mirror-spectator-reprint"));
        });
    }

    [Test]
    public void FindPaths_PreferSupported_ABetterSupportedPathWinsOverAShorterSingleSourceOne()
    {
        // Armenia to Russia: through the EAEU, two relations each told by one outlet (3 + 3 = 6); through Pashinyan
        // and the parade, three relations told by two, three and two outlets (2 + 1.5 + 2 = 5.5).
        string[] viaEaeu = ["armenia-member-of-eaeu", "russia-member-of-eaeu"];
        string[] viaParade = ["pashinyan-holds-office-in-armenia", "pashinyan-accepted-parade", "parade-held-in-russia"];
        var byHops = G.FindPaths("armenia", "russia", new PathOptions { K = 2 });
        var bySupport = G.FindPaths("armenia", "russia", new PathOptions { K = 2, Weighting = PathWeighting.PreferSupported });
        Assert.Multiple(() =>
        {
            Assert.That(byHops.Paths.Select(StepIds), Is.EqualTo(new[] { viaEaeu, viaParade }));
            Assert.That(bySupport.Paths.Select(StepIds), Is.EqualTo(new[] { viaParade, viaEaeu }));
            Assert.That(bySupport.Paths.Select(Cost), Is.EqualTo(new[] { 5.5, 6 }));
            Assert.That(viaParade.Select(id => G.SupportOf(G.FindRelation(id)!).OutletCount), Is.EqualTo(new[] { 2, 3, 2 }));
        });
    }

    [Test]
    public void FindPaths_PreferSupported_CountsOnlyTheOutletsTheSourceConditionsCount()
    {
        // Without ArmInfo, Pashinyan's office is told by one outlet: 3 + 1.5 + 2 = 6.5, and the EAEU (6) wins again.
        var withoutArmInfo = new TraversalFilter { ExcludedDocuments = ["arminfo-call"] };
        var paths = G.FindPaths("armenia", "russia", new PathOptions { Filter = withoutArmInfo, Weighting = PathWeighting.PreferSupported });
        Assert.That(paths.Paths.Select(StepIds), Is.EqualTo(new[] { new[] { "armenia-member-of-eaeu", "russia-member-of-eaeu" } }));
    }

    [Test]
    public void FindPaths_PreferSupported_OnOneDocument_RanksAsHops()
    {
        var graph = RealGraph.Value;
        var onlyTheArticle = new TraversalFilter { Documents = [Article] };
        foreach (var (from, to) in new[] { ("nikol-pashinyan", "israel"), ("armenia", "mikhail-galuzin"), ("csto", "france") })
        {
            var byHops = graph.FindPaths(from, to, new PathOptions { Filter = onlyTheArticle, K = 5 });
            var bySupport = graph.FindPaths(from, to, new PathOptions { Filter = onlyTheArticle, K = 5, Weighting = PathWeighting.PreferSupported });
            Assert.That(bySupport.Paths.Select(p => p.Length), Is.EqualTo(byHops.Paths.Select(p => p.Length)), $"{from} to {to}: every relation costs 3");
        }
    }

    [Test]
    public void FindPaths_AWeightingWithAnAllPathsMode_IsAProblemNamingWeighting()
    {
        var ex = Assert.Throws<QueryArgumentException>(() => G.FindPaths("armenia", "russia", new PathOptions { Mode = PathSearchMode.AllShortest, Weighting = PathWeighting.PreferSupported }));
        Assert.Multiple(() =>
        {
            Assert.That(ex!.Parameter, Is.EqualTo("weighting"));
            Assert.That(ex.Message, Is.EqualTo("weighting is PreferSupported, but mode AllShortest finds paths by their number of relations: give a weighting only with mode KShortest."));
        });
    }

    [Test]
    public void UnknownDocument_IsAProblemOfTheQuery_WithSuggestions()
    {
        var ex = Assert.Throws<QueryArgumentException>(() => G.FindRelations(new RelationQuery { Documents = ["kremlin-redout"], MinSources = -1 }));
        Assert.Multiple(() =>
        {
            Assert.That(ex!.Problems.Select(p => p.Parameter), Is.EquivalentTo(new[] { "documents", "minSources" }));
            Assert.That(ex.Message, Does.Contain("'kremlin-redout', which is not a document of the graph; did you mean 'kremlin-readout'"));
        });
    }

    [Test]
    public void RealGraph_OnlyTheArticle_AnswersAsTheArticleAlone()
    {
        var graph = RealGraph.Value;
        var alone = ArticleAlone.Graph;
        var only = new TraversalFilter { Documents = [Article] };
        Assert.That(graph.Documents, Has.Length.GreaterThan(alone.Documents.Length), "the graph holds other documents than the article");
        Assert.That(Ids(graph.FindRelations(new RelationQuery { Documents = [Article] })), Is.EqualTo(Ids(alone.FindRelations(new RelationQuery()))));
        var entities = alone.Entities.Select(e => e.Id).ToList();
        Assert.Multiple(() =>
        {
            foreach (var id in entities)
            {
                var expected = alone.GetNeighbourhood(id, new NeighbourhoodOptions { Depth = 2 });
                var filtered = graph.GetNeighbourhood(id, new NeighbourhoodOptions { Depth = 2, Filter = only });
                Assert.That(Ids(filtered.Relations), Is.EqualTo(Ids(expected.Relations)), id);
                Assert.That(filtered.Nodes.Select(n => (n.Entity.Id, n.Distance)), Is.EqualTo(expected.Nodes.Select(n => (n.Entity.Id, n.Distance))), id);
                Assert.That(Ids(graph.FindRelations(new RelationQuery { Entity = id, Documents = [Article], Contested = false })), Is.EqualTo(Ids(alone.FindRelations(new RelationQuery { Entity = id }))), id);
            }

            for (var i = 0; i < entities.Count; i += 9)
            {
                for (var j = 4; j < entities.Count; j += 13)
                {
                    if (i == j)
                    {
                        continue;
                    }

                    var expected = alone.FindPaths(entities[i], entities[j], new PathOptions { MaxLength = 4 });
                    var filtered = graph.FindPaths(entities[i], entities[j], new PathOptions { MaxLength = 4, Filter = only });
                    Assert.That(filtered.Paths.Select(Steps), Is.EqualTo(expected.Paths.Select(Steps)), $"{entities[i]} -> {entities[j]}");
                }
            }
        });
    }

    [Test]
    public void RealGraph_OnlyTheArticle_IsContestedNowhere_ButTheWholeGraphIs()
    {
        var graph = RealGraph.Value;
        Assert.Multiple(() =>
        {
            Assert.That(graph.FindRelations(new RelationQuery { Documents = [Article], Contested = true }), Is.Empty, "one document takes one position");
            Assert.That(Ids(graph.FindRelations(new RelationQuery { Contested = true })), Does.Contain("pashinyan-phone-call-putin-2025-03-14"));
            Assert.That(Ids(graph.GetNeighbourhood("nikol-pashinyan", new NeighbourhoodOptions { Filter = new TraversalFilter { Documents = [Article] } }).Relations),
                Does.Contain("pashinyan-phone-call-putin-2025-03-14"), "the article alone does not contest its own date");
            Assert.That(Ids(graph.GetNeighbourhood("nikol-pashinyan").Relations), Does.Not.Contain("pashinyan-phone-call-putin-2025-03-14"));
        });
    }

    /// <summary>A path as the relations it uses and the direction each is followed in.</summary>
    private static string Steps(GraphPath path) =>
        string.Join(" ", path.Steps.Select(s => (s.AlongDirection ? "+" : "-") + s.Relation.Id));
}
