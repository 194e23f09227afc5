namespace KnowledgeGraph.Extraction;

/// <summary>
/// "Galuzin, Russia's deputy foreign minister, held talks in Moscow with Safaryan, Armenia's deputy foreign minister":
/// when two officials of different states met in the capital of one of them, the other came there, and visited
/// that state. Only for talks the rules have already found in the sentence (the visit takes their modality), with each official's state known
/// from the office, and a capital named after "in".
/// </summary>
internal sealed class MeetingPlaceVisitRule : RelationRule
{
    /// <inheritdoc/>
    public override string Name => "meeting-place-visit";

    /// <inheritdoc/>
    public override double BaseConfidence => 0.65;

    /// <inheritdoc/>
    public override string Pattern => "talks found in the sentence between officials of two states, \"in\" the capital of one of them: the other official visited that state";

    /// <inheritdoc/>
    public override IEnumerable<string> Types(TriggerLexicon lexicon) => lexicon.TypesOf("visit");

    /// <inheritdoc/>
    public override RuleScope Scope => RuleScope.Body;

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        var (run, view) = (context.Run, context.View);
        if (run.Model.Lexicon.Concept("visit") is not { } visit)
        {
            return;
        }

        // The one capital the sentence names after "in".
        var hosts = view.Mentions.Where(m => view.Key(m.First - 1) == "in")
            .Select(m => (Mention: m, State: run.Entity(m.EntityId) is { } e && e.Kind == run.Model.PlaceKind ? run.Model.StateOfCapital(e.Name) : null))
            .Where(x => x.State is not null).ToList();
        if (hosts.Select(h => h.State).Distinct(StringComparer.Ordinal).Count() != 1 || run.Entity(hosts[0].State!) is not { } host)
        {
            return;
        }

        var talks = run.ProposalsIn(view).Where(p => p.Concept == "meeting").ToList();
        foreach (var p in talks)
        {
            if (run.Entity(p.Source) is not { } a || run.Entity(p.Target) is not { } b || !run.Model.IsPersonKind(a.Kind) || !run.Model.IsPersonKind(b.Kind))
            {
                continue;
            }

            var (local, guest) = run.Model.IsOfficialOf(a, host) ? (a, b) : run.Model.IsOfficialOf(b, host) ? (b, a) : (null, null);
            if (local is null || guest is null || run.Model.IsOfficialOf(guest, host) || !run.Model.StatesServedBy(guest).Any())
            {
                continue;
            }

            var at = hosts[0].Mention;
            TriggerFrameRule.EmitResolved(run, view, context.Paragraph, visit, guest.Id, host.Id, p.Modality ?? new ModalitySpan(p.SpanFirst, p.SpanLast, ClauseAnalyzer.ClauseStart(view, p.SpanFirst)), null,
                Math.Min(p.SpanFirst, at.First), Math.Max(p.SpanLast, at.Last), BaseConfidence, Name, view.Tokens[at.First - 1].Text + " " + view.Text(at.First, at.Last));
        }
    }
}
