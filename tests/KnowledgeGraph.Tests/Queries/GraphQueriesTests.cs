using System.Collections.Immutable;
using KnowledgeGraph.Model;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Tests.Queries;

/// <summary>The query methods of <see cref="Graph"/> on a small hand-made graph: contract, validation, caps and concurrency.</summary>
public sealed class GraphQueriesTests
{
    private static readonly Graph Graph = SampleGraph.Instance;

    [Test]
    public void FindPaths_DirectRelation_ReturnsOneStepWithExplanation()
    {
        var result = Graph.FindPaths("nikol-pashinyan", "vladimir-putin");

        Assert.That(result.Truncated, Is.False);
        var path = result.Paths.Single();
        Assert.That(path.Steps.Single().Relation.Id, Is.EqualTo("pashinyan-call-putin"));
        Assert.That(path.Explanation, Is.EqualTo("Nikol Pashinyan held a phone call with Vladimir Putin (14 March 2025; paragraph 8, note 2)"));
    }

    [Test]
    public void FindPaths_ParallelRelations_GivesDistinctPaths()
    {
        var result = Graph.FindPaths("nikol-pashinyan", "vladimir-putin", new PathOptions { K = 5, MaxLength = 1 });

        Assert.That(result.Paths.Select(p => p.Steps.Single().Relation.Id), Is.EqualTo(new[] { "pashinyan-call-putin", "pashinyan-call-putin-2" }));
    }

    [TestCase(PathSearchMode.AllShortest)]
    [TestCase(PathSearchMode.AllSimple)]
    public void FindPaths_KWithAModeThatFindsEveryPath_ThrowsNamingK(PathSearchMode mode)
    {
        // The API refuses k with all=true; the library used to ignore K there. Both refuse it now, naming k.
        var error = Assert.Throws<QueryArgumentException>(() =>
            Graph.FindPaths("armenia", "russia", new PathOptions { Mode = mode, K = 1 }))!;

        Assert.That(error.Parameter, Is.EqualTo("k"));
        Assert.That(error.Message, Does.Contain(mode.ToString()));
    }

    [Test]
    public void FindPaths_SeveralBadOptions_ReportsEveryProblemAtOnce()
    {
        var options = new PathOptions
        {
            K = 0,
            MaxLength = 99,
            Filter = new TraversalFilter { RelationTypes = ["hugged"], ExcludedKinds = ["Planet"], ExcludedEntities = ["rusia"] },
        };

        // The options are checked before the ends: an unknown end does not hide them.
        var error = Assert.Throws<QueryArgumentException>(() => Graph.FindPaths("armenia", "atlantis", options))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Problems.Select(p => p.Parameter), Is.EqualTo(new[] { "k", "maxLength", "relationTypes", "excludeKinds", "excludeEntities" }));
            Assert.That(error.Problems.Select(p => p.Value), Is.EqualTo(new[] { "0", "99", "hugged", "Planet", "rusia" }));
            Assert.That(error.Parameter, Is.EqualTo("k"));
            Assert.That(error.Message, Does.StartWith("The query has 5 problems:").And.Contain("maxLength is 99").And.Contain("'hugged'"));
        });
    }

    [Test]
    public void FindRelations_UnknownEntities_AreProblemsOfTheQueryNamingTheCondition()
    {
        var error = Assert.Throws<QueryArgumentException>(() => Graph.FindRelations(new RelationQuery { Entity = "armenia", Source = "rusia", Types = ["hugged"] }))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Problems.Select(p => p.Parameter), Is.EqualTo(new[] { "source", "types" }));
            Assert.That(error.Problems[0].Message, Does.StartWith("source is 'rusia', which is not an entity id of the graph; did you mean 'russia'"));
            Assert.That(error.Problems[0].AllowedValues, Does.Contain("russia"));
        });
    }

    [Test]
    public void EntityCountAndRelationCount_ModelGraph_EqualTheArrays()
    {
        Assert.That((Graph.EntityCount, Graph.RelationCount), Is.EqualTo((Graph.Entities.Length, Graph.Relations.Length)));
    }

    [Test]
    public void FindPaths_AgainstDirection_MarksStepAndUsesInverseLabel()
    {
        var result = Graph.FindPaths("armenia", "nikol-pashinyan");

        var step = result.Paths.Single().Steps.Single();
        Assert.That(step.AlongDirection, Is.False);
        Assert.That(step.Explanation, Is.EqualTo("Armenia has as head of government Nikol Pashinyan (paragraph 2)"));
    }

    [Test]
    public void FindPaths_OutgoingOnly_FindsNoPathAgainstDirection()
    {
        var result = Graph.FindPaths("armenia", "nikol-pashinyan", new PathOptions { Filter = new TraversalFilter { Direction = Direction.Outgoing } });

        Assert.That(result.Paths, Is.Empty);
        Assert.That(result.Truncated, Is.False);
    }

    [Test]
    public void FindPaths_ExcludedEntity_AvoidsIt()
    {
        var via = Graph.FindPaths("armenia", "russia");
        var notVia = Graph.FindPaths("armenia", "russia", new PathOptions { Filter = new TraversalFilter { ExcludedEntities = ["csto"] } });

        Assert.That(via.Paths.Single().Nodes.Select(n => n.Id), Is.EqualTo(new[] { "armenia", "csto", "russia" }));
        Assert.That(notVia.Paths.Single().Nodes.Select(n => n.Id), Is.EqualTo(new[] { "armenia", "nikol-pashinyan", "vladimir-putin", "russia" }));
    }

    [Test]
    public void FindPaths_UncertainRelations_FollowedOnlyWhenIncluded()
    {
        var byDefault = Graph.FindPaths("turkiye", "armenia");
        var included = Graph.FindPaths("turkiye", "armenia", new PathOptions { Filter = new TraversalFilter { IncludeUncertain = true } });

        Assert.That(byDefault.Paths, Is.Empty);
        Assert.That(included.Paths.Single().Explanation, Is.EqualTo("Türkiye visited Armenia (denied; 20 March 2025; paragraph 15)"));
    }

    [Test]
    public void FindPaths_AsOfBeforeCall_SkipsTheCall()
    {
        var result = Graph.FindPaths("nikol-pashinyan", "vladimir-putin", new PathOptions { Filter = new TraversalFilter { AsOf = new DateOnly(2025, 3, 1) } });

        Assert.That(result.Paths.Single().Nodes.Select(n => n.Id), Is.EqualTo(new[] { "nikol-pashinyan", "armenia", "csto", "russia", "vladimir-putin" }));
    }

    [Test]
    public void FindPaths_AllShortest_ReturnsEveryMinimumPath()
    {
        var result = Graph.FindPaths("armenia", "vladimir-putin", new PathOptions { Mode = PathSearchMode.AllShortest });

        Assert.That(result.Paths.Select(p => string.Join(",", p.Steps.Select(s => s.Relation.Id))), Is.EqualTo(new[]
        {
            "pashinyan-pm,pashinyan-call-putin",
            "pashinyan-pm,pashinyan-call-putin-2",
        }));
    }

    [Test]
    public void FindPaths_AllShortestOverMaxPaths_IsTruncatedWithReason()
    {
        var result = Graph.FindPaths("armenia", "vladimir-putin", new PathOptions { Mode = PathSearchMode.AllShortest, MaxPaths = 1 });

        Assert.That(result.Paths, Has.Length.EqualTo(1));
        Assert.That(result.Truncated, Is.True);
        Assert.That(result.TruncationReason, Does.Contain("More than 1 shortest paths exist (maxPaths)"));
    }

    [Test]
    public void FindPaths_MaxVisitedReached_IsTruncatedWithReason()
    {
        var result = Graph.FindPaths("turkiye", "mikhail-galuzin", new PathOptions { MaxVisited = 2, Filter = new TraversalFilter { IncludeUncertain = true } });

        Assert.That(result.Truncated, Is.True);
        Assert.That(result.TruncationReason, Does.StartWith("The search visited 2 entities (maxVisited)"));
    }

    [Test]
    public void FindPaths_TargetBeyondMaxLength_IsTruncatedWithReason()
    {
        var result = Graph.FindPaths("nikol-pashinyan", "israel", new PathOptions { MaxLength = 1 });

        Assert.That(result.Paths, Is.Empty);
        Assert.That(result.Truncated, Is.True);
        Assert.That(result.TruncationReason, Does.Contain("at most 1 relations (maxLength)"));
    }

    [Test]
    public void FindPaths_SameStartAndTarget_ReturnsEmptyPath()
    {
        var path = Graph.FindPaths("armenia", "armenia").Paths.Single();

        Assert.That(path.Length, Is.EqualTo(0));
        Assert.That(path.Nodes.Single().Id, Is.EqualTo("armenia"));
    }

    [Test]
    public void FindPaths_PreferCooperative_AvoidsConflictualStep()
    {
        var hops = Graph.FindPaths("nikol-pashinyan", "israel");
        var cooperative = Graph.FindPaths("nikol-pashinyan", "israel", new PathOptions
        {
            Weighting = PathWeighting.PreferCooperative,
            Filter = new TraversalFilter { IncludeUncertain = true },
        });

        Assert.That(hops.Paths.Single().Steps.Select(s => s.Relation.Id), Is.EqualTo(new[] { "pashinyan-pm", "armenia-israel" }));
        Assert.That(cooperative.Paths.Single().Steps.Select(s => s.Relation.Type), Does.Not.Contain("criticized"));
    }

    [Test]
    public void FindPaths_UnknownTarget_ThrowsNotFoundWithSuggestions()
    {
        var error = Assert.Throws<EntityNotFoundException>(() => Graph.FindPaths("armenia", "vladimir-putn"))!;

        Assert.That(error.Id, Is.EqualTo("vladimir-putn"));
        Assert.That(error.Suggestions, Does.Contain("vladimir-putin"));
        Assert.That(error.Message, Does.StartWith("No entity has the id 'vladimir-putn'; did you mean 'vladimir-putin'"));
    }

    [TestCase(0, "k")]
    [TestCase(PathOptions.MaxK + 1, "k")]
    public void FindPaths_KOutOfRange_ThrowsWithParameter(int k, string parameter)
    {
        var error = Assert.Throws<QueryArgumentException>(() => Graph.FindPaths("armenia", "russia", new PathOptions { K = k }))!;

        Assert.That(error.Parameter, Is.EqualTo(parameter));
        Assert.That(error.Message, Is.EqualTo($"k is {k}, but it must be between 1 and {PathOptions.MaxK}."));
    }

    [Test]
    public void FindPaths_OptionsOutOfRange_NameTheParameter()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ParameterOf(new PathOptions { MaxLength = 11 }), Is.EqualTo("maxLength"));
            Assert.That(ParameterOf(new PathOptions { MaxPaths = 0 }), Is.EqualTo("maxPaths"));
            Assert.That(ParameterOf(new PathOptions { MaxVisited = 0 }), Is.EqualTo("maxVisited"));
            Assert.That(ParameterOf(new PathOptions { Weighting = (PathWeighting)9 }), Is.EqualTo("weighting"));
            Assert.That(ParameterOf(new PathOptions { Filter = new TraversalFilter { Direction = (Direction)7 } }), Is.EqualTo("direction"));
            Assert.That(ParameterOf(new PathOptions { Filter = new TraversalFilter { Since = new DateOnly(2025, 2, 1), Until = new DateOnly(2025, 1, 1) } }), Is.EqualTo("until"));
        });

        static string ParameterOf(PathOptions options) =>
            Assert.Throws<QueryArgumentException>(() => Graph.FindPaths("armenia", "russia", options))!.Parameter;
    }

    [Test]
    public void FindPaths_UnknownRelationType_ThrowsWithAllowedValues()
    {
        var error = Assert.Throws<QueryArgumentException>(() =>
            Graph.FindPaths("armenia", "russia", new PathOptions { Filter = new TraversalFilter { RelationTypes = ["held-phone-cal-with"] } }))!;

        Assert.That(error.Parameter, Is.EqualTo("relationTypes"));
        Assert.That(error.AllowedValues, Does.Contain("held-phone-call-with").And.Contain("member-of"));
        Assert.That(error.Message, Is.EqualTo("relationTypes contains 'held-phone-cal-with', which is not a relation type of the graph; did you mean 'held-phone-call-with'?"));
    }

    [Test]
    public void FindPaths_UnknownFilterNames_NameTheParameter()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ParameterOf(new TraversalFilter { ExcludedRelationTypes = ["x"] }), Is.EqualTo("excludeRelationTypes"));
            Assert.That(ParameterOf(new TraversalFilter { Kinds = ["Country"] }), Is.EqualTo("kinds"));
            Assert.That(ParameterOf(new TraversalFilter { ExcludedKinds = ["Country"] }), Is.EqualTo("excludeKinds"));
            Assert.That(ParameterOf(new TraversalFilter { ExcludedEntities = ["rusia"] }), Is.EqualTo("excludeEntities"));
            Assert.That(ParameterOf(new TraversalFilter { TypeDirections = ImmutableDictionary<string, Direction>.Empty.Add("x", Direction.Both) }), Is.EqualTo("typeDirections"));
        });

        static string ParameterOf(TraversalFilter filter) =>
            Assert.Throws<QueryArgumentException>(() => Graph.FindPaths("armenia", "russia", new PathOptions { Filter = filter }))!.Parameter;
    }

    [Test]
    public void FindPaths_UnknownExcludedEntity_SuggestsClosestIds()
    {
        var error = Assert.Throws<QueryArgumentException>(() =>
            Graph.FindPaths("armenia", "israel", new PathOptions { Filter = new TraversalFilter { ExcludedEntities = ["rusia"] } }))!;

        Assert.That(error.Message, Does.StartWith("excludeEntities contains 'rusia', which is not an entity id of the graph; did you mean 'russia'"));
    }

    [Test]
    public void FindPaths_CancelledToken_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() => Graph.FindPaths("armenia", "russia", cancellationToken: cancellation.Token));
    }

    [Test]
    public void GetNeighbourhood_DepthOne_ReturnsNeighboursAndInducedRelations()
    {
        var result = Graph.GetNeighbourhood("csto");

        Assert.That(result.Center.Id, Is.EqualTo("csto"));
        Assert.That(result.Nodes.Select(n => (n.Entity.Id, n.Distance)), Is.EqualTo(new[] { ("csto", 0), ("armenia", 1), ("russia", 1) }));
        Assert.That(result.Relations.Select(r => r.Id), Is.EqualTo(new[] { "armenia-csto", "russia-csto" }));
        Assert.That(result.Truncated, Is.False);
    }

    [Test]
    public void GetNeighbourhood_MaxNodesReached_IsTruncatedWithCounts()
    {
        var result = Graph.GetNeighbourhood("armenia", new NeighbourhoodOptions { Depth = 2, MaxNodes = 3 });

        Assert.That(result.Nodes, Has.Length.EqualTo(3));
        Assert.That(result.Truncated, Is.True);
        Assert.That(result.TruncationReason, Does.StartWith("The neighbourhood has more than 3 entities (maxNodes); the first 3 reached"));
    }

    [TestCase(0)]
    [TestCase(NeighbourhoodOptions.MaxDepth + 1)]
    public void GetNeighbourhood_DepthOutOfRange_ThrowsWithParameter(int depth)
    {
        var error = Assert.Throws<QueryArgumentException>(() => Graph.GetNeighbourhood("csto", new NeighbourhoodOptions { Depth = depth }))!;

        Assert.That(error.Parameter, Is.EqualTo("depth"));
    }

    [Test]
    public void GetNeighbourhood_MaxNodesOutOfRange_ThrowsWithParameter()
    {
        var error = Assert.Throws<QueryArgumentException>(() => Graph.GetNeighbourhood("csto", new NeighbourhoodOptions { MaxNodes = NeighbourhoodOptions.MaxNodesLimit + 1 }))!;

        Assert.That(error.Parameter, Is.EqualTo("maxNodes"));
    }

    [Test]
    public void FindRelations_BetweenTwoEntities_ReturnsBothDirections()
    {
        var relations = Graph.FindRelations(new RelationQuery { Entity = "vladimir-putin", OtherEntity = "nikol-pashinyan" });

        Assert.That(relations.Select(r => r.Id), Is.EqualTo(new[] { "pashinyan-call-putin", "pashinyan-call-putin-2" }));
    }

    [Test]
    public void FindRelations_Window_ReturnsDatedRelationsInIt()
    {
        var relations = Graph.FindRelations(new RelationQuery { Since = new DateOnly(2025, 3, 14), Until = new DateOnly(2025, 3, 25) });

        Assert.That(relations.Select(r => r.Id), Is.EqualTo(new[] { "pashinyan-call-putin", "pashinyan-call-putin-2", "armenia-csto", "russia-csto", "turkiye-armenia" }));
    }

    [Test]
    public void FindRelations_TypeSourceAndCertainty_Combine()
    {
        var relations = Graph.FindRelations(new RelationQuery { Source = "nikol-pashinyan", Types = ["held-phone-call-with"], Certainties = [Certainty.Reported] });

        Assert.That(relations.Select(r => r.Id), Is.EqualTo(new[] { "pashinyan-call-putin-2" }));
    }

    [Test]
    public void FindRelations_UnknownType_ThrowsWithParameter()
    {
        var error = Assert.Throws<QueryArgumentException>(() => Graph.FindRelations(new RelationQuery { Types = ["phone"] }))!;

        Assert.That(error.Parameter, Is.EqualTo("types"));
    }

    [Test]
    public void GetTimeline_Entity_OrdersByDateWithUndatedLast()
    {
        var timeline = Graph.GetTimeline("armenia");

        Assert.That(timeline.Select(r => r.Id), Is.EqualTo(new[] { "armenia-csto", "armenia-israel", "turkiye-armenia", "pashinyan-pm", "galuzin-armenia" }));
    }

    [Test]
    public void RankActors_Degree_RanksHubsFirstWithSharedRanks()
    {
        var ranked = Graph.RankActors(CentralityMeasure.Degree, new RankingOptions { Limit = 3 });

        Assert.That(ranked.Select(a => (a.Entity.Id, a.Score, a.Rank)), Is.EqualTo(new[]
        {
            ("armenia", 3.0, 1), ("nikol-pashinyan", 3.0, 1), ("vladimir-putin", 3.0, 1),
        }));
    }

    [Test]
    public void RankActors_BetweennessOfStates_RanksKindsAsked()
    {
        var ranked = Graph.RankActors(CentralityMeasure.Betweenness, new RankingOptions { Kinds = ["State"] });

        Assert.That(ranked.Select(a => a.Entity.Kind), Is.All.EqualTo("State"));
        Assert.That(ranked[0].Entity.Id, Is.EqualTo("armenia"));
    }

    [Test]
    public void RankActors_LimitOutOfRange_ThrowsWithParameter()
    {
        var error = Assert.Throws<QueryArgumentException>(() => Graph.RankActors(CentralityMeasure.Degree, new RankingOptions { Limit = 0 }))!;

        Assert.That(error.Parameter, Is.EqualTo("limit"));
    }

    [Test]
    public void GetEntity_UnknownId_ThrowsWithClosestIds()
    {
        var error = Assert.Throws<EntityNotFoundException>(() => Graph.GetEntity("pashinyan"))!;

        Assert.That(error.Suggestions[0], Is.EqualTo("nikol-pashinyan"));
    }

    [Test]
    public void ResolveEntity_IdNameOrAlias_FindsTheEntity()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Graph.ResolveEntity("russia")?.Id, Is.EqualTo("russia"));
            Assert.That(Graph.ResolveEntity("the Kremlin")?.Id, Is.EqualTo("russia"));
            Assert.That(Graph.ResolveEntity("turkiye")?.Id, Is.EqualTo("turkiye"));
            Assert.That(Graph.ResolveEntity("CSTO")?.Id, Is.EqualTo("csto"));
            Assert.That(Graph.ResolveEntity("Nowhere"), Is.Null);
        });
    }

    [Test]
    public void Queries_ManyThreads_GiveTheSameAnswersAsOneThread()
    {
        var random = new Random(7);
        var graph = RandomGraphs.Create(random);
        var questions = Enumerable.Range(0, 200)
            .Select(_ => (From: graph.Entities[random.Next(graph.Entities.Length)].Id, To: graph.Entities[random.Next(graph.Entities.Length)].Id, K: random.Next(1, 5)))
            .ToList();
        string Answer((string From, string To, int K) q) =>
            string.Join("|", graph.FindPaths(q.From, q.To, new PathOptions { K = q.K, Filter = new TraversalFilter { IncludeUncertain = true } }).Paths.Select(p => p.Explanation))
            + graph.GetNeighbourhood(q.From, new NeighbourhoodOptions { Depth = 2 }).Nodes.Length;
        var fresh = RandomGraphs.Create(new Random(7));

        var parallel = new string[questions.Count];
        Parallel.For(0, questions.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Answer(questions[i]));

        graph = fresh;
        Assert.That(parallel, Is.EqualTo(questions.Select(Answer).ToArray()));
    }
}
