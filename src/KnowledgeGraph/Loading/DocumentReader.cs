using System.Collections.Immutable;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Loading;

/// <summary>Reads one source document: title, authors, paragraph count, its numbered footnotes and its checked claims.</summary>
internal sealed class DocumentReader(FileReader r, LoadState s)
{
    /// <summary>Reads the document object and adds it to the state; authors and outlets are checked once the entities are read.</summary>
    public void Read(PositionedJson node)
    {
        var o = r.Object(node, "the document", "id", "title", "file", "authors", "language", "published", "paragraphCount", "description", "footnotes",
            "outlet", "outletEntity", "url", "byline", "derivedFrom", "claims");
        if (o is null)
        {
            return;
        }

        var id = r.Id(o, "id", required: true);
        var title = r.String(o, "title", required: true);
        var count = r.Int(o, "paragraphCount", required: true, min: 1, max: 100_000);
        var authors = EntityList(o, "authors", "author");
        var footnotes = ImmutableArray.CreateBuilder<Footnote>();
        foreach (var item in r.Array(o, "footnotes", required: false)?.Items ?? [])
        {
            if (ReadFootnote(item, count, footnotes) is { } footnote)
            {
                footnotes.Add(footnote);
            }
        }

        var claims = ImmutableArray.CreateBuilder<ClaimCheck>();
        foreach (var item in r.Array(o, "claims", required: false)?.Items ?? [])
        {
            if (ReadClaim(item, id, count, footnotes) is { } claim)
            {
                claims.Add(claim);
            }
        }

        if (id is null || title is null || count is null)
        {
            return;
        }

        var outletEntity = r.Id(o, "outletEntity", required: false);
        if (outletEntity is not null)
        {
            s.DeferEntityReference(r, o.Get("outletEntity")!, outletEntity, "outlet", kind: "Outlet");
        }

        var url = Url(o);
        var derivedFrom = r.StringList(o, "derivedFrom");
        if (o.Get("derivedFrom") is PositionedJsonArray derivedNodes)
        {
            for (var i = 0; i < derivedFrom.Length && i < derivedNodes.Items.Count; i++)
            {
                s.DeferDerivation(r, derivedNodes.Items[i], id, derivedFrom[i]);
            }
        }

        var doc = new SourceDocument
        {
            Id = id,
            Title = title,
            File = r.String(o, "file", required: false),
            Authors = authors,
            Language = r.String(o, "language", required: false),
            Published = r.Date(o, "published"),
            ParagraphCount = count.Value,
            Description = r.String(o, "description", required: false),
            Footnotes = footnotes.ToImmutable(),
            Outlet = r.String(o, "outlet", required: false),
            OutletEntity = outletEntity,
            Url = url,
            Byline = r.String(o, "byline", required: false),
            DerivedFrom = derivedFrom,
            Claims = claims.ToImmutable(),
        };
        if (!s.Documents.TryAdd(id, doc))
        {
            r.Problem(o.Get("id")!, $"The document \"{id}\" is defined twice.");
        }
    }

    /// <summary>Reads one footnote; a number already among <paramref name="earlier"/> is reported and the footnote dropped.</summary>
    private Footnote? ReadFootnote(PositionedJson item, int? paragraphCount, IEnumerable<Footnote> earlier)
    {
        var f = r.Object(item, "a footnote", "number", "paragraph", "authors", "title", "outlet", "outletEntity", "url", "accessed");
        if (f is null)
        {
            return null;
        }

        var number = r.Int(f, "number", required: true, min: 1);
        var paragraph = r.Int(f, "paragraph", required: true, min: 1, max: paragraphCount ?? int.MaxValue);
        var outlet = r.String(f, "outlet", required: true);
        var outletEntity = r.Id(f, "outletEntity", required: false);
        var authors = r.StringList(f, "authors");
        if (outletEntity is not null)
        {
            s.DeferEntityReference(r, f.Get("outletEntity")!, outletEntity, "outlet");
        }

        DeferEntityReferences(f, "authors", authors, "author");
        var url = Url(f);

        if (number is null || paragraph is null || outlet is null)
        {
            return null;
        }

        if (earlier.Any(x => x.Number == number))
        {
            r.Problem(f.Get("number")!, $"Footnote {number} is defined twice.");
            return null;
        }

        return new Footnote(number.Value, paragraph.Value, new Citation
        {
            Outlet = outlet,
            OutletEntity = outletEntity,
            Title = r.String(f, "title", required: false),
            Url = url,
            Accessed = r.Date(f, "accessed"),
            Authors = authors,
        });
    }

    /// <summary>
    /// Reads one checked claim; its relations and documents are checked once every file is read (a claim's relation must
    /// have evidence from this document, its documents must be other documents of the data set).
    /// </summary>
    private ClaimCheck? ReadClaim(PositionedJson item, string? document, int? paragraphCount, ImmutableArray<Footnote>.Builder footnotes)
    {
        var c = r.Object(item, "a claim", "paragraph", "footnote", "relations", "verification", "documents", "note");
        if (c is null)
        {
            return null;
        }

        var paragraph = r.Int(c, "paragraph", required: true, min: 1, max: paragraphCount ?? int.MaxValue);
        var footnote = r.Int(c, "footnote", required: false, min: 1);
        if (footnote is { } fn && footnotes.All(f => f.Number != fn))
        {
            r.Problem(c.Get("footnote")!, $"\"footnote\" is {fn}, but the document \"{document}\" defines footnotes {(footnotes.Count == 0 ? "none" : string.Join(", ", footnotes.Select(f => f.Number)))}.");
            footnote = null;
        }

        var relations = r.StringList(c, "relations", required: true);
        if (c.Get("relations") is PositionedJsonArray { Items.Count: 0 } none)
        {
            r.Problem(none, "A claim names at least one relation in \"relations\".");
        }

        var verification = r.Enum<ClaimVerification>(c, "verification", required: true);
        var documents = r.StringList(c, "documents");
        var note = r.String(c, "note", required: true);
        if (document is not null)
        {
            DeferEach(c, "relations", relations, (node, relation) => s.DeferClaimRelation(r, node, document, relation));
            DeferEach(c, "documents", documents, (node, other) => s.DeferClaimDocument(r, node, document, other));
        }

        return paragraph is null || verification is null || note is null || relations.IsEmpty ? null : new ClaimCheck
        {
            Paragraph = paragraph.Value,
            Footnote = footnote,
            Relations = relations,
            Verification = verification.Value,
            Documents = documents,
            Note = note,
        };
    }

    /// <summary>Hands each string of a list, with the node it was read from, to a check deferred until every file is read.</summary>
    private static void DeferEach(PositionedJsonObject o, string name, ImmutableArray<string> values, Action<PositionedJson, string> defer)
    {
        if (o.Get(name) is PositionedJsonArray nodes)
        {
            for (var i = 0; i < values.Length && i < nodes.Items.Count; i++)
            {
                defer(nodes.Items[i], values[i]);
            }
        }
    }

    /// <summary>Reads an optional <c>url</c>, which must be absolute.</summary>
    private string? Url(PositionedJsonObject o)
    {
        var url = r.String(o, "url", required: false);
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            r.Problem(o.Get("url")!, $"\"url\" is \"{url}\", which is not an absolute URL.");
        }

        return url;
    }

    /// <summary>Reads a list of entity ids (authors) whose existence is checked once every entity is read.</summary>
    private ImmutableArray<string> EntityList(PositionedJsonObject o, string name, string what)
    {
        var ids = r.StringList(o, name);
        DeferEntityReferences(o, name, ids, what);
        return ids;
    }

    private void DeferEntityReferences(PositionedJsonObject o, string name, ImmutableArray<string> ids, string what)
    {
        if (o.Get(name) is PositionedJsonArray nodes)
        {
            for (var i = 0; i < ids.Length && i < nodes.Items.Count; i++)
            {
                s.DeferEntityReference(r, nodes.Items[i], ids[i], what);
            }
        }
    }
}
