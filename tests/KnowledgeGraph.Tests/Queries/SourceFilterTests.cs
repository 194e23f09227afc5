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
    public void FindRelations_WithEvidenceConditions_ReturnsEachRelationWithOnlyTheCountedEvidence()
    {
        var call = G.FindRelations(new RelationQuery { Documents = ["analysis", "kremlin-readout"], Entity = "vladimir-putin", Types = ["held-phone-call-with"] })
            .Single(r => r.Id == "pashinyan-call-putin");
        var support = G.SupportOf(call);
        Assert.Multiple(() =>
        {
            Assert.That(call.Evidence.Select(e => e.Document), Is.EqualTo(new[] { "analysis", "kremlin-readout" }), "the reprint's evidence does not count");
            Assert.That(call.IsContested, Is.False, "both counted documents date the call to 14 March");
            Assert.That(call.Positions, Has.Length.EqualTo(1));
            Assert.That(support.Documents, Is.EqualTo(new[] { "analysis", "kremlin-readout" }));
            Assert.That(support.OutletCount, Is.EqualTo(2));
            Assert.That(support.Contested, Is.False);
            Assert.That(G.Explain(call, new EvidenceFilter { Documents = ["analysis", "kremlin-readout"] }),
                Is.EqualTo("Nikol Pashinyan held a phone call with Vladimir Putin (14 March 2025; analysis, paragraph 3; kremlin-readout, paragraph 1)"));
        });
    }

    [Test]
    public void FindRelations_WithoutEvidenceConditions_ReturnsTheGraphsOwnRecords()
    {
        var all = G.FindRelations(new RelationQuery { MinSources = 2, Contested = true });
        Assert.That(all, Is.Not.Empty);
        Assert.That(all.Select(r => ReferenceEquals(r, G.FindRelation(r.Id))), Is.All.True, "minSources and contested leave no evidence out");
    }

    [Test]
    public void Views_JudgeContestednessDisputesAndPositionsOnTheCountedEvidence()
    {
        var analysisAndReprint = new EvidenceFilter { Documents = ["analysis", "mirror-spectator-reprint"] };
        var call = G.ViewOf(G.FindRelation("pashinyan-call-putin")!, analysisAndReprint);
        var signedWithoutDenials = G.FindRelations(new RelationQuery { ExcludedDocuments = ["joint-declaration", "arminfo-call"], Types = ["signed"] }).Single();
        var signedByTheDeclaration = G.ViewOf(G.FindRelation("armenia-signed-peace-agreement")!, new EvidenceFilter { Documents = ["kommersant-call", "joint-declaration"] });
        Assert.Multiple(() =>
        {
            Assert.That(call.IsContested, Is.True);
            Assert.That(call.Positions.Select(p => string.Join(",", p.Documents)), Is.EqualTo(new[] { "analysis", "mirror-spectator-reprint" }));
            Assert.That(G.Explain(call, analysisAndReprint), Does.EndWith("contested: stated on 14 March 2025 by analysis against stated on 13 March 2025 by mirror-spectator-reprint)"));
            Assert.That(signedWithoutDenials.IsContested, Is.False);
            Assert.That(G.SupportOf(signedWithoutDenials).DisputingDocuments, Is.Empty, "the denying documents do not count");
            Assert.That(G.SupportOf(signedByTheDeclaration).DisputingDocuments, Is.EqualTo(new[] { "joint-declaration" }), "ArmInfo does not count");
            Assert.That(G.Explain(signedByTheDeclaration, new EvidenceFilter { Documents = ["kommersant-call", "joint-declaration"] }),
                Does.EndWith("contested: stated by kommersant-call against denied by joint-declaration)"));
        });
    }

    [Test]
    public void Traversals_ReturnAndExplainTheRelationsWithTheCountedEvidenceOnly()
    {
        var onlyReadout = new TraversalFilter { Documents = ["kremlin-readout"] };
        var path = G.FindPaths("nikol-pashinyan", "vladimir-putin", new PathOptions { Filter = onlyReadout }).Paths.Single();
        var neighbourhood = G.GetNeighbourhood("vladimir-putin", new NeighbourhoodOptions { Filter = onlyReadout });
        var byMarch20 = G.FindPaths("nikol-pashinyan", "vladimir-putin", new PathOptions { Filter = new TraversalFilter { KnownAt = new DateOnly(2025, 3, 20) } }).Paths.Single();
        Assert.Multiple(() =>
        {
            Assert.That(path.Steps.Single().Relation.Evidence.Select(e => e.Document), Is.EqualTo(new[] { "kremlin-readout" }));
            Assert.That(path.Explanation, Is.EqualTo("Nikol Pashinyan held a phone call with Vladimir Putin (14 March 2025; paragraph 1)"),
                "one document counts: the explanation reads as that document alone");
            Assert.That(neighbourhood.Relations.Single().Evidence.Select(e => e.Document), Is.EqualTo(new[] { "kremlin-readout" }));
            Assert.That(byMarch20.Explanation, Is.EqualTo("Nikol Pashinyan held a phone call with Vladimir Putin (14 March 2025; kremlin-readout, paragraph 1)"),
                "by 20 March the readout and the undated Kommersant count: documents are named");
        });
    }

    [Test]
    public void ViewOfAndExplain_UnknownDocument_IsAProblemNamingTheParameter()
    {
        var call = G.FindRelation("pashinyan-call-putin")!;
        var view = Assert.Throws<QueryArgumentException>(() => G.ViewOf(call, new EvidenceFilter { Documents = ["kremlin-redout"] }))!;
        var explain = Assert.Throws<QueryArgumentException>(() => G.Explain(call, new EvidenceFilter { ExcludedDocuments = ["kremlin-redout"] }))!;
        Assert.Multiple(() =>
        {
            Assert.That(view.Parameter, Is.EqualTo("documents"));
            Assert.That(explain.Parameter, Is.EqualTo("excludeDocuments"));
            Assert.That(explain.Message, Does.Contain("did you mean 'kremlin-readout'"));
            Assert.That(G.ViewOf(call, EvidenceFilter.All), Is.SameAs(call));
            Assert.That(G.ViewOf(call, new EvidenceFilter { KnownAt = new DateOnly(2025, 3, 13) }).Evidence, Is.Empty, "nothing had been published by then");
        });
    }

    [Test]
    public void RealGraph_OnlyTheArticle_AnswersAsTheArticleAlone()
    {
        var graph = RealGraph.Value;
        var alone = ArticleAlone.Graph;
        var only = new TraversalFilter { Documents = [Article] };
        string Filtered(Relation r) => Statement(graph, r, graph.Explain(r, only.Evidence));
        string Alone(Relation r) => Statement(alone, r, alone.Explain(r));
        Assert.That(graph.Documents, Has.Length.GreaterThan(alone.Documents.Length), "the graph holds other documents than the article");
        Assert.That(graph.FindRelations(new RelationQuery { Documents = [Article] }).Select(Filtered), Is.EqualTo(alone.FindRelations(new RelationQuery()).Select(Alone)));
        var entities = alone.Entities.Select(e => e.Id).ToList();
        Assert.Multiple(() =>
        {
            foreach (var id in entities)
            {
                var expected = alone.GetNeighbourhood(id, new NeighbourhoodOptions { Depth = 2 });
                var filtered = graph.GetNeighbourhood(id, new NeighbourhoodOptions { Depth = 2, Filter = only });
                Assert.That(filtered.Relations.Select(Filtered), Is.EqualTo(expected.Relations.Select(Alone)), id);
                Assert.That(filtered.Nodes.Select(n => (n.Entity.Id, n.Distance)), Is.EqualTo(expected.Nodes.Select(n => (n.Entity.Id, n.Distance))), id);
                Assert.That(graph.FindRelations(new RelationQuery { Entity = id, Documents = [Article], Contested = false }).Select(Filtered),
                    Is.EqualTo(alone.FindRelations(new RelationQuery { Entity = id }).Select(Alone)), id);
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
                    Assert.That(filtered.Paths.Select(p => Steps(graph, p)), Is.EqualTo(expected.Paths.Select(p => Steps(alone, p))), $"{entities[i]} -> {entities[j]}");
                }
            }
        });
    }

    [Test]
    public void RealGraph_OnlyTheArticle_RanksAndWeighsAsTheArticleAlone()
    {
        var graph = RealGraph.Value;
        var alone = ArticleAlone.Graph;
        var only = new TraversalFilter { Documents = [Article] };
        static string Ranked(IEnumerable<ActorScore> scores) => string.Join(" ", scores.Select(a => $"{a.Rank}:{a.Entity.Id}:{a.Score:R}"));
        var entities = alone.Entities.Select(e => e.Id).ToList();
        Assert.Multiple(() =>
        {
            foreach (var measure in new[] { CentralityMeasure.Degree, CentralityMeasure.Betweenness })
            {
                foreach (var uncertain in new[] { false, true })
                {
                    var expected = alone.RankActors(measure, new RankingOptions { Limit = 1000, Filter = new TraversalFilter { IncludeUncertain = uncertain } });
                    var filtered = graph.RankActors(measure, new RankingOptions { Limit = 1000, Filter = only with { IncludeUncertain = uncertain } });
                    Assert.That(Ranked(filtered), Is.EqualTo(Ranked(expected)), $"{measure}, uncertain {uncertain}");
                }
            }

            foreach (var weighting in new[] { PathWeighting.PreferStated, PathWeighting.PreferCooperative, PathWeighting.PreferSupported })
            {
                for (var i = 0; i < entities.Count; i += 11)
                {
                    for (var j = 3; j < entities.Count; j += 17)
                    {
                        if (i == j)
                        {
                            continue;
                        }

                        var expected = alone.FindPaths(entities[i], entities[j], new PathOptions { K = 3, MaxLength = 4, Weighting = weighting, Filter = new TraversalFilter { IncludeUncertain = true } });
                        var filtered = graph.FindPaths(entities[i], entities[j], new PathOptions { K = 3, MaxLength = 4, Weighting = weighting, Filter = only with { IncludeUncertain = true } });
                        Assert.That(filtered.Paths.Select(p => Steps(graph, p)), Is.EqualTo(expected.Paths.Select(p => Steps(alone, p))), $"{weighting}: {entities[i]} -> {entities[j]}");
                    }
                }
            }

            foreach (var id in entities)
            {
                var timeline = alone.GetTimeline(id).Select(r => Statement(alone, r, alone.Explain(r)));
                var counted = graph.FindRelations(new RelationQuery { Entity = id, Documents = [Article] }).ToDictionary(r => r.Id);
                var filtered = graph.GetTimeline(id).Where(r => counted.ContainsKey(r.Id)).Select(r => Statement(graph, counted[r.Id], graph.Explain(r, only.Evidence)));
                Assert.That(filtered, Is.EqualTo(timeline), $"timeline of {id}");
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

    /// <summary>A path as the relations it uses, the direction each is followed in, each relation's statement and the explanation.</summary>
    private static string Steps(Graph graph, GraphPath path) =>
        string.Join(" ", path.Steps.Select(s => (s.AlongDirection ? "+" : "-") + Statement(graph, s.Relation, s.Explanation))) + " :: " + path.Explanation;

    /// <summary>
    /// Everything a relation says as a query returned it: its fields, each piece of evidence, its support, disputes and
    /// positions (counted on the evidence it holds), and its sentence.
    /// </summary>
    private static string Statement(Graph graph, Relation r, string sentence)
    {
        var support = graph.SupportOf(r);
        static string Evidence(Evidence e) =>
            $"{e.Document}/{e.Paragraph}/{e.Footnote}/{e.Note}/{e.Background}/{e.Citation?.Outlet}/{e.Citation?.Title}/{e.Certainty}/{e.Time?.ToDisplayString()}/{string.Join(",", e.Qualifiers)}";
        return $"{r.Id} {r.Type} {r.Source}->{r.Target} {r.Time.ToDisplayString()} {r.Certainty} {r.Implicit} {string.Join(",", r.Qualifiers)} "
            + $"[{string.Join(" | ", r.Evidence.Select(Evidence))}] supported by {string.Join(",", support.Documents)} disputed by {string.Join(",", support.DisputingDocuments)} "
            + $"outlets {string.Join(",", support.Outlets)} contested {support.Contested} positions {string.Join(" | ", r.Positions.Select(p => $"{p.Certainty} {p.Time.ToDisplayString()} {string.Join(",", p.Documents)}"))} :: {sentence}";
    }
}
