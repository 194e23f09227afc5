using System.Globalization;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export;

/// <summary>
/// Maps a selection to RDF triples, shared by the Turtle and JSON-LD writers (docs/EXPORT.md has the table).
/// Every relation is a reified statement (<c>rdf:Statement</c> and <c>kg:Relation</c> with <c>rdf:subject</c>,
/// <c>rdf:predicate</c>, <c>rdf:object</c>), carrying its certainty, its time qualifiers (Wikidata's point in
/// time, start time, end time, typed by precision) and its evidence through <c>prov:wasDerivedFrom</c>. Only
/// stated and reported relations are also asserted as a direct triple, so hedged, hypothetical and denied claims
/// never read as facts. Triples come out distinct, grouped by subject.
/// </summary>
internal sealed class RdfMapping
{
    private readonly RdfNamespaces ns;
    private readonly List<RdfTriple> triples = [];
    private readonly HashSet<RdfTriple> seen = [];
    private readonly HashSet<(string Document, int Paragraph)> paragraphs = [];

    private RdfMapping(RdfNamespaces ns) => this.ns = ns;

    public static (RdfNamespaces Namespaces, IReadOnlyList<RdfTriple> Triples) Build(ExportSelection selection, ExportOptions options)
    {
        var mapping = new RdfMapping(new RdfNamespaces(options.BaseIri));
        mapping.AddAll(selection);
        return (mapping.ns, mapping.triples);
    }

    private string Kg(string local) => ns.Kg + local;

    private string EntityIri(string id) => ns.Entity + id;

    private string KindIri(string name) => ns.Kind + name;

    private string TypeIri(string name) => ns.RelationType + name;

    private string DocumentIri(string id) => ns.Document + id;

    private string ParagraphIri(string document, int paragraph) =>
        string.Create(CultureInfo.InvariantCulture, $"{DocumentIri(document)}/paragraph/{paragraph}");

    private string FootnoteIri(string document, int footnote) =>
        string.Create(CultureInfo.InvariantCulture, $"{DocumentIri(document)}/footnote/{footnote}");

    private void Add(string subject, string predicate, RdfTerm value)
    {
        var triple = new RdfTriple(subject, predicate, value);
        if (seen.Add(triple))
        {
            triples.Add(triple);
        }
    }

    private void AddIri(string subject, string predicate, string iri) => Add(subject, predicate, RdfTerm.Iri(iri));

    private void AddText(string subject, string predicate, string? text)
    {
        if (text is not null)
        {
            Add(subject, predicate, RdfTerm.Text(text));
        }
    }

    private void AddAll(ExportSelection selection)
    {
        foreach (var kind in selection.UsedKinds)
        {
            var k = KindIri(kind.Name);
            AddIri(k, RdfNamespaces.Rdf + "type", RdfNamespaces.Rdfs + "Class");
            AddIri(k, RdfNamespaces.Rdfs + "subClassOf", Kg("Entity"));
            AddText(k, RdfNamespaces.Rdfs + "label", kind.Name);
            AddText(k, RdfNamespaces.Rdfs + "comment", kind.Description);
        }

        foreach (var type in selection.UsedTypes)
        {
            AddRelationType(type);
        }

        foreach (var entity in selection.Entities)
        {
            AddEntity(entity);
        }

        foreach (var relation in selection.Relations)
        {
            AddRelation(relation, selection.SupportOf(relation));
        }

        foreach (var document in selection.CitedDocuments)
        {
            AddDocument(document, selection.Graph);
        }

        foreach (var (document, paragraph) in paragraphs.OrderBy(p => p.Document, StringComparer.Ordinal).ThenBy(p => p.Paragraph))
        {
            var p = ParagraphIri(document, paragraph);
            AddIri(p, RdfNamespaces.Rdf + "type", Kg("Paragraph"));
            AddIri(p, RdfNamespaces.Schema + "isPartOf", DocumentIri(document));
            Add(p, RdfNamespaces.Schema + "position", RdfTerm.Integer(paragraph));
        }
    }

    private void AddRelationType(RelationType type)
    {
        var t = TypeIri(type.Name);
        AddIri(t, RdfNamespaces.Rdf + "type", RdfNamespaces.Rdf + "Property");
        AddText(t, RdfNamespaces.Rdfs + "label", type.Label);
        AddText(t, Kg("inverseLabel"), type.InverseLabel);
        AddText(t, RdfNamespaces.Rdfs + "comment", type.Description.Length == 0 ? null : type.Description);
        AddIri(t, Kg("polarity"), Kg(type.Polarity.ToString()));
        Add(t, Kg("symmetric"), RdfTerm.Boolean(type.Symmetric));
        AddText(t, Kg("ploverType"), type.Plover?.Type);
        AddText(t, Kg("ploverMode"), type.Plover?.Mode);
        AddText(t, Kg("cameo"), type.Cameo);
        foreach (var kind in type.SourceKinds)
        {
            AddIri(t, Kg("sourceKind"), KindIri(kind));
        }

        foreach (var kind in type.TargetKinds)
        {
            AddIri(t, Kg("targetKind"), KindIri(kind));
        }
    }

    private void AddEntity(Entity entity)
    {
        var e = EntityIri(entity.Id);
        AddIri(e, RdfNamespaces.Rdf + "type", KindIri(entity.Kind));
        AddText(e, RdfNamespaces.Schema + "name", entity.Name);
        foreach (var alias in entity.Aliases)
        {
            AddText(e, RdfNamespaces.Schema + "alternateName", alias);
        }

        foreach (var demonym in entity.Demonyms)
        {
            AddText(e, Kg("demonym"), demonym);
        }

        foreach (var metonym in entity.Metonyms)
        {
            AddText(e, Kg("metonym"), metonym);
        }

        AddText(e, Kg("role"), entity.Role);
        AddText(e, RdfNamespaces.Schema + "description", entity.Description);
        AddText(e, Kg("isolated"), entity.Isolated);
        foreach (var (scheme, value) in entity.Identifiers)
        {
            AddText(e, ns.Identifier + Uri.EscapeDataString(scheme), value);
            if (scheme == "wikidata")
            {
                AddIri(e, RdfNamespaces.Owl + "sameAs", RdfNamespaces.Wikidata + value);
            }
        }

        foreach (var mention in entity.Mentions)
        {
            foreach (var paragraph in mention.Paragraphs)
            {
                AddIri(e, Kg("mentionedIn"), ParagraphIri(mention.Document, paragraph));
                paragraphs.Add((mention.Document, paragraph));
            }
        }
    }

    private void AddRelation(Relation relation, RelationSupport support)
    {
        var r = ns.Relation + relation.Id;
        var predicate = TypeIri(relation.Type);
        if (relation.Certainty.IsFactual())
        {
            AddIri(EntityIri(relation.Source), predicate, EntityIri(relation.Target));
        }

        AddIri(r, RdfNamespaces.Rdf + "type", RdfNamespaces.Rdf + "Statement");
        AddIri(r, RdfNamespaces.Rdf + "type", Kg("Relation"));
        AddIri(r, RdfNamespaces.Rdf + "subject", EntityIri(relation.Source));
        AddIri(r, RdfNamespaces.Rdf + "predicate", predicate);
        AddIri(r, RdfNamespaces.Rdf + "object", EntityIri(relation.Target));
        AddIri(r, Kg("certainty"), Kg(relation.Certainty.ToString()));
        if (relation.Implicit)
        {
            Add(r, Kg("implicit"), RdfTerm.Boolean(true));
        }

        foreach (var (local, date) in new[] { ("pointInTime", relation.Time.Point), ("startTime", relation.Time.Start), ("endTime", relation.Time.End) })
        {
            if (date is { } d)
            {
                Add(r, Kg(local), RdfTerm.Date(d));
            }
        }

        foreach (var (key, value) in relation.Qualifiers)
        {
            AddText(r, ns.Qualifier + Uri.EscapeDataString(key), value);
        }

        for (var i = 0; i < relation.Evidence.Length; i++)
        {
            var evidence = relation.Evidence[i];
            var ev = string.Create(CultureInfo.InvariantCulture, $"{r}/evidence/{i + 1}");
            AddIri(r, RdfNamespaces.Prov + "wasDerivedFrom", ev);
            AddIri(ev, RdfNamespaces.Rdf + "type", Kg("Evidence"));
            AddText(ev, RdfNamespaces.Rdfs + "comment", evidence.Note);
            if (evidence.Background)
            {
                Add(ev, Kg("background"), RdfTerm.Boolean(true));
                if (evidence.Citation is { } citation)
                {
                    AddIri(ev, RdfNamespaces.Schema + "citation", ev + "/citation");
                    AddCitation(ev + "/citation", citation);
                }
            }
            else if (evidence is { Document: { } document, Paragraph: { } paragraph })
            {
                AddIri(ev, Kg("paragraph"), ParagraphIri(document, paragraph));
                paragraphs.Add((document, paragraph));
                if (evidence.Footnote is { } footnote)
                {
                    AddIri(ev, RdfNamespaces.Schema + "citation", FootnoteIri(document, footnote));
                }
            }
        }

        AddSources(r, relation, support);
    }

    /// <summary>
    /// Adds a relation's sources: <c>prov:wasDerivedFrom</c> each supporting document, <c>kg:disputedBy</c> each
    /// disputing one, <c>kg:outletCount</c> and <c>kg:contested</c>, and for a contested relation one
    /// <c>kg:Position</c> per side with its certainty, time, qualifiers and documents.
    /// </summary>
    private void AddSources(string r, Relation relation, RelationSupport support)
    {
        foreach (var document in support.Documents)
        {
            AddIri(r, RdfNamespaces.Prov + "wasDerivedFrom", DocumentIri(document));
        }

        foreach (var document in support.DisputingDocuments)
        {
            AddIri(r, Kg("disputedBy"), DocumentIri(document));
        }

        Add(r, Kg("outletCount"), RdfTerm.Integer(support.OutletCount));
        Add(r, Kg("contested"), RdfTerm.Boolean(support.Contested));
        if (!support.Contested)
        {
            return;
        }

        var positions = relation.Positions;
        for (var i = 0; i < positions.Length; i++)
        {
            var position = positions[i];
            var p = string.Create(CultureInfo.InvariantCulture, $"{r}/position/{i + 1}");
            AddIri(r, Kg("position"), p);
            AddIri(p, RdfNamespaces.Rdf + "type", Kg("Position"));
            AddIri(p, Kg("certainty"), Kg(position.Certainty.ToString()));
            foreach (var (local, date) in new[] { ("pointInTime", position.Time.Point), ("startTime", position.Time.Start), ("endTime", position.Time.End) })
            {
                if (date is { } d)
                {
                    Add(p, Kg(local), RdfTerm.Date(d));
                }
            }

            foreach (var (key, value) in position.Qualifiers)
            {
                AddText(p, ns.Qualifier + Uri.EscapeDataString(key), value);
            }

            foreach (var document in position.Documents)
            {
                AddIri(p, RdfNamespaces.Prov + "wasDerivedFrom", DocumentIri(document));
            }
        }
    }

    private void AddDocument(SourceDocument document, Graph graph)
    {
        var d = DocumentIri(document.Id);
        AddText(d, Kg("outlet"), document.Outlet);
        if (document.OutletEntity is { } outlet)
        {
            AddIri(d, RdfNamespaces.Schema + "publisher", EntityIri(outlet));
        }

        if (document.Url is { } url)
        {
            Add(d, RdfNamespaces.Schema + "url", RdfTerm.Address(url));
        }

        foreach (var source in document.DerivedFrom)
        {
            AddIri(d, RdfNamespaces.Prov + "wasDerivedFrom", graph.FindDocument(source) is null ? EntityIri(source) : DocumentIri(source));
        }

        AddIri(d, RdfNamespaces.Rdf + "type", RdfNamespaces.Schema + "CreativeWork");
        AddText(d, RdfNamespaces.Schema + "name", document.Title);
        AddText(d, Kg("file"), document.File);
        foreach (var author in document.Authors)
        {
            AddIri(d, RdfNamespaces.Schema + "author", EntityIri(author));
        }

        AddText(d, RdfNamespaces.Schema + "inLanguage", document.Language);
        if (document.Published is { } published)
        {
            Add(d, RdfNamespaces.Schema + "datePublished", RdfTerm.Date(published));
        }

        Add(d, Kg("paragraphCount"), RdfTerm.Integer(document.ParagraphCount));
        AddText(d, RdfNamespaces.Schema + "description", document.Description);
        foreach (var footnote in document.Footnotes)
        {
            var f = FootnoteIri(document.Id, footnote.Number);
            AddIri(f, RdfNamespaces.Rdf + "type", Kg("Footnote"));
            AddIri(f, RdfNamespaces.Schema + "isPartOf", d);
            Add(f, RdfNamespaces.Schema + "position", RdfTerm.Integer(footnote.Number));
            AddIri(f, Kg("paragraph"), ParagraphIri(document.Id, footnote.Paragraph));
            paragraphs.Add((document.Id, footnote.Paragraph));
            AddCitation(f, footnote.Citation);
        }
    }

    /// <summary>Describes a cited work: outlet, publisher entity, title, address, access date (Wikidata's "retrieved") and authors.</summary>
    private void AddCitation(string c, Citation citation)
    {
        AddIri(c, RdfNamespaces.Rdf + "type", RdfNamespaces.Schema + "CreativeWork");
        AddText(c, Kg("outlet"), citation.Outlet);
        if (citation.OutletEntity is { } outlet)
        {
            AddIri(c, RdfNamespaces.Schema + "publisher", EntityIri(outlet));
        }

        AddText(c, RdfNamespaces.Schema + "name", citation.Title);
        if (citation.Url is { } url)
        {
            Add(c, RdfNamespaces.Schema + "url", RdfTerm.Address(url));
        }

        if (citation.Accessed is { } accessed)
        {
            Add(c, Kg("retrieved"), RdfTerm.Date(accessed));
        }

        foreach (var author in citation.Authors)
        {
            AddIri(c, RdfNamespaces.Schema + "author", EntityIri(author));
        }
    }
}
