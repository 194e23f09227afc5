using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Definite descriptions that refer back to an entity named shortly before: "the alliance" (the last organization),
/// "the group" (the last organization whose name holds "group"), "the corridor" or "the planned link" (the last route),
/// "the treaty", "the document" (the last agreement), "the summit" (the last event named a summit), "the president" (the
/// last person with that office). The
/// referent must have been named in this paragraph or the two before it; otherwise the phrase stays unresolved.
/// </summary>
/// <remarks>
/// Resolution is deliberately narrow: a head noun names the kind; a specific head ("mission", "council", "treaty")
/// must occur in the referent's name or role, a generic one ("organization", "alliance", "document") takes the latest
/// entity of the kind. Up to two lowercase modifiers may stand between "the" and the head ("the Russian-led bloc", "the
/// planned link"); a name after the head ("the group of states", "the Treaty on ...") or a possessive before "the" stops it.
/// </remarks>
internal static class DefiniteReferences
{
    private enum Match
    {
        /// <summary>The head word must occur in the referent's name.</summary>
        InName,

        /// <summary>Any entity of the kind will do.</summary>
        AnyOfKind,

        /// <summary>The head word must occur in the referent's role.</summary>
        InRole,

        /// <summary>The head word must occur in the referent's role, and the role is not a head of government's ("the minister" is no prime minister).</summary>
        InRoleNotHead,

        /// <summary>A word must occur in the role of the one person of the text so far who holds such a role ("the head of state" when the text named one president).</summary>
        SoleInRole,
    }

    /// <summary>Head nouns by the kind they refer to and how they must match.</summary>
    private static readonly FrozenDictionary<string, (Func<ExtractorModel, string?> Kind, Match Match, string[] Words)> Heads =
        new Dictionary<string, (Func<ExtractorModel, string?>, Match, string[])>(StringComparer.Ordinal)
        {
            ["organization"] = (m => m.OrganizationKind, Match.AnyOfKind, []),
            ["organisation"] = (m => m.OrganizationKind, Match.AnyOfKind, []),
            ["alliance"] = (m => m.OrganizationKind, Match.AnyOfKind, []),
            ["bloc"] = (m => m.OrganizationKind, Match.AnyOfKind, []),
            ["group"] = (m => m.OrganizationKind, Match.InName, ["group"]),
            ["mission"] = (m => m.OrganizationKind, Match.InName, ["mission"]),
            ["council"] = (m => m.OrganizationKind, Match.InName, ["council"]),
            ["commission"] = (m => m.OrganizationKind, Match.InName, ["commission"]),
            ["committee"] = (m => m.OrganizationKind, Match.InName, ["committee"]),
            ["ministry"] = (m => m.OrganizationKind, Match.InName, ["ministry"]),
            ["agency"] = (m => m.OrganizationKind, Match.InName, ["agency"]),
            ["union"] = (m => m.OrganizationKind, Match.InName, ["union"]),
            ["treaty"] = (m => m.AgreementKind, Match.InName, ["treaty"]),
            ["agreement"] = (m => m.AgreementKind, Match.InName, ["agreement"]),
            ["charter"] = (m => m.AgreementKind, Match.InName, ["charter"]),
            ["declaration"] = (m => m.AgreementKind, Match.InName, ["declaration"]),
            ["memorandum"] = (m => m.AgreementKind, Match.InName, ["memorandum"]),
            ["accord"] = (m => m.AgreementKind, Match.InName, ["accord"]),
            ["pact"] = (m => m.AgreementKind, Match.AnyOfKind, []),
            ["document"] = (m => m.AgreementKind, Match.AnyOfKind, []),
            ["corridor"] = (m => m.PlaceKind, Match.InName, ["corridor", "route", "road", "link", "railway", "highway"]),
            ["route"] = (m => m.PlaceKind, Match.InName, ["corridor", "route", "road", "link", "railway", "highway"]),
            ["road"] = (m => m.PlaceKind, Match.InName, ["corridor", "route", "road", "link", "highway"]),
            ["link"] = (m => m.PlaceKind, Match.InName, ["corridor", "route", "road", "link", "railway", "highway"]),
            ["summit"] = (m => m.EventKind, Match.InName, ["summit"]),
            ["meeting"] = (m => m.EventKind, Match.InName, ["meeting"]),
            ["conference"] = (m => m.EventKind, Match.InName, ["conference"]),
            ["forum"] = (m => m.EventKind, Match.InName, ["forum"]),
            ["session"] = (m => m.EventKind, Match.InName, ["session"]),
            ["president"] = (m => m.OfficialKind, Match.InRole, ["president"]),
            ["chancellor"] = (m => m.OfficialKind, Match.InRole, ["chancellor"]),
            ["premier"] = (m => m.OfficialKind, Match.InRole, ["prime minister", "premier"]),
            ["speaker"] = (m => m.OfficialKind, Match.InRole, ["speaker"]),
            ["spokesman"] = (m => m.OfficialKind, Match.InRole, ["spokesman", "spokesperson", "spokeswoman"]),
            ["spokeswoman"] = (m => m.OfficialKind, Match.InRole, ["spokeswoman", "spokesperson", "spokesman"]),
            ["minister"] = (m => m.OfficialKind, Match.InRoleNotHead, ["minister"]),
            ["ambassador"] = (m => m.OfficialKind, Match.InRole, ["ambassador"]),
            ["senator"] = (m => m.OfficialKind, Match.InRole, ["senator"]),
            ["congressman"] = (m => m.OfficialKind, Match.InRole, ["congressman"]),
            ["congresswoman"] = (m => m.OfficialKind, Match.InRole, ["congresswoman"]),
            ["envoy"] = (m => m.OfficialKind, Match.InRole, ["envoy", "special representative"]),
            ["commissioner"] = (m => m.OfficialKind, Match.InRole, ["commissioner"]),
            ["chairman"] = (m => m.OfficialKind, Match.InRole, ["chairman", "chairperson"]),
            ["chairwoman"] = (m => m.OfficialKind, Match.InRole, ["chairwoman", "chairperson"]),
            ["emir"] = (m => m.OfficialKind, Match.InRole, ["emir"]),
            ["king"] = (m => m.OfficialKind, Match.InRole, ["king"]),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Two-word heads that are one office: "the prime minister", "the foreign minister".</summary>
    private static readonly FrozenDictionary<string, string[]> Offices = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["prime minister"] = ["prime minister"],
        ["foreign minister"] = ["foreign minister", "minister of foreign affairs"],
        ["defence minister"] = ["defence minister", "defense minister", "minister of defence", "minister of defense"],
        ["defense minister"] = ["defence minister", "defense minister", "minister of defence", "minister of defense"],
        ["secretary general"] = ["secretary general", "secretary-general"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Three-word heads that are one office: "the head of state", "the secretary of state".</summary>
    private static readonly FrozenDictionary<string, string[]> LongOffices = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["head of state"] = ["president", "king", "emir", "sultan", "monarch", "supreme leader", "head of state"],
        ["head of government"] = ["prime minister", "premier", "chancellor", "head of government"],
        ["secretary of state"] = ["secretary of state"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Adds a mention for each definite description of the sentence that has a referent.</summary>
    /// <param name="run">The run: its entities and where each was last named.</param>
    /// <param name="view">The sentence, with its other mentions already found.</param>
    public static void Resolve(DocumentRun run, SentenceView view)
    {
        var added = false;
        for (var i = 0; i + 1 < view.Tokens.Length; i++)
        {
            if (view.Key(i) != "the" || view.MentionAt(i) is not null || view.Reserved[i] || (i > 0 && view.Tokens[i - 1].Kind == TokenKind.Possessive))
            {
                continue;
            }

            if (RegionalState(run, view, i) is { } regional)
            {
                view.Mentions.RemoveAll(m => m.First >= regional.First && m.Last <= regional.Last); // "South Caucasus" inside is no place of its own here
                view.Mentions.Add(regional);
                added = true;
                i = regional.Last;
                continue;
            }

            if (Head(run.Model, view, i) is not { } head)
            {
                continue;
            }

            var (first, last, referent) = head;

            // "the previous summit", "the next meeting": another gathering than the one the text has named.
            if (referent.Match == Match.InName && Enumerable.Range(i + 1, Math.Max(0, last - i - 1)).Any(k => view.Key(k) is "previous" or "next" or "upcoming" or "following" or "earlier" or "forthcoming")
                && view.Key(last) is "summit" or "meeting" or "conference" or "forum" or "session" or "talks" or "round")
            {
                continue;
            }

            // "the peace treaty" is not the partnership treaty named before: a describing word must be in the referent's name.
            var describing = referent.Match == Match.InName
                ? Enumerable.Range(i + 1, Math.Max(0, first == i ? last - i - 1 : 0)).Select(view.Key).Where(IsTelling).ToArray()
                : [];
            var target = Referent(run, view, first, referent.Kind, referent.Match, referent.Words, describing);
            if (target is null || OtherParty(run, view, last, target) || OtherPlace(run, view, last, target))
            {
                continue;
            }

            view.Mentions.Add(new EntityMention(first, last, target, FormKind.Alias, "definite-reference", 0.75));
            added = true;
            i = last;
        }

        if (added)
        {
            view.Mentions.Sort((a, b) => a.First.CompareTo(b.First));
        }
    }

    /// <summary>The states a region's name or adjective before "country", "nation", "republic" or "state" stands for, by ISO 3166 alpha-2 code.</summary>
    private static readonly FrozenDictionary<string, string[]> RegionStates = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["south caucasus"] = ["AM", "AZ", "GE"],
        ["south caucasian"] = ["AM", "AZ", "GE"],
        ["caucasus"] = ["AM", "AZ", "GE"],
        ["caucasian"] = ["AM", "AZ", "GE"],
        ["transcaucasian"] = ["AM", "AZ", "GE"],
        ["central asian"] = ["KZ", "KG", "TJ", "TM", "UZ"],
        ["central asia"] = ["KZ", "KG", "TJ", "TM", "UZ"],
        ["baltic"] = ["EE", "LV", "LT"],
        ["gulf"] = ["SA", "AE", "QA", "KW", "BH", "OM"],
        ["caspian"] = ["AZ", "IR", "KZ", "RU", "TM"],
        ["balkan"] = ["AL", "BA", "BG", "HR", "ME", "MK", "RS", "SI"],
        ["post-soviet"] = ["AM", "AZ", "BY", "EE", "GE", "KZ", "KG", "LV", "LT", "MD", "RU", "TJ", "TM", "UA", "UZ"],
        ["former soviet"] = ["AM", "AZ", "BY", "EE", "GE", "KZ", "KG", "LV", "LT", "MD", "RU", "TJ", "TM", "UA", "UZ"],
        ["ex-soviet"] = ["AM", "AZ", "BY", "EE", "GE", "KZ", "KG", "LV", "LT", "MD", "RU", "TJ", "TM", "UA", "UZ"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// "visited the South Caucasus country", "the gas-rich Central Asian republic", "the country in the South Caucasus": a state
    /// described by its region refers back to the latest state of that region named in this sentence or in this paragraph or the
    /// two before it; null when the words are no such description or no state of the region was named.
    /// </summary>
    private static EntityMention? RegionalState(DocumentRun run, SentenceView view, int the)
    {
        // "the country in the South Caucasus", "the republic in Central Asia": the region after the head.
        if (view.Key(the + 1) is "country" or "nation" or "republic" or "state" && view.Key(the + 2) == "in")
        {
            var at = view.Key(the + 3) == "the" ? the + 4 : the + 3;
            for (var length = 2; length >= 1; length--)
            {
                if (RegionStates.TryGetValue(string.Join(' ', Enumerable.Range(at, length).Select(view.Key)), out var after))
                {
                    return RegionReferent(run, view, the, at + length - 1, after);
                }
            }

            return null;
        }

        var k = the + 1;
        var modifiers = 0;
        while (k < view.Tokens.Length && modifiers < 2 && view.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } t && !RegionStates.ContainsKey(t.Key)
            && !WordLists.Prepositions.Contains(t.Key) && !WordLists.BeAuxiliaries.Contains(t.Key) && t.Key is not ("and" or "or" or "other" or "two" or "three" or "both"))
        {
            k++; // "the small", "the gas-rich"
            modifiers++;
        }

        // The head within a few words; the region's words end right before it ("the ex-Soviet Central Asian country": the
        // last words that name a region decide, the ones before may qualify it).
        var head = k;
        while (head < view.Tokens.Length && head - k < 5 && view.Key(head) is not ("country" or "nation" or "republic" or "state")
            && ((view.Tokens[head] is { Kind: TokenKind.Word, IsCapitalized: true } && (view.MentionAt(head) is not { } named || run.Entity(named.EntityId)?.Kind == run.Model.PlaceKind))
                || view.Key(head) is "-" or "former" or "ex" or "post" or "ex-soviet" or "post-soviet"))
        {
            head++;
        }

        if (head >= view.Tokens.Length || head == k || view.Key(head) is not ("country" or "nation" or "republic" or "state")
            || view.Key(head + 1) is "of" or "'s" or "’s" || (head + 1 < view.Tokens.Length && view.Tokens[head + 1].IsCapitalized && view.Tokens[head + 1].Kind == TokenKind.Word))
        {
            return null;
        }

        for (var from = Math.Max(k, head - 3); from < head; from++)
        {
            var region = string.Join(' ', Enumerable.Range(from, head - from).Select(view.Key)).Replace(" - ", "-", StringComparison.Ordinal);
            if (!RegionStates.TryGetValue(region, out var codes))
            {
                continue;
            }

            return RegionReferent(run, view, the, head, codes);
        }

        return null;
    }

    /// <summary>
    /// The latest state of a region (by ISO 3166 alpha-2 codes) named before <paramref name="the"/> in this sentence, else in
    /// this paragraph or the two before it, as a mention of <paramref name="the"/>..<paramref name="last"/>; null if none.
    /// </summary>
    private static EntityMention? RegionReferent(DocumentRun run, SentenceView view, int the, int last, string[] codes)
    {
        bool Fits(KnownEntity e) => e.Kind == run.Model.StateKind && e.IsoAlpha2 is { } code && codes.Contains(code);
        var target = view.Mentions.Where(m => m.CanBeArgument && m.Last < the && run.Entity(m.EntityId) is { } e && Fits(e)).Select(m => m.EntityId).LastOrDefault()
            ?? run.LastNamed(Fits, view.Sentence.Paragraph - 2);
        return target is null ? null : new EntityMention(the, last, target, FormKind.Alias, "definite-reference", 0.75);
    }

    /// <summary>
    /// "the agency's head", "the alliance's secretary general": the body a possessive description before an office title
    /// refers back to, as a mention of "the" and the head; null when the words are no such description or nothing fits.
    /// </summary>
    /// <param name="run">The run: its entities and where each was last named.</param>
    /// <param name="view">The sentence.</param>
    /// <param name="possessive">The index of the possessive token after the head noun.</param>
    public static EntityMention? BodyBeforePossessive(DocumentRun run, SentenceView view, int possessive)
    {
        var head = possessive - 1;
        if (head < 1 || view.Tokens[possessive].Kind != TokenKind.Possessive || view.Key(head - 1) != "the" || view.Reserved[head] || view.Reserved[head - 1]
            || !Heads.TryGetValue(view.Key(head), out var h) || h.Kind(run.Model) is not { } kind || kind != run.Model.OrganizationKind)
        {
            return null;
        }

        return Referent(run, view, head - 1, kind, h.Match, h.Words) is { } target
            ? new EntityMention(head - 1, head, target, FormKind.Alias, "definite-reference", 0.75)
            : null;
    }

    private static (int First, int Last, (string? Kind, Match Match, string[] Words) Referent)? Head(ExtractorModel model, SentenceView view, int the)
    {
        var reach = the + 3;
        for (var k = the + 1; k <= Math.Min(view.Tokens.Length - 1, reach); k++)
        {
            // "the Moscow-led military alliance": a name qualifying the head through a hyphenated participle is a modifier.
            if (view.MentionAt(k) is { } qualifier && view.Key(qualifier.Last + 1) == "-" && view.Key(qualifier.Last + 2) is "led" or "backed" or "dominated" or "brokered" or "sponsored" or "based")
            {
                reach += qualifier.Last + 2 - k;
                k = qualifier.Last + 2;
                continue;
            }

            var t = view.Tokens[k];
            // "The Summit was attended by": a capitalized head right after "the" that no name continues still refers back.
            var capitalizedHead = t.IsCapitalized && k == the + 1 && Heads.ContainsKey(t.Key)
                && !(k + 1 < view.Tokens.Length && (view.Tokens[k + 1].IsCapitalized || view.Key(k + 1) is "of" or "on" or "for" or "between"));
            if (view.MentionAt(k) is not null || view.Reserved[k] || t.Kind != TokenKind.Word || (t.IsCapitalized && !capitalizedHead))
            {
                return null;
            }

            var two = k + 1 < view.Tokens.Length ? t.Key + " " + view.Key(k + 1) : string.Empty;
            var end = -1;
            var three = k + 2 < view.Tokens.Length ? two + " " + view.Key(k + 2) : string.Empty;
            (Func<ExtractorModel, string?> Kind, Match Match, string[] Words)? found = null;
            if (LongOffices.TryGetValue(three, out var longRoles))
            {
                // "The head of state" in a readout of two presidents' talks is either of them: only a sole holder is meant.
                found = (m => m.OfficialKind, Match.SoleInRole, longRoles);
                end = k + 2;
            }
            else if (Offices.TryGetValue(two, out var roles))
            {
                found = (m => m.OfficialKind, Match.InRole, roles);
                end = k + 1;
            }
            else if (Heads.TryGetValue(t.Key, out var h))
            {
                found = h;
                end = k;
            }

            if (found is { } f)
            {
                // "the group of states", "the Treaty on ...", "the president's office" stay as they are ("the alliance's leading
                // member" refers back).
                var next = view.Key(end + 1);
                var membersOf = next is "'s" or "’s" && (view.Key(end + 2) is "member" or "members" || (view.Key(end + 3) is "member" or "members" && !view.Tokens[end + 2].IsCapitalized));

                // "condemned the prime minister's announcement": an office holder's act or words refer back to the holder.
                var conductOf = next is "'s" or "’s" && f.Match is Match.InRole or Match.InRoleNotHead && ClauseAnalyzer.IsConductNoun(view.Key(end + 2));
                if (!membersOf && !conductOf && (next is "of" or "'s" or "’s" || (end + 1 < view.Tokens.Length && view.Tokens[end + 1].IsCapitalized && view.Tokens[end + 1].Kind == TokenKind.Word)))
                {
                    return null;
                }

                return (the, end, (f.Kind(model), f.Match, f.Words));
            }

            // Only modifiers may come between "the" and the head: adjectives, participles, hyphenated words.
            if (WordLists.Prepositions.Contains(t.Key) || WordLists.BeAuxiliaries.Contains(t.Key) || t.Key is "and" or "or")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether a word between "the" and the head says which one is meant ("peace"), not how it is ("new", "planned").</summary>
    private static bool IsTelling(string key) =>
        key.Length > 2 && key != "-" && !(key is "new" or "planned" or "proposed" or "draft" or "future" or "final" or "historic" or "landmark" or "long-awaited"
            or "current" or "said" or "same" or "whole" or "entire" or "full" or "latest" or "previous" or "initialled" or "initialed" or "signed" or "unsigned"
            or "bilateral" or "trilateral" or "joint" or "so-called" or "relevant" or "upcoming" or "recent" or "last" or "next" or "first" or "second"
            or "permanent" or "comprehensive" or "important" or "key" or "possible" or "potential" or "eventual")
        && !key.EndsWith("ly", StringComparison.Ordinal);

    /// <summary>
    /// "Georgia signed the agreement with the European Union" after an Armenia-Iran agreement: a document described by a
    /// party of its own ("with X", "between X and ...") is not the last one named unless X is in that one's name.
    /// </summary>
    private static bool OtherParty(DocumentRun run, SentenceView view, int last, string target)
    {
        if (run.Entity(target) is not { } referent || referent.Kind != run.Model.AgreementKind || view.Key(last + 1) is not ("with" or "between"))
        {
            return false;
        }

        var at = view.Key(last + 2) == "the" ? last + 3 : last + 2;
        if (view.MentionStartingAt(at) is not { } party || run.Entity(party.EntityId) is not { } named)
        {
            return false;
        }

        var forms = referent.Aliases.Prepend(referent.Name).Select(TextFold.Fold).ToList();
        return !named.Aliases.Prepend(named.Name).Append(view.Text(party.First, party.Last))
            .Select(TextFold.Fold).Any(n => forms.Any(f => f.Contains(n, StringComparison.Ordinal)));
    }

    /// <summary>
    /// "Aliyev skipped the summit in Kazan" after "the CSTO summit in Minsk": an event described by a place of its own is not
    /// the last one named when the text placed that one elsewhere.
    /// </summary>
    private static bool OtherPlace(DocumentRun run, SentenceView view, int last, string target)
    {
        if (run.Entity(target) is not { } referent || referent.Kind != run.Model.EventKind || view.Key(last + 1) != "in"
            || view.MentionStartingAt(last + 2) is not { } place)
        {
            return false;
        }

        return run.Views.Where(v => v != view).Any(v => v.Mentions.Any(m => m.EntityId == target && v.Key(m.Last + 1) == "in"
            && v.MentionStartingAt(m.Last + 2) is { } earlier && earlier.EntityId != place.EntityId));
    }

    private static string? Referent(DocumentRun run, SentenceView view, int at, string? kind, Match match, string[] words, string[]? describing = null)
    {
        if (kind is null)
        {
            return null;
        }

        bool Tells(KnownEntity e) => describing is null || describing.All(d => TextFold.Fold(e.Name).Contains(d, StringComparison.Ordinal)
            || e.Aliases.Any(a => TextFold.Fold(a).Contains(d, StringComparison.Ordinal)));

        bool Fits(KnownEntity e) => e.Kind == kind && Tells(e) && match switch
        {
            Match.InName => words.Any(w => TextFold.Fold(e.Name).Contains(w, StringComparison.Ordinal) || e.Aliases.Any(a => TextFold.Fold(a).Contains(w, StringComparison.Ordinal))),
            Match.InRole or Match.SoleInRole => e.Role is { } role && words.Any(w => TextFold.Fold(role).Contains(w, StringComparison.Ordinal)),
            Match.InRoleNotHead => e.Role is { } role && TextFold.Fold(role) is var folded && words.Any(w => folded.Contains(w, StringComparison.Ordinal))
                && !folded.Contains("prime minister", StringComparison.Ordinal),
            _ => true,
        };

        if (match == Match.SoleInRole)
        {
            return run.MentionedIds.Select(run.Entity).Where(e => e is not null && Fits(e)).Select(e => e!.Id).Distinct(StringComparer.Ordinal).ToList() is [var sole]
                ? sole
                : null;
        }

        // Named before it in this sentence, or in this paragraph or the two before it: the latest such entity.
        return view.Mentions.Where(m => m.CanBeArgument && m.Last < at && run.Entity(m.EntityId) is { } e && Fits(e)).Select(m => m.EntityId).LastOrDefault()
            ?? run.LastNamed(Fits, view.Sentence.Paragraph - 2);
    }
}
