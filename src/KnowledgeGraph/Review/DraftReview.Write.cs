using System.Collections.Immutable;
using KnowledgeGraph.Loading;
using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Review;

/// <summary>Writing the reviewed files: what the decisions keep, checked by loading the folder, then moved into place.</summary>
public sealed partial class DraftReview
{
    /// <summary>
    /// Writes the reviewed files (<c>"status": "reviewed"</c>) from the decisions: the document; the accepted entity
    /// candidates (the entities file goes when none is kept); the accepted relations with their edits and the ids their
    /// ends were linked to, a relation that then repeats one of the graph becoming evidence for it; the accepted evidence
    /// additions; and the rejected relations and links as judgements in <c>resolution.json</c>. Candidates skipped or not
    /// decided are left out without a judgement. The folder is first loaded with the new files in memory; only when it
    /// loads are the files written, each to a temporary file and then moved over its draft (document, entities,
    /// relations, resolution, in that order, so the folder loads after each move).
    /// </summary>
    /// <param name="decidedBy">Who decided, recorded with each judgement.</param>
    /// <returns>What was written and what was left out.</returns>
    /// <exception cref="GraphDataException">
    /// The draft's files changed since <see cref="Open"/>, or the folder (read again now) would not load with the
    /// reviewed files; nothing is written, and every problem names its file.
    /// </exception>
    /// <exception cref="IOException">A file could not be written; the files already moved into place stay.</exception>
    public ReviewResult Write(string decidedBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(decidedBy);
        var current = GraphDataSource.FromDirectory(Directory);
        var paths = DraftPaths(DocumentId);
        if (Hash(current.Where(f => paths.Contains(f.Path) && IsDraft(f))) != DraftVersion)
        {
            throw Problem(paths[2], $"The draft \"{DocumentId}\" changed since the review began (version {DraftVersion}); review it again.");
        }

        var plan = Plan(decidedBy, current);
        GraphLoader.Load([.. current.Where(f => !plan.Files.Any(p => p.Path == f.Path)), .. plan.Files.Where(p => p.Content is not null).Select(p => new GraphDataFile(p.Path, p.Content!))]);

        var written = new List<string>();
        var removed = new List<string>();
        var temporaries = new List<(string Temporary, string Path)>();
        try
        {
            foreach (var (path, content) in plan.Files.Where(p => p.Content is not null))
            {
                var full = Path.Combine(Directory, path);
                var temporary = full + ".tmp-" + Guid.NewGuid().ToString("N");
                File.WriteAllBytes(temporary, content!);
                temporaries.Add((temporary, full));
            }

            foreach (var (path, content) in plan.Files)
            {
                var full = Path.Combine(Directory, path);
                if (content is null)
                {
                    File.Delete(full);
                    removed.Add(full);
                }
                else
                {
                    File.Move(temporaries.First(t => t.Path == full).Temporary, full, overwrite: true);
                    written.Add(full);
                }
            }
        }
        finally
        {
            foreach (var (temporary, _) in temporaries.Where(t => File.Exists(t.Temporary)))
            {
                File.Delete(temporary);
            }
        }

        return plan.Result with { Written = [.. written], Removed = [.. removed] };
    }

    private sealed record WritePlan(List<(string Path, byte[]? Content)> Files, ReviewResult Result);

    private WritePlan Plan(string decidedBy, IReadOnlyList<GraphDataFile> files)
    {
        var dropped = new List<string>();
        var leftOut = new List<string>();
        var kept = new List<Entity>();
        foreach (var c in Candidates.Where(c => c.Kind == ReviewCandidateKind.Entity))
        {
            switch (decisions.GetValueOrDefault(c.Key)?.Action)
            {
                case ReviewAction.Accept:
                    kept.Add(c.Entity!);
                    break;
                case null or ReviewAction.Skip:
                    leftOut.Add(c.Key);
                    break;
            }
        }

        var (relations, additions, rejectedRelations, rejectedLinks) = PlanRelations(decidedBy, dropped, leftOut);
        var used = relations.SelectMany(r => new[] { r.Source, r.Target }).ToHashSet(StringComparer.Ordinal);
        var entities = kept.Select(e => e with
        {
            Isolated = used.Contains(e.Id) ? null : "Kept by the review without a relation of its own.",
        }).ToList();

        var paths = DraftPaths(DocumentId);
        var planned = new List<(string Path, byte[]? Content)>();
        if (files.FirstOrDefault(f => f.Path == paths[0]) is { } document && IsDraft(document))
        {
            planned.Add((paths[0], Bytes(s => DataFileWriter.WriteDocumentFile(s, ReviewedDocument(), DataFileLayout.Reviewed))));
        }

        if (entities.Count > 0)
        {
            planned.Add((paths[1], Bytes(s => DataFileWriter.WriteEntitiesFile(s, entities, DataFileLayout.Reviewed))));
        }
        else if (files.Any(f => f.Path == paths[1] && IsDraft(f)))
        {
            planned.Add((paths[1], null));
        }

        planned.Add((paths[2], Bytes(s => DataFileWriter.WriteRelationsFile(s, DocumentId, DataFileLayout.Reviewed, relations,
            additions.Select(a => new EvidenceAddition(a.Relation, [.. a.Evidence]))))));
        if (rejectedRelations.Count > 0 || rejectedLinks.Count > 0)
        {
            var existing = files.FirstOrDefault(f => f.Path == DataFileLayout.ResolutionFile);
            planned.Add((DataFileLayout.ResolutionFile, ResolutionFile.WithJudgements(existing?.Content, Path.Combine(Directory, DataFileLayout.ResolutionFile), rejectedRelations, rejectedLinks)));
        }

        return new WritePlan(planned, new ReviewResult
        {
            Written = [],
            Removed = [],
            Entities = [.. entities.Select(e => e.Id)],
            Relations = [.. relations.Select(r => r.Id)],
            EvidenceAdditions = [.. additions.Select(a => a.Relation)],
            Dropped = [.. dropped],
            LeftOut = [.. leftOut],
            RejectedRelations = [.. rejectedRelations],
            RejectedLinks = [.. rejectedLinks],
        });
    }

    private (List<Relation> Relations, List<(string Relation, List<Evidence> Evidence)> Additions, List<RejectedRelation> RejectedRelations, List<RejectedLink> RejectedLinks)
        PlanRelations(string decidedBy, List<string> dropped, List<string> leftOut)
    {
        var relations = new List<Relation>();
        var additions = new List<(string Relation, List<Evidence> Evidence)>();
        var rejectedRelations = new List<RejectedRelation>();
        var rejectedLinks = new List<RejectedLink>();
        var ids = Graph.Relations.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        void Add(string relation, IEnumerable<Evidence> evidence)
        {
            var entry = additions.FirstOrDefault(a => a.Relation == relation);
            if (entry.Evidence is null)
            {
                additions.Add(entry = (relation, []));
            }

            entry.Evidence.AddRange(evidence.Where(e => !entry.Evidence.Any(x => x.Paragraph == e.Paragraph && x.Footnote == e.Footnote)));
        }

        foreach (var c in Candidates.Where(c => c.Kind == ReviewCandidateKind.Relation))
        {
            var d = decisions.GetValueOrDefault(c.Key);
            var r = c.Relation!;
            if (d is { Action: ReviewAction.RejectLink, End: { } end })
            {
                var (id, form) = end == RelationEnd.Source ? (r.Source, Form(r, "source")!) : (r.Target, Form(r, "target")!);
                var link = new RejectedLink { Name = form, Entity = id, Document = DocumentId, DecidedBy = decidedBy, Note = d.Reason };
                if (!rejectedLinks.Concat(Graph.RejectedLinks).Any(j => SearchText.Normalize(j.Name) == SearchText.Normalize(form) && Graph.FindEntity(j.Entity)?.Id == Graph.FindEntity(id)?.Id))
                {
                    rejectedLinks.Add(link);
                }

                continue;
            }

            if (Block(c) is { } block)
            {
                if (d?.Action == ReviewAction.Skip || (d is null && block.Undecided))
                {
                    leftOut.Add(c.Key);
                }
                else
                {
                    dropped.Add($"\"{c.Key}\" is left out: {block.Why}.");
                }

                continue;
            }

            switch (d?.Action)
            {
                case null or ReviewAction.Skip:
                    leftOut.Add(c.Key);
                    break;
                case ReviewAction.Reject:
                    var judgement = new RejectedRelation
                    {
                        Source = FinalId(r.Source), Type = r.Type, Target = FinalId(r.Target), Certainty = r.Certainty,
                        Document = DocumentId, DecidedBy = decidedBy, Note = d.Reason,
                    };
                    if (!rejectedRelations.Concat(Graph.RejectedRelations).Any(j => SameJudgement(j, judgement)))
                    {
                        rejectedRelations.Add(judgement);
                    }

                    break;
                case ReviewAction.Accept:
                    var final = r with
                    {
                        Type = d.Type ?? r.Type,
                        Certainty = d.Certainty is null ? r.Certainty : ParseCertainty(d.Certainty)!.Value,
                        Source = FinalId(r.Source),
                        Target = FinalId(r.Target),
                    };
                    if (Graph.Relations.FirstOrDefault(g => Repeats(g, final)) is { } curated)
                    {
                        Add(curated.Id, final.Evidence);
                        dropped.Add($"\"{c.Key}\" repeats the graph's relation \"{curated.Id}\": its evidence is added to it.");
                    }
                    else if (relations.FindIndex(g => Repeats(g, final)) is var i and >= 0)
                    {
                        relations[i] = relations[i] with { Evidence = [.. relations[i].Evidence, .. final.Evidence.Where(e => !relations[i].Evidence.Any(x => x.Paragraph == e.Paragraph && x.Footnote == e.Footnote))] };
                        dropped.Add($"\"{c.Key}\" repeats the reviewed relation \"{relations[i].Id}\": its evidence is added to it.");
                    }
                    else
                    {
                        relations.Add(final with { Id = final == r ? r.Id : NewId(final, ids) });
                    }

                    break;
            }
        }

        foreach (var c in Candidates.Where(c => c.Kind == ReviewCandidateKind.EvidenceAddition))
        {
            switch (decisions.GetValueOrDefault(c.Key)?.Action)
            {
                case ReviewAction.Accept:
                    Add(c.Relation!.Id, c.Evidence);
                    break;
                case null or ReviewAction.Skip:
                    leftOut.Add(c.Key);
                    break;
            }
        }

        return (relations, additions, rejectedRelations, rejectedLinks);
    }

    /// <summary>A new id for a relation whose type or ends the review changed: <c>document-source-type-target</c>, unique.</summary>
    private string NewId(Relation relation, HashSet<string> taken)
    {
        var baseId = $"{DocumentId}-{relation.Source}-{relation.Type}-{relation.Target}";
        baseId = baseId.Length <= 120 ? baseId : baseId[..120].TrimEnd('-');
        var id = baseId;
        var reserved = Candidates.Where(c => c.Kind == ReviewCandidateKind.Relation).Select(c => c.Relation!.Id).ToHashSet(StringComparer.Ordinal);
        for (var n = 2; !taken.Add(id) || (reserved.Contains(id) && id != relation.Id); n++)
        {
            id = $"{baseId}-{n}";
        }

        return id;
    }

    /// <summary>Whether a relation states what another does: type, ends (either way for symmetric types), factual standing, a time that can be the same.</summary>
    private bool Repeats(Relation existing, Relation candidate)
    {
        var symmetric = Graph.FindRelationType(candidate.Type)?.Symmetric ?? false;
        return existing.Type == candidate.Type
            && ((existing.Source == candidate.Source && existing.Target == candidate.Target) || (symmetric && existing.Source == candidate.Target && existing.Target == candidate.Source))
            && (existing.Certainty == candidate.Certainty || (existing.Certainty.IsFactual() && candidate.Certainty.IsFactual()))
            && (existing.Time.IsUnknown || candidate.Time.IsUnknown || existing.Time.Overlaps(candidate.Time.Earliest, candidate.Time.Latest));
    }

    /// <summary>Whether an existing judgement already rejects what a new one would (ids compared as the entities they name).</summary>
    private bool SameJudgement(RejectedRelation existing, RejectedRelation added) =>
        (Graph.FindEntity(existing.Source)?.Id ?? existing.Source) == added.Source && (Graph.FindEntity(existing.Target)?.Id ?? existing.Target) == added.Target
        && existing.Type == added.Type && existing.Covers(added.Certainty!.Value);

    /// <summary>The draft's document with its footnotes' authors and outlets following the decisions about them.</summary>
    private SourceDocument ReviewedDocument()
    {
        var document = DraftGraph.FindDocument(DocumentId)!;
        string? Keep(string? id) => id is null || !IsDraftEntity(id)
            ? id
            : decisions.GetValueOrDefault(EntityPrefix + id)?.Action switch
            {
                ReviewAction.Accept => id,
                ReviewAction.Link => FinalId(id),
                _ => null,
            };

        return document with
        {
            Authors = [.. document.Authors.Select(Keep).OfType<string>()],
            Footnotes = [.. document.Footnotes.Select(f => f with
            {
                Citation = f.Citation with
                {
                    Authors = [.. f.Citation.Authors.Select(Keep).OfType<string>()],
                    OutletEntity = Keep(f.Citation.OutletEntity),
                },
            })],
        };
    }

    private static byte[] Bytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}
