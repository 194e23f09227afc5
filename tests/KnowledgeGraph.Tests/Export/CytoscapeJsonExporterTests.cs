using System.Text.Json;
using KnowledgeGraph.Export;

namespace KnowledgeGraph.Tests.Export;

public sealed class CytoscapeJsonExporterTests
{
    [TestCase(ExportTestGraphs.Real)]
    [TestCase(ExportTestGraphs.Hostile)]
    public void Export_HasCytoscapeElementsWithEveryEntityAndRelation(string graphName)
    {
        var graph = ExportTestGraphs.Get(graphName);
        using var json = JsonDocument.Parse(ExportTestGraphs.Export(graph, ExportFormat.CytoscapeJson));
        var elements = json.RootElement.GetProperty("elements");
        var nodes = elements.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data")).ToList();
        var edges = elements.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data")).ToList();
        var nodeIds = nodes.Select(n => n.GetProperty("id").GetString()!).ToList();
        var edgeIds = edges.Select(e => e.GetProperty("id").GetString()!).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(nodeIds, Is.EqualTo(graph.Entities.Select(e => e.Id)));
            Assert.That(nodes.Select(n => n.GetProperty("name").GetString()), Is.EqualTo(graph.Entities.Select(e => e.Name)));
            Assert.That(nodes.Select(n => n.GetProperty("label").GetString()), Is.EqualTo(graph.Entities.Select(e => e.Name)));
            Assert.That(edges, Has.Count.EqualTo(graph.Relations.Length));
            Assert.That(nodeIds.Concat(edgeIds), Is.Unique, "Cytoscape.js keeps nodes and edges in one id space");
            Assert.That(edges.Select(e => e.GetProperty("source").GetString()), Is.All.AnyOf(nodeIds.ToArray()));
            Assert.That(edges.Select(e => e.GetProperty("target").GetString()), Is.All.AnyOf(nodeIds.ToArray()));
            Assert.That(edges.Select(e => e.GetProperty("relationType").GetString()), Is.EqualTo(graph.Relations.Select(r => r.Type)));
        });
    }

    [Test]
    public void Export_StructuredValues_AreNestedJsonAndRelationIdsThatClashWithEntitiesArePrefixed()
    {
        var graph = ExportTestGraphs.Get(ExportTestGraphs.Hostile);
        using var json = JsonDocument.Parse(ExportTestGraphs.Export(graph, ExportFormat.CytoscapeJson));
        var elements = json.RootElement.GetProperty("elements");
        var armenia = elements.GetProperty("nodes")[0].GetProperty("data");
        var edges = elements.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data")).ToList();
        var call = edges.Single(e => e.GetProperty("id").GetString() == "call-1");
        Assert.Multiple(() =>
        {
            Assert.That(armenia.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()), Is.EqualTo(new[] { "Armenia; Republic of", "Hayastan, \"HY\"" }));
            Assert.That(armenia.GetProperty("identifiers").GetProperty("custom key & <x>").GetString(), Is.EqualTo("value \"q\""));
            Assert.That(call.GetProperty("qualifiers").GetProperty("place name").GetString(), Is.EqualTo("Москва\nKremlin"));
            Assert.That(call.GetProperty("evidenceData")[0].GetProperty("citation").GetProperty("outlet").GetString(), Is.EqualTo("Outlet & Co. \"Daily\""));
            Assert.That(edges.Select(e => e.GetProperty("id").GetString()), Does.Contain("relation:summit"), "the relation \"summit\" shares its id with an entity");
        });
    }
}
