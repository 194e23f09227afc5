namespace KnowledgeGraph.Extraction;

/// <summary>Mention finding: gazetteer matches, titled persons, organizations by head noun, weapon systems.</summary>
internal sealed partial class DocumentRun
{
    private const int PriorityGazetteer = 3;
    private const int PriorityPattern = 1;

    private void FindMentions(SentenceView view, SentenceView? previous)
    {
        var tokens = view.Tokens;
        var matches = new GazetteerMatch?[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            var g = model.Gazetteer.MatchAt(tokens, i);
            var l = local.MatchAt(tokens, i);
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
            RecordMention(view, m);
        }
    }

    /// <summary>"He", "she", "his", "her" stand for the person last named in the paragraph.</summary>
    private void ResolvePronouns(SentenceView view)
    {
        for (var i = 0; i < view.Tokens.Length; i++)
        {
            if (view.MentionAt(i) is { } m && Entity(m.EntityId) is { } e && model.IsPersonKind(e.Kind))
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
        var states = view.Mentions.Where(m => m.Last < before && m.CanBeArgument && Entity(m.EntityId)?.Kind == model.StateKind).ToList();
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
            ambiguous.Add(new AmbiguousMention(
                new CandidateMention(view.Sentence.Paragraph, view.Sentence.Index, t0.Start, t1.End - t0.Start, view.Text(match.First, last)),
                [.. ids.Order(StringComparer.Ordinal)]));
            return null;
        }

        var confidence = (match.Fuzzy ? 0.85 : 1.0) * (chosen.BuiltIn ? 0.95 : 1.0) * (chosen.Form == FormKind.Metonym ? 0.85 : 1.0);
        return new EntityMention(match.First, last, chosen.EntityId, chosen.Form, rule, confidence);
    }

    /// <summary>Office titles ("Deputy Foreign Minister of Armenia Paruyr Hovhannisyan", "Russian President Vladimir Putin").</summary>
    private void FindTitles(SentenceView view, GazetteerMatch?[] matches)
    {
        var tokens = view.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsCapitalized || view.Reserved[i])
            {
                continue;
            }

            var honorific = WordLists.Honorifics.Contains(tokens[i].Key);
            var title = honorific ? null : model.Titles.FirstOrDefault(t => KeysAt(tokens, i, t.Keys));
            if (title is null && !honorific)
            {
                continue;
            }

            // A title inside a known name: part of a person's written name ("Russian President Vladimir Putin")
            // gives the office; inside any other name ("Office of the President") it is just part of that name.
            var covering = Enumerable.Range(0, i + 1).Where(s => matches[s] is { } cm && s + cm.Count - 1 >= i + (title?.Keys.Length ?? 1) - 1)
                .Select(s => matches[s]!).FirstOrDefault();
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
                if (view.Key(j) == "of")
                {
                    var k = view.Key(j + 1) == "the" ? j + 2 : j + 1;
                    if (k < tokens.Length && matches[k] is { } om && PlaceMention(view, om) is { } place)
                    {
                        of = place;
                        j = k + om.Count;
                    }
                }
            }

            if (view.Key(j) == ",")
            {
                j++;
            }

            var person = PersonAt(view, matches, j, honorific ? null : title!.Role, of);
            if (person is null)
            {
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
                view.Titles.Add(new TitleSpan(i, titleLast, title!.Role, person, of));
                if (Entity(person.EntityId) is { IsNew: true, Role: null } holder)
                {
                    var roleText = view.Text(i, titleLast);
                    holder.Role = of is not null && Entity(of.EntityId) is { } place ? $"{roleText} of {place.Name}" : roleText;
                }
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
            if (model.Gazetteer.MatchAt(view.Tokens, s, limit) is { } m && (s < titleStart ? s + m.Count == titleStart : view.Key(s - 1) is "of" or "the"))
            {
                of = PlaceMention(view, m);
            }
        }

        view.Titles.Add(new TitleSpan(titleStart, titleLast, title.Role, person, of));
    }

    /// <summary>The state or body named right before a title: "Russian President", "Armenia's Prime Minister".</summary>
    private EntityMention? PlaceBefore(SentenceView view, GazetteerMatch?[] matches, int titleStart)
    {
        var end = titleStart - 1;
        if (end >= 0 && view.Tokens[end].Kind == TokenKind.Possessive)
        {
            end--;
        }

        for (var s = Math.Max(0, end - 8); s <= end; s++)
        {
            if (matches[s] is { } m && s + m.Count - 1 == end)
            {
                return PlaceMention(view, m);
            }
        }

        return null;
    }

    /// <summary>A gazetteer match that names one state or organization, as a mention.</summary>
    private EntityMention? PlaceMention(SentenceView view, GazetteerMatch m)
    {
        if (m.EntityIds.Length != 1 || Entity(m.EntityIds[0]) is not { } e || model.IsPersonKind(e.Kind))
        {
            return null;
        }

        return FromGazetteer(view, m);
    }

    /// <summary>The person a title introduces: a known person, or a new one from the capitalized words that follow.</summary>
    private EntityMention? PersonAt(SentenceView view, GazetteerMatch?[] matches, int j, RoleConcept? role, EntityMention? of)
    {
        var tokens = view.Tokens;
        if (j >= tokens.Length)
        {
            return null;
        }

        if (matches[j] is { } m && m.EntityIds.Length == 1 && Entity(m.EntityIds[0]) is { } known && model.IsPersonKind(known.Kind))
        {
            // A longer written name ("Mikhail Yurevich Galuzin") still belongs to the known person.
            var end = j + m.Count - 1;
            while (end + 1 < tokens.Length && IsNameToken(tokens[end + 1]) && matches[end + 1] is null && end - j < 4)
            {
                end++;
            }

            return new EntityMention(j, end, known.Id, m.Entries[0].Form, "titled-person-known", 0.95);
        }

        var last = j - 1;
        while (last + 1 < tokens.Length && last + 1 - j < 4 && IsNameToken(tokens[last + 1])
            && (matches[last + 1] is null || IsPersonMatch(matches[last + 1]!)))
        {
            last++;
            if (tokens[last].Text.Length == 1 && view.Key(last + 1) == ".")
            {
                last++;
            }
        }

        if (last < j || !tokens[last].IsWordLike)
        {
            return null;
        }

        var words = Enumerable.Range(j, last - j + 1).Select(i => tokens[i]).Where(t => t.IsWordLike).ToList();
        var surname = words[^1];
        var bySurname = model.Known.Values.Concat(newEntities.Values)
            .Where(e => model.IsPersonKind(e.Kind) && SameSurname(e.Name, surname.Key, words.Count > 1 ? words[0].Key : null))
            .Select(e => e.Id).Distinct().ToList();
        if (bySurname.Count == 1)
        {
            AddAlias(Entity(bySurname[0])!, view.Text(j, last));
            return new EntityMention(j, last, bySurname[0], FormKind.Alias, "titled-person-surname", 0.85);
        }

        if (words.Count < 2 && role is null)
        {
            return null;
        }

        var kind = role is null ? model.PersonKind : model.OfficialKind;
        if (kind is null)
        {
            return null;
        }

        var name = view.Text(j, last);
        var aliases = words.Count >= 2 ? new List<string> { surname.Text } : [];
        if (words.Count >= 3)
        {
            aliases.Add(words[0].Text + " " + surname.Text);
        }

        var entity = NewEntity(name, kind, role is null ? "honorific-person" : "titled-person", words.Count >= 2 ? 0.9 : 0.6, [.. aliases]);
        return new EntityMention(j, last, entity.Id, FormKind.Name, entity.Rule, entity.Confidence);
    }

    private bool IsPersonMatch(GazetteerMatch m) => m.EntityIds.All(id => Entity(id) is { } e && model.IsPersonKind(e.Kind));

    private static bool SameSurname(string fullName, string surnameKey, string? firstKey)
    {
        var keys = Tokenizer.Keys(fullName);
        if (keys.Length == 0 || TextFold.Skeleton(keys[^1]) != TextFold.Skeleton(surnameKey))
        {
            return false;
        }

        return firstKey is null || keys.Length == 1 || keys[0] == firstKey;
    }

    private static bool IsNameToken(Token t) =>
        t.Kind == TokenKind.Word && t.IsCapitalized && !t.IsAcronym && !WordLists.Months.Contains(t.Key)
        && !WordLists.LeadingStopwords.Contains(t.Key) && !WordLists.OrganizationHeads.Contains(t.Key);

    private static bool KeysAt(IReadOnlyList<Token> tokens, int i, IReadOnlyList<string> keys)
    {
        if (i + keys.Count > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < keys.Count; k++)
        {
            if (tokens[i + k].Key != keys[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Capitalized names ending in an organization, unit, agreement or event head noun ("Shatrujeet Brigade").</summary>
    private IEnumerable<(int, int, int, Func<EntityMention?>)> NamedBodies(SentenceView view, GazetteerMatch?[] matches)
    {
        var tokens = view.Tokens;
        var i = 0;
        while (i < tokens.Length)
        {
            if (!(tokens[i].IsCapitalized && tokens[i].IsWordLike) || view.Reserved[i])
            {
                i++;
                continue;
            }

            var end = i;
            while (end + 1 < tokens.Length && !view.Reserved[end + 1])
            {
                var next = tokens[end + 1];
                if ((next.IsCapitalized && next.IsWordLike) || (next.Kind == TokenKind.Number && end > i))
                {
                    end++;
                }
                else if (WordLists.NameConnectors.Contains(next.Key) && end + 2 < tokens.Length && tokens[end + 2].IsCapitalized && !view.Reserved[end + 2])
                {
                    end += 2;
                }
                else
                {
                    break;
                }
            }

            var start = i;
            while (start <= end && (WordLists.LeadingStopwords.Contains(tokens[start].Key) || !tokens[start].IsCapitalized))
            {
                start++;
            }

            var head = -1;
            for (var k = end; k >= start; k--)
            {
                if (HeadKind(tokens[k].Key) is not null)
                {
                    head = k;
                    break;
                }
            }

            i = end + 1;

            // A head alone is no name: "Ministry of Foreign Affairs" needs its "of" part, "Shatrujeet Brigade" its modifier.
            if (head < 0 || (head == start && !(head + 2 <= end && tokens[head + 1].Key == "of" && matches[head + 2] is null)))
            {
                continue;
            }

            // "X of <known state or body>" ends the name: the rest is who it belongs to.
            var last = head;
            while (last + 2 <= end && tokens[last + 1].Key == "of")
            {
                var k = tokens[last + 2].Key == "the" ? last + 3 : last + 2;
                if (k > end || matches[k] is not null)
                {
                    break;
                }

                last = k;
                while (last + 1 <= end && tokens[last + 1].IsCapitalized)
                {
                    last++;
                }
            }

            // "Institute of Postgraduate Education of Kütahya Dumlupınar University": a known name after the last "of" is the owner.
            for (var k = start + 2; k <= last; k++)
            {
                if (tokens[k - 1].Key == "of" && matches[k] is { } known && k + known.Count - 1 == last)
                {
                    last = k - 2;
                    head = Enumerable.Range(start, last - start + 1).LastOrDefault(h => HeadKind(tokens[h].Key) is not null, -1);
                    break;
                }
            }

            if (head < 0 || last - start < 1)
            {
                continue;
            }

            var kind = HeadKind(tokens[head].Key)!;
            var (s, l, headIndex) = (start, last, head);
            yield return (s, l, PriorityPattern, () => NewBody(view, s, l, kind, headIndex));
        }
    }

    private string? HeadKind(string key) =>
        WordLists.MilitaryUnitHeads.Contains(key) ? model.MilitaryUnitKind ?? model.OrganizationKind
        : WordLists.OrganizationHeads.Contains(key) ? model.OrganizationKind
        : WordLists.AgreementHeads.Contains(key) ? model.AgreementKind
        : WordLists.EventHeads.Contains(key) ? model.EventKind
        : null;

    private EntityMention NewBody(SentenceView view, int first, int last, string kind, int head)
    {
        var name = view.Text(first, last);
        var rule = kind == model.AgreementKind ? "agreement-head-noun"
            : kind == model.EventKind ? "event-head-noun"
            : WordLists.MilitaryUnitHeads.Contains(view.Key(head)) ? "unit-head-noun"
            : "org-head-noun";
        var entity = NewEntity(name, kind, rule, last - first >= 2 ? 0.8 : 0.7);
        return new EntityMention(first, last, entity.Id, FormKind.Name, rule, entity.Confidence);
    }

    /// <summary>Named weapon systems: capitalized names before a weapon noun ("Caesar howitzers", "Akash air defense systems").</summary>
    private IEnumerable<(int, int, int, Func<EntityMention?>)> WeaponSystems(SentenceView view, GazetteerMatch?[] matches)
    {
        if (model.WeaponKind is null)
        {
            yield break;
        }

        var tokens = view.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsCapitalized || view.Reserved[i] || matches[i] is not null || WordLists.LeadingStopwords.Contains(tokens[i].Key))
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
                var entity = NewEntity(view.Text(first, last), model.WeaponKind, "weapon-head-noun", 0.8, view.Text(first, phraseEnd));
                return new EntityMention(first, last, entity.Id, FormKind.Name, "weapon-head-noun", 0.8);
            });
            i = k;
        }
    }

    /// <summary>"Full Name (ACR)": the acronym becomes an alias and a mention.</summary>
    private void DefineAcronyms(SentenceView view)
    {
        foreach (var m in view.Mentions.ToList())
        {
            var a = m.Last + 2;
            if (view.Key(m.Last + 1) == "(" && view.Key(a + 1) == ")" && view.Tokens[a].IsAcronym && view.MentionAt(a) is null
                && Entity(m.EntityId) is { } e)
            {
                AddAlias(e, view.Tokens[a].Text);
                view.Mentions.Add(new EntityMention(a, a, e.Id, FormKind.Alias, "acronym-definition", m.Confidence));
            }
        }

        view.Mentions.Sort((x, y) => x.First.CompareTo(y.First));
    }
}
