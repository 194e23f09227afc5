using static KnowledgeGraph.Extraction.ClauseAnalyzer;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// A place the text locates in a state by the way it names it: "the Russian city of Yekaterinburg" (a demonym before a
/// place noun and "of"), or "in Yekaterinburg, Russia" (a place, a comma and a state that ends the phrase, not a list).
/// </summary>
internal sealed class PlaceInStateRule : RelationRule
{
    /// <summary>Nouns of places that a demonym and "of" name: "the Armenian village of Kirants", "the Russian republic of Chechnya".</summary>
    private static readonly HashSet<string> PlaceNouns = new([.. WordLists.SettlementNouns, .. WordLists.AreaNouns, "republic", "community"], StringComparer.Ordinal);

    public override string Name => "place-in-state";

    public override double BaseConfidence => 0.75;

    public override string Pattern => "\"the Russian city of Yekaterinburg\", \"in Yekaterinburg, Russia\": the place is located in the state; \"Armenia's Syunik province\", \"the Batken region of Kyrgyzstan\", \"Syunik, the only Armenian region\", \"Karabakh, a region recognized as part of Azerbaijan\", \"X is part of Y\", \"S's breakaway regions of A and B\", \"the A and B provinces of S\", \"A, a breakaway region of S\": the region is part of the state; \"Kazakhstan's capital Astana\", \"Azerbaijan's capital of Baku\", \"the capital city, Baku\", \"Yekaterinburg, a city in Russia's Urals\": the city is in the state";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) => NameRule.LocatedInTypes.Concat(lexicon.PartOfTypes);

    /// <summary>"the only Armenian region bordering Iran", "an Azerbaijani exclave": the state of a demonym before a region noun after a comma.</summary>
    private static EntityMention? ApposedRegionOf(SentenceView view, int k)
    {
        if (view.Key(k) is not ("the" or "a" or "an"))
        {
            return null;
        }

        k++;
        if (view.Key(k) is "only" or "southern" or "northern" or "eastern" or "western" or "mountainous" or "autonomous")
        {
            k++;
        }

        return view.MentionAt(k) is { Form: FormKind.Demonym } demonym && WordLists.AreaNouns.Contains(view.Key(demonym.Last + 1)) ? demonym : null;
    }

    /// <summary>"the Batken region of Kyrgyzstan", "the Tavush province of Armenia": the state after a named region's noun and "of".</summary>
    private static EntityMention? RegionOfState(SentenceView view, EntityMention m)
    {
        var of = WordLists.AreaNouns.Contains(view.Key(m.Last)) && m.Last > m.First ? m.Last + 1
            : WordLists.AreaNouns.Contains(view.Key(m.Last + 1)) ? m.Last + 2 : -1;
        return of > 0 && view.Key(of) == "of" && view.MentionStartingAt(of + 1) is { Form: FormKind.Name or FormKind.Alias } state ? state : null;
    }

    /// <summary>
    /// The state whose regions a place is named among: "S's [breakaway] regions of A and B", "the occupied Georgian regions of
    /// A and B" (a demonym), "the A and B provinces of S", or an apposition "A, a [Moscow-backed] breakaway region of S".
    /// The place may be any member of the list; null when the text does not say so.
    /// </summary>
    private static EntityMention? RegionsOfState(DocumentRun run, SentenceView view, EntityMention m)
    {
        // The list the place stands in: places joined by commas and "and".
        var (first, last) = (m.First, m.Last);
        while (view.Key(first - 1) is "and" or "," && view.MentionAt(first - 2) is { } before && before.Last == first - 2 && IsPlace(run, before))
        {
            first = before.First;
        }

        while (view.Key(last + 1) is "and" or "," && view.MentionStartingAt(last + 2) is { } after && IsPlace(run, after))
        {
            last = after.Last;
        }

        if (view.Key(first - 1) == "of" && WordLists.IsAreaNoun(view.Key(first - 2)))
        {
            // Back past up to two lowercase describing words to the owner: a possessive state or a demonym.
            var k = first - 3;
            for (var n = 0; n < 2 && k >= 0 && view.Tokens[k].Kind == TokenKind.Word && !view.Tokens[k].IsCapitalized && view.MentionAt(k) is null; n++)
            {
                k--;
            }

            if (k >= 1 && view.Tokens[k].Kind == TokenKind.Possessive && view.MentionAt(k - 1) is { } owner && owner.Last == k - 1)
            {
                return owner;
            }

            return view.MentionAt(k) is { Form: FormKind.Demonym } demonym && demonym.Last == k ? demonym : null;
        }

        var noun = view.Key(last + 1) == "," ? ApposedRegionNoun(view, last + 2) : last > first && WordLists.IsAreaNoun(view.Key(last + 1)) ? last + 1 : -1;
        if (noun < 0 || view.Key(noun + 1) != "of")
        {
            return null;
        }

        var of = view.Key(noun + 2) == "the" ? noun + 3 : noun + 2;
        return view.MentionStartingAt(of) is { Form: FormKind.Name or FormKind.Alias } state ? state : null;
    }

    /// <summary>", a Moscow-backed breakaway region of": the region noun of an apposition that opens at <paramref name="k"/>, within five words; -1 if none.</summary>
    private static int ApposedRegionNoun(SentenceView view, int k)
    {
        if (view.Key(k) is not ("a" or "an" or "the"))
        {
            return -1;
        }

        for (var j = k + 1; j <= k + 6 && j < view.Tokens.Length; j++)
        {
            if (WordLists.AreaNouns.Contains(view.Key(j)))
            {
                return j;
            }

            if (view.Key(j) is "," or "." or ";" or "and" or "of" or "in" || (view.Tokens[j].IsCapitalized && view.MentionAt(j) is null))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsPlace(DocumentRun run, EntityMention m) => run.Entity(m.EntityId) is { } e && e.Kind == run.Model.PlaceKind;

    /// <summary>"the", "a" or "an" at <paramref name="k"/>, or before up to two lowercase describing words ("the strategic Iranian port of Chabahar").</summary>
    private static bool DeterminerBefore(SentenceView view, int k)
    {
        for (var n = 0; n < 3 && k >= 0; n++, k--)
        {
            if (view.Key(k) is "the" or "a" or "an")
            {
                return true;
            }

            if (view.Tokens[k].Kind != TokenKind.Word || view.Tokens[k].IsCapitalized || view.MentionAt(k) is not null || WordLists.Prepositions.Contains(view.Key(k)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Words between a place's apposed noun and "part of": "a region internationally recognized as part of".</summary>
    private static readonly HashSet<string> PartOfApposition = new(StringComparer.Ordinal)
    {
        "internationally", "widely", "legally", "recognized", "recognised", "considered", "regarded", "seen", "as", "an", "integral", "a", "still",
    };

    /// <summary>
    /// "X is part of Y", "X remains an integral part of Y", "X, a region internationally recognized as part of Y": the state
    /// after "part of" the place belongs to; a negation between ("is not part of") gives none.
    /// </summary>
    private static EntityMention? PartOfAfter(SentenceView view, EntityMention place)
    {
        var k = place.Last + 1;
        if (view.Key(k) is "is" or "was" or "remains" or "remained" or "are" or "were")
        {
            k++;
        }
        else if (view.Key(k) == "," && view.Key(k + 1) is "a" or "an" or "the" && WordLists.AreaNouns.Contains(view.Key(k + 2)))
        {
            k += 3;
        }
        else
        {
            return null;
        }

        for (var n = 0; n < 5 && PartOfApposition.Contains(view.Key(k)); n++)
        {
            k++;
        }

        if (view.Key(k) != "part" || view.Key(k + 1) != "of")
        {
            return null;
        }

        k += view.Key(k + 2) == "the" ? 3 : 2;
        return view.MentionStartingAt(k) is { CanBeArgument: true } whole ? whole : null;
    }

    public override RuleScope Scope => RuleScope.Body;

    /// <summary>
    /// "in Kazakhstan's capital Astana", "the Azerbaijani capital, Baku", "Azerbaijan's capital of Baku", "the capital city,
    /// Baku,": the capital the text names as the state's city is that city, located in the state (its name stays an alias of
    /// the state elsewhere). A main state's "Baku, Azerbaijan" stays the government: readers split on it.
    /// </summary>
    private void CapitalOfState(RuleContext context)
    {
        var (run, view) = (context.Run, context.View);
        foreach (var m in view.Mentions.ToList())
        {
            if (m.Form != FormKind.Metonym || run.Entity(m.EntityId) is not { } state || state.Kind != run.Model.StateKind)
            {
                continue;
            }

            // "the capital, Baku", "Azerbaijan's capital of Baku", "the capital city, Baku": the word "capital" (and "city")
            // right before the name, with at most "of" or a comma between.
            var k = view.Key(m.First - 1) is "," or "of" ? m.First - 2 : m.First - 1;
            k = view.Key(k) == "city" ? k - 1 : k;
            if (view.Key(k) != "capital")
            {
                continue;
            }

            // The capital's state, when the text names it, must be the one the name stands for ("Kazakhstan's capital Astana",
            // "the Kazakh capital, Astana"). An apposition that names none ("the capital city, Baku,") is the capital of its own
            // state; without the comma ("met Putin in the capital Moscow") the name still reads as the government.
            var owner = view.Tokens[Math.Max(0, k - 1)].Kind == TokenKind.Possessive ? view.MentionAt(k - 2) : view.MentionAt(k - 1);
            if ((owner is not null && owner.EntityId != state.Id) || (owner is null && !(view.Key(k - 1) == "the" && view.Key(m.First - 1) == ",")))
            {
                continue;
            }

            if (run.CityOfCapital(view, m) is not { } city)
            {
                continue;
            }

            run.Structural(view, context.Paragraph, NameRule.LocatedInTypes, ["locat"], city, state, null, Math.Min(owner?.First ?? k, m.First), m.Last, BaseConfidence, Name);
        }
    }

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        var (run, view) = (context.Run, context.View);
        CapitalOfState(context);
        foreach (var m in view.Mentions.ToList())
        {
            if (run.Entity(m.EntityId) is not { } place || place.Kind != run.Model.PlaceKind)
            {
                continue;
            }

            EntityMention? state = null;
            var partOf = false;

            // "the Russian city of Yekaterinburg"
            if (view.Key(m.First - 1) == "of" && PlaceNouns.Contains(view.Key(m.First - 2)) && view.MentionAt(m.First - 3) is { } demonym
                && demonym.Form == FormKind.Demonym && demonym.Last == m.First - 3 && DeterminerBefore(view, demonym.First - 1))
            {
                state = demonym;
            }

            // "in Yekaterinburg, Russia," / "in Yekaterinburg, Russia."
            else if (view.Key(m.First - 1) is "in" or "at" or "near" or "from" or "outside" && view.Key(m.Last + 1) == ","
                && view.MentionStartingAt(m.Last + 2) is { Form: FormKind.Name or FormKind.Alias } named
                && view.Key(named.Last + 1) is "," or "." or ";" or "on" or "—" or ")" && view.Key(named.Last + 2) is not ("and" or "or")
                && !(view.Key(named.Last + 1) == "," && view.MentionStartingAt(named.Last + 2) is not null))
            {
                state = named;
            }

            // "Armenia's Syunik province", "Azerbaijan's Nakhichevan exclave": a region of the state is part of it; "Russia's
            // city of Yekaterinburg" is in it. "Syunik, the only Armenian region bordering Iran": an apposed region of a demonym.
            else if (m.First >= 2 && view.Tokens[m.First - 1].Kind == TokenKind.Possessive && view.MentionAt(m.First - 2) is { } owner && owner.Last == m.First - 2
                && (WordLists.AreaNouns.Contains(view.Key(m.Last + 1)) || WordLists.SettlementNouns.Contains(view.Key(m.Last + 1))
                    || (m.Last > m.First && WordLists.AreaNouns.Contains(view.Key(m.Last)))))
            {
                state = owner;
                partOf = WordLists.AreaNouns.Contains(view.Key(m.Last + 1)) || WordLists.AreaNouns.Contains(view.Key(m.Last));
            }
            else if (view.Key(m.Last + 1) == "," && view.Key(m.Last + 2) is "a" or "an" or "the" && WordLists.SettlementNouns.Contains(view.Key(m.Last + 3))
                && !WordLists.AreaNouns.Contains(view.Key(m.Last + 3)) && view.Key(m.Last + 4) == "in"
                && view.MentionStartingAt(view.Key(m.Last + 5) == "the" ? m.Last + 6 : m.Last + 5) is { CanBeArgument: true } settlementState)
            {
                state = settlementState; // "Yekaterinburg, a city in Russia's Ural Mountains"
            }
            else if (RegionOfState(view, m) is { } ofState)
            {
                state = ofState; // "the Batken region of Kyrgyzstan"
                partOf = true;
            }
            else if (view.Key(m.Last + 1) == "," && ApposedRegionOf(view, m.Last + 2) is { } regionOf)
            {
                state = regionOf;
                partOf = true;
            }
            else if (PartOfAfter(view, m) is { } whole)
            {
                // "Karabakh is part of Azerbaijan", "Karabakh, a region widely recognized as part of Azerbaijan".
                state = whole;
                partOf = true;
            }

            if (state is null && RegionsOfState(run, view, m) is { } regionsOf)
            {
                // "Moldova's breakaway region of Transnistria", "the Khatlon and Sughd provinces of Tajikistan",
                // "Transnistria, a Moscow-backed breakaway region of Moldova".
                state = regionsOf;
                partOf = true;
            }

            if (state is null || run.Entity(state.EntityId) is not { } country || country.Kind != run.Model.StateKind)
            {
                continue;
            }

            var cue = new ModalitySpan(m.First, m.Last, ClauseStart(view, m.First));
            IEnumerable<string> types = partOf ? run.Model.Lexicon.PartOfTypes : NameRule.LocatedInTypes;
            var keywords = partOf ? DocumentRun.PartOfKeywords : ["locat"];
            run.Structural(view, context.Paragraph, types, keywords, place, country, cue, Math.Min(m.First, state.First), Math.Max(m.Last, state.Last), BaseConfidence, Name);
        }
    }
}
