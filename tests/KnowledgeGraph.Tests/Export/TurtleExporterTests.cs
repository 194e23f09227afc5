using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Export;

namespace KnowledgeGraph.Tests.Export;

public sealed partial class TurtleExporterTests : ExportTestBase
{
    [TestCase(ExportTestGraphs.Real)]
    [TestCase(ExportTestGraphs.Hostile)]
    public void Export_ParsedByRdflib_HoldsTheExpectedNumberOfTriples(string graphName)
    {
        ExportConsumers.RequirePythonModule("rdflib", "python3-rdflib");
        var graph = ExportTestGraphs.Get(graphName);
        var seen = ExportConsumers.RunScript("read_rdf.py", "turtle", ExportToFile(graph, ExportFormat.Turtle));
        Assert.That(seen.GetProperty("counts")[0].GetInt32(), Is.EqualTo(ExpectedTriples.Count(graph)));
    }

    [TestCase(ExportTestGraphs.Real)]
    [TestCase(ExportTestGraphs.Hostile)]
    public void Export_ParsedByRapper_HoldsTheExpectedNumberOfTriples(string graphName)
    {
        ExportConsumers.RequireRapper();
        var graph = ExportTestGraphs.Get(graphName);
        var result = ExportConsumers.Run("rapper", ["-i", "turtle", "-c", ExportToFile(graph, ExportFormat.Turtle)]);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.StandardError);
        Assert.That(TripleCount().Match(result.StandardError).Groups[1].Value, Is.EqualTo(ExpectedTriples.Count(graph).ToString()), result.StandardError);
    }

    [Test]
    public void Export_HostileText_IsReadBackExactlyAsMapped()
    {
        ExportConsumers.RequirePythonModule("rdflib", "python3-rdflib");
        var graph = ExportTestGraphs.Get(ExportTestGraphs.Hostile);
        var seen = ExportConsumers.RunScript("read_rdf.py", "turtle", ExportToFile(graph, ExportFormat.Turtle));
        var (_, mapped) = RdfMapping.Build(ExportSelection.Whole(graph), ExportOptions.Default);
        Assert.That(ParsedTriples(seen), Is.EquivalentTo(mapped.Select(Key)), "every IRI and literal (with its datatype) as the mapping meant it");
    }

    [TestCase("plain", "\"plain\"")]
    [TestCase("say \"hi\"\\", "\"say \\\"hi\\\"\\\\\"")]
    [TestCase("a\nb\rc\td", "\"a\\nb\\rc\\td\"")]
    [TestCase("bell\u0007", "\"bell\\u0007\"")]
    [TestCase("Ереван 🇦🇲", "\"Ереван 🇦🇲\"")]
    public void Quote_EscapesForTurtleStrings(string text, string expected) =>
        Assert.That(TurtleExporter.Quote(text), Is.EqualTo(expected));

    internal static string Key(RdfTriple t) => $"{t.Subject} {t.Predicate} {(t.Object.IsIri ? "<" + t.Object.Value + ">" : $"\"{t.Object.Value}\"^^{t.Object.Datatype}")}";

    internal static IEnumerable<string> ParsedTriples(JsonElement seen) => seen.GetProperty("triples").EnumerateArray().Select(t =>
    {
        var o = t[2];
        var value = o.GetProperty("value").GetString();
        var datatype = o.GetProperty("datatype").GetString();
        return $"{t[0].GetString()} {t[1].GetString()} {(o.GetProperty("iri").GetBoolean() ? "<" + value + ">" : $"\"{value}\"^^{datatype}")}";
    });

    [GeneratedRegex(@"returned (\d+) triples")]
    private static partial Regex TripleCount();
}
