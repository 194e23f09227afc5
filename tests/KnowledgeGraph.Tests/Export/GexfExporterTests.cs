using System.Text.Json;
using System.Xml.Linq;
using KnowledgeGraph.Export;

namespace KnowledgeGraph.Tests.Export;

public sealed class GexfExporterTests : ExportTestBase
{
    [TestCase(ExportTestGraphs.Real)]
    [TestCase(ExportTestGraphs.Hostile)]
    public void Export_ReadByNetworkX_GivesTheSameNodesEdgesAndAttributes(string graphName)
    {
        ExportConsumers.RequirePythonModule("networkx", "python3-networkx");
        var graph = ExportTestGraphs.Get(graphName);
        var seen = ExportConsumers.RunScript("read_networkx.py", "gexf", ExportToFile(graph, ExportFormat.Gexf));
        NetworkXExpectations.AssertSameGraph(graph, seen);
    }

    [Test]
    public void Export_RelationTime_BecomesASpellCoveringItsPrecision()
    {
        ExportConsumers.RequirePythonModule("networkx", "python3-networkx");
        var graph = ExportTestGraphs.Get(ExportTestGraphs.Hostile);
        var seen = ExportConsumers.RunScript("read_networkx.py", "gexf", ExportToFile(graph, ExportFormat.Gexf));
        var spells = seen.GetProperty("edges").EnumerateArray().ToDictionary(
            e => e.GetProperty("key").GetString()!,
            e => e.GetProperty("data").TryGetProperty("spells", out var s) ? s.EnumerateArray().Select(Spell).ToList() : []);
        Assert.Multiple(() =>
        {
            Assert.That(spells["call-1"], Is.EqualTo(new[] { "2025-03-14..2025-03-14" }), "a day");
            Assert.That(spells["call-2"], Is.EqualTo(new[] { "2025-03-01..2025-03-31" }), "March 2025 covers the month");
            Assert.That(spells["summit"], Is.EqualTo(new[] { "2024-01-01..2025-02-28" }), "from 2024 to February 2025");
            Assert.That(spells["denied-accusation"], Is.EqualTo(new[] { "2025-01-01..None" }), "an open end stays open");
            Assert.That(spells["armenia-member"], Is.Empty, "no time, no spell");
        });

        static string Spell(JsonElement s) => $"{s[0].GetString()}..{s[1].GetString()}";
    }

    [Test]
    public void Export_IsGexf12_WithParallelRelationsAsDistinctEdges()
    {
        var xml = XDocument.Load(new MemoryStream(ExportTestGraphs.Export(ExportTestGraphs.Get(ExportTestGraphs.Hostile), ExportFormat.Gexf)));
        XNamespace ns = "http://www.gexf.net/1.2draft";
        var calls = xml.Descendants(ns + "edge").Where(e => (string?)e.Attribute("source") == "sergei-lavrov" && (string?)e.Attribute("target") == "armenia").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(xml.Root!.Name, Is.EqualTo(ns + "gexf"));
            Assert.That(xml.Root!.Attribute("version")!.Value, Is.EqualTo("1.2"));
            Assert.That(calls.Select(e => (string?)e.Attribute("id")), Is.EqualTo(new[] { "call-1", "call-2" }));
            Assert.That(calls.Select(e => e.Attribute("kind")), Is.All.Null, "kind is GEXF 1.3");
            Assert.That(xml.Descendants(ns + "graph").Single().Attribute("timerepresentation"), Is.Null, "timerepresentation is GEXF 1.3");
        });
    }

    [Test]
    public void Export13_KeepsTheRelationTypeAsKind()
    {
        var xml = XDocument.Load(new MemoryStream(ExportTestGraphs.Export(ExportTestGraphs.Get(ExportTestGraphs.Hostile), ExportFormat.Gexf13)));
        XNamespace ns = "http://gexf.net/1.3";
        var calls = xml.Descendants(ns + "edge").Where(e => (string?)e.Attribute("source") == "sergei-lavrov" && (string?)e.Attribute("target") == "armenia").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(xml.Root!.Attribute("version")!.Value, Is.EqualTo("1.3"));
            Assert.That(calls.Select(e => (string?)e.Attribute("id")), Is.EqualTo(new[] { "call-1", "call-2" }));
            Assert.That(calls.Select(e => (string?)e.Attribute("kind")), Is.All.EqualTo("held-phone-call-with"));
            Assert.That((string?)xml.Descendants(ns + "graph").Single().Attribute("timerepresentation"), Is.EqualTo("interval"));
        });
    }
}
