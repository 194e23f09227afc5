using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction;

/// <summary>New named entities: bodies, units, agreements and events by their head noun; weapon systems before a weapon noun.</summary>
internal sealed partial class MentionStage
{
    /// <summary>Whether the capitalized run at <paramref name="i"/> opens a document's long name: "Treaty on ...", "Framework Agreement for ...".</summary>
    private bool DocumentNamed(IReadOnlyList<Token> tokens, int i) =>
        Enumerable.Range(i, Math.Min(3, tokens.Count - i - 1)).Any(k => HeadKindAt(tokens, k) == run.Model.AgreementKind && tokens[k + 1].Key is "on" or "of" or "for");

    /// <summary>
    /// "..., Friendship, and Cooperation": the last token of a list of single capitalized words that the comma at
    /// <paramref name="comma"/> opens and "and" closes inside a document's name, or null when the words after it are no such list
    /// (a name of the gazetteer, a lowercase word, or no closing "and" ends it).
    /// </summary>
    private static int? ListInNameEnd(SentenceView view, GazetteerMatch?[] matches, int comma)
    {
        var tokens = view.Tokens;
        var k = comma;
        for (var items = 0; items < 6 && k + 1 < tokens.Length; items++)
        {
            var word = view.Key(k + 1) == "and" ? k + 2 : k + 1;
            if (word >= tokens.Length || tokens[word] is not { Kind: TokenKind.Word, IsCapitalized: true } || matches[word] is not null || view.Reserved[word])
            {
                return null;
            }

            var last = word;
            while (view.Key(last + 1) == "-" && last + 2 < tokens.Length && tokens[last + 2].Kind == TokenKind.Word && tokens[last + 2].Start == tokens[last + 1].End)
            {
                last += 2; // "Good-Neighborliness"
            }

            if (view.Key(k + 1) == "and")
            {
                return last;
            }

            if (view.Key(last + 1) == "and")
            {
                return tokens.Length > last + 2 && tokens[last + 2] is { Kind: TokenKind.Word, IsCapitalized: true } && matches[last + 2] is null && !view.Reserved[last + 2] ? last + 2 : null;
            }

            if (view.Key(last + 1) != ",")
            {
                return null;
            }

            k = last + 1;
        }

        return null;
    }

    /// <summary>
    /// Whether a second document's name starts at <paramref name="k"/>: a head of its own within its first four words ("the
    /// Khujand Declaration on Eternal Friendship" after "the Treaty on the Junction Point of State Borders and").
    /// </summary>
    private bool SecondDocumentAt(IReadOnlyList<Token> tokens, int k)
    {
        for (var j = k; j < Math.Min(tokens.Count, k + 4) && tokens[j].IsCapitalized; j++)
        {
            if (HeadKindAt(tokens, j) == run.Model.AgreementKind)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Heads that, after "and", start a second body's name: "... and State Department", "... and Fudan University".</summary>
    private static readonly FrozenSet<string> SecondBodyHeads = FrozenSet.ToFrozenSet(
        ["ministry", "department", "university", "institute", "embassy", "consulate", "agency", "committee", "commission", "council", "office",
         "bank", "company", "corporation", "parliament", "service", "bureau", "secretariat", "foundation", "centre", "center", "court",
         "directorate", "academy", "school", "college"], StringComparer.Ordinal);

    /// <summary>
    /// Whether the capitalized run <paramref name="from"/>..<paramref name="end"/> holds a body's head or a title and the
    /// capitalized words after the "and" that follows it hold a second body's head ("Ministry of Energy and Natural
    /// Resources" holds none after "and", so stays one name).
    /// </summary>
    private bool SecondBodyAfterAnd(SentenceView view, int from, int end)
    {
        var tokens = view.Tokens;
        if (!Enumerable.Range(from, end - from + 1).Any(k => WordLists.OrganizationHeads.Contains(tokens[k].Key) || run.Model.TitleAt(tokens, k) is not null))
        {
            return false;
        }

        for (var p = end + 2; p < tokens.Length && p - end <= 6 && tokens[p].IsCapitalized && tokens[p].IsWordLike && !view.Reserved[p]; p++)
        {
            if (SecondBodyHeads.Contains(tokens[p].Key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Capitalized names ending in an organization, unit, agreement or event head noun ("Shatrujeet Brigade").</summary>
    private IEnumerable<(int, int, int, Func<EntityMention?>)> NamedBodies(SentenceView view, GazetteerMatch?[] matches)
    {
        var tokens = view.Tokens;
        var i = 0;
        while (i < tokens.Length)
        {
            if (!(tokens[i].IsCapitalized && tokens[i].IsWordLike) || view.Reserved[i] || IsDateWord(tokens[i].Key))
            {
                i++;
                continue;
            }

            var end = i;
            while (end + 1 < tokens.Length && !view.Reserved[end + 1])
            {
                var next = tokens[end + 1];
                if ((next.IsCapitalized && next.IsWordLike && !IsDateWord(next.Key)) || (next.Kind == TokenKind.Number && end > i))
                {
                    end++;
                }
                else if (next.Key == "." && tokens[end].Key is "pte" or "co" or "corp" or "inc" && end + 2 < tokens.Length && tokens[end + 2].IsCapitalized
                    && tokens[end + 2].IsWordLike && !view.Reserved[end + 2] && next.Start == tokens[end].End)
                {
                    end += 2; // "China Harbour Investment Pte. Ltd.": the period of an abbreviation inside a company's name
                }
                else if (next.Key == "and" && (WordLists.CompanySuffixes.Contains(tokens[end].Key) || WordLists.NonStateHeads.Contains(tokens[end].Key)
                    || Enumerable.Range(i, end - i + 1).Any(s => matches[s] is { } whole && s + whole.Count - 1 == end && StateOf(whole) is not null)))
                {
                    // "Hindustan Aeronautics Limited and Container Corporation of India", "TBC Bank and Conti International": a
                    // company's suffix or a bank, airline or party ends its name;
                    // "The US and European Union": a known state before "and" is an item of a list, not the start of a name.
                    break;
                }
                else if (next.Key == "and" && SecondBodyAfterAnd(view, i, end))
                {
                    // "the US Ambassador and State Department officials", "the Institute of ... of the Foreign Ministry and Fudan
                    // University": a title or a body's head before "and" and a second body's head after it are two names.
                    break;
                }
                else if (WordLists.NameConnectors.Contains(next.Key) && end + 2 < tokens.Length && tokens[end + 2].IsCapitalized && !view.Reserved[end + 2]
                    && !IsDateWord(tokens[end + 2].Key) && !(next.Key == "-" && SpacedDashEndsName(view, matches, i, end)))
                {
                    end += 2; // "Bank of Georgia", not "European Parliament on Thursday" nor "Brussels – The Commission"
                }
                else if (next.Kind == TokenKind.Possessive && tokens[end].Key is "people" or "workers" && end + 2 < tokens.Length && tokens[end + 2].IsCapitalized
                    && tokens[end + 2].IsWordLike && !view.Reserved[end + 2] && next.Start == tokens[end].End)
                {
                    end += 2; // "People's Democratic Party", "People's Liberation Army": the possessive is inside the name
                }
                else if (next.Key == "-" && end > i && end + 2 < tokens.Length && tokens[end + 2].Kind == TokenKind.Word && !view.Reserved[end + 2]
                    && next.Start == tokens[end].End && tokens[end + 2].Start == next.End && tokens[end].IsCapitalized)
                {
                    end += 2; // "Co-operation": a hyphenated word inside a name
                }
                else if (next.Key == "in" && end + 2 < tokens.Length && tokens[end + 2].IsCapitalized && !view.Reserved[end + 2]
                    && HeadOpensName(tokens, i, end))
                {
                    end += 2; // "Organization for Security and Cooperation in Europe": a head-first name takes its "in" part
                }
                else if (next.Key is "in" or "to" && SeatedPlace(view, matches, end) is { } seat)
                {
                    end = seat; // "the European Union Mission in Armenia": a seated body's place is part of its name
                }
                else if (next.Key == "to" && WordLists.OrganizationHeads.Contains(tokens[end].Key) && tokens[end].IsCapitalized && end + 2 < tokens.Length
                    && tokens[end + 2].IsCapitalized && tokens[end + 2].Kind == TokenKind.Word && matches[end + 2] is null && !view.Reserved[end + 2])
                {
                    end += 2; // "Global Coalition to Defeat ISIS", "Committee to Protect Journalists": a body named by its purpose
                }
                else if (next.Key == "and" && view.Key(end + 2) == "the" && end + 3 < tokens.Length && tokens[end + 3].IsCapitalized && !view.Reserved[end + 3]
                    && HeadKindAt(tokens, i) == run.Model.AgreementKind && view.Key(i + 1) is "of" or "on" && !SecondDocumentAt(tokens, end + 3))
                {
                    end += 3; // "Treaty of the Foundation of Mutual Relations and the Principles of Cooperation"
                }
                else if (next.Key is "of" or "on" or "for" && view.Key(end + 2) == "the" && end + 3 < tokens.Length && tokens[end + 3].IsCapitalized && !view.Reserved[end + 3]
                    && !IsDateWord(tokens[end + 3].Key) && Enumerable.Range(i, end - i + 1).Any(k => HeadKindAt(tokens, k) is not null || tokens[k].Key == "republic"))
                {
                    end += 3; // "Agreement on the Establishment of Peace", not "Tirana for the European Political Community"
                }
                else if (DocumentNamed(tokens, i) && next.Key == "," && ListInNameEnd(view, matches, end + 1) is { } listEnd)
                {
                    end = listEnd; // "Treaty on Lasting Peace, Friendship, and Trade"
                }
                else if (DocumentNamed(tokens, i) && next.Key == "(" && end + 4 < tokens.Length && tokens[end + 2].IsAcronym && tokens[end + 3].Key == ")"
                    && tokens[end + 4] is { Kind: TokenKind.Word, IsCapitalized: true } && matches[end + 4] is null && !view.Reserved[end + 4])
                {
                    end += 4; // "Framework Agreement for Joint Work on the Turkmenistan-Iran (TIR) Pipeline Project"
                }
                else
                {
                    break;
                }
            }

            var runEnd = end;
            var start = i;
            while (start <= end && (WordLists.LeadingStopwords.Contains(tokens[start].Key) || !tokens[start].IsCapitalized || (IsSentenceStart(view, start) && IsSentenceOpener(tokens[start].Key, person: false))))
            {
                start++;
            }

            // "12th Summit of the Organization of Turkic States", "Ninth Meeting of the Council": an event head opening the name
            // (after ordinals) is the head; the body after "of" is whose event it is, and the ordinal belongs to the name.
            var eventStart = start;
            while (eventStart < end && (WordLists.OfficeOrdinals.Contains(tokens[eventStart].Key) || tokens[eventStart].Key is "informal" or "extraordinary" or "annual" or "special" or "joint"))
            {
                eventStart++;
            }

            // "the 30th Council of Heads of State of the SCO": a numbered council of heads is one of its meetings.
            var numbered = eventStart > start || (start > 0 && IsNumberOrdinal(tokens[start - 1]) && !view.Reserved[start - 1]);
            var councilMeeting = numbered && tokens[eventStart].Key == "council" && view.Key(eventStart + 2) == "heads";
            if (eventStart + 2 <= end && ((WordLists.EventHeads.Contains(tokens[eventStart].Key) && tokens[eventStart].Key is not ("talks" or "process" or "day")) || councilMeeting)
                && tokens[eventStart + 1].Key == "of" && run.Model.EventKind is { } eventKind)
            {
                var first = start > 0 && IsNumberOrdinal(tokens[start - 1]) && !view.Reserved[start - 1] ? start - 1 : start;
                var (ef, el, eh) = (first, end, eventStart);
                yield return (ef, el, PriorityPattern, () => NewBody(view, ef, el, eventKind, eh));
                i = runEnd + 1;
                continue;
            }

            // "Ministerial Council of the Organization for ... (OSCE)": the acronym spells only the inner body, which is a body of its own.
            if (AcronymAfter(view, end) is { } acronymStart && acronymStart > start + 1)
            {
                var outerLast = acronymStart - 1;
                while (outerLast > start && tokens[outerLast].Key is "of" or "the" or "and")
                {
                    outerLast--;
                }

                foreach (var inner in BodySpan(view, matches, acronymStart, end))
                {
                    yield return inner;
                }

                end = outerLast;
            }

            // "Tavush Diocese of the Armenian Apostolic Church": a body of another body, both named by their heads, is two bodies.
            if (OfAnotherBody(view, matches, start, end) is { } ofBody)
            {
                foreach (var inner in BodySpan(view, matches, ofBody, end))
                {
                    yield return inner;
                }

                end = ofBody - (view.Key(ofBody - 1) == "the" ? 3 : 2);
            }

            if (start <= end && HeadIndex(tokens, start, end) < 0 && NamedByBodyNoun(view, matches, start, end) is { } party)
            {
                yield return party;
                i = runEnd + 1;
                continue;
            }

            // "Chairman of the Organization for Security ...": a head-first body after "of the" starts the name itself.
            for (var k = start + 1; k + 1 <= end; k++)
            {
                if (HeadKindAt(tokens, k) is not null)
                {
                    if (tokens[k - 1].Key is "the" or "of" && tokens[k + 1].Key is "for" or "on" or "of" && WordLists.OrganizationHeads.Contains(tokens[k].Key)
                        && Enumerable.Range(start, k - start).All(h => HeadKindAt(tokens, h) is null))
                    {
                        start = k;
                    }

                    break;
                }
            }

            // "Treaty of the Foundation of ...", "Framework Agreement on the Study for the ... Railway Project": a document's head
            // opening the name (after at most two words) is its head, whatever nouns its "of", "on" or "for" part holds.
            var head = start + 2 <= end && end < tokens.Length && HeadKindAt(tokens, start) == run.Model.AgreementKind && tokens[start + 1].Key is "of" or "on" ? start
                : end < tokens.Length ? Enumerable.Range(start + 1, Math.Max(0, Math.Min(2, end - start - 2))).FirstOrDefault(
                    k => HeadKindAt(tokens, k) == run.Model.AgreementKind && tokens[k + 1].Key is "on" or "for" && Enumerable.Range(start, k - start).All(h => HeadKindAt(tokens, h) is null), -1)
                : -1;
            // "Astana Declaration of the Council of Foreign Ministers": a named document "of" a body is that body's; its name ends at its head.
            var issued = head < 0 && start + 4 <= end && HeadKindAt(tokens, start + 1) == run.Model.AgreementKind && HeadKindAt(tokens, start) is null
                && tokens[start + 2].Key == "of" && tokens[start + 3].Key == "the" && HeadKindAt(tokens, start + 4) == run.Model.OrganizationKind;
            if (issued)
            {
                head = start + 1;
            }

            for (var k = end; k >= start && head < 0; k--)
            {
                if (HeadKindAt(tokens, k) is not null && !(k > 0 && tokens[k - 1].Key == "-" && tokens[k - 1].End == tokens[k].Start)
                    && !(tokens[k].Key == "international" && k < end && tokens[k + 1].IsCapitalized))
                {
                    // not the second half of a hyphenated word ("Co-operation"), nor "International" as the adjective of the word
                    // after it ("Committee on International Affairs"; "Conti International" ends with it)
                    head = k;
                    break;
                }
            }

            i = runEnd + 1;


            // A head alone is no name: "Ministry of Foreign Affairs" needs its "of" part, "Shatrujeet Brigade" its modifier.
            // "Agreement on the Establishment of ...", "Council for Foreign Relations": a head opening its own name.
            var opening = head + 2 <= end && (tokens[head + 1].Key is "on" or "for" || (head == start && tokens[head + 1].Key == "of" && HeadKindAt(tokens, head) == run.Model.AgreementKind))
                && matches[head + 2] is null;
            var ofState = head == start && head >= 0 && WordLists.StateInstitutionHeads.Contains(tokens[head].Key) && StateAfterOf(view, matches, head) is { } se && se <= end;
            if (head < 0 || (head == start && !opening && !ofState && !(head + 2 <= end && tokens[head + 1].Key == "of" && matches[head + 2] is null)))
            {
                continue;
            }

            // "X of <known state or body>" ends the name: the rest is who it belongs to, unless the acronym after it spells it
            // ("Armenian National Committee of America (ANCA)") or the head is a state's own institution ("Government of Armenia").
            var spelled = AcronymAfter(view, end) == start;
            var institution = head == start && WordLists.StateInstitutionHeads.Contains(tokens[head].Key) && StateAfterOf(view, matches, head) is { } stateEnd && stateEnd <= end
                ? stateEnd : -1;
            var last = (opening || spelled) && !issued ? end : institution >= 0 ? institution : head;
            if (last == head && last + 1 < tokens.Length && IsRomanNumeral(tokens[last + 1].Text) && !view.Reserved[last + 1])
            {
                last++; // "World War II": a Roman numeral after the head is part of the name
            }
            if (!spelled && institution < 0 && head + 2 <= end && (tokens[head + 1].Key == "to" || (WordLists.SeatedHeads.Contains(tokens[head].Key) && tokens[head + 1].Key == "in")))
            {
                last = end; // "Mission in Armenia", "Coalition to Defeat ISIS"
            }

            while (!spelled && !issued && institution < 0 && last + 2 <= end && tokens[last + 1].Key == "of")
            {
                var k = tokens[last + 2].Key == "the" ? last + 3 : last + 2;
                if (k <= end && matches[k] is { } ministryOwner && WordLists.StateOwnedHeads.Contains(tokens[head].Key) && (last > head || head > start) && StateOf(ministryOwner) is not null
                    && !(k + ministryOwner.Count < tokens.Length && tokens[k + ministryOwner.Count].Kind == TokenKind.Possessive))
                {
                    // (not "Legislative Chamber of Uzbekistan's parliament": the state owns the next noun, which owns the body)
                    last = k + ministryOwner.Count - 1; // "Ministry of Foreign Affairs of Uzbekistan", "Constitutional Court of Armenia": named with its state
                    break;
                }

                if (k > end || matches[k] is not null)
                {
                    break;
                }

                last = k;
                while (last + 1 <= end && (tokens[last + 1].IsCapitalized
                    || (tokens[last + 1].Key == "and" && last + 2 <= end && tokens[last + 2].IsCapitalized && matches[last + 2] is null)))
                {
                    last++; // "Ministry of Energy and Natural Resources", "Institute of Strategic and Security Studies"
                }
            }

            // "Institute of Postgraduate Education of Kütahya Dumlupınar University": a known name after the last "of" is the owner.
            for (var k = start + 2; k <= last && !spelled && institution < 0; k++)
            {
                if (tokens[k - 1].Key == "of" && matches[k] is { } known && k + known.Count - 1 == last
                    && !(WordLists.StateOwnedHeads.Contains(tokens[head].Key) && (k - 2 > head || head > start) && StateOf(known) is not null))
                {
                    // (not "Ministry of Foreign Affairs of Uzbekistan", "Constitutional Court of Armenia": a state's own body is named
                    // with its state, as the graph names them)
                    last = k - 2;
                    head = Enumerable.Range(start, last - start + 1).LastOrDefault(h => HeadKindAt(tokens, h) is not null, -1);
                    break;
                }
            }

            if (head < 0 || last - start < 1)
            {
                continue;
            }

            var kind = HeadKindAt(tokens, head)!;
            if (kind == run.Model.AgreementKind && (Enumerable.Range(start, head - start).Any(k => WordLists.PersonNouns.Contains(tokens[k].Key) || run.Model.TitleAt(tokens, k) is not null)
                || (matches[start] is { } leading && start + leading.Count < head && tokens[start + leading.Count].Key == "for")))
            {
                continue; // "High Representative for Foreign Affairs and Security Policy", "European Union for ... Policy": an office, not a document
            }

            var acronym = view.Key(last + 1) == "(" && view.Key(last + 3) == ")" && last + 2 < tokens.Length && tokens[last + 2].IsAcronym ? last + 2 : -1;
            if (acronym >= 0 && kind == run.Model.EventKind && tokens[head].Key == "conference" && head == start && run.Model.OrganizationKind is { } body)
            {
                kind = body; // "Conference on Security and Cooperation in Europe (CSCE)": a body with an acronym
            }

            // "the third India-Central Asia Dialogue": a numbered edition of a dialogue is a gathering; the format itself
            // ("the Central Asia Plus Japan Dialogue") is a body.
            if (tokens[head].Key == "dialogue" && start > 0 && (IsNumberOrdinal(tokens[start - 1]) || (WordLists.OfficeOrdinals.Contains(tokens[start - 1].Key) && tokens[start - 1].Key is not ("new" or "current" or "incoming" or "acting" or "newly" or "elected")))
                && run.Model.EventKind is { } editionKind)
            {
                kind = editionKind;
            }

            // "Russia's 4th Military Base": a numbered base is a military unit, and its number is part of its name.
            var numberedFirst = start > 0 && IsNumberOrdinal(tokens[start - 1]) && !view.Reserved[start - 1];
            if (numberedFirst && kind == run.Model.PlaceKind && tokens[head].Key == "base" && run.Model.MilitaryUnitKind is { } unitKind)
            {
                kind = unitKind;
            }

            var (s, l, headIndex) = (numberedFirst && kind == run.Model.MilitaryUnitKind ? start - 1 : start, last, head);
            if (institution >= 0 && tokens[head].Key == "government" && InBetweenFormula(view, start) && matches[StateStart(view, head)] is { } stateMatch)
            {
                // "between the Government of A and the Government of B": the parties of a document are the states.
                var stateId = stateMatch.EntityIds[0];
                yield return (s, l, PriorityPattern, () => new EntityMention(s, l, stateId, FormKind.Alias, "government-of-state", 0.85));
                continue;
            }

            if (acronym >= 0 && matches[acronym] is { } acr && acr.Count == 1
                && acr.EntityIds.Select(run.Entity).Where(e => e is { IsNew: false } && e.Kind == kind).Distinct().ToList() is [{ } graphBody])
            {
                // "Collective Security Treaty Organisation (CSTO)": a known acronym links the whole spelled-out name.
                var id = graphBody.Id;
                yield return (s, l, PriorityPattern, () => new EntityMention(s, l, id, FormKind.Alias, "acronym-link", 0.9));
                continue;
            }

            yield return (s, l, PriorityPattern, () => NewBody(view, s, l, kind, headIndex));
        }
    }

    /// <summary>
    /// Whether a dash with spaces around it after token <paramref name="end"/> separates names instead of joining them: a
    /// dateline ("Brussels – The European Commission"), a sentence-opening word after it ("The"), or a hyphen glued to neither side.
    /// </summary>
    private static bool SpacedDashEndsName(SentenceView view, GazetteerMatch?[] matches, int start, int end)
    {
        var tokens = view.Tokens;
        var dash = tokens[end + 1];
        if (dash.Start == tokens[end].End && tokens[end + 2].Start == dash.End)
        {
            return false; // "Co-operation", "Nagorno-Karabakh"
        }

        return WordLists.LeadingStopwords.Contains(tokens[end + 2].Key) || (IsSentenceStart(view, start) && end == start && matches[start] is not null);
    }

    /// <summary>Outlets named after a media noun ("the television channel France 24", "news agency RIA Novosti") or before "reports" ("..., Trend reports.").</summary>
    private IEnumerable<(int, int, int, Func<EntityMention?>)> NamedOutlets(SentenceView view, GazetteerMatch?[] matches)
    {
        if (run.Model.OutletKind is not { } outletKind)
        {
            yield break;
        }

        var tokens = view.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsCapitalized || tokens[i].Kind != TokenKind.Word || view.Reserved[i] || WordLists.LeadingStopwords.Contains(tokens[i].Key))
            {
                continue;
            }

            var last = i;
            while (last + 1 < tokens.Length && last - i < 2 && !view.Reserved[last + 1]
                && ((tokens[last + 1].IsCapitalized && tokens[last + 1].Kind == TokenKind.Word) || tokens[last + 1].Kind == TokenKind.Number))
            {
                last++;
            }

            var afterMediaNoun = i > 0 && view.Key(i - 1) is "channel" or "agency" or "newspaper" or "broadcaster" or "outlet" or "daily" or "portal" or "website" or "tv";
            var reports = view.Key(last + 1) == "reports" && view.Key(last + 2) is "." or "," or "that" or "" && (i == 0 || view.Key(i - 1) is "," or "." or "”" or "\"");
            var known = Enumerable.Range(i, last - i + 1).Select(k => matches[k]).OfType<GazetteerMatch>()
                .SelectMany(m => m.EntityIds).Select(run.Entity).OfType<KnownEntity>().ToList();
            if (!(afterMediaNoun || reports) || known.Any(e => run.Model.IsPersonKind(e.Kind) || (reports && e.Kind != outletKind)))
            {
                i = last;
                continue;
            }

            var (f, l) = (i, last);
            yield return (f, l, PriorityPattern + 1, () =>
            {
                if (known.FirstOrDefault(e => e.Kind == outletKind && f == l) is { } outlet)
                {
                    return new EntityMention(f, l, outlet.Id, FormKind.Name, "outlet-context", 0.9);
                }

                var entity = run.NewEntity(view.Text(f, l), outletKind, "outlet-context", 0.75);
                return new EntityMention(f, l, entity.Id, FormKind.Name, "outlet-context", 0.75);
            });
            i = last;
        }
    }

    /// <summary>
    /// Companies named after a company noun ("the French company Orano", "state oil company SOCAR", "defence firm Elbit
    /// Systems"): up to three capitalized words that the gazetteer does not know as a person, state or place.
    /// </summary>
    private IEnumerable<(int, int, int, Func<EntityMention?>)> NamedCompanies(SentenceView view, GazetteerMatch?[] matches)
    {
        if (run.Model.OrganizationKind is not { } bodyKind)
        {
            yield break;
        }

        var tokens = view.Tokens;
        for (var i = 1; i < tokens.Length; i++)
        {
            if (!tokens[i].IsCapitalized || tokens[i].Kind != TokenKind.Word || view.Reserved[i] || WordLists.LeadingStopwords.Contains(tokens[i].Key)
                || IsDateWord(tokens[i].Key) || tokens[i - 1].IsCapitalized || !(WordLists.CompanyNouns.Contains(view.Key(i - 1)) || AfterCompanyOffice(view, i)))
            {
                continue;
            }

            var last = i;
            while (last + 1 < tokens.Length && last - i < 2 && !view.Reserved[last + 1] && tokens[last + 1].IsCapitalized
                && tokens[last + 1].Kind == TokenKind.Word && !IsDateWord(tokens[last + 1].Key))
            {
                last++;
            }

            var known = Enumerable.Range(i, last - i + 1).Select(k => matches[k]).OfType<GazetteerMatch>()
                .SelectMany(m => m.EntityIds).Select(run.Entity).OfType<KnownEntity>().ToList();
            if (known.Count > 0)
            {
                i = last;
                continue;
            }

            var (f, l) = (i, last);
            yield return (f, l, PriorityPattern + 1, () =>
            {
                var entity = run.NewEntity(view.Text(f, l), bodyKind, "company-context", 0.75);
                return new EntityMention(f, l, entity.Id, FormKind.Name, "company-context", 0.75);
            });
            i = last;
        }
    }

    /// <summary>Whether token <paramref name="i"/> follows a company's office and "of": "CEO of Eni", "Chief Executive Officer of X".</summary>
    private static bool AfterCompanyOffice(SentenceView view, int i) =>
        view.Key(i - 1) == "of" && (view.Key(i - 2) == "ceo" || (view.Key(i - 2) == "officer" && view.Key(i - 3) == "executive")
            || (view.Key(i - 2) == "executive" && view.Key(i - 3) == "chief") || (view.Key(i - 2) == "director" && view.Key(i - 3) == "managing"));

    /// <summary>Whether an organization's head noun opens the name between two token indexes: "Organization for ...", "Council of ...".</summary>
    private bool HeadOpensName(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var opensHere = k == from || !tokens[k - 1].IsCapitalized || WordLists.LeadingStopwords.Contains(tokens[k - 1].Key);
            if (opensHere && (WordLists.OrganizationHeads.Contains(tokens[k].Key) || tokens[k].Key == "conference") && tokens[k + 1].Key is "for" or "on" or "of")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"12th", "1st": a number written as an ordinal.</summary>
    /// <summary>Whether a token is a numeral ordinal: "25th", "2nd".</summary>
    internal static bool IsNumberOrdinal(Token token) =>
        token.Kind == TokenKind.Number && token.Key.Length > 2 && token.Key[..^2].All(char.IsAsciiDigit) && token.Key[^2..] is "st" or "nd" or "rd" or "th";

    /// <summary>The kind a token's head noun gives, in its place: "Autonomous Republic" is a place, "Republic" alone no head.</summary>
    private string? HeadKindAt(IReadOnlyList<Token> tokens, int k) =>
        HeadKind(tokens[k].Key) ?? (tokens[k].Key == "republic" && k > 0 && tokens[k - 1].Key == "autonomous" ? run.Model.PlaceKind : null);

    private string? HeadKind(string key) =>
        WordLists.MilitaryUnitHeads.Contains(key) ? run.Model.MilitaryUnitKind ?? run.Model.OrganizationKind
        : WordLists.OrganizationHeads.Contains(key) ? run.Model.OrganizationKind
        : WordLists.AgreementHeads.Contains(key) ? run.Model.AgreementKind
        : WordLists.EventHeads.Contains(key) ? run.Model.EventKind
        : WordLists.PlaceHeads.Contains(key) ? run.Model.PlaceKind
        : null;

    /// <summary>
    /// The one known body whose whole name the span opens with, followed only by "of" and the name of a state: "Islamic
    /// Consultative Assembly of Iran" is the listed "Islamic Consultative Assembly"; null otherwise.
    /// </summary>
    private KnownEntity? KnownBodyOfState(SentenceView view, int first, int last)
    {
        var of = Enumerable.Range(first + 1, Math.Max(0, last - first - 1)).LastOrDefault(k => view.Key(k) == "of", -1);
        if (of < 0)
        {
            return null;
        }

        var stateFrom = view.Key(of + 1) == "the" ? of + 2 : of + 1;
        if (stateFrom > last || run.Model.Gazetteer.MatchAt(view.Tokens, stateFrom) is not { } stateMatch || stateFrom + stateMatch.Count - 1 != last
            || !stateMatch.EntityIds.Any(id => run.Entity(id)?.Kind == run.Model.StateKind)
            || run.Model.Gazetteer.MatchAt(view.Tokens, first) is not { } bodyMatch || first + bodyMatch.Count != of)
        {
            return null;
        }

        var bodies = bodyMatch.EntityIds.Select(run.Entity).Where(e => e is not null && e.Kind == run.Model.OrganizationKind).ToList();
        return bodies is [{ } only] ? only : null;
    }

    private EntityMention NewBody(SentenceView view, int first, int last, string kind, int head)
    {
        var name = view.Text(first, last);
        var rule = kind == run.Model.AgreementKind ? "agreement-head-noun"
            : kind == run.Model.EventKind ? "event-head-noun"
            : kind == run.Model.PlaceKind ? "place-head-noun"
            : WordLists.MilitaryUnitHeads.Contains(view.Key(head)) || kind == run.Model.MilitaryUnitKind ? "unit-head-noun"
            : "org-head-noun";
        if (kind == run.Model.AgreementKind && KnownAgreement(view, name, last) is { } known)
        {
            run.AddAlias(known, name); // the official name, met again, is the same agreement
            return new EntityMention(first, last, known.Id, FormKind.Alias, "agreement-context", 0.8);
        }

        if (KnownByAcronymElsewhere(name, kind) is { } byAcronym)
        {
            return new EntityMention(first, last, byAcronym.Id, FormKind.Alias, "acronym-link", 0.85);
        }

        if (kind == run.Model.OrganizationKind && KnownBodyOfState(view, first, last) is { } knownBody)
        {
            run.AddAlias(knownBody, name); // a listed parliament with "of" and its state after it: the listed body
            return new EntityMention(first, last, knownBody.Id, FormKind.Alias, "known-body-of-state", 0.85);
        }

        // "the Kazakh foreign ministry ... the Ministry of Foreign Affairs of Kazakhstan": the body this text already named.
        if (kind == run.Model.OrganizationKind && Canonical(name) is var canonical && canonical.Contains('@', StringComparison.Ordinal)
            && NewBodyNamed(kind, canonical) is { } same)
        {
            run.AddAlias(same, name);
            return new EntityMention(first, last, same.Id, FormKind.Alias, "same-body", 0.8);
        }

        // "China Harbour Investment Pte Ltd" is a company named with a state's name, not a body of that state.
        var mention = kind == run.Model.OrganizationKind && !WordLists.CompanySuffixes.Contains(view.Key(last)) && OwnedBody(view, first, last, head, rule) is { } owned ? owned
            : new EntityMention(first, last, run.NewEntity(name, kind, rule, last - first >= 2 || kind == run.Model.AgreementKind ? 0.8 : 0.7).Id, FormKind.Name, rule, 0);
        if (run.Entity(mention.EntityId) is { IsNew: true } entity)
        {
            // "Azerbaijan Airlines" is no part of Azerbaijan, nor the "Coalition to Defeat ISIS" of ISIS: such names carry no relation.
            if (WordLists.NonStateHeads.Contains(view.Key(head)) || (view.Key(head + 1) == "to" && !WordLists.SeatedHeads.Contains(view.Key(head))))
            {
                run.NamedOnce.Add(entity.Id);
            }

            return mention.Confidence > 0 ? mention : mention with { Confidence = entity.Confidence };
        }

        return mention;
    }

    /// <summary>
    /// "EU Monitoring Mission in Armenia" in a headline, spelled out later as "EU Monitoring Mission to Armenia (EUMA)" where the
    /// graph knows EUMA: the graph entity of that acronym, when the names are the same ("in" and "to" alike) and so is the kind.
    /// </summary>
    private KnownEntity? KnownByAcronymElsewhere(string name, string kind)
    {
        var key = string.Join(' ', Tokenizer.Keys(name).Select(k => k == "to" ? "in" : k));
        foreach (var (acronym, longForm) in context.Acronyms)
        {
            if (string.Join(' ', Tokenizer.Keys(longForm).Select(k => k == "to" ? "in" : k)) == key
                && run.Model.Gazetteer.Lookup(acronym).Select(run.Entity).Where(e => e is { IsNew: false } && e.Kind == kind).Distinct().ToList() is [{ } known])
            {
                return known;
            }
        }

        return null;
    }

    /// <summary>
    /// "The Peace Treaty", named without its parties: the one known agreement whose name holds all its words and whose
    /// parties this or the previous sentence names. Shared generic words alone never link.
    /// </summary>
    private KnownEntity? KnownAgreement(SentenceView view, string name, int last)
    {
        var words = Tokenizer.Keys(name).Where(k => k.Length > 2 && k is not ("the" or "and")).ToList();
        if (words.Count < 2)
        {
            return null;
        }

        // "Agreement on the Establishment of Peace and ...", "Strategic Partnership Commission Charter": also the one agreement
        // with a form "<peace> <agreement>" whose descriptive words the name holds, under the same head or a synonym of it.
        var nameKeys = Tokenizer.Keys(name).ToHashSet(StringComparer.Ordinal);
        var head = Tokenizer.Keys(name).LastOrDefault(WordLists.AgreementHeads.Contains);
        var fits = run.Model.GraphForms(run.Model.AgreementKind!)
            .Where(form => (form.IsName && form.Keys.ToHashSet(StringComparer.Ordinal) is var keys && words.All(keys.Contains))
                || (form.Keys.ToList() is { Count: >= 2 } fk && (fk[^1] == head || (AgreementSynonyms.Contains(fk[^1]) && nameKeys.Overlaps(AgreementSynonyms)))
                    && fk.SkipLast(1).Where(w => !GenericAgreementWords.Contains(w)).ToList() is { Count: > 0 } content && content.All(nameKeys.Contains)))
            .Where(form => !ReplacesTheNamed(form.Keys, nameKeys))
            .Select(form => form.Entity).Distinct()
            .Where(e => NameRule.NameParts(run, e.Name, e.Id).Where(p => p.Entity.Kind == run.Model.StateKind).Select(p => p.Entity.Id).ToList() is { Count: > 0 } parties
                && BetweenAgrees(view, last, parties) && PartiesInContext(view, parties))
            .ToList();
        return fits.Count == 1 ? fits[0] : null;
    }

    /// <summary>Heads of documents in force that a later one replaces: a state's constitution, a law, a code.</summary>
    private static readonly HashSet<string> ReplacedDocumentHeads = new(StringComparer.Ordinal) { "constitution", "law", "code" };

    /// <summary>
    /// Whether a graph form names a document that replaces the one the text names: "Draft new constitution of Armenia" is not
    /// the "Constitution of Armenia" in force. A "new" or "draft" the text does not write marks another document.
    /// </summary>
    private static bool ReplacesTheNamed(IEnumerable<string> formKeys, HashSet<string> nameKeys) =>
        formKeys.Any(ReplacedDocumentHeads.Contains) && formKeys.Any(k => k is "new" or "draft" or "proposed" or "amended" && !nameKeys.Contains(k));

    /// <summary>Whether a token is a Roman numeral from II to XX ("World War II"); "I" alone is the pronoun.</summary>
    private static bool IsRomanNumeral(string text) =>
        text.Length is >= 2 and <= 5 && text.All(c => c is 'I' or 'V' or 'X') && text is not "XXX";

    /// <summary>Named weapon systems: capitalized names before a weapon noun ("Caesar howitzers", "Akash air defense systems").</summary>
    private IEnumerable<(int, int, int, Func<EntityMention?>)> WeaponSystems(SentenceView view, GazetteerMatch?[] matches)
    {
        if (run.Model.WeaponKind is null)
        {
            yield break;
        }

        var tokens = view.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsCapitalized || view.Reserved[i] || matches[i] is not null || WordLists.LeadingStopwords.Contains(tokens[i].Key)
                || (IsSentenceStart(view, i) && IsSentenceOpener(tokens[i].Key, person: false)))
            {
                continue;
            }

            var nameEnd = i;
            while (nameEnd + 1 < tokens.Length && nameEnd - i < 2 && (tokens[nameEnd + 1].IsCapitalized || tokens[nameEnd + 1].Kind == TokenKind.Number || tokens[nameEnd + 1].Key == "-") && matches[nameEnd + 1] is null)
            {
                nameEnd++;
            }

            var k = nameEnd + 1;
            var modifiers = 0;
            while (k < tokens.Length && WordLists.WeaponModifiers.Contains(tokens[k].Key) && modifiers < 4)
            {
                k++;
                modifiers++;
            }

            if (k >= tokens.Length || !WordLists.WeaponHeads.Contains(tokens[k].Key) || tokens[k].IsCapitalized
                || (modifiers == 0 && WordLists.VagueWeaponHeads.Contains(tokens[k].Key)))
            {
                continue;
            }

            var (first, last, phraseEnd) = (i, nameEnd, k);
            yield return (first, last, PriorityPattern, () =>
            {
                var entity = run.NewEntity(view.Text(first, last), run.Model.WeaponKind, "weapon-head-noun", 0.8, view.Text(first, phraseEnd));
                return new EntityMention(first, last, entity.Id, FormKind.Name, "weapon-head-noun", 0.8);
            });
            i = k;
        }
    }
}
