namespace KnowledgeGraph.Extraction;

/// <summary>
/// The mention stage: gazetteer matches (longest first, curated forms before built-in ones, capital-versus-city by
/// preposition), titled persons, named bodies, agreements, events and weapon systems, acronyms, "both countries"
/// and pronouns. Every mention is recorded on the run.
/// </summary>
internal sealed partial class MentionStage
{
    private const int PriorityGazetteer = 3;
    private const int PriorityPattern = 1;
    private readonly DocumentRun run;
    private string? lastPerson;

    public MentionStage(DocumentRun run) => this.run = run;

    /// <summary>Forgets the person "he" and "she" stand for: a new paragraph starts.</summary>
    public void StartParagraph() => lastPerson = null;

    public void FindMentions(SentenceView view, SentenceView? previous)
    {
        var tokens = view.Tokens;
        var matches = new GazetteerMatch?[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            var g = run.Model.Gazetteer.MatchAt(tokens, i);
            var l = run.Local.MatchAt(tokens, i);
            matches[i] = l is not null && (g is null || l.Count > g.Count) ? l : g;
        }

        FindTitles(view, matches);

        var candidates = new List<(int First, int Last, int Priority, Func<EntityMention?> Make)>();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (matches[i] is { } m)
            {
                var match = m;
                candidates.Add((i, i + m.Count - 1, PriorityGazetteer, () => FromGazetteer(view, match)));
            }
        }

        if (!view.IsHeadline)
        {
            candidates.AddRange(NamedBodies(view, matches));
            candidates.AddRange(WeaponSystems(view, matches));
        }

        var taken = (bool[])view.Reserved.Clone();
        foreach (var c in candidates.OrderByDescending(c => c.Last - c.First).ThenByDescending(c => c.Priority).ThenBy(c => c.First))
        {
            if (Enumerable.Range(c.First, c.Last - c.First + 1).Any(i => taken[i]))
            {
                continue;
            }

            for (var i = c.First; i <= c.Last; i++)
            {
                taken[i] = true;
            }

            if (c.Make() is { } mention)
            {
                view.Mentions.Add(mention);
            }
        }

        view.Mentions.Sort((a, b) => a.First.CompareTo(b.First));
        DefineAcronyms(view);
        for (var k = 0; k < view.Mentions.Count; k++)
        {
            var m = view.Mentions[k];
            if (m.Form == FormKind.Demonym && WordLists.GovernmentNouns.Contains(view.Key(m.Last + 1)))
            {
                view.Mentions[k] = m with { StandsForState = true };
            }
        }

        ResolveGroupAnaphora(view, previous);
        ResolvePronouns(view);
        foreach (var m in view.Mentions)
        {
            run.RecordMention(view, m);
        }
    }

    /// <summary>"He", "she", "his", "her" stand for the person last named in the paragraph.</summary>
    private void ResolvePronouns(SentenceView view)
    {
        for (var i = 0; i < view.Tokens.Length; i++)
        {
            if (view.MentionAt(i) is { } m && run.Entity(m.EntityId) is { } e && run.Model.IsPersonKind(e.Kind))
            {
                lastPerson = e.Id;
                i = m.Last;
            }
            else if (view.Key(i) is "he" or "she" or "his" or "her" && view.MentionAt(i) is null && lastPerson is not null)
            {
                view.Mentions.Add(new EntityMention(i, i, lastPerson, FormKind.Alias, "pronoun", 0.8));
            }
        }

        view.Mentions.Sort((a, b) => a.First.CompareTo(b.First));
    }

    /// <summary>
    /// "Turkey and Georgia ... Both countries have ...": "both countries", "the two states" and the like stand for
    /// the two states last joined by "and" in this or the previous sentence; each becomes a mention of the phrase.
    /// </summary>
    private void ResolveGroupAnaphora(SentenceView view, SentenceView? previous)
    {
        for (var i = 0; i + 1 < view.Tokens.Length; i++)
        {
            var group = (view.Key(i), view.Key(i + 1)) is ("both", "countries" or "states" or "sides" or "governments")
                || (view.Key(i) == "the" && view.Key(i + 1) == "two" && view.Key(i + 2) is "countries" or "states" or "sides");
            if (!group || view.MentionAt(i) is not null)
            {
                continue;
            }

            var last = view.Key(i) == "the" ? i + 2 : i + 1;
            var pair = LastStatePair(view, i) ?? (previous is null ? null : LastStatePair(previous, previous.Tokens.Length));
            if (pair is null)
            {
                continue;
            }

            foreach (var id in pair)
            {
                view.Mentions.Add(new EntityMention(i, last, id, FormKind.Alias, "group-anaphora", 0.8));
            }
        }

        view.Mentions.Sort((a, b) => a.First.CompareTo(b.First));
    }

    private string[]? LastStatePair(SentenceView view, int before)
    {
        var states = view.Mentions.Where(m => m.Last < before && m.CanBeArgument && run.Entity(m.EntityId)?.Kind == run.Model.StateKind).ToList();
        for (var k = states.Count - 1; k > 0; k--)
        {
            if (states[k - 1].Last + 2 == states[k].First && view.Key(states[k].First - 1) == "and" && states[k - 1].EntityId != states[k].EntityId)
            {
                return [states[k - 1].EntityId, states[k].EntityId];
            }
        }

        return null;
    }

    /// <summary>Links a gazetteer match, resolving a capital-versus-city clash by the preposition before it, else reporting it.</summary>
    private EntityMention? FromGazetteer(SentenceView view, GazetteerMatch match)
    {
        var last = match.First + match.Count - 1;
        var ids = match.EntityIds;
        GazetteerEntry? chosen = null;
        var rule = match.Fuzzy ? "gazetteer-transliteration" : "gazetteer";
        if (ids.Length == 1)
        {
            chosen = match.Entries[0];
        }
        else
        {
            // Curated graph forms outrank the built-in list of states.
            var curated = match.Entries.Where(e => !e.BuiltIn).ToList();
            if (curated.Select(e => e.EntityId).Distinct().Count() == 1)
            {
                chosen = curated[0];
            }
            else
            {
                var names = match.Entries.Where(e => e.Form != FormKind.Metonym).ToList();
                var metonyms = match.Entries.Where(e => e.Form == FormKind.Metonym).ToList();
                if (names.Select(e => e.EntityId).Distinct().Count() == 1 && metonyms.Select(e => e.EntityId).Distinct().Count() == 1)
                {
                    var locative = view.Key(match.First - 1) is "in" or "at" or "near" or "outside" or "around" or "inside";
                    chosen = locative ? names[0] : metonyms[0];
                    rule = "metonym-context";
                }
            }
        }

        if (chosen is null)
        {
            var t0 = view.Tokens[match.First];
            var t1 = view.Tokens[last];
            run.Ambiguous.Add(new AmbiguousMention(
                new CandidateMention(view.Sentence.Paragraph, view.Sentence.Index, t0.Start, t1.End - t0.Start, view.Text(match.First, last)),
                [.. ids.Order(StringComparer.Ordinal)]));
            return null;
        }

        var confidence = (match.Fuzzy ? 0.85 : 1.0) * (chosen.BuiltIn ? 0.95 : 1.0) * (chosen.Form == FormKind.Metonym ? 0.85 : 1.0);
        return new EntityMention(match.First, last, chosen.EntityId, chosen.Form, rule, confidence);
    }

    /// <summary>"Full Name (ACR)": the acronym becomes an alias and a mention.</summary>
    private void DefineAcronyms(SentenceView view)
    {
        foreach (var m in view.Mentions.ToList())
        {
            var a = m.Last + 2;
            if (view.Key(m.Last + 1) == "(" && view.Key(a + 1) == ")" && view.Tokens[a].IsAcronym && view.MentionAt(a) is null
                && run.Entity(m.EntityId) is { } e)
            {
                run.AddAlias(e, view.Tokens[a].Text);
                view.Mentions.Add(new EntityMention(a, a, e.Id, FormKind.Alias, "acronym-definition", m.Confidence));
            }
        }

        view.Mentions.Sort((x, y) => x.First.CompareTo(y.First));
    }

    private bool IsPersonMatch(GazetteerMatch m) => m.EntityIds.All(id => run.Entity(id) is { } e && run.Model.IsPersonKind(e.Kind));
}
