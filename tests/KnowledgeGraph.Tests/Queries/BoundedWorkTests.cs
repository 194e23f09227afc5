using KnowledgeGraph.Queries;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Tests.Queries;

/// <summary>
/// The worst queries on a benchmark-shaped graph (20 000 entities, 100 000 relations, skewed degrees): each stops at
/// its cap or work budget and says <c>truncated</c> with the reason, and a cancelled token stops the work. No
/// timing is asserted (see bench/ for figures); only that the caps hold and cancellation ends the query.
/// </summary>
public sealed class BoundedWorkTests
{
    private BenchmarkGraphData data = null!;
    private Graph graph = null!;
    private string hub = null!;
    private string from = null!;
    private string to = null!;

    [OneTimeSetUp]
    public void BuildGraph()
    {
        data = BenchmarkGraphData.Generate(nodes: 20_000, edges: 100_000, seed: 42);
        graph = BenchmarkGraph.Build(data);
        hub = data.NodeIds[data.BiggestHub()];
        var (f, t, distance) = data.DistantPair();
        (from, to) = (data.NodeIds[f], data.NodeIds[t]);
        Assert.That(distance, Is.GreaterThanOrEqualTo(3), "the pair is far apart");
    }

    [Test]
    public void GetNeighbourhood_MaxDepthFromTheBiggestHub_StopsAtTheNodeCapAndSaysTruncated()
    {
        var result = graph.GetNeighbourhood(hub, new NeighbourhoodOptions { Depth = NeighbourhoodOptions.MaxDepth, MaxNodes = NeighbourhoodOptions.MaxNodesLimit });
        AssertTruncated(result.Truncated, result.TruncationReason, "maxNodes", result.Nodes.Length, Is.EqualTo(NeighbourhoodOptions.MaxNodesLimit));
    }

    [Test]
    public void GetNeighbourhood_WorkBudgetSpent_StopsThereAndSaysTruncated()
    {
        var result = graph.GetNeighbourhood(hub, new NeighbourhoodOptions { Depth = NeighbourhoodOptions.MaxDepth, MaxNodes = NeighbourhoodOptions.MaxNodesLimit, MaxVisited = 1_000 });
        // The center and at most the budget's visits.
        AssertTruncated(result.Truncated, result.TruncationReason, "maxVisited", result.Nodes.Length, Is.LessThanOrEqualTo(1_001));
    }

    [Test]
    public void GetNeighbourhood_UnfilteredFromTheBiggestHub_StopsAtTheDefaultNodeCap()
    {
        var result = graph.GetNeighbourhood(hub, new NeighbourhoodOptions { Depth = 2 });
        AssertTruncated(result.Truncated, result.TruncationReason, "maxNodes", result.Nodes.Length, Is.EqualTo(new NeighbourhoodOptions().MaxNodes));
    }

    [Test]
    public void FindPaths_KAtItsCapBetweenDistantEntities_StopsAtTheWorkBudgetAndSaysTruncated()
    {
        var result = graph.FindPaths(from, to, new PathOptions { K = PathOptions.MaxK, MaxLength = PathOptions.MaxLengthLimit, MaxVisited = 5_000 });
        AssertTruncated(result.Truncated, result.TruncationReason, "maxVisited", result.Paths.Length, Is.LessThan(PathOptions.MaxK));
    }

    [Test]
    public void FindPaths_AllShortestBetweenDistantEntities_ReturnsAtMostMaxPathsAndSaysTruncated()
    {
        var result = graph.FindPaths(from, to, new PathOptions { Mode = PathSearchMode.AllShortest, MaxLength = PathOptions.MaxLengthLimit, MaxPaths = 5, Filter = TraversalFilter.Default with { Direction = Direction.Both } });
        Assert.Multiple(() =>
        {
            Assert.That(result.Truncated, Is.True, "a hub-heavy graph has many shortest paths between distant entities");
            Assert.That(result.Paths, Has.Length.LessThanOrEqualTo(5));
            Assert.That(result.Paths.Select(p => p.Steps.Length).Distinct().Count(), Is.LessThanOrEqualTo(1), "all of one (minimum) length");
        });
    }

    [Test]
    public void Queries_WithACancelledToken_ThrowOperationCanceledExceptionBeforeWorking()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Multiple(() =>
        {
            Assert.That(() => graph.FindPaths(from, to, new PathOptions { K = PathOptions.MaxK }, cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
            Assert.That(() => graph.GetNeighbourhood(hub, new NeighbourhoodOptions { Depth = NeighbourhoodOptions.MaxDepth }, cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
            Assert.That(() => graph.RankActors(CentralityMeasure.Betweenness, null, cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
        });
    }

    [Test]
    public void RankActors_BetweennessCancelledWhileRunning_StopsWithOperationCanceledException()
    {
        // Betweenness has no visit budget: on this graph it needs 20 000 breadth-first searches, far more than 50 ms.
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        Assert.That(() => graph.RankActors(CentralityMeasure.Betweenness, null, cancellation.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    private static void AssertTruncated(bool truncated, string? reason, string cap, int count, NUnit.Framework.Constraints.IResolveConstraint expectedCount) =>
        Assert.Multiple(() =>
        {
            Assert.That(truncated, Is.True);
            Assert.That(reason, Does.Contain(cap));
            Assert.That(count, expectedCount);
        });
}
