using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Tests.Queries;

/// <summary>
/// Brute-force oracle tests: on seeded random small multigraphs with random filters, every query must give
/// what exhaustive enumeration of simple paths gives. A failing seed reproduces the case exactly.
/// </summary>
public sealed class OracleTests
{
    private const int Seeds = 250;

    [Test]
    public void FindPaths_RandomGraphsShortest_MatchesOracleLength([Range(0, Seeds - 1)] int seed)
    {
        var (graph, filter, start, target, maxLength, _) = Case(seed);
        var oracle = new BruteForce(graph, filter).SimplePaths(start, target, maxLength);

        var result = graph.FindPaths(start, target, new PathOptions { Filter = filter, MaxLength = maxLength });

        Assert.That(result.Paths.Select(p => p.Length), Is.EqualTo(oracle.Select(p => p.Length).Order().Take(1)));
        AssertPathsAmong(result, oracle);
        Assert.That(result.Truncated, Is.False.Or.EqualTo(result.Paths.IsEmpty), "only a length cut without a path truncates");
    }

    [Test]
    public void FindPaths_RandomGraphsKShortest_MatchesOracleLengths([Range(0, Seeds - 1)] int seed)
    {
        var (graph, filter, start, target, maxLength, random) = Case(seed);
        var k = random.Next(1, 8);
        var oracle = new BruteForce(graph, filter).SimplePaths(start, target, maxLength);

        var result = graph.FindPaths(start, target, new PathOptions { Filter = filter, MaxLength = maxLength, K = k });

        Assert.That(result.Paths.Select(p => p.Length), Is.EqualTo(oracle.Select(p => p.Length).Order().Take(k)));
        AssertPathsAmong(result, oracle);
        Assert.That(result.Paths.Select(Key), Is.Unique);
    }

    [Test]
    public void FindPaths_RandomGraphsAllShortest_MatchesOracleSet([Range(0, Seeds - 1)] int seed)
    {
        var (graph, filter, start, target, maxLength, _) = Case(seed);
        var oracle = new BruteForce(graph, filter).SimplePaths(start, target, maxLength);
        var shortest = oracle.Count == 0 ? [] : oracle.Where(p => p.Length == oracle.Min(q => q.Length)).Select(p => p.Key).Order().ToList();

        var result = graph.FindPaths(start, target, new PathOptions { Filter = filter, MaxLength = maxLength, Mode = PathSearchMode.AllShortest, MaxPaths = PathOptions.MaxPathsLimit });

        Assert.That(result.Paths.Select(Key).Order(), Is.EqualTo(shortest));
    }

    [Test]
    public void FindPaths_RandomGraphsAllSimple_MatchesOracleSetInLengthOrder([Range(0, Seeds - 1)] int seed)
    {
        var (graph, filter, start, target, maxLength, _) = Case(seed);
        var oracle = new BruteForce(graph, filter).SimplePaths(start, target, maxLength);

        var result = graph.FindPaths(start, target, new PathOptions { Filter = filter, MaxLength = maxLength, Mode = PathSearchMode.AllSimple, MaxPaths = PathOptions.MaxPathsLimit });

        Assert.That(result.Paths.Select(Key).Order(), Is.EqualTo(oracle.Select(p => p.Key).Order()));
        Assert.That(result.Paths.Select(p => p.Length), Is.Ordered);
        AssertPathsAmong(result, oracle);
        Assert.That(result.Truncated, Is.False);
    }

    [Test]
    public void FindPaths_RandomGraphsWeighted_MatchesOracleCosts([Range(0, Seeds - 1)] int seed)
    {
        var (graph, filter, start, target, maxLength, random) = Case(seed);
        var k = random.Next(1, 6);
        var weighting = random.Next(2) == 0 ? PathWeighting.PreferStated : PathWeighting.PreferCooperative;
        var bruteForce = new BruteForce(graph, filter);
        var oracle = bruteForce.SimplePaths(start, target, maxLength);

        var result = graph.FindPaths(start, target, new PathOptions { Filter = filter, MaxLength = maxLength, K = k, Weighting = weighting });

        var costs = result.Paths.Select(p => bruteForce.Cost(Oracle(p), weighting));
        Assert.That(costs, Is.EqualTo(oracle.Select(p => bruteForce.Cost(p, weighting)).Order().Take(k)));
        AssertPathsAmong(result, oracle);
        Assert.That(result.Paths.Select(Key), Is.Unique);
    }

    [Test]
    public void FindPaths_RandomGraphsWithSourcesPreferSupported_MatchesOracleCosts([Range(0, Seeds - 1)] int seed)
    {
        var random = new Random(seed);
        var graph = RandomGraphs.CreateWithSources(random);
        var filter = RandomGraphs.RandomSourceFilter(random, graph);
        var start = graph.Entities[random.Next(graph.Entities.Length)].Id;
        var target = graph.Entities[random.Next(graph.Entities.Length)].Id;
        var (maxLength, k) = (random.Next(1, 7), random.Next(1, 6));
        var bruteForce = new BruteForce(graph, filter);
        var oracle = bruteForce.SimplePaths(start, target, maxLength);

        var result = graph.FindPaths(start, target, new PathOptions { Filter = filter, MaxLength = maxLength, K = k, Weighting = PathWeighting.PreferSupported });

        var costs = result.Paths.Select(p => bruteForce.Cost(Oracle(p), PathWeighting.PreferSupported));
        Assert.That(costs, Is.EqualTo(oracle.Select(p => bruteForce.Cost(p, PathWeighting.PreferSupported)).Order().Take(k)));
        AssertPathsAmong(result, oracle);
        Assert.That(result.Paths.Select(Key), Is.Unique);
    }

    [Test]
    public void Case_SourceSeeds_CoverPathsWhoseSupportDiffers()
    {
        var (differentCosts, longerCheaper) = (0, 0);
        for (var seed = 0; seed < Seeds; seed++)
        {
            var random = new Random(seed);
            var graph = RandomGraphs.CreateWithSources(random);
            var filter = RandomGraphs.RandomSourceFilter(random, graph);
            var start = graph.Entities[random.Next(graph.Entities.Length)].Id;
            var target = graph.Entities[random.Next(graph.Entities.Length)].Id;
            var bruteForce = new BruteForce(graph, filter);
            var paths = bruteForce.SimplePaths(start, target, random.Next(1, 7))
                .Select(p => (p.Length, Cost: bruteForce.Cost(p, PathWeighting.PreferSupported))).ToList();
            differentCosts += paths.Any(p => paths.Any(q => q.Length == p.Length && q.Cost != p.Cost)) ? 1 : 0;
            longerCheaper += paths.Any(p => paths.Any(q => q.Length < p.Length && p.Cost < q.Cost)) ? 1 : 0;
        }

        TestContext.Out.WriteLine($"of {Seeds} cases, {differentCosts} have paths of one length and different support, {longerCheaper} a longer path better supported than a shorter one");
        Assert.That(differentCosts, Is.GreaterThan(Seeds / 8), "cases where paths of one length differ in support");
        Assert.That(longerCheaper, Is.GreaterThan(Seeds / 50), "cases where a longer path is better supported than a shorter one");
    }

    [Test]
    public void GetNeighbourhood_RandomGraphs_MatchesOracleDistancesAndInducedRelations([Range(0, Seeds - 1)] int seed)
    {
        var (graph, filter, center, _, _, random) = Case(seed);
        var depth = random.Next(1, NeighbourhoodOptions.MaxDepth + 1);
        var bruteForce = new BruteForce(graph, filter);
        var distances = bruteForce.Distances(center, depth);

        var result = graph.GetNeighbourhood(center, new NeighbourhoodOptions { Filter = filter, Depth = depth });

        Assert.That(result.Nodes.ToDictionary(n => n.Entity.Id, n => n.Distance), Is.EquivalentTo(distances));
        Assert.That(result.Nodes[0].Entity.Id, Is.EqualTo(center));
        Assert.That(result.Nodes.Select(n => n.Distance), Is.Ordered);
        Assert.That(result.Relations.Select(r => r.Id), Is.EquivalentTo(bruteForce.Induced(distances.Keys.ToHashSet())));
        Assert.That(result.Truncated, Is.False);
    }

    [Test]
    public void RankActors_RandomGraphsBetweenness_MatchesOracle([Range(0, Seeds - 1)] int seed)
    {
        var (graph, filter, _, _, _, _) = Case(seed);
        var expected = new BruteForce(graph, filter).Betweenness().Where(p => p.Value > 0);

        var ranked = graph.RankActors(CentralityMeasure.Betweenness, new RankingOptions { Filter = filter, Limit = RankingOptions.MaxLimit });

        Assert.That(ranked.Select(a => a.Entity.Id), Is.EquivalentTo(expected.Select(p => p.Key)));
        foreach (var actor in ranked)
        {
            Assert.That(actor.Score, Is.EqualTo(expected.Single(p => p.Key == actor.Entity.Id).Value).Within(1e-9), actor.Entity.Id);
        }
    }

    [Test]
    public void RankActors_RandomGraphsDegree_MatchesOracle([Range(0, Seeds - 1)] int seed)
    {
        var (graph, filter, _, _, _, _) = Case(seed);
        var expected = new BruteForce(graph, filter).Degrees().Where(p => p.Value > 0).ToDictionary(p => p.Key, p => (double)p.Value);

        var ranked = graph.RankActors(CentralityMeasure.Degree, new RankingOptions { Filter = filter, Limit = RankingOptions.MaxLimit });

        Assert.That(ranked.ToDictionary(a => a.Entity.Id, a => a.Score), Is.EquivalentTo(expected));
        Assert.That(ranked.Select(a => a.Score), Is.Ordered.Descending);
    }

    [Test]
    public void Case_AllSeeds_CoverNonTrivialQuestions()
    {
        var pathCounts = Enumerable.Range(0, Seeds).Select(seed =>
        {
            var (graph, filter, start, target, maxLength, _) = Case(seed);
            return new BruteForce(graph, filter).SimplePaths(start, target, maxLength).Count;
        }).ToList();

        Assert.That(pathCounts.Count(c => c >= 1), Is.GreaterThan(Seeds / 3), "cases with a path");
        Assert.That(pathCounts.Count(c => c >= 3), Is.GreaterThan(Seeds / 6), "cases with several paths");
        TestContext.Out.WriteLine($"paths per case: {string.Join(" ", pathCounts)}");
    }

    private static string Key(GraphPath path) => string.Join(",", path.Steps.Select(s => s.Relation.Id));

    private static BruteForce.OraclePath Oracle(GraphPath path) =>
        new([.. path.Steps.Select(s => s.Relation.Id)], [.. path.Nodes.Select(n => n.Id)]);

    // Every returned path is one the oracle enumerated, and its steps are consistent with its nodes.
    private static void AssertPathsAmong(PathResult result, List<BruteForce.OraclePath> oracle)
    {
        var keys = oracle.Select(p => p.Key).ToHashSet();
        foreach (var path in result.Paths)
        {
            Assert.That(keys, Does.Contain(Key(path)));
            Assert.That(path.Nodes.Select(n => n.Id), Is.EqualTo(oracle.First(p => p.Key == Key(path)).Nodes));
            foreach (var (step, i) in path.Steps.Select((s, i) => (s, i)))
            {
                Assert.That((step.From, step.To), Is.EqualTo((path.Nodes[i], path.Nodes[i + 1])));
                Assert.That(step.AlongDirection ? step.Relation.Source : step.Relation.Target, Is.EqualTo(step.From.Id));
            }
        }
    }

    private static (Graph Graph, TraversalFilter Filter, string Start, string Target, int MaxLength, Random Random) Case(int seed)
    {
        var random = new Random(seed);
        var graph = RandomGraphs.Create(random);
        var filter = RandomGraphs.RandomFilter(random, graph);
        var start = graph.Entities[random.Next(graph.Entities.Length)].Id;
        var others = graph.Entities.Where(e => e.Id != start).ToList();
        var target = random.Next(10) == 0 ? start : others[random.Next(others.Count)].Id;
        return (graph, filter, start, target, random.Next(1, 7), random);
    }
}
