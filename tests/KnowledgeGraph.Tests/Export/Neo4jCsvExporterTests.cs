using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Export;

namespace KnowledgeGraph.Tests.Export;

public sealed partial class Neo4jCsvExporterTests : ExportTestBase
{
    [TestCase(ExportTestGraphs.Real)]
    [TestCase(ExportTestGraphs.Hostile)]
    public void Export_ReadByPythonCsv_HasAdminImportHeadersAndEveryValue(string graphName)
    {
        ExportConsumers.RequirePythonModule("csv", "python3");
        var graph = ExportTestGraphs.Get(graphName);
        var seen = ExportConsumers.RunScript("read_neo4j_csv.py", ExportToFile(graph, ExportFormat.Neo4jCsv));
        var delimiter = ArrayDelimiter().Match(seen.GetProperty("readme").GetString()!).Groups[1].Value;
        var nodes = Table(seen.GetProperty("nodes.csv"));
        var relationships = Table(seen.GetProperty("relationships.csv"));
        Assert.Multiple(() =>
        {
            Assert.That(seen.GetProperty("entries").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "README.txt", "nodes.csv", "relationships.csv" }));
            Assert.That(nodes.Header.Take(2), Is.EqualTo(new[] { "id:ID", ":LABEL" }));
            Assert.That(nodes.Header, Does.Contain("aliases:string[]"));
            Assert.That(relationships.Header.Take(4), Is.EqualTo(new[] { ":START_ID", ":END_ID", ":TYPE", "id" }));
            Assert.That(relationships.Header, Does.Contain("implicit:boolean").And.Contain("timeEarliest:date"));
            Assert.That(nodes.Rows.Select(r => r["id:ID"]), Is.EqualTo(graph.Entities.Select(e => e.Id)));
            Assert.That(nodes.Rows.Select(r => r["name"]), Is.EqualTo(graph.Entities.Select(e => e.Name)), "names survive CSV quoting, line breaks included");
            Assert.That(nodes.Rows.Select(r => r[":LABEL"]), Is.EqualTo(graph.Entities.Select(e => $"Entity{delimiter}{e.Kind}")));
            Assert.That(nodes.Rows.Select(r => Split(r["aliases:string[]"], delimiter)), Is.EqualTo(graph.Entities.Select(e => e.Aliases.ToArray())));
            Assert.That(relationships.Rows.Select(r => (r[":START_ID"], r[":END_ID"], r["id"])), Is.EqualTo(graph.Relations.Select(r => (r.Source, r.Target, r.Id))));
            Assert.That(relationships.Rows.Select(r => r[":TYPE"]), Is.EqualTo(graph.Relations.Select(r => r.Type.Replace('-', '_').ToUpperInvariant())));
            Assert.That(relationships.Rows.Select(r => r["relationType"]), Is.EqualTo(graph.Relations.Select(r => r.Type)));
            Assert.That(relationships.Rows.Select(r => r["implicit:boolean"]), Is.EqualTo(graph.Relations.Select(r => r.Implicit ? "true" : string.Empty)));
        });
    }

    [TestCase(ExportTestGraphs.Real)]
    [TestCase(ExportTestGraphs.Hostile)]
    public void Export_FollowsTheAdminImportHeaderRulesAndKeepsCertaintyTimeAndEvidence(string graphName)
    {
        ExportConsumers.RequirePythonModule("csv", "python3");
        var graph = ExportTestGraphs.Get(graphName);
        var seen = ExportConsumers.RunScript("check_neo4j_import.py", ExportToFile(graph, ExportFormat.Neo4jCsv));
        var nodes = seen.GetProperty("nodes").EnumerateArray().ToList();
        var relationships = seen.GetProperty("relationships").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(seen.GetProperty("problems").EnumerateArray().Select(p => p.GetString()), Is.Empty, "the importer's header and value rules");
            Assert.That(nodes.Select(n => n.GetProperty("id").GetString()), Is.EqualTo(graph.Entities.Select(e => e.Id)), "one node per entity");
            Assert.That(nodes.Select(n => n.GetProperty("labels").EnumerateArray().Select(l => l.GetString()).ToArray()),
                Is.EqualTo(graph.Entities.Select(e => new[] { "Entity", e.Kind })), "labels split at the array delimiter");
            Assert.That(relationships, Has.Count.EqualTo(graph.Relations.Length), "one relationship per relation");
            foreach (var (relation, seenRelation) in graph.Relations.Zip(relationships))
            {
                var properties = seenRelation.GetProperty("properties");
                string? Text(string name) => properties.TryGetProperty(name, out var v) ? v.GetString() : null;
                Assert.That(Text("id"), Is.EqualTo(relation.Id));
                Assert.That(Text("certainty"), Is.EqualTo(relation.Certainty.ToString().ToLowerInvariant()), relation.Id);
                Assert.That(Text("timePoint"), Is.EqualTo(relation.Time.Point?.ToString()), relation.Id);
                Assert.That(Text("timeEarliest"), Is.EqualTo(relation.Time.Earliest is { } d ? FlatAttributes.IsoDate(d) : null), relation.Id);
                Assert.That(Text("evidence"), Is.EqualTo(FlatAttributes.EvidenceSummary(relation.Evidence)), relation.Id);
            }

            Assert.That(nodes.Select(n => n.GetProperty("properties").TryGetProperty("aliases", out var a) ? a.EnumerateArray().Select(x => x.GetString()!).ToArray() : []),
                Is.EqualTo(graph.Entities.Select(e => e.Aliases.ToArray())), "string[] arrays split at the announced delimiter");
        });
    }

    [Test]
    public void Export_AliasWithSemicolon_SwitchesTheArrayDelimiterAndSaysSo()
    {
        var graph = ExportTestGraphs.Get(ExportTestGraphs.Hostile);
        ExportConsumers.RequirePythonModule("csv", "python3");
        var seen = ExportConsumers.RunScript("read_neo4j_csv.py", ExportToFile(graph, ExportFormat.Neo4jCsv));
        Assert.That(seen.GetProperty("readme").GetString(), Does.Contain("--multiline-fields=true --array-delimiter='|'"),
            "the hostile data has an alias \"Armenia; Republic of\"");
    }

    private static string[] Split(string field, string delimiter) => field.Length == 0 ? [] : field.Split(delimiter);

    private static (string[] Header, List<Dictionary<string, string>> Rows) Table(JsonElement table)
    {
        var header = table.GetProperty("header").EnumerateArray().Select(h => h.GetString()!).ToArray();
        var rows = table.GetProperty("rows").EnumerateArray()
            .Select(r => header.Zip(r.EnumerateArray().Select(v => v.GetString()!)).ToDictionary(p => p.First, p => p.Second))
            .ToList();
        return (header, rows);
    }

    [GeneratedRegex("--array-delimiter='([^']+)'")]
    private static partial Regex ArrayDelimiter();
}
