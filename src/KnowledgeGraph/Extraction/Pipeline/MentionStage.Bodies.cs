using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Named bodies beyond a head noun: acronyms the text defines or uses with "the", party names before a lowercase body
/// noun, seated bodies with their place, a state's own institutions, and bodies owned by a state or a known body, which
/// link to the graph's entity of the same owner and head instead of making a second one.
/// </summary>
internal sealed partial class MentionStage
{
    /// <summary>Acronyms that no gazetteer knows: the long form the text defines elsewhere, else a body when written "the ACR" or "ACR's".</summary>
    /// <summary>"COP29", "COP 29": a UN climate conference (a Conference of the Parties) is an event; both spellings are one.</summary>
    private (int, int, int, Func<EntityMention?>)? CopConference(SentenceView view, GazetteerMatch?[] matches, int i)
    {
        var t = view.Tokens[i];
        var last = i;
        string number;
        if (t.Text.StartsWith("COP", StringComparison.Ordinal) && t.Text.Length is 4 or 5 && t.Text[3..].All(char.IsAsciiDigit))
        {
            number = t.Text[3..];
        }
        else if (t.Text == "COP" && i + 1 < view.Tokens.Length && view.Tokens[i + 1] is { Kind: TokenKind.Number } n && n.Text.Length <= 2 && n.Text.All(char.IsAsciiDigit))
        {
            number = n.Text;
            last = i + 1;
        }
        else
        {
            return null;
        }

        if (run.Model.EventKind is not { } eventKind || matches[i] is not null || Enumerable.Range(i, last - i + 1).Any(k => view.Reserved[k]))
        {
            return null;
        }

        var (first, end) = (i, last);
        return (first, end, PriorityPattern, () =>
        {
            var entity = run.NewEntity("COP" + number, eventKind, "climate-conference", 0.8, "COP " + number);
            return new EntityMention(first, end, entity.Id, FormKind.Name, "climate-conference", 0.8);
        });
    }

    /// <summary>
    /// "the C5+1 platform", "the P5+1", "the 3+3 format": a diplomatic format named by a count plus a count is a body (the
    /// graph's, when it knows the form).
    /// </summary>
    private IEnumerable<(int, int, int, Func<EntityMention?>)> PlusFormats(SentenceView view, GazetteerMatch?[] matches)
    {
        var tokens = view.Tokens;
        for (var i = 0; i + 2 < tokens.Length; i++)
        {
            if (view.Key(i + 1) != "+" || matches[i] is not null || view.Reserved[i] || !tokens[i + 2].Key.All(char.IsAsciiDigit)
                || !tokens[i].Key.Any(char.IsAsciiDigit) || !(tokens[i].Key.All(char.IsAsciiDigit) || char.IsUpper(tokens[i].Text[0]))
                || tokens[i + 1].Start != tokens[i].Start + tokens[i].Text.Length || tokens[i + 2].Start != tokens[i + 1].Start + 1
                || run.Model.OrganizationKind is not { } body)
            {
                continue;
            }

            // A sum in figures ("rose 5+3 percent") names nothing: the format has "the" before it or a noun of a format after it.
            if (!(view.Key(i - 1) == "the" || view.Key(i + 3) is "format" or "platform" or "group" or "mechanism" or "countries" or "states" or "summit" or "meeting" or "talks" or "framework"))
            {
                continue;
            }

            var first = i;
            yield return (first, first + 2, PriorityPattern, () =>
            {
                var entity = run.NewEntity(view.Text(first, first + 2), body, "plus-format", 0.75);
                return new EntityMention(first, first + 2, entity.Id, FormKind.Name, "plus-format", 0.75);
            });
        }
    }

    private IEnumerable<(int, int, int, Func<EntityMention?>)> BareAcronyms(SentenceView view, GazetteerMatch?[] matches)
    {
        var tokens = view.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (CopConference(view, matches, i) is { } cop)
            {
                yield return cop;
                continue;
            }

            if (!t.IsAcronym || matches[i] is not null || view.Reserved[i] || t.Text.Any(char.IsDigit) || WordLists.NonBodyAcronyms.Contains(t.Key)
                || (view.Key(i - 1) == "(" && view.Key(i + 1) == ")") || view.Key(i - 1) == "/" || view.Key(i + 1) == "/")
            {
                continue; // "HR/VP Josep Borrell": initials joined by a slash abbreviate a title, not a body
            }

            var at = i;

            // "the U.S" (a dot lost at the end of a sentence or line): the same letters as a known form ("U.S.", "US").
            var letters = new string(t.Text.Where(char.IsLetter).ToArray());
            if (t.Text.Contains('.', StringComparison.Ordinal) && run.Model.Gazetteer.MatchAt(Tokenizer.Tokenize(letters), 0) is { Count: 1, EntityIds: [var knownId] } known
                && known.Entries.All(e => e.EntityId == knownId))
            {
                yield return (at, at, PriorityPattern, () => new EntityMention(at, at, knownId, FormKind.Alias, "acronym-letters", 0.85));
                continue;
            }

            if (context.LongForm(t.Key) is { } longForm)
            {
                var kind = LongFormKind(longForm);
                if (kind is not null)
                {
                    yield return (at, at, PriorityPattern, () =>
                    {
                        var entity = run.NewEntity(longForm, kind, "acronym-long-form", 0.8, tokens[at].Text);
                        return new EntityMention(at, at, entity.Id, FormKind.Alias, "acronym-long-form", 0.8);
                    });
                }

                continue;
            }

            if (t.Key is "mfa" or "mofa")
            {
                if (ForeignMinistryNamed() is { } ministry)
                {
                    yield return (at, at, PriorityPattern, () =>
                    {
                        run.AddAlias(ministry, tokens[at].Text);
                        return new EntityMention(at, at, ministry.Id, FormKind.Alias, "acronym-initials", 0.8);
                    });
                }

                continue;
            }

            // "the EEU" after "the Eurasian Economic Union": the initials of the one body the text has named are its short form;
            // two letters only for an organization ("GD" after "Georgian Dream").
            if (t.Key.Length >= 2 && InitialsOf(t.Text) is { } named && (t.Key.Length >= 3 || named.Kind == run.Model.OrganizationKind))
            {
                yield return (at, at, PriorityPattern, () =>
                {
                    run.AddAlias(named, tokens[at].Text);
                    return new EntityMention(at, at, named.Id, FormKind.Alias, "acronym-initials", 0.8);
                });
                continue;
            }

            // An acronym the text never spells out is a body only when used as one: "the SNB", "NGO's".
            var used = view.Key(i - 1) == "the" || (i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Possessive);
            if (used && run.Model.OrganizationKind is { } body && !(i + 1 < tokens.Length && tokens[i + 1].IsCapitalized && tokens[i + 1].IsWordLike))
            {
                yield return (at, at, PriorityPattern, () =>
                {
                    var entity = run.NewEntity(tokens[at].Text, body, "bare-acronym", 0.6);
                    return new EntityMention(at, at, entity.Id, FormKind.Name, "bare-acronym", 0.6);
                });
            }
        }
    }

    /// <summary>The one body or agreement mentioned so far whose name's capitalized words start with the acronym's letters, in order.</summary>
    private KnownEntity? InitialsOf(string acronym)
    {
        var found = run.MentionedIds.Select(run.Entity).OfType<KnownEntity>()
            .Where(e => !run.Model.IsPersonKind(e.Kind) && e.Kind != run.Model.StateKind && Initials(e.Name) == acronym.ToUpperInvariant())
            .DistinctBy(e => e.Id).ToList();
        return found is [var only] ? only : null;
    }

    /// <summary>"Eurasian Economic Union" → "EEU": the first letters of the capitalized words (and of each part of a hyphenated one).</summary>
    private static string Initials(string name) =>
        string.Concat(name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));

    /// <summary>The kind of a spelled-out acronym by its head noun (a head-first organization or a conference with an acronym is a body); a body when none.</summary>
    private string? LongFormKind(string longForm)
    {
        var tokens = Tokenizer.Tokenize(longForm);
        if (HeadOpensName(tokens, 0, tokens.Length - 1))
        {
            return run.Model.OrganizationKind;
        }

        // "External Affairs Minister (EAM)": the letters abbreviate an office, not a body.
        if (tokens.Length > 0 && (WordLists.PersonNouns.Contains(tokens[^1].Key) || OfficeNouns.Contains(tokens[^1].Key)))
        {
            return null;
        }

        var head = HeadIndex(tokens, 0, tokens.Length - 1);
        return head < 0 ? run.Model.OrganizationKind : HeadKindAt(tokens, head);
    }

    /// <summary>Nouns of an office that end a title ("Foreign Ministers", "European Commissioner") beyond <see cref="WordLists.PersonNouns"/>, not a body's name.</summary>
    private static readonly FrozenSet<string> OfficeNouns = FrozenSet.ToFrozenSet(["ministers", "commissioner", "speaker", "chancellor"], StringComparer.Ordinal);

    /// <summary>
    /// "the MFA said" after the text named the French Ministry of Foreign Affairs: the one foreign ministry the text has named;
    /// null when it named none or several (an "MFA" of no named state is no body of its own).
    /// </summary>
    private KnownEntity? ForeignMinistryNamed() =>
        run.MentionedIds.Select(run.Entity).OfType<KnownEntity>()
            .Where(e => e.Kind == run.Model.OrganizationKind && Tokenizer.Keys(e.Name) is var keys && keys.Contains("foreign") && (keys.Contains("ministry") || keys.Contains("affairs")))
            .DistinctBy(e => e.Id).ToList() is [{ } only] ? only : null;

    /// <summary>"the ruling Georgian Dream party": capitalized words without a head noun before a lowercase body noun name a body.</summary>
    private (int, int, int, Func<EntityMention?>)? NamedByBodyNoun(SentenceView view, GazetteerMatch?[] matches, int start, int end)
    {
        var tokens = view.Tokens;
        if (run.Model.OrganizationKind is not { } body || end + 1 >= tokens.Length || tokens[end + 1].IsCapitalized || !WordLists.BodyNouns.Contains(tokens[end + 1].Key))
        {
            return null;
        }

        var words = Enumerable.Range(start, end - start + 1).Where(k => tokens[k].Kind == TokenKind.Word && !WordLists.NameConnectors.Contains(tokens[k].Key)).ToList();
        if (words.Count == 0 || words.Any(k => !tokens[k].IsCapitalized || IsDateWord(tokens[k].Key))
            || words.All(k => Covered(matches, k)) || Enumerable.Range(start, end - start + 1).Any(k => matches[k] is { } m && IsPersonMatch(m))
            || words.All(k => IsRegionAdjective(tokens[k].Key)))
        {
            return null;
        }

        return (start, end, PriorityPattern, () =>
        {
            var entity = run.NewEntity(view.Text(start, end), body, "body-noun", 0.75);
            run.NamedOnce.Add(entity.Id); // a party's name says nothing of its parts: "Georgian Dream" is no part of Georgia
            return new EntityMention(start, end, entity.Id, FormKind.Name, "body-noun", 0.75);
        });
    }

    /// <summary>Compass words and adjectives of regions: "the Central Asian group", "the Baltic states" name no body.</summary>
    private static readonly HashSet<string> RegionAdjectives = new(StringComparer.Ordinal)
    {
        "central", "eastern", "western", "northern", "southern", "south", "north", "east", "west", "asian", "african", "american", "european",
        "arab", "turkic", "nordic", "baltic", "caucasian", "slavic", "balkan", "caspian", "mediterranean", "eurasian", "pacific", "atlantic",
    };

    private static bool IsRegionAdjective(string key) => RegionAdjectives.Contains(key);

    /// <summary>Whether some gazetteer match covers token <paramref name="k"/>.</summary>
    private static bool Covered(GazetteerMatch?[] matches, int k)
    {
        for (var s = Math.Max(0, k - 12); s <= k; s++)
        {
            if (matches[s] is { } m && s + m.Count > k)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The body named by tokens <paramref name="first"/> to <paramref name="last"/> (an inner body with its acronym).</summary>
    private IEnumerable<(int, int, int, Func<EntityMention?>)> BodySpan(SentenceView view, GazetteerMatch?[] matches, int first, int last)
    {
        var head = HeadIndex(view.Tokens, first, last);
        var acronym = last + 2;
        if (head < 0 || HeadKind(view.Key(head)) is not { } kind)
        {
            yield break;
        }

        if (kind == run.Model.EventKind && view.Key(head) == "conference" && run.Model.OrganizationKind is { } body)
        {
            kind = body;
        }

        if (view.Key(last + 1) == "(" && acronym < matches.Length && matches[acronym] is { Count: 1 } acr && acr.EntityIds.Select(run.Entity).Where(e => e is { IsNew: false } && e.Kind == kind).Distinct().ToList() is [{ } graphBody])
        {
            yield return (first, last, PriorityPattern, () => new EntityMention(first, last, graphBody.Id, FormKind.Alias, "acronym-link", 0.9));
            yield break;
        }

        yield return (first, last, PriorityPattern, () => NewBody(view, first, last, kind, head));
    }

    /// <summary>The last head noun between two tokens (not the second half of a hyphenated word), or -1.</summary>
    private int HeadIndex(IReadOnlyList<Token> tokens, int first, int last)
    {
        for (var k = last; k >= first; k--)
        {
            if (HeadKindAt(tokens, k) is not null && !(k > 0 && tokens[k - 1].Key == "-" && tokens[k - 1].End == tokens[k].Start))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Where the long form of an acronym in parentheses right after token <paramref name="end"/> starts, if the initials spell it.</summary>
    private static int? AcronymAfter(SentenceView view, int end) =>
        view.Key(end + 1) == "(" && view.Key(end + 3) == ")" && end + 2 < view.Tokens.Length && view.Tokens[end + 2].IsAcronym
            ? DocumentContext.LongFormStart(view.Tokens, end + 1, view.Tokens[end + 2].Text)
            : null;

    /// <summary>"Mission in Armenia": the last token of a known state or place after a seated body's head and "in"/"to", or null.</summary>
    private int? SeatedPlace(SentenceView view, GazetteerMatch?[] matches, int head)
    {
        if (!view.Tokens[head].IsCapitalized || !WordLists.SeatedHeads.Contains(view.Key(head)) || head + 2 >= view.Tokens.Length
            || matches[head + 2] is not { } m || m.EntityIds.Length != 1 || run.Entity(m.EntityIds[0]) is not { } place
            || (place.Kind != run.Model.StateKind && place.Kind != run.Model.PlaceKind) || m.Entries.Any(e => e.Form == FormKind.Demonym))
        {
            return null;
        }

        return head + 1 + m.Count;
    }

    /// <summary>"Government of (the) Armenia": the last token of the state after the head and "of", or null.</summary>
    private int? StateAfterOf(SentenceView view, GazetteerMatch?[] matches, int head)
    {
        if (view.Key(head + 1) != "of")
        {
            return null;
        }

        var k = view.Key(head + 2) == "the" ? head + 3 : head + 2;
        return k < view.Tokens.Length && matches[k] is { } m && m.EntityIds.Length == 1 && run.Entity(m.EntityIds[0])?.Kind == run.Model.StateKind
            && m.Entries.All(e => e.Form is FormKind.Name or FormKind.Alias) ? k + m.Count - 1 : null;
    }

    /// <summary>The first token of the state after "Government of (the)".</summary>
    private static int StateStart(SentenceView view, int head) => view.Key(head + 2) == "the" ? head + 3 : head + 2;

    /// <summary>Whether a name stands in the parties' formula of a document: "between the X and the Y".</summary>
    private static bool InBetweenFormula(SentenceView view, int start)
    {
        var k = view.Key(start - 1) == "the" ? start - 2 : start - 1;
        if (view.Key(k) == "between")
        {
            return true;
        }

        return view.Key(k) == "and" && Enumerable.Range(Math.Max(0, k - 12), Math.Min(12, k)).Any(b => view.Key(b) == "between");
    }

    /// <summary>
    /// "Tavush Diocese of the Armenian Apostolic Church": where the second body starts when a name of two words or more ending
    /// in a body's head is followed by "of (the)" and an unknown name with a head of its own; null otherwise.
    /// </summary>
    private int? OfAnotherBody(SentenceView view, GazetteerMatch?[] matches, int start, int end)
    {
        var tokens = view.Tokens;
        for (var of = start + 2; of + 2 <= end; of++)
        {
            if (tokens[of].Key != "of" || !WordLists.OrganizationHeads.Contains(tokens[of - 1].Key) || HeadKindAt(tokens, of - 1) is null)
            {
                continue;
            }

            var b = view.Key(of + 1) == "the" ? of + 2 : of + 1;
            var bHead = HeadIndex(tokens, b, end);
            if (b <= end && (matches[b] is null || matches[b]!.Entries.All(e => e.Form == FormKind.Demonym)) && bHead > b && WordLists.OrganizationHeads.Contains(tokens[bHead].Key) && bHead == end
                && Enumerable.Range(b, end - b + 1).All(k => tokens[k].IsCapitalized || WordLists.NameConnectors.Contains(tokens[k].Key)))
            {
                return b;
            }
        }

        return null;
    }

    private static bool IsDateWord(string key) => WordLists.Months.Contains(key) || WordLists.Weekdays.Contains(key);

    /// <summary>
    /// A body owned by a state ("Azerbaijan's Foreign Ministry", "the Armenian Foreign Ministry", "US State Department") or by a
    /// known body ("European Union Mission in Armenia"): the graph's body with the same owner and head when there is exactly
    /// one ("Ministry of Foreign Affairs of Armenia"), else a new body whose name or alias names the owner. Null when no owner.
    /// </summary>
    private EntityMention? OwnedBody(SentenceView view, int first, int last, int head, string rule)
    {
        var tokens = view.Tokens;
        KnownEntity? owner = null;
        var core = first;
        var ownerFirst = -1;
        if (first >= 2 && tokens[first - 1].Kind == TokenKind.Possessive)
        {
            for (var s = Math.Max(0, first - 6); s <= first - 2 && owner is null; s++)
            {
                owner = run.Model.Gazetteer.MatchAt(tokens, s) is { } m && s + m.Count == first - 1 ? StateOf(m) : null;
                ownerFirst = owner is null ? -1 : s;
            }

            if (owner is null && first >= 3 && view.Key(first - 2) == "country" && view.Key(first - 3) == "the")
            {
                owner = CountryReferent(view, first - 3); // "Armenia denied it. ... the country's Ministry of Foreign Affairs"
            }
        }
        else if (tokens[first].IsAcronym && first < head && RepublicAcronym(tokens[first].Key) is { } republic)
        {
            owner = republic; // "RA National Assembly": the Republic of Armenia's
            core = first + 1;
        }
        else if (run.Model.Gazetteer.MatchAt(tokens, first) is { } m && first + m.Count <= head)
        {
            owner = StateOf(m);
            core = owner is null ? first : first + m.Count;
            if (owner is null && m.EntityIds.Length == 1 && run.Entity(m.EntityIds[0]) is { IsNew: false } ownerBody && ownerBody.Kind == run.Model.OrganizationKind)
            {
                return SameOwnerAndHead(view, ownerBody, first + m.Count, head, last) is { } linked
                    ? new EntityMention(first, last, linked.Id, FormKind.Alias, "owner-head-link", 0.75)
                    : null;
            }
        }

        if (owner is null || core > head)
        {
            return null;
        }

        var qualified = $"{view.Text(core, last)} of {owner.Name}";
        var canonical = Canonical(qualified);
        var known = run.Model.GraphForms(run.Model.OrganizationKind!).Where(f => Canonical(f.Tokens) == canonical).Select(f => f.Entity).Distinct().ToList();
        if (known.Count == 1)
        {
            return new EntityMention(first, last, known[0].Id, FormKind.Alias, "owner-link", 0.85);
        }

        if (NewBodyNamed(run.Model.OrganizationKind!, canonical) is { } same)
        {
            return new EntityMention(first, last, same.Id, FormKind.Alias, rule, same.Confidence);
        }

        // "Azerbaijan's Foreign Ministry" is named with its owner; "the Armenian Foreign Ministry" as written, with the owner's form as alias.
        var possessive = core == first;
        var aliases = new List<string>();
        if (!possessive)
        {
            aliases.Add(qualified);
        }
        else if (ownerFirst >= 0)
        {
            aliases.Add(view.Text(ownerFirst, last)); // as written: "Germany's Foreign Ministry"
        }

        if (view.Key(last) == "ministry" && last > core)
        {
            // "Foreign Ministry of Azerbaijan" is also the "Ministry of Foreign Affairs of Azerbaijan".
            var field = view.Text(core, last - 1);
            aliases.Add($"Ministry of {(view.Key(last - 1) == "foreign" ? field + " Affairs" : field)} of {owner.Name}");
        }

        var entity = run.NewEntity(possessive ? qualified : view.Text(first, last), run.Model.OrganizationKind!, rule, 0.8, [.. aliases]);
        return new EntityMention(first, last, entity.Id, FormKind.Name, rule, entity.Confidence);
    }

    /// <summary>
    /// The state "the country" stands for: the state that opens this sentence before it, else the one that opens the sentence
    /// before, else the document's focus state; null when none (never merely the last state named).
    /// </summary>
    private KnownEntity? CountryReferent(SentenceView view, int before)
    {
        bool IsState(string? id) => id is not null && run.Entity(id)?.Kind == run.Model.StateKind;
        var previous = run.Views.LastOrDefault(v => v != view);
        var id = OpeningActor(view, before) is { } here && IsState(here) ? here
            : previous is not null && OpeningActor(previous, previous.Tokens.Length) is { } there && IsState(there) ? there
            : run.FocusState();
        return id is null ? null : run.Entity(id);
    }

    /// <summary>"RA" (Republic of Armenia), "RK": an acronym that spells "Republic of" one of the document's main states.</summary>
    private KnownEntity? RepublicAcronym(string key)
    {
        if (key.Length is < 2 or > 3 || key[0] != 'r' || run.Model.Gazetteer.Lookup(key.ToUpperInvariant()).Any())
        {
            return null;
        }

        var fits = context.MainStates.Select(run.Entity).OfType<KnownEntity>()
            .Where(e => "r" + new string([.. Tokenizer.Keys(e.Name).Where(w => w is not ("of" or "the") && w.Length > 0 && char.IsLetter(w[0])).Select(w => w[0])]) == key).ToList();
        // "RA" is the Republic of Armenia or of Azerbaijan: the one the document names more.
        var ranked = fits.OrderByDescending(e => context.StateCount(e.Id)).ToList();
        return ranked.Count == 1 || (ranked.Count > 1 && context.StateCount(ranked[0].Id) > context.StateCount(ranked[1].Id)) ? ranked[0] : null;
    }

    private KnownEntity? StateOf(GazetteerMatch m) =>
        m.EntityIds.Length == 1 && run.Entity(m.EntityIds[0]) is { } e && e.Kind == run.Model.StateKind && m.Entries.All(x => x.Form != FormKind.Metonym) ? e : null;

    /// <summary>The one graph body whose name starts with the same owner and ends with the same head, with no modifier the text lacks.</summary>
    private KnownEntity? SameOwnerAndHead(SentenceView view, KnownEntity owner, int afterOwner, int head, int last)
    {
        // Only the place may follow the head: "Mission in Armenia".
        if (last > head && !(view.Key(head + 1) is "in" or "to" && last >= head + 2))
        {
            return null;
        }

        var between = Enumerable.Range(afterOwner, Math.Max(0, head - afterOwner)).Select(view.Key).ToList();
        var fits = run.Model.GraphForms(run.Model.OrganizationKind!).Where(f => f.IsName && f.Entity.Id != owner.Id).Where(f =>
        {
            var tokens = f.Tokens;
            return tokens.Length >= 2 && tokens[^1].Key == view.Key(head) && run.Model.Gazetteer.MatchAt(tokens, 0, tokens.Length - 1) is { } m
                && m.EntityIds.Length == 1 && m.EntityIds[0] == owner.Id && between.All(b => tokens.Any(t => t.Key == b));
        }).Select(f => f.Entity).ToList();
        return fits.Count == 1 ? fits[0] : null;
    }

    /// <summary>
    /// A body's name with the ministry forms made one ("Foreign Ministry of Armenia" = "Ministry of Foreign Affairs of Armenia",
    /// "Defense Ministry" = "Ministry of Defence"): folded words without "the".
    /// </summary>
    /// <remarks>
    /// The owning state is read from any of its forms and named by its id at the end ("Russia's Foreign Ministry",
    /// "Russian Foreign Ministry" and "Ministry of Foreign Affairs of the Russian Federation" are one key).
    /// </remarks>
    private string Canonical(string name) => Canonical(Tokenizer.Tokenize(name));

    /// <summary>The entity of <paramref name="kind"/> this text already named whose name or an alias has the key <paramref name="canonical"/> (<see cref="Canonical(string)"/>), else null.</summary>
    private KnownEntity? NewBodyNamed(string kind, string canonical) =>
        run.NewEntities.Values.FirstOrDefault(e => e.Kind == kind && (Canonical(e.Name) == canonical || e.Aliases.Any(a => Canonical(a) == canonical)));

    private string Canonical(IReadOnlyList<Token> tokens)
    {
        var words = new List<string>();
        string? owner = null;
        var owners = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (run.Model.Gazetteer.MatchAt(tokens, i) is { } m && StateOf(m) is { } state)
            {
                owners += owner == state.Id ? 0 : 1;
                owner = state.Id;
                i += m.Count - 1;
                if (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Possessive)
                {
                    i++;
                }

                continue;
            }

            words.Add(tokens[i].Key);
        }

        while (words.Count > 0 && words[^1] is "of" or "the")
        {
            words.RemoveAt(words.Count - 1);
        }

        var key = CanonicalWords(words);
        return owners == 1 ? $"{key} @{owner}" : owners == 0 ? key : string.Join(' ', tokens.Select(t => t.Key));
    }

    private static string CanonicalWords(IEnumerable<string> words)
    {
        var keys = words.Where(k => k != "the").Select(k => k == "defense" ? "defence" : k).ToList();
        for (var k = 0; k + 1 < keys.Count; k++)
        {
            if (keys[k] == "national" && keys[k + 1] == "assembly")
            {
                keys[k] = "parliament"; // a state's National Assembly is its parliament
                keys.RemoveAt(k + 1);
            }
        }

        var ministry = keys.IndexOf("ministry");
        if (ministry > 0 && keys[ministry - 1] != "of")
        {
            var before = keys.Take(ministry).ToList();
            keys = [.. new[] { "ministry", "of" }.Concat(before).Concat(keys.Skip(ministry + 1))];
        }

        for (var k = 0; k < keys.Count; k++)
        {
            if (keys[k] == "foreign" && (k + 1 == keys.Count || keys[k + 1] != "affairs"))
            {
                keys.Insert(k + 1, "affairs");
            }
        }

        return string.Join(' ', keys);
    }

    /// <summary>Lowercase heads of a body a state or bloc keeps somewhere: "the EU mission", "the French embassy in Baku".</summary>
    private static readonly HashSet<string> LowercaseSeatedHeads = new(StringComparer.Ordinal) { "mission", "delegation", "embassy", "consulate", "representation" };

    /// <summary>Describing words that may stand between the owner and a seated head: "the EU's civilian monitoring mission".</summary>
    private static readonly HashSet<string> SeatedModifiers = new(StringComparer.Ordinal)
    {
        "monitoring", "observer", "observation", "civilian", "diplomatic", "permanent", "military", "peacekeeping", "trade", "border",
        "police", "advisory", "assistance", "special", "fact-finding", "verification", "government", "governmental", "parliamentary", "official",
    };

    /// <summary>
    /// A body named by its owner and a lowercase seated head, with the place after "in" or "to" when the text gives one: "the
    /// EU's civilian observer mission in Georgia", "the EU mission", "the French embassy in Baku". It links to the graph's
    /// (or this text's) body when one of its forms names the same owner, the same head and the same place; else, when a place is
    /// given, it is a new body.
    /// </summary>
    private IEnumerable<(int, int, int, Func<EntityMention?>)> SeatedBodies(SentenceView view, GazetteerMatch?[] matches)
    {
        if (run.Model.OrganizationKind is not { } bodyKind)
        {
            yield break;
        }

        var tokens = view.Tokens;
        for (var i = 1; i < tokens.Length; i++)
        {
            if (tokens[i].IsCapitalized || !LowercaseSeatedHeads.Contains(tokens[i].Key))
            {
                continue;
            }

            var k = i - 1;
            while (k > 0 && i - k <= 2 && !tokens[k].IsCapitalized && SeatedModifiers.Contains(tokens[k].Key))
            {
                k--;
            }

            var ownerLast = tokens[k].Kind == TokenKind.Possessive ? k - 1 : k;
            var ownerFirst = Enumerable.Range(Math.Max(0, ownerLast - 5), Math.Max(0, ownerLast - Math.Max(0, ownerLast - 5) + 1))
                .FirstOrDefault(s => matches[s] is { } m && s + m.Count - 1 == ownerLast, -1);
            if (ownerFirst < 0 || matches[ownerFirst] is not { EntityIds: [var ownerId] } || run.Entity(ownerId) is not { } owner
                || (owner.Kind != run.Model.StateKind && owner.Kind != bodyKind))
            {
                continue;
            }

            KnownEntity? place = null;
            var last = i;
            var at = view.Key(i + 2) == "the" ? i + 3 : i + 2;
            // A state's delegation "in Tbilisi" is visiting; a bloc's delegation in a state is its standing mission there.
            if (view.Key(i + 1) is "in" or "to" && at < tokens.Length && (tokens[i].Key != "delegation" || owner.Kind == bodyKind) && matches[at] is { EntityIds: [var placeId] } pm && run.Entity(placeId) is { } p
                && (p.Kind == run.Model.StateKind || p.Kind == run.Model.PlaceKind) && pm.Entries.All(e => e.Form != FormKind.Demonym))
            {
                place = p;
                last = at + pm.Count - 1;
            }

            var (first, head, headKey) = (ownerFirst, i, tokens[i].Key);
            if (headKey == "delegation" && place is null)
            {
                // "the Kazakh delegation", "a Georgian Dream delegation": one visit's group of people, a body of its own that acts
                // (visits, talks, is received) for its owner; never the graph's delegation of another visit. Where only the
                // graph's can bear the name, the owner stays a mention of its own.
                var delegationName = $"{view.Text(ownerFirst, ownerLast)} {view.Text(k + 1, head)}";
                yield return (first, head, PriorityPattern, () =>
                {
                    var entity = run.NewEntity(delegationName, bodyKind, "delegation", 0.75);
                    return entity.IsNew ? new EntityMention(first, head, entity.Id, FormKind.Name, "delegation", 0.75) : null;
                });
                i = head;
                continue;
            }

            // The owner as written without its "'s", the describing words and the head, the place: "European Union monitoring mission in X".
            var name = $"{view.Text(ownerFirst, ownerLast)} {view.Text(k + 1, head)}" + (place is null ? string.Empty : $" {view.Key(i + 1)} {view.Text(at, last)}");
            yield return (first, last, PriorityPattern, () =>
            {
                if (SameSeatedBody(bodyKind, owner, headKey, place) is { } same)
                {
                    return new EntityMention(first, last, same.Id, FormKind.Alias, "seated-body-link", 0.8);
                }

                if (place is null)
                {
                    return null; // "a NATO mission" with no place names no one body; the owner stays a mention of its own
                }

                var entity = run.NewEntity(name, bodyKind, "seated-body", 0.75);
                return new EntityMention(first, last, entity.Id, FormKind.Name, "seated-body", 0.75);
            });
            i = last;
        }
    }

    /// <summary>The one graph or text body one of whose forms holds the owner (by any of its forms), the head and the place, if any.</summary>
    private KnownEntity? SameSeatedBody(string bodyKind, KnownEntity owner, string headKey, KnownEntity? place)
    {
        var ownerForms = FormsOf(owner);
        var placeForms = place is null ? [] : FormsOf(place);
        bool Fits(IReadOnlyList<string> keys) => keys.Contains(headKey) && ownerForms.Any(o => Contains(keys, o)) && (place is null || placeForms.Any(p => Contains(keys, p)));
        var fits = run.Model.GraphForms(bodyKind).Where(f => Fits([.. f.Keys])).Select(f => f.Entity)
            .Concat(run.NewEntities.Values.Where(e => e.Kind == bodyKind && e.Rule == "seated-body" && e.Aliases.Prepend(e.Name).Any(n => Fits([.. Tokenizer.Keys(n)]))))
            .DistinctBy(e => e.Id).ToList();
        return fits.Count == 1 ? fits[0] : null;

        static bool Contains(IReadOnlyList<string> keys, string[] part) =>
            Enumerable.Range(0, Math.Max(0, keys.Count - part.Length + 1)).Any(s => keys.Skip(s).Take(part.Length).SequenceEqual(part));
    }

    /// <summary>The folded word sequences of an entity's name and aliases (graph forms for graph entities).</summary>
    private List<string[]> FormsOf(KnownEntity e) =>
        [.. run.Model.GraphForms(e.Kind).Where(f => f.Entity.Id == e.Id).Select(f => f.Keys.ToArray())
            .Concat(e.Aliases.Prepend(e.Name).Select(n => Tokenizer.Keys(n).ToArray())).Where(k => k.Length > 0)];
}
