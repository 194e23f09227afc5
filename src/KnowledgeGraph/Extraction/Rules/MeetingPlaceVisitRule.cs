namespace KnowledgeGraph.Extraction;

/// <summary>
/// "Galuzin, Russia's deputy foreign minister, held talks in Moscow with Safaryan, Armenia's deputy foreign minister":
/// when two officials of different states met in the capital of one of them, the other came there, and visited
/// that state. Only for talks the rules have already found in the sentence (the visit takes their modality), with each official's state known
/// from the office, and a capital named after "in". An official who welcomes (receives, hosts) one official of another state, with no
/// place, gathering or call named, receives the guest at home: the guest visited the host's state.
/// </summary>
internal sealed class MeetingPlaceVisitRule : RelationRule
{
    /// <inheritdoc/>
    public override string Name => "meeting-place-visit";

    /// <inheritdoc/>
    public override double BaseConfidence => 0.65;

    /// <inheritdoc/>
    public override string Pattern => "talks found in the sentence between officials of two states, \"in\" the capital of one of them (\"in the capital X\" too): the other official visited that state; \"A welcomed (received) B\" with B an official of another state, the only guest, and no place, gathering or call named: B visited A's state";

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

        var proposals = run.ProposalsIn(view).ToList();

        // The one capital the sentence names after "in" ("in Tashkent", "in the capital Tashkent", "in the Uzbek capital, Tashkent").
        var hosts = view.Mentions.Where(m => AfterIn(view, m.First))
            .Select(m => (Mention: m, State: run.Entity(m.EntityId) is not { } e ? null
                : e.Kind == run.Model.PlaceKind ? run.Model.StateOfCapital(e.Name)
                : e.Kind == run.Model.StateKind && m.Form == FormKind.Metonym ? e.Id : null)) // the capital read as its state
            .Where(x => x.State is not null).ToList();
        if (hosts.Select(h => h.State).Distinct(StringComparer.Ordinal).Count() != 1 || run.Entity(hosts[0].State!) is not { } host)
        {
            WelcomedGuests(context, visit, proposals);
            return;
        }

        // (A host of two or more guests at once holds a gathering: "Trump hosted Aliyev and Pashinyan in Washington" is a summit.)
        var talks = proposals.Where(p => p.Concept == "meeting" || (p.Concept == "host" && SoleGuest(proposals, p))).ToList();
        if (talks.SelectMany(p => new[] { p.Source, p.Target }).Distinct(StringComparer.Ordinal).Count() > 2)
        {
            return; // three or more who meet in one sentence hold a summit, which analysts do not read as visits
        }

        foreach (var p in talks)
        {
            if (run.Entity(p.Source) is not { } a || run.Entity(p.Target) is not { } b || !run.Model.IsPersonKind(a.Kind) || !run.Model.IsPersonKind(b.Kind))
            {
                continue;
            }

            // (One who hosts is the local: "Aliyev welcomed Borg in Baku".)
            var (local, guest) = run.Model.IsOfficialOf(a, host) ? (a, b) : run.Model.IsOfficialOf(b, host) && p.Concept != "host" ? (b, a) : (null, null);
            if (local is null || guest is null || run.Model.IsOfficialOf(guest, host) || !run.Model.StatesServedBy(guest).Any())
            {
                continue;
            }

            var at = hosts[0].Mention;
            TriggerFrameRule.EmitResolved(run, view, context.Paragraph, visit, guest.Id, host.Id, p.Modality ?? new ModalitySpan(p.SpanFirst, p.SpanLast, ClauseAnalyzer.ClauseStart(view, p.SpanFirst)), null,
                Math.Min(p.SpanFirst, at.First), Math.Max(p.SpanLast, at.Last), BaseConfidence, Name, view.Tokens[at.First - 1].Text + " " + view.Text(at.First, at.Last));
        }
    }

    /// <summary>Whether the host of <paramref name="hosting"/> receives its guest as the verb's object, and no other guest in the sentence.</summary>
    /// <remarks>Only an active host with the guest as its object ("X welcomed Y"): "talks with Y, hosted by X" is X hosting talks.</remarks>
    private static bool SoleGuest(List<ProposedRelation> proposals, ProposedRelation hosting) =>
        hosting.Rule.StartsWith("subject-verb+object", StringComparison.Ordinal) && proposals.Where(p => p.Concept == "host" && p.Source == hosting.Source).Select(p => p.Target).Distinct(StringComparer.Ordinal).Count() == 1;

    /// <summary>Whether "in" (and at most "the capital" or "the X capital,") stands right before token <paramref name="k"/>.</summary>
    private static bool AfterIn(SentenceView view, int k)
    {
        var j = view.Key(k - 1) == "," ? k - 2 : k - 1;
        if (view.Key(j) == "capital")
        {
            j = view.Key(j - 1) == "the" ? j - 2 : view.Key(j - 2) == "the" ? j - 3 : -1; // "the capital", "the Uzbek capital"
            return j >= 0 && view.Key(j) == "in";
        }

        return j == k - 1 && view.Key(j) == "in";
    }

    /// <summary>
    /// "President Aliyev welcomed Maltese Foreign Minister Ian Borg": an official who receives an official of another state, with
    /// no place or gathering named in the sentence, receives the guest at home; the guest visited the host's state.
    /// </summary>
    private void WelcomedGuests(RuleContext context, TriggerConcept visit, List<ProposedRelation> proposals)
    {
        var (run, view) = (context.Run, context.View);
        if (view.Mentions.Any(m => (run.Entity(m.EntityId) is { } e && (e.Kind == run.Model.PlaceKind || e.Kind == run.Model.EventKind)) || view.Key(m.First - 1) is "in" or "at")
            || view.Tokens.Any(t => t.Key is "sidelines" or "summit" or "forum" or "conference" or "phone" or "call" or "video" or "online" or "virtual"))
        {
            return;
        }

        foreach (var p in proposals.Where(p => p.Concept == "host" && SoleGuest(proposals, p)).ToList())
        {
            if (run.Entity(p.Source) is not { } local || run.Entity(p.Target) is not { } guest || !run.Model.IsPersonKind(local.Kind) || !run.Model.IsPersonKind(guest.Kind)
                || run.Model.StatesServedBy(local).ToList() is not [{ } hostId] || run.Entity(hostId) is not { } host
                || !run.Model.StatesServedBy(guest).Any() || run.Model.IsOfficialOf(guest, host))
            {
                continue;
            }

            TriggerFrameRule.EmitResolved(run, view, context.Paragraph, visit, guest.Id, host.Id, p.Modality ?? new ModalitySpan(p.SpanFirst, p.SpanLast, ClauseAnalyzer.ClauseStart(view, p.SpanFirst)), null,
                p.SpanFirst, p.SpanLast, BaseConfidence, Name, view.Text(p.SpanFirst, p.SpanLast));
        }
    }
}
