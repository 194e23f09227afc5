using KnowledgeGraph.Export;

namespace KnowledgeGraph.Tests.Export;

public sealed class RdfMappingTests
{
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string Xsd = "http://www.w3.org/2001/XMLSchema#";
    private const string Base = "https://knowledge-graph.example/";

    private static readonly IReadOnlyList<RdfTriple> Triples =
        RdfMapping.Build(ExportSelection.Whole(ExportTestGraphs.Get(ExportTestGraphs.Hostile)), ExportOptions.Default).Triples;

    [TestCase("call-1", true)]
    [TestCase("call-2", true)]
    [TestCase("summit", false)]
    [TestCase("denied-accusation", false)]
    public void Build_OnlyStatedAndReportedRelations_AreAssertedAsDirectTriples(string relationId, bool asserted)
    {
        var relation = ExportTestGraphs.Get(ExportTestGraphs.Hostile).FindRelation(relationId)!;
        var direct = new RdfTriple(Base + "entity/" + relation.Source, Base + "relation-type/" + relation.Type, RdfTerm.Iri(Base + "entity/" + relation.Target));
        Assert.Multiple(() =>
        {
            Assert.That(Triples.Contains(direct), Is.EqualTo(asserted));
            Assert.That(Triples, Does.Contain(new RdfTriple(Base + "relation/" + relationId, Rdf + "type", RdfTerm.Iri(Rdf + "Statement"))), "every relation is a statement node");
        });
    }

    [TestCase("call-1", "pointInTime", "2025-03-14", "date")]
    [TestCase("call-2", "pointInTime", "2025-03", "gYearMonth")]
    [TestCase("summit", "startTime", "2024", "gYear")]
    [TestCase("summit", "endTime", "2025-02", "gYearMonth")]
    public void Build_TimeQualifiers_KeepTheirPrecisionInTheDatatype(string relationId, string property, string lexical, string datatype) =>
        Assert.That(Triples, Does.Contain(new RdfTriple(Base + "relation/" + relationId, Base + "ontology#" + property, new RdfTerm(false, lexical, Xsd + datatype))));

    [Test]
    public void Build_Evidence_LinksParagraphAndFootnoteCitation()
    {
        var evidence = Base + "relation/call-1/evidence/1";
        var footnote = Base + "document/doc/footnote/1";
        Assert.That(Triples, Is.SupersetOf(new[]
        {
            new RdfTriple(Base + "relation/call-1", "http://www.w3.org/ns/prov#wasDerivedFrom", RdfTerm.Iri(evidence)),
            new RdfTriple(evidence, Base + "ontology#paragraph", RdfTerm.Iri(Base + "document/doc/paragraph/4")),
            new RdfTriple(evidence, "https://schema.org/citation", RdfTerm.Iri(footnote)),
            new RdfTriple(footnote, "https://schema.org/url", RdfTerm.Iri("https://example.org/news?a=1&b=%22x%22")),
            new RdfTriple(Base + "document/doc/footnote/2", "https://schema.org/url", new RdfTerm(false, "https://example.org/search?q=\"a\"&b=<c>", Xsd + "anyURI")),
        }));
    }

    [Test]
    public void Build_WithAnotherBaseIri_MintsEveryIriUnderIt()
    {
        var options = new ExportOptions { BaseIri = new Uri("http://data.example.org/kg/") };
        var (_, triples) = RdfMapping.Build(ExportSelection.Whole(ExportTestGraphs.Get(ExportTestGraphs.Hostile)), options);
        Assert.That(triples.Select(t => t.Subject), Is.All.StartsWith("http://data.example.org/kg/"));
    }

    [TestCase("https://example.org/kg")]
    [TestCase("https://example.org/a b/")]
    [TestCase("relative/")]
    public void ExportOptions_BadBaseIri_IsRejected(string iri) =>
        Assert.That(() => new ExportOptions { BaseIri = new Uri(iri, UriKind.RelativeOrAbsolute) }, Throws.ArgumentException.With.Message.Contains(iri));
}
