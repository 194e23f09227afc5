namespace KnowledgeGraph.Extraction;

/// <summary>What a footnote's citation says: the outlet reported on the cited title's subject; the author wrote for the outlet.</summary>
internal sealed partial class DocumentRun
{
    private static readonly string[] ReportKeywords = ["report", "cover"];
    private static readonly string[] WroteKeywords = ["wrote", "write", "author"];

    private void CitationRelations(SentenceView view, Paragraph paragraph, ExtractedFootnote footnote, string? outletId, List<string> authorIds)
    {
        var outlet = outletId is null ? null : Entity(outletId);
        foreach (var author in authorIds.Select(Entity).OfType<KnownEntity>())
        {
            if (outlet is not null)
            {
                Structural(view, paragraph, model.Lexicon.Citation.WroteFor, WroteKeywords, author, outlet, null, 0, view.Tokens.Length - 1, 0.8, "citation-author");
            }
        }

        if (footnote.Title is not { } title || paragraph.Text.IndexOf(title, StringComparison.Ordinal) is var at && at < 0)
        {
            return;
        }

        var start = paragraph.Start + at;
        var end = start + title.Length;
        var topics = view.Mentions
            .Where(m => view.Tokens[m.First].Start >= start && view.Tokens[m.Last].End <= end && m.CanBeArgument)
            .Select(m => (Mention: m, Entity: Entity(m.EntityId)!))
            .Where(x => x.Entity.Id != outletId && !authorIds.Contains(x.Entity.Id))
            .ToList();
        if (topics.Count == 0)
        {
            return;
        }

        // The most specific subject of the title: an event before a body, a body before an agreement, a person, a state.
        var best = topics.GroupBy(t => TopicRank(t.Entity.Kind)).OrderBy(g => g.Key).First().DistinctBy(t => t.Entity.Id).ToList();
        if (best.Count != 1)
        {
            return;
        }

        var (mention, topic) = best[0];
        foreach (var reporter in new[] { outlet }.Concat(authorIds.Select(Entity)).OfType<KnownEntity>())
        {
            Structural(view, paragraph, model.Lexicon.Citation.ReportedOn, ReportKeywords, reporter, topic, null, mention.First, mention.Last, 0.6, "citation-topic");
        }
    }

    private int TopicRank(string kind) =>
        kind == model.EventKind ? 0
        : kind == model.OrganizationKind || kind == model.MilitaryUnitKind ? 1
        : kind == model.AgreementKind ? 2
        : model.IsPersonKind(kind) || kind == model.WeaponKind ? 3
        : kind == model.StateKind ? 5
        : 4;
}
