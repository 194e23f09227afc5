using System.Xml.Linq;
using KnowledgeGraph.Export;

namespace KnowledgeGraph.Tests.Export;

public sealed class GraphMlExporterTests : ExportTestBase
{
    [TestCase(ExportTestGraphs.Real)]
    [TestCase(ExportTestGraphs.Hostile)]
    public void Export_ReadByNetworkX_GivesTheSameNodesEdgesAndAttributes(string graphName)
    {
        ExportConsumers.RequirePythonModule("networkx", "python3-networkx");
        var graph = ExportTestGraphs.Get(graphName);
        var seen = ExportConsumers.RunScript("read_networkx.py", "graphml", ExportToFile(graph, ExportFormat.GraphMl));
        NetworkXExpectations.AssertSameGraph(graph, seen);
    }

    [TestCase(ExportTestGraphs.Real)]
    [TestCase(ExportTestGraphs.Hostile)]
    public void Export_ReadByIgraph_GivesTheSameCountsIdsAndAttributes(string graphName)
    {
        ExportConsumers.RequirePythonModule("igraph", "python3-igraph");
        var graph = ExportTestGraphs.Get(graphName);
        var seen = ExportConsumers.RunScript("read_igraph.py", ExportToFile(graph, ExportFormat.GraphMl));
        var vertices = seen.GetProperty("vertices").EnumerateArray().ToDictionary(v => v.GetProperty("id").GetString()!);
        var edges = seen.GetProperty("edges").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        Assert.Multiple(() =>
        {
            Assert.That(seen.GetProperty("directed").GetBoolean(), Is.True);
            Assert.That(vertices.Keys, Is.EquivalentTo(graph.Entities.Select(e => e.Id)), "one vertex per entity");
            Assert.That(edges.Keys, Is.EquivalentTo(graph.Relations.Select(r => r.Id)), "one edge per relation, parallel ones included");
            foreach (var entity in graph.Entities)
            {
                Assert.That(vertices[entity.Id].GetProperty("name").GetString(), Is.EqualTo(entity.Name), $"name of {entity.Id}");
                Assert.That(vertices[entity.Id].GetProperty("kind").GetString(), Is.EqualTo(entity.Kind), $"kind of {entity.Id}");
            }

            foreach (var relation in graph.Relations)
            {
                var edge = edges[relation.Id];
                var expected = FlatAttributes.Of(relation, graph.FindRelationType(relation.Type)!, graph.SupportOf(relation)).ToDictionary(v => v.Column.Name, v => v.AsText);
                Assert.That(edge.GetProperty("source").GetString(), Is.EqualTo(relation.Source));
                Assert.That(edge.GetProperty("target").GetString(), Is.EqualTo(relation.Target));
                Assert.That(edge.GetProperty("certainty").GetString(), Is.EqualTo(expected["certainty"]), $"certainty of {relation.Id}");
                Assert.That(edge.TryGetProperty("time", out var time) ? time.GetString() : null, Is.EqualTo(expected.GetValueOrDefault("time")), $"time of {relation.Id}");
                Assert.That(edge.TryGetProperty("timeEarliest", out var earliest) ? earliest.GetString() : null, Is.EqualTo(expected.GetValueOrDefault("timeEarliest")));
                Assert.That(edge.GetProperty("evidence").GetString(), Is.EqualTo(expected["evidence"]), $"evidence of {relation.Id}");
                Assert.That(edge.TryGetProperty("implicit", out var isImplicit) && isImplicit.GetBoolean(), Is.EqualTo(relation.Implicit));
            }
        });
    }

    [Test]
    public void Export_DeclaresTypedKeysBeforeTheGraph()
    {
        var xml = XDocument.Load(new MemoryStream(ExportTestGraphs.Export(ExportTestGraphs.Get(ExportTestGraphs.Hostile), ExportFormat.GraphMl)));
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var children = xml.Root!.Elements().Select(e => e.Name.LocalName).ToList();
        var keys = xml.Root.Elements(ns + "key").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(children.LastIndexOf("key"), Is.LessThan(children.IndexOf("graph")), "every <key> precedes <graph>");
            Assert.That(keys.Single(k => (string?)k.Attribute("attr.name") == "implicit").Attribute("attr.type")!.Value, Is.EqualTo("boolean"));
            Assert.That(keys.Where(k => (string?)k.Attribute("for") == "edge").Select(k => (string?)k.Attribute("attr.name")),
                Is.SupersetOf(new[] { "relationType", "certainty", "polarity", "timePoint", "timeStart", "timeEnd", "evidence", "qualifiers" }));
            Assert.That(keys.Where(k => (string?)k.Attribute("for") == "node").Select(k => (string?)k.Attribute("attr.name")),
                Is.SupersetOf(new[] { "label", "kind", "aliases", "identifiers" }));
        });
    }
}
