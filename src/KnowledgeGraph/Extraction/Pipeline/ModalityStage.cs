using System.Collections.Frozen;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// The modality stage: reads each proposal's certainty and modality from its clause (<see cref="ModalityReader"/>),
/// turns a done act under readiness or intent into the concept's intention type ("confirmed readiness to sign" is
/// an expressed readiness to sign, never "signed"), and keeps a draft, unsigned or envisaged document from being
/// stated as signed or as having parties.
/// </summary>
internal sealed class ModalityStage
{
    /// <summary>Words before an agreement that make it a document not (yet) in force.</summary>
    private static readonly FrozenSet<string> ProspectiveAdjectives = FrozenSet.ToFrozenSet(
        ["draft", "drafted", "unsigned", "proposed", "envisaged", "envisioned", "planned", "future", "prospective", "potential", "possible",
         "eventual", "hypothetical", "initialled", "initialed", "pending", "would-be", "upcoming", "forthcoming"], StringComparer.Ordinal);

    /// <summary>Verbs and nouns before an agreement that make it a document still being made ("a group to prepare a charter").</summary>
    private static readonly FrozenSet<string> MakingVerbs = FrozenSet.ToFrozenSet(
        ["prepare", "prepares", "preparing", "preparation", "draft", "drafting", "negotiate", "negotiating", "negotiation", "negotiations",
         "elaborate", "elaborating", "develop", "developing", "envisions", "envisages", "envision", "envisage", "conclude", "concluding",
         "finalize", "finalise", "finalizing", "finalising", "agree", "towards", "toward"], StringComparer.Ordinal);

    private readonly ExtractorModel model;
    private readonly Func<string, KnownEntity?> entity;
    private readonly FrozenSet<string> completed;

    /// <summary>The relation types of initialling: a document initialled (by any rule) is not concluded.</summary>
    private readonly FrozenSet<string> initialled;
    private HashSet<string>? prospective;

    public ModalityStage(ExtractorModel model, Func<string, KnownEntity?> entity)
    {
        this.model = model;
        this.entity = entity;
        completed = model.Lexicon.CompletedDocumentTypes.ToFrozenSet(StringComparer.Ordinal);
        initialled = model.Lexicon.TypesOf("initial").ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Reads the certainty of every proposal; drops those a prospective document rules out.</summary>
    /// <param name="proposals">The rules' proposals, in text order.</param>
    /// <param name="views">Every sentence of the document, to find documents the text calls draft or unsigned anywhere.</param>
    /// <returns>The proposals with their reading; the type may have changed to an intention type.</returns>
    public IEnumerable<(ProposedRelation Proposal, ModalityReading Reading)> Apply(IReadOnlyList<ProposedRelation> proposals, IReadOnlyList<SentenceView> views)
    {
        // Documents the text says were only initialled, or not (yet) signed or ratified, anywhere: their names and "between"
        // phrases make no one a party.
        // Each proposal's own reading, once: a suspended membership keeps its span, so its reading is the original's.
        var readings = proposals.Select(q => q.Modality is { } s ? ModalityReader.Assess(q.View, s.First, s.Last, s.ClauseStart) : ModalityReading.Stated).ToList();
        var unconcluded = proposals.Zip(readings)
            .Where(x => x.First.Concept == "initial" || initialled.Contains(x.First.Type.Name) || (completed.Contains(x.First.Type.Name) && !x.First.FromName && x.First.Modality is not null && !x.Second.IsFact))
            .Select(x => x.First.Target).ToHashSet(StringComparer.Ordinal);
        foreach (var (original, originalReading) in proposals.Zip(readings))
        {
            var p = SuspendedMembership(original) ?? original;
            var reading = originalReading;

            // "proposed establishing an Uzbek-French council": what a name says of a body still being made is read where the
            // making is ("established the council in 2020" states it).
            if (reading.IsFact && StructuralOrNamed(p) && p.Modality is { } made && CreationAt(p.View, made.First) is var creation and >= 0)
            {
                reading = ModalityReader.Assess(p.View, creation, creation, ClauseAnalyzer.ClauseStart(p.View, creation));
            }

            // What a name or a member list says of a body holds whatever the sentence plans or doubts ("a summit of the EEU, a
            // bloc including Armenia, will follow"): only a negation or a prospective word right at the name changes it.
            // Where an event or a place is stays so when the verb before it is negated ("could not attend COP29 in Baku").
            if (StructuralOrNamed(p) && p.Modality is { } at && !ProspectiveAt(p.View, at.First)
                && (reading.Certainty is Certainty.Hypothetical or Certainty.Hedged or Certainty.Reported
                    || (reading.Certainty is Certainty.Denied && !NegatedAt(p.View, at.First))))
            {
                reading = ModalityReading.Stated;
            }
            // "Observers suggest that India's support for Armenia ...", "steps that could harm the close relations between
            // Russia and Iran": a lasting relation named by a definite noun phrase is taken as given by the clause that
            // doubts or weighs something about it. A prospective word in the phrase ("their planned cooperation") still counts.
            if (reading.Certainty is Certainty.Hedged or Certainty.Hypothetical && reading.Kind is ModalityKind.Possibility or ModalityKind.Hedge
                && p.Modality is { } named && PresupposedState(p, named.First))
            {
                reading = ModalityReading.Stated;
            }

            // "China will continue to support Armenia", "will, as always, back its sovereignty": a future that only goes on with a
            // lasting stance says the stance holds now.
            if (reading.Certainty is Certainty.Hypothetical && reading.Kind is ModalityKind.Plan && StanceTypes.Contains(p.Type.Name)
                && p.Modality is { } goingOn && ContinuedAt(p.View, goingOn.First))
            {
                reading = ModalityReading.Stated;
            }

            // "Moscow remains committed to close cooperation with Yerevan": a commitment held now to a lasting stance is the stance.
            // (Not "intends to strengthen cooperation with": readers keep a tie to be deepened as intended as often as not.)
            if (reading.Certainty is Certainty.Hypothetical && reading.Kind is ModalityKind.Intent or ModalityKind.Readiness or ModalityKind.Plan
                && StanceTypes.Contains(p.Type.Name) && p.Modality is { } tie && CommittedNowAt(p.View, tie.First))
            {
                reading = ModalityReading.Stated;
            }

            if (reading.Certainty == Certainty.Denied && p.TriggerConcept is { NegationStatesNothing: true })
            {
                continue; // "Armenia is not an ally of Russia" denies an alliance, not relations
            }

            var proposal = p;
            if (reading.RequestCue >= 0 && p.TriggerConcept is { RequestTypes.IsEmpty: false } requested
                && entity(p.Source) is { } asker && entity(p.Target) is { } asked
                && model.Types.Resolve(requested.RequestTypes, null, null, [], asker.Kind, asked.Kind, out var flip) is { } requestType)
            {
                // "A and B appealed to the OSCE to dissolve the Group": the request is the fact, read where its cue stands.
                proposal = p with { Type = requestType, Source = flip ? p.Target : p.Source, Target = flip ? p.Source : p.Target, Rule = p.Rule + "+request" };
                var cue = reading.RequestCue;
                reading = ModalityReader.Assess(p.View, cue, cue, ClauseAnalyzer.ClauseStart(p.View, cue));
                yield return (proposal, reading);
                continue;
            }

            // "Blinken urged Aliyev to sign": the intent is the asker's; the one asked expressed nothing, so the act stays as it
            // is, hypothetical.
            var askedToAct = p.Rule.StartsWith("asked", StringComparison.Ordinal);

            // "Azerbaijan hopes to sign a treaty with Armenia": the hope is Azerbaijan's; the partner named after the act
            // expressed nothing, and is read neither as hoping nor as signing.
            if (!askedToAct && reading.Kind is ModalityKind.Readiness or ModalityKind.Intent && p.Modality is { } expressed
                && p.TriggerConcept is { IntentTypes.IsEmpty: false } && !p.View.Mentions.Any(m => m.EntityId == p.Source && m.Last < expressed.First))
            {
                continue;
            }

            if (!askedToAct && reading.Kind is ModalityKind.Readiness or ModalityKind.Intent or ModalityKind.Plan && p.TriggerConcept is { IntentTypes.IsEmpty: false } concept
                && entity(p.Source) is { } source && entity(p.Target) is { } target
                && model.Types.Resolve(concept.IntentTypes, null, null, [], source.Kind, target.Kind, out var swap) is { } intentType)
            {
                proposal = p with { Type = intentType, Source = swap ? p.Target : p.Source, Target = swap ? p.Source : p.Target, Rule = p.Rule + "+" + reading.Kind.ToString()!.ToLowerInvariant() };

                // "Pashinyan conveyed that Armenia was prepared to sign": the one who said so for the state expressed it too.
                if (Speaker(p.View, p.Modality!.Value.First) is { } speaker && entity(proposal.Source) is { } state && model.IsOfficialOf(speaker, state))
                {
                    yield return (proposal with { Source = speaker.Id, Rule = proposal.Rule + "+speaker" }, reading);
                }
            }

            // "arrived to take part in the upcoming summit": taking part in an event still to come is planned.
            if (reading.IsFact && !StructuralRules.Contains(proposal.Rule) && UpcomingEventCue(proposal) is { } upcoming)
            {
                reading = new ModalityReading(Certainty.Hypothetical, ModalityKind.Plan, upcoming);
            }

            if (completed.Contains(proposal.Type.Name))
            {
                if (proposal.FromName && (!reading.IsFact || IsProspectiveAnywhere(proposal.Target, views) || unconcluded.Contains(proposal.Target)))
                {
                    continue; // "the Armenia-Azerbaijan peace treaty", unsigned: its name does not make the two parties to it.
                }

                if (reading.IsFact && ProspectiveCue(proposal) is { } cue)
                {
                    reading = new ModalityReading(Certainty.Hypothetical, ModalityKind.Plan, cue);
                }
            }

            yield return (proposal, reading);
        }
    }

    /// <summary>Relation types of a lasting state of affairs, which a definite noun phrase presupposes.</summary>
    private static readonly FrozenSet<string> LastingTypes = FrozenSet.ToFrozenSet(
        ["maintains-relations-with", "supports", "cooperates-with", "cooperates-militarily-with", "in-conflict-with"], StringComparer.Ordinal);

    /// <summary>
    /// Whether the trigger at <paramref name="noun"/> is a noun of a lasting relation in a definite phrase: after "the", a
    /// possessive ("India's", "their"), with at most two adjectives between, none of them prospective.
    /// </summary>
    private bool PresupposedState(ProposedRelation p, int noun)
    {
        var view = p.View;
        if (!LastingTypes.Contains(p.Type.Name) || p.TriggerConcept is not { } concept || !concept.Nouns.Contains(view.Key(noun)))
        {
            return false;
        }

        for (var k = noun - 1; k >= Math.Max(0, noun - 3); k--)
        {
            var key = view.Key(k);
            if (key is "the" or "their" or "its" or "his" or "her" or "our" || view.Tokens[k].Kind == TokenKind.Possessive)
            {
                return true;
            }

            // (Not "the normalization of relations": a word of function ends the phrase.)
            if (ProspectiveAdjectives.Contains(key) || view.Tokens[k].Kind != TokenKind.Word || view.MentionAt(k) is not null || view.Tokens[k].IsCapitalized
                || key is "of" or "with" or "and" or "or" or "to" or "for" or "in" or "on" or "by" or "from" or "between" or "that" or "which" or "a" or "an")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Lasting relations, and a recognition of sovereignty: stances that "will continue to", "will always" only carry on.</summary>
    private static readonly FrozenSet<string> StanceTypes = FrozenSet.ToFrozenSet(LastingTypes.Append("recognizes-sovereignty-of"), StringComparer.Ordinal);

    /// <summary>
    /// Whether "will" (or "shall") before the trigger at <paramref name="first"/> only carries a stance on: "will continue to
    /// support", "will always back", "will, as always, support", "will remain committed to supporting"; at most five words
    /// between, with no name or clause break among them. ("would continue" stays a plan: it is often reported or conditional.)
    /// </summary>
    private static bool ContinuedAt(SentenceView view, int first)
    {
        var goesOn = false;
        for (var k = first - 1; k >= Math.Max(0, first - 6); k--)
        {
            var key = view.Key(k);
            if (key is "will" or "shall" or "'ll")
            {
                return goesOn;
            }

            if (view.MentionAt(k) is not null || key is "." or ";" or "that" or "which" or "if" or "and" or "but" || view.Tokens[k].IsCapitalized)
            {
                return false;
            }

            goesOn |= key is "continue" or "always" or "remain" or "still" or "keep";
        }

        return false;
    }

    /// <summary>
    /// Whether a commitment held now governs the trigger at <paramref name="first"/>: "remains committed to close cooperation
    /// with", "is committed to supporting"; within six words, with no name or clause break between.
    /// </summary>
    private static bool CommittedNowAt(SentenceView view, int first)
    {
        for (var k = first - 1; k >= Math.Max(1, first - 6); k--)
        {
            if (view.Key(k) == "committed")
            {
                return view.Key(k - 1) is "remains" or "remain" or "is" or "are" or "stays" or "stay" or "firmly" or "fully" or "strongly" or "deeply";
            }

            if (view.MentionAt(k) is not null || view.Key(k) is "." or ";" or "that" or "which" or "if" or "but" || view.Tokens[k].IsCapitalized)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Words that say a membership or participation is put on hold.</summary>
    private static readonly FrozenSet<string> SuspensionWords = FrozenSet.ToFrozenSet(
        ["froze", "frozen", "freeze", "freezing", "suspended", "suspension", "suspend", "suspends", "halted", "paused"], StringComparer.Ordinal);

    /// <summary>
    /// "Armenia's membership in the CSTO was frozen", "a freeze of its membership in the CSTO": a membership the clause puts on
    /// hold is a suspension of it, not a plain membership; the type of the lexicon's suspend concept replaces member-of.
    /// </summary>
    private ProposedRelation? SuspendedMembership(ProposedRelation p)
    {
        if (p.Concept != "membership" || p.Modality is not { } span || p.View.Key(span.First) is not ("membership" or "participation"))
        {
            return null;
        }

        var view = p.View;
        var before = Enumerable.Range(Math.Max(span.ClauseStart, span.First - 5), Math.Max(0, span.First - Math.Max(span.ClauseStart, span.First - 5)))
            .Any(k => SuspensionWords.Contains(view.Key(k)));
        var after = Enumerable.Range(span.Last + 1, Math.Max(0, Math.Min(view.Tokens.Length, span.Last + 9) - span.Last - 1))
            .TakeWhile(k => view.Key(k) is not ("," or ";" or "." or "and" or "but"))
            .Any(k => SuspensionWords.Contains(view.Key(k)) && WordLists.BeAuxiliaries.Contains(view.Key(k - 1)) || (view.Key(k) is "remains" or "remained" && SuspensionWords.Contains(view.Key(k + 1))));
        if (!(before || after) || entity(p.Source) is not { } source || entity(p.Target) is not { } target
            || model.Lexicon.Concept("suspend") is not { } suspend
            || model.Types.Resolve(suspend.Types, null, null, [], source.Kind, target.Kind, out var swap) is not { } suspended || swap)
        {
            return null;
        }

        return p with { Type = suspended, Rule = p.Rule + "+suspended", Concept = "suspend" };
    }

    /// <summary>The person who reports the clause a trigger stands in: "Pashinyan conveyed that ...", if any.</summary>
    private KnownEntity? Speaker(SentenceView view, int first)
    {
        for (var k = first - 1; k > 0; k--)
        {
            if (WordLists.ReportingCues.Contains(view.Key(k)) && view.Key(k + 1) == "that" && view.MentionAt(k) is null)
            {
                return ClauseAnalyzer.Subject(model, view, k, ClauseAnalyzer.ClauseStart(view, k))
                    .Select(m => entity(m.EntityId)).FirstOrDefault(e => e is not null && model.IsPersonKind(e.Kind));
            }
        }

        return null;
    }

    /// <summary>The structural rules whose facts do not depend on the sentence's modality.</summary>
    private static readonly FrozenSet<string> StructuralRules = FrozenSet.ToFrozenSet(
        ["list-membership", "name-part-of", "name-present-in", "of-part-of", "possessive-part-of", "demonym-part-of", "event-in-place", "place-in-state"],
        StringComparer.Ordinal);

    /// <summary>Whether what the proposal says comes from a name or a structure (whatever the sentence plans), not a verb.</summary>
    private bool StructuralOrNamed(ProposedRelation p) => StructuralRules.Contains(p.Rule) || (p.Rule == "name-parties" && StandingParties(p.Target));

    /// <summary>
    /// Whether the parties a name gives hold whatever the clause says of the named thing: a body ("the EU-Georgia Association
    /// Council") or a war ("could help end the Ukraine-Russia war") has its members and sides already; a planned summit does not.
    /// </summary>
    private bool StandingParties(string target) =>
        entity(target) is { } named && (named.Kind == model.OrganizationKind
            || (named.Kind == model.EventKind && named.Name.Split(' ', '-').LastOrDefault()?.ToLowerInvariant() is "war" or "conflict" or "conflicts" or "clashes"));

    /// <summary>The word that makes an event end of the proposal one still to come ("the upcoming summit"), or null.</summary>
    private string? UpcomingEventCue(ProposedRelation p)
    {
        foreach (var end in new[] { p.Source, p.Target })
        {
            if (entity(end)?.Kind != model.EventKind)
            {
                continue;
            }

            foreach (var m in p.View.Mentions.Where(m => m.EntityId == end && m.First >= p.SpanFirst && m.Last <= p.SpanLast))
            {
                foreach (var k in new[] { m.First - 1, m.First })
                {
                    if (UpcomingWords.Contains(p.View.Key(k)))
                    {
                        return p.View.Tokens[k].Text;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Verbs and nouns of making a body: "establishing", "the creation of", "to set up" (the "up" stands before the name).</summary>
    private static readonly FrozenSet<string> CreationWords = FrozenSet.ToFrozenSet(
        ["establish", "establishing", "establishment", "create", "creating", "creation", "form", "forming", "formation", "found", "founding",
         "up", "launch", "launching"], StringComparer.Ordinal);

    /// <summary>Words before an event that put it in the future.</summary>
    private static readonly FrozenSet<string> UpcomingWords = FrozenSet.ToFrozenSet(["upcoming", "forthcoming", "coming", "next", "planned", "scheduled"], StringComparer.Ordinal);

    /// <summary>Whether a negation stands right at a name ("not the EEU", "no Minsk Group"), not at a verb before it.</summary>
    private static bool NegatedAt(SentenceView view, int first)
    {
        var k = view.Key(first - 1) is "the" or "a" or "an" ? first - 2 : first - 1;
        return view.Key(k) is "not" or "no" or "never" or "nor" or "neither" or "non";
    }

    /// <summary>
    /// The word of making right before a name ("establishing an X", "the creation of a Y", "set up the Z"), at most an article
    /// (and "of") between; -1 if none.
    /// </summary>
    private static int CreationAt(SentenceView view, int first)
    {
        var k = view.Key(first - 1) is "a" or "an" or "the" ? first - 2 : first - 1;
        k = view.Key(k) == "of" ? k - 1 : k;
        return k >= 0 && CreationWords.Contains(view.Key(k)) ? k : -1;
    }

    private static bool ProspectiveAt(SentenceView view, int first)
    {
        if (CreationAt(view, first) >= 0)
        {
            return true;
        }

        for (var k = first - 1; k >= Math.Max(0, first - 2); k--)
        {
            if (ProspectiveAdjectives.Contains(view.Key(k)) || view.Key(k) is "new" or "proposed" or "possible")
            {
                return true;
            }
        }

        return false;
    }

    private bool IsProspectiveAnywhere(string agreementId, IReadOnlyList<SentenceView> views)
    {
        if (prospective is null)
        {
            prospective = new HashSet<string>(StringComparer.Ordinal);
            foreach (var view in views)
            {
                foreach (var m in view.Mentions)
                {
                    if (entity(m.EntityId)?.Kind == model.AgreementKind && ProspectiveCue(view, m) is not null)
                    {
                        prospective.Add(m.EntityId);
                    }
                }
            }
        }

        return prospective.Contains(agreementId);
    }

    /// <summary>
    /// The word that makes the proposal's document prospective, if any ("the draft treaty", "to prepare a charter", "has yet to be
    /// signed"), read at the mention of it nearest the trigger: "after initialling a draft X, A and B signed the agreement" signs
    /// the document the draft became.
    /// </summary>
    private static string? ProspectiveCue(ProposedRelation proposal)
    {
        var at = proposal.Modality?.First ?? proposal.SpanFirst;
        var nearest = proposal.View.Mentions.Where(m => m.EntityId == proposal.Target)
            .MinBy(m => Math.Min(Math.Abs(m.First - at), Math.Abs(m.Last - at)));
        return nearest is null ? null : ProspectiveCue(proposal.View, nearest);
    }

    private static string? ProspectiveCue(SentenceView view, EntityMention m)
    {
        for (var k = m.First - 1; k >= Math.Max(0, m.First - 5); k--)
        {
            var key = view.Key(k);
            if (ProspectiveAdjectives.Contains(key) && m.First - k <= 3)
            {
                return view.Tokens[k].Text;
            }

            if (MakingVerbs.Contains(key))
            {
                return view.Tokens[k].Text;
            }

            if (view.MentionAt(k) is not null || WordLists.ClauseBreaks.Contains(key))
            {
                break;
            }
        }

        // "The treaty, which has not yet been signed", "the charter remains unsigned", "a treaty yet to be signed".
        for (var k = m.Last + 1; k < Math.Min(view.Tokens.Length, m.Last + 8); k++)
        {
            var key = view.Key(k);
            if (key is "unsigned" or "initialled" or "initialed" || (key is "not" or "yet" or "never" && Enumerable.Range(k + 1, Math.Min(4, view.Tokens.Length - k - 1)).Any(j => view.Key(j) is "signed" or "ratified" or "concluded" or "finalized" or "finalised" or "been")))
            {
                return view.Tokens[k].Text;
            }

            if (view.MentionAt(k) is not null || key is ";" or ":")
            {
                break;
            }
        }

        return null;
    }
}
