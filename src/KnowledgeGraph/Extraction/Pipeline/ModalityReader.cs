using System.Collections.Frozen;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction;

/// <summary>What the text's modality says about one trigger: the certainty, the named modality and the cue words.</summary>
/// <param name="Certainty">Stated, reported, hedged, hypothetical or denied.</param>
/// <param name="Kind">The modality, or <see langword="null"/> for a plain statement.</param>
/// <param name="Cue">The words that set it, or <see langword="null"/>.</param>
internal readonly record struct ModalityReading(Certainty Certainty, ModalityKind? Kind, string? Cue)
{
    /// <summary>Gets the token of a request cue ("appealed to X to dissolve"), or -1 when the intent is not a request.</summary>
    public int RequestCue { get; init; } = -1;

    public static readonly ModalityReading Stated = new(Certainty.Stated, null, null);

    /// <summary>Gets whether the reading lets the relation stand as a done fact (stated or reported).</summary>
    public bool IsFact => Certainty is Certainty.Stated or Certainty.Reported;
}

/// <summary>
/// Reads the text's own modality around a trigger, most restrictive first: denial ("allegations that ... were
/// denied", "denied that"), negation ("did not sign", "refused to meet", "has yet to sign"), readiness ("ready to",
/// "confirmed readiness to"), intent ("intends to", "decided to", "pledged to"), plans and the future ("plans to",
/// "will", "scheduled"), conditions ("if", "unless"), ability ("can", "able to"), possibility ("could", "possible"),
/// hedges ("appears", "suggests") and attribution ("said that", "according to"). Anything but stated or reported is
/// never a done fact.
/// </summary>
internal static class ModalityReader
{
    /// <summary>Nouns and adjectives of readiness ("poised to sign", "open to normalizing"); all of them govern the trigger through "to" or "for".</summary>
    private static readonly FrozenSet<string> Readiness = Set("ready", "readiness", "willing", "willingness", "prepared", "preparedness", "poised", "open");

    /// <summary>Words of unwillingness: "reluctant to receive Putin" says he is not received.</summary>
    private static readonly FrozenSet<string> Reluctance = Set("reluctant", "reluctance", "unwilling", "unwillingness", "hesitant", "hesitance", "loath", "averse");

    /// <summary>
    /// Words of intent; they govern the trigger through "to" ("intends to apply", "intention to sign"). A decision is not
    /// among them: "the Council decided to suspend X", "Armenia's decision to freeze its participation" report the act as
    /// taken, as readers of news do.
    /// </summary>
    private static readonly FrozenSet<string> Intent = Set(
        "intend", "intends", "intended", "intending", "intention", "intentions", "intent", "aim", "aims", "aiming", "seek", "seeks",
        "sought", "seeking", "trying", "attempting", "striving", "strives", "want", "wants", "wanted", "hope", "hopes", "hoped", "hoping", "pledge", "pledged", "pledges", "promise",
        "promised", "promises", "vow", "vowed", "vows", "offer", "offered", "offers",
        "propose", "proposed", "proposes", "proposal", "proposals", "suggestion", "suggestions", "talks", "negotiations", "negotiating", "agreed", "agree", "agrees", "try", "tries", "tried", "attempt", "attempted", "attempts",
        "bid", "bidding", "effort", "efforts", "notification", "notice", "application", "applied", "apply", "applies", "applying", "candidacy", "candidate", "candidates", "motion", "determined", "determination", "wish", "wishes", "desire", "goal", "push", "pushed", "pushing", "drive", "quest", "ambition", "ambitions", "aspiration", "aspirations", "aspire", "aspires", "aspired",
        "urged", "urges", "called", "calls", "asked", "invited", "committed", "commitment", "threatened", "threatens", "threaten", "threatening", "threat", "threats");

    /// <summary>Words of absence; they deny only the noun they take ("lacks diplomatic ties"), see <see cref="LackBefore"/>.</summary>
    private static readonly FrozenSet<string> Lack = Set("lack", "lacks", "lacked", "lacking", "absence", "absent");

    /// <summary>Words that may stand between a word of absence and the noun it denies: "the absence of any official relations".</summary>
    private static readonly FrozenSet<string> LackFillers = Set("of", "a", "an", "any", "diplomatic", "official", "formal", "direct", "bilateral", "normal", "full");

    /// <summary>
    /// A word of absence right before the trigger, with only fillers between ("lacks diplomatic ties", "the absence of a meeting", "the absence of
    /// official relations"); -1 if none. "The lack of progress in the talks" does not deny the talks.
    /// </summary>
    private static int LackBefore(SentenceView view, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 4); k--)
        {
            if (Lack.Contains(view.Key(k)))
            {
                return k;
            }

            if (!LackFillers.Contains(view.Key(k)))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Words of a decision; see <see cref="TripVerbs"/>.</summary>
    private static readonly FrozenSet<string> Decisions = Set("decision", "decided", "decides", "decide");

    /// <summary>Bare verbs of going somewhere or meeting someone: what a decision governs of them is a plan.</summary>
    private static readonly FrozenSet<string> TripVerbs = Set("visit", "travel", "attend", "go", "fly", "meet", "receive", "host", "hold");

    /// <summary>Words that call an allegation untrue: "reports that X happened were false".</summary>
    private static readonly FrozenSet<string> FalsityWords = Set("false", "untrue", "baseless", "unfounded", "groundless", "fake", "fabricated");

    /// <summary>Requests: what they govern through "to" is asked for ("a joint appeal to abolish the group", "asked the EU to deploy").</summary>
    private static readonly FrozenSet<string> RequestCues = Set(
        "appeal", "appeals", "appealed", "appealing", "request", "requests", "requested", "requesting", "ask", "asks", "asked", "asking",
        "urge", "urges", "urged", "urging", "petition", "petitioned", "call", "calls", "called", "calling");

    /// <summary>Verbs of inviting: "invited X to visit" asks for the visit without demanding it.</summary>
    private static readonly FrozenSet<string> InvitationCues = Set("invite", "invites", "invited", "inviting");

    /// <summary>
    /// Verbs of persuasion: like requests, but only with the one persuaded named before the "to" ("came to persuade Kazakh
    /// officials to join"; "presses its drive to join" asks no one). Welcoming someone to act invites the act ("welcomed
    /// Moldova to join the forum"), when "to" follows the name ("welcomed Armenia's decision to leave" reports the decision).
    /// </summary>
    private static readonly FrozenSet<string> PersuasionCues = Set(
        "persuade", "persuades", "persuaded", "persuading", "convince", "convinces", "convinced", "convincing", "encourage", "encourages",
        "encouraged", "encouraging", "press", "presses", "pressed", "pressing", "pressure", "pressures", "pressured", "pressuring",
        "lobby", "lobbies", "lobbied", "lobbying", "induce", "induced", "coax", "coaxed", "welcome", "welcomes", "welcomed", "welcoming");

    /// <summary>Words of plans and the future.</summary>
    private static readonly FrozenSet<string> Plan = Set(
        "plan", "plans", "planned", "planning", "scheduled", "envisaged", "envisages", "envisioned", "envisions", "envisage", "expected",
        "expects", "set", "due", "supposed", "upcoming", "forthcoming", "next", "future", "prospective", "aspiring", "would-be", "will", "would", "shall", "going", "draft", "prepare",
        "prepares", "preparing", "preparation", "preparations", "ahead", "drafting", "to-be", "mandates", "mandating", "obliges", "obliging", "expectation", "expectations", "track");

    private static readonly FrozenSet<string> Ability = Set("can", "able", "ability", "capable", "capacity", "allowed", "authorized", "empowered");

    private static readonly FrozenSet<string> Possibility = Set(
        "could", "might", "may", "possible", "possibly", "possibility", "potential", "potentially", "perhaps", "maybe", "prospect",
        "prospects", "chance", "option", "whether", "hypothetical", "unlikely", "risk", "considering", "consideration", "should");

    private static readonly FrozenSet<string> Conditions = Set("if", "unless", "provided", "providing", "once", "condition", "conditional", "conditioned");

    /// <summary>Demands, requests and conditions whose content follows "that": "a demand that Armenia amend its constitution", "insisted that B withdraw".</summary>
    private static readonly FrozenSet<string> DemandCues = Set(
        "demand", "demands", "demanded", "demanding", "insist", "insists", "insisted", "insisting", "urge", "urges", "urged", "request",
        "requests", "requested", "requesting", "ask", "asks", "asked", "proposal", "proposals", "proposed", "suggestion", "suggested",
        "condition", "conditions", "precondition", "preconditions", "prerequisite", "prerequisites", "requirement", "requirements", "require",
        "requires", "required", "expectation", "expectations", "wish", "hope", "hopes", "hoped");

    /// <summary>Modal verbs of obligation: "conditions must be met before signing" states no signing.</summary>
    private static readonly FrozenSet<string> Obligation = Set("must", "ought", "needs", "need", "needed");

    /// <summary>Words that deny the act of the trigger they precede in its clause.</summary>
    private static readonly FrozenSet<string> Negation = Set(
        "not", "never", "no", "n't", "neither", "nor", "without", "refrained", "refrain", "refrains", "refuses", "refused", "refuse",
        "refusal", "refusing", "failed", "fails", "fail", "failing", "cannot", "declined", "declines", "declining", "yet", "unsigned", "unable");

    /// <summary>
    /// Whether the token at <paramref name="k"/> lies in an aside that closes before the trigger at <paramref name="first"/>:
    /// "Pashinyan, who has never hidden his anger, met Putin" ("never" is the aside's own).
    /// </summary>
    private static bool InClosedAside(SentenceView view, int k, int first) =>
        Enumerable.Range(k + 1, Math.Max(0, first - k - 1)).Any(j => view.Key(j) == ",") && AsideOpener(view, k, 8) >= 0;

    /// <summary>
    /// A word of interest that governs the trigger at <paramref name="first"/> through "in" or "on" ("interest in joining",
    /// "interested in further enhancing", "keen on buying", "has set its sights on joining"): the cue's words, or null. The
    /// trigger is a gerund, or a noun a gerund governs within three words ("interest in enhancing defense ties").
    /// </summary>
    private static string? InterestIn(SentenceView view, int first)
    {
        for (var k = first - 1; k >= Math.Max(1, first - 5); k--)
        {
            if (view.Key(k) is "," or ";" or "." || view.MentionAt(k) is not null)
            {
                return null;
            }

            if (view.Key(k) is "in" or "on" && view.Key(k - 1) is "interest" or "interests" or "interested" or "keen" or "eager" or "sights"
                && Enumerable.Range(k + 1, first - k).Any(j => view.Key(j).EndsWith("ing", StringComparison.Ordinal)))
            {
                return view.Text(k - 1, k);
            }
        }

        return null;
    }

    /// <summary>
    /// The "which", "who" or "whose" after a comma that opens the aside holding the token at <paramref name="at"/> ("the
    /// corridor, which links A with B"), at most <paramref name="reach"/> tokens before it and with no comma, colon or stop
    /// between; -1 if none.
    /// </summary>
    private static int AsideOpener(SentenceView view, int at, int reach)
    {
        for (var k = at - 1; k >= Math.Max(1, at - reach); k--)
        {
            if (view.Key(k) is "which" or "who" or "whose" && view.Key(k - 1) == ",")
            {
                return k;
            }

            if (view.Key(k) is "," or ";" or ":" or ".")
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "After the failed coup, X visited Y", "despite failed talks", "the failed talks between A and B": "failed" or "failing"
    /// before a noun describes it (failed talks were held) and negates nothing; as a verb it negates what it governs ("failed
    /// to sign", "has failed once again to meet", "failed in his bid to visit").
    /// </summary>
    private static bool FailedAsAdjective(SentenceView view, int k, int first) =>
        view.Key(k) is "failed" or "failing" && k + 1 <= first && view.Key(k + 1) is not ("to" or "in" or "at") && view.Tokens[k + 1].Kind == TokenKind.Word
            && !WordLists.BeAuxiliaries.Contains(view.Key(k - 1)) && view.Key(k - 1) is not ("has" or "have" or "had");

    /// <summary>Whether a folded word negates: "not", "never", and contractions written as one word ("doesn't", "didn’t", "won't").</summary>
    internal static bool IsNegation(string key) =>
        Negation.Contains(key) || key.EndsWith("n't", StringComparison.Ordinal) || key.EndsWith("n’t", StringComparison.Ordinal) || key is "cannot" or "can't";

    /// <summary>Assesses the certainty of a relation triggered by tokens <paramref name="first"/>..<paramref name="last"/>.</summary>
    /// <param name="view">The sentence.</param>
    /// <param name="first">The trigger's first token.</param>
    /// <param name="last">The trigger's last token.</param>
    /// <param name="clauseStart">The first token of the trigger's clause.</param>
    /// <returns>The reading.</returns>
    public static ModalityReading Assess(SentenceView view, int first, int last, int clauseStart)
    {
        var tokens = view.Tokens;

        // "“We hope peace will come,” said X during his visit to Y": the quotation's cues are the speaker's words, not the
        // narration's; a trigger after its close is read from there.
        var speechEnd = AfterQuotation(view, first);
        clauseStart = Math.Max(clauseStart, speechEnd);
        if (ClauseAnalyzer.SpeechVerbBeforeParticiple(view, first) >= 0 || ClauseAnalyzer.SpeakerOfTrailingParticiple(view, first) is not null)
        {
            // "'We will help,' Macron said after meeting A", "X said that Y will not join, blaming Z": the participle's clause
            // opens at "after" or the comma; the reported clause's modals are not its own.
            clauseStart = Math.Max(clauseStart, first - 1);
        }

        // "Is Russia supplying weapons to Azerbaijan?", "Armenia to leave the CSTO?": a question that is not a wh-question
        // asserts nothing ("Why did Aliyev skip the summit?" takes the skipping as given), unless a quotation closes after the
        // trigger.
        if (view.Key(tokens.Length - 1) == "?" && view.Key(0) is not ("why" or "how" or "what" or "when" or "where" or "who" or "which")
            && !Enumerable.Range(first, tokens.Length - first).Any(j => view.Key(j) is "”" or "\""))
        {
            return new(Certainty.Hypothetical, ModalityKind.Possibility, "?");
        }

        // "Putin to visit Kyrgyzstan tomorrow", "Erdogan to attend summit": a headline's subject and "to" with no verb between
        // announce what is to come.
        // So do "Report: Iran to supply drones", "Armenia, Azerbaijan to hold talks" (lowercase words between "to" and the trigger).
        if (HeadlineTo(view, first) is var headlineTo and >= 0)
        {
            return new(Certainty.Hypothetical, ModalityKind.Plan, tokens[headlineTo].Text);
        }

        // "has long called for talks between A and B", "pushing for negotiations with X": an act asked for has not happened.
        if (AskedFor(view, first) is { } askedFor)
        {
            return new(Certainty.Hypothetical, ModalityKind.Intent, askedFor);
        }

        // "Kazakhstan eyes membership in BRICS", "Georgia mulls leaving PACE": what is weighed is not done.
        if (WeighedBy(view, first) is { } weighed)
        {
            return new(Certainty.Hypothetical, ModalityKind.Intent, weighed);
        }

        // "Erdogan heads to Budapest for the summit", "... for talks with X": on the way there, not yet arrived, and what he
        // goes for is still to come.
        var heads = view.Key(first) is "heads" or "heading" && view.Key(first + 1) == "to" ? first
            : FindLast(view, Math.Max(clauseStart, first - 8), first - 1, k => k is "heads" or "heading");
        if (heads >= 0 && view.Key(heads + 1) == "to")
        {
            return new(Certainty.Hypothetical, ModalityKind.Plan, view.Text(heads, heads + 1));
        }

        // "allegations that X ... were denied": the allegation's content is denied.
        var allegation = FindLast(view, speechEnd, first - 1, WordLists.AllegationCues.Contains);
        if (allegation >= 0 && FindFirst(view, last + 1, tokens.Length - 1, k => WordLists.DenialCues.Contains(k) || FalsityWords.Contains(k)) is var denial && denial >= 0)
        {
            return new(Certainty.Denied, ModalityKind.Denial, $"{tokens[allegation].Text} ... {tokens[denial].Text}");
        }

        if (RejectedClaim(view, first) is { } rejectedClaim)
        {
            return new(Certainty.Denied, ModalityKind.Denial, rejectedClaim);
        }

        var deniedThat = FindLast(view, speechEnd, first - 1, WordLists.DenialCues.Contains);
        if (deniedThat >= 0 && view.Key(deniedThat + 1) == "that")
        {
            return new(Certainty.Denied, ModalityKind.Denial, tokens[deniedThat].Text + " that");
        }

        // "It is not true that Armenia left the CSTO", "it is false that ...": the content is denied.
        var falseThat = FindLast(view, speechEnd, first - 1, k => k == "that");
        var (word, before) = (view.Key(falseThat - 1), view.Key(falseThat - 2));
        if (falseThat >= 2 && ((FalsityWords.Contains(word) && before is "is" or "was" or "not") || (word == "true" && before == "not")
            || (word == "case" && view.Key(falseThat - 3) == "not")))
        {
            return new(Certainty.Denied, ModalityKind.Denial, view.Text(falseThat - 2, falseThat));
        }

        // "Türkiye will open the border right after Baku and Yerevan sign a peace agreement": a time clause of a main clause
        // that only promises or plans is a condition, not an event.
        // ("... ties, which cooled when the US froze the partnership": a time clause in the past tense narrates.)
        if (AdverbialClauseOpener(view, first) is var timeClause && timeClause > 0
            && !WordLists.IsPastTense(view.Key(first))
            && FindLast(view, speechEnd, timeClause - 1, k => k is "will" or "would" or "shall" or "could" or "can" or "may" or "might" or "'ll" or "ready" or "willing"
                or "promised" or "promises" or "pledged" or "pledges" or "vowed" or "vows" or "plans" or "intends" or "expects") >= 0)
        {
            return new(Certainty.Hypothetical, ModalityKind.Condition, tokens[timeClause].Text);
        }

        // "warned Armenia against joining the EU", "cautioned against signing": what is warned against has not happened.
        if (view.Key(first - 1) == "against" && view.Key(first).EndsWith("ing", StringComparison.Ordinal))
        {
            return new(Certainty.Hypothetical, ModalityKind.Possibility, "against");
        }

        // "Armenia stopped short of leaving the CSTO", "ruled out joining": the act did not happen; "did not rule out joining"
        // leaves it possible.
        // ("ruled out a meeting with X", "ruled out any new talks": a determiner or describing word may stand between.)
        var outAt = first - 1;
        while (outAt > first - 3 && view.Key(outAt) is "a" or "an" or "the" or "any" or "possible" or "new" or "further" or "his" or "her" or "their" or "its")
        {
            outAt--;
        }

        if (view.Key(first - 1) == "of" && view.Key(first - 2) == "short" || view.Key(outAt) == "out" && view.Key(outAt - 1) is "ruled" or "rules" or "rule" or "ruling")
        {
            var cueAt = view.Key(first - 1) == "of" && view.Key(first - 2) == "short" ? first - 2 : outAt - 1;
            return FindLast(view, Math.Max(clauseStart, cueAt - 3), cueAt - 1, IsNegation) >= 0
                ? new(Certainty.Hedged, ModalityKind.Possibility, view.Text(cueAt, cueAt + 1))
                : new(Certainty.Denied, ModalityKind.Negation, view.Text(cueAt, cueAt + 1));
        }

        // "Armenia, a former member of the CSTO", "its former close ally": a tie that no longer holds is not stated.
        var formerAt = view.Key(first - 1) is "former" or "ex" ? first - 1
            : view.Key(first - 2) is "former" or "ex" && !view.Tokens[first - 1].IsCapitalized && view.MentionAt(first - 1) is null ? first - 2 : -1;
        if (formerAt >= 0 && view.Key(first) is "member" or "members" or "ally" or "allies" or "partner" or "partners")
        {
            return new(Certainty.Denied, ModalityKind.Negation, view.Tokens[formerAt].Text);
        }

        // "the supposed visit of Putin to Baku", "an alleged meeting": a word of doubt before the trigger noun.
        if (view.Key(first - 1) is "supposed" or "alleged" or "purported" or "rumoured" or "rumored" or "reputed" && view.MentionAt(first - 1) is null)
        {
            return new(Certainty.Hedged, ModalityKind.Hedge, view.Tokens[first - 1].Text);
        }

        // "met neither Russia nor Iran", "was signed by neither A nor B": "neither" opening the object or the agent denies the act.
        var objectAt = view.Key(last + 1) is "by" or "with" or "to" or "from" ? last + 2 : last + 1;
        if (view.Key(objectAt) == "neither")
        {
            return new(Certainty.Denied, ModalityKind.Negation, view.Tokens[objectAt].Text);
        }

        // "has postponed his planned visit to X", "cancelled the trip": an act put off is still a plan; one called off did not
        // take place (only determiners, possessives and describing words between the verb and the noun).
        if (PutOffOrCalledOff(view, first, clauseStart) is { } putOff)
        {
            return putOff;
        }

        // "is negotiating the purchase of jets from X", "considering the acquisition of drones": a deal still pursued is intended.
        if (PursuedDeal(view, first, clauseStart) is { } pursued)
        {
            return pursued;
        }

        // "froze its cooperation with X", "breaking their security ties with X", "disrupted its ties with the West": ties that
        // a verb ends or damages are not ties the text says hold.
        if (EndedTie(view, first, last, clauseStart) is { } ended)
        {
            return ended;
        }

        // "a discussion must take place between A and B", "talks between A and B will be held", "a meeting with X could take
        // place": a modal right after the trigger's own phrase makes it its subject's future or possibility, not an event.
        if (ModalAfterPhrase(view, last) is { } after)
        {
            return after;
        }

        // "welcomed the visit of X to Ankara next month": a time still to come in the trigger's own clause makes it a plan
        // (not after a verb told in the past: "visited Ankara and will return next month" has its own predicate).
        if (!WordLists.IsPastTense(view.Key(first)) && FutureTimeAfter(view, last) is { } comingTime)
        {
            return new(Certainty.Hypothetical, ModalityKind.Plan, comingTime);
        }

        // "Talks between A and B were postponed", "the meeting was cancelled": what was called off or put off did not take place.
        for (var k = last + 1; k < Math.Min(tokens.Length, last + 10); k++)
        {
            if (view.Key(k) is "," or ";" or "." or "but" or "which" or "who" or "that"
                || (view.Key(k) == "and" && !(view.MentionAt(k - 1) is not null && view.MentionAt(k + 1) is not null)))
            {
                break; // "between Armenia and Azerbaijan" goes on; "talks took place and the deal was cancelled" does not
            }

            if ((WordLists.BeAuxiliaries.Contains(view.Key(k - 1)) || view.Key(k - 1) is "been" or "was" or "were")
                && PutOffAt(view, view.Key(k) == "called" && view.Key(k + 1) == "off" ? k + 1 : k) is { } putOffAfter)
            {
                return putOffAfter;
            }

            // "A planned meeting between A and B did not take place", "the visit never happened".
            if (IsNegation(view.Key(k)) && (view.Key(k + 1) is "happen" or "happened" or "materialize" or "materialise" or "materialized" or "materialised"
                || (view.Key(k + 1) is "take" or "took" && view.Key(k + 2) == "place")))
            {
                return new(Certainty.Denied, ModalityKind.Negation, view.Text(k, k + 1));
            }
        }

        // "Iran denied supplying missiles", "denies having sent troops": the act a denial takes as its object did not happen.
        // ("did not deny meeting him" leaves it open.)
        var denialAt = view.Key(first - 1) == "having" ? first - 2 : first - 1;
        if (WordLists.DenialCues.Contains(view.Key(denialAt)) && view.Key(first).EndsWith("ing", StringComparison.Ordinal) || (view.Key(first - 1) == "having" && WordLists.DenialCues.Contains(view.Key(first - 2))))
        {
            return FindLast(view, Math.Max(clauseStart, denialAt - 3), denialAt - 1, IsNegation) is var notDenied and >= 0
                ? new(Certainty.Hedged, ModalityKind.Possibility, view.Text(notDenied, denialAt))
                : new(Certainty.Denied, ModalityKind.Denial, tokens[denialAt].Text);
        }

        // "accused Iran of supplying missiles to Russia": what the accused is said to have done is a claim.
        if (view.Key(first - 1) == "of" && first >= 3 && view.MentionAt(first - 2) is { } accusedOne && WordLists.AccusationVerbs.Contains(view.Key(accusedOne.First - 1)))
        {
            return new(Certainty.Reported, ModalityKind.Claim, view.Tokens[accusedOne.First - 1].Text + " ... of");
        }

        // "Pashinyan skipped the summit", "Armenia boycotted the drills": a verb of staying away is a negated attendance.
        if (AbsenceVerbs.Contains(view.Key(first)))
        {
            // "did not skip the summit": the two negations cancel.
            return FindLast(view, Math.Max(0, first - 3), first - 1, IsNegation) >= 0 ? ModalityReading.Stated
                : new(Certainty.Denied, ModalityKind.Negation, tokens[first].Text);
        }

        // "signed a deal to buy howitzers from India": what a deal or contract is to do is planned.
        if (view.Key(first - 1) == "to" && view.Key(first - 2) is "deal" or "deals" or "contract" or "contracts" or "order" or "orders")
        {
            return new(Certainty.Hypothetical, ModalityKind.Plan, view.Text(first - 2, first - 1));
        }

        // "Armenia ordered howitzers from India": an order is a planned acquisition, not weapons received.
        if (view.Key(first) is "ordered" or "orders" || (view.Key(first) == "placed" && view.Key(first + 2) is "order" or "orders"))
        {
            return FindLast(view, Math.Max(clauseStart, first - 3), first - 1, IsNegation) >= 0
                ? new(Certainty.Denied, ModalityKind.Negation, tokens[first].Text)
                : new(Certainty.Hypothetical, ModalityKind.Plan, tokens[first].Text);
        }

        // "has yet to sign", "did not sign", "refused to meet", "without consulting".
        var near = Math.Max(clauseStart, WordsBefore(view, first, 5));
        var negation = FindLastAt(view, near, first - 1, k => IsNegation(view.Key(k)) && view.Key(k) != "yet" && !FailedAsAdjective(view, k, first)
            && !InClosedAside(view, k, first) && !(view.Key(k) == "no" && view.Key(k + 1) == "sooner") && !(view.Key(k) == "not" && view.Key(k + 1) == "long"));
        if (negation < 0 && FindLast(view, near, first - 1, k => k is "failure" or "failures") is var failure and >= 0 && view.Key(failure + 1) == "to")
        {
            negation = failure; // "Baku's failure to recognize Armenia's sovereignty" ("despite the failure of the talks, A met B" denies nothing).
        }

        if (negation < 0 && LackBefore(view, first) is var lack and >= 0)
        {
            negation = lack; // "Georgia lacks diplomatic ties with Russia", "in the absence of official relations".
        }

        if (negation < 0 && NegatedVerbOfObject(view, clauseStart, first) is var governing and >= 0)
        {
            negation = governing; // "has not joined most of the EU sanctions on Iran"
        }

        if (negation >= 0 && view.Key(negation + 1) == "only")
        {
            negation = -1; // "not only ... but also".
        }

        if (negation >= 0 && view.Key(negation) == "without" && first - negation > 2 && !view.Key(first).EndsWith("ing", StringComparison.Ordinal))
        {
            negation = -1; // "pursue normalization without preconditions and agreed to ...": "without" governs only what follows it.
        }

        if (FindLast(view, near, first - 1, HarmVerbs.Contains) >= 0)
        {
            // "would not hinder energy cooperation between A and B", "tried to undermine cooperation": the negation, modal or
            // plan bears on the harm; the cooperation harmed (or not) is there.
            return ModalityReading.Stated;
        }

        var yet = FindLast(view, near, first - 1, k => k == "yet");
        if (yet >= 0 && view.Key(yet + 1) == "to")
        {
            negation = Math.Max(negation, yet);
        }

        if (negation >= 0 && Enumerable.Range(negation + 1, Math.Max(0, first - negation - 1)).Select(view.Key)
                .Any(k => k is "rule" or "rules" or "ruled" or "ruling" or "exclude" or "excludes" or "excluded" or "excluding"))
        {
            // "is not ruling out leaving the CSTO", "does not exclude joining": a possibility, not a denial.
            return new(Certainty.Hedged, ModalityKind.Possibility, $"{tokens[negation].Text} ... {tokens[first - 1].Text}");
        }

        if (negation >= 0)
        {
            // "will not sign unless Yerevan removes the reference": a refusal with its condition is the condition.
            var unless = FindFirst(view, last + 1, tokens.Length - 1, k => k == "unless");
            if (unless >= 0 && FindFirst(view, last + 1, unless - 1, k => k is ";" or ".") < 0)
            {
                return new(Certainty.Hypothetical, ModalityKind.Condition, $"{tokens[negation].Text} ... {tokens[unless].Text}");
            }

            return new(Certainty.Denied, ModalityKind.Negation, tokens[negation].Text);
        }

        var window = Math.Max(clauseStart, WordsBefore(view, first, 7));
        if (Governing(view, window, first, Reluctance) is { } reluctant)
        {
            return new(Certainty.Hypothetical, ModalityKind.Intent, reluctant);
        }

        if (Governing(view, window, first, Readiness) is { } ready)
        {
            return new(Certainty.Hypothetical, ModalityKind.Readiness, ready);
        }

        // "appealed to the OSCE to dissolve the group", "asked Russia to withdraw": the act is requested, not done.
        if (GoverningAt(view, Math.Max(clauseStart - 1, first - 10), first, RequestCues, allowMentions: true) is var request and >= 0)
        {
            return new(Certainty.Hypothetical, ModalityKind.Intent, view.Tokens[request].Text) { RequestCue = request };
        }

        // "invited Shavkat Mirziyoyev to visit Azerbaijan": what one is invited to do is not done, however long the invitee's
        // name (an invitation is no demand, so no request type is read from it).
        if (GoverningAt(view, Math.Max(clauseStart - 1, first - 10), first, InvitationCues, allowMentions: true) is var invitation and >= 0)
        {
            return new(Certainty.Hypothetical, ModalityKind.Intent, view.Tokens[invitation].Text);
        }

        // "flew to Astana to persuade Kazakh officials to join the SCO": the one persuaded would act; nothing is done yet.
        if (GoverningAt(view, Math.Max(clauseStart - 1, first - 10), first, PersuasionCues, allowMentions: true) is var persuasion and >= 0
            && view.MentionAt(view.Key(persuasion + 1) == "the" ? persuasion + 2 : persuasion + 1) is { } persuaded
            && (!view.Key(persuasion).StartsWith("welcom", StringComparison.Ordinal) || view.Key(persuaded.Last + 1) == "to"))
        {
            return new(Certainty.Hypothetical, ModalityKind.Intent, view.Tokens[persuasion].Text);
        }

        // "took steps toward joining the EU", "moves towards membership", "is moving closer to joining": an act approached is
        // not done.
        var toward = FindLastAt(view, Math.Max(clauseStart, first - 3), first - 1,
            k => view.Key(k) is "toward" or "towards" || (view.Key(k) == "to" && view.Key(k - 1) is "closer" or "close" or "nearer"));
        if (toward >= 0 && Enumerable.Range(toward + 1, first - toward - 1).All(j => view.MentionAt(j) is null && view.Tokens[j].Kind == TokenKind.Word && !view.Tokens[j].IsCapitalized))
        {
            return new(Certainty.Hypothetical, ModalityKind.Intent, tokens[toward].Text);
        }

        // "paves the way for Armenia to join the EU", "it is vital for Baku to sign": an infinitive whose subject "for" brings
        // in says what would, could or should be, not what is.
        if (view.Key(first - 1) == "to" && view.MentionAt(first - 2) is { } forSubject && forSubject.Last == first - 2
            && view.Key(forSubject.First - 1) == "for")
        {
            return new(Certainty.Hypothetical, ModalityKind.Possibility, view.Text(forSubject.First - 1, forSubject.First - 1) + " ... to");
        }

        // "proposed holding a summit in Baku", "discussed the creation of a joint council": an act proposed or discussed, as a
        // gerund or a noun of making, is not done.
        if (ProposedAct(view, first) is { } proposedAct)
        {
            return new(Certainty.Hypothetical, ModalityKind.Intent, proposedAct);
        }

        // "expressed interest in joining BRICS", "is interested in buying drones", "keen on deepening ties": a wish, not the act.
        if (InterestIn(view, first) is { } interest)
        {
            return new(Certainty.Hypothetical, ModalityKind.Intent, interest);
        }

        // "adopted a decision to dissolve the group": a decision taken is the act (as "decided to dissolve" is).
        if (Governing(view, window, first, Intent) is { } intent
            && !(intent is "decision" or "Decision" && FindLast(view, window, first - 1, k => k is "adopted" or "took" or "taken" or "made" or "reached" or "approved") >= 0))
        {
            return new(Certainty.Hypothetical, ModalityKind.Intent, intent);
        }

        // "announced his decision to visit Moscow", "decided to attend the summit": a decision to go somewhere or to meet is
        // taken before the trip, which is still to come (a decision to suspend or to leave is the act; see Intent).
        if (TripVerbs.Contains(view.Key(first)) && Governing(view, window, first, Decisions) is { } decision)
        {
            return new(Certainty.Hypothetical, ModalityKind.Plan, decision);
        }

        // "pledge to end all hostilities, establish trade and diplomatic relations": coordinated infinitives share the cue.
        if (GoverningList(view, clauseStart, first, Intent) is { } listIntent)
        {
            return new(Certainty.Hypothetical, ModalityKind.Intent, listIntent);
        }

        if (GoverningList(view, clauseStart, first, Readiness) is { } listReady)
        {
            return new(Certainty.Hypothetical, ModalityKind.Readiness, listReady);
        }

        // "an Azerbaijani demand that Armenia amend its constitution to recognize ...": what is demanded has not happened.
        // ("“We hope that peace will come,” said X during his visit to Y": the quotation's close ends what is hoped; the visit is told.)
        var demand = FindLast(view, speechEnd, first - 1, DemandCues.Contains);
        if (demand >= 0 && (view.Key(demand + 1) == "that" || (view.Key(demand + 1) is "," or "in" && view.Key(demand + 2) == "that"))
            && !NewClauseBetween(view, demand + 1, first))
        {
            return new(Certainty.Hypothetical, ModalityKind.Intent, view.Tokens[demand].Text + " that");
        }

        // "Were Baku to attack Armenia again, ...", "Had Yerevan signed the deal, ...", "Should Armenia leave the EEU, ...": an
        // inverted condition opening the sentence holds what comes before its comma.
        if (view.Key(0) is "were" or "should" or "had" && view.MentionAt(1) is not null && FindFirst(view, 1, view.Tokens.Length - 1, k => k == ",") is var inverted
            && inverted > last)
        {
            return new(Certainty.Hypothetical, ModalityKind.Condition, tokens[0].Text);
        }

        // "There is no evidence that Russia supplied weapons", "no sign that ...": what the text says is not established.
        var unproven = FindLast(view, speechEnd, first - 1, k => k is "evidence" or "proof" or "sign" or "signs" or "indication" or "indications" or "confirmation");
        if (unproven >= 1 && view.Key(unproven + 1) == "that" && view.Key(unproven - 1) is "no" or "little" or "any" or "scant"
            && !NewClauseBetween(view, unproven + 2, first))
        {
            return new(Certainty.Hedged, ModalityKind.Hedge, view.Text(unproven - 1, unproven + 1));
        }

        // "If Armenia signs ...": the clause opens with a condition.
        var condition = FindLast(view, Math.Max(0, clauseStart - 1), first - 1, Conditions.Contains);
        if (condition >= 0 && !(view.Key(condition) == "once" && condition > clauseStart))
        {
            return new(Certainty.Hypothetical, ModalityKind.Condition, tokens[condition].Text);
        }

        // "It is unclear whether X met Y": a clause opened by "whether" is a question the text leaves open, never a fact.
        var question = FindLast(view, Math.Max(0, clauseStart - 1), first - 1, k => k == "whether");
        if (question >= 0)
        {
            return new(Certainty.Hypothetical, ModalityKind.Possibility, tokens[question].Text);
        }

        // "the railway will carry freight to the coast, and connect A with B": a modal before the first of
        // coordinated verbs governs the bare verbs after "and".
        if (ModalOverCoordinatedVerb(view, first) is { } carried)
        {
            return carried;
        }

        var modalWindow = Math.Max(clauseStart, WordsBefore(view, first, 6));

        // "we will have a Customs team travel to Armenia": a plain future reaches further than other modals.
        var future = FindLast(view, Math.Max(clauseStart, WordsBefore(view, first, 10)), first - 1, k => k is "will" or "would" or "shall");
        if (future >= 0 && future < modalWindow)
        {
            return new(Certainty.Hypothetical, ModalityKind.Plan, tokens[future].Text);
        }

        var obliged = FindLast(view, modalWindow, first - 1, k => Obligation.Contains(k));
        if (obliged >= 0 && (view.Key(obliged) is "must" or "ought" || view.Key(obliged + 1) == "to"))
        {
            return new(Certainty.Hypothetical, ModalityKind.Condition, tokens[obliged].Text);
        }

        var possible = FindLast(view, modalWindow, first - 1, k => Possibility.Contains(k));
        var planned = FindLastAt(view, modalWindow, first - 1, k => Plan.Contains(view.Key(k)) && PlanCueGoverns(view, k, first));
        var able = FindLast(view, modalWindow, first - 1, k => Ability.Contains(k));
        if (possible > 0 && tokens[possible].IsCapitalized)
        {
            possible = -1; // "May" is the month.
        }

        if (planned < 0 && view.Key(first - 1) == "be" && view.Key(first - 2) == "to" && first - 2 > clauseStart
            && view.MentionAt(first - 3) is not null)
        {
            planned = first - 2; // "a COP29 to be hosted by Azerbaijan", "the treaty to be signed by both": a future act
        }

        var closest = Math.Max(possible, Math.Max(planned, able));
        if (closest >= 0)
        {
            var kind = closest == possible ? ModalityKind.Possibility : closest == able ? ModalityKind.Ability : ModalityKind.Plan;
            return new(Certainty.Hypothetical, kind, tokens[closest].Text);
        }

        // "During a meeting between A and B, documents are expected to be signed": an event named in a fronted adverbial
        // takes the time of the clause it opens; a clause that plans makes the event planned too.
        if (FrontedEventPlan(view, first, last) is { } eventPlan)
        {
            return new(Certainty.Hypothetical, ModalityKind.Plan, eventPlan);
        }

        // "a deal expected to be signed during Erdogan's visit to Baku": the event that times a planned one is to come.
        if (PlannedDuring(view, first) is { } plannedDuring)
        {
            return new(Certainty.Hypothetical, ModalityKind.Plan, plannedDuring);
        }

        // "The summit is scheduled to take place from 20 to 21 May in the Hungarian capital": where a planned event is held.
        if (PlannedTakingPlace(view, first) is { } takingPlace)
        {
            return new(Certainty.Hypothetical, ModalityKind.Plan, takingPlace);
        }

        // "The visit's programme includes talks between the two presidents": what a programme lists is to come.
        if (ProgrammeItem(view, first) is { } programme)
        {
            return new(Certainty.Hypothetical, ModalityKind.Plan, programme);
        }

        if (SpeculatedAct(view, first) is { } speculated)
        {
            return new(Certainty.Hypothetical, ModalityKind.Possibility, speculated);
        }

        if (ProspectiveAct(view, first) is { } prospective)
        {
            return new(Certainty.Hypothetical, ModalityKind.Possibility, prospective);
        }

        var scenario = FindLast(view, speechEnd, first - 1, k => k is "scenario" or "scenarios" or "hypothetical" or "hypothetically");
        if (scenario >= 0)
        {
            return new(Certainty.Hypothetical, ModalityKind.Possibility, tokens[scenario].Text);
        }

        var hedge = FindLast(view, speechEnd, first - 1, k => WordLists.HedgeCues.Contains(k) || k is "allegedly" or "alleged" or "purportedly" or "supposedly");
        if (hedge >= 0 && hedge < AsideOpener(view, first, 4))
        {
            hedge = -1; // "reports suggest a summit may be held in the corridor, which links A with B": the aside is no guess.
        }

        if (hedge >= 0 && view.Key(0) is "while" or "although" or "though" or "whereas" && FindLast(view, hedge + 1, first - 1, k => k == ",") >= 0)
        {
            hedge = -1; // "While A's ties with B appear to improve, C's stance stays hostile": the guess is the concessive clause's.
        }

        if (hedge >= 0)
        {
            return new(Certainty.Hedged, view.Key(hedge) is "allegedly" or "alleged" or "purportedly" or "supposedly" ? ModalityKind.Claim : ModalityKind.Hedge, tokens[hedge].Text);
        }

        // "Pezeshkian is in Armenia to sign agreements", "arrived in Baku on Monday to attend the forum": an infinitive of
        // purpose after a place or a verb of coming is what the trip is for, still to come.
        if (PurposeInfinitive(view, first, clauseStart) is { } purpose)
        {
            return new(Certainty.Hypothetical, ModalityKind.Plan, purpose);
        }

        // "rejected claims by Western states that it has supplied missiles": the content of an accusation,
        // allegation or claim is what someone says, not a fact.
        var claimed = FindLast(view, speechEnd, first - 1, k => ClaimNouns.Contains(k));
        if (claimed >= 0 && FindLast(view, claimed + 1, first - 1, k => k == "that") >= 0)
        {
            return new(Certainty.Reported, ModalityKind.Claim, tokens[claimed].Text);
        }

        var reporting = FindLast(view, speechEnd, first - 1, WordLists.ReportingCues.Contains);

        // "France announced the sanctions after the United States accused Iran": a time clause of the main verb is
        // narrated, not the content of what was announced.
        if (reporting >= 0 && AdverbialClauseOpener(view, first) is var opener && opener > reporting
            && FindLast(view, reporting + 1, opener - 1, k => k == "that") < 0)
        {
            reporting = -1;
        }

        // "A and B announced the upgrade during their talks", "Pashinyan announced X following talks with Y": the occasion of
        // the announcement, a noun after a preposition of time, is narrated (unless "that" opens what was said before it).
        if (reporting >= 0 && OccasionPreposition(view, first) is var occasion and >= 0 && occasion > reporting
            && FindLast(view, reporting + 1, occasion - 1, k => k == "that") < 0)
        {
            reporting = -1;
        }

        // "Scholz said after meeting A": a participle of time right after the reporting verb is narrated, not what was said.
        if (reporting >= 0 && (reporting == ClauseAnalyzer.SpeechVerbBeforeParticiple(view, first) || ClauseAnalyzer.SpeakerOfTrailingParticiple(view, first) is not null))
        {
            reporting = -1;
        }

        if (reporting >= 0)
        {
            return new(Certainty.Reported, ModalityKind.Claim, tokens[reporting].Text);
        }

        return QuoteAttributedAfter(view, first, last) ?? TrailingAttribution(view, last) ?? ModalityReading.Stated;
    }

    /// <summary>
    /// "to" right before the trigger at <paramref name="first"/>, in a trip not yet over: after a place the subject is in now
    /// ("is in Yerevan this week to sign") or after a present or future verb of coming in the same clause, within six words
    /// ("arrives in Baku on Monday to attend", "will travel to Moscow to sign"): the words that make it a purpose; else null. A
    /// trip told in the past ("went to Qingdao to attend", "met in Baku to discuss") narrates what was done.
    /// </summary>
    private static string? PurposeInfinitive(SentenceView view, int first, int clauseStart)
    {
        var to = first - 1;
        if (view.Key(to) != "to" || to - 1 < clauseStart || view.Key(to - 1) == "on")
        {
            return null;
        }

        var before = to - 1;
        while (before > clauseStart && to - before <= 3 && (WordLists.TimeWords.Contains(view.Key(before)) || WordLists.Weekdays.Contains(view.Key(before))
            || view.Key(before) is "this" or "next" or "on" || WordLists.TimeSpanNouns.Contains(view.Key(before))))
        {
            before--; // "is in Yerevan this week to sign"
        }

        if (view.MentionAt(before) is { } place && view.Key(place.First - 1) == "in" && view.Key(place.First - 2) is "is" or "are")
        {
            return view.Text(place.First - 2, to); // "is in Armenia to"
        }

        var coming = FindLast(view, Math.Max(clauseStart, to - 6), to - 1, k => WordLists.PresentComingVerbs.Contains(k));
        if (coming >= 0 && view.Key(coming).EndsWith("ing", StringComparison.Ordinal) && view.Key(coming - 1) is not ("is" or "are" or "be"))
        {
            coming = -1; // "who was visiting Baku to attend" tells a past trip
        }

        if (coming < 0)
        {
            var will = FindLast(view, Math.Max(clauseStart, to - 7), to - 1, k => k == "will");
            coming = will >= 0 && WordLists.ComingBaseVerbs.Contains(view.Key(will + 1)) ? will : -1;
        }

        return coming >= 0 && FindFirst(view, coming + 1, to - 1, k => k is "," or ";" or "and" or "that") < 0 ? view.Text(coming, to) : null;
    }

    /// <summary>
    /// The preposition of time that governs the noun trigger at <paramref name="first"/> ("during their talks", "following
    /// talks with", "after a meeting with", "at a meeting with"), with at most a determiner, a possessive or a date between;
    /// -1 if none.
    /// </summary>
    private static int OccasionPreposition(SentenceView view, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 4); k--)
        {
            var key = view.Key(k);
            if (key is "during" or "following" or "after" or "at" or "amid" or "before")
            {
                return k;
            }

            if (!(WordLists.Determiners.Contains(key) || key is "their" or "his" or "her" or "its" or "recent" or "latest" or "bilateral" or "official"
                || view.Tokens[k].Kind == TokenKind.Number || WordLists.TimeWords.Contains(key)))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The reading a modal verb gives: a plan ("will"), a possibility ("could", "should") or a condition ("must"); null for other words.</summary>
    private static ModalityReading? ReadingOfModal(string key, string text) => key switch
    {
        "will" or "would" or "shall" => new(Certainty.Hypothetical, ModalityKind.Plan, text),
        "could" or "might" or "may" or "should" => new(Certainty.Hypothetical, ModalityKind.Possibility, text),
        "must" or "ought" => new(Certainty.Hypothetical, ModalityKind.Condition, text),
        _ => null,
    };

    /// <summary>
    /// The reading of a modal that governs a bare verb right after "and" at <paramref name="first"/>: the modal and a bare verb
    /// earlier in the same predicate ("will serve ..., and connect"), with no clause opener, finite verb or sentence stop
    /// between; null otherwise.
    /// </summary>
    private static ModalityReading? ModalOverCoordinatedVerb(SentenceView view, int first)
    {
        var key = view.Key(first);
        if (view.Key(first - 1) != "and" || view.Tokens[first].IsCapitalized || view.MentionAt(first) is not null
            || key.EndsWith("ed", StringComparison.Ordinal) || key.EndsWith("ing", StringComparison.Ordinal) || (key.EndsWith('s') && !key.EndsWith("ss", StringComparison.Ordinal)))
        {
            return null;
        }

        for (var k = first - 2; k >= Math.Max(0, first - 25); k--)
        {
            var word = view.Key(k);
            if (word is "." or ";" or ":" or "that" or "which" or "who" or "while" or "but" or "“" or "”" or "\"" || WordLists.SpeechVerbs.Contains(word))
            {
                return null;
            }

            if (word is "will" or "would" or "shall" or "could" or "might" or "may" or "should" or "can" && !view.Tokens[k].IsCapitalized
                && view.Key(k + 1) is { Length: > 1 } next && !view.Tokens[k + 1].IsCapitalized && view.MentionAt(k + 1) is null
                && !next.EndsWith("ed", StringComparison.Ordinal) && !next.EndsWith("ing", StringComparison.Ordinal))
            {
                return word == "can" ? new(Certainty.Hypothetical, ModalityKind.Ability, view.Tokens[k].Text) : ReadingOfModal(word, view.Tokens[k].Text);
            }
        }

        return null;
    }

    /// <summary>
    /// "next month", "later this year", "in the coming weeks", "tomorrow" after the trigger, in its clause (no clause break,
    /// "and" or comma before it, within ten tokens): the cue's words, or null.
    /// </summary>
    private static string? FutureTimeAfter(SentenceView view, int last)
    {
        for (var k = last + 1; k < Math.Min(view.Tokens.Length, last + 11); k++)
        {
            var key = view.Key(k);
            if (key is "," or ";" or "." or "and" or "but" or "after" or "since" || WordLists.ClauseBreaks.Contains(key))
            {
                return null;
            }

            if (key == "next" && view.Key(k + 1) is "week" or "month" or "year" or "spring" or "summer" or "autumn" or "fall" or "winter")
            {
                return view.Text(k, k + 1);
            }

            if (key == "later" && view.Key(k + 1) == "this" && view.Key(k + 2) is "week" or "month" or "year")
            {
                return view.Text(k, k + 2);
            }

            if (key == "coming" && view.Key(k - 1) == "the" && view.Key(k + 1) is "days" or "weeks" or "months")
            {
                return view.Text(k - 1, k + 1);
            }

            if (key == "tomorrow")
            {
                return view.Tokens[k].Text;
            }
        }

        return null;
    }

    /// <summary>
    /// The reading a modal gives when it follows the trigger's phrase ("talks between A and B will", "a discussion must"):
    /// only mentions, the words that join them ("between", "with", "and", commas, "the"), a destination ("to", "in", "at") and
    /// a topic's words after "on" or "over" may stand between.
    /// </summary>
    private static ModalityReading? ModalAfterPhrase(SentenceView view, int last)
    {
        var topic = false;
        var destination = false;
        for (var k = last + 1; k < Math.Min(view.Tokens.Length, last + 12); k++)
        {
            if (view.MentionAt(k) is { } m)
            {
                k = m.Last;
                if (k + 1 < view.Tokens.Length && view.Tokens[k + 1].Kind == TokenKind.Possessive)
                {
                    topic = true; // "recognition of Azerbaijan's territorial integrity depends on": the possessed noun's words
                    k++;
                }

                continue;
            }

            var key = view.Key(k);
            if (key is "and" or "," && !(view.MentionAt(k - 1) is not null && (view.MentionAt(k + 1) is not null || view.MentionAt(k + 2) is not null)))
            {
                return null; // "met Putin and will travel": the modal opens a second predicate
            }

            if (key is "between" or "among" or "with" or "and" or "," or "the" or "of" or "on" or "over" or "its" or "their" or "to" or "in" or "at")
            {
                topic |= key is "on" or "over";
                destination |= key is "to" or "in" or "at";
                continue;
            }

            // "Armenia's recognition of Azerbaijan's integrity depends on the treaty": what hinges on something else is a condition.
            if ((key is "depends" or "depend" or "hinges" or "hinge" or "rests" && view.Key(k + 1) is "on" or "upon")
                || (key is "is" or "are" or "remains" or "remain" && view.Key(k + 1) is "conditional" or "contingent" or "conditioned" or "subject" or "dependent"))
            {
                return new(Certainty.Hypothetical, ModalityKind.Condition, view.Text(k, k + 1));
            }

            // "X's visit to Tajikistan will inject new impetus": past a destination, a modal speaks of the act's effect unless
            // its verb is one of taking place ("the visit to Ankara will take place in May", "talks in Baku could resume").
            if (destination && WordLists.ModalCues.Contains(key)
                && view.Key(k + 1) is not ("be" or "take" or "go" or "happen" or "begin" or "start" or "occur" or "proceed" or "resume" or "not" or "also" or "only"))
            {
                return null;
            }

            // "talks between A and B on the border could resume": the topic's own words stand before the modal.
            if (topic && view.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } && !WordLists.ModalCues.Contains(key) && !WordLists.BeAuxiliaries.Contains(key)
                && !WordLists.CommonVerbs.Contains(key) && !key.EndsWith("ed", StringComparison.Ordinal) && key is not ("has" or "have" or "had"))
            {
                continue;
            }

            var text = view.Tokens[k].Text;
            if (view.Tokens[k].IsCapitalized)
            {
                return null; // "held talks on May 4": the month, not the modal
            }

            if (view.Key(k + 1) is "continue" or "remain" or "persist" or "go" or "still")
            {
                return null; // "cooperation with the EU would continue": it holds now and goes on
            }

            // "the visit of X to Ankara is being prepared": what is still being prepared has not taken place.
            if (key is "is" or "are" or "was" or "were" && view.Key(k + 1) == "being"
                && view.Key(k + 2) is "prepared" or "planned" or "organized" or "organised" or "arranged" or "negotiated" or "considered" or "discussed")
            {
                return new(Certainty.Hypothetical, ModalityKind.Plan, view.Text(k, k + 2));
            }

            return key is "is" or "are" && view.Key(k + 1) is "expected" or "set" or "due" or "scheduled" or "planned" or "likely" or "to"
                ? new(Certainty.Hypothetical, ModalityKind.Plan, text + " " + view.Tokens[k + 1].Text)
                : ReadingOfModal(key, text);
        }

        return null;
    }

    /// <summary>
    /// The subordinator opening the adverbial clause whose subject stands right before the trigger at <paramref name="first"/>
    /// ("after the United States formally accused"), or -1.
    /// </summary>
    private static int AdverbialClauseOpener(SentenceView view, int first) =>
        ClauseAnalyzer.SubjectGroupBeforeVerb(view, first) is { } group
        && view.Key(group.Before) is "after" or "before" or "since" or "until" or "once" or "because" or "when" or "although" ? group.Before : -1;

    /// <summary>
    /// "Baku rejected claims that it had attacked Armenia", "Tbilisi denied reports that it would join BRICS": the content of a
    /// claim its speaker rejects is denied, whatever its tense or modal (checked before plans, so "would join" is no plan).
    /// Returns the cue ("denied reports"), or null.
    /// </summary>
    private static string? RejectedClaim(SentenceView view, int first)
    {
        var claimed = FindLast(view, 0, first - 1, k => ClaimNouns.Contains(k));
        if (claimed < 1 || FindFirst(view, claimed + 1, first - 1, k => k == "that") < 0)
        {
            return null;
        }

        var rejected = FindLast(view, Math.Max(0, claimed - 3), claimed - 1, WordLists.DenialCues.Contains);
        return rejected >= 0 ? view.Text(rejected, claimed) : null;
    }

    /// <summary>Nouns whose "that" clause is what someone says: "accusations that", "claims that", "reports that".</summary>
    private static readonly FrozenSet<string> ClaimNouns = Set(
        "accusation", "accusations", "allegation", "allegations", "claim", "claims", "assertion", "assertions", "rumours", "rumors", "suggestions", "reports");

    /// <summary>Verbs that harm what follows them: negated, they leave it standing ("will not undermine cooperation").</summary>
    private static readonly FrozenSet<string> HarmVerbs = Set(
        "hinder", "hinders", "harm", "harms", "affect", "affects", "damage", "damages", "undermine", "undermines", "disrupt", "disrupts",
        "jeopardize", "jeopardise", "jeopardizes", "jeopardises", "hamper", "hampers", "impede", "impedes", "weaken", "weakens", "stop", "stops", "halt", "prevent", "prevents", "derail");

    /// <summary>Verbs of staying away from an event: the lexicon reads them as attendance, which they deny.</summary>
    private static readonly FrozenSet<string> AbsenceVerbs = Set(
        "skipped", "skips", "skip", "skipping", "boycotted", "boycotts", "boycott", "boycotting", "stayed", "stays", "snubbed", "snubs");

    /// <summary>Acts that bring about what the noun after them names: "restoring relations", "the introduction of sanctions".</summary>
    private static readonly FrozenSet<string> BringingAbout = Set(
        "restore", "restoring", "restoration", "re-establish", "reestablish", "re-establishing", "reestablishing", "re-establishment",
        "reestablishment", "establish", "establishing", "establishment", "resume", "resuming", "resumption", "normalize", "normalise",
        "normalizing", "normalising", "normalization", "normalisation", "introduce", "introducing", "introduction", "impose", "imposing",
        "imposition", "open", "opening");

    /// <summary>Words that may stand between such an act and its noun: "restoring full diplomatic relations".</summary>
    private static readonly FrozenSet<string> ActNounModifiers = Set(
        "the", "a", "an", "full", "fully", "diplomatic", "trade", "economic", "bilateral", "direct", "new", "further", "targeted", "personal", "its", "their");

    /// <summary>
    /// "spoke about restoring diplomatic relations with X", "voted for the introduction of sanctions against Y", "to establish
    /// relations": the noun trigger names what an act not yet done would bring about, so it does not hold. A finite verb
    /// ("restored relations", "imposed sanctions") or a progressive one ("is restoring") is no such cue.
    /// </summary>
    private static string? ProspectiveAct(SentenceView view, int first)
    {
        var k = first - 1;
        while (k >= 0 && first - k <= 4 && ActNounModifiers.Contains(view.Key(k)) && view.MentionAt(k) is null)
        {
            k--;
        }

        var nominal = view.Key(k) == "of";
        var act = nominal ? k - 1 : k;
        var key = view.Key(act);
        if (act < 0 || !BringingAbout.Contains(key))
        {
            return null;
        }

        var before = view.Key(act - 1);
        var prospective = key.EndsWith("ion", StringComparison.Ordinal) || key.EndsWith("ment", StringComparison.Ordinal) ? nominal && !IsCompletion(view.Key(act - 1 - (before is "the" ? 1 : 0)))
            : key.EndsWith("ing", StringComparison.Ordinal) ? !nominal && (WordLists.Prepositions.Contains(before) || before is "the" or "," || act == 0)
            : !nominal && before == "to";
        return prospective ? view.Tokens[act].Text : null;

        static bool IsCompletion(string verb) => verb is "announced" or "completed" or "marked" or "celebrated" or "welcomed" or "followed" or "since" or "after";
    }

    /// <summary>Words that schedule what their "to" governs: "expected to", "scheduled to", "due to", "set to", "slated to", "planned to".</summary>
    private static readonly FrozenSet<string> ScheduleWords = Set("expected", "scheduled", "due", "set", "slated", "planned");

    /// <summary>
    /// "expected to take place during Aliyev's visit", "scheduled to be signed at the summit": the trigger names the occasion
    /// ("during", "at" and a possessor or article before it) of an act that is planned, so the occasion is to come too.
    /// Returns the plan cue, or null.
    /// </summary>
    private static string? PlannedDuring(SentenceView view, int first)
    {
        var k = first - 1;
        while (k >= 0 && first - k <= 8 && view.Key(k) is not ("during" or "at" or "," or ".") && !WordLists.IsPastTense(view.Key(k)))
        {
            k--;
        }

        if (k < 1 || view.Key(k) is not ("during" or "at"))
        {
            return null;
        }

        var cue = FindLast(view, Math.Max(0, k - 6), k - 1, ScheduleWords.Contains);
        return cue >= 0 && view.Key(cue + 1) == "to" && FindFirst(view, cue + 1, k - 1, c => c is "," or "." or ";") < 0 ? view.Tokens[cue].Text : null;
    }

    /// <summary>
    /// "is scheduled to take place ... in X", "will be held ... at X", "is expected to be held in X": a trigger after "take place"
    /// or "be held" that a plan cue governs (within fifteen tokens, no clause break between). Returns the cue, or null.
    /// </summary>
    private static string? PlannedTakingPlace(SentenceView view, int first)
    {
        for (var p = first - 1; p >= Math.Max(1, first - 15); p--)
        {
            var key = view.Key(p);
            if (key is "." or ";" or "which" or "who" or "that" or "but")
            {
                return null;
            }

            var verb = key == "place" && view.Key(p - 1) == "take" ? p - 1 : key == "held" && view.Key(p - 1) == "be" ? p - 1 : -1;
            if (verb < 1)
            {
                continue;
            }

            if (view.Key(verb - 1) is "will" or "shall")
            {
                return view.Tokens[verb - 1].Text;
            }

            return view.Key(verb - 1) == "to" && ScheduleWords.Contains(view.Key(verb - 2)) ? view.Tokens[verb - 2].Text : null;
        }

        return null;
    }

    /// <summary>
    /// "the visit's program includes talks with X", "the agenda envisages a meeting": a present verb of listing within
    /// nine tokens before the trigger, with a noun of a programme before it in the sentence. Returns the noun, or null.
    /// </summary>
    private static string? ProgrammeItem(SentenceView view, int first)
    {
        var lists = FindLast(view, Math.Max(0, first - 9), first - 1, k => k is "includes" or "include" or "will" or "envisages" or "foresees" or "features" or "comprises");
        if (lists < 0 || view.Key(lists) == "will" && view.Key(lists + 1) is not ("include" or "feature"))
        {
            return null;
        }

        var programme = FindLast(view, Math.Max(0, lists - 8), lists - 1, k => k is "program" or "programme" or "agenda" or "itinerary" or "schedule");
        return programme >= 0 && FindFirst(view, programme + 1, first - 1, k => k is "." or ";") < 0 ? view.Tokens[programme].Text : null;
    }

    /// <summary>Nouns of what might be: "talk of a meeting", "the prospect of talks"; see <see cref="SpeculatedAct"/>.</summary>
    private static readonly FrozenSet<string> SpeculationNouns = Set(
        "talk", "speculation", "speculations", "rumour", "rumours", "rumor", "rumors", "prospect", "prospects", "possibility", "possibilities",
        "idea", "chance", "chances", "likelihood", "odds", "question");

    /// <summary>Words that may stand between such a noun's preposition and the act: "talk of a possible new meeting".</summary>
    private static readonly FrozenSet<string> SpeculatedModifiers = Set(
        "a", "an", "the", "any", "possible", "potential", "new", "another", "further", "direct", "bilateral", "trilateral", "personal", "future", "fresh");

    /// <summary>
    /// "Talk of a meeting between Putin and Aliyev has faded", "speculation about talks between A and B", "the prospect of a
    /// meeting": the act a noun of speculation takes through "of" or "about" is only thought of. Returns the noun, or null.
    /// </summary>
    private static string? SpeculatedAct(SentenceView view, int first)
    {
        var k = first - 1;
        while (k >= 0 && first - k <= 3 && SpeculatedModifiers.Contains(view.Key(k)) && view.MentionAt(k) is null)
        {
            k--;
        }

        return view.Key(k) is "of" or "about" or "over" && SpeculationNouns.Contains(view.Key(k - 1)) && view.MentionAt(k - 1) is null
            ? view.Tokens[k - 1].Text
            : null;
    }

    /// <summary>Beliefs that hedge the clause they follow: "Armenia left the CSTO, some analysts believe".</summary>
    private static readonly FrozenSet<string> TrailingBeliefs = Set(
        "believe", "believes", "believed", "think", "thinks", "suspect", "suspects", "fear", "fears", "argue", "argues", "allege", "alleges", "alleged",
        "claim", "claims", "claimed", "speculate", "speculates", "assume", "assumes");

    /// <summary>Reporting verbs that attribute the clause they follow: "Armenia left the CSTO, officials said".</summary>
    private static readonly FrozenSet<string> TrailingReports = Set("said", "says", "reported", "reports", "told", "according", "stated", "announced", "added");

    /// <summary>
    /// "“Russia supplied the weapons,” Pashinyan told reporters, citing intelligence": a trigger inside a quotation that a
    /// speech verb attributes right after its closing mark is what the speaker says, however the sentence goes on.
    /// </summary>
    private static ModalityReading? QuoteAttributedAfter(SentenceView view, int first, int last)
    {
        static bool IsQuote(string key) => key is "“" or "”" or "\"";
        var open = FindLast(view, 0, first - 1, IsQuote);
        var close = FindFirst(view, last + 1, view.Tokens.Length - 1, IsQuote);
        if (open < 0 || close < 0 || view.Key(open) == "”")
        {
            return null;
        }

        for (var k = close + 1; k < Math.Min(view.Tokens.Length, close + 7); k++)
        {
            var key = view.Key(k);
            if (WordLists.SpeechVerbs.Contains(key) || TrailingReports.Contains(key) || TrailingBeliefs.Contains(key))
            {
                return new(Certainty.Reported, ModalityKind.Claim, view.Tokens[k].Text);
            }

            if (IsQuote(key) || key is "." or ";")
            {
                break;
            }
        }

        return null;
    }

    /// <summary>
    /// "..., officials said." / "..., some analysts believe." / "..., some media claimed, but the government denied it.": an
    /// attribution set off by commas after the trigger's clause. A denial of "it" in the clause that follows denies the content.
    /// </summary>
    private static ModalityReading? TrailingAttribution(SentenceView view, int last)
    {
        var length = view.Tokens.Length;
        var comma = FindFirst(view, last + 1, length - 1, k => k == ",");
        if (comma < 0)
        {
            return null;
        }

        // Each stretch between two commas (or the last comma and the end) may be the attribution; the first that is one counts.
        for (var next = comma; comma >= 0; comma = next)
        {
            next = FindFirst(view, comma + 1, length - 1, k => k == ",");
            var end = next < 0 ? length : next;
            if (next < 0 && length - comma > 16)
            {
                return null;
            }

            if (Attribution(view, comma, end) is not { } reading)
            {
                continue;
            }

            // "..., some media claimed, but the government denied it.": the report is rejected.
            if (next >= 0 && view.Key(next + 1) == "but"
                && FindFirst(view, next + 2, length - 1, WordLists.DenialCues.Contains) is var denial and >= 0
                && view.Key(denial + 1) is "it" or "this" or "that" or "the")
            {
                return new(Certainty.Denied, ModalityKind.Denial, view.Tokens[denial].Text);
            }

            return reading;
        }

        return null;
    }

    /// <summary>The stretch after <paramref name="comma"/> up to <paramref name="end"/> as an attribution ("officials said"), or null.</summary>
    private static ModalityReading? Attribution(SentenceView view, int comma, int end)
    {
        for (var k = comma + 1; k < end; k++)
        {
            var key = view.Key(k);
            var belief = TrailingBeliefs.Contains(key);
            if (!belief && !TrailingReports.Contains(key))
            {
                continue;
            }

            // After the verb only a short phrase of circumstance may follow ("said in an interview with VGTRK", "told reporters
            // on Monday"); "according to" names its source after it ("according to President X").
            var tail = Enumerable.Range(k + 1, end - k - 1).Where(r => view.Key(r) != ".").ToList();
            // "..., said Foreign Minister Ararat Mirzoyan.": the speaker after the verb.
            var inverted = tail.Count is > 0 and <= 6 && tail.All(r => view.MentionAt(r) is not null || view.Tokens[r].IsCapitalized);
            var circumstance = tail.Count == 0 || key == "according" || inverted
                || (tail.Count <= 8 && (WordLists.Prepositions.Contains(view.Key(tail[0])) || WordLists.TimeWords.Contains(view.Key(tail[0])) || view.Key(tail[0]) is "reporters" or "journalists"));
            if (!circumstance || tail.Any(r => view.Key(r) == "that")
                || (view.Mentions.Any(m => m.First > k && m.First < end) && tail.Count > 0 && !WordLists.Prepositions.Contains(view.Key(tail[0])) && key != "according" && !inverted))
            {
                // "..., officials said that talks would resume", "In a call with X, Aliyev said Azerbaijan wants peace": the
                // attribution opens a clause of its own.
                return null;
            }

            return belief ? new(Certainty.Hedged, ModalityKind.Hedge, view.Tokens[k].Text) : new(Certainty.Reported, ModalityKind.Claim, view.Tokens[k].Text);
        }

        return null;
    }

    /// <summary>
    /// The plan cue of the main clause after a fronted "during ..." or "at ..." phrase holding the trigger: "will", "shall",
    /// or "expected", "scheduled", "set", "due" or "planned" before "to". The search stops at a clause of its own ("that",
    /// a reporting verb, a semicolon), so "During the call, X said that talks would resume" leaves the call a fact.
    /// </summary>
    private static string? FrontedEventPlan(SentenceView view, int first, int last)
    {
        // "During the visit", "At the talks", "As part of his trip to Japan", "In the course of the trip": the phrase's opener
        // within four words before the trigger; a possessive pronoun ("his") may stand between, a name may not.
        var pp = first - 1;
        while (pp >= 0 && first - pp <= 4 && !FrontedOpener(view, pp) && view.Key(pp) != "," && (view.MentionAt(pp) is null || view.Key(pp) is "his" or "her" or "their" or "its"))
        {
            pp--;
        }

        if (pp < 0 || !FrontedOpener(view, pp))
        {
            return null;
        }

        var opener = view.Key(pp) != "of" ? pp : view.Key(pp - 1) == "course" ? pp - 3 : pp - 2;
        if (!(opener == 0 || view.Key(opener - 1) == ","))
        {
            return null;
        }

        for (var k = last + 1; k < view.Tokens.Length; k++)
        {
            var key = view.Key(k);
            if (key is "that" or ";" or "." || WordLists.ReportingCues.Contains(key))
            {
                return null;
            }

            if (key is "will" or "shall")
            {
                return view.Tokens[k].Text;
            }

            if (key is "expected" or "scheduled" or "set" or "due" or "supposed" or "planned" && view.Key(k + 1) == "to")
            {
                return view.Tokens[k].Text + " to";
            }
        }

        return null;
    }

    /// <summary>Whether token <paramref name="k"/> opens a fronted phrase of time: "during", "at", or the "of" of "as part of" and "in the course of".</summary>
    private static bool FrontedOpener(SentenceView view, int k) =>
        view.Key(k) is "during" or "at"
        || (view.Key(k) == "of" && ((view.Key(k - 1) == "part" && view.Key(k - 2) == "as") || (view.Key(k - 1) == "course" && view.Key(k - 2) == "the" && view.Key(k - 3) == "in")));

    /// <summary>Words that may stand between a verb and the head of its object: determiners, quantities ("most of the", "the bulk of"), prepositions.</summary>
    private static readonly FrozenSet<string> ObjectFillers = Set(
        "the", "a", "an", "any", "all", "most", "many", "some", "several", "its", "their", "his", "her", "these", "those", "majority",
        "vast", "overwhelming", "bulk", "of", "with", "to", "in", "into", "on", "from");

    /// <summary>
    /// A negation further back than the usual reach whose verb takes the trigger in its object ("has not joined most of the
    /// new sanctions against X"): the negation, its verb, then only determiners, quantity words and
    /// prepositions, with at most one describing word, no name and no punctuation; -1 if none.
    /// </summary>
    private static int NegatedVerbOfObject(SentenceView view, int clauseStart, int first)
    {
        var negation = FindLast(view, Math.Max(clauseStart, WordsBefore(view, first, 10)), first - 1, k => k is "not" or "never" || k.EndsWith("n't", StringComparison.Ordinal) || k.EndsWith("n’t", StringComparison.Ordinal));
        if (negation < 0 || view.Key(negation + 1) == "only")
        {
            return -1;
        }

        var verb = view.Key(negation + 1) is "be" or "been" or "have" ? negation + 2 : negation + 1;
        if (verb >= first || view.MentionAt(verb) is not null || view.Tokens[verb].Kind != TokenKind.Word || view.Tokens[verb].IsCapitalized)
        {
            return -1;
        }

        var describing = 0;
        for (var j = verb + 1; j < first; j++)
        {
            if (view.MentionAt(j) is not null || view.Tokens[j].Kind != TokenKind.Word || view.Tokens[j].IsCapitalized
                || (!ObjectFillers.Contains(view.Key(j)) && ++describing > 1))
            {
                return -1;
            }
        }

        return negation;
    }

    /// <summary>
    /// Whether token <paramref name="k"/> is a hyphen inside a lowercase word ("re-establish", "long-awaited"): written with no
    /// space on either side, between two lowercase words.
    /// </summary>
    private static bool JoiningHyphen(SentenceView view, int k) =>
        view.IsGluedHyphen(k) && view.Tokens[k - 1].Kind == TokenKind.Word && view.Tokens[k + 1].Kind == TokenKind.Word
        && !view.Tokens[k - 1].IsCapitalized && !view.Tokens[k + 1].IsCapitalized; // "the Ukraine-Russia war" is two names

    /// <summary>The distance in words from token <paramref name="from"/> to token <paramref name="to"/>: a hyphenated word counts once ("no intention of re-establishing ties").</summary>
    private static int WordDistance(SentenceView view, int from, int to)
    {
        var distance = to - from;
        for (var k = from + 1; k < to - 1; k++)
        {
            if (JoiningHyphen(view, k))
            {
                distance -= 2;
            }
        }

        return distance;
    }

    /// <summary>The token <paramref name="words"/> words before <paramref name="first"/> (or 0), a hyphenated word counting once.</summary>
    private static int WordsBefore(SentenceView view, int first, int words)
    {
        var k = first;
        while (words > 0 && k > 0)
        {
            k--;
            if (JoiningHyphen(view, k) && k > 1)
            {
                k--; // the hyphen and the word before it belong to the word after it
                continue;
            }

            words--;
        }

        return k;
    }

    /// <summary>
    /// A cue that governs the trigger: "ready to sign", "readiness for signing", "intends to visit", "decided to apply for";
    /// the cue is followed within two words by "to" or "for", and the trigger within four words of that.
    /// </summary>
    private static string? Governing(SentenceView view, int from, int first, FrozenSet<string> cues)
    {
        for (var k = first - 1; k >= Math.Max(0, from); k--)
        {
            if (!cues.Contains(view.Key(k)) || view.MentionAt(k) is not null)
            {
                continue;
            }

            // The cue's own "to" or "for" follows it closely and the trigger follows that closely.
            for (var j = k + 1; j <= Math.Min(first - 1, k + 2); j++)
            {
                // (Not across a comma: "X, who was invited to visit Y, thanked Z" thanked.)
                if (view.Key(j) is "to" or "for" && WordDistance(view, j, first) <= 4 && !Enumerable.Range(j + 1, Math.Max(0, first - j - 1)).Any(c => view.Key(c) == ","))
                {
                    return view.Tokens[k].Text;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A request cue whose "to" governs the trigger: "appealed to the OSCE to dissolve", "asked the EU to deploy" (the addressee
    /// may stand between the cue and its "to", unlike "appealed to the OSCE" alone, whose "to" is the addressee's).
    /// </summary>
    private static int GoverningAt(SentenceView view, int from, int first, FrozenSet<string> cues, bool allowMentions)
    {
        var to = first - 1;
        while (to > from && view.Key(to) != "to" && WordDistance(view, to, first) <= 3)
        {
            to--;
        }

        if (view.Key(to) != "to" || WordDistance(view, to, first) > 3)
        {
            return -1;
        }

        for (var k = to - 1; k >= Math.Max(0, from); k--)
        {
            if (cues.Contains(view.Key(k)) && view.MentionAt(k) is null)
            {
                return k;
            }

            if ((view.MentionAt(k) is not null && !allowMentions) || view.Key(k) is "." or ";" or ":" || WordLists.ReportingCues.Contains(view.Key(k)))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// A cue with its "to" earlier in the clause whose infinitive list reaches the trigger: "pledged to end the fighting,
    /// open trade and establish diplomatic relations". Between the "to" and the trigger there are only lowercase words,
    /// commas and "and", no auxiliary (which would start a verb phrase of its own) and no named entity.
    /// </summary>
    private static string? GoverningList(SentenceView view, int clauseStart, int first, FrozenSet<string> cues)
    {
        for (var k = first - 1; k >= Math.Max(clauseStart, first - 16); k--)
        {
            var key = view.Key(k);
            if (view.MentionAt(k) is not null || key is "." or ";" or ":" or "“" or "”" or "\"" || WordLists.BeAuxiliaries.Contains(key) || key is "has" or "have" or "had" or "did" or "does")
            {
                return null;
            }

            if (key == "to" && k - 1 >= clauseStart && (cues.Contains(view.Key(k - 1)) || cues.Contains(view.Key(k - 2))))
            {
                var cue = cues.Contains(view.Key(k - 1)) ? k - 1 : k - 2;
                // The item holding the trigger starts after the last comma or "and": a participle there ("..., signing
                // agreements with B") is a phrase of its own, not one of the infinitives.
                var separator = Enumerable.Range(k + 1, first - k - 1).LastOrDefault(j => view.Key(j) is "," or "and", -1);
                var head = separator < 0 ? string.Empty : view.Key(separator + 1);
                var participle = head.EndsWith("ing", StringComparison.Ordinal) || head.EndsWith("ed", StringComparison.Ordinal);
                return separator >= 0 && !participle && view.MentionAt(cue) is null ? view.Tokens[cue].Text : null;
            }

            if (view.Tokens[k].IsCapitalized && view.Tokens[k].Kind == TokenKind.Word)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Verbs that put an act forward without doing it: "proposed holding", "suggested creating", "discussed the creation of".</summary>
    private static readonly FrozenSet<string> ProposingVerbs = Set(
        "propose", "proposes", "proposed", "proposing", "suggest", "suggests", "suggested", "suggesting", "recommend", "recommends",
        "recommended", "envisage", "envisages", "envisaged", "envision", "envisions", "envisioned", "discuss", "discusses", "discussed", "discussing");

    /// <summary>Nouns of making a thing that "of" names: "the creation of a council".</summary>
    private static readonly FrozenSet<string> MakingNouns = Set("creation", "establishment", "formation", "founding", "launch", "setting");

    /// <summary>
    /// The proposing verb right before a gerund that is the trigger or has it as its object within three words ("proposed
    /// holding a trilateral summit"), or before "the" and a noun of making with its "of" ("discussed the creation of"); else null.
    /// </summary>
    private static string? ProposedAct(SentenceView view, int first)
    {
        // The gerund is the trigger, or takes it as its object: "proposed holding a trilateral summit".
        var gerund = first;
        while (gerund > first - 4 && gerund > 0 && !view.Key(gerund).EndsWith("ing", StringComparison.Ordinal)
            && (gerund == first || WordLists.Determiners.Contains(view.Key(gerund)) || (view.Tokens[gerund].Kind == TokenKind.Word && !view.Tokens[gerund].IsCapitalized && view.MentionAt(gerund) is null)))
        {
            gerund--;
        }

        if (view.Key(gerund).EndsWith("ing", StringComparison.Ordinal) && view.Key(gerund) != "setting" && ProposingVerbs.Contains(view.Key(gerund - 1)))
        {
            return view.Tokens[gerund - 1].Text;
        }

        var cue = view.Key(first - 1) is "the" or "a" or "an" ? first - 2 : first - 1;
        return MakingNouns.Contains(view.Key(first)) && view.Key(first + 1) is "of" or "up" && ProposingVerbs.Contains(view.Key(cue)) ? view.Tokens[cue].Text : null;
    }

    /// <summary>
    /// The token after the last quotation that closes before <paramref name="first"/> when the trigger stands outside every
    /// quotation (a closing curly mark, or an even number of straight marks before it); else 0.
    /// </summary>
    private static int AfterQuotation(SentenceView view, int first)
    {
        var curly = FindLastAt(view, 0, first - 1, k => view.Key(k) is "“" or "”");
        var straight = Enumerable.Range(0, Math.Max(0, first)).Where(k => view.Key(k) == "\"").ToList();
        if ((curly >= 0 && view.Key(curly) == "“") || straight.Count % 2 == 1)
        {
            return 0; // inside a quotation
        }

        var close = Math.Max(curly, straight.Count > 0 ? straight[^1] : -1);
        return close + 1;
    }

    /// <summary>Whether a coordinated clause with a subject of its own starts between two tokens: "..., and he criticized".</summary>
    private static bool NewClauseBetween(SentenceView view, int from, int to)
    {
        for (var k = from; k < to - 1; k++)
        {
            if (view.Key(k) is "," or ";" && view.Key(k + 1) is "and" or "but" or "while" or "whereas"
                && (view.MentionAt(k + 2) is not null || view.Key(k + 2) is "he" or "she" or "they" or "it" or "we"))
            {
                return true;
            }

            // "X insisted that the allies failed and defended the suspension": a past verb right after "and", with no subject
            // of its own, goes back to the main clause.
            if (k > from && view.Key(k) == "and" && view.MentionAt(k + 1) is null && view.Tokens[k + 1].Kind == TokenKind.Word
                && WordLists.IsPastTense(view.Key(k + 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The "to" of "Putin to visit", "A, B to hold talks": at most three words before the trigger, after names only, with only lowercase words between; else -1.</summary>
    private static int HeadlineTo(SentenceView view, int first)
    {
        for (var k = first - 1; k >= Math.Max(1, first - 3); k--)
        {
            if (view.Key(k) == "to")
            {
                return OpensWithNamesOnly(view, k - 1)
                    && Enumerable.Range(k + 1, first - k - 1).All(j => view.MentionAt(j) is null && view.Tokens[j] is { Kind: TokenKind.Word, IsCapitalized: false })
                    ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>Whether the sentence up to <paramref name="last"/> holds only names joined by commas or "and", after an optional "Report:" label.</summary>
    private static bool OpensWithNamesOnly(SentenceView view, int last)
    {
        if (view.MentionAt(last) is not { } m || m.Last != last)
        {
            return false;
        }

        for (var k = m.First - 1; k >= 0; k--)
        {
            if (view.Key(k) == ":")
            {
                return k <= 3;
            }

            if (view.MentionAt(k) is { } other)
            {
                k = other.First;
                continue;
            }

            if (view.Key(k) is not ("," or "and" or "&"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"eyes membership", "mulls leaving", "weighing a visit": a verb of weighing right before the trigger (a determiner between at most).</summary>
    private static string? WeighedBy(SentenceView view, int first)
    {
        var k = view.Key(first - 1) is "a" or "an" or "the" or "possible" or "its" or "their" ? first - 2 : first - 1;
        return k >= 0 && view.MentionAt(k) is null
            && view.Key(k) is "eyes" or "eyeing" or "eyed" or "mulls" or "mulling" or "mulled" or "mull" or "weighs" or "weighing" or "weighed"
                or "contemplates" or "contemplating" or "contemplated" or "mooted" or "floats" or "floated" or "floating" or "explores" or "exploring"
            ? view.Tokens[k].Text
            : null;
    }

    /// <summary>
    /// Verbs that ask for something through "for": "called for talks", "pressing for negotiations". Not
    /// <see cref="WordLists.AskingWords"/>, which also holds nouns and verbs that ask without "for" ("request", "suggest") and
    /// lacks the advocating, lobbying, campaigning, arguing and pleading verbs here (and "presses", "appealing"): the two
    /// share only forms of "call", "push", "press" and "appeal".
    /// </summary>
    private static readonly FrozenSet<string> ForAskingVerbs = Set(
        "call", "calls", "called", "calling", "push", "pushes", "pushed", "pushing", "press", "presses", "pressed", "pressing", "appeal",
        "appeals", "appealed", "appealing", "advocate", "advocates", "advocated", "advocating", "lobby", "lobbies", "lobbied", "lobbying",
        "campaign", "campaigns", "campaigned", "campaigning", "argue", "argues", "argued", "arguing", "plead", "pleaded", "pleading");

    /// <summary>
    /// The asking words when a verb of asking governs the trigger noun through "for" ("called for talks", "has long pressed for
    /// direct negotiations"); only determiners and describing words may stand between "for" and the noun.
    /// </summary>
    private static string? AskedFor(SentenceView view, int first)
    {
        for (var k = first - 1; k >= Math.Max(1, first - 4); k--)
        {
            if (view.Key(k) == "for")
            {
                return ForAskingVerbs.Contains(view.Key(k - 1)) && view.MentionAt(k - 1) is null ? view.Text(k - 1, k) : null;
            }

            if (view.MentionAt(k) is not null || view.Tokens[k].Kind != TokenKind.Word || view.Tokens[k].IsCapitalized)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Verbs that put an act off: it stays a plan.</summary>
    private static readonly FrozenSet<string> PutOffVerbs = Set(
        "postponed", "postpone", "postpones", "postponing", "delayed", "delay", "delays", "delaying", "deferred", "defer", "rescheduled", "reschedule");

    /// <summary>Verbs that call an act off: it does not take place ("called off" is read at its "off").</summary>
    private static readonly FrozenSet<string> CalledOffVerbs = Set(
        "cancelled", "canceled", "cancel", "cancels", "cancelling", "canceling", "scrapped", "scrap", "shelved", "abandoned");

    /// <summary>The reading of a verb at <paramref name="k"/> that puts off (a plan) or calls off (denied) an act; null otherwise.</summary>
    private static ModalityReading? PutOffAt(SentenceView view, int k)
    {
        var key = view.Key(k);
        if (PutOffVerbs.Contains(key))
        {
            return new(Certainty.Hypothetical, ModalityKind.Plan, view.Tokens[k].Text);
        }

        // "put off his trip", "pushed back the visit": read at the particle.
        if (((key == "off" && view.Key(k - 1) is "put" or "puts" or "putting") || (key == "back" && view.Key(k - 1) is "pushed" or "push" or "pushes" or "pushing"))
            && view.Key(k + 1) is not ("against" or "on" or "at" or "from" or "to" or "with" or "by"))
        {
            return new(Certainty.Hypothetical, ModalityKind.Plan, view.Text(k - 1, k));
        }

        return CalledOffVerbs.Contains(key) || (key == "off" && view.Key(k - 1) is "called" or "call" or "calls" or "calling")
            ? new(Certainty.Denied, ModalityKind.Negation, key == "off" ? view.Text(k - 1, k) : view.Tokens[k].Text)
            : null;
    }

    /// <summary>Nouns of a standing tie between two sides: what a verb of ending or damage can take as its object.</summary>
    private static readonly FrozenSet<string> TieNouns = Set(
        "relations", "relationship", "ties", "partnership", "cooperation", "alliance", "dialogue", "contacts", "links", "friendship");

    /// <summary>Verbs that end, suspend or damage a tie ("severed", "froze", "broke off", "undermined").</summary>
    private static readonly FrozenSet<string> TieEndingVerbs = Set(
        "suspended", "suspend", "suspends", "suspending", "froze", "freeze", "freezes", "freezing", "frozen", "severed", "sever", "severs",
        "severing", "broke", "break", "breaks", "breaking", "broken", "cut", "cuts", "cutting", "ended", "end", "ends", "ending", "terminated",
        "terminate", "terminates", "terminating", "disrupted", "disrupt", "disrupts", "disrupting", "downgraded", "downgrade", "downgrades",
        "downgrading", "undermined", "undermine", "undermines", "undermining", "damaged", "damage", "damages", "damaging", "ruptured",
        "halted", "halt", "halts", "halting", "curtailed", "curtail", "curtails", "jeopardized", "jeopardised", "jeopardize", "jeopardise",
        "sacrificed", "sacrifice", "abandoned", "abandon", "abandons", "abandoning", "renounced", "renounce", "renounces", "scrapped");

    /// <summary>
    /// "froze its cooperation with X", "breaking their security ties with X": a verb of ending or damage whose object is the
    /// tie noun at <paramref name="last"/>, with only determiners, possessives and describing words between, denies the tie.
    /// </summary>
    private static ModalityReading? EndedTie(SentenceView view, int first, int last, int clauseStart)
    {
        if (!TieNouns.Contains(view.Key(last)) || view.Tokens[last].IsCapitalized || view.MentionAt(last) is not null)
        {
            return null; // "suspended the United States-Georgia Strategic Partnership": its parties stay the named document's parties
        }

        for (var k = first - 1; k >= Math.Max(clauseStart, first - 5); k--)
        {
            var key = view.Key(k);
            if (TieEndingVerbs.Contains(key))
            {
                // "has no plan of disrupting trade relations", "did not break off ties": the ending is itself denied.
                return FindLast(view, Math.Max(clauseStart, k - 4), k - 1, IsNegation) >= 0 || view.Key(k - 1) == "without"
                    ? null
                    : new(Certainty.Denied, ModalityKind.Negation, view.Tokens[k].Text);
            }

            // "broke off relations": the particle after the verb.
            if (key == "off" && view.Key(k - 1) is "broke" or "break" or "breaks" or "breaking" or "broken" or "cut" or "cuts" or "cutting")
            {
                return new(Certainty.Denied, ModalityKind.Negation, view.Text(k - 1, k));
            }

            var describing = ClauseAnalyzer.IsDescribingWordAt(view, k, allowMention: false, allowLyWord: true, allowAndOr: false);
            var possessive = view.Tokens[k].Kind == TokenKind.Possessive || (view.MentionAt(k) is { } m && view.Key(m.Last + 1) is "'s" or "’s");
            if (!describing && !possessive)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Nouns of a deal in goods that a verb of pursuit can govern: "the purchase of", "the delivery of".</summary>
    private static readonly FrozenSet<string> DealNouns = Set(
        "purchase", "purchases", "acquisition", "acquisitions", "sale", "sales", "delivery", "deliveries", "supply", "supplies", "procurement");

    /// <summary>Verbs that pursue a deal not yet made: "negotiating", "considering", "exploring", "seeking".</summary>
    private static readonly FrozenSet<string> PursuitVerbs = Set(
        "negotiating", "negotiate", "negotiates", "negotiated", "discussing", "discuss", "discusses", "discussed", "considering", "consider",
        "considers", "considered", "exploring", "explore", "explores", "explored", "weighing", "weigh", "weighs", "weighed", "seeking", "seek",
        "seeks", "sought", "eyeing", "eye", "eyes", "eyed", "mulling", "mull", "mulls", "mulled", "studying", "study", "studies", "studied",
        "planning", "plans", "planned", "pursuing", "pursue", "pursues", "pursued", "proposing", "propose", "proposes", "proposed");

    /// <summary>
    /// "is negotiating the purchase of JF-17 jets", "explored the acquisition of missiles": a verb of pursuit governing a deal noun
    /// (only determiners, possessives and describing words between) makes the deal an intent, not a done acquisition.
    /// </summary>
    private static ModalityReading? PursuedDeal(SentenceView view, int first, int clauseStart)
    {
        if (!DealNouns.Contains(view.Key(first)))
        {
            return null;
        }

        for (var k = first - 1; k >= Math.Max(clauseStart, first - 4); k--)
        {
            var key = view.Key(k);
            if (PursuitVerbs.Contains(key))
            {
                return new(Certainty.Hypothetical, ModalityKind.Intent, view.Tokens[k].Text);
            }

            if (!ClauseAnalyzer.IsDescribingWordAt(view, k, allowMention: false, allowLyWord: true, allowAndOr: false) && view.Tokens[k].Kind != TokenKind.Possessive)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "postponed his planned visit", "cancelled the summit": the reading when a verb that puts off or calls off the act governs
    /// the trigger noun. The walk back has its own rule, not <see cref="ClauseAnalyzer.IsDescribingWordAt"/>: a possessive
    /// pronoun and any other word outside a mention that is lowercase or opens the sentence pass, prepositions and verbs too,
    /// but a past tense other than "planned", "scheduled", "expected" or "long-awaited" stops it.
    /// </summary>
    private static ModalityReading? PutOffOrCalledOff(SentenceView view, int first, int clauseStart)
    {
        for (var k = first - 1; k >= Math.Max(clauseStart, first - 4); k--)
        {
            var key = view.Key(k);
            if (PutOffAt(view, k) is { } reading)
            {
                return reading;
            }

            var pronoun = view.MentionAt(k) is { } m && m.First == m.Last && key is "his" or "her" or "its" or "their";
            if (!pronoun && (view.MentionAt(k) is not null || view.Tokens[k].Kind != TokenKind.Word || (view.Tokens[k].IsCapitalized && k > 0)
                || (WordLists.IsPastTense(key) && key is not ("planned" or "scheduled" or "expected" or "long-awaited"))))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a plan word reaches the trigger: "plans to visit", "the planned visit"; a plan as a thing ("opposition to the
    /// plan, accusing X") does not, nor a draft or the future a few words away.
    /// </summary>
    private static bool PlanCueGoverns(SentenceView view, int k, int first) => view.Key(k) switch
    {
        "plan" or "plans" => view.Key(k + 1) is "to" or "for",
        "set" or "due" or "supposed" => view.Key(k + 1) == "to" && k > 0 && WordLists.BeAuxiliaries.Contains(view.Key(k - 1)),
        "draft" or "future" or "prospective" or "aspiring" or "would-be" or "upcoming" or "forthcoming" or "to-be" => first - k <= 3,
        // "his expectation of discussions with X", "expectations for talks".
        "expectation" or "expectations" => view.Key(k + 1) is "of" or "for" && first - k <= 4,
        // "preparations for Tokayev's state visit", "ahead of the summit": what is prepared for, or awaited, is still to come.
        "preparations" => view.Key(k + 1) == "for" && first - k <= 5,
        "ahead" => view.Key(k + 1) == "of" && first - k <= 5,
        // "Armenia is on track to sign the treaty": the act is planned, not done.
        "track" => view.Key(k - 1) == "on" && view.Key(k + 1) == "to",
        // "the next round of talks", "the next meeting"; not a day or week after ("the next day they met").
        "next" => first - k <= 3 && !WordLists.TimeWords.Contains(view.Key(k + 1)) && view.Key(k + 1) is not ("day" or "week" or "month" or "year" or "morning" or "evening" or "time"),
        _ => true,
    };

    private static int FindLastAt(SentenceView view, int from, int to, Func<int, bool> test)
    {
        for (var i = Math.Min(to, view.Tokens.Length - 1); i >= Math.Max(0, from); i--)
        {
            if (test(i) && view.MentionAt(i) is null)
            {
                return i;
            }
        }

        return -1;
    }

    private static int FindLast(SentenceView view, int from, int to, Func<string, bool> test)
    {
        for (var i = Math.Min(to, view.Tokens.Length - 1); i >= Math.Max(0, from); i--)
        {
            if (test(view.Tokens[i].Key) && view.MentionAt(i) is null)
            {
                return i;
            }
        }

        return -1;
    }

    private static int FindFirst(SentenceView view, int from, int to, Func<string, bool> test)
    {
        for (var i = Math.Max(0, from); i <= Math.Min(to, view.Tokens.Length - 1); i++)
        {
            if (test(view.Tokens[i].Key) && view.MentionAt(i) is null)
            {
                return i;
            }
        }

        return -1;
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
