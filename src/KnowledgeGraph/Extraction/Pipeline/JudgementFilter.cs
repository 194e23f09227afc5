using System.Collections.Immutable;
using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// The last step of an extraction: honours the reviewers' judgements of <c>resolution.json</c>
/// (<see cref="Graph.RejectedRelations"/>, <see cref="Graph.RejectedLinks"/>). A candidate with the ends, type and
/// factual standing of a rejected relation is left out (either direction for symmetric types; ids merged into an entity
/// count as that entity). A mention written as a rejected name is not linked to the entity the reviewer rejected for
/// it: the mention leaves the entity's mentions (the entity leaves the result when none is left) and the candidates
/// that rest on it are left out. Each is named in the notices.
/// </summary>
internal sealed class JudgementFilter
{
    private readonly ILookup<(string Source, string Target, string Type), RejectedRelation> relations;
    private readonly HashSet<(string Name, string Entity)> links;
    private readonly Graph graph;

    public JudgementFilter(Graph graph)
    {
        this.graph = graph;
        relations = graph.RejectedRelations.ToLookup(j => (Canonical(j.Source), Canonical(j.Target), j.Type));
        links = [.. graph.RejectedLinks.Select(j => (SearchText.Normalize(j.Name), Canonical(j.Entity)))];
    }

    public ExtractionResult Apply(ExtractionResult result)
    {
        if (!relations.Any() && links.Count == 0)
        {
            return result;
        }

        var notices = new SortedSet<string>(result.Notices, StringComparer.Ordinal);
        var unlinked = result.Entities
            .SelectMany(e => e.Mentions.Where(m => links.Contains((SearchText.Normalize(m.Text), e.Id))).Select(m => (Entity: e.Id, Mention: m)))
            .ToHashSet();
        foreach (var (entity, m) in unlinked)
        {
            notices.Add($"The mention \"{m.Text}\" (paragraph {m.Paragraph}) is not linked to \"{entity}\": a reviewer rejected that link (resolution.json, judgements.links).");
        }

        bool RestsOnUnlinked(string entity, CandidateEvidence at) => unlinked.Any(u => u.Entity == entity && u.Mention.Paragraph == at.Paragraph
            && u.Mention.Sentence == at.Sentence && u.Mention.Start >= at.Start && u.Mention.Start < at.Start + Math.Max(1, at.Length));

        var kept = ImmutableArray.CreateBuilder<RelationCandidate>();
        foreach (var c in result.Relations)
        {
            if (Rejected(c) is { } judgement)
            {
                notices.Add($"A reviewer rejected \"{judgement.Source}\" {judgement.Type} \"{judgement.Target}\" (resolution.json, judgements.relations); such candidates were left out.");
            }
            else if (!RestsOnUnlinked(c.Source, c.Evidence) && !RestsOnUnlinked(c.Target, c.Evidence))
            {
                kept.Add(c);
            }
        }

        var entities = result.Entities
            .Select(e => e with { Mentions = [.. e.Mentions.Where(m => !unlinked.Contains((e.Id, m)))] })
            .Where(e => !e.Mentions.IsEmpty)
            .ToImmutableArray();
        return result with { Entities = entities, Relations = kept.ToImmutable(), Notices = [.. notices] };
    }

    private RejectedRelation? Rejected(RelationCandidate c)
    {
        var symmetric = graph.FindRelationType(c.Type)?.Symmetric ?? false;
        return relations[(c.Source, c.Target, c.Type)]
            .Concat(symmetric ? relations[(c.Target, c.Source, c.Type)] : [])
            .FirstOrDefault(j => j.Covers(c.Certainty));
    }

    private string Canonical(string id) => graph.FindEntity(id)?.Id ?? id;
}
