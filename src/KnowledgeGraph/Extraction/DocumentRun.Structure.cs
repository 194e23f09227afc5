namespace KnowledgeGraph.Extraction;

/// <summary>
/// Relations carried by names and lists: the parties a name joins ("the Armenia-Azerbaijan conflict", "the
/// Israel-Azerbaijan-U.S. alliance"), the one state a name belongs to ("Parliament of Armenia", "a delegation from
/// Armenia"), what an event is about ("Suspension of the ... Charter"), where it takes place, and the members a
/// group lists ("the 3+3 format (involving A, B and C)").
/// </summary>
internal sealed partial class DocumentRun
{
    private static readonly string[] LocatedInTypes = ["located-in", "took-place-in", "held-in"];
    private static readonly string[] ConcernsTypes = ["concerns", "about", "regards"];
    private readonly HashSet<string> named = new(StringComparer.Ordinal);

    private void NameRelations(SentenceView view, Paragraph paragraph)
    {
        foreach (var m in view.Mentions.ToList())
        {
            if (Entity(m.EntityId) is { } e)
            {
                NameRelationsFor(view, paragraph, e, m.First, m.Last);
            }
        }
    }

    /// <summary>Reads the relations an entity's name carries, once per document, with the evidence of its first mention.</summary>
    private void NameRelationsFor(SentenceView view, Paragraph paragraph, KnownEntity e, int first, int last)
    {
        if (!(e.Kind == model.OrganizationKind || e.Kind == model.MilitaryUnitKind || e.Kind == model.EventKind || e.Kind == model.AgreementKind)
            || !named.Add(e.Id))
        {
            return;
        }

        var cue = new ModalitySpan(first, last, ClauseStart(view, first));
        foreach (var text in new[] { e.Name, view.Text(first, last) }.Distinct(StringComparer.Ordinal))
        {
            var parts = NameParts(text, e.Id);
            var parties = parts.Where(p => p.Entity.Kind == model.StateKind || p.Entity.Kind == model.OrganizationKind
                || (e.Kind == model.EventKind && model.IsPersonKind(p.Entity.Kind))).ToList();
            var joined = parties.Count >= 2 && parties.Zip(parties.Skip(1)).Any(x => x.Second.Index - x.First.End == 1 && x.First.Next == "-");
            if (joined && model.Lexicon.NameParties.TryGetValue(e.Kind, out var partyTypes))
            {
                foreach (var p in parties.DistinctBy(p => p.Entity.Id))
                {
                    Structural(view, paragraph, partyTypes, ["member", "particip", "party"], p.Entity, e, cue, first, last, 0.75, "name-parties");
                }

                return;
            }

            var states = parts.Where(p => p.Entity.Kind == model.StateKind || (p.Entity.Kind == model.OrganizationKind && e.Kind != model.EventKind))
                .Select(p => p.Entity).DistinctBy(x => x.Id).ToList();
            var about = parts.Where(p => p.Previous is "of" or "from" or "the").Select(p => p.Entity).FirstOrDefault();
            if (e.Kind == model.EventKind && about is not null && (about.Kind == model.AgreementKind || about.Kind == model.OrganizationKind))
            {
                Structural(view, paragraph, ConcernsTypes, ["concern"], e, about, cue, first, last, 0.6, "name-concerns");
                return;
            }

            var place = parts.Where(p => p.Previous == "in" && (p.Entity.Kind == model.PlaceKind || p.Entity.Kind == model.StateKind)).Select(p => p.Entity).FirstOrDefault();
            if (e.Kind == model.EventKind && (place is not null || states.Count == 1))
            {
                Structural(view, paragraph, LocatedInTypes, ["locat"], e, place ?? states[0], cue, first, last, 0.6, "name-located-in");
                return;
            }

            if ((e.Kind == model.OrganizationKind || e.Kind == model.MilitaryUnitKind) && states.Count == 1)
            {
                Structural(view, paragraph, model.Lexicon.PartOfTypes, PartOfKeywords, e, states[0], cue, first, last, 0.65, "name-part-of");
                return;
            }
        }
    }

    /// <summary>The entities named inside a name, with the word before and after each.</summary>
    private List<(KnownEntity Entity, int Index, int End, string Previous, string Next)> NameParts(string text, string selfId)
    {
        var tokens = Tokenizer.Tokenize(text);
        var parts = new List<(KnownEntity, int, int, string, string)>();
        for (var i = 0; i < tokens.Length; i++)
        {
            // The longest match that is not the named entity itself ("Armenia" in "Armenia-Azerbaijan conflict").
            GazetteerMatch? m = null;
            for (var max = tokens.Length - i; max >= 1 && m is null; max--)
            {
                var g = model.Gazetteer.MatchAt(tokens, i, max);
                var l = local.MatchAt(tokens, i, max);
                var best = l is not null && (g is null || l.Count > g.Count) ? l : g;
                if (best is null)
                {
                    break;
                }

                if (best.EntityIds.Contains(selfId))
                {
                    max = best.Count;
                    continue;
                }

                m = best;
            }

            // A capital inside a name ("Ankara ... University") is a place, not its state.
            if (m is null || m.EntityIds.Length != 1 || m.Entries.All(x => x.Form == FormKind.Metonym) || Entity(m.EntityIds[0]) is not { } part)
            {
                continue;
            }

            var end = i + m.Count;
            parts.Add((part, i, end, i > 0 ? tokens[i - 1].Key : string.Empty, end < tokens.Length ? tokens[end].Key : string.Empty));
            i = end - 1;
        }

        return parts;
    }

    /// <summary>"The 3+3 format (involving Azerbaijan, Armenia, Georgia ...)": each listed party is a member.</summary>
    /// <summary>"The celebration of Victory Day on May 9 in Moscow": an event mention followed by "in" a place is located there.</summary>
    private void EventLocations(SentenceView view, Paragraph paragraph)
    {
        foreach (var m in view.Mentions.ToList())
        {
            if (Entity(m.EntityId) is not { } e || e.Kind != model.EventKind)
            {
                continue;
            }

            var k = m.Last + 1;
            while (k < view.Tokens.Length && (view.Key(k) is "on" or "," || view.Dates.Any(d => d.Start <= view.Tokens[k].Start && view.Tokens[k].End <= d.Start + d.Length)))
            {
                k++;
            }

            if (view.Key(k) == "in" && view.MentionStartingAt(k + 1) is { } at && Entity(at.EntityId) is { } place
                && (place.Kind == model.PlaceKind || place.Kind == model.StateKind))
            {
                var cue = new ModalitySpan(m.First, m.Last, ClauseStart(view, m.First));
                Structural(view, paragraph, LocatedInTypes, ["locat"], e, place, cue, m.First, at.Last, 0.7, "event-in-place");
            }
        }
    }

    private void ListMembershipRelations(SentenceView view, Paragraph paragraph)
    {
        foreach (var m in view.Mentions)
        {
            if (Entity(m.EntityId) is not { } group || !model.Lexicon.NameParties.TryGetValue(group.Kind, out var types))
            {
                continue;
            }

            var k = m.Last + 1;
            while (k < view.Tokens.Length && k - m.Last <= 4 && (view.Key(k) is "(" or "," || view.MentionAt(k) is null && !view.Tokens[k].IsCapitalized && !model.Lexicon.ListMembership.Any(w => KeysAt(view.Tokens, k, Tokenizer.Keys(w)))))
            {
                k++;
            }

            var cue = model.Lexicon.ListMembership.FirstOrDefault(w => KeysAt(view.Tokens, k, Tokenizer.Keys(w)));
            if (cue is null)
            {
                continue;
            }

            var members = Coordinated(view, k + Tokenizer.Keys(cue).Length, view.Tokens.Length - 1);
            var modalityCue = new ModalitySpan(m.First, m.Last, ClauseStart(view, m.First));
            foreach (var member in members)
            {
                if (Entity(member.EntityId) is { } e)
                {
                    Structural(view, paragraph, types, ["member", "particip", "party"], e, group, modalityCue, m.First, member.Last, 0.8, "list-membership");
                }
            }
        }
    }

    private void Structural(SentenceView view, Paragraph paragraph, IEnumerable<string> types, string[] keywords, KnownEntity source, KnownEntity target, ModalitySpan? modality, int first, int last, double confidence, string rule)
    {
        var type = model.Types.Resolve(types, null, null, keywords, source.Kind, target.Kind, out var swap);
        if (type is null)
        {
            Notice($"No relation type of the vocabulary fits the rule {rule} from a {source.Kind} to a {target.Kind}; such candidates were left out.");
            return;
        }

        Add(new ProposedRelation(view, paragraph, swap ? target.Id : source.Id, swap ? source.Id : target.Id, type, first, last, confidence, rule, string.Empty, rule)
        {
            Modality = modality,
            FromName = rule.StartsWith("name-", StringComparison.Ordinal),
        });
    }
}
