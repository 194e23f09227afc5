using KnowledgeGraph.Export;

namespace KnowledgeGraph.Tests.Export;

public sealed class ExportFormatInfoTests
{
    [TestCase("graphml", ExportFormat.GraphMl)]
    [TestCase("GEXF", ExportFormat.Gexf)]
    [TestCase("gexf-1.3", ExportFormat.Gexf13)]
    [TestCase("ftm", ExportFormat.FollowTheMoney)]
    [TestCase(" dot ", ExportFormat.Dot)]
    [TestCase("gv", ExportFormat.Dot)]
    [TestCase("cytoscape", ExportFormat.CytoscapeJson)]
    [TestCase("jsonld", ExportFormat.JsonLd)]
    [TestCase("json-ld", ExportFormat.JsonLd)]
    [TestCase("turtle", ExportFormat.Turtle)]
    [TestCase("ttl", ExportFormat.Turtle)]
    [TestCase("neo4j", ExportFormat.Neo4jCsv)]
    [TestCase("cypher", ExportFormat.Cypher)]
    [TestCase("json", ExportFormat.KnowledgeGraphJson)]
    [TestCase("KnowledgeGraphJson", ExportFormat.KnowledgeGraphJson)]
    public void TryParse_KnownName_GivesTheFormat(string name, ExportFormat expected)
    {
        Assert.Multiple(() =>
        {
            Assert.That(ExportFormatInfo.TryParse(name, out var format), Is.True);
            Assert.That(format, Is.EqualTo(expected));
        });
    }

    [TestCase("")]
    [TestCase(null)]
    [TestCase("xml")]
    [TestCase("Unspecified")]
    [TestCase("0")]
    public void TryParse_UnknownName_Fails(string? name) =>
        Assert.That(ExportFormatInfo.TryParse(name, out _), Is.False);

    [Test]
    public void All_CoversEveryFormatWithAMediaTypeAndAnExtension()
    {
        var formats = Enum.GetValues<ExportFormat>().Where(f => f != ExportFormat.Unspecified);
        Assert.Multiple(() =>
        {
            Assert.That(ExportFormatInfo.All.Select(i => i.Format), Is.EquivalentTo(formats), "one registry line per enum member");
            Assert.That(ExportFormatInfo.All.Select(i => i.Description), Has.All.Not.Empty);
            Assert.That(ExportFormatInfo.All.Select(i => i.Name), Is.Unique);
            Assert.That(ExportFormatInfo.All.SelectMany(i => i.Aliases.Append(i.Name)), Is.Unique);
            Assert.That(ExportFormatInfo.All.Select(i => i.MediaType), Has.All.Match(@"^[a-z]+/[a-z0-9.+-]+$"));
            Assert.That(ExportFormatInfo.All.Select(i => i.FileExtension), Has.All.StartWith("."));
            Assert.That(ExportFormatInfo.Names, Is.EqualTo(new[] { "graphml", "gexf", "gexf-1.3", "dot", "cytoscape", "jsonld", "turtle", "neo4j", "cypher", "ftm", "json" }));
        });
    }

    [TestCase(ExportFormat.Turtle, "text/turtle", "text/turtle; charset=utf-8", "graph.ttl")]
    [TestCase(ExportFormat.GraphMl, "application/graphml+xml", "application/graphml+xml", "graph.graphml")]
    [TestCase(ExportFormat.Neo4jCsv, "application/zip", "application/zip", "graph.neo4j.zip")]
    [TestCase(ExportFormat.JsonLd, "application/ld+json", "application/ld+json", "graph.jsonld")]
    public void Get_GivesMediaTypeContentTypeAndFileName(ExportFormat format, string mediaType, string contentType, string fileName)
    {
        var info = ExportFormatInfo.Get(format);
        Assert.Multiple(() =>
        {
            Assert.That(info.MediaType, Is.EqualTo(mediaType));
            Assert.That(info.ContentType, Is.EqualTo(contentType));
            Assert.That(info.FileName("graph"), Is.EqualTo(fileName));
        });
    }

    [Test]
    public void Get_Unspecified_ThrowsListingTheSupportedNames() =>
        Assert.That(() => ExportFormatInfo.Get(ExportFormat.Unspecified),
            Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains("graphml, gexf, gexf-1.3, dot, cytoscape, jsonld, turtle, neo4j, cypher, ftm, json"));
}
