using KnowledgeGraph.Model;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Tests.Queries;

public sealed class GraphIndexTests
{
    [Test]
    public void Constructor_PlainArrays_BuildsOutgoingAndIncomingRowsInEdgeOrder()
    {
        // 0 -> 1 (e0), 0 -> 2 (e1), 2 -> 1 (e2), 0 -> 1 (e3, parallel to e0)
        var index = new GraphIndex([0, 0, 1], 2, [0, 0, 2, 0], [1, 2, 1, 1], [0, 1, 0, 1], 2);

        Assert.That(index.OutOffsets, Is.EqualTo(new[] { 0, 3, 3, 4 }));
        Assert.That(index.OutEdges, Is.EqualTo(new[] { 0, 1, 3, 2 }));
        Assert.That(index.OutNodes, Is.EqualTo(new[] { 1, 2, 1, 1 }));
        Assert.That(index.InOffsets, Is.EqualTo(new[] { 0, 0, 3, 4 }));
        Assert.That(index.InEdges, Is.EqualTo(new[] { 0, 2, 3, 1 }));
        Assert.That(index.InNodes, Is.EqualTo(new[] { 0, 2, 0, 0 }));
        Assert.That(index.IsFactual(0), Is.True, "no certainties means every edge is stated");
    }

    [Test]
    public void Constructor_OrdinalOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new GraphIndex([0, 0], 1, [0], [2], [0], 1));
        Assert.Throws<ArgumentException>(() => new GraphIndex([0, 0], 1, [0], [1, 0], [0], 1));
    }

    [Test]
    public void Traversal_PlainArrayIndex_FindsPathsWithoutModelRecords()
    {
        var index = new GraphIndex([0, 0, 0, 0], 1, [0, 1, 2, 0], [1, 2, 3, 3], [0, 0, 0, 0], 1, [Certainty.Stated, Certainty.Stated, Certainty.Stated, Certainty.Denied]);
        var filter = new EdgeFilter(index, [GraphIndex.AlongBit], null, [], includeUncertain: false);
        using var traversal = new Traversal(index, filter, int.MaxValue, CancellationToken.None);
        var lengthCut = false;

        var paths = KShortestPaths.Find(traversal, HopPaths.Shortest, 0, 3, 3, 10, ref lengthCut);

        Assert.That(paths.Select(p => p.Edges), Is.EqualTo(new[] { new[] { 0, 1, 2 } }), "the denied shortcut e3 is not followed");
    }
}
