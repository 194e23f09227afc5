using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Entities named by a description rather than a capitalized name of their own: the parties a name joins before a
/// lowercase head ("the Iran–Israel conflict", "the Armenia-Turkey border", "the U.S.-Armenian joint venture"), a name
/// before a lowercase document or event noun ("the CAESAR contract", "the EU membership bill", "the SCO summit"), a dated
/// event ("the Aug. 8 trilateral summit"), lowercase laws and agreements ("the foreign influence law", "an agreement on
/// military-technical cooperation"), a demonym before a service ("Russian border guards"), party names in quotes or after
/// "ruling"/"opposition", a company named by an acronym and a state ("KNDS France"), a state's government written in
/// lowercase, and persons named by a given name after a word of kinship ("his children Ani and Davit").
/// </summary>
internal sealed partial class MentionStage
{
    /// <summary>Event heads that one family of graph names shares: a summit is a meeting, negotiations are talks.</summary>
    private static readonly string[][] HeadFamilies =
    [
        ["summit", "meeting", "talks", "negotiations", "consultations", "negotiation"],
        ["treaty", "agreement", "accord", "deal", "pact"],
        ["border", "frontier", "boundary"],
    ];

    /// <summary>Document heads whose names need a describing word after a known body ("the EU membership bill", not "EU law").</summary>
    /// <summary>The body of each person's staff named so far: (person, folded staff noun) to the body's id.</summary>
    private readonly Dictionary<(string Person, string Noun), string> staff = [];

    private static readonly HashSet<string> LawHeads = new(StringComparer.Ordinal) { "law", "bill", "convention", "declaration", "charter" };

    /// <summary>Candidates for entities named by a description.</summary>
    private IEnumerable<(int, int, int, Func<EntityMention?>)> Descriptions(SentenceView view, GazetteerMatch?[] matches)
    {
        var tokens = view.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (view.Reserved[i])
            {
                continue;
            }

            if (view.Key(i - 1) is "any" or "no" or "every" or "such" or "whatever" or "another")
            {
                continue; // "any Armenian-Azerbaijani transport deal" names none
            }

            if (CompoundDescription(view, matches, i) is { } compound)
            {
                yield return compound;
            }

            if (ProcessBetween(view, matches, i) is { } process)
            {
                yield return process;
            }

            if (NamedDescription(view, matches, i) is { } named)
            {
                yield return named;
            }

            if (DatedEvent(view, i) is { } dated)
            {
                yield return dated;
            }

            if (Election(view, i) is { } election)
            {
                yield return election;
            }

            if (EventOf(view, i) is { } eventOf)
            {
                yield return eventOf;
            }

            if (NumberedBase(view, matches, i) is { } numberedBase)
            {
                yield return numberedBase;
            }

            if (ModifiedEvent(view, matches, i) is { } modifiedEvent)
            {
                yield return modifiedEvent;
            }

            if (WarIn(view, matches, i) is { } war)
            {
                yield return war;
            }

            if (DescribedLaw(view, matches, i) is { } law)
            {
                yield return law;
            }

            if (AgreementOnTopic(view, matches, i) is { } topic)
            {
                yield return topic;
            }

            if (SignedDocument(view, matches, i) is { } signedDocument)
            {
                yield return signedDocument;
            }

            if (DemonymService(view, matches, i) is { } service)
            {
                yield return service;
            }

            if (QuotedParty(view, matches, i) is { } quoted)
            {
                yield return quoted;
            }

            if (QuotedDocument(view, matches, i) is { } quotedDocument)
            {
                yield return quotedDocument;
            }

            if (YearEvent(view, matches, i) is { } yearEvent)
            {
                yield return yearEvent;
            }

            if (DefiniteDocument(view, matches, i) is { } definiteDocument)
            {
                yield return definiteDocument;
            }

            if (AcronymCompany(view, matches, i) is { } company)
            {
                yield return company;
            }

            if (PartyByContext(view, matches, i) is { } party)
            {
                yield return party;
            }

            if (LowercaseGovernment(view, matches, i) is { } government)
            {
                yield return government;
            }

            if (SpeakingGovernment(view, matches, i) is { } speaking)
            {
                yield return speaking;
            }

            if (MinistryInCapital(view, matches, i) is { } ministry)
            {
                yield return ministry;
            }

            if (StateInstitution(view, matches, i) is { } institution)
            {
                yield return institution;
            }

            if (StateOffice(view, matches, i) is { } office)
            {
                yield return office;
            }
        }

        foreach (var kin in KinPersons(view, matches))
        {
            yield return kin;
        }
    }

    /// <summary>
    /// "the Iran–Israel conflict", "the Armenia-Turkey border", "Armenia-Azerbaijan peace negotiations", "the U.S.-Armenian
    /// joint venture": names of states, bodies or persons joined by hyphens before a lowercase head (after at most three
    /// describing words). Linked to the graph's entity of the kind with the same parties and head ("the Armenia-Azerbaijan
    /// border" is the graph's "Armenia–Azerbaijan border region"); the parts inside are mentions of their own entities.
    /// </summary>
    private (int, int, int, Func<EntityMention?>)? CompoundDescription(SentenceView view, GazetteerMatch?[] matches, int i)
    {
        var tokens = view.Tokens;
        if ((matches[i] is null && !IsRegionNameAt(view, matches, i)) || (i > 0 && view.Key(i - 1) == "-" ) || (i > 0 && tokens[i - 1].IsCapitalized && tokens[i - 1].IsWordLike && !IsSentenceStart(view, i - 1)))
        {
            return null;
        }

        // The parts: names the gazetteer knows, and world regions the place stage would read ("China–Central Asia summit").
        var parts = new List<(int First, int Last, GazetteerMatch Match, KnownEntity Entity)>();
        var regions = new List<(int First, int Last)>();
        var k = i;
        while (k < tokens.Length)
        {
            if (matches[k] is { } m && m.EntityIds.Length == 1 && run.Entity(m.EntityIds[0]) is { } e && !view.Reserved[k]
                && (e.Kind == run.Model.StateKind || e.Kind == run.Model.OrganizationKind || run.Model.IsPersonKind(e.Kind) || e.Kind == run.Model.PlaceKind))
            {
                parts.Add((k, k + m.Count - 1, m, e));
                k += m.Count;
            }
            else if (IsRegionNameAt(view, matches, k))
            {
                regions.Add((k, k + 1));
                k += 2;
            }
            else
            {
                break;
            }

            if (view.Key(k) == "-" && k + 1 < tokens.Length && (matches[k + 1] is not null || IsRegionNameAt(view, matches, k + 1)))
            {
                k++;
                continue;
            }

            break;
        }

        if (parts.Count + regions.Count < 2 || parts.Count == 0 || regions.Count > 1 || parts.Select(p => p.Entity.Id).Distinct().Count() < parts.Count)
        {
            return null;
        }

        var head = DescribedHead(view, k, out var kind, maxModifiers: 3);
        if (head < 0 || kind is null)
        {
            return null;
        }

        // Persons join only in events ("the Pashinyan-Aliyev meeting"); a known agreement named by its descriptive words
        // ("the Armenia-Azerbaijan peace treaty") is linked by the agreement rules, which read its parties with care.
        // "the largest Armenian-American lobby group" is no body of its own: a group is named only as a working or contact group.
        if (view.Key(head) == "group" && view.Key(head - 1) is not ("working" or "contact" or "joint" or "expert" or "monitoring" or "coordination" or "friendship"))
        {
            return null;
        }

        if ((parts.Any(p => run.Model.IsPersonKind(p.Entity.Kind)) && kind != run.Model.EventKind)
            || (kind == run.Model.AgreementKind && GenericAgreement(view, matches, head) is not null)
            || (regions.Count > 0 && (kind != run.Model.EventKind || run.Model.PlaceKind is null)))
        {
            return null; // (a region names only a gathering with it: "the EU–Central Asia summit")
        }

        // "the 2025 China–Central Asia summit": a year right before a gathering's name is part of it.
        var dated = kind == run.Model.EventKind && i > 0 && tokens[i - 1].Kind == TokenKind.Number && tokens[i - 1].Key.Length == 4
            && int.TryParse(tokens[i - 1].Key, out var year) && year is >= 1900 and <= 2100 && matches[i - 1] is null && !view.Reserved[i - 1]
            && (i == 1 || view.Key(i - 2) is "the" or "a" or "an" or "this" or "its" or "their" or "last" or "next"); // (not "In 2024 Russia–Armenia talks")
        var (first, last, entityKind) = (dated ? i - 1 : i, head, kind);
        return (first, last, PriorityPattern, () =>
        {
            foreach (var p in parts)
            {
                RecordPart(view, p.First, p.Last, p.Match, p.Entity, entityKind == run.Model.PlaceKind);
            }

            foreach (var (rf, rl) in regions)
            {
                var region = run.NewEntity(view.Text(rf, rl), run.Model.PlaceKind!, "region-name", 0.8);
                run.RecordMention(view, new EntityMention(rf, rl, region.Id, FormKind.Name, "described-part", 0.8));
            }

            // The parties stay ends of the relations a trigger ending the name gives ("the Iran–Israel conflict": in conflict).
            var inner = entityKind == run.Model.EventKind
                ? parts.Where(p => !p.Match.Entries.All(x => x.Form == FormKind.Metonym))
                    .Select(p => new EntityMention(p.First, p.Last, p.Entity.Id, p.Match.Entries[0].Form, "described-part", 0.8) { StandsForState = true }).ToImmutableArray()
                : [];

            var name = view.Text(first, last);
            if (regions.Count == 0 && LinkedDescription(view, entityKind, parts.Select(p => p.Entity).ToList(), first, last, k, last) is { } linked)
            {
                return new EntityMention(first, last, linked.Id, FormKind.Alias, "compound-link", 0.8) { Parts = inner };
            }

            var entity = run.NewEntity(name, entityKind, "compound-name", 0.75);
            if (entityKind != run.Model.EventKind || parts.Any(p => run.Model.IsPersonKind(p.Entity.Kind)))
            {
                run.NamedOnce.Add(entity.Id); // a described document or body states no parties: "a US-Azerbaijan charter" may be a plan
            }

            return new EntityMention(first, last, entity.Id, FormKind.Name, "compound-name", 0.75) { Parts = inner };
        });
    }

    /// <summary>Whether a world region's name no gazetteer entry holds starts at <paramref name="k"/>: "Central Asia", "South Caucasus".</summary>
    private bool IsRegionNameAt(SentenceView view, GazetteerMatch?[] matches, int k) =>
        k + 1 < view.Tokens.Length && matches[k] is null && matches[k + 1] is null && !view.Reserved[k] && !view.Reserved[k + 1]
        && view.Tokens[k].IsCapitalized && view.Tokens[k + 1].IsCapitalized && NamesWorldRegion(view, k);

    /// <summary>Words that say which process a "process between A and B" is.</summary>
    private static readonly HashSet<string> ProcessKinds = new(StringComparer.Ordinal) { "peace", "settlement" };

    /// <summary>
    /// "the ongoing peace process between A and B": the process is
    /// an event named as its parties write it ("Armenia-Azerbaijan peace process"), linked with the compound form of the same
    /// name; the two parties stay mentions of their own, so "between" still joins them.
    /// </summary>
    private (int, int, int, Func<EntityMention?>)? ProcessBetween(SentenceView view, GazetteerMatch?[] matches, int i)
    {
        if (run.Model.EventKind is not { } eventKind || !ProcessKinds.Contains(view.Key(i)) || view.Tokens[i].IsCapitalized || view.Key(i + 1) != "process"
            || view.Key(i + 2) != "between" || view.Reserved[i] || view.Reserved[i + 1])
        {
            return null;
        }

        var a = view.Key(i + 3) == "the" ? i + 4 : i + 3;
        if (a >= view.Tokens.Length || matches[a] is not { EntityIds: [var aId] } am || run.Entity(aId) is not { } partyA || view.Key(a + am.Count) != "and")
        {
            return null;
        }

        var b = view.Key(a + am.Count + 1) == "the" ? a + am.Count + 2 : a + am.Count + 1;
        if (b >= view.Tokens.Length || matches[b] is not { EntityIds: [var bId] } || run.Entity(bId) is not { } partyB || partyA.Id == partyB.Id
            || partyA.Kind != run.Model.StateKind || partyB.Kind != run.Model.StateKind)
        {
            return null;
        }

        var (first, last) = (i, i + 1);
        var name = $"{partyA.Name}-{partyB.Name} {view.Key(i)} process";
        return (first, last, PriorityPattern, () =>
        {
            // The written phrase is no alias: as one, it would swallow the parties the next time the text names the process.
            var entity = run.NewEntity(name, eventKind, "process-between", 0.7); // the same name met again is the same process
            return new EntityMention(first, last, entity.Id, FormKind.Alias, "process-between", 0.7);
        });
    }

    /// <summary>Records a part of a described name as a mention of its entity (a capital in a place's name is the city).</summary>
    private void RecordPart(SentenceView view, int first, int last, GazetteerMatch match, KnownEntity entity, bool place)
    {
        if (match.Entries.All(x => x.Form == FormKind.Metonym))
        {
            if (!place || run.Model.PlaceKind is not { } placeKind)
            {
                return;
            }

            entity = run.NewEntity(view.Text(first, last), placeKind, "compound-place", 0.7);
        }

        run.RecordMention(view, new EntityMention(first, last, entity.Id, match.Entries[0].Form, "described-part", 0.8));
    }

    /// <summary>
    /// The lowercase head at or after token <paramref name="from"/> (after at most <paramref name="maxModifiers"/> describing
    /// words) and the kind it gives: the last head word of the lowercase run ("border delimitation commission"), or -1.
    /// </summary>
    private int DescribedHead(SentenceView view, int from, out string? kind, int maxModifiers)
    {
        kind = null;
        var found = -1;
        var words = 0;
        for (var k = from; k < view.Tokens.Length && words <= maxModifiers; k++)
        {
            var t = view.Tokens[k];
            if (t.Key == "-" && k > from && k + 1 < view.Tokens.Length && t.Start == view.Tokens[k - 1].End && view.Tokens[k + 1].Start == t.End)
            {
                continue; // "military-technical"
            }

            if (t.Kind != TokenKind.Word || t.IsCapitalized || view.Reserved[k] || !IsDescribingWord(t.Key))
            {
                break;
            }

            var headKind = HeadOfDescription(t.Key);

            // After a head only another noun goes on ("border delimitation commission"); a verb ends the phrase ("the conflict affects talks").
            if ((found >= 0 && headKind is null && !LooksNominal(t.Key)) || (headKind is null && run.Model.TriggersAt(view.Tokens, k).Any(p => !p.IsNoun)))
            {
                break;
            }

            if (headKind is not null)
            {
                (found, kind) = (k, headKind);
            }

            words++;
        }

        return found;
    }

    /// <summary>Whether a lowercase word has the shape of an abstract noun ("delimitation", "settlement", "security").</summary>
    private static bool LooksNominal(string key) =>
        key.EndsWith("tion", StringComparison.Ordinal) || key.EndsWith("sion", StringComparison.Ordinal) || key.EndsWith("ment", StringComparison.Ordinal)
        || key.EndsWith("ance", StringComparison.Ordinal) || key.EndsWith("ence", StringComparison.Ordinal) || key.EndsWith("ity", StringComparison.Ordinal)
        || key.EndsWith("ship", StringComparison.Ordinal);

    /// <summary>The kind a lowercase head gives a described entity, if it is one.</summary>
    private string? HeadOfDescription(string key) =>
        WordLists.DescribedEventHeads.Contains(key) ? run.Model.EventKind
        : WordLists.DescribedPlaceHeads.Contains(key) ? run.Model.PlaceKind
        : WordLists.DescribedDocumentHeads.Contains(key) ? run.Model.AgreementKind
        : WordLists.DescribedBodyHeads.Contains(key) ? run.Model.OrganizationKind
        : null;

    /// <summary>Whether a lowercase word can describe a head: no verb, preposition, determiner, conjunction or adverb.</summary>
    private static bool IsDescribingWord(string key) =>
        !WordLists.Prepositions.Contains(key) && !WordLists.Determiners.Contains(key) && !WordLists.BeAuxiliaries.Contains(key)
        && !WordLists.CommonVerbs.Contains(key) && !WordLists.ModalCues.Contains(key) && !WordLists.SpeechVerbs.Contains(key)
        && !WordLists.ClauseBreaks.Contains(key) && !WordLists.Negations.Contains(key) && !WordLists.TimeWords.Contains(key)
        && key is not ("and" or "or" or "as" or "is" or "are" or "was" or "were" or "also" or "not" or "only")
        && !(key.EndsWith("ly", StringComparison.Ordinal) && !LyNouns.Contains(key)) && !(key.EndsWith("ed", StringComparison.Ordinal) && key.Length > 4);

    /// <summary>Nouns that end in "ly" like an adverb: "a gas supply agreement" is described by "supply".</summary>
    private static readonly HashSet<string> LyNouns = new(StringComparer.Ordinal) { "supply", "family", "assembly", "ally", "rally", "reply", "monopoly", "anomaly" };

    /// <summary>
    /// The one graph entity of the kind that a described name stands for: one of its forms holds the head (or a word of the
    /// head's family), every describing word, and every part (as an entity inside the form, or by its words).
    /// </summary>
    private KnownEntity? LinkedDescription(SentenceView view, string kind, IReadOnlyList<KnownEntity> parts, int first, int last, int describedFrom, int head)
    {
        var headKey = view.Key(head);
        var family = HeadFamilies.FirstOrDefault(f => f.Contains(headKey)) ?? [headKey];
        var describing = Enumerable.Range(describedFrom, Math.Max(0, head - describedFrom)).Select(view.Key)
            .Where(w => w != "-" && !WordLists.GenericLawWords.Contains(w) && w is not ("trilateral" or "bilateral" or "informal" or "joint" or "interstate" or "inter-state")).ToList();
        var textKeys = Enumerable.Range(first, last - first + 1).Select(view.Key).ToHashSet(StringComparer.Ordinal);
        var partWords = Enumerable.Range(first, Math.Max(0, describedFrom - first)).Select(view.Key).Where(w => w != "-").ToHashSet(StringComparer.Ordinal);
        // The same head first ("Karabakh-centered conflict" for "the Nagorno-Karabakh conflict", not "Second Karabakh War"), else one of its family.
        var exact = Fits([headKey]);
        return exact.Count == 1 ? exact[0] : exact.Count == 0 && Fits(family) is [{ } one] ? one : null;

        List<KnownEntity> Fits(string[] heads) => run.Model.GraphForms(kind).Where(form =>
        {
            var keys = form.Keys.ToHashSet(StringComparer.Ordinal);
            if (!heads.Any(keys.Contains) && !heads.Any(f => keys.Contains(f.TrimEnd('s'))))
            {
                return false;
            }

            // "Second Karabakh War" is not every Karabakh war: an ordinal or number the text does not write tells another one.
            if (!describing.All(keys.Contains) || keys.Any(w => (w is "first" or "second" or "third" or "fourth" or "fifth" || (w.Any(char.IsDigit) && w.Any(char.IsLetter))) && !textKeys.Contains(w)))
            {
                return false;
            }

            // The same parties, no more: "the Pashinyan-Aliyev meeting" is not the graph's Aliyev–Pashinyan–Trump meeting.
            var inside = NameRule.NameParts(run, form.Surface, form.Entity.Id).Select(p => p.Entity).Where(e => e.Kind != run.Model.PlaceKind)
                .Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            return parts.Count == 0 ? partWords.All(keys.Contains)
                : parts.All(p => inside.Contains(p.Id) || Tokenizer.Keys(p.Name).All(keys.Contains))
                    && inside.All(id => parts.Any(p => p.Id == id));
        }).Select(f => f.Entity).Distinct().Where(YearAgrees).ToList();
    }

    /// <summary>Whether a graph entity's year (in its id or name), if any, is one the document writes or the document writes none.</summary>
    private bool YearAgrees(KnownEntity e)
    {
        var years = YearPattern().Matches(e.Id + " " + e.Name).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        return years.Count == 0 || context.Years.Count == 0 || years.Overlaps(context.Years);
    }

    /// <summary>
    /// "the CAESAR contract", "the EU membership bill", "the TRIPP agreement", "the SCO summit", "the Eagle Partner exercises",
    /// "the Washington summit": a name (a body, place or weapon the gazetteer knows, an acronym, a capital before an event noun,
    /// or capitalized words) before at most two describing words and a lowercase document or event head.
    /// </summary>
    private (int, int, int, Func<EntityMention?>)? NamedDescription(SentenceView view, GazetteerMatch?[] matches, int i)
    {
        var tokens = view.Tokens;
        var t = tokens[i];
        if (!t.IsCapitalized || !t.IsWordLike || (i > 0 && (view.Key(i - 1) == "-" || (tokens[i - 1].IsCapitalized && tokens[i - 1].IsWordLike && !IsSentenceStart(view, i - 1)))))
        {
            return null;
        }

        KnownEntity? known = null;
        GazetteerMatch? match = null;
        int nameLast;
        var metonym = false;
        if (matches[i] is { } m)
        {
            if (m.EntityIds.Length != 1 || run.Entity(m.EntityIds[0]) is not { } e || m.Entries.Any(x => x.Form == FormKind.Demonym))
            {
                return null;
            }

            metonym = m.Entries.All(x => x.Form == FormKind.Metonym);
            var stateName = e.Kind == run.Model.StateKind && !metonym;
            if (run.Model.IsPersonKind(e.Kind) || e.Kind == run.Model.AgreementKind || e.Kind == run.Model.OutletKind || (e.Kind == run.Model.EventKind && !metonym))
            {
                return null;
            }

            (known, match, nameLast) = (e, m, i + m.Count - 1);
            if (stateName)
            {
                // "the Ukraine war": a state's name names only its wars and crises.
                var next = view.Key(nameLast + 1);
                if (next is not ("war" or "conflict" or "crisis"))
                {
                    return null;
                }
            }
        }
        else if (t.IsAcronym)
        {
            // "the COP29 climate conference", "the G20 summit": an acronym with a number names an event series' edition.
            if (WordLists.NonBodyAcronyms.Contains(t.Key) || (t.Text.Any(char.IsDigit) && !NumberedAcronym(t.Text)))
            {
                return null;
            }

            nameLast = i;
        }
        else
        {
            if (view.Reserved[i] || IsDateWord(t.Key) || WordLists.LeadingStopwords.Contains(t.Key) || (IsSentenceStart(view, i) && IsSentenceOpener(t.Key, person: true))
                || WordLists.Honorifics.Contains(t.Key) || run.Model.TitleAt(tokens, i) is not null)
            {
                return null;
            }

            nameLast = i;
            while (nameLast + 1 < tokens.Length && nameLast - i < 4 && tokens[nameLast + 1] is { Kind: TokenKind.Word, IsCapitalized: true } n && matches[nameLast + 1] is null
                && !view.Reserved[nameLast + 1] && !IsDateWord(n.Key) && run.Model.TitleAt(tokens, nameLast + 1) is null)
            {
                nameLast++;
            }

            if (Enumerable.Range(i, nameLast - i + 1).Any(k => view.MentionAt(k) is not null || WordLists.PersonNouns.Contains(tokens[k].Key)))
            {
                return null;
            }
        }

        // "the Shanghai Cooperation Organization (SCO) summit": the acronym in parentheses belongs to the name before it.
        var spelled = view.Key(nameLast + 1) == "(" && nameLast + 3 < tokens.Length && tokens[nameLast + 2].IsAcronym && view.Key(nameLast + 3) == ")" ? nameLast + 2 : -1;
        var head = DescribedHead(view, spelled >= 0 ? spelled + 2 : nameLast + 1, out var kind, maxModifiers: 2);
        if (head < 0 || kind is null || (kind != run.Model.AgreementKind && kind != run.Model.EventKind) || view.Key(head) is "visit" or "session"
            || (spelled >= 0 && kind != run.Model.EventKind))
        {
            return null;
        }

        // A capital names a summit or talks held there ("the Washington summit"), never a document or a process ("the Minsk
        // process" is readers' name for the Minsk Group's mediation); a known body's law needs a describing word ("the EU
        // membership bill", not "EU law").
        var modifiers = head - (spelled >= 0 ? spelled + 2 : nameLast + 1);
        if ((metonym && (kind != run.Model.EventKind || WordLists.ProcessHeads.Contains(view.Key(head)))) || (known is not null && LawHeads.Contains(view.Key(head)) && modifiers == 0)
            || (known?.Kind == run.Model.StateKind && !metonym && modifiers > 0))
        {
            return null;
        }

        var (first, last, entityKind, inner) = (i, head, kind, known);
        var innerMatch = match;
        return (first, last, PriorityPattern, () =>
        {
            var innerEntity = inner;
            if (innerMatch is not null && inner is not null && !metonym)
            {
                RecordPart(view, first, nameLast, innerMatch, inner, place: false);
            }
            else if (inner is null)
            {
                innerEntity = InnerBody(view, first, nameLast, entityKind);
            }

            var partsList = innerEntity is null || metonym ? new List<KnownEntity>() : [innerEntity];
            if (LinkedDescription(view, entityKind, partsList, first, last, nameLast + 1, last) is { } linked)
            {
                run.NamedOnce.Add(linked.Id); // the parties the graph's name joins are the graph's, not the text's
                return new EntityMention(first, last, linked.Id, FormKind.Alias, "described-link", 0.8);
            }

            // A numbered acronym is the event's own short name: "COP29" alone later is the conference.
            string[] numbered = first == nameLast && NumberedAcronym(view.Tokens[first].Text) && entityKind == run.Model.EventKind ? [view.Tokens[first].Text] : [];
            // With an acronym in parentheses the name is written without them, and the acronym form is an alias.
            var (name, shortForm) = spelled >= 0
                ? (view.Text(first, nameLast) + " " + view.Text(spelled + 2, last), new[] { view.Tokens[spelled].Text + " " + view.Text(spelled + 2, last) })
                : (view.Text(first, last), Array.Empty<string>());
            var entity = run.NewEntity(name, entityKind, "described-name", 0.75, [.. DescribedAliases(view, first, last), .. numbered, .. shortForm]);
            if (entityKind == run.Model.AgreementKind || innerEntity?.Kind != run.Model.StateKind)
            {
                run.NamedOnce.Add(entity.Id); // "the EU membership bill" is no document of the EU
            }

            return new EntityMention(first, last, entity.Id, FormKind.Name, "described-name", 0.75);
        });
    }

    /// <summary>
    /// The body inside a described name, made an entity of its own: capitalized words ending in a body's head ("the Shanghai
    /// Cooperation Organisation summit") or an acronym before an event ("the AZAL plane crash"); null for other names.
    /// </summary>
    private KnownEntity? InnerBody(SentenceView view, int first, int last, string kind)
    {
        if (run.Model.OrganizationKind is not { } body)
        {
            return null;
        }

        KnownEntity? entity = null;
        if (first == last && NumberedAcronym(view.Tokens[first].Text))
        {
            return null; // "COP29" is the event, no body of its own
        }

        if (first == last && view.Tokens[first].IsAcronym)
        {
            if (context.LongForm(view.Key(first)) is { } longForm && LongFormKind(longForm) is { } longKind)
            {
                entity = run.NewEntity(longForm, longKind, "acronym-long-form", 0.8, view.Tokens[first].Text);
            }
            else if (view.Key(first).Length >= 3 && InitialsOf(view.Tokens[first].Text) is { } named)
            {
                run.AddAlias(named, view.Tokens[first].Text);
                entity = named;
            }
            else if (kind == run.Model.EventKind)
            {
                entity = run.NewEntity(view.Tokens[first].Text, body, "bare-acronym", 0.6);
            }
        }
        else if (last > first && WordLists.OrganizationHeads.Contains(view.Key(last)))
        {
            entity = run.NewEntity(view.Text(first, last), body, "org-head-noun", 0.8);
        }

        if (entity is not null)
        {
            run.RecordMention(view, new EntityMention(first, last, entity.Id, FormKind.Name, "described-part", 0.8));
        }

        return entity;
    }

    /// <summary>Whether a token is capitals followed by a number: "COP29", "G20", "G7".</summary>
    private static bool NumberedAcronym(string text)
    {
        var letters = text.TakeWhile(char.IsUpper).Count();
        return letters is >= 1 and <= 5 && text.Length - letters is >= 1 and <= 3 && text.Skip(letters).All(char.IsDigit);
    }

    /// <summary>A described entity's other forms: with the state whose possessive comes before ("Georgia's EU membership talks") and with the place after "in".</summary>
    private List<string> DescribedAliases(SentenceView view, int first, int last)
    {
        var aliases = new List<string>();
        var k = view.Key(first - 1) == "the" ? first - 2 : first - 1;
        if (k >= 1 && view.Tokens[k].Kind == TokenKind.Possessive)
        {
            for (var s = Math.Max(0, k - 4); s < k; s++)
            {
                if (run.Model.Gazetteer.MatchAt(view.Tokens, s) is { } m && s + m.Count == k && StateOf(m) is not null)
                {
                    aliases.Add(view.Text(s, last));
                    break;
                }
            }
        }

        // "the last EEU summit": the word that tells which one.
        if (view.Key(first - 1) is "last" or "next" or "upcoming" or "previous" or "recent" or "first" or "annual")
        {
            aliases.Add(view.Text(first - 1, last));
        }

        var at = view.Key(last + 1) == "in" ? last + 2 : view.Key(last + 1) is "held" or "hosted" or "scheduled" && view.Key(last + 2) == "in" ? last + 3 : -1;
        if (at > 0 && at < view.Tokens.Length && view.Tokens[at].IsCapitalized)
        {
            var placeLast = at;
            while (placeLast + 1 < view.Tokens.Length && view.Tokens[placeLast + 1] is { Kind: TokenKind.Word, IsCapitalized: true } && placeLast - at < 3)
            {
                placeLast++;
            }

            aliases.Add($"{view.Text(first, last)} in {view.Text(at, placeLast)}");
        }

        return aliases;
    }

    /// <summary>
    /// "the Aug. 8 trilateral summit", "the 8 August meeting": a day and month before an event head. Linked to the graph's
    /// event of that date (in its id or name) and head family.
    /// </summary>
    private (int, int, int, Func<EntityMention?>)? DatedEvent(SentenceView view, int i)
    {
        var tokens = view.Tokens;
        if (view.Key(i) is not ("the" or "this" or "last") || run.Model.EventKind is not { } eventKind)
        {
            return null;
        }

        var k = i + 1;
        int month, day;
        if (WordLists.MonthNumbers.TryGetValue(view.Key(k), out month) && tokens[k].IsCapitalized)
        {
            k += view.Key(k + 1) == "." ? 2 : 1;
            if (k >= tokens.Length || tokens[k].Kind != TokenKind.Number || !int.TryParse(tokens[k].Text.TrimEnd('s', 't', 'h', 'n', 'd', 'r'), out day))
            {
                return null;
            }
        }
        else if (k + 1 < tokens.Length && tokens[k].Kind == TokenKind.Number && int.TryParse(tokens[k].Text, out day)
            && WordLists.MonthNumbers.TryGetValue(view.Key(k + 1), out month) && tokens[k + 1].IsCapitalized)
        {
            k += view.Key(k + 2) == "." ? 2 : 1;
        }
        else
        {
            return null;
        }

        if (day is < 1 or > 31)
        {
            return null;
        }

        var first = i + 1;
        var next = k + 1;
        if (next < tokens.Length && tokens[next].Kind == TokenKind.Number && tokens[next].Text.Length == 4)
        {
            next++; // "the 8 August 2025 summit"
        }

        var head = DescribedHead(view, next, out var kind, maxModifiers: 2);
        if (head < 0 || kind != eventKind || Enumerable.Range(first, head - first + 1).Any(x => view.Reserved[x] || view.MentionAt(x) is not null))
        {
            return null;
        }

        return (first, head, PriorityPattern, () =>
        {
            var headKey = view.Key(head);
            var family = HeadFamilies.FirstOrDefault(f => f.Contains(headKey)) ?? [headKey];
            var dated = run.Model.GraphForms(eventKind).Select(f => f.Entity).Distinct()
                .Where(e => GraphDates(e).Contains((month, day)) && YearAgrees(e) && family.Any(w => Tokenizer.Keys(e.Name).Contains(w))).ToList();
            if (dated is [{ } linked])
            {
                run.NamedOnce.Add(linked.Id);
                return new EntityMention(first, head, linked.Id, FormKind.Alias, "dated-event-link", 0.8);
            }

            var entity = run.NewEntity(view.Text(first, head), eventKind, "dated-event", 0.7, [.. DescribedAliases(view, first, head)]);
            return new EntityMention(first, head, entity.Id, FormKind.Name, "dated-event", 0.7);
        });
    }

    /// <summary>
    /// "the parliamentary elections on October 26", "the October parliamentary election", "Georgia's 2024 presidential
    /// vote" is no election; an election head with a kind ("parliamentary") or a date is an event named by its words.
    /// Later descriptions of the same kind of election in the document are the same event.
    /// </summary>
    private (int, int, int, Func<EntityMention?>)? Election(SentenceView view, int i)
    {
        if (run.Model.EventKind is not { } eventKind || view.Key(i) is not ("election" or "elections" or "referendum") || view.Tokens[i].IsCapitalized || view.Reserved[i])
        {
            return null;
        }

        var tokens = view.Tokens;
        var first = i;
        var kinds = new List<string>();
        var dated = false;
        while (first - 1 >= 0 && !view.Reserved[first - 1] && view.MentionAt(first - 1) is null)
        {
            var t = tokens[first - 1];
            if (WordLists.ElectionKinds.Contains(t.Key) && !t.IsCapitalized)
            {
                kinds.Add(t.Key);
            }
            else if ((WordLists.MonthNumbers.ContainsKey(t.Key) && t.IsCapitalized) || (t.Kind == TokenKind.Number && t.Text.Length is 1 or 2 or 4 && t.Text.All(char.IsAsciiDigit)))
            {
                dated = true;
            }
            else
            {
                break;
            }

            first--;
        }

        var last = i;
        if (view.Key(i + 1) is "on" or "in" or "of" && i + 2 < tokens.Length)
        {
            var k = i + 2;
            var end = -1;
            while (k < tokens.Length && ((WordLists.MonthNumbers.ContainsKey(view.Key(k)) && tokens[k].IsCapitalized)
                || (tokens[k].Kind == TokenKind.Number && tokens[k].Text.All(char.IsAsciiDigit) && tokens[k].Text.Length is 1 or 2 or 4)
                || (view.Key(k) == "," && k + 1 < tokens.Length && tokens[k + 1].Text.Length == 4 && tokens[k + 1].Text.All(char.IsAsciiDigit))))
            {
                end = k;
                k++;
            }

            if (end >= 0)
            {
                last = end;
                dated = true;
            }
        }

        if ((kinds.Count == 0 && !dated) || first == i && last == i)
        {
            return null;
        }

        var (f, l) = (first, last);
        return (f, l, PriorityPattern, () =>
        {
            // "the October 26 parliamentary elections" and later "the parliamentary vote of October": one election of a kind per text.
            var dates = DateKeys(Tokenizer.Keys(view.Text(f, l)));
            var same = run.NewEntities.Values.Where(e => e.Kind == eventKind && e.Rule == "described-election"
                && (kinds.Count == 0 || Tokenizer.Keys(e.Name).Intersect(kinds).Any() || !Tokenizer.Keys(e.Name).Any(WordLists.ElectionKinds.Contains))
                && e.Aliases.Prepend(e.Name).SelectMany(n => DateKeys(Tokenizer.Keys(n))).ToHashSet(StringComparer.Ordinal) is var known
                && (dates.Count == 0 || known.Count == 0 || known.Overlaps(dates))).ToList();
            var entity = same is [{ } one] ? one : run.NewEntity(view.Text(f, l), eventKind, "described-election", 0.7);
            if (entity.Name != view.Text(f, l))
            {
                run.AddAlias(entity, view.Text(f, l));
            }

            return new EntityMention(f, l, entity.Id, FormKind.Name, "described-election", 0.7);
        });
    }

    /// <summary>Lowercase heads of an event named by whose it is: "the second session of the X Council", "the inauguration of Y".</summary>
    private static readonly HashSet<string> EventOfHeads = new(StringComparer.Ordinal)
    {
        "meeting", "session", "summit", "inauguration", "funeral", "ceremony", "conference", "forum", "congress", "plenary",
    };

    /// <summary>
    /// "the 7th military base", "the 4th Russian military base": a numbered military base written in lowercase is a
    /// military unit named by its number (a demonym may come between; it keeps its own mention).
    /// </summary>
    private (int, int, int, Func<EntityMention?>)? NumberedBase(SentenceView view, GazetteerMatch?[] matches, int i)
    {
        var tokens = view.Tokens;
        if (run.Model.MilitaryUnitKind is not { } unitKind || !IsNumberOrdinal(tokens[i]) || view.Reserved[i])
        {
            return null;
        }

        var k = i + 1;
        if (matches[k] is { Count: 1 } demonym && demonym.Entries.All(e => e.Form == FormKind.Demonym))
        {
            k++;
        }

        if (view.Key(k) != "military" || view.Key(k + 1) != "base" || tokens[k].IsCapitalized || Enumerable.Range(i, k + 2 - i).Any(x => view.Reserved[x]))
        {
            return null;
        }

        var last = k + 1;
        var name = view.Text(i, last);
        return (i, last, PriorityPattern, () =>
        {
            var unit = run.NewEntity(name, unitKind, "numbered-base", 0.75);
            return new EntityMention(i, last, unit.Id, FormKind.Name, "numbered-base", 0.75);
        });
    }

    /// <summary>Words that may stand between the determiner and such a head: "an informal meeting", "the second session".</summary>
    private static readonly HashSet<string> EventOfModifiers = new(StringComparer.Ordinal)
    {
        "informal", "extraordinary", "annual", "regular", "joint", "special", "emergency", "trilateral", "bilateral", "official", "plenary", "signing",
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "next", "last", "latest",
        "consultative", "ministerial", "tripartite", "quadrilateral", "intergovernmental", "inaugural", "founding",
    };

    /// <summary>
    /// Lowercase words of the people a meeting gathers, before the "of" that names whose they are: "a meeting of the heads of
    /// Turkic states", "the trilateral meeting of deputy prime ministers of A, B and C".
    /// </summary>
    private static readonly HashSet<string> GatheredPeopleWords = new(StringComparer.Ordinal)
    {
        "leaders", "heads", "state", "government", "ministers", "foreign", "prime", "deputy", "defence", "defense", "interior", "economy",
        "finance", "energy", "transport", "trade", "representatives", "presidents", "speakers", "chiefs", "member", "states", "countries",
    };

    /// <summary>
    /// The last token of "[the] heads of Turkic states", "deputy prime ministers of Azerbaijan, Russia and Iran" from
    /// <paramref name="k"/>: gathered people, "of", then capitalized names (a list joined by commas and "and") and at most one
    /// lowercase noun of a group of states after them; -1 when no such phrase starts there.
    /// </summary>
    private static int GatheredPeopleOf(SentenceView view, int k)
    {
        var tokens = view.Tokens;
        if (view.Key(k) == "the")
        {
            k++;
        }

        var start = k;
        while (k < tokens.Length && k - start < 4 && !tokens[k].IsCapitalized && GatheredPeopleWords.Contains(view.Key(k)))
        {
            k++;
        }

        if (k == start || view.Key(k) != "of")
        {
            return -1;
        }

        k = view.Key(k + 1) == "the" ? k + 2 : k + 1;
        var last = -1;
        while (k < tokens.Length && tokens[k].IsCapitalized && tokens[k].IsWordLike)
        {
            last = k;
            var next = k + 1;
            if (view.Key(next) is "," or "and" && next + 1 < tokens.Length && tokens[next + 1].IsCapitalized)
            {
                next++; // "of Azerbaijan, Russia and Iran"
            }
            else if (view.Key(next) == "," && view.Key(next + 1) == "and" && next + 2 < tokens.Length && tokens[next + 2].IsCapitalized)
            {
                next += 2;
            }

            k = next;
        }

        if (last >= 0 && view.Key(last + 1) is "states" or "countries" or "nations" or "republics")
        {
            last++; // "of Turkic states"
        }

        return last;
    }

    /// <summary>
    /// "an informal meeting of CIS leaders", "the second session of the Azerbaijan-Kazakhstan Supreme Interstate Council",
    /// "the inauguration of Mikheil Kavelashvili", "the fifth consultative meeting of the heads of Turkic states": a
    /// lowercase event head whose "of" names a body, a person or the leaders of named states is an event named by the whole
    /// phrase. The mention covers the head only, so the names after "of" keep their own mentions.
    /// </summary>
    private (int, int, int, Func<EntityMention?>)? EventOf(SentenceView view, int i)
    {
        var tokens = view.Tokens;
        if (run.Model.EventKind is not { } eventKind || !IsEventDeterminer(view, i) || view.Reserved[i])
        {
            return null;
        }

        var first = i + 1;
        if (view.Key(first) is "solemn" or "formal" or "grand")
        {
            first++; // "a solemn signing ceremony of X" is the "signing ceremony of X"
        }

        var k = first;
        while (k < tokens.Length && k - first < 3 && (((EventOfModifiers.Contains(view.Key(k)) || (view.Key(k) == "summit" && EventOfHeads.Contains(view.Key(k + 1))))
            && !tokens[k].IsCapitalized) || IsNumberOrdinal(tokens[k])))
        {
            k++; // "the 12th informal summit of ...", "the first summit meeting of ..."
        }

        if (k >= tokens.Length || !EventOfHeads.Contains(view.Key(k)) || tokens[k].IsCapitalized || view.Key(k + 1) != "of")
        {
            return null;
        }

        var head = k;
        var nameStart = view.Key(head + 2) == "the" ? head + 3 : head + 2;
        var end = nameStart;
        while (end < tokens.Length && end - nameStart < 8 && (tokens[end].IsCapitalized && tokens[end].IsWordLike
            || (view.Key(end) is "-" or "–" or "of" or "and" && end + 1 < tokens.Length && tokens[end + 1].IsCapitalized && end > nameStart)))
        {
            end++;
        }

        var gathered = end == nameStart ? GatheredPeopleOf(view, head + 2) : -1;
        if ((end == nameStart && gathered < 0) || IsDateWord(view.Key(nameStart)))
        {
            return null;
        }

        var last = gathered >= 0 ? gathered : end - 1;
        if (gathered < 0 && view.Key(end) is "leaders" or "ministers" or "heads" or "members" or "states" or "countries" or "nations")
        {
            last = end; // "an informal meeting of CIS leaders", "the summit of Turkic states"
        }

        if (Enumerable.Range(first, head - first + 1).Any(x => view.Reserved[x]))
        {
            return null;
        }

        var name = view.Text(first, last);
        var (f, h) = (TimePossessiveStart(view, i) ?? i + 1, head);
        return (f, h, PriorityPattern, () =>
        {
            var entity = run.NewEntity(name, eventKind, "event-of", 0.7);
            if (gathered < 0)
            {
                run.NamedOnce.Add(entity.Id); // (a gathering of named states' people keeps its name relations: they take part)
            }

            return new EntityMention(f, h, entity.Id, FormKind.Alias, "event-of", 0.7);
        });
    }

    /// <summary>A determiner before an event noun: "the", "a", "their", or a time's possessive ("this week's summit of the CSTO").</summary>
    private static bool IsEventDeterminer(SentenceView view, int i) =>
        view.Key(i) is "the" or "a" or "an" or "their" or "its" or "his" or "her"
        || (view.Tokens[i].Kind == TokenKind.Possessive && (view.Key(i - 1) is "week" or "month" or "year" or "today" or "yesterday" or "tomorrow" || WordLists.Weekdays.Contains(view.Key(i - 1))));

    /// <summary>Where "this week's" starts when token <paramref name="i"/> is a time's possessive, so the mention covers it; else null.</summary>
    private static int? TimePossessiveStart(SentenceView view, int i) =>
        view.Tokens[i].Kind != TokenKind.Possessive ? null : view.Key(i - 2) is "this" or "last" or "next" ? i - 2 : i - 1;

    /// <summary>Words that place a meeting in time without naming it: left out of the event's name.</summary>
    private static readonly HashSet<string> PassingEventWords = new(StringComparer.Ordinal) { "upcoming", "forthcoming", "next", "last", "latest", "planned" };

    /// <summary>
    /// "the ninth trilateral meeting", "an upcoming bilateral meeting in Moscow", "the 7th consultative summit": a meeting
    /// head with describing words is an event when an ordinal distinguishes it or a place follows it ("in" a known place);
    /// the name keeps the describing words and the place ("bilateral meeting in Moscow"), not "upcoming" or "next".
    /// "a meeting of X" is <see cref="EventOf"/>'s; a bare "the meeting" names nothing.
    /// </summary>
    private (int, int, int, Func<EntityMention?>)? ModifiedEvent(SentenceView view, GazetteerMatch?[] matches, int i)
    {
        var tokens = view.Tokens;
        if (run.Model.EventKind is not { } eventKind || !IsEventDeterminer(view, i) || view.Reserved[i])
        {
            return null;
        }

        var first = i + 1;
        var k = first;
        var ordinal = false;
        var words = new List<string>();
        while (k < tokens.Length && k - first < 3 && !view.Reserved[k] && matches[k] is null)
        {
            var key = view.Key(k);
            var numberOrdinal = IsNumberOrdinal(tokens[k]);
            if (!numberOrdinal && (tokens[k].IsCapitalized || !(EventOfModifiers.Contains(key) || PassingEventWords.Contains(key) || key is "consultative" or "ministerial" or "tripartite" or "quadrilateral")))
            {
                break;
            }

            ordinal |= numberOrdinal || WordLists.OfficeOrdinals.Contains(key) && key is not ("new" or "current" or "incoming" or "acting" or "newly" or "elected");
            if (!PassingEventWords.Contains(key))
            {
                words.Add(tokens[k].Text);
            }
            else if (words.Count == 0)
            {
                first = k + 1; // "an upcoming bilateral meeting": "upcoming" stays before the mention, where it makes the meeting a plan
            }

            k++;
        }

        var head = k;
        if (head == i + 1 || head >= tokens.Length || tokens[head].IsCapitalized || view.Reserved[head]
            || !(EventOfHeads.Contains(view.Key(head)) || view.Key(head) is "talks" or "consultations") || view.Key(head + 1) == "of")
        {
            return null;
        }

        words.Add(tokens[head].Text);
        var placeAt = head + 2;
        string? place = null;
        if (view.Key(head + 1) == "in" && placeAt < tokens.Length && matches[placeAt] is { } pm
            && pm.EntityIds.Select(run.Entity).Any(e => e is not null && (e.Kind == run.Model.PlaceKind || e.Kind == run.Model.StateKind)))
        {
            place = view.Text(placeAt, placeAt + pm.Count - 1);
        }
        else if (view.Key(head + 1) == "in" && UnknownPlaceName(view, matches, placeAt) is { } unknownEnd)
        {
            place = view.Text(placeAt, unknownEnd); // "a trilateral summit in Khujand", the town met for the first time
        }

        if ((!ordinal && place is null) || words.Count < 2)
        {
            return null; // "a meeting", "the upcoming meeting": nothing tells this meeting from another
        }

        var name = string.Join(' ', words) + (place is null ? string.Empty : " in " + place);
        var (f, h) = (first, head);
        return (f, h, PriorityPattern, () =>
        {
            var entity = run.NewEntity(name, eventKind, "modified-event", 0.7, view.Text(f, h));
            run.NamedOnce.Add(entity.Id);
            return new EntityMention(f, h, entity.Id, FormKind.Alias, "modified-event", 0.7);
        });
    }

    /// <summary>
    /// The last token of a capitalized name of one or two words at <paramref name="at"/> that the gazetteer does not know and
    /// that is no month or weekday ("in Khujand", "in Nur Sultan"), else null.
    /// </summary>
    private static int? UnknownPlaceName(SentenceView view, GazetteerMatch?[] matches, int at)
    {
        var end = at;
        while (end < view.Tokens.Length && end - at < 2 && matches[end] is null && !view.Reserved[end]
            && view.Tokens[end] is { Kind: TokenKind.Word, IsCapitalized: true }
            && !WordLists.MonthNumbers.ContainsKey(view.Key(end)) && !WordLists.Weekdays.Contains(view.Key(end)))
        {
            end++;
        }

        return end > at && (end >= view.Tokens.Length || !view.Tokens[end].IsCapitalized) ? end - 1 : null;
    }

    /// <summary>The month names and numbers among folded words: what dates a described event.</summary>
    private static HashSet<string> DateKeys(IEnumerable<string> keys) =>
        [.. keys.Where(k => WordLists.MonthNumbers.ContainsKey(k) || (k.Length > 0 && k.All(char.IsAsciiDigit)))];

    /// <summary>"the war in Ukraine", "the Ukraine war": a war named by the one state or place it is in ("a war against X" stays a trigger between the sides).</summary>
    private (int, int, int, Func<EntityMention?>)? WarIn(SentenceView view, GazetteerMatch?[] matches, int i)
    {
        if (run.Model.EventKind is not { } eventKind || view.Key(i) != "war" || view.Reserved[i] || view.Tokens[i].IsCapitalized)
        {
            return null;
        }

        int first, last;
        if (view.Key(i + 1) == "in" && i + 2 < matches.Length && matches[i + 2] is { EntityIds.Length: 1 } after
            && run.Entity(after.EntityIds[0]) is { } a && (a.Kind == run.Model.StateKind || a.Kind == run.Model.PlaceKind)
            && !after.Entries.All(x => x.Form == FormKind.Demonym))
        {
            (first, last) = (i, i + 1 + after.Count);
        }
        else if (PrecedingMatch(matches, i - 1) is { EntityIds.Length: 1 } before && view.Key(i - 1 - before.Count) == "the"
            && run.Entity(before.EntityIds[0]) is { } b && (b.Kind == run.Model.StateKind || b.Kind == run.Model.PlaceKind)
            && !before.Entries.All(x => x.Form is FormKind.Demonym or FormKind.Metonym))
        {
            (first, last) = (i - before.Count, i);
        }
        else
        {
            return null;
        }

        if (Enumerable.Range(first, last - first + 1).Any(x => view.Reserved[x]))
        {
            return null;
        }

        var (f, l) = (first, last);
        return (f, l, PriorityPattern, () =>
        {
            // "the Ukraine war" after "the war in Ukraine" is the same event (NewEntity reads the two word orders as one name).
            var entity = run.NewEntity(view.Text(f, l), eventKind, "described-war", 0.7);
            run.NamedOnce.Add(entity.Id); // "the war in Ukraine" names where it is fought, which the text states no more than that
            return new EntityMention(f, l, entity.Id, FormKind.Name, "described-war", 0.7);
        });
    }

    /// <summary>The (month, day) dates a graph entity's id ("...-2025-08-08") or name ("8 August 2025", "August 8") carries.</summary>
    private static HashSet<(int Month, int Day)> GraphDates(KnownEntity e)
    {
        var dates = new HashSet<(int, int)>();
        foreach (Match m in IsoDatePattern().Matches(e.Id))
        {
            dates.Add((int.Parse(m.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture)));
        }

        var keys = Tokenizer.Keys(e.Name);
        for (var k = 0; k + 1 < keys.Length; k++)
        {
            if (int.TryParse(keys[k], out var day) && WordLists.MonthNumbers.TryGetValue(keys[k + 1], out var month))
            {
                dates.Add((month, day));
            }
            else if (WordLists.MonthNumbers.TryGetValue(keys[k], out month) && int.TryParse(keys[k + 1], out day))
            {
                dates.Add((month, day));
            }
        }

        return dates;
    }

    /// <summary>
    /// "the foreign influence law", "Georgia's foreign agents bill": lowercase words that say which law it is (not "the new
    /// law", "international law") before a lowercase "law" or "bill" after "the" or a possessive. Also known as "law on ...".
    /// </summary>
    private (int, int, int, Func<EntityMention?>)? DescribedLaw(SentenceView view, GazetteerMatch?[] matches, int i)
    {
        var tokens = view.Tokens;
        if (tokens[i].Kind != TokenKind.Word || tokens[i].IsCapitalized || view.Key(i) is not ("law" or "bill") || run.Model.AgreementKind is not { } agreement)
        {
            return null;
        }

        // "a controversial "foreign representatives" bill": the quoted words name the law, whatever article comes before.
        if (QuotedStart(view, i - 1) is { } open && Enumerable.Range(open, i - open).All(k => matches[k] is null && !view.Reserved[k])
            && (view.Key(open - 1) is "a" or "an" or "the" or "this" or "its" or "their" or "controversial" or "so-called" or "new" or "draft"
                || (open >= 1 && tokens[open - 1].Kind == TokenKind.Possessive)))
        {
            var (qf, ql) = (open, i);
            var quotedName = Unquoted(view.Text(qf, ql));
            return (qf, ql, PriorityPattern, () =>
            {
                var entity = SameLaw(quotedName, agreement) ?? run.NewEntity(quotedName, agreement, "described-law", 0.7, $"{view.Key(ql)} on {Unquoted(view.Text(qf, ql - 1))}");
                run.NamedOnce.Add(entity.Id);
                return new EntityMention(qf, ql, entity.Id, FormKind.Name, "described-law", 0.7);
            });
        }

        var first = i;
        while (first - 1 >= 0 && i - first < 4 && (tokens[first - 1] is { Kind: TokenKind.Word, IsCapitalized: false } w && IsDescribingWord(w.Key) && matches[first - 1] is null && !view.Reserved[first - 1]
            || view.IsGluedHyphen(first - 1)))
        {
            first--;
        }

        var before = first - 1;
        if (first == i || !(view.Key(before) is "the" or "this" or "its" or "their" || (before >= 0 && tokens[before].Kind == TokenKind.Possessive)))
        {
            return null;
        }

        while (first < i && (WordLists.GenericLawWords.Contains(view.Key(first)) || view.Key(first) == "-"))
        {
            first++;
        }

        var content = Enumerable.Range(first, i - first).Select(view.Key).Where(k => k != "-").ToList();
        if (content.Count == 0 || content.Any(WordLists.GenericLawWords.Contains) || content.Any(k => WordLists.DescribedDocumentHeads.Contains(k) || WordLists.DescribedEventHeads.Contains(k)))
        {
            return null;
        }

        var (f, l) = (first, i);
        return (f, l, PriorityPattern, () =>
        {
            var entity = SameLaw(view.Text(f, l), agreement) ?? run.NewEntity(view.Text(f, l), agreement, "described-law", 0.7, $"{view.Key(l)} on {view.Text(f, l - 1)}");
            run.NamedOnce.Add(entity.Id);
            return new EntityMention(f, l, entity.Id, FormKind.Name, "described-law", 0.7);
        });
    }

    /// <summary>"an agreement on military-technical cooperation", "the memorandum on visa facilitation": a lowercase document on a lowercase topic.</summary>
    private (int, int, int, Func<EntityMention?>)? AgreementOnTopic(SentenceView view, GazetteerMatch?[] matches, int i)
    {
        var tokens = view.Tokens;
        if (tokens[i].Kind != TokenKind.Word || tokens[i].IsCapitalized || view.Key(i + 1) != "on" || run.Model.AgreementKind is not { } agreement
            || !(view.Key(i) is "agreement" or "memorandum" or "treaty" or "deal" or "contract" or "accord" or "protocol" or "convention" or "agreements" or "declaration" or "charter"
                || (view.Key(i) == "statement" && view.Key(i - 1) == "joint")))
        {
            return null;
        }

        // A determiner before the document, only describing words between: "an intergovernmental agreement on ...", also
        // with the name in quotes: 'signed an "agreement on military-technical cooperation"'.
        var d = i - 1;
        if (view.Key(d) is "“" or "\"" or "‘")
        {
            d--;
        }

        while (d >= 0 && i - d <= 3 && tokens[d] is { Kind: TokenKind.Word, IsCapitalized: false } w && IsDescribingWord(w.Key) && !WordLists.Determiners.Contains(w.Key))
        {
            d--;
        }

        if (d < 0 || !(view.Key(d) is "a" or "an" or "the" or "this" or "its" or "their" or "our" || tokens[d].Kind == TokenKind.Possessive))
        {
            return null;
        }

        var last = -1;
        for (var k = i + 2; k < tokens.Length && k - i <= 8; k++)
        {
            var t = tokens[k];
            if (t.Key == "-" && k > i + 2 && t.Start == tokens[k - 1].End && k + 1 < tokens.Length && tokens[k + 1].Start == t.End)
            {
                continue;
            }

            // "on the strategic dialogue", "on establishing a strategic partnership": an article inside the topic, a verb's -ing
            // form opening it.
            if (t.Key is "the" or "a" or "an" && k + 1 < tokens.Length && tokens[k + 1] is { Kind: TokenKind.Word, IsCapitalized: false })
            {
                continue;
            }

            // "an agreement on the demarcation of the state border": an "of" phrase of lowercase words continues the topic.
            if (t.Key == "of" && last == k - 1 && (view.Key(k + 1) == "the" ? k + 2 : k + 1) is var ofNoun && ofNoun < tokens.Length
                && tokens[ofNoun] is { Kind: TokenKind.Word, IsCapitalized: false } && matches[ofNoun] is null && !view.Reserved[ofNoun])
            {
                continue;
            }

            var opening = k == i + 2 && t.Key.EndsWith("ing", StringComparison.Ordinal) && t.Key is "establishing" or "strengthening" or "deepening" or "developing" or "expanding" or "launching";
            if (t.Kind != TokenKind.Word || t.IsCapitalized || matches[k] is not null || view.Reserved[k] || !(IsDescribingWord(t.Key) || opening || ParticipleBeforeTopicNoun(view, matches, k))
                || WordLists.GenericTopicWords.Contains(t.Key)
                || WordLists.Quantifiers.Contains(t.Key) || (t.Key.EndsWith("ing", StringComparison.Ordinal) && !opening))
            {
                break;
            }

            last = k;
        }

        if (last < 0)
        {
            return null;
        }

        // "the joint declaration on ...": the describing words before the head belong to the name.
        var (f, l) = (view.Key(d + 1) is "“" or "\"" or "‘" ? i : d + 1, last);
        return (f, l, PriorityPattern, () =>
        {
            var entity = run.NewEntity(view.Text(f, l), agreement, "agreement-on-topic", 0.7);
            run.NamedOnce.Add(entity.Id);
            return new EntityMention(f, l, entity.Id, FormKind.Name, "agreement-on-topic", 0.7);
        });
    }

    /// <summary>
    /// "on allied interaction", "on enhanced partnership": a participle that describes the lowercase noun after it belongs to
    /// a document's topic (a participle before a preposition or a time word, "signed in May", "reached last year", does not).
    /// </summary>
    private static bool ParticipleBeforeTopicNoun(SentenceView view, GazetteerMatch?[] matches, int k) =>
        view.Key(k).EndsWith("ed", StringComparison.Ordinal) && !WordLists.CommonVerbs.Contains(view.Key(k)) && k + 1 < view.Tokens.Length
        && view.Tokens[k + 1] is { Kind: TokenKind.Word, IsCapitalized: false } next && matches[k + 1] is null && !view.Reserved[k + 1]
        && IsDescribingWord(next.Key) && !next.Key.EndsWith("ing", StringComparison.Ordinal) && !WordLists.GenericTopicWords.Contains(next.Key);

    /// <summary>Lowercase heads of a document that a signing verb can take as its object: "signed a contract for ...", "signed a letter of intent".</summary>
    private static readonly HashSet<string> SignedDocumentHeads = new(StringComparer.Ordinal)
    {
        "contract", "contracts", "agreement", "agreements", "memorandum", "memoranda", "deal", "deals", "protocol", "protocols", "declaration",
        "roadmap", "letter", "accord", "charter", "regulation", "decree", "communique", "statement", "treaty", "treaties", "pact", "convention",
    };

    /// <summary>
    /// "a French firm signed with the ministry a contract for the delivery of four radars", "the two signed a letter of
    /// intent", "signed a supply contract": the lowercase document a signing verb takes as its object, named by its words
    /// (without the article) up to the next preposition that is not "of", "for" or "on".
    /// </summary>
    private (int, int, int, Func<EntityMention?>)? SignedDocument(SentenceView view, GazetteerMatch?[] matches, int i)
    {
        var tokens = view.Tokens;
        if (run.Model.AgreementKind is not { } agreement)
        {
            return null;
        }

        if (view.Key(i) is "the" or "a" or "an" && PassiveSubjectDocument(view, matches, i) is { } subject)
        {
            return subject;
        }

        if (tokens[i].IsCapitalized)
        {
            return null;
        }

        if (view.Key(i) is not ("signed" or "sign" or "signs" or "signing" or "initialled" or "initialed" or "inked" or "concluded" or "adopted" or "adopt" or "adopts"
            or "approved" or "approve" or "approves" or "ratified" or "ratify" or "ratifies"))
        {
            return null;
        }

        var k = i + 1;
        k = ClauseAnalyzer.SkipShortAdverbial(view, k);
        if (view.Key(k) == "with")
        {
            // "signed with the Armenian Defense Ministry a contract": the partner's capitalized name comes before the object.
            var p = view.Key(k + 1) == "the" ? k + 2 : k + 1;
            var nameStart = p;
            while (p < tokens.Length && p - nameStart < 6 && ((tokens[p].IsCapitalized && tokens[p].IsWordLike) || (p > nameStart && matches[nameStart] is { } g && p < nameStart + g.Count)))
            {
                p++;
            }

            if (p == nameStart)
            {
                return null;
            }

            k = p;
        }

        k = ClauseAnalyzer.SkipShortAdverbial(view, k);
        var bare = false;
        if (view.Key(k) is "a" && view.Key(k + 1) is "series" or "number" or "package" or "set" or "raft" && view.Key(k + 2) == "of")
        {
            k += 3; // "signed a series of protocols on ...": the documents are the object
            bare = true;
        }
        else if (!view.IsHeading && view.Key(i) is "signed" or "inked" or "concluded" && view.Key(k) is not ("a" or "an" or "the")
            && tokens.Length > k && tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } && matches[k] is null && !view.Reserved[k]
            && !WordLists.Determiners.Contains(view.Key(k)) && !WordLists.Prepositions.Contains(view.Key(k)))
        {
            bare = true; // "signed contracts for the delivery of weapons": a plural without an article (checked below)
        }

        if (!bare && (view.Key(k) is "a" or "an" or "two" or "three" or "several" or "new" || (tokens.Length > k && tokens[k].Kind == TokenKind.Number && !view.Reserved[k])
            || (view.Key(k) == "the" && k + 1 < tokens.Length && tokens[k + 1].IsCapitalized && SignedDocumentHeads.Contains(view.Key(k + 1)) && view.Key(k + 2) is "of" or "on" or "for")))
        {
            k++; // (also "signed the Declaration on the strategic dialogue": a capitalized head that a description follows)
        }
        else if (!bare && !(view.IsHeading && view.Tokens.Length > k && view.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } && matches[k] is null))
        {
            return null; // (a heading leaves the article out: "A, B sign border treaty")
        }

        if (view.Key(k) == "new")
        {
            k++; // "a new defense agreement" is a "defense agreement"
        }

        var quoted = view.Key(k) is "“" or "\"";
        if (quoted)
        {
            k++;
        }

        var first = k;
        var head = -1;
        // "a long-term strategic cooperation agreement": up to four describing words, hyphenated ones too.
        head = LowercaseHead(view, matches, first, 5, SignedDocumentHeads.Contains, IsDescribingWord, lowercaseAgreementForms: true, out _);
        if (head < 0 && first + 2 < tokens.Length && tokens[first].IsCapitalized && SignedDocumentHeads.Contains(view.Key(first)) && matches[first] is null
            && !view.Reserved[first] && view.Key(first + 1) is "of" or "on" or "for" && !tokens[first + 1].IsCapitalized
            && (WordLists.Determiners.Contains(view.Key(first + 2)) ? first + 3 : first + 2) is var topic && topic < tokens.Length
            && tokens[topic] is { Kind: TokenKind.Word, IsCapitalized: false } && matches[topic] is null)
        {
            head = first; // "signed a Memorandum of cooperation on ...": a capitalized head that no name continues is described like a lowercase one
        }

        if (head < 0 || (view.Key(head) == "letter" && view.Key(head + 1) != "of")
            || (bare && !WordLists.SignedDocumentPlurals.Contains(view.Key(head))))
        {
            return null;
        }

        var described = head > first || quoted || view.Key(head + 1) is "of" or "for" or "on";
        string? name = null;

        var last = head;
        if (view.Key(head + 1) == "of" && view.Key(head + 2) is "intent" or "understanding" or "cooperation")
        {
            last = head + 2;
        }

        if (quoted)
        {
            if (view.Key(last + 1) is not ("”" or "\""))
            {
                return null;
            }
        }
        else if (view.Key(last + 1) is "for" or "on" && last + 2 < tokens.Length)
        {
            // "a contract for the delivery of four radars": the purpose belongs to the name, up to a preposition or punctuation.
            // "a declaration on 3 May on the upgrade of ...": a date after "on" is skipped; "a pact on Friday" has no purpose.
            var from = last + 2;
            if (view.Key(last + 1) == "on" && DateAfterOn(view, last + 2) is var dateEnd && dateEnd > last + 2)
            {
                from = view.Key(dateEnd) is "on" or "for" ? dateEnd + 1 : tokens.Length;
            }

            var end = -1;
            for (var p = from; p < tokens.Length && p - from <= 8; p++)
            {
                var t = tokens[p];
                if (t.Key is "between" or "with")
                {
                    break; // "a joint statement on ... partnership between China and Azerbaijan": the parties follow the name
                }

                if (IsDateWord(t.Key) || (t.Key == "on" && IsDateWord(view.Key(p + 1))))
                {
                    break; // "a memorandum on energy cooperation on Monday": the date is no part of the name
                }

                if (t.IsCapitalized)
                {
                    return null; // a named weapon or body inside the purpose ("a contract for four GM400 radars") keeps its own mention
                }

                if (view.IsGluedHyphen(p))
                {
                    continue; // "an agreement on visa-free travel"
                }

                if (t.Kind is TokenKind.Punctuation || (WordLists.Prepositions.Contains(t.Key) && t.Key is not ("of" or "for" or "on")) || view.Reserved[p]
                    || WordLists.CommonVerbs.Contains(t.Key) || WordLists.BeAuxiliaries.Contains(t.Key) || t.Key is "and" or "that" or "which")
                {
                    break;
                }

                if (t.Kind == TokenKind.Word && !WordLists.Determiners.Contains(t.Key) && t.Key is not ("of" or "for" or "on"))
                {
                    end = p;
                }
            }

            if (end > 0)
            {
                // The date is no part of the name: "declaration on the transition of bilateral relations".
                name = from > last + 2 ? view.Text(first, last) + " " + view.Text(from - 1, end) : null;
                last = end;
            }
        }

        if (!described || (last == head && !quoted && head == first))
        {
            return null; // "signed a deal" names no document
        }

        // A graph agreement's form inside ("a permanent peace agreement") stays the graph's; only a topic after the head
        // ("a joint declaration on strategic partnership") makes another document of it.
        var holdsGraphForm = Enumerable.Range(first, head - first + 1).Any(x => matches[x] is not null);
        if (holdsGraphForm && last == head)
        {
            return null;
        }

        // A named weapon or body inside the purpose ("a contract for four GM400 radars") keeps its own mention: no name is guessed.
        if (Enumerable.Range(first, last - first + 1).Any(x => view.Reserved[x] || view.MentionAt(x) is not null || (matches[x] is { } mx && !IsLowercaseAgreementForm(mx))))
        {
            return null;
        }

        // "signed a long-term cooperation deal, formally known as the Treaty of ...": the name after "known as" is the
        // document's; the description becomes its alias.
        if (KnownAsName(view, last) is { } known)
        {
            var (f, l, description) = (first, last, view.Text(first, last));
            return (f, l, PriorityPattern, () =>
            {
                // (the name's own mention, read by the name rules, finds the same entity by its name)
                var entity = run.NewEntity(view.Text(known.First, known.Last), agreement, "signed-document", 0.7, description);
                run.AddAlias(entity, description);
                run.NamedOnce.Add(entity.Id);
                return new EntityMention(f, l, entity.Id, FormKind.Alias, "signed-document", 0.7);
            });
        }

        // "signed a new strategic partnership deal with Washington": the graph's one document whose name holds the describing
        // words and whose parties are the states of the sentence.
        if (GraphDocumentByParties(view, matches, first, head) is { } graphDocument)
        {
            var (f, l) = (first, last);
            return (f, l, PriorityPattern, () => new EntityMention(f, l, graphDocument, FormKind.Alias, "signed-document-graph", 0.7));
        }

        // "a joint declaration on strategic partnership": the describing words and the head are how the text calls it again
        // ("the joint declaration"), an alias.
        return SignedDocumentCandidate(view, agreement, first, last, name, head > first && last > head ? view.Text(first, head) : null);
    }

    /// <summary>Describing words that say nothing of which document is meant.</summary>
    private static readonly HashSet<string> VagueDocumentWords = new(StringComparer.Ordinal)
    {
        "new", "broad", "major", "landmark", "historic", "joint", "bilateral", "trilateral", "comprehensive", "important", "key", "formal", "final", "long-term",
    };

    /// <summary>
    /// The one graph agreement a described document signed in this sentence stands for: its name or an alias holds every
    /// telling describing word (and the head, unless the head is as vague as "deal"), and the sentence names at least two
    /// states, all of them its parties (by its name or the graph's party-to and signed relations).
    /// </summary>
    private string? GraphDocumentByParties(SentenceView view, GazetteerMatch?[] matches, int first, int head)
    {
        var words = Enumerable.Range(first, head - first).Select(view.Key).Where(w => w.Length > 3 && !VagueDocumentWords.Contains(w)).ToList();
        // The states the sentence names, capitals standing for them included ("with Washington").
        var states = matches.OfType<GazetteerMatch>().Where(m => m.EntityIds.Length == 1 && run.Entity(m.EntityIds[0])?.Kind == run.Model.StateKind)
            .Select(m => m.EntityIds[0]).Distinct(StringComparer.Ordinal).ToList();
        if (words.Count == 0 || states.Count < 2 || run.Model.AgreementKind is not { } agreement)
        {
            return null;
        }

        var vagueHead = view.Key(head) is "deal" or "deals" or "agreement" or "agreements" or "pact" or "accord" or "document";
        var found = run.Model.Known.Values.Where(e => !e.IsNew && e.Kind == agreement).Where(e =>
        {
            var forms = e.Aliases.Append(e.Name).Select(TextFold.Fold).ToList();
            if (!forms.Any(f => words.All(w => f.Contains(w, StringComparison.Ordinal)) && (vagueHead || f.Contains(view.Key(head), StringComparison.Ordinal))))
            {
                return false;
            }

            var parties = NameRule.NameParts(run, e.Name, e.Id).Where(p => p.Entity.Kind == run.Model.StateKind).Select(p => p.Entity.Id).ToHashSet(StringComparer.Ordinal);
            parties.UnionWith(run.Model.GraphParties(e.Id));
            return states.All(parties.Contains);
        }).Select(e => e.Id).ToList();
        return found is [var only] ? only : null;
    }

    /// <summary>The token after a date that starts at <paramref name="k"/> ("Friday", "12 November", "March 5, 2025"), or <paramref name="k"/> when none does.</summary>
    private static int DateAfterOn(SentenceView view, int k)
    {
        var start = k;
        while (k < view.Tokens.Length && k - start < 5 && (WordLists.Weekdays.Contains(view.Key(k)) || WordLists.Months.Contains(view.Key(k))
            || view.Tokens[k].Kind == TokenKind.Number || (view.Key(k) == "," && k > start && view.Tokens.Length > k + 1 && view.Tokens[k + 1].Kind == TokenKind.Number)))
        {
            k++;
        }

        return k;
    }

    /// <summary>The capitalized name after ", (officially|formally|also) known as (the)" that follows token <paramref name="last"/>, or null.</summary>
    private static (int First, int Last)? KnownAsName(SentenceView view, int last)
    {
        var k = last + 1;
        if (view.Key(k) != ",")
        {
            return null;
        }

        k++;
        if (view.Key(k) is "officially" or "formally" or "also" or "formerly")
        {
            k++;
        }

        if (view.Key(k) != "known" || view.Key(k + 1) != "as")
        {
            return null;
        }

        k += view.Key(k + 2) == "the" ? 3 : 2;
        if (k >= view.Tokens.Length || !view.Tokens[k].IsCapitalized || view.Tokens[k].Kind != TokenKind.Word)
        {
            return null;
        }

        var end = k;
        while (end + 1 < view.Tokens.Length)
        {
            // Capitalized words, and "of", "and", "on", "for" (with or without "the") between them.
            var step = view.Tokens[end + 1] is { Kind: TokenKind.Word, IsCapitalized: true } ? 1
                : view.Key(end + 1) is "of" or "and" or "on" or "for" ? (view.Key(end + 2) == "the" ? 3 : 2)
                : 0;
            if (step == 0 || end + step >= view.Tokens.Length || !view.Tokens[end + step].IsCapitalized || view.Tokens[end + step].Kind != TokenKind.Word)
            {
                break;
            }

            end += step;
        }

        return (k, end);
    }

    /// <summary>The candidate of a document named by its words from <paramref name="first"/> to <paramref name="last"/>, named once, with its short form as an alias.</summary>
    private (int, int, int, Func<EntityMention?>) SignedDocumentCandidate(SentenceView view, string agreement, int first, int last, string? name = null, string? shortForm = null) =>
        (first, last, PriorityPattern, () =>
        {
            var entity = run.NewEntity(name ?? view.Text(first, last), agreement, "signed-document", 0.7, shortForm is null ? [] : [shortForm]);
            run.NamedOnce.Add(entity.Id);
            return new EntityMention(first, last, entity.Id, FormKind.Name, "signed-document", 0.7);
        });

    /// <summary>A graph agreement's form met in lowercase words ("a joint declaration"): a longer description may take it in.</summary>
    private bool IsLowercaseAgreementForm(GazetteerMatch m) =>
        m.EntityIds.Length > 0 && m.EntityIds.All(id => run.Entity(id)?.Kind == run.Model.AgreementKind);

    /// <summary>
    /// "The strategic partnership charter was signed in January", "a new border treaty was ratified": a lowercase document
    /// with describing words as the subject of a passive signing, ratifying or adopting verb.
    /// </summary>
    private (int, int, int, Func<EntityMention?>)? PassiveSubjectDocument(SentenceView view, GazetteerMatch?[] matches, int i)
    {
        var tokens = view.Tokens;
        var first = view.Key(i + 1) == "new" ? i + 2 : i + 1;
        var head = -1;
        for (var k = first; k < tokens.Length && k - first <= 3; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || tokens[k].IsCapitalized || view.Reserved[k] || matches[k] is not null)
            {
                return null; // a graph agreement's form ("the strategic partnership charter") stays the graph's
            }

            if (SignedDocumentHeads.Contains(tokens[k].Key))
            {
                head = k;
                break;
            }

            if (!IsDescribingWord(tokens[k].Key))
            {
                return null;
            }
        }

        if (head <= first || run.Model.AgreementKind is not { } agreement
            || !(WordLists.BeAuxiliaries.Contains(view.Key(head + 1)) || view.Key(head + 1) is "has" or "have" && view.Key(head + 2) == "been")
            || !Enumerable.Range(head + 1, 3).Any(k => view.Key(k) is "signed" or "initialled" or "initialed" or "ratified" or "adopted" or "approved" or "concluded"))
        {
            return null;
        }

        return SignedDocumentCandidate(view, agreement, first, head);
    }

    /// <summary>"Russian border guards", "Russian intelligence services", "Russian peacekeepers": a demonym before a service or contingent.</summary>
    private (int, int, int, Func<EntityMention?>)? DemonymService(SentenceView view, GazetteerMatch?[] matches, int i)
    {
        if (matches[i] is not { } m || m.EntityIds.Length != 1 || !m.Entries.All(x => x.Form == FormKind.Demonym) || run.Entity(m.EntityIds[0])?.Kind != run.Model.StateKind
            || run.Model.OrganizationKind is not { } body)
        {
            return null;
        }

        var k = i + m.Count;
        var services = 0;
        while (k < view.Tokens.Length && services < 2 && WordLists.ServiceNouns.Contains(view.Key(k)) && !view.Tokens[k].IsCapitalized)
        {
            k++;
            services++;
        }

        if (services > 0 && !WordLists.ServiceHeads.Contains(view.Key(k)) && WordLists.BareServiceHeads.Contains(view.Key(k - 1)))
        {
            k--; // "Armenian intelligence warned": the last service word is the head itself
            services--;
        }

        var head = view.Key(k);
        if (k >= view.Tokens.Length || view.Tokens[k].IsCapitalized || !WordLists.ServiceHeads.Contains(head) || (services == 0 && !WordLists.BareServiceHeads.Contains(head))
            || (k + 1 < view.Tokens.Length && view.Tokens[k + 1] is { Kind: TokenKind.Word, IsCapitalized: false } after && !WordLists.Prepositions.Contains(after.Key)
                && !WordLists.CommonVerbs.Contains(after.Key) && !WordLists.BeAuxiliaries.Contains(after.Key) && !WordLists.ModalCues.Contains(after.Key)
                && run.Model.TriggersAt(view.Tokens, k + 1).All(t => t.IsNoun) && after.Key is not ("and" or "or" or "that" or "who" or "which" or "also")
                && !after.Key.EndsWith("ed", StringComparison.Ordinal))
            || (head is "forces" or "troops" && services == 0))
        {
            return null;
        }

        var unit = head is "guards" or "guard" or "troops" or "peacekeepers" or "contingent" or "forces";
        var kind = unit ? run.Model.MilitaryUnitKind ?? body : body;
        if (head is "embassy" or "consulate" && view.Key(k + 1) == "in" && matches[k + 2] is { } seat && view.Tokens[k + 2].IsCapitalized)
        {
            k += 1 + seat.Count; // "the French embassy in Baku": an embassy is named with its seat
        }

        var (f, l) = (i, k);
        return (f, l, PriorityPattern, () =>
        {
            // "the Armenian military" and "the Armenian army" are one body, named by "army".
            var text = view.Text(f, l);
            var entity = head == "military" ? run.NewEntity($"{view.Text(f, l - 1)} army", kind, "demonym-service", 0.75, text)
                : run.NewEntity(text, kind, "demonym-service", 0.75);
            run.NamedOnce.Add(entity.Id);
            return new EntityMention(f, l, entity.Id, FormKind.Name, "demonym-service", 0.75);
        });
    }

    /// <summary>"the opposition faction “Armenia”", "the “I Have Honor” bloc": a party named in quotes beside a body noun.</summary>
    private (int, int, int, Func<EntityMention?>)? QuotedParty(SentenceView view, GazetteerMatch?[] matches, int i)
    {
        var tokens = view.Tokens;
        if (run.Model.OrganizationKind is not { } body)
        {
            return null;
        }

        // The noun first: "(opposition) faction “Armenia”".
        if (!tokens[i].IsCapitalized && WordLists.BodyNouns.Contains(view.Key(i)) && IsOpenQuote(view.Key(i + 1)) && QuoteEnd(view, i + 1) is { } close)
        {
            var first = WordLists.PartyModifiers.Contains(view.Key(i - 1)) || view.Key(i - 1) is "parliamentary" or "political" ? i - 1 : i;
            var quoted = view.Text(i + 2, close - 1);
            return (first, close, PriorityPattern + 1, () =>
            {
                var entity = run.NewEntity(view.Text(first, close), body, "quoted-party", 0.75, $"{quoted} {view.Text(i, i)}");
                run.NamedOnce.Add(entity.Id);
                return new EntityMention(first, close, entity.Id, FormKind.Name, "quoted-party", 0.75);
            });
        }

        // The name first: "the “I Have Honor” bloc".
        if (IsOpenQuote(view.Key(i)) && QuoteEnd(view, i) is { } end && end + 1 < tokens.Length && !tokens[end + 1].IsCapitalized && WordLists.BodyNouns.Contains(view.Key(end + 1)))
        {
            var quoted = view.Text(i + 1, end - 1);
            var noun = end + 1;
            var claimed = run.Model.Gazetteer.Lookup(quoted).Any();
            return (i, noun, PriorityPattern + 1, () =>
            {
                var name = claimed ? $"{quoted} {view.Text(noun, noun)}" : quoted;
                var entity = run.NewEntity(name, body, "quoted-party", 0.75, $"{quoted} {view.Text(noun, noun)}");
                run.NamedOnce.Add(entity.Id);
                return new EntityMention(i, noun, entity.Id, FormKind.Name, "quoted-party", 0.75);
            });
        }

        return null;
    }

    /// <summary>Lowercase nouns after a quoted name that make it a document or policy: "the “Crossroads of Peace” initiative".</summary>
    private static readonly FrozenSet<string> QuotedDocumentNouns = FrozenSet.ToFrozenSet(
        ["initiative", "principle", "policy", "plan", "programme", "program", "strategy", "doctrine", "agenda", "concept", "roadmap", "project",
         "deal", "agreement", "declaration", "treaty", "charter", "memorandum", "accord", "pact", "format", "platform"], StringComparer.Ordinal);

    /// <summary>
    /// "the “Crossroads of Peace” initiative", "the “One China” principle", "hailed “an incredible Trade and Economic Deal”":
    /// a quoted name before a document noun, or a quoted name that ends in an agreement's head, is an agreement (or policy).
    /// The name is the quoted capitalized words; lowercase words opening the quote ("an incredible") are left out.
    /// </summary>
    private (int, int, int, Func<EntityMention?>)? QuotedDocument(SentenceView view, GazetteerMatch?[] matches, int i)
    {
        var tokens = view.Tokens;
        if (run.Model.AgreementKind is not { } agreement || !IsOpenQuote(view.Key(i)))
        {
            return null;
        }

        var end = -1;
        for (var k = i + 1; k < tokens.Length && k - i <= 9; k++)
        {
            if (view.Key(k) is "”" or "\"" or "»" or "’")
            {
                end = k;
                break;
            }

            if (!tokens[k].IsWordLike || view.Reserved[k])
            {
                return null;
            }
        }

        var first = i + 1;
        while (first < end && !tokens[first].IsCapitalized)
        {
            first++;
        }

        if (end < 0 || first >= end || Enumerable.Range(first, end - first).Any(k => !tokens[k].IsCapitalized && view.Key(k) is not ("and" or "of" or "the" or "for" or "on" or "-")))
        {
            return null;
        }

        var nounAfter = end + 1 < tokens.Length && tokens[end + 1].Kind == TokenKind.Word && !tokens[end + 1].IsCapitalized && QuotedDocumentNouns.Contains(view.Key(end + 1));
        var headInside = WordLists.AgreementHeads.Contains(view.Key(end - 1)) || view.Key(end - 1) is "deal" or "initiative";
        if (!(nounAfter || headInside) || (matches[first] is { } whole && first + whole.Count == end))
        {
            return null; // a quoted name the gazetteer knows ("“Armenia”") keeps its own entity
        }

        var name = view.Text(first, end - 1);
        var last = nounAfter ? end + 1 : end;
        string[] aliases = nounAfter ? [$"{name} {view.Text(end + 1, end + 1)}"] : [];
        return (i, last, PriorityPattern + 1, () =>
        {
            var entity = run.NewEntity(name, agreement, "quoted-document", 0.75, aliases);
            run.NamedOnce.Add(entity.Id);
            return new EntityMention(i, last, entity.Id, FormKind.Name, "quoted-document", 0.75);
        });
    }

    /// <summary>Heads of events a year can name on its own: "the 2020 war", "the 2023 lightning offensive".</summary>
    private static readonly FrozenSet<string> DatedEventHeads = FrozenSet.ToFrozenSet(
        ["war", "conflict", "offensive", "counteroffensive", "invasion", "escalation", "clashes", "revolution", "protests", "uprising", "coup"],
        StringComparer.Ordinal);

    /// <summary>
    /// "the 2020 war", "the 2023 lightning offensive": a year after a determiner (or "and"), at most two lowercase describing words and
    /// the head of a war or upheaval is an event named by its year (elections are the election rule's). A form
    /// of the graph ("the 2020 war" as an alias of the Second Karabakh War) keeps the graph's entity through the gazetteer.
    /// </summary>
    private (int, int, int, Func<EntityMention?>)? YearEvent(SentenceView view, GazetteerMatch?[] matches, int i)
    {
        var tokens = view.Tokens;
        if (run.Model.EventKind is not { } eventKind || view.Key(i) is not ("the" or "a" or "and") || i + 2 >= tokens.Length
            || tokens[i + 1].Kind != TokenKind.Number || tokens[i + 1].Key.Length != 4 || !int.TryParse(tokens[i + 1].Key, out var year) || year < 1900 || year > 2100
            || matches[i + 1] is not null)
        {
            return null;
        }

        var head = LowercaseHead(view, matches, i + 2, 2, DatedEventHeads.Contains, IsDescribingWord, lowercaseAgreementForms: false, out _);
        if (head < 0)
        {
            return null;
        }

        var (first, last) = (i + 1, head);
        return (first, last, PriorityPattern, () =>
        {
            var entity = run.NewEntity(view.Text(first, last), eventKind, "year-event", 0.7);
            return new EntityMention(first, last, entity.Id, FormKind.Name, "year-event", 0.7);
        });
    }

    /// <summary>
    /// The lowercase head that ends a phrase of describing words starting at <paramref name="from"/> (within
    /// <paramref name="maxSpan"/> tokens after it; hyphenated words are one), or -1 when a capitalized word, a name, a
    /// reserved token or a word that describes nothing comes first; <paramref name="words"/> counts the describing words.
    /// </summary>
    private int LowercaseHead(SentenceView view, GazetteerMatch?[] matches, int from, int maxSpan, Func<string, bool> isHead, Func<string, bool> isDescribing,
        bool lowercaseAgreementForms, out int words)
    {
        var tokens = view.Tokens;
        words = 0;
        for (var k = from; k < tokens.Length && k - from <= maxSpan; k++)
        {
            if (k > from && view.IsGluedHyphen(k))
            {
                continue;
            }

            if (tokens[k].Kind != TokenKind.Word || tokens[k].IsCapitalized || view.Reserved[k]
                || (matches[k] is { } m && !(lowercaseAgreementForms && IsLowercaseAgreementForm(m))))
            {
                return -1;
            }

            if (isHead(tokens[k].Key))
            {
                return k;
            }

            if (!isDescribing(tokens[k].Key))
            {
                return -1;
            }

            words++;
        }

        return -1;
    }

    /// <summary>Words before a document's head that say nothing about which document it is.</summary>
    private static readonly FrozenSet<string> UninformativeDocumentWords = FrozenSet.ToFrozenSet(
        ["new", "same", "latest", "previous", "first", "second", "final", "full", "entire", "whole", "proposed", "planned", "draft", "future", "possible",
         "potential", "eventual", "historic", "landmark", "important", "key", "main", "current", "existing", "old", "long-awaited", "so-called", "relevant",
         "respective", "necessary", "such", "other", "two", "three", "several", "many", "all", "both", "various", "initialled", "initialed", "signed"],
        StringComparer.Ordinal);

    /// <summary>
    /// "the comprehensive strategic partnership treaty", "the long-term cooperation agreement": a definite article, two or more
    /// lowercase words that say which document it is, and a document's head, with no name after it. The graph's agreement
    /// when a form of the graph's holds the head and every describing word; words that only qualify ("the new", "the
    /// proposed") neither name nor count. One describing word is left to the definite references ("the peace treaty").
    /// </summary>
    private (int, int, int, Func<EntityMention?>)? DefiniteDocument(SentenceView view, GazetteerMatch?[] matches, int i)
    {
        var tokens = view.Tokens;
        if (run.Model.AgreementKind is not { } agreement || view.Key(i) != "the" || (i > 0 && tokens[i - 1].Kind == TokenKind.Possessive))
        {
            return null;
        }

        var first = i + 1;
        while (first < tokens.Length && UninformativeDocumentWords.Contains(view.Key(first)))
        {
            first++;
        }

        var head = LowercaseHead(view, matches, first, 6, k => k is "treaty" or "agreement" or "accord" or "pact" or "charter" or "memorandum" or "declaration" or "convention",
            k => IsDescribingWord(k) && !UninformativeDocumentWords.Contains(k), lowercaseAgreementForms: false, out var words);
        if (head < 0 || words < 2 || (head + 1 < tokens.Length && (tokens[head + 1].IsCapitalized || view.Key(head + 1) is "of" or "on" or "between" or "with" or "'s" or "’s")))
        {
            return null; // "the peace treaty between A and B", "the treaty on ...": the rules for described documents read them
        }

        var (f, l) = (first, head);
        return (f, l, PriorityPattern - 1, () =>
        {
            if (LinkedDescription(view, agreement, [], f, l, f, l) is { } linked)
            {
                return new EntityMention(f, l, linked.Id, FormKind.Alias, "described-link", 0.75);
            }

            var entity = run.NewEntity(view.Text(f, l), agreement, "definite-document", 0.65);
            run.NamedOnce.Add(entity.Id);
            return new EntityMention(f, l, entity.Id, FormKind.Name, "definite-document", 0.65);
        });
    }

    private static bool IsOpenQuote(string key) => key is "“" or "\"" or "«" or "‘";

    private static bool IsCloseQuote(string key) => key is "”" or "\"" or "»" or "’";

    /// <summary>The closing quote of one to five capitalized words opened at token <paramref name="open"/>, or null.</summary>
    private static int? QuoteEnd(SentenceView view, int open) => QuotedEnd(view, open, capitalized: true);

    /// <summary>"KNDS France", "ACME Armenia": an acronym no gazetteer knows, glued to a state's name, is a company (no part of that state).</summary>
    private (int, int, int, Func<EntityMention?>)? AcronymCompany(SentenceView view, GazetteerMatch?[] matches, int i)
    {
        var tokens = view.Tokens;
        if (!tokens[i].IsAcronym || matches[i] is not null || WordLists.NonBodyAcronyms.Contains(tokens[i].Key) || context.LongForm(tokens[i].Key) is not null
            || tokens[i].Text.Contains('.', StringComparison.Ordinal) || i + 1 >= tokens.Length || matches[i + 1] is not { } m || StateOf(m) is null
            || !m.Entries.All(x => x.Form is FormKind.Name or FormKind.Alias) || run.Model.OrganizationKind is not { } body
            || (i > 0 && tokens[i - 1].IsCapitalized && tokens[i - 1].IsWordLike && !IsSentenceStart(view, i - 1)))
        {
            return null;
        }

        var last = i + 1 + m.Count;
        if (last < tokens.Length && ((tokens[last].IsCapitalized && tokens[last].IsWordLike) || HeadKind(tokens[last].Key) is not null))
        {
            return null;
        }

        var l = last - 1;
        return (i, l, PriorityPattern, () =>
        {
            var entity = run.NewEntity(view.Text(i, l), body, "acronym-company", 0.7);
            run.NamedOnce.Add(entity.Id);
            return new EntityMention(i, l, entity.Id, FormKind.Name, "acronym-company", 0.7);
        });
    }

    /// <summary>
    /// "the ruling Civil Contract", "Civil Contract lawmakers": capitalized words without a head noun, no person's name, after
    /// "ruling" or "opposition" or before a lowercase noun for a party's members, name a party.
    /// </summary>
    private (int, int, int, Func<EntityMention?>)? PartyByContext(SentenceView view, GazetteerMatch?[] matches, int i)
    {
        var tokens = view.Tokens;
        if (run.Model.OrganizationKind is not { } body || !tokens[i].IsCapitalized || tokens[i].Kind != TokenKind.Word || tokens[i].IsAcronym
            || view.Reserved[i] || (i > 0 && tokens[i - 1].IsCapitalized && tokens[i - 1].IsWordLike && !IsSentenceStart(view, i - 1)))
        {
            return null;
        }

        var last = i;
        while (last + 1 < tokens.Length && last - i < 3 && tokens[last + 1] is { Kind: TokenKind.Word, IsCapitalized: true, IsAcronym: false } && !view.Reserved[last + 1])
        {
            last++;
        }

        var words = Enumerable.Range(i, last - i + 1).ToList();
        var afterModifier = WordLists.PartyModifiers.Contains(view.Key(i - 1));
        var beforeMembers = last + 1 < tokens.Length && WordLists.PartyMemberNouns.Contains(view.Key(last + 1)) && (!tokens[last + 1].IsCapitalized || tokens[last + 1].IsAcronym)
            && words.Count >= 2;
        if (!(afterModifier || beforeMembers)
            || words.Any(k => IsDateWord(tokens[k].Key) || HeadKind(tokens[k].Key) is not null || WordLists.LeadingStopwords.Contains(tokens[k].Key)
                || run.Model.TitleAt(tokens, k) is not null || WordLists.PersonNouns.Contains(tokens[k].Key) || WordLists.Honorifics.Contains(tokens[k].Key)
                || (matches[k] is { } km && (IsPersonMatch(km) || run.Entity(km.EntityIds[0]) is { } ke && ke.Kind != run.Model.StateKind)))
            || words.All(k => Covered(matches, k)) || (words.Count >= 2 && GivenNames.Contains(tokens[i].Key)) || (IsSentenceStart(view, i) && IsSentenceOpener(tokens[i].Key, person: true))
            || context.WritesLowercase(tokens[last].Key) && words.Count == 1)
        {
            return null;
        }

        var (f, l) = (i, last);
        return (f, l, PriorityPattern, () =>
        {
            var entity = run.NewEntity(view.Text(f, l), body, "party-context", 0.7);
            run.NamedOnce.Add(entity.Id); // a party's name says nothing of its parts
            return new EntityMention(f, l, entity.Id, FormKind.Name, "party-context", 0.7);
        });
    }

    /// <summary>
    /// "the government of Armenia announced": a state's government written in lowercase, as the actor (not after a preposition
    /// such as "assistance to the government of X", where it stands for the state), is the body "Government of X".
    /// </summary>
    private (int, int, int, Func<EntityMention?>)? LowercaseGovernment(SentenceView view, GazetteerMatch?[] matches, int i)
    {
        if (view.Key(i) != "government" || view.Tokens[i].IsCapitalized || view.Key(i - 1) != "the" || run.Model.OrganizationKind is not { } body
            || WordLists.Prepositions.Contains(view.Key(i - 2)) || InBetweenFormula(view, i) || StateAfterOf(view, matches, i) is not { } stateEnd)
        {
            return null;
        }

        var stateStart = StateStart(view, i);
        if (StateOf(matches[stateStart]!) is not { } state)
        {
            return null;
        }

        return (i, stateEnd, PriorityPattern, () => StateBodyMention(view, body, $"Government of {state.Name}", i, stateEnd, "government-of"));
    }

    /// <summary>
    /// "The Foreign Ministry in Baku summoned ...": a ministry named without its state, then "in" and a state's capital, is
    /// that state's ministry ("Foreign Ministry of Azerbaijan"), not a ministry of its own beside a city.
    /// </summary>
    private (int, int, int, Func<EntityMention?>)? MinistryInCapital(SentenceView view, GazetteerMatch?[] matches, int i)
    {
        var tokens = view.Tokens;
        if (view.Key(i) != "ministry" || !tokens[i].IsCapitalized || matches[i] is not null || view.Reserved[i] || run.Model.OrganizationKind is not { } body)
        {
            return null;
        }

        // "Foreign Ministry", "Defence Ministry" before; "Ministry of Foreign Affairs" after.
        var start = i;
        while (start > 0 && tokens[start - 1] is { Kind: TokenKind.Word, IsCapitalized: true } && matches[start - 1] is null && !IsSentenceStart(view, start - 1) && i - start < 2)
        {
            start--;
        }

        var end = i;
        if (view.Key(i + 1) == "of" && i + 3 < tokens.Length && tokens[i + 2].IsCapitalized && matches[i + 2] is null)
        {
            end = i + 2;
            while (end + 1 < tokens.Length && (tokens[end + 1].IsCapitalized || (view.Key(end + 1) == "and" && end + 2 < tokens.Length && tokens[end + 2].IsCapitalized)) && matches[end + 1] is null)
            {
                end++;
            }
        }

        if (view.Key(end + 1) != "in" || end + 2 >= tokens.Length || matches[end + 2] is not { EntityIds: [var stateId] } capital
            || !capital.Entries.All(e => e.Form == FormKind.Metonym) || run.Entity(stateId) is not { } state || state.Kind != run.Model.StateKind)
        {
            return null;
        }

        var (f, l, last) = (start, end, end + 1 + capital.Count);
        return (f, last, PriorityPattern, () => StateBodyMention(view, body, $"{view.Text(f, l)} of {state.Name}", f, last, "ministry-in-capital"));
    }

    /// <summary>
    /// "the Armenian government said", "according to the Armenian government": a state's government named by its demonym
    /// as the source of what the text reports is the body "Government of X", as readers list it; elsewhere ("talks with the
    /// Armenian government") it stands for the state.
    /// </summary>
    private (int, int, int, Func<EntityMention?>)? SpeakingGovernment(SentenceView view, GazetteerMatch?[] matches, int i)
    {
        if (view.Key(i) != "the" || i + 2 >= view.Tokens.Length || DemonymState(matches[i + 1]) is not { } state || view.Key(i + 2) != "government"
            || view.Tokens[i + 2].IsCapitalized || run.Model.OrganizationKind is not { } body)
        {
            return null;
        }

        var speaks = ClauseAnalyzer.SaysAt(view, i + 3);
        var source = view.Key(i - 1) == "to" && view.Key(i - 2) == "according";
        if (!speaks && !source)
        {
            return null;
        }

        var (f, l) = (i + 1, i + 2);
        return (f, l, PriorityPattern, () => StateBodyMention(view, body, $"Government of {state.Name}", f, l, "government-of"));
    }

    /// <summary>
    /// A state's body or document named "X of State": the graph's entity of that kind and name when there is exactly one,
    /// else a new one, with the text's words from <paramref name="first"/> to <paramref name="last"/> as its alias.
    /// </summary>
    private EntityMention StateBodyMention(SentenceView view, string kind, string name, int first, int last, string rule)
    {
        var known = run.Model.GraphForms(kind).Where(f => Canonical(f.Tokens) == Canonical(name)).Select(f => f.Entity).Distinct().ToList();
        if (known is [{ } graphEntity])
        {
            return new EntityMention(first, last, graphEntity.Id, FormKind.Alias, rule, 0.75);
        }

        // "the Ministry of Foreign Affairs of Uzbekistan ... the Uzbek foreign ministry": the body this text already named.
        if (NewBodyNamed(kind, Canonical(name)) is { } same)
        {
            run.AddAlias(same, view.Text(first, last));
            return new EntityMention(first, last, same.Id, FormKind.Alias, rule, 0.75);
        }

        var entity = run.NewEntity(name, kind, rule, 0.75, view.Text(first, last));
        return new EntityMention(first, last, entity.Id, FormKind.Name, rule, 0.75);
    }

    /// <summary>The one state a one-word match names by its demonym alone ("Armenian", "the Kazakh"), else null.</summary>
    private KnownEntity? DemonymState(GazetteerMatch? match) =>
        match is { Count: 1, EntityIds: [var id] } && match.Entries.All(e => e.Form == FormKind.Demonym) && run.Entity(id) is { } e && e.Kind == run.Model.StateKind ? e : null;

    /// <summary>The state a possessive before token <paramref name="core"/> names ("Kyrgyzstan's central bank"), with its first token.</summary>
    private (int First, KnownEntity State)? PossessiveState(SentenceView view, GazetteerMatch?[] matches, int core) =>
        core >= 2 && view.Tokens[core - 1].Kind == TokenKind.Possessive && PrecedingMatch(matches, core - 2) is { } owner && StateOf(owner) is { } possessor
            && owner.Entries.All(e => e.Form is FormKind.Name or FormKind.Alias)
            ? (owner.First, possessor)
            : null;

    /// <summary>
    /// A state's parliament or constitution named by description: "the Armenian parliament", "Armenia's Constitution", "the
    /// parliament of Georgia". It is the graph's body or document of that name ("Parliament of Armenia", also written
    /// "National Assembly") when there is one, else the new "Parliament of X" or "Constitution of X" (an agreement-kind
    /// document, as laws are). A constitution with a describing word before it ("the new constitution") is another document.
    /// </summary>
    private (int, int, int, Func<EntityMention?>)? StateInstitution(SentenceView view, GazetteerMatch?[] matches, int i)
    {
        var noun = view.Key(i);
        var kind = noun switch
        {
            "parliament" or "ministry" or "mfa" => run.Model.OrganizationKind,
            "constitution" => run.Model.AgreementKind,
            _ => null,
        };
        // "the MFA of Armenia", "the Russian MFA": the acronym is a state's foreign ministry, one per state, never one body
        // shared by every state the text names with it.
        var mfa = noun == "mfa" && view.Tokens[i].IsAcronym;
        if (kind is null || (matches[i] is not null && !mfa) || view.Reserved[i] || view.MentionAt(i) is not null || (noun == "ministry" && view.Tokens[i].IsCapitalized)
            || (noun == "mfa" && !mfa))
        {
            return null;
        }

        // "Uzbekistan's foreign ministry", "the Kazakh defence ministry": a lowercase portfolio before "ministry" names it.
        var portfolio = mfa ? "foreign"
            : noun == "ministry" && view.Key(i - 1) is "foreign" or "defence" or "defense" or "interior" or "justice" or "finance" or "economy" or "energy"
            && !view.Tokens[i - 1].IsCapitalized ? view.Key(i - 1) : null;
        if (noun == "ministry" && portfolio is null)
        {
            return null;
        }

        var core = portfolio is null || mfa ? i : i - 1;

        int first, last;
        KnownEntity? state;
        if ((portfolio is null || mfa) && StateAfterOf(view, matches, i) is { } stateEnd && view.Key(i - 1) == "the")
        {
            (first, last, state) = (i, stateEnd, StateOf(matches[StateStart(view, i)]!));
        }
        else if (PossessiveState(view, matches, core) is { } owned)
        {
            (first, last, state) = (owned.First, i, owned.State);
        }
        else if (core >= 2 && DemonymState(matches[core - 1]) is { } d && view.Key(core - 2) == "the")
        {
            (first, last, state) = (core - 1, i, d);
        }
        else
        {
            return null;
        }

        if (state is null)
        {
            return null;
        }

        var rule = noun == "parliament" ? "parliament-of" : noun is "ministry" or "mfa" ? "ministry-of" : "constitution-of";
        var head = portfolio is null ? noun : $"{portfolio} ministry";
        var name = $"{char.ToUpperInvariant(head[0])}{head[1..].Replace(" m", " M", StringComparison.Ordinal)} of {state.Name}";
        return (first, last, PriorityPattern, () => StateBodyMention(view, kind, name, first, last, rule));
    }

    /// <summary>
    /// A state's office named by description, with its state before it: "Kyrgyzstan's central bank", "the Tajik presidential
    /// press service", "the Kyrgyz President's press service", "Azerbaijan's General Prosecutor's Office", "the Turkish
    /// presidency said". It is named with its state ("Central Bank of Kyrgyzstan") and keeps the text's words as an alias.
    /// "Presidency" counts only as the speaker of a verb of saying ("the Turkish presidency said"), not as a term of office.
    /// </summary>
    private (int, int, int, Func<EntityMention?>)? StateOffice(SentenceView view, GazetteerMatch?[] matches, int i)
    {
        var noun = view.Key(i);
        if (matches[i] is not null || view.Reserved[i] || view.MentionAt(i) is not null || run.Model.OrganizationKind is not { } body)
        {
            return null;
        }

        var possessiveAt = (int k) => k >= 0 && k < view.Tokens.Length && view.Tokens[k].Kind == TokenKind.Possessive;
        int core;
        string name;
        switch (noun)
        {
            case "bank" when view.Key(i - 1) == "central":
                (core, name) = (i - 1, "Central Bank");
                break;
            case "service" when view.Key(i - 1) == "press":
                (core, name) = view.Key(i - 2) == "presidential" ? (i - 2, "Presidential Press Service")
                    : possessiveAt(i - 2) && view.Key(i - 3) == "president" ? (i - 3, "Presidential Press Service")
                    : (i - 1, "Press Service");
                break;
            case "presidency" when ClauseAnalyzer.SaysAt(view, i + 1):
                (core, name) = (i, "Presidency");
                break;
            case "office" when possessiveAt(i - 1) && view.Key(i - 2) == "prosecutor":
                (core, name) = (view.Key(i - 3) == "general" ? i - 3 : i - 2, "Prosecutor General's Office");
                break;
            case "office" when possessiveAt(i - 1) && view.Key(i - 2) == "general" && view.Key(i - 3) == "prosecutor":
                (core, name) = (i - 3, "Prosecutor General's Office");
                break;
            default:
                return null;
        }

        // The state: a possessive ("Kyrgyzstan's", "the country's" is left to others) or a demonym right before.
        KnownEntity? state = null;
        int first;
        var last = i;
        if (noun != "presidency" && StateAfterOf(view, matches, i) is { } stateEnd && matches[StateStart(view, i)] is { } after && StateOf(after) is { } ofState)
        {
            (first, last, state) = (core, stateEnd, ofState); // "the prosecutor general's office of Azerbaijan"
        }
        else if (PossessiveState(view, matches, core) is { } owned)
        {
            (first, state) = (owned.First, owned.State);
        }
        else if (core >= 1 && DemonymState(matches[core - 1]) is { } d)
        {
            (first, state) = (core - 1, d);
        }
        else
        {
            return null;
        }

        var (f, l, full) = (first, last, $"{name} of {state.Name}");
        return (f, l, PriorityPattern, () => StateBodyMention(view, body, full, f, l, "state-office"));
    }

    /// <summary>The gazetteer match that ends at token <paramref name="end"/>, if one does.</summary>
    private static GazetteerMatch? PrecedingMatch(GazetteerMatch?[] matches, int end)
    {
        for (var k = end; k >= Math.Max(0, end - 5); k--)
        {
            if (matches[k] is { } m && m.First + m.Count - 1 == end)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>
    /// "Three of X's four children—Ani, Davit and Mariam—": capitalized names right after a word of kinship that follows a
    /// possessive ("his son Davit") are persons, even named by a given name alone.
    /// </summary>
    private IEnumerable<(int, int, int, Func<EntityMention?>)> KinPersons(SentenceView view, GazetteerMatch?[] matches)
    {
        var tokens = view.Tokens;
        if (run.Model.PersonKind is not { } person)
        {
            yield break;
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].IsCapitalized || !WordLists.KinNouns.Contains(view.Key(i)))
            {
                continue;
            }

            var owned = Enumerable.Range(Math.Max(0, i - 3), Math.Min(3, i)).Any(k => view.Key(k) is "his" or "her" or "their" || tokens[k].Kind == TokenKind.Possessive);
            if (!owned)
            {
                continue;
            }

            var k = i + 1;
            if (view.Key(k) is "-" or "," or ":" or "—")
            {
                k++;
            }

            while (k < tokens.Length)
            {
                var last = k;
                while (last < tokens.Length && last - k < 3 && IsFreeNameToken(view, matches, last) && !GivenNamesExcluded(tokens[last].Key))
                {
                    last++;
                }

                if (last == k)
                {
                    break;
                }

                var (f, l) = (k, last - 1);
                yield return (f, l, PriorityPattern + 1, () => NewOrKnownPerson(view, f, l, person, "kin-person", 0.7));
                k = last;
                if (view.Key(k) == ",")
                {
                    k++;
                }

                if (view.Key(k) == "and")
                {
                    k++;
                }
                else if (view.Key(k - 1) != ",")
                {
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "Aliyev's office", "the Azerbaijani president's press service", "the Trump administration": a person's staff is a body
    /// of its own (one per person and noun in the text); the person's mention inside it is recorded, the body is the actor.
    /// </summary>
    private void StaffBodies(SentenceView view)
    {
        if (run.Model.OrganizationKind is not { } body)
        {
            return;
        }

        foreach (var m in view.Mentions.ToList())
        {
            // "Putin's office" met again through the document's gazetteer: the person inside is still named.
            if (staff.FirstOrDefault(x => x.Value == m.EntityId) is { Value: not null } owner
                && Enumerable.Range(m.First, m.Last - m.First + 1).FirstOrDefault(k => view.Tokens[k].Kind == TokenKind.Possessive, -1) is var p and > 0)
            {
                run.RecordMention(view, new EntityMention(m.First, p - 1, owner.Key.Person, FormKind.Alias, "described-part", 0.8));
                continue;
            }

            if (run.Entity(m.EntityId) is not { } person || !run.Model.IsPersonKind(person.Kind))
            {
                continue;
            }

            var possessive = m.Last + 1 < view.Tokens.Length && view.Tokens[m.Last + 1].Kind == TokenKind.Possessive;
            var k = possessive ? m.Last + 2 : m.Last + 1;

            // "Pashinian's administration", "Putin's government": a leader's government acts for his state, as readers list it;
            // a US president's administration stays a body of its own ("Trump's administration", "the Biden administration").
            if (possessive && view.Key(k) is "administration" or "government" && !view.Tokens[k].IsCapitalized && view.MentionAt(k) is null
                && run.Model.StatesServedBy(person).Distinct().ToList() is [{ } led] && led != "united-states" && run.Entity(led) is { } ledState)
            {
                run.RecordMention(view, m);
                view.Mentions.RemoveAll(x => x.First >= m.First && x.Last <= k);
                view.Mentions.Add(new EntityMention(m.First, k, ledState.Id, FormKind.Alias, "leader-government", 0.8));
                continue;
            }

            var two = view.Key(k) + " " + view.Key(k + 1);
            var end = WordLists.StaffNouns.Contains(two) ? k + 1 : WordLists.StaffNouns.Contains(view.Key(k)) ? k : -1;
            if (end < 0 || view.Tokens[k].IsCapitalized || (!possessive && view.Key(k) != "administration")
                || Enumerable.Range(k, end - k + 1).Any(x => view.MentionAt(x) is not null || view.Reserved[x]))
            {
                continue;
            }

            // "the Azerbaijani president's office": the state before a title belongs to the name.
            var first = view.Mentions.FirstOrDefault(x => x.Last == m.First - 1 && x.Form == FormKind.Demonym) is { } state ? state.First : m.First;
            var key = (person.Id, TextFold.Fold(view.Text(k, end)));
            if (!staff.TryGetValue(key, out var id))
            {
                var entity = run.NewEntity(view.Text(first, end), body, "person-staff", 0.75);
                run.NamedOnce.Add(entity.Id);
                staff[key] = id = entity.Id;
            }
            else if (run.Entity(id) is { } known)
            {
                run.AddAlias(known, view.Text(first, end));
            }

            run.RecordMention(view, m);
            view.Mentions.RemoveAll(x => x.First >= first && x.Last <= end);
            view.Mentions.Add(new EntityMention(first, end, id, FormKind.Name, "person-staff", 0.75));
            for (var r = first; r <= end; r++)
            {
                view.Reserved[r] = true;
            }
        }

        view.Mentions.Sort((a, b) => a.First.CompareTo(b.First));
    }

    /// <summary>Capitalized words after a word of kinship that are no name: months, sentence words.</summary>
    private static bool GivenNamesExcluded(string key) => WordLists.SentenceOpeners.Contains(key) || IsDateWord(key);

    [GeneratedRegex(@"\b(19|20)\d\d\b")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"(?<y>(19|20)\d\d)-(?<m>\d\d)-(?<d>\d\d)")]
    private static partial Regex IsoDatePattern();
}
