using System.Text;
using KnowledgeGraph.Export;

namespace KnowledgeGraph.Tests.Export;

public sealed class GraphExporterTests
{
    private static IEnumerable<ExportFormat> Formats => ExportFormatInfo.All.Select(i => i.Format);

    [TestCaseSource(nameof(Formats))]
    public void Export_SameGraphTwice_GivesTheSameBytes(ExportFormat format)
    {
        var graph = ExportTestGraphs.Get(ExportTestGraphs.Hostile);
        var first = ExportTestGraphs.Export(graph, format);
        var second = ExportTestGraphs.Export(graph, format);
        Assert.That(second, Is.EqualTo(first).And.Not.Empty);
    }

    [TestCaseSource(nameof(Formats))]
    public async Task ExportAsync_GivesTheSameBytesAsExport(ExportFormat format)
    {
        var graph = ExportTestGraphs.Get(ExportTestGraphs.Hostile);
        using var output = new MemoryStream();
        await GraphExporter.ExportAsync(graph, format, output);
        Assert.That(output.ToArray(), Is.EqualTo(ExportTestGraphs.Export(graph, format)));
    }

    [Test]
    public void Export_Subset_AddsTheEndsOfItsRelationsOnceAndKeepsTheGivenOrder()
    {
        var graph = ExportTestGraphs.Get(ExportTestGraphs.Hostile);
        var relations = new[] { graph.FindRelation("armenia-member")!, graph.FindRelation("call-1")!, graph.FindRelation("call-1")! };
        var text = ExportText(graph, [graph.FindEntity("peace")!, graph.FindEntity("armenia")!], relations, ExportFormat.Cypher);
        var merged = text.Split('\n').Where(l => l.StartsWith("MERGE (n:Entity", StringComparison.Ordinal)).Select(l => l.Split('\'')[1]);
        var matched = text.Split('\n').Where(l => l.StartsWith("MATCH", StringComparison.Ordinal)).Select(l => l.Split("{id: '")[3].Split('\'')[0]);
        Assert.Multiple(() =>
        {
            Assert.That(merged, Is.EqualTo(new[] { "peace", "armenia", "summit", "sergei-lavrov" }), "given entities first, then missing ends, each once");
            Assert.That(matched, Is.EqualTo(new[] { "armenia-member", "call-1" }), "each relation once, in the given order");
        });
    }

    [Test]
    public void Export_SubsetAsRdf_DescribesOnlyWhatItUses()
    {
        var graph = ExportTestGraphs.Get(ExportTestGraphs.Hostile);
        var text = ExportText(graph, [], [graph.FindRelation("armenia-member")!], ExportFormat.Turtle);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("rt:member-of a rdf:Property"));
            Assert.That(text, Does.Not.Contain("rt:accused a rdf:Property"));
            Assert.That(text, Does.Contain("ent:summit a kind:Organization"));
            Assert.That(text, Does.Not.Contain("ent:russia a"));
        });
    }

    [Test]
    public void Export_EntityOfAnotherGraph_ThrowsNamingIt()
    {
        var graph = ExportTestGraphs.Get(ExportTestGraphs.Hostile);
        var stranger = graph.FindEntity("armenia")! with { Id = "atlantis" };
        Assert.That(() => GraphExporter.Export(graph, [stranger], [], ExportFormat.Dot, Stream.Null),
            Throws.ArgumentException.With.Message.Contains("\"atlantis\" is not an entity of this graph"));
    }

    [Test]
    public void Export_UnknownFormat_ThrowsListingTheSupportedOnes() =>
        Assert.That(() => GraphExporter.Export(ExportTestGraphs.Get(ExportTestGraphs.Hostile), (ExportFormat)99, Stream.Null),
            Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains("supported: graphml, gexf"));

    [Test]
    public void Export_LeavesTheOutputStreamOpen()
    {
        using var output = new MemoryStream();
        foreach (var format in Formats)
        {
            GraphExporter.Export(ExportTestGraphs.Get(ExportTestGraphs.Hostile), format, output);
        }

        Assert.That(output.CanWrite, Is.True);
    }

    private static string ExportText(Graph graph, IEnumerable<KnowledgeGraph.Model.Entity> entities, IEnumerable<KnowledgeGraph.Model.Relation> relations, ExportFormat format)
    {
        using var output = new MemoryStream();
        GraphExporter.Export(graph, entities, relations, format, output);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
