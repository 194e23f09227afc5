using KnowledgeGraph.Export;

namespace KnowledgeGraph.Tests.Export;

public sealed class JsonLdExporterTests : ExportTestBase
{
    [TestCase(ExportTestGraphs.Real)]
    [TestCase(ExportTestGraphs.Hostile)]
    public void Export_ParsedByRdflib_HoldsTheSameTriplesAsTheTurtleExport(string graphName)
    {
        ExportConsumers.RequirePythonModule("rdflib", "python3-rdflib");
        var graph = ExportTestGraphs.Get(graphName);
        var seen = ExportConsumers.RunScript(
            "read_rdf.py", "json-ld", ExportToFile(graph, ExportFormat.JsonLd), "turtle", ExportToFile(graph, ExportFormat.Turtle));
        Assert.Multiple(() =>
        {
            Assert.That(seen.GetProperty("counts")[0].GetInt32(), Is.EqualTo(ExpectedTriples.Count(graph)));
            Assert.That(seen.GetProperty("isomorphic").GetBoolean(), Is.True, "the JSON-LD and Turtle exports are the same RDF graph");
        });
    }

    [Test]
    public void Export_HostileText_IsReadBackExactlyAsMapped()
    {
        ExportConsumers.RequirePythonModule("rdflib", "python3-rdflib");
        var graph = ExportTestGraphs.Get(ExportTestGraphs.Hostile);
        var seen = ExportConsumers.RunScript("read_rdf.py", "json-ld", ExportToFile(graph, ExportFormat.JsonLd));
        var (_, mapped) = RdfMapping.Build(ExportSelection.Whole(graph), ExportOptions.Default);
        Assert.That(TurtleExporterTests.ParsedTriples(seen), Is.EquivalentTo(mapped.Select(TurtleExporterTests.Key)));
    }
}
