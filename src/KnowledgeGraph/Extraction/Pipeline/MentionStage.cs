using System.Collections.Frozen;
using static KnowledgeGraph.Extraction.ClauseAnalyzer;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// The mention stage: gazetteer matches (longest first, curated forms before built-in ones, capital-versus-city by
/// preposition), titled persons, named bodies, agreements, events and weapon systems, acronyms, "both countries"
/// and pronouns. Every mention is recorded on the run.
/// </summary>
internal sealed partial class MentionStage
{
    /// <summary>Nouns after a bloc's adjective that make it stand for the bloc: "Western partners", "the Western camp".</summary>
    private static readonly FrozenSet<string> BlocSideNouns = FrozenSet.ToFrozenSet(
        ["partners", "partner", "side", "camp", "allies", "ally", "world", "powers", "governments", "capitals", "officials", "leaders", "bloc", "orientation", "direction", "vector", "course", "integration"],
        StringComparer.Ordinal);

    private const int PriorityGazetteer = 3;
    private const int PriorityPattern = 1;
    private readonly DocumentRun run;
    private string? lastPerson;

    /// <summary>The person who opened the last sentence that opened with one, in this paragraph ("Pashinyan welcomed ...").</summary>
    private string? lastSubjectPerson;
    private string? carriedSubject;
    private bool lastParagraphWasBody;
    private string[]? lastPersonPair;
    private string[]? lastLeaderPair;
    private DocumentContext context = DocumentContext.Empty;

    public MentionStage(DocumentRun run) => this.run = run;

    /// <summary>Reads what the whole document says before its first sentence: acronyms, lowercase words, states named most.</summary>
    public void Prepare(SegmentedText text) => context = DocumentContext.Build(run.Model, text);

    /// <summary>
    /// Forgets the person "he" and "she" stand for: a new paragraph starts. Only a "He" or "She" opening a body paragraph's first
    /// sentence still stands for the person who last opened a sentence of the body paragraph before (news paragraphs are short:
    /// "Kobakhidze said ... [new paragraph] He also criticized ...").
    /// </summary>
    /// <param name="body">Whether the paragraph is running text (not a heading or a footnote).</param>
    public void StartParagraph(bool body)
    {
        carriedSubject = body && lastParagraphWasBody ? lastSubjectPerson : null;
        lastParagraphWasBody = body;
        (lastPerson, lastSubjectPerson) = (null, null);
    }

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

        if (!view.IsHeadline && !IsTitleCase(view))
        {
            candidates.AddRange(NamedBodies(view, matches));
            candidates.AddRange(SeatedBodies(view, matches));
            candidates.AddRange(WeaponSystems(view, matches));
            candidates.AddRange(NamedOutlets(view, matches));
            candidates.AddRange(NamedCompanies(view, matches));
            candidates.AddRange(PersonNames(view, matches));
            candidates.AddRange(KnownPersonNames(view, matches));
            candidates.AddRange(BareAcronyms(view, matches));
            candidates.AddRange(PlusFormats(view, matches));
            candidates.AddRange(Agreements(view, matches));
            candidates.AddRange(PlaceNames(view, matches));
            candidates.AddRange(RouteChains(view));
            candidates.AddRange(Descriptions(view, matches));
        }

        var taken = (bool[])view.Reserved.Clone();
        foreach (var c in candidates.OrderByDescending(c => c.Last - c.First).ThenByDescending(c => c.Priority).ThenBy(c => c.First))
        {
            if (Enumerable.Range(c.First, c.Last - c.First + 1).Any(i => taken[i]))
            {
                continue;
            }

            // A candidate that turns out to be nothing ("Tbilisi Monday" as a person) leaves its words to shorter ones.
            if (c.Make() is { } mention)
            {
                for (var i = c.First; i <= c.Last; i++)
                {
                    taken[i] = true;
                }

                view.Mentions.Add(mention);
            }
        }

        view.Mentions.Sort((a, b) => a.First.CompareTo(b.First));
        StaffBodies(view);
        CoordinatedPersons(view, matches);
        DefineAcronyms(view);
        CheckAgreementLinks(view);
        // "a French television channel": a demonym modifying a media or company noun is not a mention of the state.
        view.Mentions.RemoveAll(m => m.Form == FormKind.Demonym && view.MentionAt(m.Last + 1) is null
            && (WordLists.MediaNouns.Contains(view.Key(m.Last + 1)) || (!view.Tokens[Math.Min(m.Last + 1, view.Tokens.Length - 1)].IsCapitalized && WordLists.MediaNouns.Contains(view.Key(m.Last + 2)))));
        // "the United Nations COP29 summit": a body's name right before a capitalized event's name modifies the
        // event; a visit "to" it is to the event, not to the body.
        for (var k = view.Mentions.Count - 2; k >= 0; k--)
        {
            var (body, gathering) = (view.Mentions[k], view.Mentions[k + 1]);
            if (run.Model.EventKind is { } eventKind && run.Entity(body.EntityId)?.Kind == run.Model.OrganizationKind && body.Form != FormKind.Demonym
                && gathering.First == body.Last + 1 && run.Entity(gathering.EntityId)?.Kind == eventKind && view.Tokens[gathering.First].IsCapitalized)
            {
                view.Mentions[k + 1] = gathering with { First = body.First };
                view.Mentions.RemoveAt(k);
            }
        }

        // "Western sanctions", "the US-led Western military alliance": a bloc's adjective names the bloc only before a noun
        // of its members or side ("Western partners", "the Western camp").
        view.Mentions.RemoveAll(m => m.Form == FormKind.Demonym && run.Entity(m.EntityId)?.Kind == run.Model.OrganizationKind
            && view.MentionAt(m.Last + 1) is null && view.Tokens.Length > m.Last + 1 && !view.Tokens[m.Last + 1].IsCapitalized && view.Tokens[m.Last + 1].Kind == TokenKind.Word
            && !BlocSideNouns.Contains(view.Key(m.Last + 1)));
        for (var k = 0; k < view.Mentions.Count; k++)
        {
            var m = view.Mentions[k];
            if (m.Form == FormKind.Demonym && WordLists.GovernmentNouns.Contains(view.Key(m.Last + 1)))
            {
                view.Mentions[k] = m with { StandsForState = true };
            }
        }

        ResolveGroupAnaphora(view, previous);
        ResolveLatterAndFormer(view, previous);
        ResolveQuotedFirstPerson(view);
        ResolvePronouns(view);
        ResolveIt(view, previous);
        DefiniteReferences.Resolve(run, view);
        foreach (var m in view.Mentions)
        {
            run.RecordMention(view, m);
        }
    }

    /// <summary>
    /// "between Ilham Aliyev and Nikol Pashinyan", "Pashinyan and Ilham Aliyev": an untitled two- or three-word
    /// capitalized name joined by "and" to a known person is a person of the partner's kind.
    /// </summary>
    private void CoordinatedPersons(SentenceView view, GazetteerMatch?[] matches)
    {
        if (view.IsHeadline || IsTitleCase(view))
        {
            return;
        }

        var tokens = view.Tokens;
        foreach (var partner in view.Mentions.ToList())
        {
            if (run.Entity(partner.EntityId) is not { } p || !run.Model.IsPersonKind(p.Kind))
            {
                continue;
            }

            // The name before "and" ("Ilham Aliyev and Nikol Pashinyan") or after it ("Pashinyan and Ilham Aliyev").
            var before = partner.First - 2;
            if (view.Key(partner.First - 1) == "and" && before >= 0)
            {
                var first = before;
                while (first - 1 >= 0 && before - first < 2 && IsFreeNameToken(view, matches, first - 1))
                {
                    first--;
                }

                TryPerson(first, before);
            }

            var after = partner.Last + 2;
            if (view.Key(partner.Last + 1) == "and" && after < tokens.Length)
            {
                var last = after;
                while (last + 1 < tokens.Length && last - after < 2 && IsFreeNameToken(view, matches, last + 1))
                {
                    last++;
                }

                TryPerson(after, last);
            }

            void TryPerson(int first, int last)
            {
                if (last - first < 1 || Enumerable.Range(first, last - first + 1).Any(k => !IsFreeNameToken(view, matches, k))
                    || (first > 0 && tokens[first - 1].IsCapitalized && tokens[first - 1].Kind == TokenKind.Word && !WordLists.LeadingStopwords.Contains(tokens[first - 1].Key))
                    || (last + 1 < tokens.Length && tokens[last + 1].IsCapitalized && tokens[last + 1].Kind == TokenKind.Word))
                {
                    return;
                }

                var name = view.Text(first, last);
                var entity = run.NewEntity(name, p.Kind, "coordinated-person", 0.75, tokens[last].Text);
                view.Mentions.Add(new EntityMention(first, last, entity.Id, FormKind.Name, "coordinated-person", 0.75));
                view.Mentions.Sort((a, b) => a.First.CompareTo(b.First));
            }
        }
    }

    /// <summary>Whether a line is a title-case headline ("Finland To Lead Talks On The Group", no closing stop): its capitals mark no names.</summary>
    internal static bool IsTitleCase(SentenceView view)
    {
        // A sentence that ends in a full stop (also inside a closing quote) or runs long is running text, however many capitals.
        var words = view.Tokens.Where(t => t.Kind == TokenKind.Word && t.Text.Length > 3).ToList();
        var end = view.Key(view.Tokens.Length - 1) is "”" or "\"" or "’" ? view.Tokens.Length - 2 : view.Tokens.Length - 1;
        return words.Count >= 4 && words.Count <= 16 && view.Key(end) is not ("." or "!" or "?" or ")" or "]")
            && words.Count(t => t.IsCapitalized) >= 0.8 * words.Count;
    }

    private static bool IsFreeNameToken(SentenceView view, GazetteerMatch?[] matches, int k) =>
        k >= 0 && k < view.Tokens.Length && matches[k] is null && view.MentionAt(k) is null && !view.Reserved[k]
        && view.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: true, IsAcronym: false } t
        && !WordLists.Months.Contains(t.Key) && !WordLists.LeadingStopwords.Contains(t.Key) && !WordLists.OrganizationHeads.Contains(t.Key)
        && !WordLists.AgreementHeads.Contains(t.Key) && !WordLists.EventHeads.Contains(t.Key) && !WordLists.PlaceHeads.Contains(t.Key);

    /// <summary>"He", "she", "his", "her" stand for the person last named in the paragraph.</summary>
    /// <summary>
    /// "“I express my gratitude to X,” Pashinyan wrote": inside a quote whose speaker the same sentence names right after it
    /// ("..., Pashinyan wrote", "..., said Pashinyan") or right before it ("Pashinyan said: “I ...”"), "I", "me" and "my" are
    /// that person. A quote that opened in an earlier sentence counts from this sentence's start.
    /// </summary>
    private void ResolveQuotedFirstPerson(SentenceView view)
    {
        var tokens = view.Tokens;
        var open = -1;
        var firstOpen = true;
        for (var k = 0; k < tokens.Length; k++)
        {
            var key = view.Key(k);
            var opens = key is "“" || (key is "\"" && open < 0 && firstOpen);
            var closes = key is "”" || (key is "\"" && !opens);
            if (opens)
            {
                open = k;
                firstOpen = false;
                continue;
            }

            if (!closes)
            {
                continue;
            }

            var start = open < 0 ? -1 : open;
            open = -1;
            if (QuoteSpeaker(view, start, k) is not { } speaker)
            {
                continue;
            }

            for (var j = start + 1; j < k; j++)
            {
                if (view.Key(j) is "i" or "me" or "my" or "myself" && view.MentionAt(j) is null && (view.Key(j) != "i" || tokens[j].Text == "I"))
                {
                    view.Mentions.Add(new EntityMention(j, j, speaker, FormKind.Alias, "quote-speaker", 0.8));
                }
            }
        }

        view.Mentions.Sort((a, b) => a.First.CompareTo(b.First));
    }

    /// <summary>The person named as the speaker of the quote from <paramref name="open"/> to <paramref name="close"/> (-1: opened before the sentence).</summary>
    private string? QuoteSpeaker(SentenceView view, int open, int close)
    {
        string? Person(EntityMention? m) => m is { CanBeArgument: true } && run.Entity(m.EntityId) is { } e && run.Model.IsPersonKind(e.Kind) ? e.Id : null;

        // After: "...,” Pashinyan wrote" / "...,” said Pashinyan" / "...,” Russian Deputy Prime Minister Alexei Overchuk told".
        var after = close + 1;
        if (view.MentionStartingAt(after) is { } m1 && Person(m1) is { } p1 && WordLists.SpeechVerbs.Contains(view.Key(m1.Last + 1)))
        {
            return p1;
        }

        if (WordLists.SpeechVerbs.Contains(view.Key(after)) && Person(view.MentionStartingAt(after + 1)) is { } p2)
        {
            return p2;
        }

        if (view.Titles.FirstOrDefault(t => t.First == after && t.Person is { } holder && WordLists.SpeechVerbs.Contains(view.Key(holder.Last + 1))) is { Person: { } titled })
        {
            return Person(titled);
        }

        // Before: "Pashinyan said: “I ...”", "Pashinyan wrote, “I ...”".
        if (open > 0)
        {
            var verb = view.Key(open - 1) is ":" or "," ? open - 2 : open - 1;
            if (WordLists.SpeechVerbs.Contains(view.Key(verb)) && view.MentionAt(verb - 1) is { } m3 && m3.Last == verb - 1)
            {
                return Person(m3);
            }
        }

        return null;
    }

    /// <summary>Words after which "it" is the subject of a verb ("it has made clear", "it said"), not an expletive ("it is expected").</summary>
    private static readonly HashSet<string> ItVerbs = new(StringComparer.Ordinal)
    {
        "has", "had", "will", "would", "could", "can", "should", "must", "may", "might", "also", "did", "does", "wants", "intends",
        "plans", "refused", "agreed", "signed", "insisted", "accused", "demanded", "rejected", "called", "urged", "threatened", "hopes",
        "expects", "continues", "continued", "remains",
    };

    /// <summary>
    /// "Azerbaijan says ... It has stated plainly that it will not sign": "it" before a verb stands for the state or body that opens
    /// this sentence before it, else the one that opens the previous sentence of the paragraph. Other readings of "it" (an
    /// expletive, a thing) are left alone.
    /// </summary>
    private void ResolveIt(SentenceView view, SentenceView? previous)
    {
        for (var i = 0; i < view.Tokens.Length; i++)
        {
            var next = view.Key(i + 1);
            if (view.Key(i) == "it" && view.MentionAt(i) is null && i == 0 && previous is not null && EventPassive(view, i + 1) && OpeningEvent(previous) is { } gathering)
            {
                // "The Caspian summit opened in Aktau on Monday. It was chaired by ...": the gathering.
                view.Mentions.Add(new EntityMention(i, i, gathering, FormKind.Alias, "pronoun-it", 0.7));
                continue;
            }

            if (view.Key(i) == "it" && view.MentionAt(i) is null && SpeakerOfReportedIt(view, i) is { } speaker)
            {
                // "London said on Monday that it was imposing sanctions": "it" in what a state or body says is the speaker.
                view.Mentions.Add(new EntityMention(i, i, speaker, FormKind.Alias, "pronoun-it", 0.8));
                continue;
            }

            if (view.Key(i) != "it" || view.MentionAt(i) is not null || !(ItVerbs.Contains(next) || WordLists.SpeechVerbs.Contains(next)))
            {
                continue;
            }

            var actor = OpeningActor(view, i) ?? (previous is null ? null : OpeningActor(previous, previous.Tokens.Length));
            if (actor is not null)
            {
                view.Mentions.Add(new EntityMention(i, i, actor, FormKind.Alias, "pronoun-it", 0.7));
            }
        }

        view.Mentions.Sort((a, b) => a.First.CompareTo(b.First));
    }

    /// <summary>Participles a gathering takes in the passive: "it was chaired by", "it was attended by", "it will be held in".</summary>
    private static readonly HashSet<string> EventParticiples = new(StringComparer.Ordinal)
    {
        "chaired", "co-chaired", "attended", "held", "hosted", "opened", "organized", "organised", "convened",
    };

    /// <summary>Whether the words from <paramref name="at"/> are a passive of a gathering: "was chaired by", "will be held in".</summary>
    private static bool EventPassive(SentenceView view, int at)
    {
        var k = at;
        while (k < at + 3 && (WordLists.BeAuxiliaries.Contains(view.Key(k)) || view.Key(k) is "will" or "has" or "had" or "also"))
        {
            k++;
        }

        return k > at && EventParticiples.Contains(view.Key(k)) && view.Key(k + 1) is "by" or "in" or "at" or "on";
    }

    /// <summary>
    /// The event that is a sentence's subject, if one is: its first argument opens the sentence, or stands after a fronted date
    /// and right before the verb ("On 4 April, the first summit was held in Samarkand").
    /// </summary>
    private string? OpeningEvent(SentenceView view) =>
        view.Mentions.FirstOrDefault(m => m.CanBeArgument) is { } m && run.Entity(m.EntityId) is { } e && e.Kind == run.Model.EventKind
            && (ClauseAnalyzer.OpensSentence(view, m) || view.Key(m.Last + 1) is "was" or "is" or "will" or "took" or "opened" or "began" or "started" or "ended" or "brought" or "gathered")
            ? e.Id : null;

    /// <summary>The state or organization whose mention opens the sentence before token <paramref name="before"/>, if one does.</summary>
    private string? OpeningActor(SentenceView view, int before) =>
        view.Mentions.FirstOrDefault(m => m.Last < before && m.CanBeArgument) is { } m && ClauseAnalyzer.OpensSentence(view, m)
            && run.Entity(m.EntityId) is { } e && (e.Kind == run.Model.StateKind || e.Kind == run.Model.OrganizationKind) ? e.Id : null;

    /// <summary>
    /// The state or body whose words "it" at <paramref name="at"/> opens: "London said (on Monday) (that) it ...", the subject
    /// right before the verb of saying. Null when no verb of saying comes right before "it".
    /// </summary>
    private string? SpeakerOfReportedIt(SentenceView view, int at)
    {
        // "it" opens a clause (its verb follows), not the object of the verb of saying ("confirmed it").
        var next = view.Key(at + 1);
        if (!(WordLists.BeAuxiliaries.Contains(next) || WordLists.IsPastTense(next)
            || next is "would" or "will" or "could" or "can" or "may" or "might" or "must" or "should" or "has" or "have" or "had" or "did" or "does" or "plans" or "intends" or "wants"))
        {
            return null;
        }

        var k = at - 1;
        if (view.Key(k) == "that")
        {
            k--;
        }

        // A time between the verb and its clause: "announced today that", "said on Monday that".
        if (view.Key(k) is "today" or "yesterday" or "earlier" or "later" or "again")
        {
            k--;
        }
        else if (WordLists.Weekdays.Contains(view.Key(k)) && view.Key(k - 1) == "on")
        {
            k -= 2;
        }

        if (k < 1 || !WordLists.SpeechVerbs.Contains(view.Key(k)))
        {
            return null;
        }

        // The verb's subject stands right before it ("Russia said Armenia claimed that it ...": Armenia).
        var before = view.Key(k - 1) is "also" or "later" or "officially" ? k - 2 : k - 1;
        return view.Mentions.FirstOrDefault(m => m.Last == before && m.CanBeArgument) is { } speaker && run.Entity(speaker.EntityId) is { } e
            && (e.Kind == run.Model.StateKind || e.Kind == run.Model.OrganizationKind)
            ? e.Id : null;
    }

    /// <summary>
    /// Whether a subject pronoun opens its sentence, alone or after a fronted phrase of time or place that names no one ("The
    /// next day, he held talks", "On Monday, she said").
    /// </summary>
    private static bool OpensAfterAdverbial(SentenceView view, int i) =>
        i == 0 || (i <= 6 && view.Key(i - 1) == "," && !view.Mentions.Any(m => m.First < i) && Enumerable.Range(0, i - 1).All(k => view.Tokens[k].Kind != TokenKind.Punctuation || view.Key(k) == "."));

    /// <summary>Words that open a fronted phrase of time or occasion whose "his" or "her" is the main clause subject's.</summary>
    private static readonly HashSet<string> FrontedPhraseOpeners = new(StringComparer.Ordinal)
    {
        "following", "after", "before", "during", "upon", "ahead", "prior", "on", "at", "in", "despite", "since", "speaking", "addressing",
    };

    /// <summary>
    /// The person who opens the main clause after a fronted phrase holding <paramref name="at"/> ("Following his meeting with X,
    /// [Russian Prime Minister] Y promised"): the phrase opens the sentence, names no one before the pronoun and speaks of a
    /// meeting with someone; null otherwise.
    /// </summary>
    private string? FrontedPhraseSubject(SentenceView view, int at)
    {
        if (!FrontedPhraseOpeners.Contains(view.Key(0)) || view.Mentions.Any(m => m.First < at && m.CanBeArgument))
        {
            return null;
        }

        // Only a meeting with someone named ("his meeting with X", "her phone call with X"): the other party is the main
        // subject. "During his stay, Y ..." may be another's stay.
        var noun = view.Key(at + 1) is "phone" or "telephone" or "bilateral" or "recent" ? at + 2 : at + 1;
        if (view.Key(noun) is not ("meeting" or "meetings" or "talks" or "conversation" or "call" or "negotiations") || view.Key(noun + 1) != "with")
        {
            return null;
        }

        var comma = Enumerable.Range(at + 1, Math.Max(0, Math.Min(view.Tokens.Length, at + 25) - at - 1)).FirstOrDefault(k => view.Key(k) is "," or "." or ";", -1);
        if (comma < 0 || view.Key(comma) != ",")
        {
            return null;
        }

        var opener = ClauseAnalyzer.PersonAt(view, comma + 1);
        return opener is not null && run.Entity(opener.EntityId) is { } person && run.Model.IsPersonKind(person.Kind) ? person.Id : null;
    }

    /// <summary>
    /// Whether the subject pronoun at <paramref name="i"/> opens a clause joined by ", and" or ", but", at most a short phrase
    /// of place or time between ("..., and in Uzbekistan he backed ...").
    /// </summary>
    private static bool CoordinatedClauseAt(SentenceView view, int i)
    {
        for (var k = i - 1; k >= Math.Max(1, i - 6); k--)
        {
            if (view.Key(k) is "and" or "but" && (view.Key(k - 1) == "," || (view.Key(k - 1) is "”" or "\"" && view.Key(k - 2) == ",")))
            {
                return true;
            }

            if (view.Key(k) is "," or ";" or "." or "that" or "who" or "which" or "“" or "\"" || (view.MentionAt(k) is { } m && m.CanBeArgument && view.Key(m.First - 1) is not ("in" or "on" or "at")))
            {
                return false;
            }
        }

        return false;
    }

    private void ResolvePronouns(SentenceView view)
    {
        for (var i = 0; i < view.Tokens.Length; i++)
        {
            if (view.MentionAt(i) is { } m && run.Entity(m.EntityId) is { } e && run.Model.IsPersonKind(e.Kind))
            {
                lastPerson = e.Id;
                i = m.Last;
            }
            else if (view.Key(i) is "his" or "her" && view.Key(i + 1) is "country" or "nation" or "government" && view.MentionAt(i) is null && lastPerson is not null)
            {
                // "her country wants to join": the state the person serves, when the text has named it; never the person.
                if (run.Entity(lastPerson) is { } person && person.Role is not null && run.StateServedBy(person, view.Sentence.Paragraph - 2) is { } state)
                {
                    view.Mentions.Add(new EntityMention(i, i + 1, state, FormKind.Alias, "pronoun", 0.75));
                }

                i++;
            }
            else if (view.Key(i) is "his" or "her" && view.MentionAt(i) is null && lastPerson is not null && UnnamedCounterpart(view, i, lastPerson) is { } counterpart)
            {
                // "Pezeshkian met with his Azerbaijani counterpart in Baku": the one holder of the same office in that state.
                view.Mentions.RemoveAll(m => m.First > i && m.Last <= counterpart.Last);
                view.Mentions.Add(counterpart);
                i = counterpart.Last;
            }
            else if (view.Key(i) is "he" or "she" && i > 0 && view.MentionAt(i) is null && view.Key(i - 1) is "as" or "when" or "while" or "after" or "before" or "because" or "since"
                && view.Mentions.FirstOrDefault(x => x.Last < i && x.CanBeArgument) is { } opening && ClauseAnalyzer.OpensSentence(view, opening)
                && run.Entity(opening.EntityId) is { } openingPerson && run.Model.IsPersonKind(openingPerson.Kind))
            {
                // "X met Y on Friday as he visited Turkey": the subject of a clause of time or reason is the sentence's subject.
                view.Mentions.Add(new EntityMention(i, i, openingPerson.Id, FormKind.Alias, "pronoun", 0.8));
            }
            else if (view.Key(i) is "he" or "she" && OpensAfterAdverbial(view, i) && view.MentionAt(i) is null && lastPerson is null && lastSubjectPerson is null && carriedSubject is not null)
            {
                // "[new paragraph] He also criticized ...": the person who opened a sentence of the paragraph before.
                view.Mentions.Add(new EntityMention(i, i, carriedSubject, FormKind.Alias, "pronoun", 0.75));
                lastPerson = carriedSubject;
            }
            else if (view.Key(i) is "he" or "she" && OpensAfterAdverbial(view, i) && view.MentionAt(i) is null && lastSubjectPerson is not null && lastSubjectPerson != lastPerson)
            {
                // "Pashinyan welcomed the French minister's visit. He added ...": a subject pronoun opening a sentence is the
                // person the sentence before opened with, not the last person named in it.
                view.Mentions.Add(new EntityMention(i, i, lastSubjectPerson, FormKind.Alias, "pronoun", 0.8));
                lastPerson = lastSubjectPerson;
            }
            else if (view.Key(i) is "he" or "she" && view.MentionAt(i) is null && CoordinatedClauseAt(view, i)
                && view.Mentions.FirstOrDefault(x => x.Last < i && x.CanBeArgument) is { } sentenceOpener && ClauseAnalyzer.OpensSentence(view, sentenceOpener)
                && run.Entity(sentenceOpener.EntityId) is { } openerPerson && run.Model.IsPersonKind(openerPerson.Kind))
            {
                // "X thanked Y for ..., and in Uzbekistan he backed ...": the subject of a clause joined by ", and" is the
                // sentence's subject, not the last person named.
                view.Mentions.Add(new EntityMention(i, i, openerPerson.Id, FormKind.Alias, "pronoun", 0.8));
                lastPerson = openerPerson.Id;
            }
            else if (view.Key(i) is "his" or "her" && view.MentionAt(i) is null && FrontedPhraseSubject(view, i) is { } mainSubject)
            {
                // "Following his meeting with X, Mishustin promised ...": "his" in a fronted phrase points ahead, to the main
                // clause's subject.
                view.Mentions.Add(new EntityMention(i, i, mainSubject, FormKind.Alias, "pronoun", 0.8));
            }
            else if (view.Key(i) is "he" or "she" or "his" or "her" or "him" && view.MentionAt(i) is null && lastPerson is not null)
            {
                view.Mentions.Add(new EntityMention(i, i, lastPerson, FormKind.Alias, "pronoun", 0.8));
            }
        }

        view.Mentions.Sort((a, b) => a.First.CompareTo(b.First));
        carriedSubject = null;
        // The sentence's subject: its first argument that no preposition governs ("As part of his visit to X, Stoltenberg
        // arrived": not the possessive nor X), and of an opening title the holder, not the body ("NATO Secretary General Jens
        // Stoltenberg arrived").
        if (view.Mentions.FirstOrDefault(x => x.CanBeArgument && !(x.Rule == "pronoun" && view.Key(x.First) is "his" or "her") && !ClauseAnalyzer.Governed(view, x)) is { } opener
            && (ClauseAnalyzer.OpensSentence(view, opener) || (opener.Rule == "pronoun" && OpensAfterAdverbial(view, opener.First)) || (opener.First > 0 && view.Key(opener.First - 1) == ","))
            && run.Entity((ClauseAnalyzer.PersonAt(view, opener.First) ?? opener).EntityId) is { } subjectPerson && run.Model.IsPersonKind(subjectPerson.Kind))
        {
            lastSubjectPerson = subjectPerson.Id;
        }
    }

    /// <summary>
    /// "his Azerbaijani counterpart" with no name after it: the person who holds the office of the one "his" stands for in
    /// that state, when the text or the graph knows exactly one (for other offices than heads of state or government, only a
    /// holder the text names); else null.
    /// </summary>
    private EntityMention? UnnamedCounterpart(SentenceView view, int at, string personId)
    {
        if (view.MentionStartingAt(at + 1) is not { Form: FormKind.Demonym } demonym || view.Key(demonym.Last + 1) != "counterpart"
            || run.Entity(demonym.EntityId) is not { } state || state.Kind != run.Model.StateKind)
        {
            return null;
        }

        var after = demonym.Last + 2;
        if (after < view.Tokens.Length && (view.Tokens[after].IsCapitalized && view.Tokens[after].IsWordLike || view.Key(after) == ","))
        {
            return null; // "his Armenian counterpart Suren Papikyan", "..., Suren Papikyan": the name is the counterpart rule's
        }

        return run.RoleOf(personId) is { } role && run.TitleHolder(role.Concept, state.Id) is { } holder && holder != personId
            ? new EntityMention(at, demonym.Last + 1, holder, FormKind.Alias, "counterpart", 0.75)
            : null;
    }

    /// <summary>Nouns after "the latter" that make it an adjective of time or order: "the latter half of 2025".</summary>
    private static readonly FrozenSet<string> LatterPartNouns = FrozenSet.ToFrozenSet(
        ["half", "part", "parts", "stage", "stages", "phase", "years", "days", "weeks", "months", "period", "end"], StringComparer.Ordinal);

    /// <summary>
    /// "Baku's stance towards Paris ..., due to the latter's support for Armenia": "the latter" stands for the later of the
    /// last two actors (states, bodies, persons) named before it in this sentence, or in the sentence before when this one
    /// names fewer; "the former's" (only with the possessive: "the former president" is an office) for the earlier.
    /// </summary>
    private void ResolveLatterAndFormer(SentenceView view, SentenceView? previous)
    {
        for (var i = 0; i + 1 < view.Tokens.Length; i++)
        {
            var latter = view.Key(i + 1) == "latter" && !LatterPartNouns.Contains(view.Key(i + 2));
            var former = view.Key(i + 1) == "former" && view.Tokens.Length > i + 2 && view.Tokens[i + 2].Kind == TokenKind.Possessive;
            if (view.Key(i) != "the" || !(latter || former) || view.MentionAt(i) is not null || view.MentionAt(i + 1) is not null)
            {
                continue;
            }

            var before = view.Mentions.Where(m => m.Last < i).OrderBy(m => m.First).ToList();
            var actors = LastActors(before);
            if (actors.Count < 2 && previous is not null)
            {
                actors = LastActors(previous.Mentions.OrderBy(m => m.First).Concat(before));
            }

            if (actors.Count >= 2)
            {
                view.Mentions.Add(new EntityMention(i, i + 1, latter ? actors[^1] : actors[^2], FormKind.Alias, "latter-former", 0.75));
            }
        }

        List<string> LastActors(IEnumerable<EntityMention> mentions)
        {
            var order = new List<string>();
            foreach (var m in mentions.Where(m => m.CanBeArgument && m.Rule != "latter-former"))
            {
                if (run.Entity(m.EntityId) is { } e && (run.Model.IsPersonKind(e.Kind) || e.Kind == run.Model.StateKind || e.Kind == run.Model.OrganizationKind))
                {
                    order.Remove(e.Id);
                    order.Add(e.Id);
                }
            }

            return order;
        }
    }

    /// <summary>Nouns of kinship between two states that name the pair after "the two" or "both": "the two neighbours", "both allies".</summary>
    private static readonly FrozenSet<string> PairKinshipNouns = FrozenSet.ToFrozenSet(
        ["neighbours", "neighbors", "allies", "partners", "rivals", "foes", "adversaries", "capitals"], StringComparer.Ordinal);

    /// <summary>
    /// "Turkey and Georgia ... Both countries have ...": "both countries", "the two states" and the like stand for
    /// the two states last joined by "and" in this or the previous sentence; each becomes a mention of the phrase.
    /// </summary>
    private void ResolveGroupAnaphora(SentenceView view, SentenceView? previous)
    {
        if (view.Key(0) == "they" && view.Tokens.Length > 1 && view.MentionAt(0) is null && previous is not null && SubjectPair(previous) is { } subjects)
        {
            // "A and B signed the protocol. They exchanged the instruments ...": the pair that was the subject before.
            foreach (var id in subjects)
            {
                view.Mentions.Add(new EntityMention(0, 0, id, FormKind.Alias, "group-anaphora", 0.75));
            }
        }

        for (var i = 0; i + 1 < view.Tokens.Length; i++)
        {
            var (determiner, noun) = view.Key(i) is "the" && view.Key(i + 1) is "two" ? (i + 1, i + 2)
                : view.Key(i) is "each" && view.Key(i + 1) is "of" && view.Key(i + 2) is "the" or "his" or "her" or "their" ? (i + 2, i + 3)
                : (i, i + 1);
            var first = view.Key(determiner) is "both" or "two" or "each" or "their" or "his" or "her" or "the" && view.Key(i) is "both" or "the" or "each" ? i : -1;
            if (first < 0 || view.MentionAt(i) is not null)
            {
                continue;
            }

            // "Aliyev was among the leaders who ...", "one of the presidents": a larger group the one named belongs to, not a pair.
            if (view.Key(i - 1) == "among" || (view.Key(i - 1) == "of" && view.Key(i - 2) is "one" or "some" or "several" or "many" or "most" or "all" or "none"))
            {
                continue;
            }

            // "brought together the leaders of A, B and C", "attended by the prime ministers of A, B and C": leaders the text
            // does not name, of three states or more listed after "of", act for them where the phrase is an object; as a
            // subject ("The leaders of A, B and C met") the listed states act by the clause analysis.
            if (LeadersOfListedStates(view, noun) is { Count: >= 3 } listedLed && i > 0 && view.Key(i - 1) != ",")
            {
                var groupEnd = view.Key(noun) == "prime" ? noun + 1 : noun;
                foreach (var id in listedLed)
                {
                    view.Mentions.Add(new EntityMention(i, groupEnd, id, FormKind.Alias, "group-anaphora", 0.8));
                }

                i = groupEnd;
                continue;
            }

            // "the foreign ministers", "the two defence ministers": the pair must hold that portfolio.
            var portfolio = view.Key(noun) is "foreign" or "defense" or "defence" && view.Key(noun + 1) == "ministers" ? view.Key(noun) : null;
            if (portfolio is not null)
            {
                noun++;
            }

            // "the transport ministers of A, B and C": ministers of another portfolio act for the states
            // listed after "of" (and for no earlier pair).
            if (portfolio is null && view.Key(noun + 1) == "ministers" && view.Key(noun + 2) == "of" && WordLists.PortfolioWords.Contains(view.Key(noun))
                && StatesListedAt(view, noun + 3) is { Count: >= 2 } listed)
            {
                foreach (var id in listed)
                {
                    view.Mentions.Add(new EntityMention(i, noun + 1, id, FormKind.Alias, "group-anaphora", 0.8));
                }

                i = noun + 1;
                continue;
            }

            // "The leader of the Central Asian country" is one of the pair, whichever the text says after "of": not both.
            if (view.Key(noun) == "leader" && view.Key(noun + 1) == "of")
            {
                continue;
            }

            // "the two close allies", "both neighbouring countries": a counted pair may carry one describing word before its
            // noun; a noun of kinship names the pair only after "two" or "both" ("the allies" may be others).
            var counted = view.Key(determiner) is "two" or "both";
            if (counted && !PairKinshipNouns.Contains(view.Key(noun)) && (PairKinshipNouns.Contains(view.Key(noun + 1)) || view.Key(noun + 1) is "countries" or "states" or "nations" or "sides")
                && view.Key(noun) is not ("foreign" or "defense" or "defence")
                && view.Tokens[noun] is { Kind: TokenKind.Word, IsCapitalized: false } && view.MentionAt(noun) is null)
            {
                noun++;
            }

            var persons = view.Key(noun) is "leaders" or "leader" or "presidents" or "ministers" or "heads" or "guests" or "counterparts" or "men";
            var states = view.Key(noun) is "countries" or "states" or "sides" or "governments" or "nations" or "republics"
                || (counted && PairKinshipNouns.Contains(view.Key(noun)));
            if (!persons && !states)
            {
                continue;
            }

            var leaders = view.Key(noun) is "leaders" or "leader" or "presidents" or "heads";
            var pair = persons ? LastPair(view, i, person: true, leaders) ?? (leaders ? lastLeaderPair ?? lastPersonPair : lastPersonPair)
                : LastPair(view, i, person: false) ?? (previous is null ? null : LastPair(previous, previous.Tokens.Length, person: false))
                    ?? (view.Key(noun) == "sides" && previous is not null ? LastPair(previous, previous.Tokens.Length, person: true) : null) // "X held a call with Y. Both sides ..."
                    ?? StatesOf(LastPair(view, i, person: true, leaders: true))
                    ?? (states && view.Key(noun) is "countries" or "states" or "nations" ? StatesOf(lastLeaderPair) : null); // "A met B. ... between the two countries"
            // The states named after "of" ("the presidents of C and D"), the sentence's last pair of states.
            var ofStates = persons && view.Key(noun + 1) == "of" ? LastPair(view, view.Tokens.Length, person: false) : null;
            var namedAfterOf = ofStates is not null && NamesOneOf(view, noun + 2, ofStates);
            if (portfolio is not null && namedAfterOf)
            {
                pair = ofStates; // "the foreign ministers of Armenia and Azerbaijan": the states act through them
            }
            else if (pair is not null && namedAfterOf
                && !pair.All(id => run.Entity(id) is { } p && run.StateServedBy(p, 0) is { } served && ofStates!.Contains(served)))
            {
                // "A and B met. ... the presidents of C and D": the states named after "of" are not the pair's; they act
                // through leaders the text does not name.
                pair = ofStates;
            }
            else if (persons && pair is null && view.Key(noun) is "leaders" or "presidents" or "heads" && view.Key(noun + 1) == "of"
                && (ofStates ?? (previous is null ? null : LastPair(previous, previous.Tokens.Length, person: false))) is { } ledStates
                && StatesAfterOf(view, noun + 2, ledStates))
            {
                // "met with the leaders of Kazakhstan and Kyrgyzstan", "visited A and B, where he met the leaders of both
                // countries": leaders the text does not name act for their states.
                pair = ledStates;
            }
            else if (portfolio is not null && pair is not null
                && !pair.All(id => run.Entity(id)?.Role is { } role && role.Contains(portfolio == "foreign" ? "Foreign" : "Defen", StringComparison.OrdinalIgnoreCase)))
            {
                pair = null;
            }

            if (pair is not null && persons && pair != ofStates && OfOther(view, noun, pair))
            {
                pair = null; // "the leaders of the G7", "the heads of state of a body": others than the pair
            }

            if (pair is null)
            {
                continue;
            }

            foreach (var id in pair)
            {
                view.Mentions.Add(new EntityMention(i, noun, id, FormKind.Alias, "group-anaphora", 0.8));
            }

            i = noun;
        }

        view.Mentions.Sort((a, b) => a.First.CompareTo(b.First));

        // A sentence that names two leaders, none of the last pair, without pairing them ends that pair's reach: "the two
        // leaders" after it is not an earlier paragraph's pair.
        lastPersonPair = LastPair(view, view.Tokens.Length, person: true) ?? lastPersonPair;
        lastLeaderPair = LastPair(view, view.Tokens.Length, person: true, leaders: true)
            ?? (lastLeaderPair is { } earlier && LeadersNamed(view) is { Count: >= 2 } named && !named.Any(earlier.Contains) ? null : lastLeaderPair);
    }

    /// <summary>
    /// The states listed after "leaders of", "presidents of", "heads of state of" or "prime ministers of" at token
    /// <paramref name="noun"/> ("the heads of state of Turkey, Azerbaijan and Kazakhstan"), in order; empty otherwise.
    /// </summary>
    private List<string> LeadersOfListedStates(SentenceView view, int noun)
    {
        if (view.Key(noun) == "prime" && view.Key(noun + 1) == "ministers")
        {
            noun++;
        }
        else if (view.Key(noun) is not ("leaders" or "presidents" or "heads"))
        {
            return [];
        }

        var at = noun + 1;
        if (view.Key(at) != "of")
        {
            return [];
        }

        at = view.Key(noun) == "heads" && view.Key(at + 1) is "state" or "government" && view.Key(at + 2) == "of" ? at + 3 : at + 1;
        return StatesListedAt(view, at);
    }

    /// <summary>
    /// Whether the group noun at <paramref name="noun"/> is followed by "of" and a name that is neither one of the
    /// <paramref name="pair"/> nor a state one of them serves: "the leaders of the G7", "the heads of state of the Turkic council".
    /// </summary>
    private bool OfOther(SentenceView view, int noun, string[] pair)
    {
        var at = noun + 1;
        if (view.Key(at) != "of")
        {
            return false;
        }

        at++;
        if (view.Key(at) is "state" or "government" && view.Key(at + 1) == "of")
        {
            at += 2; // "heads of state of"
        }

        if (view.Key(at) == "the")
        {
            at++;
        }

        return view.MentionAt(at) is { } named && !pair.Contains(named.EntityId)
            && !pair.Any(id => run.Entity(id) is { } p && run.StateServedBy(p, 0) == named.EntityId);
    }

    /// <summary>The states listed from token <paramref name="at"/> ("Kazakhstan, Azerbaijan and Uzbekistan"), in order; empty when a name there is no state.</summary>
    private List<string> StatesListedAt(SentenceView view, int at)
    {
        var listed = ClauseAnalyzer.Coordinated(view, at, Math.Min(view.Tokens.Length - 1, at + 12));
        return listed.Count > 0 && listed[0].First == at && listed.All(m => run.Entity(m.EntityId)?.Kind == run.Model.StateKind)
            ? [.. listed.Select(m => m.EntityId).Distinct(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>Whether a mention of one of <paramref name="states"/> starts at <paramref name="at"/>.</summary>
    private static bool NamesOneOf(SentenceView view, int at, string[] states) => view.Mentions.Any(m => m.First == at && states.Contains(m.EntityId));

    /// <summary>Whether <paramref name="at"/> names the states of the pair: one of them, or "both countries", "the two states".</summary>
    private static bool StatesAfterOf(SentenceView view, int at, string[] states) =>
        NamesOneOf(view, at, states)
        || (view.Key(at) == "both" && view.Key(at + 1) is "countries" or "states" or "nations")
        || (view.Key(at) == "the" && view.Key(at + 1) == "two" && view.Key(at + 2) is "countries" or "states" or "nations");

    /// <summary>
    /// The two persons or two states joined by "and" that open a sentence as its subject ("Uzbek Foreign Minister A and Tajik
    /// Foreign Minister B signed ..."), else null.
    /// </summary>
    private string[]? SubjectPair(SentenceView view)
    {
        var arguments = view.Mentions.Where(m => m.CanBeArgument && run.Entity(m.EntityId) is { } e && (run.Model.IsPersonKind(e.Kind) || e.Kind == run.Model.StateKind)).ToList();
        if (arguments.Count < 2 || !ClauseAnalyzer.OpensSentence(view, arguments[0]) || run.Entity(arguments[0].EntityId) is not { } a || run.Entity(arguments[1].EntityId) is not { } b
            || run.Model.IsPersonKind(a.Kind) != run.Model.IsPersonKind(b.Kind) || a.Id == b.Id)
        {
            return null;
        }

        var and = SkipTitle(view, arguments[1].First - 1);
        return view.Key(and) == "and" && arguments[0].Last == and - 1 && !WordLists.BeAuxiliaries.Contains(view.Key(arguments[1].Last + 1)) ? [a.Id, b.Id] : null;
    }

    /// <summary>The last two states (or persons) joined by "and" before token <paramref name="before"/>: "Armenia and Azerbaijan", "Aliyev and Pashinyan".</summary>
    private string[]? LastPair(SentenceView view, int before, bool person, bool leaders = false)
    {
        var found = view.Mentions.Where(m => m.Last < before && m.CanBeArgument && run.Entity(m.EntityId) is { } e
            && (person ? run.Model.IsPersonKind(e.Kind) && (!leaders || IsLeader(e) || CounterpartOfLeader(view, m)) : e.Kind == run.Model.StateKind)).ToList();
        for (var k = found.Count - 1; k > 0; k--)
        {
            var and = SkipCounterpart(view, SkipTitle(view, found[k].First - 1)); // "Putin and his Iranian counterpart X"
            if (view.Key(and) == "and" && found[k - 1].Last == and - 1 && found[k - 1].EntityId != found[k].EntityId)
            {
                return [found[k - 1].EntityId, found[k].EntityId];
            }

            if (view.Key(found[k].First - 1) == "-" && found[k - 1].Last == found[k].First - 2 && found[k - 1].EntityId != found[k].EntityId)
            {
                return [found[k - 1].EntityId, found[k].EntityId]; // "during the Erdogan-Pezeshkian meeting, the two presidents"
            }
        }

        // "During the Erdogan-Pezeshkian meeting, the two presidents ...": the two a described event's name joins.
        if (view.Mentions.LastOrDefault(m => m.Last < before && m.Parts.Length == 2) is { } described && described.Last >= (found.Count > 0 ? found[^1].Last : -1)
            && described.Parts.Select(p => run.Entity(p.EntityId)).ToList() is [{ } x, { } y] && x.Id != y.Id
            && new[] { x, y }.All(e => person ? run.Model.IsPersonKind(e.Kind) : e.Kind == run.Model.StateKind))
        {
            return [x.Id, y.Id];
        }

        // "Zelenskyy held a phone call with Aliyev. Both sides condemned ...": the subject and the one it acted "with";
        // "Scholz met Tokayev in Almaty. The two leaders ...": the subject and the one it met.
        if (found.Count >= 2 && (ClauseAnalyzer.OpensSentence(view, found[0]) || OpensReportedClause(view, found[0]))
            && found.Skip(1).FirstOrDefault(m => m.EntityId != found[0].EntityId
                && (view.Key(SkipTitle(view, m.First - 1)) == "with" || (person && SkipCounterpart(view, SkipTitle(view, m.First - 1)) == found[0].Last + 1 + (view.Key(found[0].Last + 1) is "also" or "then" ? 1 : 0)
                    && MeetingVerbs.Contains(view.Key(SkipCounterpart(view, SkipTitle(view, m.First - 1))))))) is { } partner)
        {
            return [found[0].EntityId, partner.EntityId];
        }

        return null;
    }

    /// <summary>"Media reports say (that) President X hosted Y": a mention opening the clause after a verb of saying or "that".</summary>
    private static bool OpensReportedClause(SentenceView view, EntityMention m) =>
        view.Key(SkipTitle(view, m.First - 1)) is "that" or "say" or "says" or "said" or "report" or "reports" or "reported";

    /// <summary>
    /// "briefed his Georgian counterpart, X", "A and his Turkmen counterpart X": the token before "his ... counterpart" when
    /// <paramref name="k"/> is its comma or the noun itself, else <paramref name="k"/>.
    /// </summary>
    private static int SkipCounterpart(SentenceView view, int k)
    {
        if (view.Key(k) is "his" or "her" or "their" && view.Key(k + 2) == "counterpart")
        {
            return k - 1; // (the counterpart's title already stepped over)
        }

        // "his Tajik counterpart X" (no title read there yet) and "his Georgian counterpart, X".
        var noun = view.Key(k) == "counterpart" ? k : view.Key(k) == "," && view.Key(k - 1) == "counterpart" ? k - 1 : -1;
        if (noun < 0)
        {
            return k;
        }

        var j = noun - 1;
        while (j >= 0 && k - j <= 4 && view.Key(j) is not ("his" or "her" or "their"))
        {
            j--;
        }

        return j >= 0 && view.Key(j) is "his" or "her" or "their" ? j - 1 : k;
    }

    /// <summary>The distinct leaders (heads of state or government, by the office the text or graph gives them) a sentence names.</summary>
    private List<string> LeadersNamed(SentenceView view) =>
        [.. view.Mentions.Where(m => m.CanBeArgument && run.Entity(m.EntityId) is { } e && run.Model.IsPersonKind(e.Kind) && IsLeader(e))
            .Select(m => m.EntityId).Distinct(StringComparer.Ordinal)];

    /// <summary>Verbs whose subject and object are a pair the text may go on to call "the two leaders": "A met B", "A received B".</summary>
    private static readonly FrozenSet<string> MeetingVerbs = new[] { "met", "meets", "received", "receives", "hosted", "hosts", "called", "phoned", "visited",
            "briefed" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "Putin and Pezeshkian signed a pact ... as the two countries expanded their ties": the states two leaders serve, by the
    /// office the text or the graph gives them; null unless both have one and they differ.
    /// </summary>
    private string[]? StatesOf(string[]? leaders)
    {
        if (leaders is not [var a, var b] || run.Entity(a) is not { } first || run.Entity(b) is not { } second)
        {
            return null;
        }

        string? StateOf(KnownEntity person) => run.Model.StatesServedBy(person).Distinct().ToList() is [var only] ? only : null;
        return StateOf(first) is { } x && StateOf(second) is { } y && x != y ? [x, y] : null;
    }

    /// <summary>
    /// "Pezeshkian and his Turkmen counterpart Serdar Berdimuhamedov": a person named as the counterpart of a leader joined
    /// by "and" is a leader too, before any rule has read his office.
    /// </summary>
    private bool CounterpartOfLeader(SentenceView view, EntityMention m) =>
        SkipCounterpart(view, m.First - 1) is var and && and != m.First - 1 && view.Key(and) == "and" && view.MentionAt(and - 1) is { } leader && leader.Last == and - 1
        && run.Entity(leader.EntityId) is { } e && IsLeader(e);

    /// <summary>Whether the person heads a state or government, by the office the text or the graph gives them.</summary>
    private static bool IsLeader(KnownEntity e) =>
        e.Role is { } role && (role.Contains("President", StringComparison.OrdinalIgnoreCase) || role.Contains("Prime Minister", StringComparison.OrdinalIgnoreCase)
            || role.Contains("Chancellor", StringComparison.OrdinalIgnoreCase) || role.Contains("King", StringComparison.Ordinal) || role.Contains("Leader", StringComparison.OrdinalIgnoreCase))
        && !role.Contains("Vice", StringComparison.OrdinalIgnoreCase) && !role.Contains("Deputy", StringComparison.OrdinalIgnoreCase);

    /// <summary>Links a gazetteer match, resolving a capital-versus-city clash by the preposition before it, else reporting it.</summary>
    private EntityMention? FromGazetteer(SentenceView view, GazetteerMatch match)
    {
        var last = match.First + match.Count - 1;
        var ids = match.EntityIds;
        GazetteerEntry? chosen = null;
        var rule = match.Fuzzy ? "gazetteer-transliteration" : "gazetteer";
        if (!match.Fuzzy && run.ShadowingPerson(match, out var graphNamedToo) is { } shadowing)
        {
            if (!graphNamedToo)
            {
                return new EntityMention(match.First, last, shadowing, FormKind.Alias, "surname-of-new-person", 0.85);
            }

            ids = [.. ids, shadowing];
        }
        else if (ids.Length == 1)
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
                    var locative = view.Key(match.First - 1) is "in" or "at" or "near" or "outside" or "around" or "inside" || InPlaceCompound(view, match.First, last);
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

        // "its Enlargement Report": a one-word outlet after a capitalized word inside the sentence ends a longer name.
        if (match.Count == 1 && match.First > 0 && run.Entity(chosen.EntityId)?.Kind == run.Model.OutletKind
            && view.Tokens[match.First - 1] is { Kind: TokenKind.Word, IsCapitalized: true } && !IsSentenceStart(view, match.First - 1))
        {
            return null;
        }

        // "the Turkmenistan Mejlis (Parliament)": a generic body word in parentheses glosses the name before it.
        if (match.Count == 1 && view.Key(match.First - 1) == "(" && view.Key(last + 1) == ")" && WordLists.GenericBodyWords.Contains(view.Key(match.First)))
        {
            return null;
        }

        // "Parliament adopted the law": a generic body word that is a graph body's alias ("Parliament" of Armenia) names that body
        // only in a text that has named its state; elsewhere it is some other state's parliament.
        if (match.Count == 1 && WordLists.GenericBodyWords.Contains(view.Key(match.First)) && ids.Length == 1 && run.Entity(ids[0]) is { IsNew: false } body
            && NameRule.NameParts(run, body.Name, body.Id).Where(p => p.Entity.Kind == run.Model.StateKind).Select(p => p.Entity.Id).ToList() is [{ } owner]
            && run.LastNamed(e => e.Id == owner, 0) is null && !view.Mentions.Any(m => m.EntityId == owner))
        {
            return null;
        }

        if (chosen.Form == FormKind.Metonym && ModifiesName(view, last + 1))
        {
            return null; // "the Minsk process", "the Minsk Group": a capital inside a name is not its government.
        }

        // "a summit at the White House", "talks in the Kremlin": a seat of power after a locative preposition is the building.
        var beforeName = view.Key(match.First - 1) == "the" ? match.First - 2 : match.First - 1;
        if (chosen.Form == FormKind.Metonym && view.Key(beforeName) is "in" or "at" or "inside" or "outside" or "near"
            && view.Key(last) is "house" or "kremlin" or "palace" or "building" or "square" or "hall" or "residence")
        {
            return null;
        }

        if (chosen.Form == FormKind.Metonym && ids.Length == 1 && (LocativeCapital(view, match, last) ?? CompoundPlace(view, match, last)) is { } city)
        {
            return city; // "talks in Abu Dhabi", "the Yerevan-Tbilisi highway": the city, not its government
        }

        if (chosen.Form == FormKind.Metonym && IsDateline(view, match.First, last))
        {
            return null; // "TBILISI (Reuters) –": where the report was filed, no actor
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
            // "the Turkmenistan-Afghanistan-Pakistan-India (TAPI)": an acronym after the last name of a hyphenated chain that it
            // does not start like is the chain's, not that name's.
            if (view.Key(m.Last + 1) == "(" && view.Key(a + 1) == ")" && view.Tokens[a].IsAcronym && view.MentionAt(a) is null
                && !(view.IsGluedHyphen(m.First - 1) && char.ToUpperInvariant(view.Tokens[a].Text[0]) != char.ToUpperInvariant(view.Tokens[m.First].Text[0]))
                && run.Entity(m.EntityId) is { } e)
            {
                run.AddAlias(e, view.Tokens[a].Text);
                view.Mentions.Add(new EntityMention(a, a, e.Id, FormKind.Alias, "acronym-definition", m.Confidence));
            }
        }

        view.Mentions.Sort((x, y) => x.First.CompareTo(y.First));
    }

    private bool IsPersonMatch(GazetteerMatch m) => m.EntityIds.All(id => run.Entity(id) is { } e && run.Model.IsPersonKind(e.Kind));

    /// <summary>Whether the token after a capital makes it part of a name: a capitalized word or a name's head noun.</summary>
    private static bool ModifiesName(SentenceView view, int next)
    {
        if (next >= view.Tokens.Length || view.MentionAt(next) is not null)
        {
            return false;
        }

        var t = view.Tokens[next];
        return (t.Kind == TokenKind.Word && t.IsCapitalized && !t.IsAcronym && !WordLists.Weekdays.Contains(t.Key) && !WordLists.Months.Contains(t.Key))
            || t.Key is "process" or "format" or "talks" or "agreements" or "protocol" or "protocols" or "accords" or "platform"
            || WordLists.OrganizationHeads.Contains(t.Key) || WordLists.AgreementHeads.Contains(t.Key) || WordLists.EventHeads.Contains(t.Key);
    }

    /// <summary>"the peace treaty between A and B": whether the states named after "between" (if any) are the agreement's parties.</summary>
    private bool BetweenAgrees(SentenceView view, int last, IReadOnlyCollection<string> parties)
    {
        if (view.Key(last + 1) != "between")
        {
            return true;
        }

        var named = new HashSet<string>(StringComparer.Ordinal);
        for (var i = last + 2; i < view.Tokens.Length && i - last < 14 && view.Key(i) is not ("." or ";" or "," or "which" or "that"); i++)
        {
            if (run.Model.Gazetteer.MatchAt(view.Tokens, i) is { } m)
            {
                if (StateOf(m) is { } state)
                {
                    named.Add(state.Id);
                }

                i += m.Count - 1;
            }
        }

        if (named.Count == 0)
        {
            // "A and B initialled a peace agreement between their two countries": a "between" that names no state stands for
            // the states the sentence names before the agreement.
            for (var i = 0; i < last; i++)
            {
                if (run.Model.Gazetteer.MatchAt(view.Tokens, i) is { } m)
                {
                    if (StateOf(m) is { } state)
                    {
                        named.Add(state.Id);
                    }

                    i += m.Count - 1;
                }
            }
        }

        return named.SetEquals(parties);
    }

    /// <summary>
    /// Whether an agreement's parties are in context: named in this or the previous sentence, or the states the whole
    /// document names most while this sentence names no other state.
    /// </summary>
    /// <summary>Whether a person mention is an official of the state: "Aliyev" (President of Azerbaijan) for Azerbaijan.</summary>
    private bool Represents(EntityMention m, string stateId) =>
        run.Entity(m.EntityId) is { } person && run.Entity(stateId) is { } state && run.Model.IsOfficialOf(person, state);

    private bool PartiesInContext(SentenceView view, IReadOnlyCollection<string> parties)
    {
        if (parties.All(p => view.Mentions.Any(x => x.EntityId == p || Represents(x, p)) || run.NamedNear(p, view)))
        {
            return true;
        }

        for (var i = 0; i < view.Tokens.Length; i++)
        {
            if (run.Model.Gazetteer.MatchAt(view.Tokens, i) is { } m)
            {
                if (StateOf(m) is { } state && !parties.Contains(state.Id))
                {
                    return false;
                }

                i += m.Count - 1;
            }
        }

        return parties.All(context.IsMainState);
    }

    /// <summary>
    /// Links to a known agreement only when the context agrees: a name in lowercase generic words ("a strategic partnership
    /// charter", "the peace treaty") links when every party its known name joins is named in this or the previous sentence (and no "between" names others); parties written
    /// right before the name ("a U.S.-Azerbaijan charter") must be among its parties. Otherwise the mention is dropped.
    /// </summary>
    private bool IsVerbLike(SentenceView view, int k) =>
        WordLists.CommonVerbs.Contains(view.Key(k)) || WordLists.BeAuxiliaries.Contains(view.Key(k)) || run.Model.TriggersAt(view.Tokens, k).Any(t => !t.IsNoun)
        || (view.Key(k).EndsWith("ed", StringComparison.Ordinal) && view.Key(k).Length > 4);

    private void CheckAgreementLinks(SentenceView view)
    {
        foreach (var m in view.Mentions.ToList())
        {
            if (run.Entity(m.EntityId) is not { IsNew: false } e || e.Kind != run.Model.AgreementKind)
            {
                continue;
            }

            var parties = NameRule.NameParts(run, e.Name, e.Id).Where(p => p.Entity.Kind == run.Model.StateKind || p.Entity.Kind == run.Model.OrganizationKind)
                .Select(p => p.Entity.Id).ToHashSet(StringComparer.Ordinal);
            parties.UnionWith(run.Model.GraphParties(e.Id));
            var written = Compound(view, m.First) ?? [];
            var k = m.First - 1;
            // "an Azerbaijani charter", "the US-Azerbaijan draft charter": the mention that modifies the name, not a verb's subject
            // ("Armenia and Azerbaijan signed the Joint Declaration": Azerbaijan signed it, and the name is not Azerbaijan's).
            while (k >= 0 && view.Tokens[k].Kind == TokenKind.Word && !view.Tokens[k].IsCapitalized && view.MentionAt(k) is null && m.First - k <= 2
                && !IsVerbLike(view, k))
            {
                k--;
            }

            List<EntityMention> before = written.Count > 0 ? written : k >= 0 && !IsVerbLike(view, k) && view.MentionAt(k) is { } pm && pm.Last == k ? [pm] : [];
            var conflicting = before.Any(p => run.Entity(p.EntityId) is { } pe && (pe.Kind == run.Model.StateKind) && !parties.Contains(pe.Id));
            var generic = Enumerable.Range(m.First, m.Last - m.First + 1).All(i => !view.Tokens[i].IsCapitalized || i == 0);
            var near = parties.Count > 0 && parties.All(p => view.Mentions.Any(x => x.EntityId == p) || run.NamedNear(p, view));
            var inContext = parties.Count > 0 && BetweenAgrees(view, m.Last, parties) && PartiesInContext(view, parties);
            if (conflicting || (generic && !inContext))
            {
                view.Mentions.Remove(m);
            }
            else if (m.Rule == "agreement-context" || (generic && !near))
            {
                // Named by a form without its parties ("a peace treaty", its official title) or linked by the document's
                // states only: the parties the graph's name joins are the graph's, not the text's, so the name rule does not read them.
                run.NamedOnce.Add(e.Id);
            }
        }
    }
}
