using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// The clause analysis the rules share: clause boundaries, subjects (with coordination, participles and openings in
/// apposition), direct objects, prepositional lists, possessors, compounds and whether a preposition governs a mention.
/// </summary>
internal static class ClauseAnalyzer
{
    public static void AllPairs(List<EntityMention> list, Action<EntityMention, EntityMention> emit)
    {
        for (var x = 0; x < list.Count; x++)
        {
            for (var y = x + 1; y < list.Count; y++)
            {
                emit(list[x], list[y]);
            }
        }
    }

    /// <summary>
    /// The pairs of "between A and B and C and D": an even list of four or more, each item joined to the next by a bare "and",
    /// pairs off in order (A with B, C with D), as "normalization talks between Yerevan and Ankara and Yerevan and Baku" are
    /// two sets of talks; null for any other list, whose items pair every way.
    /// </summary>
    public static List<(EntityMention, EntityMention)>? PairedOff(SentenceView view, List<EntityMention> list)
    {
        if (list.Count < 4 || list.Count % 2 != 0)
        {
            return null;
        }

        for (var x = 1; x < list.Count; x++)
        {
            if (list[x].First != list[x - 1].Last + 2 || view.Key(list[x - 1].Last + 1) != "and")
            {
                return null;
            }
        }

        return [.. Enumerable.Range(0, list.Count / 2).Select(x => (list[2 * x], list[(2 * x) + 1]))];
    }

    public static int FindKey(SentenceView view, int from, int to, params string[] keys)
    {
        for (var k = Math.Max(0, from); k <= Math.Min(to, view.Tokens.Length - 1); k++)
        {
            if (keys.Contains(view.Key(k)) && view.MentionAt(k) is null)
            {
                return k;
            }
        }

        return -1;
    }

    public static int ClauseStart(SentenceView view, int first)
    {
        for (var k = first - 1; k >= 0; k--)
        {
            if (WordLists.ClauseBreaks.Contains(view.Key(k)) && view.MentionAt(k) is null && !view.Reserved[k])
            {
                return k + 1;
            }
        }

        return 0;
    }

    public static int ClauseEnd(SentenceView view, int last)
    {
        for (var k = last + 1; k < view.Tokens.Length; k++)
        {
            if (WordLists.ClauseBreaks.Contains(view.Key(k)) && view.MentionAt(k) is null && !view.Reserved[k])
            {
                return k - 1;
            }
        }

        return view.Tokens.Length - 1;
    }

    /// <summary>
    /// "Scholz said after meeting", "Macron told reporters while visiting": the index of the speech verb that a participle of
    /// time at <paramref name="first"/> follows (up to two lowercase words between), else -1.
    /// </summary>
    public static int SpeechVerbBeforeParticiple(SentenceView view, int first)
    {
        if (!view.Key(first).EndsWith("ing", StringComparison.Ordinal) || view.Key(first - 1) is not ("after" or "before" or "while" or "upon" or "when"))
        {
            return -1;
        }

        for (var k = first - 2; k >= Math.Max(0, first - 4); k--)
        {
            if (WordLists.SpeechVerbs.Contains(view.Key(k)))
            {
                return k;
            }

            if (view.MentionAt(k) is not null || view.Tokens[k].Kind != TokenKind.Word || view.Tokens[k].IsCapitalized)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The token before a verb at <paramref name="verb"/> once auxiliaries and adverbs are passed over ("A has strongly
    /// refuted", "A later told"): where the verb's subject ends, if it has one there.
    /// </summary>
    public static int BeforeAuxiliaries(SentenceView view, int verb)
    {
        var k = verb - 1;
        while (k >= 0 && view.MentionAt(k) is null && (view.Key(k).EndsWith("ly", StringComparison.Ordinal) || view.Key(k) is "has" or "have" or "had" or "also" or "again" or "later" or "then" or "earlier"))
        {
            k--;
        }

        return k;
    }

    /// <summary>
    /// The second demonym, of another state, that a demonym is glued to by a hyphen ("French-Armenian", "Russian-Azerbaijani");
    /// null when there is none, or when the pair is inside or before a name ("an Armenian-Azerbaijani peace treaty").
    /// </summary>
    private static EntityMention? HyphenedDemonym(SentenceView view, EntityMention m) =>
        view.Key(m.Last + 1) is "-" or "–" && view.IsGluedHyphen(m.Last + 1) && view.MentionStartingAt(m.Last + 2) is { Form: FormKind.Demonym } second
        && second.EntityId != m.EntityId
        && !view.Mentions.Any(x => (x.First <= m.First && x.Last > second.Last) || (x.First > second.Last && x.First <= second.Last + 3))
            ? second
            : null;

    /// <summary>
    /// Whether a demonym, alone or in a list of demonyms, qualifies a noun of government or forces: "American and Armenian
    /// troops", "Turkish and Azerbaijani officials".
    /// </summary>
    private static bool DemonymsOfGovernmentNoun(SentenceView view, EntityMention m)
    {
        var k = m.Last + 1;
        for (var n = 0; n < 4 && k < view.Tokens.Length; n++)
        {
            if (WordLists.GovernmentNouns.Contains(view.Key(k)) || view.Key(k) is "delegations" or "governments" or "militaries" or "armies" or "soldiers" or "servicemen")
            {
                return true;
            }

            if (view.Key(k) is "and" or "," && view.MentionStartingAt(k + 1) is { Form: FormKind.Demonym } next)
            {
                k = next.Last + 1;
                continue;
            }

            return false;
        }

        return false;
    }

    /// <summary>
    /// The mention that starts at <paramref name="k"/>, or the holder of a title (with the state it names) that opens there:
    /// "led by Speaker X", ", Russian Prime Minister Y promised".
    /// </summary>
    public static EntityMention? PersonAt(SentenceView view, int k) => TitleHolderAt(view, k) ?? view.MentionStartingAt(k);

    /// <summary>The holder of a title (with the state it names) that opens at <paramref name="k"/>: "President of Kazakhstan X"; null otherwise.</summary>
    public static EntityMention? TitleHolderAt(SentenceView view, int k) =>
        view.Titles.FirstOrDefault(t => t.Person is not null && Math.Min(t.First, t.Of?.First ?? t.First) == k)?.Person;

    /// <summary>Mentions listed from token <paramref name="from"/>: "France and India", "Bastion vehicles, Caesar howitzers and ...".</summary>
    public static List<EntityMention> Coordinated(SentenceView view, int from, int to)
    {
        var result = new List<EntityMention>();
        var k = from;
        var skipped = 0;
        var separated = true;
        var (lastItemAt, lastItemAfterAnd, sawAnd) = (0, false, false);
        while (k <= to && k < view.Tokens.Length)
        {
            if (view.MentionStartingAt(k) is { } m)
            {
                // "with his Armenian counterpart X": a possessive pronoun before a word is a determiner, not a list item.
                if (m.Rule == "pronoun" && view.Key(k) is "his" or "her" or "their" or "its" && k + 1 < view.Tokens.Length && view.Tokens[k + 1].Kind == TokenKind.Word)
                {
                    k++;
                    continue;
                }

                // "between American and Armenian troops": demonyms sharing a noun of government stand for their states.
                if (m.Form == FormKind.Demonym && !m.CanBeArgument && DemonymsOfGovernmentNoun(view, m))
                {
                    m = m with { StandsForState = true };
                }

                // "criticism of French-Armenian military cooperation": two demonyms glued by a hyphen name the two states.
                if (m.Form == FormKind.Demonym && !m.CanBeArgument && HyphenedDemonym(view, m) is { } second)
                {
                    result.Add(m with { StandsForState = true });
                    result.Add(second with { StandsForState = true });
                    k = second.Last + 1;
                    skipped = 0;
                    separated = false;
                    continue;
                }

                // A demonym that is only an adjective ("Azerbaijani President Ilham Aliyev") belongs to the next item,
                // and so does the state of a title before its holder ("U.S. President Donald Trump").
                if ((!m.CanBeArgument && !view.Mentions.Any(x => x.First == m.First && x.Last == m.Last && x.CanBeArgument)) || IsTitleState(view, m) || QualifiesOffice(view, m))
                {
                    k = m.Last + 1;
                    continue;
                }

                // A further mention belongs to the list only after a comma or "and".
                if (!separated)
                {
                    break;
                }

                // "Should Armenia quit the EAEU, Russia would impose tariffs": after a comma, a name with its own verb opens the
                // next clause (not in a headline, where "A, B will sign" joins subjects).
                if (result.Count > 0 && !sawAnd && !view.IsHeading && view.Key(m.Last + 1) is "would" or "will" or "could" or "can" or "may"
                    or "might" or "must" or "should" or "said" or "says" or "has" or "have" or "had" or "is" or "are" or "was" or "were")
                {
                    break;
                }

                lastItemAt = result.Count;
                lastItemAfterAnd = sawAnd;
                if (m is { Form: FormKind.Demonym, StandsForState: true } && !view.Mentions.Any(x => x.First == m.First && x.Last == m.Last && x.CanBeArgument))
                {
                    result.Add(m);
                }
                else
                {
                    result.AddRange(view.Mentions.Where(x => x.First == m.First && x.Last == m.Last && x.CanBeArgument));
                }

                k = m.Last + 1;
                skipped = 0;
                separated = false;
                sawAnd = false;
                continue;
            }

            var key = view.Key(k);
            var token = view.Tokens[k];

            // "a member of the EAEU (its other members are A, B and C) and the CSTO": an aside in brackets after an item is
            // passed over, with the names inside it, when "and" or a comma and the next name follow it ("signed 22 MoUs
            // (memoranda) and issued a statement" ends the list).
            if (result.Count > 0 && !separated && key == "(" && FindKey(view, k + 1, Math.Min(to, k + 30), ")") is var closing and > 0
                && view.Key(closing + 1) is "and" or "," or "or"
                && view.MentionStartingAt(view.Key(closing + 2) is "the" or "a" or "an" ? closing + 3 : closing + 2) is not null)
            {
                k = closing + 1;
                continue;
            }

            // "The EEU, comprising Russia, Belarus and Armenia, offers Iran ...": after its "and" item, a comma closes the list
            // (unless "as well as", "along with" or another "and" goes on).
            if (result.Count > 0 && lastItemAfterAnd && key == "," && !view.Reserved[k] && view.Key(k + 1) is not ("as" or "along" or "together" or "and" or "or")
                && AdditionEnd(view, k + 1) < 0)
            {
                break;
            }

            // "... India, three member republics – A, B and C – ...": a counted class set off by a dash or a
            // colon introduces the items that follow it.
            if (result.Count > 0 && separated && (WordLists.Quantifiers.Contains(key) || token.Kind == TokenKind.Number) && CountedClassEnd(view, k) is var classEnd and > 0)
            {
                k = classEnd;
                continue;
            }

            // "visited Baku, not Yerevan", "met A but not B": what "not" sets against the list is no member of it.
            if (result.Count > 0 && key is "not" or "rather" or "instead" && view.Key(k - 1) is "," or "but" or "and")
            {
                break;
            }

            // "ties between Baku and Moscow, as the Aliyev government seeks ...": "as" opens a clause unless it is "as well as".
            if (result.Count > 0 && key == "as" && view.Key(k + 1) != "well" && view.Key(k - 1) != "well")
            {
                break;
            }

            if (result.Count > 0 && (key is "and" or "or" or "nor" or "as" or "well" or "-" or "–" or "—" || (key is "," && !view.Reserved[k])))
            {
                separated = true;
                sawAnd |= key is "and" or "or" or "nor";
                k++;
                continue;
            }

            // "relations with Azerbaijan, says Putin": a verb after the comma starts a clause, not a list item.
            if (result.Count > 0 && (WordLists.ReportingCues.Contains(key) || WordLists.BeAuxiliaries.Contains(key) || key is "says" or "adds" or "has" or "have" or "had"))
            {
                // "restrictions on transit to Armenia, President Ilham Aliyev announced": the name after the comma is the
                // reporting verb's subject, not a second item.
                if (WordLists.ReportingCues.Contains(key) && lastItemAt > 0 && !lastItemAfterAnd)
                {
                    result.RemoveRange(lastItemAt, result.Count - lastItemAt);
                }

                break;
            }

            // "hosted COP29, met Blinken": a past-tense verb right after the comma starts a clause of its own.
            if (result.Count > 0 && separated && !sawAnd && view.Key(k - 1) == "," && token.Kind == TokenKind.Word && !token.IsCapitalized
                && WordLists.IsPastTense(key))
            {
                break;
            }

            // "his Azerbaijani counterpart, Jeyhun Bayramov": an apposition's comma before the first item.
            // (also "trade with its neighbours, Armenia and Turkey": a state's neighbours or allies named after the comma)
            if (result.Count == 0 && key == "," && skipped > 0 && view.MentionStartingAt(k + 1) is { CanBeArgument: true }
                && (WordLists.RelationalPersonNouns.Contains(view.Key(k - 1)) || view.Key(k - 1) is "neighbours" or "neighbors" or "neighbour" or "neighbor" or "allies" or "ally"))
            {
                k++;
                continue;
            }

            if (key is "such" && view.Key(k + 1) == "as")
            {
                k += 2;
                continue;
            }

            // "talks with Vice President of the Commission and High Representative of the Union for External Relations X": a
            // long office in capitals before its holder is part of the item.
            if (result.Count == 0 && token.IsCapitalized && token.Kind == TokenKind.Word && view.MentionAt(k) is null && LongOfficeHolder(view, k) is { } holder)
            {
                k = holder;
                continue;
            }

            // "chaired by A from the Azerbaijani side and B from the US side": the side an item speaks for is part of it.
            if (result.Count > 0 && key is "from" or "on" && view.Key(k + 1) == "the" && view.MentionStartingAt(k + 2) is { } sideOf && view.Key(sideOf.Last + 1) == "side")
            {
                k = sideOf.Last + 2;
                continue;
            }

            // "blamed Azerbaijan, along with China and Russia, for the unrest": "along with" adds items like "and"; so do
            // "in addition to India" and "besides Russia".
            if (result.Count > 0 && key is "along" or "together" && view.Key(k + 1) == "with")
            {
                separated = true;
                k += 2;
                continue;
            }

            if (result.Count > 0 && AdditionEnd(view, k) is var addition and > 0)
            {
                separated = true;
                k = addition;
                continue;
            }

            // "between the Government of the United States and the Government of Armenia": a government stands for its state.
            if (WordLists.GovernmentNouns.Contains(key) && view.Key(k + 1) == "of" && view.MentionAt(k) is null)
            {
                k += 2;
                continue;
            }

            // Determiners, adjectives and the nouns of a listed item ("Caesar howitzers"), but no new phrase.
            // (and "Deputy Assistant" before "Secretary of State X": capitalized words that qualify the title of the next item)
            var filler = view.Reserved[k] || WordLists.Determiners.Contains(key) || key is "'s" or "’s" or "“" or "”" or "\"" or "-"
                || (token.IsCapitalized && token.Kind == TokenKind.Word && view.Titles.Any(t => t.Person is not null && t.First > k && t.First <= k + 2))
                || (result.Count > 0 && token.IsCapitalized && token.Kind == TokenKind.Word && view.MentionAt(k) is null && WordLists.ListedGroupNouns.Contains(view.Key(k + 1)))
                || (token.Kind == TokenKind.Word && !token.IsCapitalized && !WordLists.Prepositions.Contains(key) && !WordLists.ClauseBreaks.Contains(key) && key != "and");
            if (!filler || ++skipped > (result.Count == 0 ? 6 : 5))
            {
                break;
            }

            k++;
        }

        return result;
    }

    /// <summary>The token after "besides", "alongside" or "in addition to" at <paramref name="k"/>, which add list items like "and"; -1 otherwise.</summary>
    public static int AdditionEnd(SentenceView view, int k) => view.Key(k) switch
    {
        "besides" or "alongside" => k + 1,
        "in" when view.Key(k + 1) == "addition" && view.Key(k + 2) == "to" => k + 3,
        _ => -1,
    };

    /// <summary>
    /// The token after a counted class that a dash or colon closes ("three member republics –"), or -1: up to four words
    /// after the count, the last a plural noun of states or members.
    /// </summary>
    private static int CountedClassEnd(SentenceView view, int count)
    {
        for (var j = count + 1; j <= count + 4 && j < view.Tokens.Length - 1; j++)
        {
            if (view.MentionAt(j) is not null || view.Tokens[j].Kind != TokenKind.Word)
            {
                return -1;
            }

            if (view.Key(j) is "countries" or "states" or "nations" or "republics" or "members" or "economies" && view.Key(j + 1) is "–" or "—" or "-" or ":")
            {
                return j + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a mention only modifies the noun after it ("EU budget subsidies", "the South Caucasus country"): a lowercase
    /// noun follows that is no preposition, conjunction, verb of the clause, adverb or time word.
    /// </summary>
    public static bool IsNounModifier(SentenceView view, EntityMention m)
    {
        var next = m.Last + 1;
        if (next >= view.Tokens.Length || view.MentionAt(next) is not null)
        {
            return false;
        }

        // "the Armenia-Azerbaijan peace process": the last part of a hyphenated compound decides.
        if (view.Key(next) is "-" or "–" or "—" && view.MentionStartingAt(next + 1) is { } part)
        {
            return IsNounModifier(view, part);
        }

        if (m.StandsForState || WordLists.GovernmentNouns.Contains(view.Key(next)) || WordLists.GroupNouns.Contains(view.Key(next)))
        {
            return false; // "Russian officials", "the EU delegation": the state or body acts through them
        }

        // "joined the 3+3 regional platform", "the CSTO bloc": a noun of a grouping after its name only says what it is.
        var format = view.Key(next) is "regional" or "diplomatic" or "consultative" or "trilateral" or "multilateral" or "economic" or "military" ? next + 1 : next;
        if (m.Form != FormKind.Demonym && view.Key(format) is "format" or "platform" or "mechanism" or "bloc" or "grouping" or "alliance" && view.MentionAt(format) is null)
        {
            return false;
        }

        return IsLowercaseNounAt(view, next);
    }

    /// <summary>Whether token <paramref name="next"/> is a lowercase noun: no preposition, conjunction, verb, adverb or time word.</summary>
    public static bool IsLowercaseNounAt(SentenceView view, int next)
    {
        if (next >= view.Tokens.Length || next < 0)
        {
            return false;
        }

        var t = view.Tokens[next];
        var key = t.Key;
        return t.Kind == TokenKind.Word && !t.IsCapitalized
            && !(WordLists.Prepositions.Contains(key) || WordLists.ClauseBreaks.Contains(key) || WordLists.BeAuxiliaries.Contains(key) || WordLists.CommonVerbs.Contains(key)
                || WordLists.ReportingCues.Contains(key) || WordLists.ModalCues.Contains(key) || WordLists.TimeWords.Contains(key)
                || WordLists.AdverbialHeads.Contains(key) || key is "and" or "or" or "nor" or "not" or "as" or "to" or "worth" || key.EndsWith("ly", StringComparison.Ordinal) || key.EndsWith("ed", StringComparison.Ordinal)
                || key.EndsWith("ing", StringComparison.Ordinal));
    }

    /// <summary>
    /// The first token of the holder of a long office in capitals that starts at <paramref name="from"/>: only capitalized
    /// words, "of", "for", "the", "and", commas and bodies up to a title the mention stage gave a holder, within 24 tokens.
    /// </summary>
    private static int? LongOfficeHolder(SentenceView view, int from)
    {
        if (view.Titles.Any(t => t.First <= from && from <= t.Last) || view.Reserved[from])
        {
            return null; // "Secretary of State Antony Blinken": a title the mention stage read already leads to its holder
        }

        var title = view.Titles.Where(t => t.Person is { } p && p.First > from && t.First > from && t.First - from <= 24).MinBy(t => t.First);
        if (title?.Person is not { } person || !Enumerable.Range(from, title.First - from).Any(k => WordLists.PersonNouns.Contains(view.Key(k))
                || view.Key(k) is "president" or "minister" or "commissioner" or "secretary" or "chairman" or "ambassador"))
        {
            return null;
        }

        for (var k = from; k < title.First; k++)
        {
            var t = view.Tokens[k];
            if (!(view.MentionAt(k) is not null || (t.Kind == TokenKind.Word && t.IsCapitalized) || view.Key(k) is "of" or "for" or "the" or "and" or "," or "-")
                || view.Titles.Any(x => x.Person is { } other && other.First <= k && k <= other.Last))
            {
                return null; // (nor past another titled person)
            }
        }

        return Math.Min(title.First, person.First);
    }

    /// <summary>Whether a mention opens an office in capitals whose holder comes later: "the EU High Representative for ...".</summary>
    private static bool QualifiesOffice(SentenceView view, EntityMention m) =>
        view.Tokens.Length > m.Last + 2 && view.Tokens[m.Last + 1] is { Kind: TokenKind.Word, IsCapitalized: true } && view.MentionAt(m.Last + 1) is null
        && (WordLists.PersonNouns.Contains(view.Key(m.Last + 1)) || (view.Tokens[m.Last + 2].IsCapitalized && WordLists.PersonNouns.Contains(view.Key(m.Last + 2))));

    /// <summary>Whether a mention is the state or body of a title written before its holder: "U.S." in "U.S. President Donald Trump".</summary>
    public static bool IsTitleState(SentenceView view, EntityMention m) =>
        view.Titles.Any(t => t.Person is { } p && p.First > m.Last
            && ((t.Of is { } of && of.First == m.First && of.Last == m.Last) || (t.First > m.Last && (t.First == m.Last + 1 || p.First == m.Last + 1))));

    /// <summary>The token after a short time phrase between a verb and its object ("signed on Friday a contract", "signed at the time a letter").</summary>
    public static int SkipShortAdverbial(SentenceView view, int k)
    {
        if (view.Key(k) is "also" or "today" or "yesterday" or "jointly")
        {
            return k + 1;
        }

        if (view.Key(k) == "on" && view.Tokens.Length > k + 1 && WordLists.Weekdays.Contains(view.Key(k + 1)))
        {
            return k + 2;
        }

        // "last week", "this month", "over the weekend", "earlier this year"
        if (view.Key(k) is "last" or "this" or "next" && view.Key(k + 1) is "week" or "weekend" or "month" or "year")
        {
            return k + 2;
        }

        if ((view.Key(k) == "over" && view.Key(k + 1) == "the" && view.Key(k + 2) == "weekend")
            || (view.Key(k) is "earlier" or "later" && view.Key(k + 1) == "this" && view.Key(k + 2) is "week" or "month" or "year"))
        {
            return k + 3;
        }

        return view.Key(k) == "at" && view.Key(k + 1) == "the" && view.Key(k + 2) is "time" or "meeting" or "ceremony" ? k + 3 : k;
    }

    /// <summary>Nouns of a party's conduct: criticizing "U.S. involvement" or "Russian interference" criticizes the state.</summary>
    private static readonly FrozenSet<string> ConductNouns = new[]
    {
        "involvement", "presence", "policy", "policies", "actions", "action", "role", "interference", "meddling", "stance", "position",
        "decision", "move", "moves", "plans", "plan", "scheme", "attacks", "strikes", "behavior", "behaviour", "conduct", "statements", "remarks",
        "approach", "aggression", "occupation", "rhetoric", "claims", "demands", "provocations",
        "efforts", "announcement", "announcements", "comments", "steps", "threats", "crackdown", "sanctions", "measures", "restrictions", "accusations", "allegations", "statement", "claim", "decisions",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a noun names someone's act, stance or words ("decision", "remarks", "policy"): whose it is, is who is judged.</summary>
    /// <param name="key">The folded word.</param>
    /// <returns>Whether the word is such a noun.</returns>
    public static bool IsConductNoun(string key) => ConductNouns.Contains(key);

    /// <summary>Participles that name who made a statement or measure: "the statement made by X", "the sanctions imposed by X".</summary>
    private static readonly FrozenSet<string> AuthorParticiples = new[]
    {
        "made", "announced", "imposed", "issued", "introduced", "adopted", "taken", "voiced", "levelled", "leveled",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The mention a verb acts upon directly: "criticized the CSTO"; with <paramref name="possessor"/>, "accepted Putin's invitation" gives Putin.</summary>
    public static List<EntityMention> DirectObject(SentenceView view, int from, int to, bool possessor)
    {
        var k = SkipShortAdverbial(view, from);
        if (view.Key(k) == "as")
        {
            return []; // "a region recognized as part of Azerbaijan": what follows describes the subject, it is no object
        }

        if (view.Key(k) == "with" && view.MentionStartingAt(view.Key(k + 1) == "the" ? k + 2 : k + 1) is { } partner
            && view.Key(partner.Last + 1) is "a" or "an" or "the")
        {
            k = partner.Last + 1; // "signed with the ministry a contract": the partner comes before the object
        }

        var skipped = 0;
        while (k <= to && k < view.Tokens.Length && skipped <= 3)
        {
            if (view.MentionStartingAt(k) is { } m)
            {
                // "met his counterpart X": a possessive pronoun before a relational noun is a determiner; the name after it is the object.
                if (m.Rule == "pronoun" && view.Key(k) is "his" or "her" or "their" && WordLists.RelationalPersonNouns.Contains(view.Key(k + 1)))
                {
                    k++;
                    skipped++;
                    continue;
                }

                if (possessor && IsNounModifier(view, m) && ConductNouns.Contains(view.Key(m.Last + 1)))
                {
                    // "voiced concern over U.S. involvement", "criticized Russian interference": the state whose conduct it is
                    return [m.Form == FormKind.Demonym ? m with { StandsForState = true } : m];
                }

                if (IsNounModifier(view, m) && view.Key(m.Last + 1) is not ("membership" or "participation"))
                {
                    // "met Chinese leader Xi Jinping": a demonym before a lowercase title is the title's; the holder is the object.
                    if (m.Form == FormKind.Demonym && PersonAt(view, k) is { CanBeArgument: true } holder && holder.First > m.Last)
                    {
                        return [holder];
                    }

                    return []; // "refuse EU budget subsidies", "visited the South Caucasus country": the object is the noun after it
                }

                if (!possessor && view.Key(m.Last + 1) is "'s" or "’s" && view.Key(m.Last + 2) == "capital" && PossessedHead(view, m) is { } capital)
                {
                    return [capital]; // "arrived in Tajikistan's capital, Dushanbe": the capital is the object
                }

                if (possessor && PossessedHead(view, m) is { } owned && (view.Key(owned.First) is "“" or "\"" || !IsNounModifier(view, owned)))
                {
                    // "backs Armenia's “Crossroads of Peace” project", "criticized Georgia's foreign influence
                    // law": the named thing it owns (not "Armenia's EU bid", where the name only qualifies the noun after it).
                    return [owned];
                }

                return possessor || view.Key(m.Last + 1) is not ("'s" or "’s") ? Coordinated(view, k, to) : [];
            }

            var key = view.Key(k);
            var token = view.Tokens[k];
            if (key is "text" or "draft" or "version" or "wording" or "terms" or "copy" or "provisions" or "section" or "part" or "series" or "package" or "batch"
                or "region" or "territory" or "territories" or "city" or "town" or "province" or "enclave" or "exclave" or "district" or "area" or "areas" or "village" or "villages"
                && (view.Key(k + 1) == "of" || (view.Key(k + 1) == "in" && key is "territory" or "territories" or "areas" or "villages")))
            {
                // "initialled the text of the Agreement": the document is the object.
                k += 2;
                continue;
            }

            if (key is "delegation" or "delegations" && view.Key(k + 1) is "led" or "headed" && view.Key(k + 2) == "by"
                && (view.Key(k + 3) == "the" ? k + 4 : k + 3) is var head
                && PersonAt(view, head) is { CanBeArgument: true } leader)
            {
                // "received a delegation led by (Speaker) X": the one received and met is the delegation's head.
                return [leader];
            }

            if (key is "signing" or "implementation" or "conclusion" or "ratification" or "adoption" && view.Key(k + 1) == "of" && skipped <= 1)
            {
                // "backs the signing of the treaty": the document is what is backed.
                k += 2;
                continue;
            }

            if (key is "possibility" or "idea" or "prospect" or "option" or "notion" or "proposal" or "plan" or "prospects"
                && view.Key(k + 1) is "of" or "to")
            {
                // "rejected the possibility of returning to the X format": the X is what is rejected.
                k += 2;
                while (k <= to && (view.Key(k).EndsWith("ing", StringComparison.Ordinal) || view.Key(k) is "to" or "into" or "in" or "the" or "a" or "an" or "“" or "\""))
                {
                    k++;
                }

                skipped = 3;
                continue;
            }

            if (possessor && key == "by" && skipped > 0
                && ((!view.Key(k - 1).EndsWith("ed", StringComparison.Ordinal) && !view.Key(k - 1).EndsWith("en", StringComparison.Ordinal))
                    || (AuthorParticiples.Contains(view.Key(k - 1)) && ConductNouns.Contains(view.Key(k - 2))))
                && PersonAt(view, view.Key(k + 1) == "the" ? k + 2 : k + 1) is { CanBeArgument: true } doer)
            {
                // "condemned the air raids by Russia", "dismissed the claim made by X", "... made by Georgian Prime
                // Minister X": the one whose act it is (not "criticized the treaty signed by X", where the treaty is the object).
                return doer.First > k + 2 ? [doer] : [.. Coordinated(view, doer.First, to).Where(d => d.CanBeArgument)];
            }

            var filler = view.Reserved[k] || WordLists.Determiners.Contains(key) || key is "“" or "\"" || key.EndsWith("ly", StringComparison.Ordinal) || token.Kind == TokenKind.Number
                || (token.Kind == TokenKind.Word && !token.IsCapitalized && !WordLists.Prepositions.Contains(key) && !WordLists.ClauseBreaks.Contains(key) && key is not ("and" or "to" or "that"));
            if (!filler)
            {
                return [];
            }

            skipped++;
            k++;
        }

        return [];
    }

    /// <summary>The acting end before a trigger: the nearest mention of the clause not governed by a preposition, with its coordinated partners.</summary>
    /// <summary>Whether a mention names a person: a graph person, or a new one found by a person rule or title.</summary>
    private static bool IsPersonMention(ExtractorModel model, SentenceView view, EntityMention m) =>
        view.KindOf(m.EntityId) is { } kind ? model.IsPersonKind(kind)
            : m.Rule.Contains("person", StringComparison.Ordinal) || m.Rule.StartsWith("titled", StringComparison.Ordinal);

    /// <summary>
    /// The person an apposition ending in <paramref name="last"/> describes: "Johannes Luchner, Deputy Director-General of the
    /// European Commission": a person mention, a comma, then at most twelve tokens with an "of" and no other mention.
    /// </summary>
    private static EntityMention? AppositionHead(ExtractorModel model, SentenceView view, EntityMention last)
    {
        var sawOf = false;
        for (var k = last.First - 1; k >= Math.Max(0, last.First - 13); k--)
        {
            if (view.Key(k) == ",")
            {
                return sawOf && view.MentionAt(k - 1) is { CanBeArgument: true } head && head.Last == k - 1 && IsPersonMention(model, view, head) ? head : null;
            }

            if (view.MentionAt(k) is not null || WordLists.ClauseBreaks.Contains(view.Key(k)))
            {
                return null;
            }

            sawOf |= view.Key(k) == "of";
        }

        return null;
    }

    /// <summary>
    /// The subject right before the verb at <paramref name="first"/> (past adverbs and "has", "also", "then", "later"), with
    /// the items coordinated before it ("Baku and Yerevan sign"), and the token before them past an article: a time
    /// clause's subordinator ("after"), a relative clause's "that", or anything else. Null when no mention stands there.
    /// </summary>
    public static (List<EntityMention> Subjects, int Before)? SubjectGroupBeforeVerb(SentenceView view, int first)
    {
        var k = BeforeAdverbs(view, first - 1);

        if (WordLists.GovernmentNouns.Contains(view.Key(k)) && view.MentionAt(k - 1) is { Form: FormKind.Demonym, CanBeArgument: true } demonym && demonym.Last == k - 1)
        {
            k--; // "which Azerbaijani forces captured": the demonym with its noun of government stands for the state
        }

        if (view.MentionAt(k) is not { CanBeArgument: true } adjacent || adjacent.Last != k)
        {
            return null;
        }

        var group = new List<EntityMention> { adjacent };
        var before = adjacent.First - (view.Key(adjacent.First - 1) == "the" ? 2 : 1);
        while (view.Key(before) is "and" or "," && view.MentionAt(before - 1) is { CanBeArgument: true } previous && previous.Last == before - 1 && group.Count < 4)
        {
            group.Insert(0, previous);
            before = previous.First - (view.Key(previous.First - 1) == "the" ? 2 : 1);
        }

        return (group, before);
    }

    /// <summary>
    /// "Kobakhidze said that Georgia will not join before 2028, blaming Brussels": a participle after a comma, in a sentence
    /// that opens with a speaker and a speech verb, is the speaker's act, not the reported clause's subject's; null otherwise.
    /// </summary>
    public static EntityMention? SpeakerOfTrailingParticiple(SentenceView view, int first)
    {
        if (first < 2 || view.Key(first - 1) != "," || view.Tokens[first].IsCapitalized || !view.Key(first).EndsWith("ing", StringComparison.Ordinal)
            || view.Mentions.FirstOrDefault(m => m.CanBeArgument) is not { } speaker || !OpensSentence(view, speaker))
        {
            return null;
        }

        var verb = speaker.Last + 1;
        return verb < first - 2 && WordLists.SpeechVerbs.Contains(view.Key(verb)) ? speaker : null;
    }

    /// <summary>The index at or before <paramref name="k"/> past adverbs and "has", "also", "then", "later" ("has also strongly").</summary>
    private static int BeforeAdverbs(SentenceView view, int k)
    {
        while (k >= 0 && (view.Key(k).EndsWith("ly", StringComparison.Ordinal) || view.Key(k) is "has" or "have" or "had" or "also" or "then" or "later"))
        {
            k--;
        }

        return k;
    }

    /// <summary>
    /// "Erdogan, who is in Tianjin to attend the summit, met X", "Pashinyan, speaking in Brussels alongside Y, criticized Z": when a
    /// relative clause or an adverbial phrase between commas ends right before the verb at <paramref name="first"/>, the verb's
    /// subject is the mention the phrase follows; null when there is no such phrase.
    /// </summary>
    private static EntityMention? RelativeClauseAntecedent(SentenceView view, int first)
    {
        var k = BeforeAdverbs(view, first - 1);

        // "A and B, who arrived on Monday, held talks": a noun trigger's light verb stands between the comma and the noun.
        var light = view.Key(k) is "a" or "an" ? k - 1 : k;
        if (view.Key(light) is "held" or "hold" or "holds" or "had" or "conducted" or "conduct" or "conducts")
        {
            k = BeforeAdverbs(view, light - 1);
        }

        if (view.Key(k) != "," || view.MentionAt(k) is not null)
        {
            return null;
        }

        for (var r = k - 1; r >= Math.Max(2, k - 30); r--)
        {
            if (view.Key(r) is "." or ";" or "\"" or "“" or "”")
            {
                return null;
            }

            // ", who ...,", ", whose country ...,", ", speaking in Brussels alongside X,", ", after meeting X,", ", like X,",
            // ", in the presence of X,", ", alongside X,", ", together with X,".
            var opener = view.Key(r);
            if (view.Key(r - 1) == "," && (opener is "who" or "which" or "whose" or "after" or "before" or "while" or "during" or "like" or "unlike"
                    or "alongside" or "together" or "along" or "accompanied" || (opener == "in" && view.Key(r + 1) == "the" && view.Key(r + 2) is "presence" or "company")
                || (opener.EndsWith("ing", StringComparison.Ordinal) && opener.Length > 5 && view.MentionAt(r) is null && !view.Tokens[r].IsCapitalized)))
            {
                if (view.MentionAt(r - 2) is not { CanBeArgument: true } head || head.Last != r - 2)
                {
                    return null;
                }

                // "X, a governor of the Balkh region, which lies on the river, visited Y": a head that ends an
                // apposition is not the verb's subject; the name the apposition describes is.
                return ApposedHolder(view, head.First) ?? head;
            }
        }

        return null;
    }

    /// <summary>
    /// The name before an apposition that holds the token at <paramref name="inside"/>: "X, the governor of P" gives X for P
    /// (a comma, an article and at most twelve tokens with no other comma or clause break); null otherwise.
    /// </summary>
    private static EntityMention? ApposedHolder(SentenceView view, int inside)
    {
        for (var k = inside - 1; k >= Math.Max(1, inside - 12); k--)
        {
            if (view.Key(k) == ",")
            {
                return view.Key(k + 1) is "the" or "a" or "an" && view.MentionAt(k - 1) is { CanBeArgument: true } holder && holder.Last == k - 1 ? holder : null;
            }

            if (WordLists.ClauseBreaks.Contains(view.Key(k)) || view.Key(k) is "." or ";")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The head of a relative clause closed by ", and" right before <paramref name="next"/> (its title and demonym before it
    /// allowed): "Putin, who flew to Astana on Tuesday, and President Tokayev" gives Putin; null otherwise.
    /// </summary>
    private static EntityMention? RelativeHeadJoinedTo(SentenceView view, EntityMention next)
    {
        var k = next.First - 1;
        while (k >= 0 && next.First - k <= 4 && view.Key(k) != "and"
            && (view.Tokens[k].IsCapitalized || view.Key(k) == "the" || view.MentionAt(k) is { CanBeArgument: false } || view.MentionAt(k) is { Form: FormKind.Demonym }))
        {
            k--;
        }

        if (k < 4 || view.Key(k) != "and" || view.Key(k - 1) != ",")
        {
            return null;
        }

        for (var r = k - 2; r >= Math.Max(2, k - 25); r--)
        {
            if (view.Key(r) is "." or ";" or "\"" or "“" or "”" or "and")
            {
                return null;
            }

            if (view.Key(r) is "who" or "whose" && view.Key(r - 1) == ",")
            {
                return view.MentionAt(r - 2) is { CanBeArgument: true } head && head.Last == r - 2 ? head : null;
            }
        }

        return null;
    }

    public static List<EntityMention> Subject(ExtractorModel model, SentenceView view, int first, int clauseStart)
    {
        // "Georgia's bid to join the EU", "Armenia's decision to freeze its participation": the possessor of a noun of will
        // is the infinitive's subject.
        if (view.Key(first - 1) == "to" && WordLists.WillNouns.Contains(view.Key(first - 2)) && Possessor(view, first - 2) is { } willing)
        {
            return [willing];
        }

        // "..., while Mongolia declared its refusal to join the bloc": "its" before the noun of will is the subject of the
        // verb right before it, not the sentence's first subject.
        if (view.Key(first - 1) == "to" && WordLists.WillNouns.Contains(view.Key(first - 2)) && view.Key(first - 3) is "its" or "their"
            && view.MentionAt(first - 3) is null && first >= 5 && view.Tokens[first - 4].Kind == TokenKind.Word && !view.Tokens[first - 4].IsCapitalized
            && !WordLists.Prepositions.Contains(view.Key(first - 4)) && SubjectGroupBeforeVerb(view, first - 4) is { } owners)
        {
            return owners.Subjects;
        }

        // "Armenia's readiness to expand cooperation with X": the possessor is the subject of the noun the infinitive governs.
        if (view.Key(first - 2) == "to" && WordLists.GrowthVerbs.Contains(view.Key(first - 1)) && WordLists.WillNouns.Contains(view.Key(first - 3))
            && Possessor(view, first - 3) is { } growing)
        {
            return [growing];
        }

        // "praised X for Moldova being picked to host a forum": the name right before "being <participle> to" is the
        // infinitive's subject, not the clause's.
        if (view.Key(first - 1) == "to" && view.Key(first - 2) is var chosenVerb && (chosenVerb.EndsWith("ed", StringComparison.Ordinal) || chosenVerb.EndsWith("en", StringComparison.Ordinal)) && view.Key(first - 3) == "being"
            && view.MentionAt(first - 4) is { CanBeArgument: true } chosen && chosen.Last == first - 4)
        {
            return [chosen];
        }

        if (RelativeClauseAntecedent(view, first) is { } relativeHead)
        {
            // "A and B, in the presence of C, signed": the head with the names joined to it by "and".
            var heads = new List<EntityMention> { relativeHead };
            while (view.Key(heads[0].First - 1) == "and" && view.MentionAt(heads[0].First - 2) is { CanBeArgument: true } joined && joined.Last == heads[0].First - 2)
            {
                heads.Insert(0, joined);
            }

            if (AlikeAfter(view, relativeHead, first) is { } alike)
            {
                heads.Add(alike);
            }

            return heads;
        }

        if (SpeakerOfTrailingParticiple(view, first) is { } speakerOfParticiple)
        {
            return [speakerOfParticiple];
        }

        if (RespectiveHolders(view, first) is { } holders)
        {
            return holders;
        }

        // "Baku summoned Russia's envoy, X, to protest the raids": the one summoning acts in the purpose infinitive, not the one
        // summoned.
        if (view.Key(first - 1) == "to" && SummonedBefore(view, first - 1) is var summoned and >= 0)
        {
            return Subject(model, view, summoned, clauseStart);
        }

        // "X, who was visiting Baku this week to attend the forum", "Y travelled to Baku to sign": the one who comes acts in the purpose
        // infinitive, not the place come to.
        if (view.Key(first - 1) == "to" && ComingBefore(view, first - 1) is var coming and >= 0)
        {
            return Subject(model, view, coming, clauseStart);
        }

        // "Putin, who flew to Astana on Tuesday, and Tokayev signed": a subject whose relative clause ends in ", and"
        // is coordinated with the subject after it.
        if (SubjectGroupBeforeVerb(view, first) is { } coordinated && RelativeHeadJoinedTo(view, coordinated.Subjects[0]) is { } joinedHead)
        {
            return [joinedHead, .. coordinated.Subjects];
        }

        var candidates = view.Mentions.Where(m => m.Last < first && m.First >= clauseStart && m.CanBeArgument && !Governed(view, m) && !ApposedToGoverned(view, m)
            && !InsideApposition(view, m, first)).ToList();

        // "the group lost its purpose once Azerbaijan restored control", "right after Baku and Yerevan sign": the
        // mentions right before the verb, after a subordinator, are the subordinate clause's subject even though "after"
        // can be a preposition.
        if (SubjectGroupBeforeVerb(view, first) is { } subordinate
            && view.Key(subordinate.Before) is "after" or "before" or "since" or "until" or "once" or "because" or "as" or "when" or "unless" or "although")
        {
            return subordinate.Subjects;
        }

        // "A asked B to deploy the mission after accusing C": an adverbial participle takes the clause's subject, not the
        // nearest mention (which is an object of the main verb).
        var adverbial = view.Key(first).EndsWith("ing", StringComparison.Ordinal) && view.Key(first - 1) is "after" or "before" or "while" or "when" or "since" or "by" or "without" or "upon" or "despite";
        if (adverbial && SpeechVerbBeforeParticiple(view, first) is var said && said > 0 && view.MentionAt(said - 1) is { CanBeArgument: true } speaker && speaker.Last == said - 1)
        {
            // "'...,' Scholz said after meeting A and B": the speaker of the verb right before met them, not a name in the quote.
            candidates = [speaker];
        }
        else if (adverbial && candidates.FirstOrDefault(m => OpensSentence(view, m)) is { } opening)
        {
            // The subject with its coordinated partners ("Moscow and Baku ..."): stop at the first mention not joined by "and" or a comma.
            var group = new List<EntityMention> { opening };
            foreach (var next in candidates.Where(m => m.First > opening.Last))
            {
                var between = Enumerable.Range(group[^1].Last + 1, Math.Max(0, next.First - group[^1].Last - 1)).Select(view.Key).ToList();
                if (between.Count == 0 || between.Count > 2 || !between.All(k => k is "and" or "," or "the"))
                {
                    break;
                }

                group.Add(next);
            }

            candidates = group;
        }

        // "Johannes Luchner, who visited Yerevan", "the CSTO, which includes ...": a relative clause without a subject of its
        // own takes the mention it follows.
        if (candidates.Count == 0 && clauseStart > 0 && view.Key(clauseStart - 1) is "who" or "which" or "whose")
        {
            var end = clauseStart - 2;
            if (view.Key(end) == ",")
            {
                end--;
            }

            if (view.MentionAt(end) is { CanBeArgument: true } antecedent && antecedent.Last == end)
            {
                // "Johannes Luchner, Deputy Director-General of the European Commission, who visited Yerevan": "who" is the
                // title's holder, not the body that ends the apposed title.
                if (view.Key(clauseStart - 1) is "who" && !IsPersonMention(model, view, antecedent) && AppositionHead(model, view, antecedent) is { } holder)
                {
                    return [holder];
                }

                return [antecedent];
            }
        }

        // "Aliyev was among the leaders who attended ...", "Kazakhstan is one of the states that signed ...": the one named
        // before the group belongs to it and did what the relative clause says.
        if (candidates.Count == 0 && clauseStart > 1 && view.Key(clauseStart - 1) is "who" or "that" && MemberBeforeGroup(view, clauseStart - 2) is { } member)
        {
            return [member];
        }

        if (candidates.Count == 0 && clauseStart > 0 && view.Key(clauseStart - 1) is "while" or "whereas" or "but" or "that")
        {
            // "A continued X, while moving towards Y": the clause shares the sentence's subject, which opens the sentence
            // ("it will connect A with B while respecting C": A is an object, and "it" the subject).
            candidates = view.Mentions.Where(m => m.Last < clauseStart && m.CanBeArgument && !Governed(view, m)).Take(1)
                .Where(m => OpensSentence(view, m)).ToList();

            // In reported speech ("X noted that ..., but cooperation would continue") the speaker is not the actor.
            if (candidates.Count == 1 && Enumerable.Range(candidates[0].Last + 1, Math.Max(0, clauseStart - candidates[0].Last - 1))
                .Any(k => WordLists.ReportingCues.Contains(view.Key(k))))
            {
                candidates.Clear();
            }
        }

        if (candidates.Count == 0)
        {
            var participle = ParticipleSubject(view, first);
            return participle.Count > 0 ? participle : AppositionSubject(view, first);
        }

        var subject = candidates[^1];

        // "X visited Yerevan and met with Y": Yerevan is the first verb's object; the subject is X.
        var earlier = candidates.LastOrDefault(m => m.Last < subject.First && !(m.First == subject.First));
        if (earlier is not null && Enumerable.Range(Math.Max(earlier.Last + 1, subject.First - 4), subject.First - Math.Max(earlier.Last + 1, subject.First - 4))
            .Any(k => view.MentionAt(k) is null && model.TriggersAt(view.Tokens, k).Any(t => !t.IsNoun)))
        {
            subject = earlier;
        }

        var result = candidates.Where(m => m.First == subject.First && m.Last == subject.Last).ToList();
        if (OfStateOwner(subject) is var subjectOwner && subjectOwner != subject && subjectOwner.CanBeArgument)
        {
            // "Ararat Mirzoyan of Armenia and Jeyhun Bayramov of Azerbaijan met": the subject is the person the state after "of" belongs to.
            subject = subjectOwner;
            result = [subjectOwner];
        }

        // "The President of Georgia and the Prime Minister of Armenia": a determiner may open each coordinated item.
        // "A and his Azerbaijani counterpart B": a relational noun with its possessive and demonym stands before B too.
        int SkipRelational(int at)
        {
            // "A and his counterpart, B, signed": the comma of the apposition.
            if (view.Key(at) == "," && WordLists.RelationalPersonNouns.Contains(view.Key(at - 1)))
            {
                at--;
            }

            if (!WordLists.RelationalPersonNouns.Contains(view.Key(at)))
            {
                return at;
            }

            at--;
            while (at >= 0 && view.MentionAt(at) is { Form: FormKind.Demonym })
            {
                at = view.MentionAt(at)!.First - 1;
            }

            return view.Key(at) is "his" or "her" or "their" or "its" ? at - 1 : at;
        }

        // "Baku, and later Moscow, accused": an adverb of sequence between "and" and the item is skipped.
        int Before(int at) => SkipRelational(SkipTitle(view, at)) is var r && view.Key(r) is "the" or "a" ? SkipTitle(view, r - 1)
            : view.Key(r) is "later" or "then" or "also" or "subsequently" or "eventually" && view.Key(r - 1) == "and" ? r - 1 : r;

        // The person a state after "of" belongs to ("Emomali Rahmon of Tajikistan"), else the mention itself.
        EntityMention OfStateOwner(EntityMention m)
        {
            var of = view.Key(m.First - 1) == "the" ? m.First - 2 : m.First - 1;
            return view.Key(of) == "of" && view.MentionAt(of - 1) is { } person && person.Last == of - 1 && IsPersonMention(model, view, person)
                ? person : m;
        }
        var k = Before(subject.First - 1);
        var sawAnd = false;
        // A heading joins its subjects with a comma alone: "Kyrgyzstan, Tajikistan sign border treaty".
        // ("Neither A nor B has signed": "nor" joins the two subjects, both denied by the negation.)
        while (k >= clauseStart && (view.Key(k) is "and" or "nor" || (view.Key(k) == "," && (sawAnd || view.IsHeading))))
        {
            sawAnd |= view.Key(k) is "and" or "nor";
            // "A, B, and C": an Oxford comma, when a comma comes before B too (not "..., and the two leaders agreed").
            var oxford = view.Key(k) == "and" && view.Key(k - 1) == "," && view.MentionAt(k - 2) is { } listed
                && (view.Key(Before(OfStateOwner(listed).First - 1)) == "," || view.Key(k + 1) is "later" or "then" or "subsequently" or "eventually");
            var partnerEnd = SkipTitle(view, oxford ? k - 2 : k - 1);

            // "President Emomali Rahmon of Tajikistan, and ...": the item is the person before "of" and the state.
            if (view.MentionAt(partnerEnd) is { } ofState && OfStateOwner(ofState) is var owner && owner != ofState)
            {
                partnerEnd = owner.Last;
            }
            var partner = view.Mentions.LastOrDefault(m => m.Last == partnerEnd && m.CanBeArgument && !Governed(view, m));
            if (partner is null)
            {
                break;
            }

            result.Insert(0, partner);
            k = Before(partner.First - 1);
        }

        return result;
    }

    /// <summary>
    /// "Kazakhstan, like Uzbekistan, borders Kyrgyzstan": the name set off by ", like ...," right after the subject, which shares the
    /// predicate at <paramref name="first"/>; null otherwise (and for ", unlike ...,").
    /// </summary>
    private static EntityMention? AlikeAfter(SentenceView view, EntityMention subject, int first) =>
        view.Key(subject.Last + 1) == "," && view.Key(subject.Last + 2) == "like" && view.MentionStartingAt(subject.Last + 3) is { CanBeArgument: true } alike
            && view.Key(alike.Last + 1) == "," && alike.Last + 2 == first && alike.EntityId != subject.EntityId ? alike : null;

    /// <summary>
    /// Whether a mention is its clause's grammatical subject by position: only determiners, titles, names, numbers and
    /// punctuation come before it in the clause, or an opening phrase closed by a comma ("On Friday, ...", "According to X, ...").
    /// </summary>
    /// <summary>"summoned the ambassador, X, to": the summoning verb a few words before the infinitive's "to", with only the one summoned between; -1 if none.</summary>
    /// <summary>
    /// The verb of coming before <paramref name="to"/> when only its place (and words of time) stand between: "visiting Tehran
    /// to", "travelled to Baku on Monday to"; -1 otherwise.
    /// </summary>
    private static int ComingBefore(SentenceView view, int to)
    {
        for (var k = to - 1; k >= Math.Max(0, to - 8); k--)
        {
            if (WordLists.ComingVerbs.Contains(view.Key(k)) && view.MentionAt(k) is null)
            {
                return k;
            }

            if (view.MentionAt(k) is { } m)
            {
                k = m.First; // the place come to (or a date's words after it)
                continue;
            }

            if (view.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Number) || !(view.Key(k) is "to" or "in" or "on" or "the" || WordLists.TimeSpanNouns.Contains(view.Key(k))
                || WordLists.Weekdays.Contains(view.Key(k)) || WordLists.MonthNumbers.ContainsKey(view.Key(k)) || WordLists.TimeWords.Contains(view.Key(k))))
            {
                return -1;
            }
        }

        return -1;
    }

    private static int SummonedBefore(SentenceView view, int to)
    {
        for (var k = to - 1; k >= Math.Max(0, to - 12); k--)
        {
            if (view.Key(k) is "summoned" or "summons" or "summoning" || (view.Key(k) == "in" && view.Key(k - 1) == "called"))
            {
                return view.Key(k) == "in" ? k - 1 : k;
            }

            if (view.Key(k) is "." or ";" or ":" or "and" or "but" or "which" or "who" or "that" || (WordLists.IsPastTense(view.Key(k)) && view.MentionAt(k) is null && !view.Reserved[k]))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "The foreign ministers of A and B, X and Y, met in Athens": the two names a plural title over two states introduces (each
    /// one's office read by the mention stage) are the subject of the verb after the closing comma; null when the sentence has
    /// no such title before <paramref name="first"/> or another name stands between.
    /// </summary>
    private static List<EntityMention>? RespectiveHolders(SentenceView view, int first)
    {
        if (view.Titles.Count < 2)
        {
            return null;
        }

        var pair = view.Titles.Where(t => t.Person is { } p && p.First > t.Last && p.Last < first).GroupBy(t => (t.First, t.Last)).FirstOrDefault(g => g.Count() == 2)?.ToList();
        if (pair is null || pair[0].First > 1 || pair[1].Person is not { } second || pair[0].Person is not { } firstHolder || view.Key(second.Last + 1) != ","
            || Enumerable.Range(second.Last + 2, Math.Max(0, first - second.Last - 2)).Any(k => view.MentionAt(k) is not null || view.Key(k) is "," or ";"))
        {
            return null;
        }

        return [firstHolder, second];
    }

    /// <summary>
    /// Whether a mention stands inside an apposition closed before <paramref name="first"/>: "Orban, the EU leader seen as
    /// nearest to Moscow, hurried": the EU only describes the subject.
    /// </summary>
    public static bool InsideApposition(SentenceView view, EntityMention m, int first)
    {
        var k = m.First - 1;
        while (k > 0 && k > m.First - 8 && view.Key(k) != "," && view.Tokens[k].Kind is TokenKind.Word or TokenKind.Possessive) // ", the speaker of his country's upper house,"
        {
            k--;
        }

        return k > 0 && view.Key(k) == "," && view.Key(k + 1) is "the" or "a" or "an" && view.MentionAt(k - 1) is { CanBeArgument: true }
            && Enumerable.Range(m.Last + 1, Math.Max(0, first - m.Last - 1)).Any(j => view.Key(j) == ",");
    }

    public static bool OpensSentence(SentenceView view, EntityMention m)
    {
        var k = ClauseStart(view, m.First);
        if (WordLists.Prepositions.Contains(view.Key(k)) || view.Key(k) is "according" or "following" or "after" or "before" or "despite")
        {
            var comma = FindKey(view, k, m.First - 1, ",");
            if (comma < 0)
            {
                return false;
            }

            k = comma + 1;
        }

        for (; k < m.First; k++)
        {
            var t = view.Tokens[k];
            if (!(view.Reserved[k] || view.MentionAt(k) is not null || WordLists.Determiners.Contains(t.Key) || t.IsCapitalized
                || t.Kind is TokenKind.Number or TokenKind.Punctuation or TokenKind.Possessive))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a verb of saying stands at <paramref name="k"/>, or after "has" or "had" there ("the presidency said", "has stated").</summary>
    public static bool SaysAt(SentenceView view, int k) =>
        WordLists.SpeechVerbs.Contains(view.Key(k)) || (view.Key(k) is "has" or "had" && WordLists.SpeechVerbs.Contains(view.Key(k + 1)));

    /// <summary>
    /// Whether a phrase at <paramref name="first"/> is named as a topic: the object of discussing or resolving, or after
    /// "about", "regarding", "concerning", "the issue of" (within five words before it).
    /// </summary>
    public static bool NamedAsTopic(SentenceView view, int first) =>
        Enumerable.Range(Math.Max(0, first - 5), Math.Min(5, first)).Any(k => view.Key(k) is "discussed" or "discuss" or "discussing" or "discussion" or "discussions"
            or "resolve" or "resolving" or "resolution" or "settle" or "settling" or "settlement" or "issue" or "about" or "regarding" or "concerning" or "address" or "addressing");

    /// <summary>The token before a titled name's title: "and Armenian Foreign Minister Ararat Mirzoyan" steps back to "and".</summary>
    public static int SkipTitle(SentenceView view, int k)
    {
        while (k >= 0 && ((view.Reserved[k] && view.MentionAt(k) is not { CanBeArgument: true }) || view.MentionAt(k) is { CanBeArgument: false }
            || view.Titles.Any(t => t.Person is { } p && p.Last < t.First && t.First <= k && k <= Math.Max(t.Last, t.Of?.Last ?? t.Last))
            || view.Titles.Any(t => t.Person is { } p && p.First > k && t.First <= k && t.Of is { } of && of.First > t.Last && of.Last < p.First && k <= of.Last)))
        {
            k--;
        }

        return k;
    }

    /// <summary>"While maintaining ties with the EU, Armenia ...": the main clause's subject acts in the opening participle clause.</summary>
    public static List<EntityMention> ParticipleSubject(SentenceView view, int first)
    {
        // "Following the summit, X ..." and "According to Y, ..." open with a preposition, not a participle clause.
        if (view.Key(0) is "following" or "according" or "including" or "regarding" or "concerning" or "notwithstanding")
        {
            return [];
        }

        // "On 8 August 2025, during his meeting with X, Y signed ...": a fronted date before the phrase is skipped.
        var start = 0;
        if (view.Key(0) is "on" or "in" or "last" or "earlier" && FindKey(view, 1, Math.Min(view.Tokens.Length - 1, 6), ",") is var dateComma && dateComma > 0
            && Enumerable.Range(1, dateComma - 1).All(k => view.MentionAt(k) is null) && view.Key(dateComma + 1) is "during" or "in" or "at")
        {
            start = dateComma + 1;
        }

        var opener = view.Key(start) is "while" or "after" or "before" or "by" or "when" or "since" ? start + 1 : start;
        // "In a telephone conversation with X, Y urged ...", "On her trip to Tbilisi, X met ...": a fronted event phrase is the
        // main clause subject's too ("on" only with a possessive: "On the sidelines of ..." is a place in the event).
        var eventPhrase = (view.Key(start) is "in" or "during" or "at" && view.Key(start + 1) is "a" or "an" or "the" or "his" or "her" or "their" or "its")
            || (view.Key(start) == "on" && view.Key(start + 1) is "his" or "her" or "their" or "its");
        if (!eventPhrase && !view.Key(opener).EndsWith("ing", StringComparison.Ordinal))
        {
            return [];
        }

        var comma = FindKey(view, opener, view.Tokens.Length - 1, ",");
        if (comma < 0 || comma < first)
        {
            return [];
        }

        var main = view.Mentions.FirstOrDefault(m => m.First > comma && m.CanBeArgument && !Governed(view, m));
        return main is null ? [] : [main];
    }

    /// <summary>"A citizen of Georgia, Ergün Mamedov is ...": an opening apposition describes the subject after the comma.</summary>
    public static List<EntityMention> AppositionSubject(SentenceView view, int first)
    {
        var comma = FindKey(view, 0, view.Tokens.Length - 1, ",");
        if (comma < first || view.Key(0) is not ("a" or "an" or "the" or "as"))
        {
            return [];
        }

        var main = view.MentionStartingAt(comma + 1);
        return main is { CanBeArgument: true } ? [main] : [];
    }

    /// <summary>Whether a preposition governs the mention ("in Moscow", "of Prime Minister Pashinyan"), except "a delegation from X".</summary>
    public static bool Governed(SentenceView view, EntityMention m)
    {
        // "along the Baku-Yerevan axis": the second part of a hyphenated pair shares the first one's preposition.
        if (view.Key(m.First - 1) == "-" && view.MentionAt(m.First - 2) is { } left && left != m)
        {
            return Governed(view, left);
        }

        // "in the presence of US President Donald Trump": the title before a person, with the state it names, is the person's.
        var title = view.Titles.Where(t => t.Person is { } p && p.First == m.First && t.First <= m.First).Select(t => Math.Min(t.First, t.Of?.First ?? t.First)).DefaultIfEmpty(m.First).Min();

        // "involving Armenia, Azerbaijan and Russia": list members share the first one's preposition.
        var before = view.Key(m.First - 1) is "the" or "a" ? m.First - 1 : m.First;
        if ((view.Key(before - 1) == "and" || (view.Key(before - 1) == "," && view.Key(m.Last + 1) is "and" or ","))
            && view.MentionAt(before - 2) is { } previous && previous != m && previous.Last == before - 2)
        {
            // "Ararat Mirzoyan of Armenia and Jeyhun Bayramov met": after "name of state", "and" joins another name, not a second state of "of".
            return !(view.Key(previous.First - 1) == "of" && view.MentionAt(previous.First - 2) is { Form: FormKind.Name } named && named.Last == previous.First - 2
                && m.Form == FormKind.Name && m.Last > m.First) && Governed(view, previous);
        }

        // "met with A and Armenian Prime Minister B": so does a member with its title.
        if (title < m.First && view.Key(title - 1) == "and" && view.MentionAt(title - 2) is { } titledPrevious && titledPrevious != m && titledPrevious.Last == title - 2)
        {
            return Governed(view, titledPrevious);
        }

        // "the leaders of Georgia, Turkey, and the United States": an Oxford comma before "and".
        if (view.Key(before - 1) == "and" && view.Key(before - 2) == "," && view.MentionAt(before - 3) is { } listed && listed != m && listed.Last == before - 3
            && view.Key(listed.First - 1) == ",")
        {
            return Governed(view, listed);
        }

        var k = m.First - 1;
        // ("of the two South Caucasus states": a count stands between the preposition and the name like a determiner.)
        while (k >= 0 && (k >= title || (view.Reserved[k] && (!WordLists.Prepositions.Contains(view.Key(k)) || InTitle(view, k))) || WordLists.Determiners.Contains(view.Key(k)) || view.Key(k) is "“" or "\"" or "counterpart" or "counterparts"
            || (view.MentionAt(k) is { Form: FormKind.Demonym } d && !d.StandsForState) || (view.Key(k) is "two" or "three" or "four" or "five" && view.Key(k - 1) == "the")))
        {
            k--;
        }

        if (k < 0 || !(WordLists.Prepositions.Contains(view.Key(k)) || view.Key(k) is "as" or "("))
        {
            return false;
        }

        // "On 8 August, the leaders of Armenia and its neighbour signed": leaders opening the clause act for their states.
        // "Leaders of A, B and C took part": without the article when the phrase opens the sentence (and no names of the
        // leaders follow it: "Presidents of A and B, X and Y, met"); "the heads of state of A".
        var group = view.Key(k) == "of" && view.Key(k - 1) is "state" or "government" && view.Key(k - 2) == "of" && view.Key(k - 3) == "heads" ? k - 3 : k - 1;
        if (view.Key(k) == "of" && view.Key(group) is "leaders" or "heads" or "presidents" or "ministers" or "governments"
            && ((view.Key(group - 1) == "the" && (group - 2 < 0 || view.Key(group - 2) == ","))
                || (group == 0 && Coordinated(view, k + 1, Math.Min(view.Tokens.Length - 1, k + 14)) is { Count: > 0 } led && view.Key(led[^1].Last + 1) != ",")))
        {
            return false;
        }

        return !(view.Key(k) is "from" or "of" && WordLists.GroupNouns.Contains(view.Key(k - 1)));
    }

    /// <summary>
    /// The mention before "was among the (describing words) NOUN" or "is one of the ... NOUN" whose plural noun ends at
    /// <paramref name="noun"/>, or null.
    /// </summary>
    private static EntityMention? MemberBeforeGroup(SentenceView view, int noun)
    {
        if (view.MentionAt(noun) is not null || view.Tokens[noun] is not { Kind: TokenKind.Word, IsCapitalized: false } plural || !plural.Key.EndsWith('s'))
        {
            return null;
        }

        var k = noun - 1;
        while (k > 0 && noun - k <= 3 && view.Key(k) != "the" && view.MentionAt(k) is null && view.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false })
        {
            k--;
        }

        if (view.Key(k) != "the")
        {
            return null;
        }

        k = view.Key(k - 1) == "among" ? k - 2 : view.Key(k - 1) == "of" && view.Key(k - 2) == "one" ? k - 3 : -1;
        if (k < 1 || !WordLists.BeAuxiliaries.Contains(view.Key(k)))
        {
            return null;
        }

        return view.MentionAt(k - 1) is { CanBeArgument: true } member && member.Last == k - 1 ? member : null;
    }

    /// <summary>
    /// Whether a mention set off by a comma renames a prepositional object before it ("arrived in Tajikistan's capital,
    /// Dushanbe, and was welcomed"): it is no subject, as the object it renames is none.
    /// </summary>
    private static bool ApposedToGoverned(SentenceView view, EntityMention m)
    {
        if (view.Key(m.First - 1) != "," || view.Key(m.Last + 1) != ",")
        {
            return false;
        }

        for (var k = m.First - 2; k >= Math.Max(0, m.First - 8); k--)
        {
            // ("one of Papikyan's deputies, Karen Brutyan,": an "of" phrase belongs to the noun before it, which may be a subject)
            var key = view.Key(k);
            if (WordLists.Prepositions.Contains(key) && key != "of" && view.MentionAt(k) is null)
            {
                return true;
            }

            if (WordLists.ClauseBreaks.Contains(key) && view.MentionAt(k) is null)
            {
                return false;
            }

            if (view.MentionAt(k) is { } inner)
            {
                k = inner.First;
                continue;
            }

            if (view.Tokens[k].Kind == TokenKind.Possessive || (view.Tokens[k].Kind == TokenKind.Word && !view.Tokens[k].IsCapitalized
                && !WordLists.CommonVerbs.Contains(key) && !WordLists.BeAuxiliaries.Contains(key) && !key.EndsWith("ed", StringComparison.Ordinal) && key is not ("and" or "or")))
            {
                continue;
            }

            return false;
        }

        return false;
    }

    /// <summary>Whether a token belongs to an office title ("of" in "Secretary of State"), which governs no mention.</summary>
    private static bool InTitle(SentenceView view, int k) => view.Titles.Any(t => t.First <= k && k <= t.Last);

    /// <summary>"India's elite Shatrujeet Brigade": the mention the possessor qualifies, if any.</summary>
    public static EntityMention? PossessedHead(SentenceView view, EntityMention possessor)
    {
        // "the Armenian government's “Crossroads” project": a demonym's government possesses for its state.
        var possessive = WordLists.GovernmentNouns.Contains(view.Key(possessor.Last + 1)) ? possessor.Last + 2 : possessor.Last + 1;
        if (view.Tokens.Length <= possessive || view.Tokens[possessive].Kind != TokenKind.Possessive)
        {
            return null;
        }

        // "arrived in Tajikistan's capital, Dushanbe": the capital named after the comma.
        if (view.Key(possessive + 1) is "capital" && view.MentionStartingAt(view.Key(possessive + 2) == "," ? possessive + 3 : possessive + 2) is { CanBeArgument: true } capital)
        {
            return capital;
        }

        for (var k = possessive + 1; k < Math.Min(view.Tokens.Length, possessive + 4); k++)
        {
            if (view.MentionStartingAt(k) is { CanBeArgument: true } head)
            {
                return head;
            }

            if (view.Tokens[k].Kind != TokenKind.Word || view.Tokens[k].IsCapitalized || WordLists.Prepositions.Contains(view.Key(k)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"Putin's invitation", "Azerbaijan's strategic cooperation", "his education": the possessor of a nominal trigger.</summary>
    public static EntityMention? Possessor(SentenceView view, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 3); k--)
        {
            if (view.Key(k) == "of" && k == first - 1 && WordLists.ExpressionNouns.Contains(view.Key(k - 1)))
            {
                // "Lukashenko's declaration of support for Azerbaijan": the one who declares is the one who supports.
                return Possessor(view, k - 1);
            }

            if (view.MentionAt(k) is { Rule: "pronoun" } pronoun && view.Key(k) is "his" or "her")
            {
                return pronoun;
            }

            if (view.Tokens[k].Kind == TokenKind.Possessive)
            {
                return view.MentionAt(k - 1) is { CanBeArgument: true } m ? m : null;
            }

            // "Lukashenko's Azerbaijan trip": a name modifying the noun stands between it and the possessor.
            if (k == first - 1 && view.MentionAt(k) is { } modifier && modifier.Last == k && view.Tokens[modifier.First - 1 < 0 ? 0 : modifier.First - 1].Kind == TokenKind.Possessive)
            {
                k = modifier.First;
                continue;
            }

            if (view.Tokens[k].Kind != TokenKind.Word || view.Tokens[k].IsCapitalized || WordLists.Prepositions.Contains(view.Key(k)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Hyphenated mentions right before a nominal trigger: "the Armenia-Azerbaijan conflict".</summary>
    public static List<EntityMention>? Compound(SentenceView view, int first)
    {
        if (view.MentionAt(first) is { Parts.Length: >= 2 } described && described.Last == first)
        {
            return [.. described.Parts]; // the trigger ends a described event's name: "the Iran–Israel conflict"
        }

        var k = first - 1;
        var adjectives = 0;
        while (k >= 0 && view.Tokens[k].Kind == TokenKind.Word && !view.Tokens[k].IsCapitalized && view.MentionAt(k) is null && adjectives < 2
            && !WordLists.Determiners.Contains(view.Key(k)) && !WordLists.Prepositions.Contains(view.Key(k)))
        {
            k--;
            adjectives++;
        }

        if (view.Key(k) is "”" or "\"")
        {
            k--;
        }

        var list = new List<EntityMention>();
        while (k >= 0 && view.MentionAt(k) is { } m && m.Last == k)
        {
            list.Insert(0, m);
            if (view.Key(m.First - 1) != "-")
            {
                break;
            }

            k = m.First - 2;
        }

        return list.Count >= 2 ? list : null;
    }

    public static bool LooksLikeNoun(SentenceView view, int i)
    {
        // Word shape only: a word inside a mention may still describe, and an "-ly" word after a determiner ("the newly
        // signed") says a participle follows, not a noun.
        bool Describing(int k) => IsDescribingWordAt(view, k, allowMention: true, allowLyWord: false, allowAndOr: true);
        var prev = view.Key(i - 1);
        return WordLists.Determiners.Contains(prev) || prev is "'s" or "’s" or "-"
            || (i > 0 && view.Tokens[i - 1].Kind == TokenKind.Number)
            || prev.EndsWith("al", StringComparison.Ordinal) || prev.EndsWith("ic", StringComparison.Ordinal)
            || prev.EndsWith("ive", StringComparison.Ordinal) || prev.EndsWith("day", StringComparison.Ordinal)
            || WordLists.OfficeOrdinals.Contains(prev) || prev is "next" or "last" or "latest" or "recent" or "previous" or "separate" or "brief"
            || (i >= 2 && WordLists.Determiners.Contains(view.Key(i - 2)) && Describing(i - 1)) // "a second meeting", "their fifth meeting"
            || (i >= 2 && view.Tokens[i - 2].Kind == TokenKind.Possessive && view.Tokens[i - 1] is { Kind: TokenKind.Word, IsCapitalized: false }
                && !prev.EndsWith("ly", StringComparison.Ordinal)) // "France's strong support"
            || (i >= 1 && view.MentionAt(i - 1) is not null && view.Key(i + 1) == "for") // "US support for Uzbekistan"
            || (i >= 4 && view.Key(i - 2) == "and" && WordLists.Determiners.Contains(view.Key(i - 4)) && Describing(i - 1) && Describing(i - 3))
            || (i >= 2 && Describing(i - 1) && !prev.EndsWith("ing", StringComparison.Ordinal) && AfterForOrOf(view, i - 1)); // "thanked X for resolute support for"
    }

    /// <summary>Whether "for" or "of" stands right before token <paramref name="k"/>, or before a quotation mark opening there.</summary>
    private static bool AfterForOrOf(SentenceView view, int k) =>
        view.Key(k - 1) is "for" or "of" || (k >= 2 && view.Key(k - 1) is "“" or "\"" && view.Key(k - 2) is "for" or "of");

    /// <summary>
    /// Whether token <paramref name="k"/> is a lowercase word that can describe a noun, between a governing word and that
    /// noun ("a steady and generous partner", "froze its security ties", "amid growing tensions"): a word that is not a
    /// preposition, a form of "be" or a common verb. The callers differ in three ways, each an explicit option.
    /// </summary>
    /// <param name="view">The sentence.</param>
    /// <param name="k">The token to test; it must lie inside the sentence.</param>
    /// <param name="allowMention">
    /// Whether a word inside a mention counts: true for a test of word shape alone; false for a walk back from a trigger to its
    /// governing word, which stops at a name.
    /// </param>
    /// <param name="allowLyWord">Whether a word ending in "-ly" counts; false where such an adverb would mark a participle after it ("the newly signed").</param>
    /// <param name="allowAndOr">Whether "and" and "or" count, so that a walk passes over coordinated describing words ("amid deep and growing tensions").</param>
    public static bool IsDescribingWordAt(SentenceView view, int k, bool allowMention, bool allowLyWord, bool allowAndOr)
    {
        var key = view.Key(k);
        return view.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } && (allowMention || view.MentionAt(k) is null)
            && !WordLists.Prepositions.Contains(key) && !WordLists.BeAuxiliaries.Contains(key) && !WordLists.CommonVerbs.Contains(key)
            && (allowLyWord || !key.EndsWith("ly", StringComparison.Ordinal)) && (allowAndOr || key is not ("and" or "or"));
    }

    public static bool KeysAt(IReadOnlyList<Token> tokens, int i, IReadOnlyList<string> keys)
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
}
