using static KnowledgeGraph.Extraction.ClauseAnalyzer;

namespace KnowledgeGraph.Extraction;

/// <summary>"The celebration of Victory Day on May 9 in Moscow": an event mention followed by "in" a place is located there.</summary>
internal sealed class EventInPlaceRule : RelationRule
{
    public override string Name => "event-in-place";

    public override double BaseConfidence => 0.7;

    public override string Pattern => "an event (or a military unit the text names: \"the 7th military base in X\", \"is stationed in X\") followed by \"in\" a place: \"the Victory Day parade of 9 May in Moscow\", \"the summit was held in Tashkent\" (event-held-in, with the verb's modality: \"will be held in\" is a plan); a capital there is the city (capital-in-state, 0.6); event-in-place-presence (0.7) \"... was held in Brussels in the presence of A and B\": A and B took part";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) => NameRule.LocatedInTypes;

    public override RuleScope Scope => RuleScope.Body;

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        EventLocations(context.Run, context.View, context.Paragraph);
    }

    /// <summary>"The celebration of Victory Day on May 9 in Moscow": an event mention followed by "in" a place is located there.</summary>
    private static void EventLocations(DocumentRun run, SentenceView view, Paragraph paragraph)
    {
        foreach (var m in view.Mentions.ToList())
        {
            if (run.Entity(m.EntityId) is not { } e || !(e.Kind == run.Model.EventKind || (e.Kind == run.Model.MilitaryUnitKind && e.IsNew)))
            {
                continue; // (an event, or a unit the text names: "the 4th Military Base in Tskhinvali")
            }

            var k = PastDates(view, m.Last + 1);

            // "The summit was held in Tashkent", "the talks will take place in Baku": the event's own clause places it.
            if (view.Key(k) == "(" && view.Key(k + 2) == ")")
            {
                k += 3; // "the 12th Summit of the OTS (OTS) was held ..."
            }

            // "a signing ceremony of the X Agreement between A and B took place in Brussels": past the event's own "of" phrase,
            // whose list of names may hold commas ("the meeting of the ministers of A, B and C was held in Baku").
            if (view.Key(k) is "of" or "between" && OpensSentence(view, m))
            {
                for (var j = k + 1; j < Math.Min(view.Tokens.Length, k + 30) && view.Key(j) is not (";" or ".")
                    && !(view.Key(j) == "," && (view.MentionAt(j - 1) is null || view.MentionAt(j + 1) is null)); j++)
                {
                    if (HeldAt(view, j) != j)
                    {
                        k = j;
                        break;
                    }
                }
            }

            // "the summit of the CSTO (CSTO) in Astana": past the body whose event it is.
            if (view.Key(k) == "of" && view.MentionStartingAt(view.Key(k + 1) == "the" ? k + 2 : k + 1) is { } owner && run.Entity(owner.EntityId)?.Kind == run.Model.OrganizationKind)
            {
                k = owner.Last + 1;
                if (view.Key(k) == "(" && view.Key(k + 2) == ")")
                {
                    k += 3;
                }
            }

            // "the COP29 climate conference in Baku": the event's name, then the noun of its kind, then where it is.
            if (view.MentionAt(k) is null && WordLists.DescribedEventHeads.Contains(view.Key(k)) && !view.Tokens[k].IsCapitalized)
            {
                k++;
            }
            else if (view.MentionAt(k) is null && view.MentionAt(k + 1) is null && !view.Tokens[Math.Min(k, view.Tokens.Length - 1)].IsCapitalized
                && view.Tokens[Math.Min(k, view.Tokens.Length - 1)].Kind == TokenKind.Word && WordLists.DescribedEventHeads.Contains(view.Key(k + 1))
                && !WordLists.Prepositions.Contains(view.Key(k)) && view.Key(k) is not ("and" or "or"))
            {
                k += 2; // (not "the conflict during talks in Moscow": the place after a preposition is the other event's)
            }

            var held = HeldAt(view, k);
            ModalitySpan? verb = null;
            if (held != k)
            {
                // "will be held in Budapest", "could take place in Baku": the verb's own modality, not the name's, says whether it is so.
                verb = new ModalitySpan(held - 1, held - 1, ClauseStart(view, m.First));
                k = PastDates(view, held); // "was held on 3 June 2025 in Shusha"
            }

            if (view.Key(k) == "in" && view.MentionStartingAt(k + 1) is { } at && run.Entity(at.EntityId) is { } place
                && (place.Kind == run.Model.PlaceKind || place.Kind == run.Model.StateKind))
            {
                // "in Kazakhstan's capital Astana": the city the state's capital is named as.
                if (place.Kind == run.Model.StateKind && view.Key(at.Last + 1) is "'s" or "’s" && view.Key(at.Last + 2) == "capital"
                    && view.MentionStartingAt(view.Key(at.Last + 3) == "," ? at.Last + 4 : at.Last + 3) is { } capital
                    && (run.Entity(capital.EntityId) is { } named && named.Kind == run.Model.PlaceKind ? named : capital.Form == FormKind.Metonym ? run.CityOfCapital(view, capital) : null) is { } capitalPlace)
                {
                    (at, place) = (capital, capitalPlace);
                }

                // "an upcoming meeting in Moscow": a word of the event's own description ("upcoming", "planned") may make it a plan.
                var cue = new ModalitySpan(m.Last, m.Last, ClauseStart(view, m.First));
                if (at.Form == FormKind.Metonym && place.Kind == run.Model.StateKind && run.CityOfCapital(view, at) is { } city)
                {
                    // "a meeting in Baku": where an event takes place, a capital is the city, which is in its state.
                    run.Structural(view, paragraph, NameRule.LocatedInTypes, ["locat"], city, place, null, at.First, at.Last, 0.6, "capital-in-state");
                    place = city;
                }

                run.Structural(view, paragraph, NameRule.LocatedInTypes, ["locat"], e, place, verb ?? cue, m.First, at.Last, 0.7, verb is null ? "event-in-place" : "event-held-in");
                k = at.Last + 1;
            }

            // "... was signed in Vienna in the presence of A, B and C": the event's clause names who attended it.
            Presence(run, view, paragraph, m, e, k);
        }
    }

    /// <summary>"in the presence of A and B" after an event that opens its clause: each person took part in it.</summary>
    private static void Presence(DocumentRun run, SentenceView view, Paragraph paragraph, EntityMention m, KnownEntity e, int from)
    {
        var at = from;
        while (at < view.Tokens.Length && view.Key(at) is not (";" or ".") && !(view.Key(at) == "presence" && view.Key(at - 1) == "the" && view.Key(at - 2) == "in"))
        {
            at++;
        }

        if (!OpensSentence(view, m) || view.Key(at) != "presence" || view.Key(at + 1) != "of" || at - from > 12
            || run.Model.Lexicon.Concept("attend") is not { } attend)
        {
            return;
        }

        foreach (var who in Coordinated(view, at + 2, view.Tokens.Length - 1))
        {
            if (run.Entity(who.EntityId) is { } person && run.Model.IsPersonKind(person.Kind))
            {
                TriggerFrameRule.EmitResolved(run, view, paragraph, attend, person.Id, e.Id, new ModalitySpan(m.Last, m.Last, ClauseStart(view, m.First)), null,
                    m.First, who.Last, 0.7 * who.Confidence, "event-in-place-presence", "presence");
            }
        }
    }

    /// <summary>The first token from <paramref name="k"/> that is no date, "on" or comma: "on 7 October 2025, in Gabala".</summary>
    private static int PastDates(SentenceView view, int k)
    {
        while (k < view.Tokens.Length && (view.Key(k) is "on" or "," || view.Dates.Any(d => d.Start <= view.Tokens[k].Start && view.Tokens[k].End <= d.Start + d.Length)))
        {
            k++;
        }

        return k;
    }

    /// <summary>The token after "was held", "will take place", "took place", "is stationed" right at <paramref name="k"/>, or <paramref name="k"/>.</summary>
    private static int HeldAt(SentenceView view, int k)
    {
        var j = k;
        while (view.Key(j) is "was" or "were" or "is" or "are" or "will" or "be" or "been" or "has" or "have" or "had" or "being")
        {
            j++;
        }

        // "the latest EEU summit, held in Moscow": a reduced relative needs no auxiliary.
        if (view.Key(j) is "held" or "convened" or "organized" or "organised" or "stationed" or "located" or "based" or "deployed" && (j > k || view.Key(j + 1) is "in" or "on" or "at"))
        {
            return j + 1;
        }

        return view.Key(j) is "took" or "take" or "takes" or "taking" && view.Key(j + 1) == "place" ? j + 2 : k;
    }
}
