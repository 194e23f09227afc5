namespace KnowledgeGraph.Extraction;

/// <summary>What a footnote's citation says: the outlet reported on the cited title's subject; the author wrote for the outlet.</summary>
internal sealed class CitationRule : RelationRule
{
    private static readonly string[] ReportKeywords = ["report", "cover"];
    private static readonly string[] WroteKeywords = ["wrote", "write", "author"];

    public override string Name => "citation-topic";

    public override double BaseConfidence => 0.6;

    public override string Pattern => "footnote: the outlet (and author) reported on the title's most specific subject (event > body > agreement > person > state, only when one); citation-author (0.8): the author wrote for the outlet";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) => lexicon.Citation.ReportedOn.Concat(lexicon.Citation.WroteFor);

    public override RuleScope Scope => RuleScope.Footnote;

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        if (context.Citation is { } c)
        {
            CitationRelations(context.Run, context.View, context.Paragraph, c.Footnote, c.OutletId, c.AuthorIds);
        }
    }

    private static void CitationRelations(DocumentRun run, SentenceView view, Paragraph paragraph, ExtractedFootnote footnote, string? outletId, List<string> authorIds)
    {
        var outlet = outletId is null ? null : run.Entity(outletId);
        foreach (var author in authorIds.Select(run.Entity).OfType<KnownEntity>())
        {
            if (outlet is not null)
            {
                run.Structural(view, paragraph, run.Model.Lexicon.Citation.WroteFor, WroteKeywords, author, outlet, null, 0, view.Tokens.Length - 1, 0.8, "citation-author");
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
            .Select(m => (Mention: m, Entity: run.Entity(m.EntityId)!))
            .Where(x => x.Entity.Id != outletId && !authorIds.Contains(x.Entity.Id))
            .ToList();
        if (topics.Count == 0)
        {
            return;
        }

        // The most specific subject of the title: an event before a body, a body before an agreement, a person, a state.
        var best = topics.GroupBy(t => TopicRank(run, t.Entity.Kind)).OrderBy(g => g.Key).First().DistinctBy(t => t.Entity.Id).ToList();
        if (best.Count != 1)
        {
            return;
        }

        var (mention, topic) = best[0];
        foreach (var reporter in new[] { outlet }.Concat(authorIds.Select(run.Entity)).OfType<KnownEntity>())
        {
            run.Structural(view, paragraph, run.Model.Lexicon.Citation.ReportedOn, ReportKeywords, reporter, topic, null, mention.First, mention.Last, 0.6, "citation-topic");
        }
    }

    private static int TopicRank(DocumentRun run, string kind) =>
        kind == run.Model.EventKind ? 0
        : kind == run.Model.OrganizationKind || kind == run.Model.MilitaryUnitKind ? 1
        : kind == run.Model.AgreementKind ? 2
        : run.Model.IsPersonKind(kind) || kind == run.Model.WeaponKind ? 3
        : kind == run.Model.StateKind ? 5
        : 4;
}
