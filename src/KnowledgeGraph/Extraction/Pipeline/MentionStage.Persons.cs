namespace KnowledgeGraph.Extraction;

/// <summary>
/// Persons named without an office title: a name's shape (a given name of the built-in list, or a surname ending common
/// in the region: -yan, -ov, -shvili, ...) or a lowercase person noun right before it ("Russian deserter X"), and bylines.
/// </summary>
internal sealed partial class MentionStage
{
    /// <summary>Candidates for untitled persons: two to four name words, free of other mentions.</summary>
    /// <summary>
    /// "Macron said", "Emmanuel Macron met ...": a listed office holder (Data/known-persons.tsv) named in full, or by a
    /// surname only one listed person has, written alone (no capitalized word joined to it). The graph's person when the
    /// graph knows the name; else one new official per listed person.
    /// </summary>
    private IEnumerable<(int, int, int, Func<EntityMention?>)> KnownPersonNames(SentenceView view, GazetteerMatch?[] matches)
    {
        if (run.Model.OfficialKind is not { } official)
        {
            yield break;
        }

        var tokens = view.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsCapitalized || tokens[i].Kind != TokenKind.Word || view.Reserved[i] || matches[i] is not null
                || (i > 0 && tokens[i - 1].IsCapitalized && tokens[i - 1].IsWordLike && !IsSentenceStart(view, i - 1)))
            {
                continue;
            }

            // The longest listed full name starting here (up to four words), else a lone listed surname.
            string? name = null;
            var last = i;
            for (var n = Math.Min(4, tokens.Length - i); n >= 2 && name is null; n--)
            {
                if (Enumerable.Range(i, n).All(k => tokens[k].IsCapitalized || tokens[k].Key == "-") && matches.Skip(i).Take(n).All(m => m is null)
                    && KnownPersons.UsualName(view.Text(i, i + n - 1)) is { } full)
                {
                    (name, last) = (full, i + n - 1);
                }
            }

            if (name is null && !(i + 1 < tokens.Length && tokens[i + 1].IsCapitalized && tokens[i + 1].IsWordLike))
            {
                name = KnownPersons.NameBySurname(tokens[i].Key);
            }

            if (name is null)
            {
                continue;
            }

            var (f, l, usual) = (i, last, name);
            yield return (f, l, PriorityPattern, () =>
            {
                if (run.Model.Gazetteer.Lookup(usual).Select(run.Entity).Where(e => e is not null && run.Model.IsPersonKind(e.Kind)).Distinct().ToList() is [{ } graphPerson])
                {
                    return new EntityMention(f, l, graphPerson.Id, FormKind.Alias, "known-persons", 0.8);
                }

                var entity = run.NewEntity(usual, official, "known-persons", 0.75, view.Text(f, l));
                return new EntityMention(f, l, entity.Id, FormKind.Name, "known-persons", 0.75);
            });
            i = last;
        }
    }

    private IEnumerable<(int, int, int, Func<EntityMention?>)> PersonNames(SentenceView view, GazetteerMatch?[] matches)
    {
        if (run.Model.PersonKind is null)
        {
            yield break;
        }

        var tokens = view.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            // ("top EU Josep Borrell": a known body's acronym right before a name does not continue it.)
            var afterBodyAcronym = i > 0 && tokens[i - 1].IsAcronym && matches[i - 1] is { Count: 1, EntityIds: [var acronymId] } && run.Entity(acronymId) is { } acronymEntity
                && (acronymEntity.Kind == run.Model.OrganizationKind || acronymEntity.Kind == run.Model.StateKind);
            if (!IsFreePersonWord(view, matches, i) || (i > 0 && ContinuesName(view, i - 1) && !afterBodyAcronym) || (IsSentenceStart(view, i) && IsSentenceOpener(tokens[i].Key, person: true)))
            {
                continue;
            }

            var last = NameRunEnd(view, matches, i);
            var inner = Enumerable.Range(i, last - i + 1).LastOrDefault(k => WordLists.PersonNouns.Contains(tokens[k].Key) || run.Model.TitleAt(tokens, k) is not null, -1);
            if (inner >= 0)
            {
                i = inner; // "State Secretary Antony Blinken": the name starts after the capitalized person noun
                continue;
            }

            var words = Enumerable.Range(i, last - i + 1).Where(k => tokens[k].Kind == TokenKind.Word && !WordLists.NameParticles.Contains(tokens[k].Key)).ToList();
            var next = last + 1;
            if (words.Count < 2 || Enumerable.Range(i, last - i + 1).Any(k => view.Reserved[k] || (matches[k] is { } km && !IsPersonMatch(km)))
                || (matches[i] is { } whole && whole.Count >= last - i + 1)
                || (next < tokens.Length && tokens[next].IsCapitalized && tokens[next].IsWordLike && !WordLists.PageFurniture.Contains(tokens[next].Key))
                || (view.Key(next) == "(" && next + 1 < tokens.Length && tokens[next + 1].IsAcronym)
                || (i > 0 && view.Key(i - 1) is "“" or "\"" or "«" or "‘"))
            {
                i = last;
                continue;
            }

            // "celebrations in Jalal-Abad": a hyphenated name after a preposition of place is a place's.
            if (i > 0 && view.Key(i - 1) is "in" or "near" && HyphenJoined(view, i, last))
            {
                i = last;
                continue;
            }

            // A known person's surname after unknown words ("But Pashinyan", "Pashinyan-Aliyev") makes no new person.
            var knownInside = Enumerable.Range(i, last - i + 1).Where(k => matches[k] is not null).ToList();
            if ((knownInside.Count > 0 && (knownInside.Any(k => k != words[^1]) || Enumerable.Range(i, last - i + 1).Any(k => tokens[k].Key == "-")))
                || words.Any(k => context.WritesLowercase(tokens[k].Key)))
            {
                i = last;
                continue;
            }

            var first = tokens[words[0]].Key;
            var surname = tokens[words[^1]].Key;
            // (A region's word is no given name here: "Asia Pacific Trade Affairs".)
            var givenName = GivenNames.Contains(first) && !context.WritesLowercase(first) && !RegionWords.Contains(first);
            var surnameShape = surname.Length >= 5 && WordLists.SurnameEndings.Any(e => surname.EndsWith(e, StringComparison.Ordinal)) && !context.WritesLowercase(surname);
            // ("his Japanese counterpart Shigeru Ishiba": a counterpart is a person too, and an official.)
            var noun = i > 0 && (WordLists.PersonNouns.Contains(view.Key(i - 1)) || view.Key(i - 1) is "counterpart") ? view.Key(i - 1) : ApposedNoun(view, i);

            // "Sayfaddin Huseynli, a brother of the two men": an apposition after the name that opens with a person noun.
            var trailing = view.Key(next) == "," && view.Key(next + 1) is "a" or "an" or "the" && next + 2 < tokens.Length && !tokens[next + 2].IsCapitalized
                && (WordLists.KinNouns.Contains(view.Key(next + 2)) || WordLists.PrivatePersonNouns.Contains(view.Key(next + 2)))
                ? view.Key(next + 2) : null;
            var byline = view.Sentence.Index == 1 && (i == 0 || (i == 1 && view.Key(0) == "by")) && tokens.Skip(next).All(t => !t.IsWordLike || WordLists.PageFurniture.Contains(t.Key))
                && (i == 1 || tokens.Skip(next).Any(t => WordLists.PageFurniture.Contains(t.Key)));
            var said = WordLists.SpeechVerbs.Contains(view.Key(next)) || (view.Key(i - 2) == "according" && view.Key(i - 1) == "to")
                || (view.Key(next) == "," && (view.Key(next + 1) is "who" or "whose" || (view.Key(next + 1) is "a" or "an" or "the" && next + 2 < tokens.Length && !tokens[next + 2].IsCapitalized)));
            // "Central Asian leaders", "New Caledonian activists": with no given name, a word like a surname before a
            // lowercase noun is an adjective of place.
            var adjectival = !givenName && noun is null && !byline && trailing is null && next < tokens.Length && tokens[next].Kind == TokenKind.Word
                && !tokens[next].IsCapitalized && ClauseAnalyzer.IsLowercaseNounAt(view, next);
            if (!(givenName || surnameShape || noun is not null || byline || trailing is not null) || adjectival)
            {
                i = last;
                continue;
            }

            var confidence = noun is not null || said || byline || (givenName && surnameShape) ? 0.8 : 0.7;
            var official = noun is not null && !WordLists.PrivatePersonNouns.Contains(noun);
            var kind = PartnerKind(view, matches, i, last) ?? (official ? run.Model.OfficialKind ?? run.Model.PersonKind! : run.Model.PersonKind!);
            var (f, l, rule) = (i, last, noun is not null ? "person-noun" : byline ? "byline-person" : "person-name-shape");
            var knownSurname = knownInside.Count > 0 && !givenName;
            var apposed = noun is not null && view.Key(i - 1) == ",";
            yield return (f, l, PriorityPattern, () =>
            {
                if (apposed)
                {
                    // "Russia's envoy to the OSCE, X, confirmed": the commas enclose the name, they list nothing.
                    view.Reserved[f - 1] = true;
                    if (l + 1 < view.Reserved.Length)
                    {
                        view.Reserved[l + 1] = view.Key(l + 1) == "," || view.Reserved[l + 1];
                    }
                }

                return NewOrKnownPerson(view, f, l, kind, rule, confidence, knownSurname);
            });
            i = last;
        }
    }

    /// <summary>
    /// The person named by tokens <paramref name="first"/> to <paramref name="last"/>: the one known or new person with the
    /// same surname (and first name, when written), else a new candidate whose surname becomes a document alias.
    /// </summary>
    private EntityMention? NewOrKnownPerson(SentenceView view, int first, int last, string kind, string rule, double confidence, bool knownSurname = false)
    {
        var tokens = view.Tokens;
        var words = Enumerable.Range(first, last - first + 1).Select(i => tokens[i]).Where(t => t.Kind == TokenKind.Word && !WordLists.NameParticles.Contains(t.Key)).ToList();
        var bySurname = run.Model.Known.Values.Concat(run.NewEntities.Values)
            .Where(e => run.Model.IsPersonKind(e.Kind) && SameSurname(e.Name, words[^1].Key, words.Count > 1 ? words[0].Key : null))
            .Select(e => e.Id).Distinct().ToList();
        if (bySurname.Count == 1)
        {
            run.AddAlias(run.Entity(bySurname[0])!, view.Text(first, last));
            return new EntityMention(first, last, bySurname[0], FormKind.Alias, rule + "-surname", confidence);
        }

        if (knownSurname)
        {
            return null; // "Donald Trump" links to the known Trump; a word that is no given name before a known surname makes no one new
        }

        var entity = run.NewEntity(view.Text(first, last), kind, rule, confidence, [.. PersonAliases(view, first, last)]);
        return new EntityMention(first, last, entity.Id, FormKind.Name, rule, confidence);
    }

    /// <summary>"Russia's envoy to the OSCE, X": the person noun of a phrase "noun to/of/in (the) Y," right before the name.</summary>
    private static string? ApposedNoun(SentenceView view, int name)
    {
        if (view.Key(name - 1) != ",")
        {
            return null;
        }

        for (var k = name - 2; k >= 1 && name - k <= 12; k--)
        {
            if (view.Key(k) is "to" or "of" or "in" or "at" && WordLists.PersonNouns.Contains(view.Key(k - 1)))
            {
                return view.Key(k - 1);
            }

            if (view.Key(k) is "," or "and" or "said" or "." || (view.Tokens[k].Kind == TokenKind.Word && !view.Tokens[k].IsCapitalized && view.Key(k) is not ("the" or "of" or "and")))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The kind of a known person joined by "and" to the name ("X and Nikol Pashinyan", "Pashinyan and X"), if any.</summary>
    private string? PartnerKind(SentenceView view, GazetteerMatch?[] matches, int first, int last)
    {
        GazetteerMatch? partner = view.Key(last + 1) == "and" && last + 2 < view.Tokens.Length ? matches[last + 2] : null;
        if (partner is null && view.Key(first - 1) == "and")
        {
            for (var s = Math.Max(0, first - 5); s < first - 1 && partner is null; s++)
            {
                partner = matches[s] is { } m && s + m.Count == first - 1 ? m : null;
            }
        }

        var mentioned = (view.Key(last + 1) == "and" ? view.MentionAt(last + 2) : null) ?? (view.Key(first - 1) == "and" ? view.MentionAt(first - 2) : null);
        var id = mentioned?.EntityId ?? (partner is not null && partner.EntityIds.Length == 1 ? partner.EntityIds[0] : null);
        return id is not null && run.Entity(id) is { } e && run.Model.IsPersonKind(e.Kind) ? e.Kind : null;
    }

    /// <summary>A new person's document aliases: the surname, and first name with surname for longer names; none for names with particles.</summary>
    private static List<string> PersonAliases(SentenceView view, int first, int last)
    {
        var tokens = view.Tokens;
        var span = Enumerable.Range(first, last - first + 1).Select(i => tokens[i]).ToList();
        if (span.Any(t => WordLists.NameParticles.Contains(t.Key) || t.Key == "-"))
        {
            return [];
        }

        var words = span.Where(t => t.Kind == TokenKind.Word && t.Text.Length > 1).ToList();
        var aliases = words.Count >= 2 ? new List<string> { words[^1].Text } : [];
        if (words.Count >= 3)
        {
            aliases.Add(words[0].Text + " " + words[^1].Text);
        }

        return aliases;
    }

    /// <summary>
    /// The last token of a person's name from token <paramref name="j"/>: capitalized name words (at most four), initials with
    /// their dot, lowercase particles between name words ("Mohammed bin Zayed Al Nahyan") and hyphenated parts ("Jean-Yves").
    /// </summary>
    private int NameRunEnd(SentenceView view, GazetteerMatch?[] matches, int j)
    {
        var tokens = view.Tokens;
        var last = j - 1;
        var words = 0;
        while (last + 1 < tokens.Length && words < 4)
        {
            var k = last + 1;
            if (IsNameToken(tokens[k]) && (matches[k] is null || IsPersonMatch(matches[k]!)))
            {
                last = k;
                words++;
                if (tokens[k].Text.Length == 1 && view.Key(k + 1) == ".")
                {
                    last++;
                }

                continue;
            }

            var p = k;
            while (words > 0 && p < tokens.Length && p - k < 2 && WordLists.NameParticles.Contains(tokens[p].Key) && !tokens[p].IsCapitalized)
            {
                p++;
            }

            if (p > k && p + 1 < tokens.Length && tokens[p].Key == "-" && tokens[p].Start == tokens[p - 1].End && tokens[p + 1].Start == tokens[p].End)
            {
                p++; // "Ahmed al-Sharaa": the particle glued by a hyphen to the surname
            }

            var hyphen = words > 0 && tokens[k].Key == "-" && tokens[k].Start == tokens[last].End && k + 1 < tokens.Length && tokens[k + 1].Start == tokens[k].End;
            if ((p > k || hyphen) && (hyphen ? k + 1 : p) is var n && n < tokens.Length && IsNameToken(tokens[n]) && matches[n] is null)
            {
                last = n - 1;
                continue;
            }

            // "Lee Jae-myung", "Moon Jae-in": a short lowercase syllable glued to a hyphen ends a given name (also before a
            // full stop, comma or "'s" glued to it).
            if (hyphen && tokens[k + 1].Kind == TokenKind.Word && !tokens[k + 1].IsCapitalized && tokens[k + 1].Text.Length <= 5
                && matches[k + 1] is null && !HyphenSuffixes.Contains(tokens[k + 1].Key)
                && (k + 2 >= tokens.Length || tokens[k + 2].Start > tokens[k + 1].End
                    || (tokens[k + 2].Kind is TokenKind.Punctuation or TokenKind.Possessive && tokens[k + 2].Key is not ("-" or "–"))))
            {
                last = k + 1;
                continue;
            }

            break;
        }

        return last;
    }

    /// <summary>Lowercase words glued after a name by a hyphen that make a compound, not a syllable of the name ("Putin-led").</summary>
    private static readonly HashSet<string> HyphenSuffixes = new(StringComparer.Ordinal)
    {
        "led", "elect", "era", "style", "born", "run", "type", "like", "made", "based", "owned", "wing", "shy", "free", "level", "linked",
    };

    /// <summary>The number of name words (particles aside) from token <paramref name="j"/>.</summary>
    private int NameWords(SentenceView view, GazetteerMatch?[] matches, int j) =>
        j >= view.Tokens.Length ? 0 : Enumerable.Range(j, Math.Max(0, NameRunEnd(view, matches, j) - j + 1))
            .Count(k => view.Tokens[k].Kind == TokenKind.Word && view.Tokens[k].Text.Length > 1 && !WordLists.NameParticles.Contains(view.Tokens[k].Key));

    /// <summary>Whether a token can open an untitled person's name: a free capitalized word that is no title, head noun or honorific.</summary>
    private bool IsFreePersonWord(SentenceView view, GazetteerMatch?[] matches, int i)
    {
        var t = view.Tokens[i];
        return IsNameToken(t) && !view.Reserved[i] && view.MentionAt(i) is null && (matches[i] is null || IsPersonMatch(matches[i]!))
            && !WordLists.Honorifics.Contains(t.Key) && run.Model.TitleAt(view.Tokens, i) is null && HeadKind(t.Key) is null && !WordLists.PersonNouns.Contains(t.Key);
    }

    /// <summary>Whether the token is a capitalized word that a name starting after it would continue ("Trump Route": "Route" is no name start).</summary>
    private bool ContinuesName(SentenceView view, int k)
    {
        var t = view.Tokens[k];
        return t.IsCapitalized && t.IsWordLike && !WordLists.LeadingStopwords.Contains(t.Key) && !(IsSentenceStart(view, k) && IsSentenceOpener(t.Key, person: true))
            && !WordLists.Honorifics.Contains(t.Key) && run.Model.TitleAt(view.Tokens, k) is null && !WordLists.PageFurniture.Contains(t.Key)
            && !WordLists.PersonNouns.Contains(t.Key);
    }

    /// <summary>Whether token <paramref name="i"/> is the sentence's first word (only punctuation, such as a bullet or a quote, before it).</summary>
    private static bool IsSentenceStart(SentenceView view, int i)
    {
        for (var k = 0; k < i; k++)
        {
            if (view.Tokens[k].IsWordLike)
            {
                return false;
            }
        }

        return i < view.Tokens.Length;
    }

    /// <summary>Whether a sentence's capitalized first word is an ordinary word ("Only", "Two", or, for persons, one the text writes in lowercase).</summary>
    private bool IsSentenceOpener(string key, bool person) =>
        WordLists.SentenceOpeners.Contains(key) || WordLists.LeadingStopwords.Contains(key) || (person && context.WritesLowercase(key));
}
