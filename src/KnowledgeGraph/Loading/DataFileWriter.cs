using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Loading;

/// <summary>Evidence a relations file adds to a relation of another file (its <c>evidenceAdditions</c>).</summary>
/// <param name="Relation">The id of the relation the evidence is for.</param>
/// <param name="Evidence">The evidence, at least one piece.</param>
internal sealed record EvidenceAddition(string Relation, ImmutableArray<Evidence> Evidence);

/// <summary>The entity-resolution decisions of a data set, the sections of <c>resolution.json</c>.</summary>
/// <param name="Merges">The merges.</param>
/// <param name="Rejected">The rejected merge proposals.</param>
/// <param name="RejectedRelations">The relation candidates reviewers rejected.</param>
/// <param name="RejectedLinks">The links reviewers rejected.</param>
internal sealed record ResolutionSections(
    IReadOnlyCollection<EntityMerge> Merges,
    IReadOnlyCollection<RejectedMerge> Rejected,
    IReadOnlyCollection<RejectedRelation> RejectedRelations,
    IReadOnlyCollection<RejectedLink> RejectedLinks)
{
    /// <summary>Gets whether there is no decision at all.</summary>
    public bool IsEmpty => Merges.Count == 0 && Rejected.Count == 0 && RejectedRelations.Count == 0 && RejectedLinks.Count == 0;
}

/// <summary>
/// Writes the data files' shape, the one the loader reads (see <see cref="DataFileLayout"/>): the files of a data
/// folder (vocabulary, <c>documents/</c>, <c>entities/</c>, <c>relations/</c>) and the single document that holds
/// every section side by side. Used by the JSON export and by the extractor's drafts, so the shape is written once.
/// </summary>
/// <remarks>
/// Optional values are left out when absent or empty, which the loader reads as absent; document evidence cites
/// through its footnote number (the loader resolves the citation) and only background evidence carries a citation
/// of its own. Text is readable UTF-8 (no <c>\u</c> escapes for non-Latin letters): the files are edited by hand.
/// </remarks>
internal static class DataFileWriter
{
    /// <summary>Gets the writer options of data files: indented, readable UTF-8.</summary>
    public static JsonWriterOptions Options { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <c>vocabulary/entity-kinds.json</c>.</summary>
    public static void WriteEntityKindsFile(Stream output, IEnumerable<EntityKind> kinds) =>
        WriteFile(output, w => WriteList(w, "entityKinds", kinds, WriteEntityKind));

    /// <summary>Writes <c>vocabulary/relation-types.json</c>.</summary>
    public static void WriteRelationTypesFile(Stream output, IEnumerable<RelationType> types) =>
        WriteFile(output, w => WriteList(w, "relationTypes", types, WriteRelationType));

    /// <summary>Writes a <c>documents/</c> file.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="document">The document.</param>
    /// <param name="status">The review status (<see cref="DataFileLayout.Unreviewed"/> for a draft), or null for none.</param>
    public static void WriteDocumentFile(Stream output, SourceDocument document, string? status = null) => WriteFile(output, w =>
    {
        WriteOptional(w, "status", status);
        w.WriteStartObject("document");
        WriteDocument(w, document);
        w.WriteEndObject();
    });

    /// <summary>Writes an <c>entities/</c> file.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="entities">The entities.</param>
    /// <param name="status">The review status, or null for none.</param>
    public static void WriteEntitiesFile(Stream output, IEnumerable<Entity> entities, string? status = null) => WriteFile(output, w =>
    {
        WriteOptional(w, "status", status);
        WriteList(w, "entities", entities, WriteEntity);
    });

    /// <summary>Writes a <c>relations/</c> file.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="document">The file's default document (evidence of that document may leave it out), or null.</param>
    /// <param name="status">The review status, or null for none.</param>
    /// <param name="relations">The relations.</param>
    /// <param name="additions">Evidence for relations of other files, or null to write no <c>evidenceAdditions</c>.</param>
    public static void WriteRelationsFile(Stream output, string? document, string? status, IEnumerable<Relation> relations, IEnumerable<EvidenceAddition>? additions = null) => WriteFile(output, w =>
    {
        WriteOptional(w, "document", document);
        WriteOptional(w, "status", status);
        WriteList(w, "relations", relations, (w, r) => WriteRelation(w, r, document));
        if (additions is not null)
        {
            WriteList(w, "evidenceAdditions", additions, (w, a) =>
            {
                w.WriteString("relation", a.Relation);
                WriteEvidenceList(w, a.Evidence, document);
            });
        }
    });

    /// <summary>
    /// Writes the single document (<see cref="DataFileLayout.SingleDocumentFormat"/>): format and version, then the
    /// sections <c>entityKinds</c>, <c>relationTypes</c>, <c>documents</c>, <c>entities</c>, <c>relations</c>, and
    /// <c>resolution</c> (the shape of <c>resolution.json</c>) when there is a decision to keep.
    /// </summary>
    public static void WriteSingleDocument(
        Utf8JsonWriter w,
        IEnumerable<EntityKind> kinds,
        IEnumerable<RelationType> types,
        IEnumerable<SourceDocument> documents,
        IEnumerable<Entity> entities,
        IEnumerable<Relation> relations,
        ResolutionSections? resolution = null)
    {
        w.WriteStartObject();
        w.WriteString("format", DataFileLayout.SingleDocumentFormat);
        w.WriteNumber("formatVersion", DataFileLayout.SingleDocumentVersion);
        WriteList(w, "entityKinds", kinds, WriteEntityKind);
        WriteList(w, "relationTypes", types, WriteRelationType);
        WriteList(w, "documents", documents, WriteDocument);
        WriteList(w, "entities", entities, WriteEntity);
        WriteList(w, "relations", relations, (w, r) => WriteRelation(w, r, defaultDocument: null));
        if (resolution is { IsEmpty: false })
        {
            w.WriteStartObject("resolution");
            WriteResolution(w, resolution);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>Writes the sections of <c>resolution.json</c> (each only when it has an entry) into the current object.</summary>
    private static void WriteResolution(Utf8JsonWriter w, ResolutionSections r)
    {
        if (r.Merges.Count > 0)
        {
            WriteList(w, "merges", r.Merges, (w, m) =>
            {
                w.WriteString("canonical", m.Canonical);
                WriteStrings(w, "referents", m.Referents);
                WriteOptional(w, "decidedBy", m.DecidedBy);
                WriteOptional(w, "note", m.Note);
            });
        }

        if (r.Rejected.Count > 0)
        {
            WriteList(w, "rejected", r.Rejected, (w, m) =>
            {
                WriteStrings(w, "ids", m.Ids);
                WriteOptional(w, "decidedBy", m.DecidedBy);
                WriteOptional(w, "note", m.Note);
            });
        }

        if (r.RejectedRelations.Count == 0 && r.RejectedLinks.Count == 0)
        {
            return;
        }

        w.WriteStartObject("judgements");
        if (r.RejectedRelations.Count > 0)
        {
            WriteList(w, "relations", r.RejectedRelations, WriteRejectedRelation);
        }

        if (r.RejectedLinks.Count > 0)
        {
            WriteList(w, "links", r.RejectedLinks, WriteRejectedLink);
        }

        w.WriteEndObject();
    }

    /// <summary>Writes one entry of <c>judgements.relations</c>.</summary>
    public static void WriteRejectedRelation(Utf8JsonWriter w, RejectedRelation j)
    {
        w.WriteString("source", j.Source);
        w.WriteString("type", j.Type);
        w.WriteString("target", j.Target);
        if (j.Certainty is { } certainty)
        {
            w.WriteString("certainty", Lower(certainty));
        }

        WriteOptional(w, "document", j.Document);
        WriteOptional(w, "decidedBy", j.DecidedBy);
        WriteOptional(w, "note", j.Note);
    }

    /// <summary>Writes one entry of <c>judgements.links</c>.</summary>
    public static void WriteRejectedLink(Utf8JsonWriter w, RejectedLink j)
    {
        w.WriteString("name", j.Name);
        w.WriteString("entity", j.Entity);
        WriteOptional(w, "document", j.Document);
        WriteOptional(w, "decidedBy", j.DecidedBy);
        WriteOptional(w, "note", j.Note);
    }

    /// <summary>Gets what a file writer writes as text (UTF-8, ending in a newline).</summary>
    public static string ToText(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteFile(Stream output, Action<Utf8JsonWriter> body)
    {
        using (var w = new Utf8JsonWriter(output, Options))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }

    private static void WriteEntityKind(Utf8JsonWriter w, EntityKind kind)
    {
        w.WriteString("name", kind.Name);
        w.WriteString("description", kind.Description);
    }

    private static void WriteRelationType(Utf8JsonWriter w, RelationType type)
    {
        w.WriteString("name", type.Name);
        w.WriteString("label", type.Label);
        w.WriteString("inverseLabel", type.InverseLabel);
        WriteOptional(w, "description", type.Description.Length == 0 ? null : type.Description);
        WriteStrings(w, "sourceKinds", type.SourceKinds);
        WriteStrings(w, "targetKinds", type.TargetKinds);
        w.WriteBoolean("symmetric", type.Symmetric);
        w.WriteString("polarity", Lower(type.Polarity));
        if (type.Plover is { } plover)
        {
            w.WriteStartObject("plover");
            w.WriteString("type", plover.Type);
            WriteOptional(w, "mode", plover.Mode);
            w.WriteEndObject();
        }

        WriteOptional(w, "cameo", type.Cameo);
    }

    private static void WriteDocument(Utf8JsonWriter w, SourceDocument document)
    {
        w.WriteString("id", document.Id);
        w.WriteString("title", document.Title);
        WriteOptional(w, "file", document.File);
        WriteOptional(w, "outlet", document.Outlet);
        WriteOptional(w, "outletEntity", document.OutletEntity);
        WriteOptional(w, "url", document.Url);
        WriteOptional(w, "byline", document.Byline);
        WriteOptionalStrings(w, "derivedFrom", document.DerivedFrom);
        WriteOptionalStrings(w, "authors", document.Authors);
        WriteOptional(w, "language", document.Language);
        WriteOptional(w, "published", document.Published?.ToString());
        w.WriteNumber("paragraphCount", document.ParagraphCount);
        WriteOptional(w, "description", document.Description);
        if (!document.Footnotes.IsEmpty)
        {
            WriteList(w, "footnotes", document.Footnotes, WriteFootnote);
        }

        if (!document.Claims.IsEmpty)
        {
            WriteList(w, "claims", document.Claims, WriteClaim);
        }
    }

    private static void WriteClaim(Utf8JsonWriter w, ClaimCheck claim)
    {
        w.WriteNumber("paragraph", claim.Paragraph);
        if (claim.Footnote is { } footnote)
        {
            w.WriteNumber("footnote", footnote);
        }

        WriteOptionalStrings(w, "relations", claim.Relations);
        w.WriteString("verification", claim.Verification.ToString().ToLowerInvariant());
        WriteOptionalStrings(w, "documents", claim.Documents);
        w.WriteString("note", claim.Note);
    }

    private static void WriteFootnote(Utf8JsonWriter w, Footnote f)
    {
        w.WriteNumber("number", f.Number);
        w.WriteNumber("paragraph", f.Paragraph);
        WriteOptionalStrings(w, "authors", f.Citation.Authors);
        WriteOptional(w, "title", f.Citation.Title);
        w.WriteString("outlet", f.Citation.Outlet);
        WriteOptional(w, "outletEntity", f.Citation.OutletEntity);
        WriteOptional(w, "url", f.Citation.Url);
        WriteOptional(w, "accessed", f.Citation.Accessed?.ToString());
    }

    private static void WriteEntity(Utf8JsonWriter w, Entity entity)
    {
        w.WriteString("id", entity.Id);
        w.WriteString("kind", entity.Kind);
        w.WriteString("name", entity.Name);
        WriteOptionalStrings(w, "aliases", entity.Aliases);
        WriteOptionalStrings(w, "demonyms", entity.Demonyms);
        WriteOptionalStrings(w, "metonyms", entity.Metonyms);
        WriteOptional(w, "role", entity.Role);
        WriteOptionalMap(w, "identifiers", entity.Identifiers);
        WriteOptional(w, "description", entity.Description);
        if (!entity.Mentions.IsEmpty)
        {
            WriteList(w, "mentions", entity.Mentions, (w, m) =>
            {
                w.WriteString("document", m.Document);
                w.WriteStartArray("paragraphs");
                foreach (var p in m.Paragraphs)
                {
                    w.WriteNumberValue(p);
                }

                w.WriteEndArray();
            });
        }

        WriteOptional(w, "isolated", entity.Isolated);
    }

    private static void WriteRelation(Utf8JsonWriter w, Relation relation, string? defaultDocument)
    {
        w.WriteString("id", relation.Id);
        w.WriteString("type", relation.Type);
        w.WriteString("source", relation.Source);
        w.WriteString("target", relation.Target);
        WriteTime(w, relation.Time);

        w.WriteString("certainty", Lower(relation.Certainty));
        if (relation.Implicit)
        {
            w.WriteBoolean("implicit", true);
        }

        WriteOptionalMap(w, "qualifiers", relation.Qualifiers);
        WriteEvidenceList(w, relation.Evidence, defaultDocument);
    }

    /// <summary>Writes an <c>evidence</c> list; evidence of <paramref name="defaultDocument"/> leaves its document out.</summary>
    private static void WriteEvidenceList(Utf8JsonWriter w, IEnumerable<Evidence> evidence, string? defaultDocument) =>
        WriteList(w, "evidence", evidence, (w, e) =>
        {
            if (e.Background)
            {
                w.WriteBoolean("background", true);
                WriteOptional(w, "note", e.Note);
                if (e.Citation is { } c)
                {
                    w.WriteStartObject("citation");
                    w.WriteString("outlet", c.Outlet);
                    WriteOptional(w, "title", c.Title);
                    WriteOptional(w, "url", c.Url);
                    WriteOptional(w, "accessed", c.Accessed?.ToString());
                    w.WriteEndObject();
                }

                return;
            }

            WriteOptional(w, "document", e.Document == defaultDocument ? null : e.Document);
            if (e.Paragraph is { } paragraph)
            {
                w.WriteNumber("paragraph", paragraph);
            }

            if (e.Footnote is { } footnote)
            {
                w.WriteNumber("footnote", footnote);
            }

            WriteOptional(w, "note", e.Note);
            if (e.Certainty is { } certainty)
            {
                w.WriteString("certainty", Lower(certainty));
            }

            if (e.Time is { } time)
            {
                WriteTime(w, time);
            }

            WriteOptionalMap(w, "qualifiers", e.Qualifiers);
        });

    /// <summary>Writes a known <c>time</c> (a point or a period); an unknown time writes nothing.</summary>
    private static void WriteTime(Utf8JsonWriter w, RelationTime time)
    {
        if (!time.IsUnknown)
        {
            w.WriteStartObject("time");
            WriteOptional(w, "point", time.Point?.ToString());
            WriteOptional(w, "start", time.Start?.ToString());
            WriteOptional(w, "end", time.End?.ToString());
            w.WriteEndObject();
        }
    }

    private static void WriteList<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            write(w, item);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> items)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStringValue(item);
        }

        w.WriteEndArray();
    }

    private static void WriteOptionalStrings(Utf8JsonWriter w, string name, IReadOnlyCollection<string> items)
    {
        if (items.Count > 0)
        {
            WriteStrings(w, name, items);
        }
    }

    private static void WriteOptionalMap(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, string> map)
    {
        if (map.Count == 0)
        {
            return;
        }

        w.WriteStartObject(name);
        foreach (var (key, value) in map)
        {
            w.WriteString(key, value);
        }

        w.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static string Lower<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString().ToLowerInvariant();
}
