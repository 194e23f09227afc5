using System.Text.Json;
using KnowledgeGraph.Export;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Export;

/// <summary>
/// The FollowTheMoney export, validated line by line by tests/ftm-check/validate.mjs with the FtM model of the npm
/// package @alephdata/followthemoney 3.8.4 (installed by npm ci from the committed lock file).
/// </summary>
public sealed class FollowTheMoneyExporterTests : ExportTestBase
{
    [TestCase(ExportTestGraphs.Real)]
    [TestCase(ExportTestGraphs.Hostile)]
    public void Export_EveryLineValidatesAndRelationsKeepTimeCertaintyAndEvidence(string graphName)
    {
        var graph = ExportTestGraphs.Get(graphName);
        var seen = Validate(ExportToFile(graph, ExportFormat.FollowTheMoney));
        var kept = graph.Relations.Where(r => r.Certainty != Certainty.Denied).ToList();
        var edges = seen.GetProperty("edges").EnumerateArray().Where(e => e.GetProperty("id").GetString()!.StartsWith("rel.", StringComparison.Ordinal))
            .ToDictionary(e => Values(e, "recordId").Single());
        Assert.Multiple(() =>
        {
            Assert.That(seen.GetProperty("problems").GetArrayLength(), Is.Zero);
            Assert.That(edges.Keys, Is.EquivalentTo(kept.Select(r => r.Id)), "one interstitial entity per relation that is not denied");
            foreach (var relation in kept)
            {
                var edge = edges[relation.Id];
                var support = graph.SupportOf(relation);
                Assert.That(edge.GetProperty("source").GetString(), Is.EqualTo(relation.Source), $"source of {relation.Id}");
                if (edge.GetProperty("schema").GetString() != "Occupancy")
                {
                    Assert.That(edge.GetProperty("target").GetString(), Is.EqualTo(relation.Target), $"target of {relation.Id}");
                }

                Assert.That(Values(edge, "status"), Is.EqualTo(new[] { relation.Certainty.ToString().ToLowerInvariant() }.Concat(support.Contested ? ["contested"] : Array.Empty<string>())), $"certainty of {relation.Id}");
                Assert.That(Values(edge, "date"), Is.EqualTo(Optional(relation.Time.Point)), $"time of {relation.Id}");
                Assert.That(Values(edge, "startDate"), Is.EqualTo(Optional(relation.Time.Start)));
                Assert.That(Values(edge, "endDate"), Is.EqualTo(Optional(relation.Time.End)));
                Assert.That(Values(edge, "description"), Is.EqualTo(relation.Evidence.Select(e => FlatAttributes.EvidenceSummary([e])).Distinct().Append(FollowTheMoneyExporter.SourcesInWords(relation, support))), $"one description per evidence of {relation.Id}, then its sources");
                Assert.That(Values(edge, "sourceUrl"), Is.EquivalentTo(relation.Evidence.Select(e => e.Citation?.Url).Concat(support.Documents.Select(d => graph.FindDocument(d)?.Url)).OfType<string>().Distinct()));
                if (relation.Evidence[0].Note is { } note)
                {
                    Assert.That(Values(edge, "description")[0], Does.Contain(note));
                }
            }
        });
    }

    [Test]
    public void Export_EntitiesBecomeTheirSchemata()
    {
        var graph = ExportTestGraphs.Get(ExportTestGraphs.Real);
        var seen = Validate(ExportToFile(graph, ExportFormat.FollowTheMoney));
        var schemata = seen.GetProperty("schemata");
        Assert.Multiple(() =>
        {
            Assert.That(schemata.GetProperty("PublicBody").GetInt32(), Is.EqualTo(graph.Entities.Count(e => e.Kind == "State")), "states");
            Assert.That(schemata.GetProperty("Person").GetInt32(), Is.EqualTo(graph.Entities.Count(e => e.Kind is "Official" or "Person")), "officials and persons");
            Assert.That(schemata.GetProperty("Article").GetInt32(), Is.GreaterThanOrEqualTo(graph.Documents.Length), "documents and cited works");
            Assert.That(schemata.GetProperty("Position").GetInt32(), Is.Positive, "the posts officials hold");
            Assert.That(schemata.GetProperty("Documentation").GetInt32(), Is.EqualTo(graph.Entities.Sum(e => e.Mentions.Length)), "one per mention");
        });
    }

    [Test]
    public void Export_DeniedRelations_AreLeftOutUnlessAsked()
    {
        var graph = ExportTestGraphs.Get(ExportTestGraphs.Hostile);
        var denied = graph.Relations.Where(r => r.Certainty == Certainty.Denied).Select(r => r.Id).ToList();
        Assume.That(denied, Is.Not.Empty, "the hostile graph holds a denied relation");
        var path = Path.Combine(WorkDir, "with-denied.ftm.json");
        using (var file = File.Create(path))
        {
            GraphExporter.Export(graph, ExportFormat.FollowTheMoney, file, new ExportOptions { IncludeDenied = true });
        }

        var withDenied = Validate(path).GetProperty("edges").EnumerateArray().Where(e => Values(e, "status").SequenceEqual(["denied"])).Select(e => Values(e, "recordId").Single());
        var without = Validate(ExportToFile(graph, ExportFormat.FollowTheMoney)).GetProperty("edges").EnumerateArray().SelectMany(e => Values(e, "recordId"));
        Assert.Multiple(() =>
        {
            Assert.That(withDenied, Is.EquivalentTo(denied));
            Assert.That(without, Is.Not.SupersetOf(denied).And.Not.Contains(denied[0]));
        });
    }

    private static JsonElement Validate(string path)
    {
        var directory = ExportConsumers.FtmCheckDirectory();
        var result = ExportConsumers.Run("node", [Path.Combine(directory, "validate.mjs"), path]);
        Assert.That(result.StandardOutput, Is.Not.Empty, $"validate.mjs printed nothing:\n{result.StandardError}");
        using var document = JsonDocument.Parse(result.StandardOutput);
        var root = document.RootElement.Clone();
        Assert.That(result.ExitCode, Is.EqualTo(0), $"FollowTheMoney problems:\n{string.Join("\n", root.GetProperty("problems").EnumerateArray().Select(p => p.GetString()))}");
        return root;
    }

    private static string[] Values(JsonElement edge, string property) =>
        edge.GetProperty("properties").TryGetProperty(property, out var values) ? [.. values.EnumerateArray().Select(v => v.GetString()!)] : [];

    private static string[] Optional(PartialDate? date) => date is { } d ? [d.ToString()] : [];
}
