using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Places the graph may lack: a name before a lowercase place noun ("the Tavush region", "Zvartnots airport"), the
/// city of a name ("the Armenian city of Gyumri"), and a name after a locative preposition ("in Yeghegnadzor").
/// </summary>
internal sealed partial class MentionStage
{


    /// <summary>Compass words that open the name of a world region: "Central Asia", "South Caucasus", "Middle East".</summary>
    private static readonly HashSet<string> CompassWords = new(StringComparer.Ordinal)
    {
        "central", "south", "north", "east", "west", "southern", "northern", "eastern", "western", "middle", "southeast", "south-east", "northeast", "southwest", "northwest",
    };

    /// <summary>Continents and regions a compass word may qualify.</summary>
    private static readonly HashSet<string> RegionWords = new(StringComparer.Ordinal)
    {
        "asia", "caucasus", "europe", "east", "africa", "america", "balkans", "mediterranean", "pacific", "atlantic", "eurasia",
    };

    /// <summary>Whether a compass word and a continent or region word start at <paramref name="k"/>: "Central Asia", "South Caucasus".</summary>
    private static bool NamesWorldRegion(SentenceView view, int k) => CompassWords.Contains(view.Key(k)) && RegionWords.Contains(view.Key(k + 1));

    /// <summary>The one graph place whose name is a compass word and <paramref name="key"/> ("South Caucasus" for "Caucasus"), else null.</summary>
    private string? CompassRegion(string key) =>
        run.Model.Known.Values.Where(e => !e.IsNew && e.Kind == run.Model.PlaceKind && TextFold.Fold(e.Name).Split(' ') is [var compass, var word]
            && CompassWords.Contains(compass) && word == key).Select(e => e.Id).ToList() is [var only] ? only : null;

    /// <summary>Locative prepositions after which an unknown capitalized name is a place.</summary>
    private static readonly HashSet<string> Locatives = new(StringComparer.Ordinal) { "in", "near", "outside", "inside", "around" };

    /// <summary>Continents and regions by their adjective: "the Central Asian region" is Central Asia.</summary>
    private static readonly Dictionary<string, string> RegionOfAdjective = new(StringComparer.Ordinal)
    {
        ["asian"] = "Asia", ["european"] = "Europe", ["caucasian"] = "Caucasus", ["african"] = "Africa", ["american"] = "America",
        ["eurasian"] = "Eurasia", ["balkan"] = "Balkans",
    };

    /// <summary>Candidates for new places.</summary>
    private IEnumerable<(int, int, int, Func<EntityMention?>)> PlaceNames(SentenceView view, GazetteerMatch?[] matches)
    {
        if (run.Model.PlaceKind is not { } place)
        {
            yield break;
        }

        var tokens = view.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!IsFreePlaceWord(view, matches, i) || (i > 0 && tokens[i - 1].IsCapitalized && tokens[i - 1].IsWordLike && !IsSentenceStart(view, i - 1)))
            {
                continue;
            }

            var last = i;
            while (last + 1 < tokens.Length && last - i < 4)
            {
                if (last - i < 2 && IsFreePlaceWord(view, matches, last + 1))
                {
                    last++;
                }
                else if (view.Key(last + 1) is "-" or "–" && last + 2 < tokens.Length && tokens[last + 1].Start == tokens[last].End
                    && tokens[last + 2].Start == tokens[last + 1].End && IsFreePlaceWord(view, matches, last + 2))
                {
                    last += 2; // "the Alican-Margara crossing", "the Akyaka-Akhurik railway"
                }
                else if (tokens[last].Key == "st" && view.Key(last + 1) == "." && last + 2 < tokens.Length && IsFreePlaceWord(view, matches, last + 2))
                {
                    last += 2; // "St. Petersburg": the saint's abbreviation is part of the name
                }
                else
                {
                    break;
                }
            }

            var next = last + 1;
            var (f, l) = (i, last);
            var name = view.Text(f, l);
            if (view.Key(next) == "and" && next + 2 < tokens.Length && IsFreePlaceWord(view, matches, next + 1)
                && WordLists.PluralAreaNouns.Contains(view.Key(next + 2)) && !IsSentenceOpener(tokens[i].Key, person: true))
            {
                // "the Khorezm and Namangan regions": the first of two regions sharing a plural noun.
                yield return (f, l, PriorityPattern, () => NewPlace(f, l, name, "place-noun", 0.7));
                i = last;
                continue;
            }

            if (WordLists.PluralAreaNouns.Contains(view.Key(next)) && view.Key(i - 1) == "and" && !IsSentenceOpener(tokens[i].Key, person: true))
            {
                // "... and Namangan regions": the second.
                yield return (f, l, PriorityPattern, () => NewPlace(f, l, name, "place-noun", 0.7));
                i = last;
                continue;
            }

            if (l == i + 1 && NamesWorldRegion(view, i))
            {
                // "Central Asia", "the South Caucasus", "the Middle East": a compass word and a continent or region is a region.
                yield return (f, l, PriorityPattern, () => NewPlace(f, l, name, "region-name", 0.8));
            }
            else if (next < tokens.Length && !tokens[next].IsCapitalized && WordLists.PlaceHeads.Contains(tokens[next].Key) && !IsSentenceOpener(tokens[i].Key, person: true))
            {
                // "the Tavush region" is Tavush; "Zvartnots airport" is the airport.
                var area = WordLists.AreaNouns.Contains(tokens[next].Key);
                var full = view.Text(f, next);
                if (area && f == l && CompassRegion(tokens[f].Key) is { } region)
                {
                    // "the Caucasus region": the graph's one region named by a compass word and this word ("South Caucasus").
                    yield return (f, next, PriorityPattern, () => new EntityMention(f, next, region, FormKind.Alias, "region-without-compass", 0.7));
                    i = last;
                    continue;
                }

                if (area && l == f + 1 && CompassWords.Contains(tokens[f].Key) && RegionOfAdjective.GetValueOrDefault(tokens[l].Key) is { } regionName)
                {
                    // "the Central Asian region" is Central Asia, the region a compass word and a continent name.
                    var written = view.Text(f, next);
                    yield return (f, next, PriorityPattern, () =>
                    {
                        var entity = run.NewEntity($"{tokens[f].Text} {regionName}", place, "region-name", 0.8, written);
                        return new EntityMention(f, next, entity.Id, FormKind.Alias, "region-name", 0.8);
                    });
                    i = last;
                    continue;
                }

                yield return (f, next, PriorityPattern, () =>
                {
                    var entity = run.NewEntity(area ? name : full, place, "place-noun", 0.75, area ? full : name);
                    return new EntityMention(f, next, entity.Id, FormKind.Name, "place-noun", 0.75);
                });
            }
            else if (ApposedSettlement(view, matches, next) && !IsSentenceOpener(tokens[i].Key, person: true)
                && Enumerable.Range(f, l - f + 1).All(k => !GivenNames.Contains(tokens[k].Key)))
            {
                // "Syunik, the only Armenian region bordering Iran", "Gyumri, a city in the north".
                yield return (f, l, PriorityPattern, () => NewPlace(f, l, name, "place-apposition", 0.75));
            }
            else if (i >= 2 && view.Key(i - 1) == "of" && WordLists.SettlementNouns.Contains(view.Key(i - 2)) && PlaceBoundary(view, next))
            {
                yield return (f, l, PriorityPattern, () => NewPlace(f, l, name, "city-of", 0.8));
            }
            else if (i >= 1 && (Locatives.Contains(view.Key(i - 1)) || AfterLocativeStatePossessive(view, matches, i)) && PlaceBoundary(view, next) && !IsSentenceOpener(tokens[i].Key, person: true)
                && Enumerable.Range(f, l - f + 1).All(k => (HyphenJoined(view, f, l) || !GivenNames.Contains(tokens[k].Key)) && !IsLanguageLike(tokens[k].Key)))
            {
                // (a given name inside a hyphenated name is part of a place's: "in Jalal-Abad")
                yield return (f, l, PriorityPattern, () => NewPlace(f, l, name, "locative-place", 0.65));
            }

            i = last;
        }

        EntityMention NewPlace(int first, int last, string name, string rule, double confidence)
        {
            var entity = run.NewEntity(name, place, rule, confidence);
            return new EntityMention(first, last, entity.Id, FormKind.Name, rule, confidence);
        }
    }

    /// <summary>
    /// Whether an apposition that names a kind of place follows at <paramref name="comma"/>: ", the only Armenian region",
    /// ", a city in ...": a comma, an article, at most three lowercase words or demonyms, then a settlement or area noun.
    /// </summary>
    private static bool ApposedSettlement(SentenceView view, GazetteerMatch?[] matches, int comma)
    {
        if (view.Key(comma) != "," || view.Key(comma + 1) is not ("the" or "a" or "an"))
        {
            return false;
        }

        for (var k = comma + 2; k < view.Tokens.Length && k <= comma + 5; k++)
        {
            if (WordLists.SettlementNouns.Contains(view.Key(k)) || WordLists.AreaNouns.Contains(view.Key(k)))
            {
                return true;
            }

            var token = view.Tokens[k];
            if (token.Kind != TokenKind.Word || (token.IsCapitalized && !(matches[k] is { Count: 1 } m && m.Entries.All(e => e.Form == FormKind.Demonym))))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"in Russia's Kazan": a known state's possessive, itself after a preposition of place, right before token <paramref name="k"/>.</summary>
    private bool AfterLocativeStatePossessive(SentenceView view, GazetteerMatch?[] matches, int k)
    {
        if (k < 3 || view.Tokens[k - 1].Kind != TokenKind.Possessive)
        {
            return false;
        }

        for (var s = Math.Max(0, k - 4); s < k - 1; s++)
        {
            if (matches[s] is { } m && s + m.Count == k - 1 && StateOf(m) is not null && s > 0 && Locatives.Contains(view.Key(s - 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="last"/> are words joined by hyphens with no space: "Jalal-Abad".</summary>
    private static bool HyphenJoined(SentenceView view, int first, int last) =>
        last > first && view.Key(first + 1) == "-" && Enumerable.Range(first, last - first).All(k => view.Tokens[k + 1].Start == view.Tokens[k].End);

    /// <summary>"in English", "in Persian": a language's shape (-ish, -ese, -ian, -ic and a few others) after "in" is no place.</summary>
    private static bool IsLanguageLike(string key) =>
        key.EndsWith("ish", StringComparison.Ordinal) || key.EndsWith("ese", StringComparison.Ordinal) || key.EndsWith("ian", StringComparison.Ordinal)
        || key.EndsWith("ic", StringComparison.Ordinal) || key is "french" or "dutch" or "greek" or "thai" or "czech" or "hebrew" or "farsi" or "azeri"
            or "urdu" or "hindi" or "latin" or "dari" or "pashto" or "swahili" or "english";

    /// <summary>A capital standing for its government, after a locative preposition ("talks in Abu Dhabi"): the city as a place.</summary>
    private EntityMention? LocativeCapital(SentenceView view, GazetteerMatch match, int last)
    {
        // The capitals of the states the document is about stand for their governments, as in the curated graph ("talks in
        // Baku"); another state's capital after "in" is where something happens ("talks in Abu Dhabi"), unless it acts ("in Baku's view").
        // "in Dushanbe, Tajikistan", "to Baku, Azerbaijan": a capital followed by its own state's name is the city, whatever the preposition.
        if (run.Model.PlaceKind is { } city && match.EntityIds is [var stateId] && view.Key(last + 1) == "," && run.Entity(stateId) is { } state
            && state.Aliases.Prepend(state.Name).Any(n => Tokenizer.Keys(n) is { Length: > 0 } keys && Enumerable.Range(0, keys.Length).All(i => view.Key(last + 2 + i) == keys[i])))
        {
            var named = run.NewEntity(view.Text(match.First, last), city, "capital-before-state", 0.8);
            return new EntityMention(match.First, last, named.Id, FormKind.Name, "capital-before-state", 0.8);
        }

        if (run.Model.PlaceKind is not { } place || !Locatives.Contains(view.Key(match.First - 1)) || ModifiesName(view, last + 1)
            || (last + 1 < view.Tokens.Length && view.Tokens[last + 1].Kind == TokenKind.Possessive) || match.EntityIds.Any(context.IsMainState)
            || view.Key(match.First - 2) is "arrived" or "arrives" or "arrive" or "arriving")
        {
            // "arrived in Yerevan" is a visit, and a visit to a capital is a visit to its state (the curated convention).
            return null;
        }

        var entity = run.NewEntity(view.Text(match.First, last), place, "locative-capital", 0.8);
        return new EntityMention(match.First, last, entity.Id, FormKind.Name, "locative-capital", 0.8);
    }

    /// <summary>"the Yerevan-Tbilisi highway", "the Baku-Grozny route": a capital joined by a hyphen to another name before a place noun is a place.</summary>
    private EntityMention? CompoundPlace(SentenceView view, GazetteerMatch match, int last)
    {
        if (run.Model.PlaceKind is not { } place || !InPlaceCompound(view, match.First, last))
        {
            return null;
        }

        var entity = run.NewEntity(view.Text(match.First, last), place, "compound-place", 0.7);
        return new EntityMention(match.First, last, entity.Id, FormKind.Name, "compound-place", 0.7);
    }

    /// <summary>Whether a name is joined by hyphens to other names before a place noun: "the Yerevan-Tbilisi highway".</summary>
    private static bool InPlaceCompound(SentenceView view, int first, int last)
    {
        var tokens = view.Tokens;
        bool Glued(int hyphen) => view.IsGluedHyphen(hyphen) && tokens[hyphen + 1].IsCapitalized && tokens[hyphen - 1].IsCapitalized;
        if (!(Glued(last + 1) || Glued(first - 1)))
        {
            return false;
        }

        var end = last;
        while (end + 2 < tokens.Length && Glued(end + 1))
        {
            end += 2;
        }

        return Enumerable.Range(end + 1, 3).Any(k => k < tokens.Length && !tokens[k].IsCapitalized && WordLists.PlaceHeads.Contains(tokens[k].Key));
    }

    /// <summary>"TBILISI (Reuters) –", "YEREVAN, January 30.": a capital in capitals opening a sentence before a bracket, comma or dash.</summary>
    private static bool IsDateline(SentenceView view, int first, int last) =>
        IsSentenceStart(view, first) && view.Tokens[first].Text.Length > 2
        && ((Enumerable.Range(first, last - first + 1).All(k => view.Tokens[k].Text.Where(char.IsLetter).All(char.IsUpper)) && view.Key(last + 1) is "(" or "," or "-" or "/")
            || (view.Key(last + 1) == "-" && last + 2 < view.Tokens.Length && view.Tokens[last + 1].Start > view.Tokens[last].End && view.Tokens[last + 2].IsCapitalized)); // "Brussels – The ..."

    /// <summary>A capitalized word that no gazetteer, title, head noun or date claims and that the text never writes in lowercase.</summary>
    private bool IsFreePlaceWord(SentenceView view, GazetteerMatch?[] matches, int i)
    {
        var t = view.Tokens[i];
        return t.Kind == TokenKind.Word && t.IsCapitalized && !t.IsAcronym && matches[i] is null && !view.Reserved[i] && view.MentionAt(i) is null
            && !IsDateWord(t.Key) && !WordLists.LeadingStopwords.Contains(t.Key) && HeadKind(t.Key) is null && !WordLists.Honorifics.Contains(t.Key)
            && run.Model.TitleAt(view.Tokens, i) is null && !context.WritesLowercase(t.Key) && !WordLists.PageFurniture.Contains(t.Key);
    }

    /// <summary>Whether a place name may end before token <paramref name="k"/>: the sentence ends, or punctuation, a preposition or a conjunction follows.</summary>
    private static bool PlaceBoundary(SentenceView view, int k) =>
        k >= view.Tokens.Length || (view.Key(k) is not ("'s" or "’s") && view.Tokens[k].Kind != TokenKind.Possessive
            && (view.Key(k) != "-" || view.Tokens[k].Start > view.Tokens[k - 1].End) && PlaceBoundaryToken(view, k)); // "in Kulob -- the ...": a spaced dash ends it

    private static bool PlaceBoundaryToken(SentenceView view, int k) =>
        k >= view.Tokens.Length || view.Tokens[k].Kind == TokenKind.Punctuation || WordLists.Prepositions.Contains(view.Key(k))
        || view.Key(k) is "and" or "or" or "but" or "where" or "which" or "who" or "while" or "when";

    /// <summary>Head nouns of routes a chain of names joins: "the Baku-Tbilisi-Kars railway", "the TAPI pipeline".</summary>
    private static readonly FrozenSet<string> RouteHeads = FrozenSet.ToFrozenSet(
        ["pipeline", "railway", "railroad", "highway", "road", "corridor", "route", "bridge", "interconnector", "cable"], StringComparer.Ordinal);

    /// <summary>Words that may stand between a chain of names and its route head: "the Baku-Tbilisi-Ceyhan oil pipeline".</summary>
    private static readonly FrozenSet<string> RouteModifiers = FrozenSet.ToFrozenSet(
        ["gas", "oil", "rail", "transport", "transit", "energy", "power", "electricity", "freight", "trade", "motorway", "submarine", "subsea"], StringComparer.Ordinal);

    /// <summary>
    /// A route named by the places it joins: two or more capitalized names (one or two words each) joined by hyphens written
    /// without spaces, an optional acronym in parentheses, an optional kind word, then a route noun ("the Baku-Tbilisi-Kars
    /// railway", "the Turkmenistan-Afghanistan-Pakistan-India (TAPI) gas pipeline"). The whole is one place; the acronym and
    /// "acronym + noun" become its aliases, so the acronym is not taken for the last name of the chain.
    /// </summary>
    private IEnumerable<(int, int, int, Func<EntityMention?>)> RouteChains(SentenceView view)
    {
        if (run.Model.PlaceKind is not { } place)
        {
            yield break;
        }

        var tokens = view.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!NamePart(i) || (i > 0 && (view.IsGluedHyphen(i - 1) || NamePart(i - 1))))
            {
                continue;
            }

            var parts = 1;
            var k = NamePart(i + 1) ? i + 1 : i;
            while (view.IsGluedHyphen(k + 1) && NamePart(k + 2))
            {
                parts++;
                k = NamePart(k + 3) ? k + 3 : k + 2;
            }

            if (parts < 2)
            {
                continue;
            }

            var chainLast = k;
            string? acronym = null;
            if (view.Key(k + 1) == "(" && view.Key(k + 3) == ")" && tokens[k + 2].IsAcronym)
            {
                acronym = tokens[k + 2].Text;
                k += 3;
            }

            var modifier = RouteModifiers.Contains(view.Key(k + 1)) ? k + 1 : -1;
            var head = modifier >= 0 ? k + 2 : k + 1;
            if (!RouteHeads.Contains(view.Key(head)))
            {
                continue;
            }

            var (first, last) = (i, head);
            var chain = view.Text(i, chainLast);
            var tail = modifier >= 0 ? view.Text(modifier, head) : view.Text(head, head);
            yield return (first, last, PriorityPattern, () =>
            {
                var aliases = acronym is null ? Array.Empty<string>() : new[] { acronym, $"{acronym} {tail}", $"{acronym} {view.Tokens[head].Text}" }.Distinct().ToArray();
                var entity = run.NewEntity($"{chain} {tail}", place, "route-chain", 0.75, aliases);
                return new EntityMention(first, last, entity.Id, FormKind.Name, "route-chain", 0.75);
            });
            i = head;
        }

        bool NamePart(int j) => j >= 0 && j < tokens.Length && tokens[j].Kind == TokenKind.Word && tokens[j].IsCapitalized && !tokens[j].IsAcronym
            && tokens[j].Key is not ("the" or "a" or "an" or "this" or "that" or "its" or "their")
            && !WordLists.Months.Contains(tokens[j].Key) && !WordLists.Weekdays.Contains(tokens[j].Key);
    }
}
