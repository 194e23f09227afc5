using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Loading;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// The draft data files for a newly extracted document, in the layout of <c>graph-data/</c> and marked
/// <c>"status": "unreviewed"</c> so the loader skips them until a person has reviewed them:
/// <c>documents/&lt;id&gt;.json</c>, <c>entities/&lt;id&gt;.json</c> (new candidates only) and
/// <c>relations/&lt;id&gt;.json</c>. A candidate that repeats a relation of the graph (same source, target and
/// type, either direction for symmetric types, and the same factual standing) is not a new relation: it is
/// listed under <c>evidenceAdditions</c>, which the loader appends to that relation's evidence once reviewed.
/// </summary>
public sealed class ExtractionDraft
{
    private ExtractionDraft(string documentId, string documentJson, string entitiesJson, string relationsJson, int newEntities, int newRelations, int evidenceAdditions)
    {
        DocumentId = documentId;
        DocumentJson = documentJson;
        EntitiesJson = entitiesJson;
        RelationsJson = relationsJson;
        NewEntityCount = newEntities;
        NewRelationCount = newRelations;
        EvidenceAdditionCount = evidenceAdditions;
    }

    /// <summary>Gets the document's id.</summary>
    public string DocumentId { get; }

    /// <summary>Gets the content of <c>documents/&lt;id&gt;.json</c>.</summary>
    public string DocumentJson { get; }

    /// <summary>Gets the content of <c>entities/&lt;id&gt;.json</c>.</summary>
    public string EntitiesJson { get; }

    /// <summary>Gets the content of <c>relations/&lt;id&gt;.json</c>.</summary>
    public string RelationsJson { get; }

    /// <summary>Gets the number of new entity candidates in the draft.</summary>
    public int NewEntityCount { get; }

    /// <summary>Gets the number of new relations in the draft.</summary>
    public int NewRelationCount { get; }

    /// <summary>Gets the number of existing relations the draft adds evidence to.</summary>
    public int EvidenceAdditionCount { get; }

    /// <summary>Builds the draft files from an extraction result.</summary>
    /// <param name="graph">The graph the result was extracted against; its relations decide what is new.</param>
    /// <param name="result">The extraction result.</param>
    /// <param name="documentId">The new document's id, a lowercase slug.</param>
    /// <param name="fileName">The article's file name, recorded in the document file; optional.</param>
    /// <param name="minConfidence">Candidates below this confidence are left out of the draft.</param>
    /// <returns>The draft.</returns>
    /// <exception cref="ExtractionInputException">The id is not a lowercase slug, or the graph already has a document with that id.</exception>
    public static ExtractionDraft Create(Graph graph, ExtractionResult result, string documentId, string? fileName = null, double minConfidence = 0.0)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(documentId);
        if (!Loading.FileReader.IdPattern().IsMatch(documentId))
        {
            throw new ExtractionInputException($"The document id \"{documentId}\" is not a lowercase slug such as \"my-article\".", nameof(documentId));
        }

        if (graph.FindDocument(documentId) is not null)
        {
            throw new ExtractionInputException($"The graph already has a document \"{documentId}\"; choose another id.", nameof(documentId));
        }

        var kept = result.Relations.Where(r => r.Confidence >= minConfidence).ToList();
        var (relations, additions) = Merge(graph, kept, documentId);
        var newEntities = result.Entities.Where(e => e.IsNew).ToList();
        var used = relations.SelectMany(r => new[] { r.Source, r.Target }).ToHashSet(StringComparer.Ordinal);
        var entityIds = result.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        return new ExtractionDraft(
            documentId,
            WriteDocument(result, documentId, fileName, entityIds),
            WriteEntities(newEntities, documentId, used),
            WriteRelations(relations, additions, documentId, result.Entities),
            newEntities.Count,
            relations.Count,
            additions.Count);
    }

    /// <summary>
    /// Writes the three files under <paramref name="dataDirectory"/>, each first to a temporary file that is then
    /// moved into place, so a failure never leaves a half-written file. Existing drafts are replaced only with
    /// <paramref name="replaceDrafts"/>; a reviewed file is never replaced.
    /// </summary>
    /// <param name="dataDirectory">The data folder (with <c>documents/</c>, <c>entities/</c>, <c>relations/</c>).</param>
    /// <param name="replaceDrafts">Whether existing unreviewed drafts of the same id may be replaced.</param>
    /// <returns>The paths written.</returns>
    /// <exception cref="IOException">A target file exists and is reviewed, or is a draft and <paramref name="replaceDrafts"/> is false.</exception>
    public ImmutableArray<string> WriteTo(string dataDirectory, bool replaceDrafts = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        var files = new[]
        {
            (Path: Path.Combine(dataDirectory, "documents", DocumentId + ".json"), Content: DocumentJson),
            (Path: Path.Combine(dataDirectory, "entities", DocumentId + ".json"), Content: EntitiesJson),
            (Path: Path.Combine(dataDirectory, "relations", DocumentId + ".json"), Content: RelationsJson),
        };
        foreach (var (path, _) in files)
        {
            if (!File.Exists(path))
            {
                continue;
            }

            if (!IsDraftFile(path))
            {
                throw new IOException($"{path}: the file exists and is not an unreviewed draft; curated data is never overwritten. Choose another document id.");
            }

            if (!replaceDrafts)
            {
                throw new IOException($"{path}: an unreviewed draft already exists; replace it explicitly (kg extract --replace-drafts) or remove it.");
            }
        }

        var temps = new List<(string Temp, string Path)>();
        try
        {
            foreach (var (path, content) in files)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                var temp = path + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
                File.WriteAllText(temp, content, new UTF8Encoding(false));
                temps.Add((temp, path));
            }

            foreach (var (temp, path) in temps)
            {
                File.Move(temp, path, overwrite: true);
            }
        }
        finally
        {
            foreach (var (temp, _) in temps.Where(t => File.Exists(t.Temp)))
            {
                File.Delete(temp);
            }
        }

        return [.. files.Select(f => f.Path)];
    }

    private static bool IsDraftFile(string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            return doc.RootElement.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.String && s.GetString() == "unreviewed";
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private sealed record DraftRelation(string Id, RelationCandidate First, List<RelationCandidate> All)
    {
        public string Source => First.Source;

        public string Target => First.Target;
    }

    private static (List<DraftRelation> Relations, List<(string RelationId, List<RelationCandidate> Evidence)> Additions) Merge(Graph graph, List<RelationCandidate> candidates, string documentId)
    {
        var relations = new List<DraftRelation>();
        var additions = new List<(string, List<RelationCandidate>)>();
        var ids = new HashSet<string>(graph.Relations.Select(r => r.Id), StringComparer.Ordinal);
        foreach (var group in candidates.GroupBy(c => (c.Source, c.Target, c.Type, c.Certainty)))
        {
            var (source, target, typeName, certainty) = group.Key;
            var symmetric = graph.FindRelationType(typeName)?.Symmetric ?? false;
            var existing = graph.Relations.FirstOrDefault(r => r.Type == typeName
                && ((r.Source == source && r.Target == target) || (symmetric && r.Source == target && r.Target == source))
                && (r.Certainty == certainty || (r.Certainty.IsFactual() && certainty.IsFactual()))
                && SameTime(r.Time, group.Select(c => c.Time).FirstOrDefault(t => t is { IsUnknown: false })));
            if (existing is not null)
            {
                additions.Add((existing.Id, group.ToList()));
                continue;
            }

            var id = Slug($"{documentId}-{source}-{typeName}-{target}");
            var n = 2;
            var baseId = id;
            while (!ids.Add(id))
            {
                id = $"{baseId}-{n++}";
            }

            relations.Add(new DraftRelation(id, group.First(), group.ToList()));
        }

        return (relations, additions);
    }

    /// <summary>Two times may be the same event unless both are known and share no day (a call in April is not the call in March).</summary>
    private static bool SameTime(RelationTime existing, RelationTime? candidate) =>
        existing.IsUnknown || candidate is null || candidate.IsUnknown || existing.Overlaps(candidate.Earliest, candidate.Latest);

    private static string Slug(string s) => s.Length <= 120 ? s : s[..120].TrimEnd('-');

    private static string WriteDocument(ExtractionResult result, string documentId, string? fileName, HashSet<string> entityIds)
    {
        var document = new SourceDocument
        {
            Id = documentId,
            Title = result.Title ?? documentId,
            File = fileName,
            Language = "en",
            ParagraphCount = result.ParagraphCount,
            Description = "Draft written by the extractor; review the title, footnotes and authors.",
            Footnotes = [.. result.Footnotes.Select(f => new Footnote(f.Number, f.Paragraph, new Citation
            {
                Authors = [.. f.Authors.Select(a => result.Entities.FirstOrDefault(e => e.Mentions.Any(m => m.Paragraph == f.Paragraph && m.Text == a))?.Id)
                    .OfType<string>().Where(entityIds.Contains)],
                Title = f.Title,
                Outlet = f.Outlet ?? "unknown",
                OutletEntity = f.Outlet is null ? null : result.Entities.FirstOrDefault(e => e.Mentions.Any(m => m.Paragraph == f.Paragraph && m.Text == f.Outlet))?.Id,
                Url = f.Url is not null && Uri.TryCreate(f.Url, UriKind.Absolute, out _) ? f.Url : null,
                Accessed = f.Accessed,
            }))],
        };
        return DataFileWriter.ToText(s => DataFileWriter.WriteDocumentFile(s, document, DataFileLayout.Unreviewed));
    }

    private static string WriteEntities(List<EntityCandidate> entities, string documentId, HashSet<string> used)
    {
        var drafts = entities.Select(e => new Entity
        {
            Id = e.Id,
            Kind = e.Kind,
            Name = e.Name,
            Aliases = e.Aliases,
            Role = e.Role,
            Identifiers = Identifiers(e),
            Description = string.Create(CultureInfo.InvariantCulture, $"Proposed by the extractor (rule {e.Rule}, confidence {e.Confidence:0.00}); review the kind and name."),
            Mentions = [new Mention(documentId, [.. e.Mentions.Select(m => m.Paragraph).Distinct().Order()])],
            Isolated = used.Contains(e.Id) ? null : "The extractor found no relation for it; relate it or remove it when reviewing.",
        });
        return DataFileWriter.ToText(s => DataFileWriter.WriteEntitiesFile(s, drafts, DataFileLayout.Unreviewed));
    }

    private static ImmutableSortedDictionary<string, string> Identifiers(EntityCandidate e)
    {
        var identifiers = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (e.IsoAlpha2 is not null)
        {
            identifiers["iso3166Alpha2"] = e.IsoAlpha2;
        }

        if (e.IsoAlpha3 is not null)
        {
            identifiers["iso3166Alpha3"] = e.IsoAlpha3;
        }

        return identifiers.ToImmutable();
    }

    private static string WriteRelations(List<DraftRelation> relations, List<(string RelationId, List<RelationCandidate> Evidence)> additions, string documentId, ImmutableArray<EntityCandidate> entities)
    {
        // For the reviewer (kg review): how the text wrote each end in the first evidence sentence.
        string? Form(string id, CandidateEvidence at) => entities.FirstOrDefault(e => e.Id == id)?.Mentions
            .FirstOrDefault(m => m.Paragraph == at.Paragraph && m.Sentence == at.Sentence && m.Start >= at.Start && m.Start < at.Start + Math.Max(1, at.Length))?.Text;
        var drafts = relations.Select(r =>
        {
            var c = r.First;
            var qualifiers = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            qualifiers["extractionRule"] = c.Rule;
            qualifiers["extractionConfidence"] = r.All.Max(x => x.Confidence).ToString("0.00", CultureInfo.InvariantCulture);
            if (c.ModalityCue is not null)
            {
                qualifiers["modalityCue"] = c.ModalityCue;
            }

            if (c.Modality is { } modality)
            {
                qualifiers["modality"] = modality.ToString().ToLowerInvariant();
            }

            foreach (var (key, form) in new[] { ("sourceForm", Form(c.Source, c.Evidence)), ("targetForm", Form(c.Target, c.Evidence)) })
            {
                if (form is not null)
                {
                    qualifiers[key] = form;
                }
            }

            return new Relation
            {
                Id = r.Id,
                Type = c.Type,
                Source = c.Source,
                Target = c.Target,
                Time = r.All.Select(x => x.Time).FirstOrDefault(t => t is { IsUnknown: false }) ?? RelationTime.Unknown,
                Certainty = c.Certainty,
                Qualifiers = qualifiers.ToImmutable(),
                Evidence = Evidence(r.All, documentId),
            };
        });
        var evidenceAdditions = additions.Select(a => new EvidenceAddition(a.RelationId, Evidence(a.Evidence, documentId)));
        return DataFileWriter.ToText(s => DataFileWriter.WriteRelationsFile(s, documentId, DataFileLayout.Unreviewed, drafts, evidenceAdditions));
    }

    private static ImmutableArray<Evidence> Evidence(List<RelationCandidate> candidates, string documentId) =>
    [
        .. candidates.DistinctBy(c => (c.Evidence.Paragraph, c.Evidence.Footnote)).Select(c => new Evidence
        {
            Document = documentId,
            Paragraph = c.Evidence.Paragraph,
            Footnote = c.Evidence.Footnote,
            Note = string.Create(CultureInfo.InvariantCulture,
                $"Extractor: {(string.IsNullOrEmpty(c.Trigger) ? c.Concept : $"\"{c.Trigger}\" ({c.Concept})")} in sentence {c.Evidence.Sentence} (characters {c.Evidence.Start}-{c.Evidence.Start + c.Evidence.Length}), rule {c.Rule}, confidence {c.Confidence:0.00}. Review and restate in your own words."),
        }),
    ];
}
