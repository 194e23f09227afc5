using System.Xml.Linq;
using KnowledgeGraph.Export;

namespace KnowledgeGraph.Tests.Export;

public sealed class DotExporterTests : ExportTestBase
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [TestCase(ExportTestGraphs.Real)]
    [TestCase(ExportTestGraphs.Hostile)]
    public void Export_RenderedByGraphviz_GivesSvgWithoutErrorsOrWarnings(string graphName)
    {
        ExportConsumers.RequireDot();
        var graph = ExportTestGraphs.Get(graphName);
        var svg = Render(graph);
        var groups = svg.Descendants(Svg + "g").Select(g => (string?)g.Attribute("class")).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(groups.Count(c => c == "node"), Is.EqualTo(graph.Entities.Length));
            Assert.That(groups.Count(c => c == "edge"), Is.EqualTo(graph.Relations.Length), "parallel relations are separate edges");
        });
    }

    [Test]
    public void Export_HostileNames_AppearInTheRenderedSvgLineByLine()
    {
        ExportConsumers.RequireDot();
        var graph = ExportTestGraphs.Get(ExportTestGraphs.Hostile);
        var texts = Render(graph).Descendants(Svg + "text").Select(t => t.Value).ToHashSet(StringComparer.Ordinal);
        var lines = graph.Entities.Select(e => e.Name)
            .Concat(graph.RelationTypes.Select(t => t.Label))
            .SelectMany(n => n.Split('\n'))
            .Distinct()
            .ToList();
        Assert.That(lines, Is.SubsetOf(texts), "every line of every name and label is drawn as written");
    }

    [TestCase("plain", "\"plain\"")]
    [TestCase("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [TestCase(@"C:\new \N", "\"C:\\\\new \\\\N\"")]
    [TestCase("a & b &lt;", "\"a &amp; b &amp;lt;\"")]
    [TestCase("one\ntwo\r\nthree", "\"one\\ntwo\\nthree\"")]
    public void Quote_EscapesForGraphvizLabels(string text, string expected) =>
        Assert.That(DotExporter.Quote(text), Is.EqualTo(expected));

    private XDocument Render(Graph graph)
    {
        var dot = ExportToFile(graph, ExportFormat.Dot);
        var svg = Path.Combine(WorkDir, "graph.svg");
        var result = ExportConsumers.Run("dot", ["-Tsvg", dot, "-o", svg]);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.StandardError);
            Assert.That(result.StandardError, Is.Empty, "dot printed errors or warnings");
        });
        return XDocument.Load(svg);
    }
}
