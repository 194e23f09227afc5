using KnowledgeGraph.Model;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Tests.Data;

namespace KnowledgeGraph.Tests.Queries;

/// <summary>
/// Questions an analyst asks of the curated graph of "Armenia's New Diplomatic Moves" (2025), with the answers
/// read from graph-data/ and the article: who, through whom, which relation, which date and paragraph. They run on
/// the article alone (<see cref="ArticleAlone"/>); SourceFilterTests checks that the whole graph answers the same
/// with <c>Documents = [the article]</c>.
/// </summary>
public sealed class CuratedGraphQueriesTests
{
    private static readonly Graph Graph = ArticleAlone.Graph;

    [Test]
    public void FindPaths_PashinyanToPutin_IsThePhoneCallOf14March2025()
    {
        var path = Graph.FindPaths("nikol-pashinyan", "vladimir-putin").Paths.Single();

        var step = path.Steps.Single();
        Assert.That(step.Relation.Id, Is.EqualTo("pashinyan-phone-call-putin-2025-03-14"));
        Assert.That(step.Relation.Type, Is.EqualTo("held-phone-call-with"));
        Assert.That(step.Relation.Time.Point?.ToString(), Is.EqualTo("2025-03-14"));
        Assert.That(step.Relation.Evidence[0].Paragraph, Is.EqualTo(8));
        Assert.That(step.Relation.Evidence[0].Footnote, Is.EqualTo(2));
        Assert.That(path.Explanation, Is.EqualTo("Nikol Pashinyan held a phone call with Vladimir Putin (14 March 2025; paragraph 8, note 2)"));
    }

    [Test]
    public void FindPaths_PashinyanToPutinTwoPaths_AddsTheInvitationReadAgainstItsDirection()
    {
        var paths = Graph.FindPaths("nikol-pashinyan", "vladimir-putin", new PathOptions { K = 2 }).Paths;

        Assert.That(paths.Select(p => p.Steps.Single().Relation.Id), Is.EqualTo(new[] { "pashinyan-phone-call-putin-2025-03-14", "putin-invited-pashinyan" }));
        Assert.That(paths[1].Steps[0].AlongDirection, Is.False);
        Assert.That(paths[1].Explanation, Is.EqualTo("Nikol Pashinyan was invited by Vladimir Putin (paragraph 8)"));
    }

    [Test]
    public void FindPaths_PashinyanToIsrael_GoesThroughAzerbaijansCooperationWithIsrael()
    {
        var result = Graph.FindPaths("nikol-pashinyan", "israel", new PathOptions { Mode = PathSearchMode.AllShortest });

        Assert.That(result.Truncated, Is.False);
        Assert.That(result.Paths, Is.Not.Empty);
        Assert.That(result.Paths.Select(p => p.Length), Is.All.EqualTo(3));
        Assert.That(result.Paths.Select(p => p.Steps[^1].Relation.Id), Is.All.EqualTo("azerbaijan-cooperates-with-israel"));
        Assert.That(result.Paths.Select(p => p.Nodes[2].Id), Is.All.EqualTo("azerbaijan"));
        Assert.That(result.Paths.Select(p => string.Join(" > ", p.Nodes.Select(n => n.Id))), Does.Contain("nikol-pashinyan > vladimir-putin > azerbaijan > israel"));
    }

    [Test]
    public void FindPaths_PashinyanToIsraelNotViaAzerbaijan_OnlyThroughTheHypotheticalAlliance()
    {
        var notViaAzerbaijan = new TraversalFilter { ExcludedEntities = ["azerbaijan"] };

        var factual = Graph.FindPaths("nikol-pashinyan", "israel", new PathOptions { Filter = notViaAzerbaijan });
        var withUncertain = Graph.FindPaths("nikol-pashinyan", "israel", new PathOptions { Filter = notViaAzerbaijan with { IncludeUncertain = true } });

        Assert.That(factual.Paths, Is.Empty);
        var path = withUncertain.Paths.Single();
        Assert.That(path.Steps[^1].Relation.Id, Is.EqualTo("israel-member-of-israel-azerbaijan-us-alliance"));
        Assert.That(path.Steps[^1].Explanation, Is.EqualTo("Israel-Azerbaijan-U.S. trilateral alliance has as member Israel (hypothetical; paragraph 16)"));
        Assert.That(path.Nodes.Select(n => n.Id), Does.Not.Contain("azerbaijan"));
    }

    [Test]
    public void FindPaths_ArmeniaToGaluzinNotViaRussia_GoesThroughSafaryan()
    {
        var all = Graph.FindPaths("armenia", "mikhail-galuzin", new PathOptions { Mode = PathSearchMode.AllShortest });
        var notViaRussia = Graph.FindPaths("armenia", "mikhail-galuzin", new PathOptions
        {
            Mode = PathSearchMode.AllShortest,
            Filter = new TraversalFilter { ExcludedEntities = ["russia"] },
        });

        Assert.That(all.Paths.Select(p => p.Nodes[1].Id), Does.Contain("russia"));
        Assert.That(notViaRussia.Paths.SelectMany(p => p.Nodes).Select(n => n.Id), Does.Not.Contain("russia"));
        Assert.That(notViaRussia.Paths.Select(p => string.Join(",", p.Steps.Select(s => s.Relation.Id))),
            Does.Contain("safaryan-deputy-foreign-minister-armenia,safaryan-talks-galuzin-2025-03-20"));
        Assert.That(notViaRussia.Paths.Select(p => p.Length), Is.All.EqualTo(2));
    }

    [Test]
    public void FindPaths_HedgedDrift_FollowedOnlyWithUncertain()
    {
        var filter = new TraversalFilter { RelationTypes = ["diverges-from"] };

        var byDefault = Graph.FindPaths("armenia", "russia", new PathOptions { Filter = filter });
        var included = Graph.FindPaths("armenia", "russia", new PathOptions { Filter = filter with { IncludeUncertain = true } });

        Assert.That(byDefault.Paths, Is.Empty);
        Assert.That(included.Paths.Single().Explanation, Is.EqualTo("Armenia is drifting away from Russia (hedged; March 2025; paragraph 7)"));
    }

    [Test]
    public void FindPaths_DeniedCooperation_FollowedOnlyWithUncertain()
    {
        var filter = new TraversalFilter { RelationTypes = ["cooperates-with"], Kinds = ["State"] };

        var byDefault = Graph.FindPaths("armenia", "russia", new PathOptions { Filter = filter });
        var included = Graph.FindPaths("armenia", "russia", new PathOptions { Filter = filter with { IncludeUncertain = true } });

        Assert.That(byDefault.Paths, Is.Empty);
        var step = included.Paths.Single().Steps.Single();
        Assert.That(step.Relation.Id, Is.EqualTo("armenia-cooperation-with-russia-revived-by-pashinyan-denied"));
        Assert.That(step.Explanation, Is.EqualTo("Armenia cooperates with Russia (denied; paragraph 10)"));
    }

    [Test]
    public void FindPaths_IsraelToIran_HypotheticalAllianceIsShorterOnlyWithUncertain()
    {
        var factual = Graph.FindPaths("israel", "iran").Paths.Single();
        var withUncertain = Graph.FindPaths("israel", "iran", new PathOptions { Filter = new TraversalFilter { IncludeUncertain = true } }).Paths.Single();

        Assert.That(factual.Length, Is.EqualTo(3));
        Assert.That(factual.Steps.Select(s => s.Relation.Certainty), Is.All.Not.EqualTo(Certainty.Hypothetical));
        Assert.That(withUncertain.Steps.Select(s => s.Relation.Id), Is.EqualTo(new[]
        {
            "israel-member-of-israel-azerbaijan-us-alliance", "israel-azerbaijan-us-alliance-weakens-iran",
        }));
    }

    [Test]
    public void GetNeighbourhood_Csto_IsItsCriticAndTheOutletReportingIt()
    {
        var result = Graph.GetNeighbourhood("csto");

        Assert.That(result.Nodes.Select(n => (n.Entity.Id, n.Distance)), Is.EquivalentTo(new[] { ("csto", 0), ("alen-simonyan", 1), ("tass", 1) }));
        Assert.That(result.Relations.Select(r => r.Id), Is.EquivalentTo(new[] { "simonyan-criticized-csto", "tass-reported-on-csto" }));
    }

    [Test]
    public void GetNeighbourhood_CstoWithoutOutlets_IsSimonyanThenWhatHeLeadsAndSpokeAbout()
    {
        var result = Graph.GetNeighbourhood("csto", new NeighbourhoodOptions { Depth = 2, Filter = new TraversalFilter { ExcludedKinds = ["Outlet"] } });

        Assert.That(result.Nodes.Select(n => (n.Entity.Id, n.Distance)), Is.EquivalentTo(new[]
        {
            ("csto", 0), ("alen-simonyan", 1), ("parliament-of-armenia", 2), ("azerbaijan-armenia-russia-trilateral-format", 2), ("armenia", 2),
        }));
        Assert.That(result.Relations.Select(r => r.Id), Does.Contain("simonyan-speaker-parliament-of-armenia")
            .And.Contain("simonyan-rejected-trilateral-format")
            .And.Contain("simonyan-statement-about-armenia-2025-03-25")
            .And.Contain("parliament-of-armenia-part-of-armenia"));
    }

    [Test]
    public void FindRelations_14To25March2025_HasTheCallTheTalksAndTheRejection()
    {
        var relations = Graph.FindRelations(new RelationQuery { Since = new DateOnly(2025, 3, 14), Until = new DateOnly(2025, 3, 25) });

        var ids = relations.Select(r => r.Id).ToList();
        Assert.That(ids, Does.Contain("pashinyan-phone-call-putin-2025-03-14")
            .And.Contain("safaryan-talks-galuzin-2025-03-20")
            .And.Contain("simonyan-rejected-trilateral-format")
            .And.Contain("armenia-agreed-on-peace-treaty"));
        Assert.That(ids, Does.Not.Contain("armenia-negotiates-visa-liberalization-with-eu").And.Not.Contain("constitutional-referendum-located-in-armenia"));
        Assert.That(relations.Select(r => r.Time.IsUnknown), Is.All.False);
    }

    [Test]
    public void FindRelations_DayPointsBetween14And25March2025_AreTheFourDatedEvents()
    {
        var relations = Graph.FindRelations(new RelationQuery { Since = new DateOnly(2025, 3, 14), Until = new DateOnly(2025, 3, 25) })
            .Where(r => r.Time.Point?.Precision == DatePrecision.Day)
            .Select(r => r.Time.Point!.Value.ToString())
            .Distinct();

        Assert.That(relations, Is.EquivalentTo(new[] { "2025-03-14", "2025-03-20", "2025-03-25" }));
    }

    [Test]
    public void GetTimeline_Pashinyan_StartsWithTheCallDayAndEndsUndated()
    {
        var timeline = Graph.GetTimeline("nikol-pashinyan");

        Assert.That(timeline[0].Time.Earliest, Is.EqualTo(new DateOnly(2025, 3, 14)));
        Assert.That(timeline[^1].Time.IsUnknown, Is.True);
        Assert.That(timeline.Select(r => r.Id), Does.Contain("pashinyan-phone-call-putin-2025-03-14"));
    }

    [Test]
    public void RankActors_DegreeAndBetweenness_PutArmeniaFirst()
    {
        var degree = Graph.RankActors(CentralityMeasure.Degree);
        var betweenness = Graph.RankActors(CentralityMeasure.Betweenness, new RankingOptions { Kinds = ["State"], Limit = 3 });

        Assert.That(degree[0].Entity.Id, Is.EqualTo("armenia"));
        Assert.That(betweenness[0].Entity.Id, Is.EqualTo("armenia"));
        Assert.That(betweenness.Select(a => a.Entity.Kind), Is.All.EqualTo("State"));
    }

    [TestCase("Pashinian", "nikol-pashinyan")]
    [TestCase("Galusin", "mikhail-galuzin")]
    [TestCase("Simonian", "alen-simonyan")]
    [TestCase("Ergun Mamedov", "ergun-mamedov")]
    [TestCase("Yerevan", "armenia")]
    [TestCase("csto", "csto")]
    public void SearchEntities_ArticleNames_FindTheEntity(string text, string expected)
    {
        Assert.That(Graph.SearchEntities(text)[0].Entity.Id, Is.EqualTo(expected));
    }
}
