using KnowledgeGraph.Model;

namespace KnowledgeGraph.Loading;

/// <summary>
/// Reads one piece of evidence: a paragraph of a document (and the footnote that cites a source for it), or
/// background evidence with a citation of its own.
/// </summary>
internal sealed class EvidenceReader(FileReader r, LoadState s)
{
    private readonly TimeReader time = new(r);

    /// <summary>Reads the evidence; the documents must be read first. Gives null when it is reported as bad.</summary>
    /// <param name="node">The evidence object.</param>
    /// <param name="defaultDocument">The file's document, for evidence that names none.</param>
    public Evidence? Read(PositionedJson node, string? defaultDocument)
    {
        var e = r.Object(node, "evidence", "document", "paragraph", "footnote", "note", "background", "citation", "certainty", "time", "qualifiers");
        if (e is null)
        {
            return null;
        }

        var background = r.Bool(e, "background") ?? false;
        var note = r.String(e, "note", required: background);
        var evidence = background ? ReadBackground(e, note) : ReadDocumentEvidence(e, note, defaultDocument);
        if (evidence is null)
        {
            return null;
        }

        if (background)
        {
            foreach (var own in new[] { "certainty", "time", "qualifiers" }.Select(e.Get).OfType<PositionedJson>())
            {
                r.Problem(own, "Only document evidence takes a position of its own (\"certainty\", \"time\", \"qualifiers\"); background evidence has none.");
            }

            return evidence;
        }

        var certainty = e.Get("certainty") is null ? null : r.Enum<Certainty>(e, "certainty", required: true);
        var when = e.Get("time") is { IsNull: false } t ? time.Read(t) : null;
        if ((e.Get("certainty") is not null && certainty is null) || (e.Get("time") is { IsNull: false } && when is null))
        {
            return null;
        }

        evidence = evidence with { Certainty = certainty, Time = when, Qualifiers = r.StringMap(e, "qualifiers") };
        s.EvidenceNodes[evidence] = (r, e);
        return evidence;
    }

    private Evidence? ReadBackground(PositionedJsonObject e, string? note)
    {
        var c = r.Object(e.Get("citation"), "a citation", "outlet", "title", "url", "accessed");
        if (c is null)
        {
            r.Problem(e, "Background evidence needs a \"citation\" with at least an \"outlet\".");
            return null;
        }

        var outlet = r.String(c, "outlet", required: true);
        return outlet is null ? null : new Evidence
        {
            Background = true,
            Note = note,
            Citation = new Citation { Outlet = outlet, Title = r.String(c, "title", false), Url = r.String(c, "url", false), Accessed = r.Date(c, "accessed") },
        };
    }

    private Evidence? ReadDocumentEvidence(PositionedJsonObject e, string? note, string? defaultDocument)
    {
        if (e.Get("citation") is { } stray)
        {
            r.Problem(stray, "Only background evidence carries its own \"citation\"; document evidence cites through \"footnote\".");
        }

        var document = r.Id(e, "document", required: defaultDocument is null) ?? defaultDocument;
        var paragraph = r.Int(e, "paragraph", required: true, min: 1);
        var footnote = r.Int(e, "footnote", required: false, min: 1);
        if (document is null || paragraph is null)
        {
            return null;
        }

        if (!s.Documents.TryGetValue(document, out var doc))
        {
            r.Problem(e.Get("document") ?? e, $"\"document\" is \"{document}\", which is not a document of the data set ({s.DocumentList}).");
            return null;
        }

        if (paragraph > doc.ParagraphCount)
        {
            r.Problem(e.Get("paragraph")!, $"\"paragraph\" is {paragraph}, but the document \"{document}\" has only {doc.ParagraphCount} paragraphs.");
            return null;
        }

        Citation? citation = null;
        if (footnote is { } fn)
        {
            var found = doc.Footnotes.FirstOrDefault(f => f.Number == fn);
            if (found is null)
            {
                r.Problem(e.Get("footnote")!, $"\"footnote\" is {fn}, but the document \"{document}\" defines footnotes {(doc.Footnotes.IsEmpty ? "none" : string.Join(", ", doc.Footnotes.Select(f => f.Number)))}.");
                return null;
            }

            citation = found.Citation;
        }

        return new Evidence { Document = document, Paragraph = paragraph, Footnote = footnote, Note = note, Citation = citation };
    }
}
