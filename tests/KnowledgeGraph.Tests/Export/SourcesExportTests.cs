using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Export;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Export;

/// <summary>
/// Every export format carries each relation's sources, read back by the format's real consumer on the fixture
/// TestData/Sources, whose documents disagree: a relation one document states and two deny (contested), one whose
/// documents give different dates (contested), and one that four documents from several outlets agree on
/// (corroborated). What the consumer sees is compared with <see cref="Graph.SupportOf(Relation)"/>.
/// </summary>
public sealed partial class SourcesExportTests : ExportTestBase
{
    private const string SignedDenied = "armenia-signed-peace-agreement";
    private const string DateDisputed = "pashinyan-call-putin";
    private const string Corroborated = "pashinyan-accepted-parade";

    private static readonly Lazy<Graph> SourcesGraph = new(() => Graph.Load(Path.Combine(RepositoryPaths.TestData, "Sources")));

    private static readonly string[] Checked = [SignedDenied, DateDisputed, Corroborated];

    private static Graph Graph => SourcesGraph.Value;

    [Test]
    public void Fixture_HoldsContestedAndCorroboratedRelations()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Support(SignedDenied).Contested, Is.True);
            Assert.That(Support(SignedDenied).DisputingDocuments, Is.Not.Empty);
            Assert.That(Support(DateDisputed).Contested, Is.True);
            Assert.That(Support(DateDisputed).OutletCount, Is.EqualTo(3), "docs/EXPORT.md's example: a reprint counts as the outlet it repeats");
            Assert.That(Support(Corroborated).Contested, Is.False);
            Assert.That(Support(Corroborated).OutletCount, Is.GreaterThan(1));
            Assert.That(Support(Corroborated).OutletCount, Is.LessThan(Support(Corroborated).Documents.Length), "a reprint is no independent outlet");
        });
    }

    [TestCase("graphml")]
    [TestCase("gexf")]
    public void GraphMlAndGexf_ReadByNetworkX_CarrySourcesOutletCountContestedAndPositions(string format)
    {
        ExportConsumers.RequirePythonModule("networkx", "python3-networkx");
        var seen = ExportConsumers.RunScript("read_networkx.py", format, ExportToFile(Graph, format == "graphml" ? ExportFormat.GraphMl : ExportFormat.Gexf));
        var edges = seen.GetProperty("edges").EnumerateArray().ToDictionary(e => e.GetProperty("key").GetString()!, e => e.GetProperty("data"));
        Assert.Multiple(() =>
        {
            foreach (var id in Checked)
            {
                var data = edges[id];
                var support = Support(id);
                Assert.That(JsonSerializer.Deserialize<string[]>(data.GetProperty("sources").GetString()!), Is.EqualTo(support.Documents.ToArray()), $"sources of {id}");
                Assert.That(data.GetProperty("outletCount").GetInt32(), Is.EqualTo(support.OutletCount), $"outletCount of {id} (typed as a number)");
                Assert.That(data.GetProperty("contested").GetBoolean(), Is.EqualTo(support.Contested), $"contested of {id} (typed as a boolean)");
                AssertPositions(id, data.TryGetProperty("positions", out var p) ? JsonDocument.Parse(p.GetString()!).RootElement : (JsonElement?)null);
            }

            Assert.That(JsonSerializer.Deserialize<string[]>(edges[SignedDenied].GetProperty("disputingSources").GetString()!),
                Is.EqualTo(Support(SignedDenied).DisputingDocuments.ToArray()));
        });
    }

    [Test]
    public void GraphMl_ReadByIgraph_CarriesSourcesAndContested()
    {
        ExportConsumers.RequirePythonModule("igraph", "python3-igraph");
        var seen = ExportConsumers.RunScript("read_igraph.py", ExportToFile(Graph, ExportFormat.GraphMl));
        var edges = seen.GetProperty("edges").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        Assert.Multiple(() =>
        {
            foreach (var id in Checked)
            {
                Assert.That(JsonSerializer.Deserialize<string[]>(edges[id].GetProperty("sources").GetString()!), Is.EqualTo(Support(id).Documents.ToArray()), id);
                Assert.That(edges[id].GetProperty("contested").GetBoolean(), Is.EqualTo(Support(id).Contested), id);
                Assert.That(edges[id].GetProperty("outletCount").GetDouble(), Is.EqualTo(Support(id).OutletCount), $"{id} (igraph keeps numbers as floats)");
            }
        });
    }

    [Test]
    public void Cytoscape_ParsedAsJson_CarriesSourcesAsListsAndContestedAsBoolean()
    {
        using var json = JsonDocument.Parse(ExportTestGraphs.Export(Graph, ExportFormat.CytoscapeJson));
        var edges = json.RootElement.GetProperty("elements").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data"))
            .ToDictionary(d => d.GetProperty("id").GetString()!);
        Assert.Multiple(() =>
        {
            foreach (var id in Checked)
            {
                var data = edges[id];
                Assert.That(data.GetProperty("sources").EnumerateArray().Select(s => s.GetString()), Is.EqualTo(Support(id).Documents), id);
                Assert.That(data.GetProperty("outletCount").GetInt32(), Is.EqualTo(Support(id).OutletCount), id);
                Assert.That(data.GetProperty("contested").GetBoolean(), Is.EqualTo(Support(id).Contested), id);
                AssertPositions(id, data.TryGetProperty("positions", out var p) ? p : null);
            }
        });
    }

    [TestCase("turtle")]
    [TestCase("json-ld")]
    public void Rdf_ParsedByRdflib_DerivesEachRelationFromItsDocumentsWithOutletCountAndContested(string format)
    {
        ExportConsumers.RequirePythonModule("rdflib", "python3-rdflib");
        var seen = ExportConsumers.RunScript("read_rdf.py", format, ExportToFile(Graph, format == "turtle" ? ExportFormat.Turtle : ExportFormat.JsonLd));
        var ns = new RdfNamespaces(ExportOptions.Default.BaseIri);
        var triples = seen.GetProperty("triples").EnumerateArray()
            .Select(t => (S: t[0].GetString()!, P: t[1].GetString()!, O: t[2].GetProperty("value").GetString()!, T: t[2].GetProperty("datatype").GetString()))
            .ToList();
        IEnumerable<string> Objects(string subject, string predicate) => triples.Where(t => t.S == subject && t.P == predicate).Select(t => t.O);
        Assert.Multiple(() =>
        {
            Assert.That(seen.GetProperty("counts")[0].GetInt32(), Is.EqualTo(ExpectedTriples.Count(Graph)), "the mapping table's triple count");
            foreach (var id in Checked)
            {
                var r = ns.Relation + id;
                var support = Support(id);
                Assert.That(Objects(r, RdfNamespaces.Prov + "wasDerivedFrom").Where(o => o.StartsWith(ns.Document, StringComparison.Ordinal)),
                    Is.EquivalentTo(support.Documents.Select(d => ns.Document + d)), $"prov:wasDerivedFrom the documents of {id}");
                Assert.That(Objects(r, ns.Kg + "disputedBy"), Is.EquivalentTo(support.DisputingDocuments.Select(d => ns.Document + d)), id);
                Assert.That(triples.Single(t => t.S == r && t.P == ns.Kg + "contested"), Is.EqualTo((r, ns.Kg + "contested", support.Contested ? "true" : "false", (string?)"http://www.w3.org/2001/XMLSchema#boolean")), id);
                Assert.That(Objects(r, ns.Kg + "outletCount").Single(), Is.EqualTo(support.OutletCount.ToString(System.Globalization.CultureInfo.InvariantCulture)), id);
                var positions = Objects(r, ns.Kg + "position").Order(StringComparer.Ordinal).ToList();
                var expected = Graph.FindRelation(id)!.Positions;
                Assert.That(positions, Has.Count.EqualTo(support.Contested ? expected.Length : 0), $"positions of {id}");
                for (var i = 0; i < positions.Count; i++)
                {
                    var p = positions.Single(x => x.EndsWith($"/position/{i + 1}", StringComparison.Ordinal));
                    Assert.That(Objects(p, RdfNamespaces.Prov + "wasDerivedFrom"), Is.EquivalentTo(expected[i].Documents.Select(d => ns.Document + d)), $"{p}'s documents");
                    Assert.That(Objects(p, ns.Kg + "certainty").Single(), Is.EqualTo(ns.Kg + expected[i].Certainty), $"{p}'s certainty");
                }
            }

            var document = Graph.Documents.First(d => d.Outlet is not null);
            Assert.That(Objects(ns.Document + document.Id, ns.Kg + "outlet"), Is.EqualTo(new[] { document.Outlet }), "a document names its outlet");
            foreach (var derived in Graph.Documents.Where(d => !d.DerivedFrom.IsEmpty))
            {
                Assert.That(Objects(ns.Document + derived.Id, RdfNamespaces.Prov + "wasDerivedFrom").Count(), Is.EqualTo(derived.DerivedFrom.Length), $"what {derived.Id} repeats");
            }
        });
    }

    [Test]
    public void Turtle_ParsedByRapper_HoldsTheExpectedNumberOfTriples()
    {
        ExportConsumers.RequireRapper();
        var result = ExportConsumers.Run("rapper", ["-i", "turtle", "-c", ExportToFile(Graph, ExportFormat.Turtle)]);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.StandardError);
        Assert.That(TripleCount().Match(result.StandardError).Groups[1].Value, Is.EqualTo(ExpectedTriples.Count(Graph).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void Neo4jCsv_ReadByTheHeaderChecker_HasTypedSourceColumns()
    {
        ExportConsumers.RequirePythonModule("csv", "python3");
        var path = ExportToFile(Graph, ExportFormat.Neo4jCsv);
        var checkedImport = ExportConsumers.RunScript("check_neo4j_import.py", path);
        var seen = ExportConsumers.RunScript("read_neo4j_csv.py", path);
        var delimiter = ArrayDelimiter().Match(seen.GetProperty("readme").GetString()!).Groups[1].Value;
        var table = seen.GetProperty("relationships.csv");
        var header = table.GetProperty("header").EnumerateArray().Select(h => h.GetString()!).ToArray();
        var rows = table.GetProperty("rows").EnumerateArray()
            .Select(r => header.Zip(r.EnumerateArray().Select(v => v.GetString()!)).ToDictionary(p => p.First, p => p.Second))
            .ToDictionary(r => r["id"]);
        Assert.Multiple(() =>
        {
            Assert.That(checkedImport.GetProperty("problems").EnumerateArray().Select(p => p.GetString()), Is.Empty, "the importer's header and value rules");
            Assert.That(header, Does.Contain("sources:string[]").And.Contain("outletCount:int").And.Contain("contested:boolean").And.Contain("positions"));
            foreach (var id in Checked)
            {
                Assert.That(rows[id]["sources:string[]"].Split(delimiter), Is.EqualTo(Support(id).Documents), id);
                Assert.That(rows[id]["outletCount:int"], Is.EqualTo(Support(id).OutletCount.ToString(System.Globalization.CultureInfo.InvariantCulture)), id);
                Assert.That(rows[id]["contested:boolean"], Is.EqualTo(Support(id).Contested ? "true" : "false"), id);
                AssertPositions(id, rows[id]["positions"].Length == 0 ? null : JsonDocument.Parse(rows[id]["positions"]).RootElement);
            }
        });
    }

    [Test]
    public void Cypher_SetsSourcesAsAListOutletCountAsANumberAndContestedAsABoolean()
    {
        var script = System.Text.Encoding.UTF8.GetString(ExportTestGraphs.Export(Graph, ExportFormat.Cypher)).Split('\n');
        Assert.Multiple(() =>
        {
            foreach (var id in Checked)
            {
                var line = script.Single(l => l.Contains($"{{id: '{id}'}}]->", StringComparison.Ordinal));
                var support = Support(id);
                Assert.That(line, Does.Contain("`sources`: [" + string.Join(", ", support.Documents.Select(d => $"'{d}'")) + "]"), id);
                Assert.That(line, Does.Contain($"`outletCount`: {support.OutletCount}"), id);
                Assert.That(line, Does.Contain($"`contested`: {(support.Contested ? "true" : "false")}"), id);
                Assert.That(line.Contains("`positions`: ", StringComparison.Ordinal), Is.EqualTo(support.Contested), id);
            }
        });
    }

    [Test]
    public void FollowTheMoney_ValidatedByTheFtmModel_NamesSourcesOutletsAndContestedStatus()
    {
        var path = ExportToFile(Graph, ExportFormat.FollowTheMoney);
        var directory = ExportConsumers.FtmCheckDirectory();
        var result = ExportConsumers.Run("node", [Path.Combine(directory, "validate.mjs"), path]);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.StandardOutput + result.StandardError);
        using var validated = JsonDocument.Parse(result.StandardOutput);
        var edges = validated.RootElement.GetProperty("edges").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        var articles = File.ReadLines(path).Select(l => JsonDocument.Parse(l).RootElement).Where(e => e.GetProperty("schema").GetString() == "Article")
            .ToDictionary(e => e.GetProperty("id").GetString()!);
        string[] Values(JsonElement e, string property) =>
            e.GetProperty("properties").TryGetProperty(property, out var v) ? [.. v.EnumerateArray().Select(x => x.GetString()!)] : [];
        Assert.Multiple(() =>
        {
            foreach (var id in Checked)
            {
                var relation = Graph.FindRelation(id)!;
                var support = Support(id);
                var edge = edges["rel." + id];
                Assert.That(Values(edge, "status").Contains("contested"), Is.EqualTo(support.Contested), $"status of {id}");
                Assert.That(Values(edge, "description").Last(), Does.StartWith("sources: " + string.Join(", ", support.Documents) + "; independent outlets: " + support.OutletCount), id);
                Assert.That(Values(edge, "publisher"), Is.SupersetOf(support.Documents.Select(d => Graph.FindDocument(d)!.Outlet).OfType<string>().Distinct()), id);
                foreach (var document in support.Documents)
                {
                    Assert.That(articles, Does.ContainKey("doc." + document), $"the document {document} is an Article entity");
                }

                if (support.Contested)
                {
                    Assert.That(Values(edge, "description").Last(), Does.Contain(string.Join(", ", relation.Positions[^1].Documents)), $"positions of {id}");
                }
            }
        });
    }

    [Test]
    public void Dot_ReadByGraphviz_KeepsSourcesOutletCountAndContestedOnEdges()
    {
        ExportConsumers.RequireDot();
        var dot = ExportToFile(Graph, ExportFormat.Dot);
        var result = ExportConsumers.Run("dot", ["-Tjson", dot]);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.StandardError);
            Assert.That(result.StandardError, Is.Empty, "dot printed errors or warnings");
        });
        using var json = JsonDocument.Parse(result.StandardOutput);
        var edges = json.RootElement.GetProperty("edges").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        Assert.Multiple(() =>
        {
            foreach (var id in Checked)
            {
                var edge = edges["relation-" + id];
                Assert.That(edge.GetProperty("sources").GetString()!.Split(' '), Is.EqualTo(Support(id).Documents), id);
                Assert.That(edge.GetProperty("outletCount").GetString(), Is.EqualTo(Support(id).OutletCount.ToString(System.Globalization.CultureInfo.InvariantCulture)), id);
                Assert.That(edge.GetProperty("contested").GetString(), Is.EqualTo(Support(id).Contested ? "true" : "false"), id);
                Assert.That(edge.GetProperty("label").GetString(), Support(id).Contested ? Does.Contain("[contested]") : Does.Not.Contain("[contested]"), id);
            }
        });
    }

    [Test]
    public void Gexf13_ParsedAsXml_CarriesSourcesOutletCountContestedAndPositions()
    {
        // NetworkX cannot read GEXF 1.3 (docs/EXPORT.md), so the XML is read as it is: the same columns as GEXF 1.2.
        var xml = System.Xml.Linq.XDocument.Load(new MemoryStream(ExportTestGraphs.Export(Graph, ExportFormat.Gexf13)));
        System.Xml.Linq.XNamespace ns = "http://gexf.net/1.3";
        var declared = xml.Descendants(ns + "attributes").Single(a => (string?)a.Attribute("class") == "edge").Elements(ns + "attribute")
            .ToDictionary(a => (string)a.Attribute("title")!, a => (string)a.Attribute("type")!);
        var edges = xml.Descendants(ns + "edge").ToDictionary(
            e => (string)e.Attribute("id")!,
            e => e.Descendants(ns + "attvalue").ToDictionary(v => (string)v.Attribute("for")!, v => (string)v.Attribute("value")!));
        Assert.Multiple(() =>
        {
            Assert.That((declared["outletCount"], declared["contested"]), Is.EqualTo(("integer", "boolean")));
            foreach (var id in Checked)
            {
                var values = edges[id];
                Assert.That(JsonSerializer.Deserialize<string[]>(values["sources"]), Is.EqualTo(Support(id).Documents.ToArray()), id);
                Assert.That(values["outletCount"], Is.EqualTo(Support(id).OutletCount.ToString(System.Globalization.CultureInfo.InvariantCulture)), id);
                Assert.That(values["contested"], Is.EqualTo(Support(id).Contested ? "true" : "false"), id);
                AssertPositions(id, values.TryGetValue("positions", out var p) ? JsonDocument.Parse(p).RootElement : null);
            }

            Assert.That(JsonSerializer.Deserialize<string[]>(edges[SignedDenied]["disputingSources"]), Is.EqualTo(Support(SignedDenied).DisputingDocuments.ToArray()));
        });
    }

    [Test]
    public void KnowledgeGraphJson_ReimportedByLoadJson_GivesEveryRelationItsSourcesOutletsAndPositions()
    {
        // The own JSON is the data files' shape: the sources are each evidence item's document and position, and the
        // loader derives the support and the contested flag from them again, as it does from the data folder.
        var imported = Graph.LoadJson(new MemoryStream(ExportTestGraphs.Export(Graph, ExportFormat.KnowledgeGraphJson)));
        static string Sources(Graph g, Relation r)
        {
            var support = g.SupportOf(r);
            return $"{r.Id}: {string.Join(",", support.Documents)} against {string.Join(",", support.DisputingDocuments)}; outlets {string.Join(",", support.Outlets)}; "
                + $"contested {support.Contested}; {string.Join(" | ", r.Positions.Select(p => $"{p.Certainty} {p.Time.ToDisplayString()} {string.Join(",", p.Documents)}"))}";
        }

        Assert.That(imported.Relations.Select(r => Sources(imported, r)), Is.EqualTo(Graph.Relations.Select(r => Sources(Graph, r))));
        Assert.That(imported.Relations.Count(r => r.IsContested), Is.EqualTo(2));
    }

    private static RelationSupport Support(string id) => Graph.SupportOf(Graph.FindRelation(id)!);

    /// <summary>Checks the positions a consumer read: present only for a contested relation, each with its certainty and documents.</summary>
    private static void AssertPositions(string id, JsonElement? positions)
    {
        var relation = Graph.FindRelation(id)!;
        if (!Support(id).Contested)
        {
            Assert.That(positions, Is.Null, $"{id} is not contested, so it has no positions");
            return;
        }

        Assert.That(positions, Is.Not.Null, $"positions of {id}");
        var seen = positions!.Value.EnumerateArray().ToList();
        Assert.That(seen.Select(p => p.GetProperty("certainty").GetString()), Is.EqualTo(relation.Positions.Select(p => p.Certainty.ToString().ToLowerInvariant())), id);
        Assert.That(seen.Select(p => p.GetProperty("documents").EnumerateArray().Select(d => d.GetString()!).ToArray()), Is.EqualTo(relation.Positions.Select(p => p.Documents.ToArray())), id);
        Assert.That(seen.Select(p => p.TryGetProperty("time", out var t) ? t.GetString() : null),
            Is.EqualTo(relation.Positions.Select(p => p.Time.IsUnknown ? null : p.Time.ToDisplayString())), id);
    }

    [GeneratedRegex("--array-delimiter='([^']+)'")]
    private static partial Regex ArrayDelimiter();

    [GeneratedRegex(@"returned (\d+) triples")]
    private static partial Regex TripleCount();
}
