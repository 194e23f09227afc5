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
