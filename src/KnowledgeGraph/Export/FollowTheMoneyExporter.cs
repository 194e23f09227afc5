using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export;

/// <summary>
/// Writes FollowTheMoney (FtM) entities as JSON lines, one <c>{"id", "schema", "properties"}</c> object a line, as
/// Aleph, OpenSanctions and the <c>ftm</c> tools read them. Entity kinds map to FtM schemata (a state is a
/// <c>PublicBody</c> with its country code, an official a <c>Person</c>, an agreement a <c>Contract</c>, a place an
/// <c>Address</c>, an unknown kind a <c>LegalEntity</c>); source documents and cited works are <c>Article</c>s, and
/// an entity's mentions are <c>Documentation</c> links to them. Each relation is one interstitial entity
/// (<c>Membership</c>, <c>Occupancy</c> of a <c>Position</c>, <c>Employment</c>, else <c>UnknownLink</c>) whose
/// <c>role</c> is the type's label, <c>status</c> the certainty, <c>date</c>/<c>startDate</c>/<c>endDate</c> the
/// time, <c>description</c> the evidence in words, <c>sourceUrl</c> and <c>publisher</c> the cited works, and
/// <c>recordId</c> the relation's id, and <c>summary</c> the relation in words with its qualifiers. Denied relations are left out unless <see cref="ExportOptions.IncludeDenied"/>.
/// </summary>
/// <remarks>
/// Ids: entities keep their own (kebab-case), everything else gets a dotted prefix (<c>rel.</c>, <c>doc.</c>,
/// <c>pos.</c>, <c>mention.</c>), which no entity id can hold, so ids never collide.
/// </remarks>
internal static class FollowTheMoneyExporter
{
    private static readonly ImmutableDictionary<string, string> SchemaOfKind = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["State"] = "PublicBody",
        ["Official"] = "Person",
        ["Person"] = "Person",
        ["Organization"] = "Organization",
        ["MilitaryUnit"] = "Organization",
        ["Outlet"] = "Organization",
        ["Agreement"] = "Contract",
        ["WeaponSystem"] = "Asset",
        ["Event"] = "Event",
        ["Place"] = "Address",
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>Relation types that are a post held (FtM <c>Occupancy</c> of a <c>Position</c>).</summary>
    private static readonly ImmutableHashSet<string> PostTypes =
        ImmutableHashSet.Create(StringComparer.Ordinal, "head-of-government-of", "head-of-state-of", "deputy-foreign-minister-of", "speaker-of");

    /// <summary>ISO 639-1 to the ISO 639-3 codes FtM's <c>language</c> type takes, for the languages sources come in most.</summary>
    private static readonly ImmutableDictionary<string, string> Languages = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "eng", ["ru"] = "rus", ["hy"] = "hye", ["az"] = "aze", ["ka"] = "kat", ["tr"] = "tur", ["fa"] = "fas",
        ["fr"] = "fra", ["de"] = "deu", ["es"] = "spa", ["ar"] = "ara", ["uk"] = "ukr", ["zh"] = "zho",
    }.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);

    public static void Write(ExportSelection selection, ExportOptions options, Stream output)
    {
        var relations = selection.Relations.Where(r => options.IncludeDenied || r.Certainty != Certainty.Denied).ToList();
        var schemaOf = selection.Entities.ToDictionary(e => e.Id, e => SchemaOf(e.Kind), StringComparer.Ordinal);
        var lines = new FtmLines(output);

        foreach (var document in selection.CitedDocuments)
        {
            lines.Write(DocumentId(document.Id), "Article", p =>
            {
                p.Add("title", document.Title);
                p.Add("name", document.Title);
                p.AddAll("author", document.Authors);
                p.Add("publishedAt", document.Published?.ToString());
                p.Add("language", document.Language is { } l && Languages.TryGetValue(l, out var code) ? code : null);
                p.Add("fileName", document.File);
                p.Add("description", document.Description);
                p.Add("publisher", document.Outlet);
                p.Add("sourceUrl", document.Url);
            });
        }

        var citations = new SortedDictionary<string, Citation>(StringComparer.Ordinal);
        foreach (var relation in relations)
        {
            foreach (var evidence in relation.Evidence)
            {
                if (evidence.Citation is { } citation)
                {
                    citations.TryAdd(CitationId(relation, evidence), citation);
                }
            }
        }

        foreach (var (id, citation) in citations)
        {
            lines.Write(id, "Article", p =>
            {
                p.Add("title", citation.Title ?? citation.Outlet);
                p.Add("name", citation.Title ?? citation.Outlet);
                p.Add("publisher", citation.Outlet);
                p.Add("sourceUrl", citation.Url);
                p.AddAll("author", citation.Authors);
                p.Add("retrievedAt", citation.Accessed?.ToString());
            });
        }

        foreach (var entity in selection.Entities)
        {
            var schema = schemaOf[entity.Id];
            lines.Write(entity.Id, schema, p =>
            {
                p.Add("name", entity.Name);
                if (schema == "Contract")
                {
                    p.Add("title", entity.Name);
                }

                if (schema == "Address")
                {
                    p.Add("full", entity.Name);
                }

                p.AddAll("alias", entity.Aliases);
                p.AddAll("weakAlias", entity.Metonyms);
                p.Add(schema == "Person" ? "position" : "summary", entity.Role);
                p.Add("description", entity.Description);
                p.Add("country", entity.Identifiers.TryGetValue("iso3166Alpha2", out var country) ? country.ToLowerInvariant() : null);
                p.Add("wikidataId", entity.Identifiers.GetValueOrDefault("wikidata"));
            });
        }

        var positions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relation in relations)
        {
            var type = selection.TypeOf(relation);
            var source = schemaOf[relation.Source];
            var target = schemaOf[relation.Target];
            string schema, from, to;
            string? position = null;
            if (PostTypes.Contains(relation.Type) && source == "Person" && IsOrganization(target))
            {
                (schema, from, to) = ("Occupancy", "holder", "post");
                position = $"pos.{relation.Type}.{relation.Target}";
                if (positions.Add(position))
                {
                    var organization = selection.Graph.FindEntity(relation.Target)!;
                    lines.Write(position, "Position", p =>
                    {
                        p.Add("name", $"{type.Label} {organization.Name}");
                        p.Add("organization", organization.Id);
                    });
                }
            }
            else if (relation.Type == "member-of" && IsLegalEntity(source) && IsOrganization(target))
            {
                (schema, from, to) = ("Membership", "member", "organization");
            }
            else if (relation.Type == "wrote-for" && source == "Person" && IsOrganization(target))
            {
                (schema, from, to) = ("Employment", "employee", "employer");
            }
            else
            {
                (schema, from, to) = ("UnknownLink", "subject", "object");
            }

            lines.Write("rel." + relation.Id, schema, p =>
            {
                p.Add(from, relation.Source);
                p.Add(to, position ?? relation.Target);
                if (schema != "Occupancy")
                {
                    p.Add("role", type.Label);
                }

                var support = selection.SupportOf(relation);
                p.Add("status", FlatAttributes.Lower(relation.Certainty));
                if (support.Contested)
                {
                    p.Add("status", "contested");
                }

                p.Add("date", relation.Time.Point?.ToString());
                p.Add("startDate", relation.Time.Start?.ToString());
                p.Add("endDate", relation.Time.End?.ToString());
                var qualifiers = relation.Qualifiers.IsEmpty ? string.Empty : $" ({string.Join("; ", relation.Qualifiers.Select(q => $"{q.Key}: {q.Value}"))})";
                p.Add("summary", $"{selection.Graph.FindEntity(relation.Source)!.Name} {type.Label} {selection.Graph.FindEntity(relation.Target)!.Name}{qualifiers}");
                foreach (var evidence in relation.Evidence)
                {
                    p.Add("description", FlatAttributes.EvidenceSummary([evidence]));
                    p.Add("sourceUrl", evidence.Citation?.Url);
                    p.Add("publisher", evidence.Citation?.Outlet);
                }

                foreach (var document in support.Documents.Select(selection.Graph.FindDocument).OfType<SourceDocument>())
                {
                    p.Add("publisher", document.Outlet);
                    p.Add("sourceUrl", document.Url);
                }

                p.Add("description", SourcesInWords(relation, support));

                p.Add("recordId", relation.Id);
            });
        }

        foreach (var entity in selection.Entities)
        {
            foreach (var mention in entity.Mentions)
            {
                lines.Write($"mention.{entity.Id}.{mention.Document}", "Documentation", p =>
                {
                    p.Add("document", DocumentId(mention.Document));
                    p.Add("entity", entity.Id);
                    p.Add("role", "mentioned in paragraph " + string.Join(", ", mention.Paragraphs.Select(n => n.ToString(CultureInfo.InvariantCulture))));
                });
            }
        }
    }

    /// <summary>
    /// Gets a relation's sources in words, since no FtM property links an interval to documents: e.g.
    /// <c>sources: a, b; independent outlets: 2; contested: stated by a; denied by b</c>.
    /// </summary>
    internal static string SourcesInWords(Relation relation, RelationSupport support)
    {
        var words = new StringBuilder("sources: ").Append(support.Documents.IsEmpty ? "none" : string.Join(", ", support.Documents))
            .Append("; independent outlets: ").Append(support.OutletCount.ToString(CultureInfo.InvariantCulture));
        if (!support.DisputingDocuments.IsEmpty)
        {
            words.Append("; disputed by: ").Append(string.Join(", ", support.DisputingDocuments));
        }

        words.Append("; contested: ");
        if (!support.Contested)
        {
            return words.Append("no").ToString();
        }

        return words.Append(string.Join("; ", relation.Positions.Select(p =>
        {
            var side = FlatAttributes.Lower(p.Certainty);
            if (!p.Time.IsUnknown)
            {
                side += " " + p.Time.ToDisplayString();
            }

            if (!p.Qualifiers.IsEmpty)
            {
                side += " (" + string.Join("; ", p.Qualifiers.Select(q => $"{q.Key}: {q.Value}")) + ")";
            }

            return side + " by " + string.Join(", ", p.Documents);
        }))).ToString();
    }

    private static string SchemaOf(string kind) => SchemaOfKind.GetValueOrDefault(kind, "LegalEntity");

    private static bool IsOrganization(string schema) => schema is "Organization" or "PublicBody";

    private static bool IsLegalEntity(string schema) => schema is "Person" or "LegalEntity" || IsOrganization(schema);

    private static string DocumentId(string document) => "doc." + document;

    /// <summary>A footnote's citation is its document's; background citations belong to their relation.</summary>
    private static string CitationId(Relation relation, Evidence evidence) => evidence is { Document: { } document, Footnote: { } footnote }
        ? $"doc.{document}.fn{footnote.ToString(CultureInfo.InvariantCulture)}"
        : $"rel.{relation.Id}.citation{relation.Evidence.IndexOf(evidence).ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Writes entities, one compact JSON object a line.</summary>
    private sealed class FtmLines(Stream output)
    {
        private static readonly byte[] NewLine = "\n"u8.ToArray();

        public void Write(string id, string schema, Action<FtmProperties> fill)
        {
            var properties = new FtmProperties();
            fill(properties);
            using (var w = new Utf8JsonWriter(output, ExportJson.Compact))
            {
                w.WriteStartObject();
                w.WriteString("id", id);
                w.WriteString("schema", schema);
                w.WriteStartObject("properties");
                foreach (var (name, values) in properties.Values)
                {
                    w.WritePropertyName(name);
                    ExportJson.WriteStringList(w, values);
                }

                w.WriteEndObject();
                w.WriteEndObject();
            }

            output.Write(NewLine);
        }
    }

    /// <summary>Property values in the order added, each list without repeats or blanks.</summary>
    private sealed class FtmProperties
    {
        public List<(string Name, List<string> Values)> Values { get; } = [];

        public void Add(string name, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return;
            }

            var list = Values.FirstOrDefault(v => v.Name == name).Values;
            if (list is null)
            {
                list = [];
                Values.Add((name, list));
            }

            if (!list.Contains(value, StringComparer.Ordinal))
            {
                list.Add(value);
            }
        }

        public void AddAll(string name, IEnumerable<string> values)
        {
            foreach (var value in values)
            {
                Add(name, value);
            }
        }
    }
}
