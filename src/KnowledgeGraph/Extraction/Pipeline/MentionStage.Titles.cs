
namespace KnowledgeGraph.Extraction;

/// <summary>Titled persons: "Deputy Foreign Minister of Armenia Paruyr Hovhannisyan", "Russian President Vladimir Putin", "Mr. Y".</summary>
internal sealed partial class MentionStage
{
    /// <summary>Office titles ("Deputy Foreign Minister of Armenia Paruyr Hovhannisyan", "Russian President Vladimir Putin").</summary>
    private void FindTitles(SentenceView view, GazetteerMatch?[] matches)
    {
        var tokens = view.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (view.Reserved[i] || !tokens[i].IsWordLike)
            {
                continue;
            }

            if (RespectiveTitles(view, matches, i) is var respectiveLast and >= 0)
            {
                i = respectiveLast;
                continue;
            }

            if (NamesOfStatesAfterPluralTitle(view, matches, i) is var listLast and >= 0)
            {
                i = listLast;
                continue;
            }

            // A lowercase title ("the American president") can only refer back to a person introduced with it.
            var lower = !tokens[i].IsCapitalized;
            var honorific = !lower && WordLists.Honorifics.Contains(tokens[i].Key);
            var title = honorific ? null : run.Model.TitleAt(tokens, i) ?? PluralTitleAt(tokens, i);
            if (title is null && !honorific)
            {
                continue;
            }

            if (!honorific && OfficeOfTitle(view, matches, i, title!) is var servingBodyLast and >= 0)
            {
                i = servingBodyLast;
                continue;
            }

            var modifier = honorific ? i - 1 : FormerBeforeDemonym(view, matches, i) ?? i - 1;
            var notYet = honorific ? 0 : NotYetInOffice(view, i + title!.Keys.Length);
            var lesserOffice = view.Key(modifier) is "deputy" or "vice" or "former" or "ex" or "assistant" or "future" or "prospective";
            if (!honorific && ((lesserOffice && !view.Reserved[modifier]) || notYet > 0))
            {
                // "Deputy Speaker Ruben Rubinyan", "former President X", "future President X", "President-elect X": the title introduces the person, but
                // it is not the office it names (no office relation, no reference to the office's holder).
                if (!lesserOffice)
                {
                    modifier = i;
                }

                var holderStart = i + title!.Keys.Length + notYet;
                if (view.Key(holderStart) is "to" or "of" && matches[view.Key(holderStart + 1) == "the" ? holderStart + 2 : holderStart + 1] is { } host)
                {
                    holderStart = (view.Key(holderStart + 1) == "the" ? holderStart + 2 : holderStart + 1) + host.Count; // "former ambassador to Russia X"
                }

                if (PersonAt(view, matches, holderStart, null, null) is { } holder)
                {
                    for (var r = modifier; r <= holder.Last; r++)
                    {
                        view.Reserved[r] = true;
                    }

                    view.Mentions.Add(holder);
                    GiveRole(holder, view.Text(modifier, holderStart - 1), null);

                    i = holder.Last;
                }
                else
                {
                    i += title.Keys.Length - 1;
                }

                continue;
            }

            // A title inside a known name: part of a person's written name ("Russian President Vladimir Putin")
            // gives the office; inside any other name ("Office of the President") it is just part of that name.
            // An outlet named like an office ("President of Russia" for the Kremlin's website) is the office in running text.
            var covering = Enumerable.Range(0, i + 1).Where(s => matches[s] is { } cm && s + cm.Count - 1 >= i + (title?.Keys.Length ?? 1) - 1)
                .Select(s => matches[s]!).FirstOrDefault(cm => !cm.EntityIds.All(id => run.Entity(id)?.Kind == run.Model.OutletKind));
            if (covering is not null)
            {
                if (title is not null && IsPersonMatch(covering) && covering.EntityIds.Length == 1)
                {
                    TitleInsideName(view, covering, i, title);
                    i += title.Keys.Length - 1;
                }

                continue;
            }

            var titleLast = honorific ? (view.Key(i + 1) == "." ? i + 1 : i) : i + title!.Keys.Length - 1;
            var j = titleLast + 1;
            EntityMention? of = null;
            if (!honorific)
            {
                of = PlaceBefore(view, matches, i);
                if (of is not null && run.Model.OrganizationKind is { } bodyKind && run.Entity(of.EntityId)?.Kind == bodyKind && run.Model.OfficialKind is { } officialKind
                    && !run.Model.OfficeFits(title!.Role, officialKind, bodyKind))
                {
                    of = null; // "GD Prime Minister Irakli Kobakhidze": a party before a state's office is the holder's party, not the office's seat
                }
                if (view.Key(j) == "of")
                {
                    var k = view.Key(j + 1) == "the" ? j + 2 : j + 1;
                    if (view.Key(k) == "republic" && view.Key(k + 1) == "of" && matches[k] is null)
                    {
                        k += 2; // "the President of the Republic of Azerbaijan"
                    }

                    // (Not "CEO of the French company Orano": the demonym only says where the company is from.)
                    if (k < tokens.Length && matches[k] is { } om && PlaceMention(view, om) is { } place && !OpensLongerBody(view, k + om.Count)
                        && !WordLists.CompanyNouns.Contains(view.Key(k + om.Count)) && !WordLists.MediaNouns.Contains(view.Key(k + om.Count)))
                    {
                        of = place;
                        j = k + om.Count;
                    }
                    else if (Portfolio(view, j + 1) is var portfolioEnd && portfolioEnd > j + 1)
                    {
                        // "Minister of Internal Affairs Arpine Sargsian": the portfolio belongs to the title, the name follows it.
                        for (var r = titleLast + 1; r < portfolioEnd; r++)
                        {
                            view.Reserved[r] = true;
                        }

                        titleLast = portfolioEnd - 1;
                        j = portfolioEnd;
                        (of, j) = SeatAfterPortfolio(view, matches, j) is { } seat ? (seat, seat.Last + 1) : (of, j);
                    }
                }

                if (view.Key(j) == "for" && (Portfolio(view, j + 1) is var forEnd && forEnd > j + 1 ? forEnd : RegionPortfolio(view, matches, j + 1)) is var remitEnd
                    && remitEnd > j + 1)
                {
                    // "EU Commissioner for Neighbourhood and Enlargement Olivér Várhelyi", "Minister of State for Europe and Africa X",
                    // "the EU's Special Envoy for the South Caucasus, X": the portfolio or remit after "for" belongs to the title
                    // (a region is the office's remit, not its seat); the name follows it, or the state after "of".
                    for (var r = titleLast + 1; r < remitEnd; r++)
                    {
                        view.Reserved[r] = true;
                    }

                    var foreignRemit = Enumerable.Range(j + 1, remitEnd - j - 1).Any(r => view.Key(r) == "foreign");
                    titleLast = remitEnd - 1;
                    j = remitEnd;
                    (of, j) = SeatAfterPortfolio(view, matches, j) is { } seat ? (seat, seat.Last + 1) : (of, j);
                    if (title!.Keys is ["secretary", "of", "state"] && !foreignRemit && run.Model.Titles.FirstOrDefault(t => t.Keys is ["minister"]) is { } minister)
                    {
                        // "Secretary of State for Europe": a minister of that remit; "... for Foreign Affairs" stays the foreign minister.
                        title = minister;
                    }
                }
                else if (view.Key(j) is "to" or "at" && j + 1 < tokens.Length)
                {
                    // "Iranian ambassador to Armenia X", "Russia's envoy to the OSCE, X": the host follows the title, the name after it.
                    var k = view.Key(j + 1) == "the" ? j + 2 : j + 1;
                    // (A capital stands for its state here: "Chinese Ambassador to Tashkent X".)
                    if (k < tokens.Length && matches[k] is { } hm && (PlaceMention(view, hm) is not null || hm.EntityIds.All(id => run.Entity(id) is { } host && host.Kind == run.Model.StateKind))
                        && NameWords(view, matches, k + hm.Count + (view.Key(k + hm.Count) == "," ? 1 : 0)) >= 2)
                    {
                        j = k + hm.Count;
                    }
                }
            }

            if (!honorific && !lower && view.Key(i - 1) == "the" && view.Key(i - 2) == "of" && view.Key(i - 3) == "office" && view.Tokens[i - 3].IsCapitalized
                && run.Model.OrganizationKind is { } officeKind && !view.Reserved[i - 3])
            {
                // "the Office of the Vice Prime Minister Mher Grigoryan": the office is a body; the title still introduces the name.
                var officeLast = of is not null && of.First > titleLast ? of.Last : titleLast;
                var office = run.NewEntity(view.Text(i - 3, officeLast), officeKind, "office-of-title", 0.8);
                run.NamedOnce.Add(office.Id);
                for (var r = i - 3; r < i; r++)
                {
                    view.Reserved[r] = true;
                }

                view.Mentions.Add(new EntityMention(i - 3, officeLast, office.Id, FormKind.Name, "office-of-title", 0.8));
            }

            if (view.Key(j) == ",")
            {
                j++;
            }
            else if (view.Key(j) == "(" && view.Key(j + 2) == ")" && j + 1 < tokens.Length && tokens[j + 1].IsAcronym)
            {
                j += 3; // "External Affairs Minister (EAM) S. Jaishankar": the title's abbreviation stands between it and the name
            }

            // "Kremlin spokesman Dmitry Peskov": a lowercase title introduces a name of two words or more written right after it.
            var person = lower && of is null && NameWords(view, matches, j) < 2 ? null : PersonAt(view, matches, j, honorific ? null : title!.Role, of);
            if (person is null && !honorific && ApposedPerson(view, matches, i, title!, of) is { } apposed)
            {
                // "Nikol Pashinian, the prime minister of Armenia, and ...": the title describes the name before it.
                // The commas and the title are reserved; "of Armenia" stays a governed mention.
                for (var r = apposed.Last + 1; r <= titleLast; r++)
                {
                    view.Reserved[r] = view.MentionAt(r) is null && !(of is not null && of.First <= r && r <= of.Last);
                }

                if (view.Key(j - 1) == ",")
                {
                    view.Reserved[j - 1] = true;
                }

                if (of is not null)
                {
                    run.AddTitleHolder(HolderKey(title!), of.EntityId, apposed.EntityId);
                }

                if (!view.Mentions.Contains(apposed))
                {
                    view.Mentions.Add(apposed);
                }

                view.Titles.Add(new TitleSpan(i, titleLast, title!.Role, apposed, of));
                GiveRole(apposed, view.Text(i, titleLast), of);

                i = titleLast;
                continue;
            }

            if (person is null && !honorific && of is not null && InstalledSubject(view, matches, Math.Min(i, of.First), title!.Role, of) is { } installed)
            {
                // "Mikheil Kavelashvili was sworn in as Georgia's sixth president": the subject takes the office.
                for (var r = i; r <= titleLast; r++)
                {
                    view.Reserved[r] = view.MentionAt(r) is null && !(of.First <= r && r <= of.Last);
                }

                if (view.MentionAt(installed.First) is null)
                {
                    view.Mentions.Add(installed);
                }

                view.Titles.Add(new TitleSpan(i, titleLast, title.Role, installed, of));
                run.AddTitleHolder(HolderKey(title), of.EntityId, installed.EntityId);
                GiveRole(installed, view.Text(i, titleLast), of);

                i = titleLast;
                continue;
            }

            if (person is null)
            {
                if (!honorific && of is not null && (run.TitleHolder(HolderKey(title!), of.EntityId) ?? StateLeader(title!, of)) is { } holderId)
                {
                    // "the American president", "the President of Azerbaijan": the person the text (or the graph) gave that
                    // office. The state after the title is part of the reference, not an actor of its own.
                    var referenceLast = Math.Max(titleLast, of.First > titleLast ? of.Last : titleLast);
                    for (var r = i; r <= referenceLast; r++)
                    {
                        view.Reserved[r] = true;
                    }

                    var reference = new EntityMention(i, referenceLast, holderId, FormKind.Alias, "title-coreference", 0.8);
                    view.Mentions.Add(reference);

                    // The office is stated as well: "the President of Azerbaijan" says who holds it where.
                    view.Titles.Add(new TitleSpan(i, titleLast, title!.Role, reference, of));
                    i = referenceLast;
                }
                else if (!honorific && of is null && !lower && view.Key(i - 1) == "the" && run.SoleTitleHolder(HolderKey(title!)) is { } soleId)
                {
                    // "Aliyev thanked the Secretary of State": the one person the text gave that office, wherever.
                    for (var r = i; r <= titleLast; r++)
                    {
                        view.Reserved[r] = true;
                    }

                    view.Mentions.Add(new EntityMention(i, titleLast, soleId, FormKind.Alias, "title-coreference", 0.75));
                    i = titleLast;
                }
                else if (!honorific && of is not null && of.First > titleLast && view.Key(i - 1) is "the" or "an" or "a"
                    && run.Entity(of.EntityId)?.Kind == run.Model.StateKind && view.MentionAt(i) is null)
                {
                    // "met with the Ambassador of China to Georgia": an office holder the text does not name acts for the state.
                    for (var r = i; r <= titleLast; r++)
                    {
                        view.Reserved[r] = true;
                    }

                    view.Mentions.Add(new EntityMention(i, titleLast, of.EntityId, FormKind.Metonym, "unnamed-office", 0.7));
                    i = titleLast;
                }

                continue;
            }

            for (var r = i; r <= person.Last; r++)
            {
                view.Reserved[r] = true;
            }

            if (of is not null)
            {
                for (var r = of.First; r <= of.Last; r++)
                {
                    view.Reserved[r] = false;
                }
            }

            view.Mentions.Add(person);
            if (!honorific)
            {
                of ??= ListedState(view, i, person);
                view.Titles.Add(new TitleSpan(i, titleLast, title!.Role, person, of));
                if (of is not null)
                {
                    run.AddTitleHolder(HolderKey(title), of.EntityId, person.EntityId);
                }

                GiveRole(person, view.Text(i, titleLast), of);
            }

            i = person.Last;
        }
    }

    /// <summary>A title within a person's known written name: the office is held in the state named before or after the title.</summary>
    private void TitleInsideName(SentenceView view, GazetteerMatch name, int titleStart, TitlePhrase title)
    {
        var titleLast = titleStart + title.Keys.Length - 1;
        var nameLast = name.First + name.Count - 1;
        var person = new EntityMention(name.First, nameLast, name.EntityIds[0], name.Entries[0].Form, "gazetteer", 1.0);
        EntityMention? of = null;
        for (var s = name.First; s <= nameLast && of is null; s++)
        {
            if (s >= titleStart && s <= titleLast)
            {
                continue;
            }

            var limit = s < titleStart ? titleStart - s : nameLast - s + 1;
            if (run.Model.Gazetteer.MatchAt(view.Tokens, s, limit) is { } m && (s < titleStart ? s + m.Count == titleStart : view.Key(s - 1) is "of" or "the"))
            {
                of = PlaceMention(view, m);
            }
        }

        view.Titles.Add(new TitleSpan(titleStart, titleLast, title.Role, person, of));
        if (of is not null)
        {
            run.AddTitleHolder(HolderKey(title), of.EntityId, person.EntityId);
        }
    }

    /// <summary>The state or body named right before a title: "Russian President", "Armenia's Prime Minister".</summary>
    /// <summary>Gives a new person without a role the title's words, with the state or body it is held in ("President of Georgia").</summary>
    /// <summary>
    /// "Turkish Foreign Minister X, Energy Minister Y, Trade Minister Z": in a comma list of titled persons, a title without a
    /// state of its own takes the state of the item before it, when that item's state was written before its title (a
    /// demonym or a possessive). Only new persons take it; a known person keeps the office the text or the graph gives.
    /// </summary>
    private EntityMention? ListedState(SentenceView view, int titleStart, EntityMention person)
    {
        if (view.Titles.Count == 0 || view.Titles[^1] is not { Person: { } previous, Of: { } state } item || run.Entity(person.EntityId) is not { IsNew: true }
            || state.Last >= item.First || run.Entity(state.EntityId)?.Kind != run.Model.StateKind)
        {
            return null;
        }

        // A comma (or ", and") between the item before and this title, then at most a capitalized portfolio ("Energy and
        // Natural Resources Minister").
        var k = previous.Last + 1;
        if (view.Key(k) != ",")
        {
            return null;
        }

        k += view.Key(k + 1) == "and" ? 2 : 1;
        for (var portfolio = 0; k < titleStart; k++, portfolio++)
        {
            if (portfolio > 5 || view.MentionAt(k) is not null || !(view.Tokens[k].IsCapitalized || (view.Key(k) == "and" && k > 0 && view.Tokens[k - 1].IsCapitalized)))
            {
                return null;
            }
        }

        return state;
    }

    private void GiveRole(EntityMention holder, string roleText, EntityMention? of)
    {
        if (run.Entity(holder.EntityId) is { IsNew: true, Role: null } person)
        {
            person.Role = of is not null && run.Entity(of.EntityId) is { } place ? $"{roleText} of {place.Name}" : roleText;

            // "Sheikh X, President of the UAE": a person an honorific introduced holds the office the title names.
            if (person.Kind == run.Model.PersonKind && run.Model.OfficialKind is { } official)
            {
                person.Kind = official;
            }
        }
    }

    /// <summary>
    /// "X was sworn in as Georgia's sixth president", "Y became Armenia's prime minister": the person opening the sentence
    /// when an installation verb leads to the title (through "as" unless the verb is "become"); null otherwise.
    /// </summary>
    private EntityMention? InstalledSubject(SentenceView view, GazetteerMatch?[] matches, int phraseStart, RoleConcept role, EntityMention of)
    {
        var k = phraseStart - 1;
        while (k >= 0 && (view.Key(k) is "the" || (WordLists.OfficeOrdinals.Contains(view.Key(k)) && !view.Tokens[k].IsCapitalized)))
        {
            k--;
        }

        var viaAs = view.Key(k) == "as";
        var verb = -1;
        for (var v = viaAs ? k - 1 : k; v >= Math.Max(0, k - 6); v--)
        {
            if (WordLists.InstallationVerbs.Contains(view.Key(v)))
            {
                verb = v;
                break;
            }

            if (view.Key(v) is "," or ";" or "and" or "but" or "who" or "which" || view.MentionAt(v) is not null)
            {
                break;
            }
        }

        if (verb < 1 || (!viaAs && view.Key(verb) is not ("became" or "becomes" or "become")) || (viaAs && view.Key(verb) is "became" or "becomes" or "become"))
        {
            return null;
        }

        // The subject opens the sentence: a known person there, or a new person's name.
        if (!IsNameToken(view.Tokens[0]))
        {
            return null;
        }

        if (matches[0] is { } m && IsPersonMatch(m) && m.Count <= verb)
        {
            return FromGazetteer(view, m);
        }

        return PersonAt(view, matches, 0, role, of) is { } p && p.Last < verb ? p : null;
    }

    /// <summary>"President-elect", "Prime Minister-designate": the number of tokens after a title that say its holder is not yet in office.</summary>
    private static int NotYetInOffice(SentenceView view, int after) =>
        view.Key(after) is "-" or "–" && view.Key(after + 1) is "elect" or "designate" ? 2
        : view.Key(after) is "-elect" or "elect" or "-designate" or "designate" ? 1
        : 0;

    /// <summary>
    /// "former Azerbaijani ambassador", "future US President": the index of "former", "ex", "future" or
    /// "prospective" before a state's name or demonym (or a leaning, "former pro-Western") that stands right before the title
    /// at <paramref name="titleStart"/>, else null. ("incoming" is not among them: an incoming ambassador already holds the post.)
    /// </summary>
    private int? FormerBeforeDemonym(SentenceView view, GazetteerMatch?[] matches, int titleStart)
    {
        for (var s = Math.Max(1, titleStart - 3); s < titleStart; s++)
        {
            // "the former pro-Western president": the leaning stands between "former" and the title.
            var before = Leaning(view, s) ? s - 3 : s - 1;
            if (matches[s] is { } m && s + m.Count == titleStart && view.Key(before) is "former" or "ex" or "future" or "prospective"
                && m.EntityIds.All(id => run.Entity(id)?.Kind == run.Model.StateKind || Leaning(view, s)))
            {
                return before;
            }
        }

        return null;
    }

    private EntityMention? PlaceBefore(SentenceView view, GazetteerMatch?[] matches, int titleStart)
    {
        var end = titleStart - 1;
        while (end > 0 && (((WordLists.OfficeOrdinals.Contains(view.Key(end)) || view.Key(end) is "presidential" or "honorary") && !view.Tokens[end].IsCapitalized)
            || (view.Key(end) is "acting" or "interim" or "caretaker") // "Iran's Acting Foreign Minister X": capitalized as part of the title
            || (view.Tokens[end].IsCapitalized && WordLists.PortfolioWords.Contains(view.Key(end)) && view.Key(titleStart) == "minister")
            || (WordLists.PortfolioWords.Contains(view.Key(end)) && view.Key(titleStart) is "spokesperson" or "spokesman" or "spokeswoman")))
        {
            end--; // "Turkish Energy Minister X", "the EU's foreign affairs spokesperson X": the portfolio stands between the state and the title
        }

        if (end >= 0 && view.Tokens[end].Kind == TokenKind.Possessive)
        {
            if (matches[end - 1] is null && DefiniteReferences.BodyBeforePossessive(run, view, end) is { } described)
            {
                // "Samantha Power, the agency's head": the body named before, described again.
                view.Mentions.Add(described);
                return described;
            }

            end--;
        }

        for (var s = Math.Max(0, end - 8); s <= end; s++)
        {
            if (matches[s] is { } m && s + m.Count - 1 == end)
            {
                // "Georgia's pro-Russian president X", "the pro-Western former president": the name says where the holder
                // leans, not which state's office is held.
                return Leaning(view, s) ? null : PlaceMention(view, m);
            }
        }

        return null;
    }

    /// <summary>Whether the name at <paramref name="start"/> follows "pro-", "anti-" or "non-": a leaning, not a seat.</summary>
    internal static bool Leaning(SentenceView view, int start) =>
        view.Key(start - 1) == "-" && view.Key(start - 2) is "pro" or "anti" or "non";

    /// <summary>A gazetteer match that names one state or organization, as a mention.</summary>
    private EntityMention? PlaceMention(SentenceView view, GazetteerMatch m)
    {
        if (m.EntityIds.Length != 1 || run.Entity(m.EntityIds[0]) is not { } e || run.Model.IsPersonKind(e.Kind))
        {
            return null;
        }

        return FromGazetteer(view, m);
    }

    /// <summary>The token after a minister's portfolio that starts at <paramref name="from"/> ("Internal Affairs", "Economy", "Emergency Situations"), or <paramref name="from"/> when there is none.</summary>
    private static int Portfolio(SentenceView view, int from) => ExtractorModel.PortfolioEnd(view.Tokens, from, k => view.MentionAt(k) is null);

    /// <summary>
    /// The token after a remit of places that starts at <paramref name="from"/> ("the South Caucasus", "the Middle East and
    /// North Africa", "Europe") when a person's name follows it; else <paramref name="from"/>. The name starts after the
    /// last place the gazetteer knows when two or three name words follow it (perhaps after a comma); otherwise where a
    /// listed given name opens the last two, else the last three, capitalized words ("Minister for Europe Stephen Doughty").
    /// </summary>
    private int RegionPortfolio(SentenceView view, GazetteerMatch?[] matches, int from)
    {
        var k = from;
        var afterKnown = -1;
        while (k < view.Tokens.Length)
        {
            var at = view.Key(k) == "the" ? k + 1 : k;
            if (at < view.Tokens.Length && matches[at] is { } m && PlaceMention(view, m) is not null)
            {
                k = at + m.Count;
                afterKnown = k;
            }
            else if (at < view.Tokens.Length && RemitWord(view, matches, at))
            {
                k = at + 1;
                while (k < view.Tokens.Length && k - at < 6 && (RemitWord(view, matches, k)
                    || (WordLists.NameParticles.Contains(view.Key(k)) && k + 1 < view.Tokens.Length && IsNameToken(view.Tokens[k + 1]) && matches[k + 1] is null)))
                {
                    k++; // (also a particle inside the name that follows: "Maria de Souza")
                }
            }
            else
            {
                break;
            }

            if (view.Key(k) != "and" || k + 1 >= view.Tokens.Length || !view.Tokens[k + 1].IsCapitalized && view.Key(k + 1) != "the")
            {
                break;
            }

            k++;
        }

        if (afterKnown == k && NameWords(view, matches, view.Key(k) == "," ? k + 1 : k) >= 2)
        {
            return k;
        }

        if (afterKnown < k && k - afterKnown is >= 2 and <= 3 && afterKnown > from && view.Key(afterKnown) != "and")
        {
            return afterKnown;
        }

        // (Two given names first: "José Luis Álvarez". A region's word is no name: "Central Asia Ivan Sorokin". A particle
        // belongs to the name: "Maria de Souza".)
        bool Opens(int g) => g > Math.Max(from, afterKnown) && GivenNames.Contains(view.Key(g)) && !RegionWords.Contains(view.Key(g)) && !CompassWords.Contains(view.Key(g));
        var particle = Enumerable.Range(from, k - from).FirstOrDefault(r => WordLists.NameParticles.Contains(view.Key(r)) && !view.Tokens[r].IsCapitalized, -1);
        var given = particle > 0 && Opens(particle - 1) ? particle - 1 : Opens(k - 3) && Opens(k - 2) ? k - 3 : Opens(k - 2) ? k - 2 : Opens(k - 3) ? k - 3 : -1;
        if (given >= 0)
        {
            return given;
        }

        // (Else the name is the two or three words after the remit's last region word: "the Middle East Hamish Falconer".)
        var lastRegion = Enumerable.Range(from, k - from).LastOrDefault(r => RegionWords.Contains(view.Key(r)), -1);
        return lastRegion > from && k - lastRegion - 1 is 2 or 3 && Enumerable.Range(lastRegion + 1, k - lastRegion - 1).All(r => IsNameToken(view.Tokens[r]) && !WordLists.PortfolioWords.Contains(view.Key(r)))
            ? lastRegion + 1 : from;
    }

    /// <summary>A capitalized word of a remit the gazetteer does not know: a name-like word, or a region's ("Middle", "Africa").</summary>
    private static bool RemitWord(SentenceView view, GazetteerMatch?[] matches, int k) =>
        matches[k] is null && view.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: true } t
        && (IsNameToken(t) || RegionWords.Contains(t.Key) || CompassWords.Contains(t.Key));

    /// <summary>
    /// The state or body named by "of" right after a minister's portfolio: "Minister of State of Qatar", "Minister of Foreign
    /// Affairs of Georgia", "Minister for Foreign Affairs of Kazakhstan". Null when none follows.
    /// </summary>
    private EntityMention? SeatAfterPortfolio(SentenceView view, GazetteerMatch?[] matches, int j)
    {
        var stateAt = view.Key(j + 1) == "the" ? j + 2 : j + 1;
        if (view.Key(j) != "of" || stateAt >= view.Tokens.Length || matches[stateAt] is not { } sm || OpensLongerBody(view, stateAt + sm.Count))
        {
            return null;
        }

        return PlaceMention(view, sm);
    }

    /// <summary>
    /// Whether the capitalized words from <paramref name="k"/> run into a body's head noun: after "head of the UN", the words
    /// "Assistance Mission in ..." make the UN the first word of a longer body's name, not the office's seat.
    /// </summary>
    private bool OpensLongerBody(SentenceView view, int k)
    {
        for (var r = k; r < view.Tokens.Length && r < k + 4 && view.Tokens[r].IsCapitalized && view.Tokens[r].IsWordLike; r++)
        {
            if (HeadKind(view.Key(r)) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The person a title introduces: a known person, or a new one from the capitalized words that follow.</summary>
    private EntityMention? PersonAt(SentenceView view, GazetteerMatch?[] matches, int j, RoleConcept? role, EntityMention? of)
    {
        var tokens = view.Tokens;
        if (j < tokens.Length && (WordLists.Honorifics.Contains(tokens[j].Key) || tokens[j].Key == "ambassador") && tokens[j].IsCapitalized)
        {
            j += view.Key(j + 1) == "." ? 2 : 1; // "the President of the UAE, Sheikh Mohammed bin Zayed", "the Secretary General, Ambassador X"
        }

        if (j >= tokens.Length)
        {
            return null;
        }

        // "President (Ilham) Aliyev": a given name an editor added in parentheses; the person is the one the surname names.
        if (view.Key(j) == "(" && view.Key(j + 2) == ")" && j + 3 < tokens.Length && IsNameToken(tokens[j + 1]) && matches[j + 3] is { EntityIds: [var bracketedId] } bm
            && run.Entity(bracketedId) is { } bracketed && run.Model.IsPersonKind(bracketed.Kind)
            && Tokenizer.Keys(bracketed.Name) is { Length: >= 2 } personKeys && personKeys[0] == tokens[j + 1].Key)
        {
            return new EntityMention(j, j + 3 + bm.Count - 1, bracketed.Id, FormKind.Alias, "titled-person-known", 0.9);
        }

        if (matches[j] is { } m && m.EntityIds.Length == 1 && run.Entity(m.EntityIds[0]) is { } known && run.Model.IsPersonKind(known.Kind))
        {
            // A longer written name ("Mikhail Yurevich Galuzin") still belongs to the known person.
            var end = j + m.Count - 1;
            while (end + 1 < tokens.Length && IsNameToken(tokens[end + 1]) && matches[end + 1] is null && end - j < 4)
            {
                end++;
            }

            return new EntityMention(j, end, known.Id, m.Entries[0].Form, "titled-person-known", 0.95);
        }

        // "Vice President JD Vance": a given name written as two capital initials starts the name.
        var initials = tokens[j].IsAcronym && tokens[j].Text.Length == 2 && matches[j] is null && j + 1 < tokens.Length && IsNameToken(tokens[j + 1]) && matches[j + 1] is null;
        var last = NameRunEnd(view, matches, initials ? j + 1 : j);
        if (last < j || !tokens[last].IsWordLike
            || (last + 1 < tokens.Length && tokens[last + 1].IsCapitalized && HeadKind(tokens[last + 1].Key) is not null))
        {
            // (also "head of the UN Assistance Mission in ...": capitalized words before a body's head noun open the body's name)
            return null;
        }

        var words = Enumerable.Range(j, last - j + 1).Select(i => tokens[i]).Where(t => t.IsWordLike && !WordLists.NameParticles.Contains(t.Key)).ToList();
        if (words is [{ Key: "people" or "nation" or "republic" or "state" or "country" or "government" or "parliament" or "army" or "council" }]
            || (words.Count == 1 && view.Key(last + 1) == "(" && view.Key(last + 3) == ")"))
        {
            // (also "the Turkmenistan Mejlis (Parliament)": one word glossed in parentheses is a body's name)
            return null; // "the Leader of the Turkmen People": a collective noun, not a name
        }

        var surname = words[^1];
        var bySurname = run.Model.Known.Values.Concat(run.NewEntities.Values)
            .Where(e => run.Model.IsPersonKind(e.Kind) && SameSurname(e.Name, surname.Key, words.Count > 1 ? words[0].Key : null))
            .Select(e => e.Id).Distinct().ToList();
        if (bySurname.Count == 1)
        {
            run.AddAlias(run.Entity(bySurname[0])!, view.Text(j, last));
            return new EntityMention(j, last, bySurname[0], FormKind.Alias, "titled-person-surname", 0.85);
        }

        if (words.Count < 2 && role is null)
        {
            return null;
        }

        var kind = role is null ? run.Model.PersonKind : run.Model.OfficialKind;
        if (kind is null)
        {
            return null;
        }

        var name = view.Text(j, last);
        var entity = run.NewEntity(name, kind, role is null ? "honorific-person" : "titled-person", words.Count >= 2 ? 0.9 : 0.6, [.. PersonAliases(view, j, last)]);
        return new EntityMention(j, last, entity.Id, FormKind.Name, entity.Rule, entity.Confidence);
    }

    /// <summary>
    /// "the Azerbaijani leader": a state's leader is the one person the text (or the graph) made its head of state, else its
    /// head of government; "the Armenian minister" is the one minister the text named for that state.
    /// </summary>
    private string? StateLeader(TitlePhrase title, EntityMention of) =>
        run.Entity(of.EntityId)?.Kind != run.Model.StateKind ? null
        : title.Role.Concept == "leader" && title.Keys is ["leader"] ? run.TitleHolder("head-of-state", of.EntityId) ?? run.TitleHolder("head-of-government", of.EntityId)
            ?? run.SoleKnownPersonOf(of.EntityId)
        // "the Armenian minister": the one minister of any portfolio the text named for the state
        : title.Keys is ["minister"] ? run.SoleHolderIn(of.EntityId, r => r.EndsWith("minister", StringComparison.Ordinal))
        : null;

    private static bool SameSurname(string fullName, string surnameKey, string? firstKey)
    {
        var keys = Tokenizer.Keys(fullName);
        if (firstKey is null && KnownPersons.NameBySurname(surnameKey) is { } listed && listed == KnownPersons.UsualName(fullName))
        {
            return true; // "President Xi": the one name a listed person goes by alone
        }

        if (keys.Length == 0 || TextFold.Skeleton(keys[^1]) != TextFold.Skeleton(surnameKey))
        {
            return false;
        }

        // "Tayyip Erdoğan" is "Recep Tayyip Erdoğan": a written first name may be the known name's middle one.
        return firstKey is null || keys.Length == 1 || TextFold.Skeleton(keys[0]) == TextFold.Skeleton(firstKey) || SameFirstNameLoosely(keys[0], firstKey)
            || keys[1..^1].Any(k => k.Length >= 3 && TextFold.Skeleton(k) == TextFold.Skeleton(firstKey));
    }

    /// <summary>
    /// "Mher" and "Mger": first names that differ only by an h or g (the Armenian and Persian h is a Russian g: Hrant and
    /// Grant), at least three letters left. Only compared for one surname, so no two people of different surnames merge.
    /// </summary>
    private static bool SameFirstNameLoosely(string a, string b)
    {
        static string Loose(string key) => new([.. TextFold.Skeleton(key).Where(c => c is not ('h' or 'g'))]);
        var (la, lb) = (Loose(a), Loose(b));
        return la.Length >= 3 && la == lb && (a[0] == b[0] || (a[0] is 'h' or 'g' && b[0] is 'h' or 'g'));
    }

    private static bool IsNameToken(Token t) =>
        t.Kind == TokenKind.Word && t.IsCapitalized && !t.IsAcronym && !WordLists.Months.Contains(t.Key) && !WordLists.Weekdays.Contains(t.Key)
        && !WordLists.LeadingStopwords.Contains(t.Key) && !WordLists.OrganizationHeads.Contains(t.Key) && !WordLists.PageFurniture.Contains(t.Key)
        && !WordLists.EventHeads.Contains(t.Key) && !WordLists.AgreementHeads.Contains(t.Key) && !WordLists.MilitaryUnitHeads.Contains(t.Key)
        && !WordLists.PlaceHeads.Contains(t.Key);

    /// <summary>
    /// The office a title names, for "the president of X" to find who the text gave it: the role concept, except for the
    /// generic leader concept, whose titles (secretary general, chairperson, director) are different offices of one body.
    /// </summary>
    private static string HolderKey(TitlePhrase title) =>
        title.Role.Concept == "leader" ? title.Role.Concept + ":" + string.Join(' ', title.Keys) : title.Role.Concept;

    /// <summary>Whether two names joined by "and" follow: "X Y and Z W".</summary>
    private static bool CoordinatedNamesAt(IReadOnlyList<Token> tokens, int j)
    {
        var k = j;
        while (k < tokens.Count && k - j < 4 && IsNameToken(tokens[k]))
        {
            k++;
        }

        return k - j >= 2 && k + 1 < tokens.Count && tokens[k].Key == "and" && IsNameToken(tokens[k + 1]);
    }

    /// <summary>
    /// "Presidents of Kazakhstan and Italy, X and Y", "the foreign ministers of A and B, X and Y":
    /// a plural title over two states, then two names in the same order; each name holds the office in its state. Returns the
    /// last token read, or -1 when the words at <paramref name="i"/> are not such a phrase.
    /// </summary>
    private int RespectiveTitles(SentenceView view, GazetteerMatch?[] matches, int i)
    {
        var tokens = view.Tokens;
        if (!Enumerable.Range(i, Math.Min(4, tokens.Length - i)).Any(k => view.Key(k + 1) == "of" && view.Key(k).EndsWith('s')))
        {
            return -1; // most words open no plural title before "of"; the title list is read only when one could
        }

        var title = PluralTitles(tokens, i).FirstOrDefault();
        if (title is null || view.Key(i + title.Keys.Length) != "of")
        {
            return -1;
        }

        var titleLast = i + title.Keys.Length - 1;
        var a = view.Key(titleLast + 2) == "the" ? titleLast + 3 : titleLast + 2;
        if (a >= tokens.Length || matches[a] is not { } am || PlaceMention(view, am) is not { } stateA || run.Entity(stateA.EntityId)?.Kind != run.Model.StateKind
            || view.Key(a + am.Count) != "and")
        {
            return -1;
        }

        var b = view.Key(a + am.Count + 1) == "the" ? a + am.Count + 2 : a + am.Count + 1;
        if (b >= tokens.Length || matches[b] is not { } bm || PlaceMention(view, bm) is not { } stateB || run.Entity(stateB.EntityId)?.Kind != run.Model.StateKind
            || stateA.EntityId == stateB.EntityId || view.Key(b + bm.Count) != ",")
        {
            return -1;
        }

        if (PersonAt(view, matches, b + bm.Count + 1, title.Role, stateA) is not { } first || view.Key(first.Last + 1) != "and"
            || PersonAt(view, matches, first.Last + 2, title.Role, stateB) is not { } second || first.EntityId == second.EntityId)
        {
            return -1;
        }

        HoldersOfPluralTitle(view, i, titleLast, title, [(first, stateA), (second, stateB)]);
        return second.Last;
    }

    /// <summary>
    /// Records the holders a plural title at <paramref name="i"/> introduces, each with the state whose office it is: the
    /// title's words and the names are reserved, and each name gets the office.
    /// </summary>
    private void HoldersOfPluralTitle(SentenceView view, int i, int titleLast, TitlePhrase title, IEnumerable<(EntityMention Person, EntityMention State)> holders)
    {
        for (var r = i; r <= titleLast; r++)
        {
            view.Reserved[r] = true;
        }

        foreach (var (person, of) in holders)
        {
            for (var r = person.First; r <= person.Last; r++)
            {
                view.Reserved[r] = true;
            }

            view.Mentions.Add(person);
            view.Titles.Add(new TitleSpan(i, titleLast, title.Role, person, of));
            run.AddTitleHolder(HolderKey(title), of.EntityId, person.EntityId);
            GiveRole(person, string.Join(' ', title.Keys), of);
        }
    }

    /// <summary>
    /// "Presidents X of Kazakhstan, Y of Uzbekistan and Z of Azerbaijan", "Foreign Ministers X of Armenia and Y of Azerbaijan":
    /// a plural title, then two or more names each followed by "of" and the state whose office it is. Returns the last token
    /// read, or -1 when the words at <paramref name="i"/> are not such a list.
    /// </summary>
    private int NamesOfStatesAfterPluralTitle(SentenceView view, GazetteerMatch?[] matches, int i)
    {
        var tokens = view.Tokens;
        if (!Enumerable.Range(i, Math.Min(3, tokens.Length - i - 1)).Any(k => view.Key(k).EndsWith('s') && tokens[k + 1].IsCapitalized)
            || PluralTitles(tokens, i).FirstOrDefault() is not { } title)
        {
            return -1;
        }

        var titleLast = i + title.Keys.Length - 1;
        var items = new List<(EntityMention Person, EntityMention State)>();
        var k = titleLast + 1;
        while (k < tokens.Length)
        {
            if (PersonAt(view, matches, k, title.Role, null) is not { } person || view.Key(person.Last + 1) != "of")
            {
                break;
            }

            var s = view.Key(person.Last + 2) == "the" ? person.Last + 3 : person.Last + 2;
            if (s >= tokens.Length || matches[s] is not { } sm || PlaceMention(view, sm) is not { } state || run.Entity(state.EntityId)?.Kind != run.Model.StateKind)
            {
                break;
            }

            items.Add((person, state));
            k = s + sm.Count;
            if (view.Key(k) == "," && view.Key(k + 1) == "and")
            {
                k += 2;
            }
            else if (view.Key(k) is "," or "and")
            {
                k++;
            }
            else
            {
                break;
            }
        }

        if (items.Count < 2 || items.Select(p => p.Person.EntityId).Distinct().Count() < items.Count)
        {
            return -1;
        }

        HoldersOfPluralTitle(view, i, titleLast, title, items);
        return items[^1].Person.Last;
    }

    /// <summary>
    /// "the Prime Minister's Office", "the Kyrgyz President's Administration", "the President's Press Service": the body that
    /// serves an office is a body of its own (with the state whose demonym comes before), not the office holder. Returns the
    /// last token of the body's name, or -1.
    /// </summary>
    private int OfficeOfTitle(SentenceView view, GazetteerMatch?[] matches, int i, TitlePhrase title)
    {
        var tokens = view.Tokens;
        var possessive = i + title.Keys.Length;
        if (run.Model.OrganizationKind is not { } bodyKind || possessive + 1 >= tokens.Length || tokens[possessive].Kind != TokenKind.Possessive
            || !tokens[i].IsCapitalized || !tokens[possessive + 1].IsCapitalized)
        {
            return -1;
        }

        var last = view.Key(possessive + 1) switch
        {
            "office" or "administration" or "apparatus" or "chancellery" or "secretariat" => possessive + 1,
            "press" when view.Key(possessive + 2) is "service" or "office" && tokens[possessive + 2].IsCapitalized => possessive + 2,
            _ => -1,
        };
        if (last < 0)
        {
            return -1;
        }

        // "the Kyrgyz President's Administration": a demonym right before the title belongs to the name.
        var first = i >= 1 && matches[i - 1] is { EntityIds: [var stateId] } && run.Entity(stateId)?.Kind == run.Model.StateKind ? i - 1 : i;
        for (var r = first; r <= last; r++)
        {
            view.Reserved[r] = true;
        }

        var entity = run.NewEntity(view.Text(first, last), bodyKind, "office-of-title", 0.8);
        view.Mentions.Add(new EntityMention(first, last, entity.Id, FormKind.Name, "office-of-title", 0.8));
        return last;
    }

    /// <summary>"Deputy Prime Ministers X and Y": an office title in the plural.</summary>
    private TitlePhrase? PluralTitleAt(IReadOnlyList<Token> tokens, int i) =>
        PluralTitles(tokens, i).FirstOrDefault(t => (t.Keys.Length > 1 || tokens[i].Key.Length > 4) && CoordinatedNamesAt(tokens, i + t.Keys.Length));

    /// <summary>The titles written in the plural at token <paramref name="i"/> ("Presidents", "Foreign Ministers"), in the model's order.</summary>
    private IEnumerable<TitlePhrase> PluralTitles(IReadOnlyList<Token> tokens, int i) =>
        run.Model.Titles.Where(t => t.Keys.Length is var n && i + n <= tokens.Count && tokens[i + n - 1].Key == t.Keys[^1] + "s"
            && Enumerable.Range(0, n - 1).All(k => tokens[i + k].Key == t.Keys[k]));

    /// <summary>The person a title in apposition describes: "Ilham Aliev, the president of Azerbaijan", "X, the Armenian foreign minister".</summary>
    private EntityMention? ApposedPerson(SentenceView view, GazetteerMatch?[] matches, int titleStart, TitlePhrase title, EntityMention? of)
    {
        var d = (of is not null && of.Last < titleStart ? of.First : titleStart) - 1;
        if (view.Key(d) is "the" or "a" or "an")
        {
            d--;
        }

        if (view.Key(d) != "," || d < 1)
        {
            return null;
        }

        var nameEnd = d - 1;
        if (view.Mentions.LastOrDefault(m => m.Last == nameEnd && m.CanBeArgument) is { } named && run.Entity(named.EntityId) is { } namedEntity
            && run.Model.IsPersonKind(namedEntity.Kind) && view.Titles.All(t => t.Person?.EntityId != named.EntityId))
        {
            return named; // "Sheikh X bin Y, President of the UAE": the honorific already introduced the name
        }

        var start = nameEnd;
        var particles = 0;
        while (start - 1 >= 0 && nameEnd - start < 3 + particles && !view.Reserved[start - 1])
        {
            if (IsNameToken(view.Tokens[start - 1]))
            {
                start--;
            }
            else if (start - 2 >= 0 && particles < 2 && !view.Tokens[start - 1].IsCapitalized && WordLists.NameParticles.Contains(view.Key(start - 1))
                && IsNameToken(view.Tokens[start - 2]) && !view.Reserved[start - 2])
            {
                // "Tamim bin Hamad Al Thani, Emir of Qatar": a lowercase particle inside the name.
                start -= 2;
                particles++;
            }
            else
            {
                break;
            }
        }

        while (start < nameEnd && WordLists.Honorifics.Contains(view.Key(start)))
        {
            start++; // "Sheikh X, the President of the UAE": the honorific is no part of the name
        }

        if (!IsNameToken(view.Tokens[nameEnd]) || view.Reserved[nameEnd])
        {
            return null;
        }

        // A known person's name may be shorter than the run ("Prime Minister's ally Nikol Pashinian").
        for (var s = start; s <= nameEnd; s++)
        {
            if (matches[s] is { } m && s + m.Count - 1 == nameEnd && IsPersonMatch(m))
            {
                return PersonAt(view, matches, s, title.Role, of);
            }
        }

        var person = nameEnd > start ? PersonAt(view, matches, start, title.Role, of) : null;
        return person is { } p && p.Last == nameEnd ? p : null;
    }
}
