using System.Collections.Frozen;
using System.Collections.Immutable;
using KnowledgeGraph.Model;
using static KnowledgeGraph.Extraction.ClauseAnalyzer;

namespace KnowledgeGraph.Extraction;

/// <summary>The lexicon's triggers (verbs and nominalizations) with their argument frames: between-pairs, compounds, subject-verb-object, passives, possessive agents, prepositional targets, reduced relatives.</summary>
internal sealed class TriggerFrameRule : RelationRule
{
    /// <summary>What one asks another to pass on as a courtesy ("asked him to convey greetings"): no demand.</summary>
    private static readonly HashSet<string> CourtesyNouns = new(StringComparer.Ordinal)
    {
        "greetings", "regards", "wishes", "congratulations", "condolences", "gratitude", "thanks", "respects",
    };

    public override string Name => "trigger-frame";

    public override double BaseConfidence => 0.75;

    public override string Pattern => "between-pair (0.85) \"talks took place between A and B\"; between-parties+prep (0.75); compound-pair (0.7) \"the A-B conflict\"; subject-verb+object/prep-* (0.75) \"A criticized B\", \"A demanded guarantees from B\"; passive-by (0.8) \"B was criticized by A\"; possessive-agent (0.75-0.8) \"A's invitation ... accepted by B\"; noun-of-agent, noun-from-agent (0.65-0.7); subject-noun (0.65); coordinated-subjects (0.75) \"A and B held talks\"; reduced-relative (0.65-0.8) \"the X Charter, signed with B\"; object-for \"A sanctioned B for attacking C\" (B attacked C), \"A thanked B for firm support for C\" (B supports C); co-agent+object (0.7) \"A attended X alongside B\"; with-participle \"with A backing B\"; focus-state (0.45)";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) => lexicon.Relations.SelectMany(c => c.Types.Concat(c.IntentTypes));

    public override RuleScope Scope => RuleScope.Body;

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        ApplyTriggers(context.Run, context.View, context.Paragraph);
    }

    private static void ApplyTriggers(DocumentRun run, SentenceView view, Paragraph paragraph)
    {
        var tokens = view.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            // A trigger noun may end an event's name ("visa liberalization negotiations"): it still relates the event's parties.
            var inEvent = view.MentionAt(i) is { } em && em.Last == i && em.First < i && run.Entity(em.EntityId)?.Kind == run.Model.EventKind;
            if ((view.MentionAt(i) is not null && !inEvent) || view.Reserved[i] || !tokens[i].IsWordLike)
            {
                continue;
            }

            if (MemberCompoundRule.At(run, view, i) is not null)
            {
                continue; // "NATO-member Turkey": the member-compound rule reads it
            }

            var phrases = run.Model.TriggersAt(tokens, i).ToList();
            if (phrases.Count == 0)
            {
                continue;
            }

            var length = phrases.Max(p => p.Keys.Length);
            var asNoun = LooksLikeNoun(view, i);
            var chosen = phrases.Where(p => p.Keys.Length == length).ToList();
            if (chosen.Any(p => p.IsNoun) && chosen.Any(p => !p.IsNoun))
            {
                chosen = [.. chosen.Where(p => p.IsNoun == asNoun)];
            }
            else if (asNoun && chosen.All(p => !p.IsNoun && VerbForms.IsNounLike(p.Keys[0])))
            {
                // "Armenia's borders with Turkey": a verb of the lexicon that is mostly a noun, written as one.
                chosen = [];
            }

            if (length == 1 && chosen.All(p => p.IsNoun) && tokens[i].IsCapitalized && i > 0 && !view.IsHeading
                && view.Key(i - 1) is not ("“" or "\"" or "‘" or "'" or ":" or "(" or "-" or "–" or "—" or "•"))
            {
                continue; // "a parade for Victory in World War II": a capitalized noun inside running text names something
            }

            foreach (var phrase in chosen.DistinctBy(p => p.Concept.Concept))
            {
                TriggerRelations(run, view, paragraph, phrase, i, i + length - 1);
            }

            // "expressed support for Armenia": a phrase whose concept needs an object head it lacks ("... for Armenia's
            // sovereignty") leaves its words to the triggers inside it (the noun "support").
            var headless = length > 1 && chosen.Count > 0 && chosen.All(p => !p.IsNoun && !p.Concept.ObjectHeads.IsEmpty
                && !HasObjectHead(run, view, p.Concept, i, i + length - 1, ClauseStart(view, i), ClauseEnd(view, i + length - 1)));
            i += headless ? 0 : length - 1;
        }
    }

    /// <summary>Whether a nominal trigger is the object of a removal, restriction, prospect, hope, call or aim (up to five words back, within the clause, not past a named entity).</summary>
    internal static bool GovernedWithoutStatement(SentenceView view, int first, int clauseStart)
    {
        // "conditions set by Azerbaijan for signing": a purpose gerund looks past the phrase that names who set them.
        var purpose = view.Key(first - 1) == "for" && view.Key(first).EndsWith("ing", StringComparison.Ordinal);
        var reach = purpose ? 9 : 5;
        for (var k = first - 1; k >= Math.Max(clauseStart, first - reach); k--)
        {
            // "the beginning of Armenia's withdrawal": a possessor between the governor and the noun is skipped.
            if (view.MentionAt(k) is { } m && view.Key(m.Last + 1) is "'s" or "’s")
            {
                k = m.First;
                continue;
            }

            if ((view.MentionAt(k) is not null && !purpose) || view.Key(k) is "," or "and" or ";")
            {
                return false;
            }

            if ((WordLists.UnstatedNominalGovernors.Contains(view.Key(k)) && view.Key(k + 1) != "short") || (view.Key(k) == "end" && view.Key(k + 1) != "of"))
            {
                // "pledged to end all hostilities" (but "at the end of talks with X": the talks took place).
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a nominal trigger heads its clause's subject ("cooperation with Russia had been revived", "a new round of
    /// negotiations with the EU would be held"): before it come no verb, no other preposition than "of" and no named
    /// entity. "Village elders held meetings with X" has a subject of its own, though not a named one.
    /// </summary>
    private static bool OpensClause(SentenceView view, int first, int clauseStart)
    {
        // "the preference was for direct dialogue with Baku", "the focus is on cooperation with X": a stance noun and a
        // copula before the nominal still leave the nominal without an actor of its own.
        var copula = Enumerable.Range(clauseStart, Math.Max(0, first - clauseStart)).FirstOrDefault(k => WordLists.BeAuxiliaries.Contains(view.Key(k)), -1);
        if (copula > clauseStart && WordLists.StanceNouns.Contains(view.Key(copula - 1)) && view.Key(copula + 1) is "for" or "on" or "toward" or "towards")
        {
            return Enumerable.Range(copula + 2, Math.Max(0, first - copula - 2)).All(k => view.MentionAt(k) is null && view.Tokens[k].Kind == TokenKind.Word && !view.Tokens[k].IsCapitalized);
        }

        for (var k = clauseStart; k < first; k++)
        {
            var key = view.Key(k);
            var token = view.Tokens[k];
            var verb = WordLists.BeAuxiliaries.Contains(key) || WordLists.CommonVerbs.Contains(key) || WordLists.ModalCues.Contains(key)
                || key.EndsWith("ed", StringComparison.Ordinal) || key.EndsWith("ing", StringComparison.Ordinal)
                || (WordLists.Prepositions.Contains(key) && key != "of");
            if ((view.MentionAt(k) is { } m && m.Last < first) || token.Kind != TokenKind.Word || verb)
            {
                if (!(key is "," || view.Reserved[k]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Whether an -ing form is a gerund governed by a preposition ("a precondition for signing", "a bill on joining").</summary>
    private static bool TopicOrGoverned(SentenceView view, int first)
    {
        var k = first - 1;
        if (view.Key(k) is "'s" or "’s" && view.MentionAt(k - 1) is { } possessor)
        {
            k = possessor.First - 1; // "a bill on Armenia's joining the EU"
        }
        else if (view.MentionAt(k) is { } actor && actor.Last == k)
        {
            k = actor.First - 1; // "a bill on Armenia joining the EU"
        }

        return view.Key(k) is "for" or "of" or "to" or "on" or "about" or "regarding" or "concerning" or "over";
    }

    /// <summary>
    /// Whether a nominal (or gerund) relation is only a topic or an unannounced event: "a bill on joining the EU", "talks on
    /// signing the treaty", "received no official notification of Armenia's withdrawal". A noun before "on", "about",
    /// "regarding" or "concerning" makes the trigger its topic; a negated word of notice ("no notification of") leaves it unsaid.
    /// </summary>
    internal static bool AboutOrUnannounced(SentenceView view, int first, int clauseStart)
    {
        // "discussed bilateral relations": the relations are a topic of the talks.
        for (var t = first - 1; t >= Math.Max(clauseStart, first - 4); t--)
        {
            if (WordLists.TopicVerbs.Contains(view.Key(t)))
            {
                return true;
            }

            if (view.MentionAt(t) is not null || !(view.Tokens[t].Kind == TokenKind.Word && !view.Tokens[t].IsCapitalized) || WordLists.Prepositions.Contains(view.Key(t)))
            {
                break;
            }
        }

        var k = first - 1;
        while (k >= clauseStart && first - k <= 5 && (WordLists.Determiners.Contains(view.Key(k)) || view.Key(k) is "'s" or "’s" || view.MentionAt(k) is not null
            || (view.Tokens[k].Kind == TokenKind.Word && !view.Tokens[k].IsCapitalized && !WordLists.Prepositions.Contains(view.Key(k)) && !WordLists.ClauseBreaks.Contains(view.Key(k))
                && view.Key(k) is not ("and" or "or"))))
        {
            k--;
        }

        if (k < clauseStart || first - k > 6)
        {
            return false;
        }

        var preposition = view.Key(k);
        var head = k - 1 >= 0 ? view.Tokens[k - 1] : null;
        var nounBefore = head is { Kind: TokenKind.Word, IsCapitalized: false } && view.MentionAt(k - 1) is null
            && !WordLists.BeAuxiliaries.Contains(head.Key) && !WordLists.CommonVerbs.Contains(head.Key) && !head.Key.EndsWith("ed", StringComparison.Ordinal);
        if (preposition is "on" or "about" or "regarding" or "concerning" && nounBefore && WordLists.TopicNouns.Contains(head!.Key))
        {
            return true;
        }

        if (preposition == "of" && nounBefore && WordLists.NoticeNouns.Contains(head!.Key))
        {
            for (var n = k - 2; n >= Math.Max(clauseStart, k - 5); n--)
            {
                if (ModalityReader.IsNegation(view.Key(n)) || view.Key(n) == "any")
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a nominal trigger is what a verb of advocacy wants to come about: "supports the establishment of peace and relations between A and B", "called for talks with Y".</summary>
    internal static bool Desired(SentenceView view, int first, int clauseStart)
    {
        for (var k = first - 1; k >= clauseStart; k--)
        {
            if (view.MentionAt(k) is not null)
            {
                return false;
            }

            if (WordLists.AdvocacyVerbs.Contains(view.Key(k)))
            {
                // "supports the peace negotiations between A and B": a definite process the verb takes as given is stated; only
                // "supports negotiations between A and B" or "the start of negotiations" is wished for.
                var between = Enumerable.Range(k + 1, first - k - 1).Select(view.Key).ToList();
                return !(between.Count is >= 1 and <= 3 && between[0] == "the"
                    && between.Skip(1).All(w => w is "ongoing" or "current" or "continuing" or "present" or "existing" or "bilateral" or "direct"));
            }
        }

        return false;
    }

    /// <summary>Whether a word of asking stands before a nominal trigger in its clause: "called for the dissolution", "a joint request for the closure".</summary>
    private static bool Asked(SentenceView view, int first, int clauseStart)
    {
        for (var k = first - 1; k >= clauseStart && k >= first - 6; k--)
        {
            if (WordLists.AdvocacyVerbs.Contains(view.Key(k)) || WordLists.AskingWords.Contains(view.Key(k)))
            {
                return true;
            }
        }

        return false;
    }

    private static void TriggerRelations(DocumentRun run, SentenceView view, Paragraph paragraph, TriggerPhrase phrase, int first, int last)
    {
        var concept = phrase.Concept;
        var clauseStart = ClauseStart(view, first);
        if (phrase.IsNoun && view.Key(first) == "invitation" && (InvitationOwnerRule.Owner(run, view, first) is not null || FrontedInvitationRule.Owns(view, first)))
        {
            // ("At the invitation of A, B ...": the fronted-invitation rule reads it.)
            return; // "A thanked B for the invitation to visit X": B invited A, read by the invitation-owner rule
        }
        var gerund = !phrase.IsNoun && view.Key(first).EndsWith("ing", StringComparison.Ordinal) && TopicOrGoverned(view, first);
        if ((phrase.IsNoun || gerund) && (GovernedWithoutStatement(view, first, clauseStart) || (concept.Plover != "REQUEST" && Desired(view, first, clauseStart))
            || AboutOrUnannounced(view, first, clauseStart)))
        {
            // "lifted a restriction on defense cooperation with X", "the prospect of talks with Y", "supports the
            // establishment of good relations between A and B": nothing is stated.
            return;
        }

        if (phrase.IsNoun && WordLists.NounsQualifiedByTrigger.Contains(view.Key(last + 1)))
        {
            // "at odds with membership standards in the EU", "Georgia's membership bid": a standard, a prospect or an
            // aim, not the relation itself.
            return;
        }

        if (phrase.IsNoun && concept.NounsNeedAsking && !Asked(view, first, clauseStart))
        {
            // "the states that emerged after the dissolution of the Soviet Union": the change itself, nobody asked for it.
            return;
        }

        var clauseEnd = ClauseEnd(view, last);
        if (phrase.IsNoun && VerbAt(run, view, last + 1))
        {
            // "the Central Asia summit brought together A and B with C": what follows the verb is the verb's, not the noun's.
            clauseEnd = last;
        }

        if (PredictedAfter(view, last, clauseEnd))
        {
            // "a fresh attack on Armenia was very likely", "talks with Baku are expected": a prediction, nothing stated.
            return;
        }

        if (phrase.IsNoun && concept.NounsNeedObjectHead && !NounHasObjectHead(run, view, concept, first, last, clauseEnd))
        {
            // "gas imports from Russia", "the purchase of grain": a trade in something other than arms.
            return;
        }

        // "urged China to respect the rights of herders": the cues of another sense end where the object's infinitive starts.
        var senseEnd = Math.Min(clauseEnd, last + 10);
        for (var k = last + 2; k <= senseEnd; k++)
        {
            if (view.Key(k) == "to" && view.MentionAt(k - 1) is { CanBeArgument: true })
            {
                senseEnd = k - 1;
                break;
            }
        }

        if (!phrase.IsNoun && first >= 2 && view.Key(first - 1) is "-" && view.IsGluedHyphen(first - 1) && view.MentionAt(first - 2) is not null)
        {
            // "Pakistan-occupied Kashmir", "the Moscow-brokered truce": a compound adjective, whose doer is the name before the hyphen.
            return;
        }

        if (concept.Concept == "membership" && Enumerable.Range(last + 1, Math.Max(0, Math.Min(clauseEnd, last + 10) - last))
                .Any(k => view.Key(k) is "observer" or "observers" || (view.Key(k) == "partner" && view.Key(k - 1) is "dialogue" or "a" or "an")))
        {
            // "Iran joined the EAEU as an observer", "became a dialogue partner": a status short of membership.
            return;
        }

        if (!phrase.IsNoun && view.Key(last) == "based" && view.Key(last + 1) is "on" or "upon")
        {
            // "a policy based on trust in its neighbours": founded on something, not stationed anywhere.
            return;
        }

        if (!phrase.IsNoun && concept.Concept == "demand" && senseEnd < Math.Min(clauseEnd, last + 10)
            && Enumerable.Range(senseEnd + 2, Math.Max(0, Math.Min(clauseEnd, senseEnd + 7) - senseEnd - 1)).Any(k => CourtesyNouns.Contains(view.Key(k))))
        {
            // "asked Ghalibaf to convey his greetings to the president": a courtesy, not a demand.
            return;
        }

        if (!phrase.IsNoun && ((!concept.ObjectHeads.IsEmpty && !HasObjectHead(run, view, concept, first, last, clauseStart, clauseEnd))
            || (!concept.OtherSenseCues.IsEmpty && Enumerable.Range(Math.Max(clauseStart, first - 3), Math.Max(0, senseEnd - Math.Max(clauseStart, first - 3) + 1))
                .Any(k => concept.OtherSenseCues.Contains(view.Key(k)) && !DemandThat(view, concept, last, k)))))
        {
            // "recalled that ...", "passed through X", "provided support to Y", "attacked X in a statement": not the sense
            // the concept is about.
            return;
        }

        if (!phrase.IsNoun && concept.Concept == "border" && view.Key(first) == "borders"
            && (view.Key(first - 1) is "open" or "reopen" or "opened" or "reopened" or "opening" or "reopening" or "close" or "closed" or "closing" or "cross" or "crossed"
                or "secure" or "protect" or "guard" or "guarding" or "common" or "shared" or "state" or "their" or "its" or "the" or "of" or "along" or "on" or "at"))
        {
            // "reopen borders closed since the 1990s", "along the borders": the plural noun, not the verb "borders".
            return;
        }

        if (view.Key(last) == "back" && WordLists.BackPhrasalVerbs.Contains(view.Key(first - 1)))
        {
            // "setting back Georgia's bid", "held back": a phrasal verb, not "back" as support.
            return;
        }

        var modality = new ModalitySpan(first, last, clauseStart);
        var triggerText = view.Text(first, last);

        // "A and B met separately with the leaders of X and Y": A and B did not meet each other.
        var separately = Enumerable.Range(Math.Max(0, first - 2), Math.Min(view.Tokens.Length, last + 3) - Math.Max(0, first - 2))
            .Any(k => view.Key(k) is "separately" or "individually");

        void Emit(EntityMention a, EntityMention b, string rule, double confidence, TriggerConcept? frame = null)
        {
            if (a.EntityId == b.EntityId || !a.CanBeArgument || !b.CanBeArgument || QualifierCompound(view, a) || QualifierCompound(view, b)
                || (separately && a.Last < first && b.Last < first))
            {
                return;
            }

            // "arrived in Tajikistan's capital, Dushanbe": a capital named as the capital is the city, not its state.
            if (b.Form == FormKind.Metonym && view.Key(b.First - 1) == "," && view.Key(b.First - 2) == "capital" && run.CityOfCapital(view, b) is { } city)
            {
                b = b with { EntityId = city.Id };
            }

            // "a working visit to Brussels": one travels to the city, not to the bloc it stands for elsewhere.
            if ((frame ?? concept).Concept == "visit" && b.Form == FormKind.Metonym && view.Key(b.First - 1) is "to" or "in"
                && run.Entity(b.EntityId)?.Kind == run.Model.OrganizationKind && run.CityOfCapital(view, b) is { } seat)
            {
                b = b with { EntityId = seat.Id };
            }

            var spanFirst = Math.Min(Math.Min(a.First, b.First), first);
            var spanLast = Math.Max(Math.Max(a.Last, b.Last), last);
            var distance = spanLast - spanFirst;
            var adjusted = confidence * Math.Min(a.Confidence, b.Confidence) - Math.Min(0.15, distance > 12 ? 0.005 * (distance - 12) : 0);
            EmitResolved(run, view, paragraph, frame ?? concept, a.EntityId, b.EntityId, modality, run.TimeNear(view, first), spanFirst, spanLast, adjusted, rule, triggerText);
        }

        // "talks between A and B", "a phone conversation was held between A and B" (not past another trigger).
        var nextTrigger = Enumerable.Range(last + 1, Math.Max(0, view.Tokens.Length - last - 1))
            .FirstOrDefault(k => view.MentionAt(k) is null && run.Model.TriggersAt(view.Tokens, k).Any(), view.Tokens.Length);
        // (Nor past a phrase of time or circumstance: "a phone call with X following a peace deal between A and B" is no call
        // between A and B.)
        var window = Math.Min(Math.Min(clauseEnd, last + 16), nextTrigger - 1);
        var circumstance = FindKey(view, last + 1, window, "following", "after", "amid", "amidst", "since", "before", "despite", "during");
        var between = FindKey(view, last + 1, circumstance < 0 ? window : circumstance - 1, "between", "among");

        // "urged talks to establish a truce between A and B": an infinitive with an object of its own takes the
        // "between" ("talks to be held between A and B" keep it).
        if (between >= 0 && InfinitiveWithObject(view, last + 1, between))
        {
            between = -1;
        }

        // "signed the Charter between A and B": the "between" belongs to the document the verb acts on, not to the verb.
        var documentBefore = between >= 0 && !phrase.IsNoun
            && view.Mentions.Any(m => m.First > last && m.Last < between && run.Entity(m.EntityId)?.Kind == run.Model.AgreementKind);
        if (between >= 0 && !documentBefore)
        {
            var parties = Coordinated(view, between + 1, clauseEnd);
            if (parties.Count >= 2)
            {
                if (concept.Symmetric)
                {
                    if (PairedOff(view, parties) is { } pairs)
                    {
                        pairs.ForEach(p => Emit(p.Item1, p.Item2, "between-pair", 0.85));
                    }
                    else
                    {
                        AllPairs(parties, (a, b) => Emit(a, b, "between-pair", 0.85));
                    }

                    return;
                }

                if (!concept.TargetKinds.IsEmpty)
                {
                    var things = Targets(run, view, concept, last, clauseEnd, out _);
                    foreach (var p in parties)
                    {
                        foreach (var t in things)
                        {
                            Emit(p, t, "between-parties+prep", 0.75);
                        }
                    }

                    return;
                }

                // "A mediated between B and C", "A's mediation between B and C"; not "A welcomed the progress in the peace
                // agenda between B and C", where "between" qualifies a noun far from the verb.
                // ("praised X for the mediation between B and C": the one praised mediated.)
                if (between - last <= 3 && (phrase.IsNoun && ThankedFor(run, view, first) is { } praised ? [praised] : Subject(run.Model, view, first, clauseStart)) is { Count: > 0 } mediators)
                {
                    foreach (var m in mediators)
                    {
                        foreach (var p in parties)
                        {
                            Emit(m, p, "subject-between", 0.7);
                        }
                    }

                    return;
                }
            }
        }

        // "the Armenia-Azerbaijan conflict", "an Israel-Azerbaijan-U.S. alliance".
        if (phrase.IsNoun && concept.Symmetric && Compound(view, first) is { Count: >= 2 } compound)
        {
            // (Not a conflict named as a topic: "discussed the Armenian-Azerbaijani conflict" states no more than its name.
            // Not a summit the text names: "the A-B-C trilateral summit" is an event the three take part in, which the name
            // rule states; whether they talked with each other there the name does not say.)
            var namedGathering = view.Key(last) is "summit" or "summits" or "meeting" or "meetings" or "forum"
                && view.Mentions.Any(m => m.First <= first && first <= m.Last && run.Entity(m.EntityId)?.Kind == run.Model.EventKind);
            if (!(concept.Concept == "conflict" && NamedAsTopic(view, compound.Min(c => c.First))) && !namedGathering)
            {
                AllPairs(compound, (a, b) => Emit(a, b, "compound-pair", 0.7));
            }

            return;
        }

        var agents = new List<EntityMention>();
        var agentRule = "subject";
        // "is seeking closer ties" is progressive, not passive; "troops are stationed in X" says where the subject is.
        // "is critical of X", "is opposed to X": an adjective after "be" states the subject's stance; only "by" makes it passive.
        var adjectival = view.Key(first) is "critical" or "opposed" && view.Key(last + 1) != "by";
        var passive = !phrase.IsNoun && !adjectival && !view.Key(first).EndsWith("ing", StringComparison.Ordinal) && concept.Concept != "presence"
            && (WordLists.BeAuxiliaries.Contains(view.Key(first - 1)) || WordLists.BeAuxiliaries.Contains(view.Key(first - 2)) || view.Key(last + 1) == "by");
        // "signed jointly by": an adverb may stand between; "rejected proposals by Armenia" has an object there, and no passive.
        var byIndex = view.Key(last + 1) == "by" ? last + 1
            : view.Key(last + 2) == "by" && (view.Key(last + 1).EndsWith("ly", StringComparison.Ordinal) || view.Key(last + 1) is "today" or "yesterday" or "again" or "too") ? last + 2
            : -1;
        if (byIndex < 0 && !phrase.IsNoun && WordLists.BeAuxiliaries.Contains(view.Key(first - 1) is "formally" or "warmly" or "officially" ? view.Key(first - 2) : view.Key(first - 1)))
        {
            // "Tokayev was greeted in Baku on Friday by Aliyev": the agent after the place and the day.
            for (var k = last + 1; k <= Math.Min(clauseEnd, last + 9); k++)
            {
                if (view.Key(k) == "by")
                {
                    byIndex = k;
                    break;
                }

                if (view.Key(k) is "," or ";" or "and" or "that" || (view.MentionAt(k) is null && run.Model.TriggersAt(view.Tokens, k).Any(t => !t.IsNoun)))
                {
                    break;
                }
            }
        }
        if (!phrase.IsNoun && byIndex >= 0)
        {
            agents = Coordinated(view, byIndex + 1, clauseEnd);
            agentRule = "passive-by";
        }
        else if (!phrase.IsNoun && (view.Key(first - 1) == "for" || (view.Key(first - 1) == "of" && view.MentionAt(first - 2) is { } accused && WordLists.AccusationVerbs.Contains(view.Key(accused.First - 1)))
                || (view.Key(first - 1) == "against" && view.MentionAt(first - 2) is { } warned && view.Key(warned.First - 1) is "warned" or "warns" or "warn" or "cautioned" or "cautions"))
            && view.Key(first).EndsWith("ing", StringComparison.Ordinal)
            && view.MentionAt(first - 2) is { CanBeArgument: true } doer && doer.Last == first - 2 && !AfterBy(view, doer))
        {
            // "accused Iran of supplying missiles to Russia": the accused did it (as a claim, see the modality stage).
            // "warned Armenia against joining the EU": the one warned would do it (a possibility, see the modality stage).
            // "sanctioned Russia for attacking Ukraine", "thanked France for supplying": the one acted upon did it
            // (not "was criticized by France for attacking", where the by-phrase is no doer).
            agents = [doer];
            agentRule = "object-for";
        }
        else if (concept.Concept is "support" or "criticize" && concept.TargetPrepositions.Contains(view.Key(last + 1))
            && view.MentionAt(first - 1) is { } backer && (backer.CanBeArgument || backer.Form == FormKind.Demonym) && backer.Last == first - 1
            && view.Tokens[first - 1].Kind != TokenKind.Possessive && run.Entity(backer.EntityId) is { } backerEntity
            && (backerEntity.Kind == run.Model.StateKind || backerEntity.Kind == run.Model.OrganizationKind))
        {
            // "welcomed U.S. support for Armenia", "dismissed Armenian criticism of the CSTO": the state or body right before the
            // noun is the one that supports or criticizes, not the sentence's subject.
            agents = [backer.Form == FormKind.Demonym ? backer with { StandsForState = true } : backer];
            agentRule = "modifier-agent";
        }
        else if (phrase.IsNoun && ThankedFor(run, view, first) is { } thanked)
        {
            // "thanked Tokayev for firm support for Armenia": the one thanked for the act did it.
            agents = [thanked];
            agentRule = "object-for";
        }
        else if (phrase.IsNoun && GerundOfJudged(run, view, first) is { } judged)
        {
            // "criticised France for raising arms supplies to Armenia": the one judged for the act did it.
            agents = [judged];
            agentRule = "object-for";
        }
        else if (phrase.IsNoun && Possessor(view, first) is { } possessor)
        {
            agents.Add(possessor);
            agentRule = "possessive-agent";
        }
        else if (phrase.IsNoun && first >= 2 && (view.Tokens[first - 1].Kind == TokenKind.Possessive ? first - 1 : IsDescribingAdjective(view.Key(first - 1)) ? first - 2 : -1) is var mark
            && mark >= 1 && view.Tokens[mark].Kind == TokenKind.Possessive && !IsTimeWord(view.Key(mark - 1)))
        {
            // "decried the Armenian government's criticism of the CSTO": the noun's possessor acts, and it names no entity
            // here; the sentence's subject did not do it. ("last week's announcement" is a time, no possessor.)
            agents = [];
            agentRule = "possessive-agent";
        }
        else if (phrase.IsNoun && SkipShortAdverbial(view, last + 1) is var afterNoun
            && (GivingParticiples.Contains(view.Key(afterNoun)) && view.Key(afterNoun + 1) == "by" ? afterNoun + 1 : afterNoun) is var agentAt
            && view.Key(agentAt) is "from" or "by" && !concept.TargetPrepositions.Contains(view.Key(agentAt)))
        {
            // "a visit over the weekend from envoy X to Baku": a short time phrase may stand between the noun and its agent.
            // "welcomed the support provided by X to Y": the one who gave it acts, not the one who welcomed it.
            agents = Coordinated(view, agentAt + 1, clauseEnd);
            agentRule = "noun-from-agent";
        }
        else if (phrase.IsNoun && view.Key(last + 1) == "of" && !concept.TargetPrepositions.Contains("of") && OfAgents(run, view, last, clauseEnd) is { Count: > 0 } actors)
        {
            agents = actors;
            agentRule = "noun-of-agent";
        }
        else if (!phrase.IsNoun && view.Key(first - 1) == "to" && view.MentionAt(first - 2) is { CanBeArgument: true } addressee && addressee.Last == first - 2
            && (AskingVerbs.Contains(view.Key(addressee.First - 1))
                || (view.Key(addressee.First - 1) == "on" && view.Key(addressee.First - 2) is "called" or "calls" or "call")))
        {
            // "Russia called on Armenia to withdraw", "Blinken urged Aliyev to sign": the one asked would act.
            agents = [addressee];
            agentRule = "asked";
        }
        else if (!phrase.IsNoun && view.Key(first - 1) == "to" && AskedUnnamed(view, first - 1))
        {
            // "He invited the parties to sign", "urged both sides to withdraw": the ones asked would act, and the text names none.
            agents = [];
            agentRule = "asked-unnamed";
        }
        else if (!phrase.IsNoun && view.Key(first - 1) == "to"
            && view.Key(first - 2) is "invitation" or "invitations" or "request" or "requests" or "offer" or "offers" or "call" or "calls" or "appeal" or "plea" or "permission")
        {
            // "Putin's invitation to attend the celebration": the one invited would act, not the one who invites.
            agents = [];
            agentRule = "invited";
        }
        else if (!phrase.IsNoun && ModifiesUnnamedNoun(view, first))
        {
            // "a corridor passing through X", "the only Armenian region bordering Iran": the participle describes the noun
            // before it, which names no entity; the sentence's subject did not do it.
            agents = [];
            agentRule = "participle-of-noun";
        }
        else if (!phrase.IsNoun && !passive && (view.Key(first - 1 - (IsDescribingAdjective(view.Key(first - 1)) ? 1 : 0)) is "its" or "their" or "his" or "her" or "the" or "a" or "an"
            || (view.Key(first - 1) == "of" && WordLists.ExpressionNouns.Contains(view.Key(first - 2)))))
        {
            // "Lukashenko's declaration of support for Azerbaijan": after a noun of saying, the verb's form is a noun too.
            // "over its alleged transfer of missiles to Russia": a verb's form after a determiner is a noun; its possessor acts
            // ("X's", or "its" when the sentence names one state or body before it), else nobody named.
            agents = Possessor(view, first) is { } owner ? [owner] : ItsReferent(view, first) is { } its ? [its] : [];
            agentRule = "possessive-agent";
        }
        else if (!phrase.IsNoun && !passive && view.Key(first).EndsWith("ing", StringComparison.Ordinal) && view.Key(first - 1) == ","
            && StatementBefore(view, first - 1) is { } statement)
        {
            // "refuted the statement made by Pashinyan on March 18, accusing Azerbaijan of ...": the participle describes the
            // statement, so its author acts (the one named after "by", or its possessor), not the sentence's subject.
            agents = view.MentionStartingAt(view.Key(statement + 1) == "made" ? statement + 3 : statement + 2) is { CanBeArgument: true } author
                && view.Key(view.Key(statement + 1) == "made" ? statement + 2 : statement + 1) is "by" or "of" ? [author]
                : Possessor(view, statement) is { } owner ? [owner] : [];
            agentRule = "statement-participle";
        }
        else if (!phrase.IsNoun && !passive && view.Key(first).EndsWith("ing", StringComparison.Ordinal) && view.Key(first - 1) == "that")
        {
            // "Moscow warned Yerevan that leaving the CSTO would ...": a gerund opening a that-clause is done by the one told
            // or warned, when the sentence names one right before "that"; by nobody named otherwise. Not the main subject.
            agents = view.MentionAt(first - 2) is { CanBeArgument: true } told && told.Last == first - 2
                && view.Key(told.First - 1) is "warned" or "warns" or "told" or "tells" or "reminded" or "reminds" or "assured" or "assures" or "informed" or "cautioned"
                ? [told] : [];
            agentRule = "gerund-clause";
        }
        else if (phrase.IsNoun && CueAfterComma(view, first, 3, numbers: false, "citing", "cited") is { } citing)
        {
            // "The US blocked a deal that would help Iraq ..., citing sanctions on Iran": what the participle cites is the
            // sentence subject's reason; its act is that subject's when one opens the sentence, nobody's otherwise.
            agents = view.Mentions.LastOrDefault(m => m.CanBeArgument && m.Last < citing && OpensSentence(view, m)) is { } opener ? [opener] : [];
            agentRule = "subject-noun";
        }
        else if (!phrase.IsNoun && !passive && view.Key(first).EndsWith("ing", StringComparison.Ordinal) && first >= 2
            && view.MentionAt(first - 1) is { CanBeArgument: true } withDoer && withDoer.Last == first - 1 && withDoer.First >= 1 && view.Key(withDoer.First - 1) == "with")
        {
            // "marked by rivalry, with Turkey backing Azerbaijan": after "with", the name before the participle does it.
            agents = [withDoer];
            agentRule = "with-participle";
        }
        else if (phrase.IsNoun && concept.Concept == "meeting" && CueAfterComma(view, first, 4, numbers: true, "following", "after", "during") - 1 is { } trailingComma
            && view.Mentions.LastOrDefault(m => m.CanBeArgument && m.Last < trailingComma && ClauseAnalyzer.OpensSentence(view, m)) is { } opener)
        {
            // "Pashinyan announced that ties had grown, following talks with Tokayev": the meeting after the comma is the
            // sentence's subject's, whatever the reported clause between names; that clause's modality is not the meeting's.
            agents = [opener];
            agentRule = "subject-noun";
            modality = new ModalitySpan(first, last, trailingComma + 1);
        }
        else if (phrase.IsNoun && concept.Concept == "invitation" && InvitationTakenBy(view, first))
        {
            // "X received an invitation to visit Y", "accepted the invitation to ...": the subject is the one invited, and the
            // sentence names no one who invited.
            agents = [];
            agentRule = "subject-noun";
        }
        else if (phrase.IsNoun && AmidBefore(view, first))
        {
            // "X skipped the meetings amid a deep downturn in relations with Russia": a circumstance says whose ties they are
            // no more than the sentence's subject does; only the phrase's own ends ("between A and B") are read.
            agents = [];
            agentRule = "subject-noun";
        }
        else if (!passive)
        {
            agents = Subject(run.Model, view, first, clauseStart);
            agentRule = phrase.IsNoun ? "subject-noun" : "subject-verb";
            if (phrase.IsNoun && concept.Concept == "visit" && agents.Count > 0 && GuestOfHost(run, view, agents[^1].Last + 1, first) is { Count: > 0 } guests)
            {
                // "Tokayev hosted Scholz during an official visit to Kazakhstan": the guest made the visit, not the host.
                agents = guests;
                agentRule = "hosted-guest";
            }
            if (!phrase.IsNoun && view.Key(first - 1) == "and" && view.Key(first - 2) == "," && clauseStart > 0 && view.Key(clauseStart - 1) is "who" or "which")
            {
                // "He criticised X for the kidnapping of Y, who was returned to Russia, and threatened Z": after a relative
                // clause, ", and" plus a verb continues the main clause; its subject opens the sentence, or none is read.
                agents = [.. view.Mentions.Where(m => m.Last < clauseStart && m.CanBeArgument && !Governed(view, m)).Take(1).Where(m => OpensSentence(view, m))];
            }
        }

        if (!phrase.IsNoun && !passive && concept.Concept == "withdraw"
            && DirectObject(view, last + 1, Math.Min(clauseEnd, last + 3), false) is [var moved] && view.Key(moved.Last + 1) == "from"
            && run.Entity(moved.EntityId) is { } movedEntity && (movedEntity.Kind == run.Model.StateKind || movedEntity.Kind == run.Model.OrganizationKind))
        {
            // "he intends to withdraw Armenia from the CSTO": the state moved out is the one that withdraws.
            agents = [moved];
            agentRule = "object-from";
        }

        var targets = new List<EntityMention>();
        var targetRule = "prep";
        if (concept.AcceptedByIsTarget)
        {
            var accepted = FindKey(view, last + 1, view.Tokens.Length - 1, "accepted", "welcomed");
            if (accepted >= 0 && view.Key(accepted + 1) == "by")
            {
                targets = Coordinated(view, accepted + 2, view.Tokens.Length - 1);
                targetRule = "accepted-by";
            }
        }

        if (targets.Count == 0)
        {
            targets = PrepositionalTargets(run, view, concept, last, clauseEnd, out targetRule, parts: !phrase.IsNoun);

            // "will attend the events marking Victory Day in Moscow": a verb whose object is its target has one that names no
            // entity; the "in" after that object places it, it is not what was attended.
            if (targets.Count > 0 && targetRule == "prep-in" && concept.ObjectIsTarget && !phrase.IsNoun && view.Key(last) != "in"
                && view.Key(last + 1) is "the" or "a" or "an" && view.MentionAt(last + 2) is null && view.Tokens.Length > last + 2
                && view.Tokens[last + 2] is { Kind: TokenKind.Word, IsCapitalized: false })
            {
                targets = [];
            }

            // "Putin invited Pashinyan to Moscow": an object right after the verb is the other end; the "to" phrase is where.
            if (targets.Count > 0 && concept.ObjectIsTarget && !concept.ObjectAndPrepositionTargets && !concept.WithPartnersAct && !phrase.IsNoun && !passive && agentRule != "object-from"
                && DirectObject(view, last + 1, Math.Min(clauseEnd, last + 3), concept.ObjectIsPossessor) is { Count: > 0 } direct
                && direct[0].First < targets[0].First && (concept.TargetKinds.IsEmpty || direct.All(d => Fits(run, concept, d))))
            {
                if (concept.Reverse && direct.All(d => run.Entity(d.EntityId)?.Kind == run.Model.WeaponKind)
                    && run.Model.Lexicon.Concept("acquire-item") is { } acquireItem)
                {
                    // "France delivered Bastion vehicles to Armenia": Armenia acquired the vehicles (and, below, arms from France).
                    foreach (var receiver in targets)
                    {
                        foreach (var weapon in direct)
                        {
                            EmitResolved(run, view, paragraph, acquireItem, receiver.EntityId, weapon.EntityId, modality, run.TimeNear(view, first),
                                Math.Min(first, receiver.First), Math.Max(receiver.Last, weapon.Last), 0.7, "supplied-item", triggerText);
                        }
                    }
                }
                else
                {
                    targets = direct;
                    targetRule = "object";
                }
            }
        }

        if (concept.WithPartnersAct && !phrase.IsNoun && !passive && targetRule == "prep-with"
            && DirectObject(view, last + 1, clauseEnd, false).Where(t => run.Entity(t.EntityId)?.Kind == run.Model.AgreementKind).ToList() is { Count: > 0 } documents)
        {
            // "A signed the Charter with B": B signed it too; the document is what was signed.
            agents = [.. agents, .. targets];
            targets = documents;
            targetRule = "object";
        }

        // "X spoke about the summit": the first name after the verb is the topic. After "noted that", "announced that" only inside
        // the reported clause's subject ("noted that the mandate of the EU mission ..."): a name that is itself the subject
        // ("noted that the EU would ...") is who acts there, not what was spoken about (5 of 16 right on the read sets before).
        if (targets.Count == 0 && concept.FirstMentionIsTarget
            && view.Mentions.FirstOrDefault(m => m.First > last && m.First - last <= 15 && m.CanBeArgument && Fits(run, concept, m)) is { } topic
            && (view.Key(last) != "that" || view.Key(topic.First - (view.Key(topic.First - 1) == "the" ? 2 : 1)) == "of"))
        {
            targets = [topic];
            targetRule = "first-mention";
        }

        if (targets.Count == 0 && phrase.IsNoun && concept.Concept == "visit" && agentRule == "possessive-agent" && view.MentionAt(first - 1) is { CanBeArgument: true } visitedPlace
            && visitedPlace.Last == first - 1 && run.Entity(visitedPlace.EntityId) is { } placeEntity && (placeEntity.Kind == run.Model.StateKind || placeEntity.Kind == run.Model.PlaceKind))
        {
            // "Lukashenko's Azerbaijan trip": the place named before the noun is where the visit went.
            targets = [visitedPlace];
            targetRule = "compound";
        }

        if (targets.Count == 0 && concept.ObjectIsTarget && !passive)
        {
            targets = DirectObject(view, last + 1, clauseEnd, concept.ObjectIsPossessor);
            targetRule = "object";
        }
        if (targets.Count == 0 && concept.Concept == "sign" && !phrase.IsNoun && !passive && NamedSignedDocuments(run, view, last + 1) is { Count: > 0 } included)
        {
            // "signed several documents, including X and Y", "signed a joint declaration and the X Treaty": the documents
            // named after "including" or "and" are what was signed.
            targets = included;
            targetRule = "object";
        }
        else if (concept.ObjectAndPrepositionTargets && !passive && targetRule.StartsWith("prep", StringComparison.Ordinal))
        {
            // "connects A with B", "links A to B": the object and the prepositional end are both ends.
            targets = [.. DirectObject(view, last + 1, clauseEnd, false).Where(t => Fits(run, concept, t)), .. targets];
            targetRule = "object+" + targetRule;
        }

        var before = view.Key(first - 1) is "," or "-" or "(" ? first - 2 : first - 1;
        if (!phrase.IsNoun && concept.ReducedRelativeIsAgent && view.Key(first).EndsWith("ed", StringComparison.Ordinal) && first >= 1
            && view.MentionAt(first - 1) is null && view.Tokens[first - 1] is { Kind: TokenKind.Word, IsCapitalized: false } noun
            && !WordLists.BeAuxiliaries.Contains(noun.Key) && noun.Key is not ("has" or "have" or "had" or "and" or "or" or "also" or "been")
            && !noun.Key.EndsWith("ly", StringComparison.Ordinal) && view.Key(first - 2) is not ("has" or "have" or "had" or "keeps" or "keep" or "kept" or "maintains" or "maintain" or "maintained"))
        {
            // "opposition to the EU mission deployed in Armenia", "the French troops stationed in X": the participle describes
            // the noun before it, whose owner (a demonym or name right before the noun) is what is present; the sentence's
            // subject is not ("Russia has troops stationed in X" keeps its subject).
            if (view.MentionAt(first - 2) is not { CanBeArgument: true } owner || owner.Last != first - 2)
            {
                return;
            }

            agents = [owner];
            agentRule = "reduced-relative";
        }

        if (!phrase.IsNoun && view.MentionAt(before) is { CanBeArgument: true } adjacent && adjacent.Last == before)
        {
            if (concept.ReducedRelativeIsAgent && agents.Count == 0)
            {
                agents = [adjacent];
                agentRule = "reduced-relative";
            }
            else if (concept.ReducedRelativeIsTarget && Fits(run, concept, adjacent) && byIndex < 0
                && (before != first - 1 || run.Entity(adjacent.EntityId)?.Kind == run.Model.AgreementKind)
                && !(targetRule == "object" && targets.Count > 0)) // "The Tajik leader, Emomali Rahmon, signed the declaration": a verb with its object is finite
            {
                // "the Charter, signed with the Biden administration on ...": the partners after "with" signed it too,
                // and so did the state the analysis is about, unless the document's name gives parties without it ("the
                // Azerbaijani-Armenian accord initialled at the White House" in an article about Russia).
                agents = targetRule == "prep-with" ? [.. targets] : [];
                if (run.FocusState() is { } signer && agents.All(a => a.EntityId != signer) && !NamedWithout(run, adjacent.EntityId, signer))
                {
                    agents.Add(new EntityMention(first, last, signer, FormKind.Alias, "focus-state", 0.8));
                }

                targets = [adjacent];
                (agentRule, targetRule) = ("reduced-relative", "with-partners");
            }
            else if (byIndex >= 0 && targets.Count == 0 && concept.ObjectIsTarget && !EndsBetweenPair(view, adjacent))
            {
                // "the regional summit in Kars(, Turkey), attended by A": the place closes the event's phrase; the event
                // was attended.
                var where = view.Key(adjacent.First - 1) == "," && view.MentionAt(adjacent.First - 2) is { } town && town.Last == adjacent.First - 2
                    && run.Entity(town.EntityId)?.Kind == run.Model.PlaceKind ? town : adjacent;
                targets = [view.Key(where.First - 1) == "in" && run.Entity(where.EntityId)?.Kind is { } whereKind
                    && (whereKind == run.Model.PlaceKind || whereKind == run.Model.StateKind)
                    && view.MentionAt(where.First - 2) is { } placed && placed.Last == where.First - 2 && run.Entity(placed.EntityId)?.Kind == run.Model.EventKind
                    ? placed : adjacent];
                targetRule = "reduced-relative";
            }
        }

        var auxiliary = WordLists.BeAuxiliaries.Contains(view.Key(first - 1)) || WordLists.BeAuxiliaries.Contains(view.Key(first - 2));
        if (passive && first == 0 && byIndex >= 0 && targets.Count == 0 && concept.ObjectIsTarget && FrontedParticipleSubject(run, view, byIndex) is { } fronted)
        {
            // "Hosted by Ilham Aliyev, the 12th Summit ... was held in Gabala": the fronted participle describes the main subject.
            targets = [fronted];
            targetRule = "fronted-participle";
        }

        if (passive && auxiliary && byIndex >= 0 && targets.Count == 0 && concept.ObjectIsTarget)
        {
            // "B's invitation was accepted by A": the subject (or its possessor) is what was acted upon. "a COP29 to be hosted
            // by A": in a passive infinitive, the noun before "to be" is, or nothing named is.
            targets = view.Key(first - 1) == "be" && view.Key(first - 2) == "to"
                ? [.. view.Mentions.Where(m => m.Last == first - 3 && m.CanBeArgument)]
                : Subject(run.Model, view, first, clauseStart);

            // "Armenia's bid to join the EU was welcomed by France": what was welcomed is the bid, not Armenia; only a concept
            // that reads the possessor ("B's invitation was accepted") keeps it.
            if (!concept.ObjectIsPossessor && !concept.AcceptedByIsTarget)
            {
                targets = [.. targets.Where(t => view.Tokens.Length <= t.Last + 1 || view.Tokens[t.Last + 1].Kind != TokenKind.Possessive)];
            }

            targetRule = "passive-subject";
        }

        if (targets.Count == 0 && !phrase.IsNoun && !concept.IntentTypes.IsEmpty && view.Key(first - 1) == "to"
            && view.Key(last + 1) is "." or "," or ";" or "and" or "" or "”" or "\"")
        {
            // "the text of the peace agreement was ready and Armenia was prepared to sign": the document named before is the object.
            targets = [.. view.Mentions.Where(m => m.Last < first && m.CanBeArgument && run.Entity(m.EntityId)?.Kind == run.Model.AgreementKind).TakeLast(1)];
            targetRule = "ellipsis";
        }

        if (targets.Count == 0 && !phrase.IsNoun && !passive && concept.ObjectIsTarget && ObjectRelativeAntecedents(run, view, concept, first) is { Count: > 0 } antecedents)
        {
            // "the 2020 war, and the 2023 offensive, that Azerbaijan launched": the clause's object is what "that" stands for.
            targets = antecedents;
            targetRule = "object-relative";
        }

        if (!concept.TargetKinds.IsEmpty)
        {
            targets = [.. targets.Where(t => Fits(run, concept, t))];
            if (targets.Count == 0 && passive)
            {
                // "Putin's invitation to attend the Victory Day celebration was accepted by Pashinyan": the thing is in the clause.
                targets = [.. view.Mentions.Where(m => m.Last < first && m.First >= clauseStart
                    && run.Entity(m.EntityId) is { } e && concept.TargetKinds.Contains(e.Kind))];
                targetRule = "clause-thing";
            }
        }

        if (concept.Concept == "host" && (view.Key(first).StartsWith("welcom", StringComparison.Ordinal) || view.Key(first).StartsWith("greet", StringComparison.Ordinal)
            || view.Key(first).StartsWith("receiv", StringComparison.Ordinal)))
        {
            // "Armenia welcomes the consultations between the ministries": one welcomes guests, not a meeting or a document.
            targets = [.. targets.Where(t => run.Entity(t.EntityId) is { } e && (e.Kind == run.Model.StateKind || e.Kind == run.Model.OrganizationKind || run.Model.IsPersonKind(e.Kind)))];
        }

        if (concept.Symmetric && concept.TargetKinds.IsEmpty)
        {
            // "A and B discussed the treaty": a document, event or place is no partner of a meeting.
            targets = [.. targets.Where(t => run.Entity(t.EntityId) is { } e && (e.Kind == run.Model.StateKind || e.Kind == run.Model.OrganizationKind || run.Model.IsPersonKind(e.Kind)))];
        }

        if (agents.Count >= 2 && targets.Count == 0 && concept.Symmetric
            && !(phrase.IsNoun && view.Key(first - 1) is "on" or "about" or "regarding" or "concerning") // "a meeting of A, B and C on cooperation": a topic
            && !(phrase.IsNoun && Enumerable.Range(agents.Max(a => a.Last) + 1, Math.Max(0, first - agents.Max(a => a.Last) - 1))
                .Any(k => run.Model.TriggersAt(view.Tokens, k).Any(t => !t.IsNoun && t.Concept != concept))))
        {
            // Not "A and B welcomed the deal": the noun is the object of another act, not what A and B did together.
            // "A and B met", "A and B held talks": coordinated subjects of a symmetric trigger.
            AllPairs(agents, (a, b) => Emit(a, b, "coordinated-subjects", 0.75));
            VenueParticipation(run, view, paragraph, phrase, agents, modality, first, last, clauseEnd, "coordinated-subjects", triggerText);
            return;
        }

        if (agents.Count == 0 && targets.Count > 0 && phrase.IsNoun && targetRule == "prep-with" && OpensClause(view, first, clauseStart)
            && run.FocusState() is { } focus && view.Mentions.FirstOrDefault(m => m.EntityId == focus) is null
            && (view.Mentions.LastOrDefault(m => m.Last < first && run.Entity(m.EntityId) is { } before && run.Model.IsPersonKind(before.Kind)) is not { } speaker
                || ServedState(run, speaker.EntityId) == focus))
        {
            // (After a person, only when the person serves the focus state: "His comments come amid negotiations with X" are
            // talks of his state, which may be another.)
            // "... cooperation with Russia had been revived": an actorless nominal of ties "with" a partner, in an analysis of one
            // state, is that state's. Only ties: "the waiver of Section 907", "the announcement", "sanctions on Russia" have an
            // actor of their own that the sentence may not name.
            agents = [new EntityMention(first, last, focus, FormKind.Alias, "focus-state", 0.8)];
            agentRule = "focus-state";
        }

        var confidence = (agentRule, targetRule) switch
        {
            ("passive-by", _) => 0.8,
            ("possessive-agent", "accepted-by") => 0.8,
            ("possessive-agent", _) => 0.75,
            ("subject-verb", "object") => 0.75,
            ("subject-verb", _) => 0.75,
            ("noun-from-agent", _) => 0.7,
            ("focus-state", _) => 0.45,
            _ => 0.65,
        };
        foreach (var a in agents)
        {
            foreach (var b in targets)
            {
                Emit(a, b, $"{agentRule}+{targetRule}", confidence);
            }
        }

        // "X attended the forum in Baku alongside President Y", "X signed the declaration together with Y": the one named after
        // the object did the same, with the same object.
        if (!phrase.IsNoun && !passive && agentRule == "subject-verb" && targetRule == "object" && agents.Count > 0 && targets.Count > 0
            && concept.Concept is "attend" or "sign" && CoAgentsAfter(run, view, targets.Max(t => t.Last) + 1, clauseEnd) is { Count: > 0 } coAgents)
        {
            foreach (var a in coAgents.Where(c => agents.All(x => x.EntityId != c.EntityId)))
            {
                foreach (var b in targets)
                {
                    Emit(a, b, "co-agent+object", 0.7);
                }
            }
        }

        // "connects A with B through C": a preposition with a type of its own (C is what the route passes through).
        foreach (var (preposition, types) in concept.PrepositionTypes)
        {
            var at = FindKey(view, last + 1, clauseEnd, preposition);
            if (at < 0)
            {
                continue;
            }

            var frame = concept with { Concept = concept.Concept + "-" + preposition, Types = types, Plover = null, Mode = null, Keywords = [], IntentTypes = [], PrepositionTypes = ImmutableDictionary<string, ImmutableArray<string>>.Empty };
            foreach (var a in agents)
            {
                foreach (var b in Coordinated(view, at + 1, clauseEnd))
                {
                    Emit(a, b, $"{agentRule}+via-{preposition}", confidence, frame);
                }
            }
        }

        VenueParticipation(run, view, paragraph, phrase, agents.Concat(targets), modality, first, last, clauseEnd, agentRule, triggerText);
    }

    /// <summary>
    /// Whether <paramref name="m"/> ends a "between A and B" phrase: "the peace process between A and B, backed by X"
    /// describes the process, not B.
    /// </summary>
    private static bool EndsBetweenPair(SentenceView view, EntityMention m)
    {
        var and = SkipTitle(view, m.First - 1);
        return view.Key(and) == "and" && view.MentionAt(and - 1) is { } first && view.Key(SkipTitle(view, first.First - 1)) == "between";
    }

    /// <summary>Whether the document's name gives it parties (name-parties) and <paramref name="state"/> is none of them.</summary>
    private static bool NamedWithout(DocumentRun run, string documentId, string state)
    {
        var named = run.Proposals.Where(p => p.Target == documentId && p.FromName).Select(p => p.Source).ToList();
        return named.Count > 0 && !named.Contains(state, StringComparer.Ordinal);
    }

    /// <summary>Verbs that thank or praise someone named after them for an act: "thanked X for (the) firm support".</summary>
    private static readonly FrozenSet<string> PraisingVerbs = new[]
    {
        "thanked", "thanks", "thank", "thanking", "praised", "praises", "commended", "commends", "lauded", "lauds",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Verbs that judge someone named after them for an act a gerund after "for" (or "of") tells, besides the praising and
    /// the accusing ones (<see cref="PraisingVerbs"/>, <see cref="WordLists.AccusationVerbs"/>).
    /// </summary>
    private static readonly FrozenSet<string> CensuringVerbs = new[]
    {
        "criticized", "criticised", "criticizes", "criticises", "condemned", "condemns", "sanctioned", "sanctions", "rebuked", "slammed",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "criticised the French government for raising its arms supplies to Armenia": the one judged, when the
    /// noun at <paramref name="noun"/> lies in the object of a gerund after "for" (or "of") that follows the judged one
    /// right after a judging verb, with no other name between; else null.
    /// </summary>
    private static EntityMention? GerundOfJudged(DocumentRun run, SentenceView view, int noun)
    {
        var k = noun - 1;
        while (k > 1 && noun - k <= 8 && view.MentionAt(k) is null && view.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false }
            && !(view.Key(k).EndsWith("ing", StringComparison.Ordinal) && view.Key(k - 1) is "for" or "of"))
        {
            k--;
        }

        // ("the French government for ...": a demonym before a word of government stands for its state)
        var doerEnd = WordLists.GovernmentNouns.Contains(view.Key(k - 2)) && view.MentionAt(k - 3) is { Form: FormKind.Demonym } ? k - 3 : k - 2;
        if (!(view.Key(k).EndsWith("ing", StringComparison.Ordinal) && view.Key(k - 1) is "for" or "of")
            || view.MentionAt(doerEnd) is not { } judged || judged.Last != doerEnd || !(judged.CanBeArgument || judged.StandsForState))
        {
            return null;
        }

        var verb = ClauseAnalyzer.SkipTitle(view, judged.First - 1);
        verb = view.Key(verb) == "the" ? verb - 1 : verb;
        var key = view.Key(verb);
        return (CensuringVerbs.Contains(key) || PraisingVerbs.Contains(key) || WordLists.AccusationVerbs.Contains(key)) && run.Entity(judged.EntityId) is { } e
            && (run.Model.IsPersonKind(e.Kind) || e.Kind == run.Model.StateKind || e.Kind == run.Model.OrganizationKind) ? judged : null;
    }

    /// <summary>
    /// The one thanked or praised for the noun at <paramref name="noun"/>: "thanked X for (the) firm support", with at most two
    /// describing words or a quotation mark between "for" and the noun; null otherwise (and for "his support", the
    /// possessor's).
    /// </summary>
    private static EntityMention? ThankedFor(DocumentRun run, SentenceView view, int noun)
    {
        var k = noun - 1;
        while (k > noun - 4 && k > 0 && (view.Key(k) is "“" or "\"" or "the" || (view.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } && view.MentionAt(k) is null
            && !WordLists.Prepositions.Contains(view.Key(k)) && !WordLists.Determiners.Contains(view.Key(k)))))
        {
            k--;
        }

        if (view.Key(k) != "for" || view.MentionAt(k - 1) is not { CanBeArgument: true } thanked || thanked.Last != k - 1)
        {
            return null;
        }

        var verb = thanked.First - 1;
        while (verb > 0 && thanked.First - verb <= 8 && (view.Tokens[verb].IsCapitalized || view.Key(verb) is "the" or "of" || view.MentionAt(verb) is { CanBeArgument: false }))
        {
            verb--; // the title before the name: "thanked the President of Kazakhstan X"
        }

        return PraisingVerbs.Contains(view.Key(verb))
            && run.Entity(thanked.EntityId) is { } e && (run.Model.IsPersonKind(e.Kind) || e.Kind == run.Model.StateKind || e.Kind == run.Model.OrganizationKind)
            ? thanked : null;
    }

    /// <summary>
    /// The persons, states or bodies after "alongside", "together with" or "along with" that follows an object at
    /// <paramref name="from"/>, a place ("in Baku") or a day allowed between; empty when no such phrase closes the clause.
    /// </summary>
    private static List<EntityMention> CoAgentsAfter(DocumentRun run, SentenceView view, int from, int clauseEnd)
    {
        var k = from;
        while (k <= clauseEnd && k - from <= 6)
        {
            var key = view.Key(k);
            if (key == "alongside" || (key is "together" or "along" && view.Key(k + 1) == "with"))
            {
                var start = key == "alongside" ? k + 1 : k + 2;
                return [.. Coordinated(view, start, clauseEnd).Where(m => run.Entity(m.EntityId) is { } e
                    && (run.Model.IsPersonKind(e.Kind) || e.Kind == run.Model.StateKind || e.Kind == run.Model.OrganizationKind))];
            }

            if (key is "in" or "on" or "last" or "this" or "," || view.MentionAt(k) is { } m && run.Entity(m.EntityId)?.Kind is { } kind
                && (kind == run.Model.PlaceKind || kind == run.Model.StateKind) && view.Key(m.First - 1) is "in" or "," || view.Tokens[k].Kind == TokenKind.Number
                || WordLists.Months.Contains(key) || WordLists.Weekdays.Contains(key))
            {
                k = view.MentionAt(k) is { } span ? span.Last + 1 : k + 1;
                continue;
            }

            break;
        }

        return [];
    }

    /// <summary>
    /// "Putin and Aliyev met in September at the SCO summit", "met on the sidelines of the summit": those who met took part
    /// in the event where they met.
    /// </summary>
    private static void VenueParticipation(DocumentRun run, SentenceView view, Paragraph paragraph, TriggerPhrase phrase, IEnumerable<EntityMention> parties,
        ModalitySpan modality, int first, int last, int clauseEnd, string agentRule, string triggerText)
    {
        if (phrase.IsNoun || phrase.Concept.Plover != "CONSULT" || phrase.Concept.Mode != "meet" || MeetingVenueEvent(run, view, last, clauseEnd) is not { } venue
            || run.Model.Lexicon.Concept("attend") is not { } attend)
        {
            return;
        }

        foreach (var p in parties.Where(m => m.CanBeArgument && m.EntityId != venue.EntityId).DistinctBy(m => m.EntityId))
        {
            EmitResolved(run, view, paragraph, attend, p.EntityId, venue.EntityId, modality, run.TimeNear(view, first), Math.Min(p.First, first), Math.Max(venue.Last, last),
                0.65 * Math.Min(p.Confidence, venue.Confidence), $"{agentRule}+venue-event", triggerText);
        }
    }

    /// <summary>The event a meeting verb places the meeting at: "at the X summit", "on the sidelines of the X summit", within the clause.</summary>
    private static EntityMention? MeetingVenueEvent(DocumentRun run, SentenceView view, int last, int clauseEnd)
    {
        for (var k = last + 1; k <= clauseEnd && k < view.Tokens.Length; k++)
        {
            var key = view.Key(k);
            var start = key == "at" ? k + 1
                : key == "sidelines" && view.Key(k + 1) == "of" ? k + 2
                : -1;
            if (start < 0 || view.MentionAt(k) is not null)
            {
                continue;
            }

            if (view.Key(start) == "the")
            {
                start++;
            }

            if (view.MentionStartingAt(start) is { } m && run.Entity(m.EntityId)?.Kind == run.Model.EventKind)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>Whether the clause goes on to call the act likely, possible, expected or imminent ("an attack on X was very likely").</summary>
    private static bool PredictedAfter(SentenceView view, int last, int clauseEnd)
    {
        for (var k = last + 1; k < clauseEnd; k++)
        {
            // The trigger's own phrase ends at a comma or "and" that no further list item follows ("talks were held,
            // and a deal is likely": the deal is predicted, not the talks).
            if (view.Key(k) is "," or "and" && view.MentionStartingAt(k + 1) is null && view.Key(k + 1) is not ("and" or "the"))
            {
                return false;
            }

            if (!WordLists.BeAuxiliaries.Contains(view.Key(k)))
            {
                continue;
            }

            var n = k + 1;
            while (n <= clauseEnd && n <= k + 3 && view.Key(n) is "very" or "highly" or "quite" or "more" or "most" or "increasingly" or "not" or "now" or "still" or "all" or "“" or "\"" or "‘")
            {
                n++;
            }

            if (view.Key(n) is "likely" or "unlikely" or "possible" or "probable" or "imminent" or "inevitable" or "expected" or "feared" or "looming" or "conceivable" or "plausible")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Verbs after which an -ing form continues the verb ("keeps criticizing"), not a noun it describes.</summary>
    private static readonly HashSet<string> AspectVerbs = new(StringComparer.Ordinal)
    {
        "keep", "keeps", "kept", "begin", "begins", "began", "begun", "start", "starts", "started", "stop", "stops", "stopped",
        "continue", "continues", "continued", "avoid", "avoids", "avoided", "consider", "considers", "considered", "finish", "finished",
        "resume", "resumed", "risk", "risks", "deny", "denies", "denied", "suggest", "suggested", "not", "also", "still", "been", "be",
    };

    /// <summary>
    /// Whether the -ing verb (or a past participle without an object) at <paramref name="first"/> follows a lowercase noun of a
    /// phrase opened by a determiner within four tokens ("a corridor passing", "the only Armenian region bordering", "a territory
    /// recognised as"), with no named entity in the phrase but demonyms.
    /// </summary>
    private static bool ModifiesUnnamedNoun(SentenceView view, int first)
    {
        var noun = first - 1;
        // "a territory recognised abroad as part of Azerbaijan": a past participle after a noun, with no object of its own.
        var next = view.Key(first + 1);
        var pastParticiple = view.Key(first).EndsWith("ed", StringComparison.Ordinal)
            && (next is "as" or "by" or "under" or "," || next.EndsWith("ly", StringComparison.Ordinal));
        if (!(view.Key(first).EndsWith("ing", StringComparison.Ordinal) || pastParticiple) || noun < 1 || view.Tokens[noun].Kind != TokenKind.Word
            || view.Tokens[noun].IsCapitalized || view.MentionAt(noun) is not null || AspectVerbs.Contains(view.Key(noun))
            || WordLists.BeAuxiliaries.Contains(view.Key(noun)) || WordLists.Determiners.Contains(view.Key(noun)) || WordLists.Prepositions.Contains(view.Key(noun))
            || view.Key(noun) is "two" or "three" or "four" or "five" or "several" or "many" or "few" or "some" or "both" or "all")
        {
            return false;
        }

        for (var k = noun - 1; k >= Math.Max(0, noun - 4); k--)
        {
            if (view.Key(k) is "the" or "a" or "an" or "this" or "that" or "its" or "their" or "his" or "her" or "our" or "any" or "another" or "every")
            {
                return true;
            }

            if (view.Tokens[k].Kind != TokenKind.Word || WordLists.Prepositions.Contains(view.Key(k)) || (view.MentionAt(k) is { } m && m.Form != FormKind.Demonym))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The main clause's subject after a sentence-opening "Verbed by A, ...": the first mention after a comma that only
    /// determiners or numbers precede, past commas that open an apposition of a person ("by the President, Ilham Aliyev, the ...").
    /// </summary>
    /// <summary>
    /// "Azerbaijan demanded that Armenia change its constitution": a demand's "that" right after the verb names the one the
    /// demand is made of (the concept's "that" prepositional end), unlike "warned that" or "said that".
    /// </summary>
    private static bool DemandThat(SentenceView view, TriggerConcept concept, int last, int k) =>
        k == last + 1 && view.Key(k) == "that" && concept.TargetPrepositions.Contains("that") && view.Key(last) is "demanded" or "demands" or "demand";

    private static EntityMention? FrontedParticipleSubject(DocumentRun run, SentenceView view, int byIndex)
    {
        for (var comma = byIndex + 1; comma < Math.Min(view.Tokens.Length - 1, byIndex + 25); comma++)
        {
            if (view.Key(comma) != ",")
            {
                continue;
            }

            if (view.MentionStartingAt(comma + 1) is { } apposed && run.Entity(apposed.EntityId) is { } e && run.Model.IsPersonKind(e.Kind))
            {
                continue; // the agent's name in apposition
            }

            var main = view.Mentions.FirstOrDefault(m => m.First > comma && m.CanBeArgument && !Governed(view, m));
            return main is not null && Enumerable.Range(comma + 1, main.First - comma - 1).All(k => WordLists.Determiners.Contains(view.Key(k)) || view.Tokens[k].Kind == TokenKind.Number)
                ? main : null;
        }

        return null;
    }

    /// <summary>The one state or body named before "its" when "its" stands right (or one adjective) before the trigger; null when none or several.</summary>
    private static EntityMention? ItsReferent(SentenceView view, int first)
    {
        var its = view.Key(first - 1) == "its" ? first - 1 : view.Key(first - 2) == "its" ? first - 2 : -1;
        var before = its < 0 ? [] : view.Mentions.Where(m => m.Last < its && m.CanBeArgument && view.KindOf(m.EntityId) is "State" or "Organization")
            .DistinctBy(m => m.EntityId).ToList();
        return before.Count == 1 ? before[0] : null;
    }

    /// <summary>Participles that name who gave what a noun names: "the support provided by X", "the aid extended by X".</summary>
    private static readonly FrozenSet<string> GivingParticiples = new[]
    {
        "provided", "given", "offered", "extended", "granted", "rendered", "shown", "expressed", "delivered", "pledged",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a word names a time, so "last week's announcement" has no possessor who acts.</summary>
    private static bool IsTimeWord(string key) =>
        key is "year" or "decade" or "century" or "night" || WordLists.TimeSpanNouns.Contains(key) || WordLists.TimeWords.Contains(key)
        || WordLists.Weekdays.Contains(key) || WordLists.Months.Contains(key);

    /// <summary>Adjectives that may stand between a determiner and a noun use of a verb form: "its alleged transfer".</summary>
    private static bool IsDescribingAdjective(string key) =>
        key is "alleged" or "reported" or "planned" or "possible" or "proposed" or "new" or "recent" or "further" or "continued" or "illegal" or "latest";

    /// <summary>Whether a mention is a passive's agent: "by (the) X".</summary>
    private static bool AfterBy(SentenceView view, EntityMention m)
    {
        var k = m.First - 1;
        while (k >= 0 && WordLists.Determiners.Contains(view.Key(k)))
        {
            k--;
        }

        return view.Key(k) == "by";
    }

    /// <summary>
    /// Whether a verb of receiving, accepting or turning down takes the invitation noun at <paramref name="first"/> as its
    /// object ("received an invitation", "accepted Aliyev's invitation"), with no punctuation mark or preposition between. The
    /// walk is looser than <see cref="ClauseAnalyzer.IsDescribingWordAt"/>: the possessor may be a name, so names and any
    /// other words pass.
    /// </summary>
    private static bool InvitationTakenBy(SentenceView view, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 5); k--)
        {
            if (view.Key(k) is "received" or "receives" or "receiving" or "receive" or "accepted" or "accepts" or "accepting" or "accept"
                or "declined" or "declines" or "declining" or "decline" or "rejected" or "rejects" or "got" or "gets" or "welcomed" or "welcomes" or "down")
            {
                return true;
            }

            if (view.Tokens[k].Kind == TokenKind.Punctuation || WordLists.Prepositions.Contains(view.Key(k)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether "amid" or "amidst" governs the noun trigger at <paramref name="first"/>, with only lowercase describing words
    /// between ("amid a deep downturn in relations", "amid growing tensions").
    /// </summary>
    private static bool AmidBefore(SentenceView view, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 5); k--)
        {
            if (view.Key(k) is "amid" or "amidst")
            {
                return true;
            }

            if (!IsDescribingWordAt(view, k, allowMention: false, allowLyWord: true, allowAndOr: true))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The persons a verb of hosting between <paramref name="from"/> and <paramref name="before"/> takes as its object ("hosted X", "welcomed X and Y").</summary>
    private static List<EntityMention> GuestOfHost(DocumentRun run, SentenceView view, int from, int before)
    {
        for (var k = from; k < before; k++)
        {
            if (view.Key(k) is "hosted" or "hosts" or "welcomed" or "welcomes" or "received" or "receives" or "greeted" or "greets")
            {
                return [.. DirectObject(view, k + 1, before - 1, false).Where(m => run.Entity(m.EntityId) is { } e && run.Model.IsPersonKind(e.Kind))];
            }
        }

        return [];
    }

    /// <summary>A weapon named at token <paramref name="k"/>, for a military concept ("bought CAESAR from France").</summary>
    private static bool IsWeaponAt(DocumentRun run, SentenceView view, TriggerConcept concept, int k) =>
        concept.Mode == "military" && view.MentionAt(k) is { } m && run.Entity(m.EntityId) is { } e && e.Kind == run.Model.WeaponKind;

    /// <summary>Whether one of the concept's object words or a weapon stands within three words before a noun trigger or six after it in its clause.</summary>
    private static bool NounHasObjectHead(DocumentRun run, SentenceView view, TriggerConcept concept, int first, int last, int clauseEnd) =>
        Enumerable.Range(Math.Max(0, first - 3), first - Math.Max(0, first - 3)).Concat(Enumerable.Range(last + 1, Math.Max(0, Math.Min(clauseEnd, last + 6) - last)))
            .Any(k => concept.ObjectHeads.Contains(view.Key(k)) || IsWeaponAt(run, view, concept, k));

    /// <summary>Whether one of the concept's object words (or a weapon) follows the verb within eight words of its clause, or precedes it within six in a passive.</summary>
    private static bool HasObjectHead(DocumentRun run, SentenceView view, TriggerConcept concept, int first, int last, int clauseStart, int clauseEnd)
    {
        for (var k = last + 1; k <= Math.Min(clauseEnd, last + 8); k++)
        {
            if (concept.ObjectHeads.Contains(view.Key(k)) || IsWeaponAt(run, view, concept, k))
            {
                return true;
            }
        }

        // "the 2020 war that Azerbaijan waged": an object relative clause's object comes before "that".
        var relative = FindKey(view, Math.Max(clauseStart - 1, first - 6), first - 1, "that", "which");
        if (relative < 0 && clauseStart > 0 && view.Key(clauseStart - 1) is "that" or "which")
        {
            relative = clauseStart - 1;
        }

        if (relative > 0 && Enumerable.Range(Math.Max(0, relative - 8), Math.Min(8, relative)).Any(k => concept.ObjectHeads.Contains(view.Key(k))))
        {
            return true;
        }

        // "sanctions were imposed on X", "the Act, passed by Congress in 1992": a passive's object comes before it.
        if (WordLists.BeAuxiliaries.Contains(view.Key(first - 1)) || WordLists.BeAuxiliaries.Contains(view.Key(first - 2)) || view.Key(last + 1) == "by")
        {
            for (var k = first - 1; k >= Math.Max(clauseStart, first - 6); k--)
            {
                if (concept.ObjectHeads.Contains(view.Key(k)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a mention can be the concept's target: of its kinds, and named with one of its head words.</summary>
    private static bool Fits(DocumentRun run, TriggerConcept concept, EntityMention m)
    {
        if (run.Entity(m.EntityId) is not { } e)
        {
            return false;
        }

        return (concept.TargetKinds.IsEmpty || concept.TargetKinds.Contains(e.Kind))
            && (concept.TargetHeads.IsEmpty || concept.TargetHeads.Any(h => TextFold.Fold(e.Name).Contains(h, StringComparison.Ordinal)));
    }

    private static List<EntityMention> Targets(DocumentRun run, SentenceView view, TriggerConcept concept, int last, int clauseEnd, out string rule)
    {
        var targets = PrepositionalTargets(run, view, concept, last, clauseEnd, out rule);
        return [.. targets.Where(t => concept.TargetKinds.IsEmpty || (run.Entity(t.EntityId) is { } e && concept.TargetKinds.Contains(e.Kind)))];
    }

    /// <summary>The mentions after one of the concept's prepositions ("with the EU", "from France and India"), within the clause.</summary>
    /// <summary>
    /// "agreed on three articles of the coming peace treaty": for a verb of a concept about documents, the document whose part
    /// the words after the preposition name; else <paramref name="from"/>. Not for a noun: "close to an agreement on the text
    /// of the document" agrees on nothing yet.
    /// </summary>
    private static int DocumentPartOf(DocumentRun run, SentenceView view, TriggerConcept concept, int from)
    {
        if (!concept.TargetKinds.Contains(run.Model.AgreementKind ?? string.Empty))
        {
            return from;
        }

        for (var k = from; k < Math.Min(view.Tokens.Length - 1, from + 4); k++)
        {
            if (WordLists.DocumentPartNouns.Contains(view.Key(k)) && view.Key(k + 1) == "of")
            {
                return k + 2;
            }

            if (view.MentionAt(k) is not null || view.Tokens[k].IsCapitalized || WordLists.Prepositions.Contains(view.Key(k)))
            {
                break;
            }
        }

        return from;
    }

    /// <summary>
    /// Who a noun trigger's "of" phrase names as its agent: the holder of a title that opens it, however long the title
    /// ("the trip of the Prime Minister of Georgia X to Astana"), else the states, bodies and persons listed right after it
    /// ("the visit of President X", "talks of A and B"); empty when something else follows.
    /// </summary>
    private static List<EntityMention> OfAgents(DocumentRun run, SentenceView view, int last, int clauseEnd)
    {
        if (TitleHolderAt(view, view.Key(last + 2) == "the" ? last + 3 : last + 2) is { } titled && run.Entity(titled.EntityId) is { } holder
            && run.Model.IsPersonKind(holder.Kind))
        {
            return [titled];
        }

        var actors = Coordinated(view, last + 2, Math.Min(clauseEnd, last + 5));
        return actors.All(a => run.Entity(a.EntityId) is { } e && (e.Kind == run.Model.StateKind || e.Kind == run.Model.OrganizationKind || run.Model.IsPersonKind(e.Kind)))
            ? actors : [];
    }

    private static List<EntityMention> PrepositionalTargets(DocumentRun run, SentenceView view, TriggerConcept concept, int last, int clauseEnd, out string rule, bool parts = false)
    {
        rule = "prep";
        if (DemandThat(view, concept, last, last + 1) && Coordinated(view, last + 2, view.Tokens.Length - 1).Where(t => Fits(run, concept, t)).ToList() is { Count: > 0 } demandedOf)
        {
            // "Azerbaijan demanded that Armenia change its constitution": the that-clause's subject, which opens a clause of its own.
            rule = "prep-that";
            return demandedOf;
        }

        // "took part in the events marking ... Victory in World War II": a trigger that ends with its own preposition takes
        // the object right after it; a later "in" belongs to another noun.
        var ownPreposition = concept.TargetPrepositions.Contains(view.Key(last)) && view.MentionAt(last) is null;
        var (from, to) = ownPreposition ? (last, last) : (last + 1, Math.Min(clauseEnd, last + 40));
        for (var k = from; k <= to; k++)
        {
            if (k > last + 1 && run.Model.TriggersAt(view.Tokens, k).Any(t => !t.IsNoun) && view.MentionAt(k) is null)
            {
                break;
            }

            // "welcomed the deal, while Y called it a disaster for Georgia", "welcomed it and said it was good for Georgia":
            // a verb of saying or a finite auxiliary opens another predicate; its prepositions are not the trigger's.
            if (k > last + 1 && view.MentionAt(k) is null && !view.Reserved[k]
                && (SaysAt(view, k) || view.Key(k) is "has" or "have" or "had" or "is" or "are" or "was" or "were"))
            {
                break;
            }

            // "recalled its ambassador for consultations amid tensions with Armenia": "with Armenia" belongs to "tensions".
            if (WordLists.PhraseOpeners.Contains(view.Key(k)) && view.MentionAt(k) is null)
            {
                break;
            }

            // "Kyrgyzstan agreed to study a railway with Mongolia": an infinitive right after the trigger takes the prepositions
            // after it (unless "to" is itself where the trigger points).
            if (k == last + 1 && view.Key(k) == "to" && !concept.TargetPrepositions.Contains("to") && view.MentionAt(k + 1) is null
                && view.Tokens.Length > k + 1 && view.Tokens[k + 1] is { Kind: TokenKind.Word, IsCapitalized: false } && !WordLists.Determiners.Contains(view.Key(k + 1)))
            {
                break;
            }

            // "a region recognized as part of Azerbaijan": the state is the whole the region belongs to, not the verb's target.
            if (view.Key(k) == "of" && view.Key(k - 1) == "part")
            {
                break;
            }

            // "during her working visit in Astana": a visit noun's "in" right after it is where the visit went (a state or a place).
            var visitIn = concept.Concept == "visit" && k == last + 1 && view.Key(k) == "in" && view.Key(last) is "visit" or "trip" or "tour"
                && view.MentionStartingAt(k + 1) is { } place && run.Entity(place.EntityId) is { } placed && (placed.Kind == run.Model.StateKind || placed.Kind == run.Model.PlaceKind);
            if ((concept.TargetPrepositions.Contains(view.Key(k)) || visitIn) && view.MentionAt(k) is null)
            {
                var targets = Coordinated(view, parts ? DocumentPartOf(run, view, concept, k + 1) : NameAfterOfNoun(view, k + 1), clauseEnd).Where(t => Fits(run, concept, t)).ToList();
                // "support for Georgia's ruling party": the possessor is not the one supported when its possessed noun names
                // another actor the text leaves unnamed.
                // "met separately with the leaders, with the German leader saying ...": "with X" before an -ing verb is an
                // absolute phrase, no partner.
                // (An adverb may come between: "with Belarus officially becoming a member".)
                var afterAt = targets.Count > 0 && view.Key(targets[^1].Last + 1).EndsWith("ly", StringComparison.Ordinal) ? targets[^1].Last + 2 : targets.Count > 0 ? targets[^1].Last + 1 : 0;
                if (view.Key(k) == "with" && targets.Count > 0 && view.Key(afterAt) is var after && after.EndsWith("ing", StringComparison.Ordinal)
                    && after.Length > 5 && view.MentionAt(afterAt) is null && !WordLists.Prepositions.Contains(after)
                    && after is not ("during" or "including" or "regarding" or "concerning" or "following" or "according" or "excluding" or "notwithstanding"))
                {
                    continue;
                }

                targets = [.. targets.Where(t => !(view.Tokens.Length > t.Last + 1 && view.Tokens[t.Last + 1].Kind == TokenKind.Possessive && PossessedHead(view, t) is null
                    && Enumerable.Range(t.Last + 2, 3).TakeWhile(j => j < view.Tokens.Length && view.Tokens[j].Kind == TokenKind.Word && !view.Tokens[j].IsCapitalized)
                        .Any(j => WordLists.OtherActorNouns.Contains(view.Key(j)))))];
                if (targets.Count > 0)
                {
                    rule = "prep-" + view.Key(k);
                    return [.. targets.SelectMany(t => PossessedRegions(run, view, t) is { Count: > 0 } regions ? regions : [PossessedHead(view, t) ?? t])];
                }
            }
        }

        return [];
    }

    /// <summary>
    /// Where the name a preposition governs starts, past a noun whose "of" names it: "backing for the full sovereignty of
    /// Moldova" (the state whose sovereignty, integrity or independence is meant), "a trip to the city of Gyumri" (the
    /// place itself); <paramref name="k"/> itself otherwise.
    /// </summary>
    private static int NameAfterOfNoun(SentenceView view, int k)
    {
        // "a trip to the city of Gyumri", "arrived in the port of Poti": the place noun's "of" names the place itself.
        if (view.Key(k) == "the" && view.Key(k + 1) is "city" or "town" or "village" or "port" or "province" or "district" or "settlement"
            && view.Key(k + 2) == "of" && view.MentionStartingAt(k + 3) is not null)
        {
            return k + 3;
        }

        for (var j = view.Key(k) == "the" ? k + 1 : k; j < view.Tokens.Length && j <= k + 6 && view.Tokens[j] is { Kind: TokenKind.Word, IsCapitalized: false }; j++)
        {
            // ("the territorial integrity and sovereignty of S": the nouns may be joined before their "of".)
            if (view.Key(j) is "sovereignty" or "integrity" or "independence" && view.Key(j + 1) is not ("and" or ","))
            {
                return view.Key(j + 1) == "of" ? (view.Key(j + 2) == "the" ? j + 3 : j + 2) : k;
            }

            if (view.Key(j) is not ("territorial" or "and" or "full" or "national" or "," or "sovereignty" or "integrity" or "independence"))
            {
                return k;
            }
        }

        return k;
    }

    /// <summary>
    /// "troops in Moldova's breakaway region of Transnistria": the places a state's possessed regions are
    /// named by stand for the state; empty when no such phrase follows.
    /// </summary>
    private static List<EntityMention> PossessedRegions(DocumentRun run, SentenceView view, EntityMention owner)
    {
        var k = owner.Last + 1;
        if (k >= view.Tokens.Length || view.Tokens[k].Kind != TokenKind.Possessive)
        {
            return [];
        }

        k++;
        for (var n = 0; n < 2 && k < view.Tokens.Length && view.Tokens[k].Kind == TokenKind.Word && !view.Tokens[k].IsCapitalized
            && !WordLists.IsAreaNoun(view.Key(k)) && view.MentionAt(k) is null; n++)
        {
            k++;
        }

        if (!WordLists.IsAreaNoun(view.Key(k)) || view.Key(k + 1) != "of")
        {
            return [];
        }

        return [.. Coordinated(view, k + 2, view.Tokens.Length - 1).Where(m => run.Entity(m.EntityId)?.Kind == run.Model.PlaceKind)];
    }

    /// <summary>Plural nouns of documents a signing verb may take before "including" names them: the signed ones, and a few more.</summary>
    private static bool IsDocumentPlural(string key) => WordLists.SignedDocumentPlurals.Contains(key) || key is "documents" or "memorandums" or "declarations";

    /// <summary>
    /// The agreements a signing verb's object names when its first part names none, from token <paramref name="from"/>: after
    /// "including" (or "among them") that follows a count of documents ("signed several documents, including a treaty on X
    /// and the Y Declaration"), or after "and" that follows an unnamed document ("a joint declaration and the Y Treaty");
    /// else empty.
    /// </summary>
    private static List<EntityMention> NamedSignedDocuments(DocumentRun run, SentenceView view, int from)
    {
        var k = from;
        if (view.Key(k) is "a" && view.Key(k + 1) is "number" or "series" or "package" or "set" && view.Key(k + 2) == "of")
        {
            k += 3;
        }
        else if (view.Key(k) is "several" or "many" or "multiple" or "various" or "some" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten"
            || (k < view.Tokens.Length && view.Tokens[k].Kind == TokenKind.Number && view.MentionAt(k) is null))
        {
            k++;
        }

        // "signed a joint declaration and an agreement on X": an unnamed first document, then named ones after "and".
        if (view.Key(k) is "a" or "an" or "the" && UnnamedThenNamed(run, view, k + 1) is { Count: > 0 } named)
        {
            return named;
        }

        // ("bilateral documents", "intergovernmental agreements": one describing word before the plural)
        if (!IsDocumentPlural(view.Key(k)) && view.Tokens.Length > k && view.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } && view.MentionAt(k) is null)
        {
            k++;
        }

        if (!IsDocumentPlural(view.Key(k)) || view.MentionAt(k) is not null)
        {
            return [];
        }

        k++;
        if (view.Key(k) == ",")
        {
            k++;
        }

        k = view.Key(k) == "including" ? k + 1 : view.Key(k) == "among" && view.Key(k + 1) is "them" or "which" ? k + 2 : -1;
        if (k < 0)
        {
            return [];
        }

        return [.. Coordinated(view, k, view.Tokens.Length - 1).Where(m => run.Entity(m.EntityId)?.Kind == run.Model.AgreementKind)];
    }

    /// <summary>
    /// The agreements listed after "and" that follow up to four lowercase words no mention holds, from token <paramref name="from"/>
    /// ("joint declaration and an agreement on X"); empty when a name, a verb or punctuation comes first.
    /// </summary>
    private static List<EntityMention> UnnamedThenNamed(DocumentRun run, SentenceView view, int from)
    {
        var k = from;
        while (k < view.Tokens.Length && k - from < 4 && view.Key(k) != "and" && view.MentionAt(k) is null
            && view.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } word && !WordLists.Prepositions.Contains(word.Key) && !WordLists.IsPastTense(word.Key))
        {
            k++;
        }

        if (k == from || view.Key(k) != "and")
        {
            return [];
        }

        var next = view.Key(k + 1) is "a" or "an" or "the" ? k + 2 : k + 1;
        return view.MentionStartingAt(next) is { } first && run.Entity(first.EntityId)?.Kind == run.Model.AgreementKind
            ? [.. Coordinated(view, next, view.Tokens.Length - 1).Where(m => run.Entity(m.EntityId)?.Kind == run.Model.AgreementKind)]
            : [];
    }

    /// <summary>
    /// Whether a trigger verb of its own stands at token <paramref name="k"/>, right after a noun trigger ("the summit brought
    /// together the leaders of ..."): what follows is that verb's. A participle before a preposition describes the noun
    /// instead ("talks held with Iran", "a meeting hosted by Baku").
    /// </summary>
    private static bool VerbAt(DocumentRun run, SentenceView view, int k) =>
        k < view.Tokens.Length && view.MentionAt(k) is null && view.Tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } token
        && run.Model.TriggersAt(view.Tokens, k).Any(t => !t.IsNoun)
        && !(WordLists.IsPastTense(token.Key) && WordLists.Prepositions.Contains(view.Key(k + 1)));

    /// <summary>
    /// Proposes the concept's relation from <paramref name="sourceId"/> to <paramref name="targetId"/> (turned round for a
    /// reversed concept such as supply), with the vocabulary type that fits the ends' kinds; an official and the state he
    /// serves are never its two ends. Other rules that read a concept's relation off a pattern of their own use it too.
    /// </summary>
    internal static void EmitResolved(DocumentRun run, SentenceView view, Paragraph paragraph, TriggerConcept concept, string sourceId, string targetId, ModalitySpan? modality, RelationTime? time, int first, int last, double confidence, string rule, string trigger)
    {
        if (!concept.SubjectHeads.IsEmpty && (run.Entity(sourceId) is not { } actor || !Tokenizer.Keys(actor.Name).Any(concept.SubjectHeads.Contains)))
        {
            return; // "the war brought together Russia and Iran": convene's actor must be a gathering
        }

        if (concept.Reverse)
        {
            // "France supplied howitzers to Armenia": Armenia acquired arms from France.
            (sourceId, targetId) = (targetId, sourceId);
        }

        if (run.Entity(sourceId) is not { } source || run.Entity(targetId) is not { } target)
        {
            return;
        }

        if (run.Model.IsOfficialOf(source, target) || run.Model.IsOfficialOf(target, source))
        {
            return; // "Lavrov accused Armenia of destroying relations with Russia": an official acts for the state, never with it
        }

        var type = run.Model.Types.Resolve(concept.Types, concept.Plover, concept.Mode, [.. concept.Keywords], source.Kind, target.Kind, out var swap);
        if (type is null)
        {
            run.Notice($"No relation type of the vocabulary fits \"{concept.Concept}\" ({concept.Plover ?? "structural"}{(concept.Mode is null ? string.Empty : "/" + concept.Mode)}) from a {source.Kind} to a {target.Kind}; such candidates were left out.");
            return;
        }

        if (type.Name == "maintains-relations-with" && (IsMinistry(run, source) || IsMinistry(run, target)))
        {
            return; // "the MFA said it values its relations with Armenia": a ministry speaks of its state's relations, it has none of its own
        }

        run.Propose(new ProposedRelation(view, paragraph, swap ? target.Id : source.Id, swap ? source.Id : target.Id, type, first, last, confidence, rule, trigger, concept.Concept)
        {
            Modality = modality,
            TriggerConcept = concept,
            Time = time,
        });

        if (concept.Concept == "host" && !rule.Contains("passive", StringComparison.Ordinal))
        {
            ProposeWhatHostingImplies(run, view, paragraph, source, target, modality, time, first, last, confidence, rule, trigger);
        }
    }

    /// <summary>
    /// What readers list beside "A hosted B" in the active voice (not "B will be hosted by A", where they list only the
    /// hosting), with the hosting's modality:
    /// <list type="bullet">
    /// <item>"President A received B", "A welcomed B in Baku": a person receiving a person met him (readers list both for 33
    /// of 52 hosted pairs of persons, and some list only the talks).</item>
    /// <item>"President Aliyev received B": a guest received alone by a state's official visited that state (48 of 52 such
    /// pairs; the four left out are one summit of several guests), unless the sentence places the reception elsewhere ("in
    /// Davos", "on the sidelines of the summit").</item>
    /// <item>"Azerbaijan hosted Foreign Minister B": the guest of a state visited it (17 of 17).</item>
    /// </list>
    /// </summary>
    private static void ProposeWhatHostingImplies(DocumentRun run, SentenceView view, Paragraph paragraph, KnownEntity host, KnownEntity guest, ModalitySpan? modality,
        RelationTime? time, int first, int last, double confidence, string rule, string trigger)
    {
        if (!run.Model.IsPersonKind(guest.Kind))
        {
            return;
        }

        if (run.Model.IsPersonKind(host.Kind) && run.Model.Lexicon.Concept("meeting") is { } meeting)
        {
            EmitResolved(run, view, paragraph, meeting, host.Id, guest.Id, modality, time, first, last, confidence * 0.9, rule + "+meeting", trigger);
        }

        var onlyGuest = view.Mentions.Where(m => m.CanBeArgument && m.EntityId != host.Id && run.Entity(m.EntityId) is { } e && run.Model.IsPersonKind(e.Kind))
            .Select(m => m.EntityId).Distinct().Count() == 1;
        if (run.Model.IsPersonKind(host.Kind) && onlyGuest && run.Model.StatesServedBy(host).Distinct().ToList() is [{ } hostStateId] && run.Entity(hostStateId) is { } hostState
            && !run.Model.IsOfficialOf(guest, hostState) && !PlacedElsewhere(run, view, last, hostState) && run.Model.Lexicon.Concept("visit") is { } guestVisit)
        {
            EmitResolved(run, view, paragraph, guestVisit, guest.Id, hostState.Id, modality, time, first, last, confidence * 0.85, rule + "+visit", trigger);
        }

        if (host.Kind == run.Model.StateKind && run.Model.Lexicon.Concept("visit") is { } visit)
        {
            EmitResolved(run, view, paragraph, visit, guest.Id, host.Id, modality, time, first, last, confidence * 0.9, rule + "+visit", trigger);
        }
    }

    /// <summary>
    /// Whether the sentence places what happens after token <paramref name="from"/> away from <paramref name="state"/>: "in"
    /// or "at" a state or place that is neither it nor its capital, or at a gathering ("on the sidelines of the summit").
    /// </summary>
    private static bool PlacedElsewhere(DocumentRun run, SentenceView view, int from, KnownEntity state) =>
        Enumerable.Range(from + 1, Math.Max(0, view.Tokens.Length - from - 1)).Any(k => view.Key(k) is "sidelines" or "sideline" or "margins" or "margin")
        || view.Mentions.Any(m => m.First > from && view.Key(m.First - 1) is "in" or "at" or "during" && run.Entity(m.EntityId) is { } e
            && (((e.Kind == run.Model.StateKind || e.Kind == run.Model.PlaceKind) && e.Id != state.Id && run.Model.StateOfCapital(e.Name) != state.Id) || e.Kind == run.Model.EventKind));

    /// <summary>Whether the entity is a ministry ("French Ministry of Foreign Affairs", "the Russian Foreign Ministry").</summary>
    private static bool IsMinistry(DocumentRun run, KnownEntity e) =>
        e.Kind == run.Model.OrganizationKind && Tokenizer.Keys(e.Name) is var keys && (keys.Contains("ministry") || (keys.Contains("foreign") && keys.Contains("affairs")));

    /// <summary>The index of a noun of a statement ("statement", "remarks", "claims") in the clause before the comma at <paramref name="comma"/>, or null.</summary>
    private static int? StatementBefore(SentenceView view, int comma)
    {
        for (var k = comma - 1; k >= Math.Max(0, comma - 14); k--)
        {
            if (view.Key(k) is ";" or ":" || (view.Key(k) == "," && k < comma - 1 && view.Tokens[k + 1].Kind != TokenKind.Number))
            {
                return null;
            }

            if (WordLists.StatementNouns.Contains(view.Key(k)) && view.Key(k - 1) is "the" or "a" or "his" or "her" or "their" or "its" or "'s" or "’s" or "recent" or "latest")
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>
    /// The antecedents of an object relative clause whose subject stands right before the verb at <paramref name="first"/>:
    /// "the treaty that Armenia signed", "the 2020 war, and the 2023 offensive, that Azerbaijan launched". Only events,
    /// agreements and weapons: before "that" a person or state is more often the hearer of reported speech ("told Putin that
    /// ...") than an object.
    /// </summary>
    private static List<EntityMention> ObjectRelativeAntecedents(DocumentRun run, SentenceView view, TriggerConcept concept, int first)
    {
        // "Nagorno-Karabakh, which Azerbaijani forces captured": a place is an object only for a concept about places.
        var places = concept.TargetKinds.Contains(run.Model.PlaceKind ?? string.Empty);
        if (SubjectGroupBeforeVerb(view, first) is not { } subject || view.Key(subject.Before) is not ("that" or "which"))
        {
            return [];
        }

        var relative = subject.Before;

        var result = new List<EntityMention>();
        var end = view.Key(relative - 1) == "," ? relative - 2 : relative - 1;
        while (view.MentionAt(end) is { } m && m.Last == end && result.Count < 4)
        {
            if (run.Entity(m.EntityId) is not { } e || !(e.Kind == run.Model.EventKind || e.Kind == run.Model.AgreementKind || e.Kind == run.Model.WeaponKind || (places && e.Kind == run.Model.PlaceKind)))
            {
                break;
            }

            result.Add(m);
            end = m.First - 1;
            while (end >= 0 && view.Key(end) is "," or "and" or "the" or "a")
            {
                end--;
            }
        }

        return result;
    }

    /// <summary>Whether a mention only qualifies a noun in a hyphenated compound: "a Kyrgyzstan-based bank", "the US-led alliance", "a non-NATO ally", "pro-Russian forces".</summary>
    private static bool QualifierCompound(SentenceView view, EntityMention m) =>
        (m.Form != FormKind.Demonym && view.Key(m.Last + 1) == "-" && view.Key(m.Last + 2) is "based" or "led" or "backed" or "owned" or "registered" or "headquartered" or "funded" or "sponsored" or "brokered" or "made" or "friendly" or "leaning" or "aligned")
        || (view.Key(m.First - 1) == "-" && view.Key(m.First - 2) is "non" or "pro"); // "a major non-NATO ally of X", "pro-Russian forces"

    /// <summary>
    /// Verbs that ask, press or persuade someone named right after them to act: in "urged Aliyev to sign", "came to persuade
    /// Kazakhstan to join", the one asked is who would act.
    /// </summary>
    private static readonly FrozenSet<string> AskingVerbs = new[]
    {
        "urged", "urges", "urging", "asked", "asks", "asking", "invited", "invites", "inviting", "pressed", "presses", "pressing",
        "encouraged", "encourages", "encouraging", "encourage", "told", "forced", "allowed", "persuade", "persuades", "persuaded",
        "persuading", "convince", "convinces", "convinced", "convincing", "pressured", "pressures", "pressuring", "lobbied", "lobbying",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether "to" at <paramref name="to"/> follows an asking verb and an object that names no entity ("invited the parties to").</summary>
    private static bool AskedUnnamed(SentenceView view, int to)
    {
        for (var k = to - 1; k >= Math.Max(0, to - 5); k--)
        {
            if (view.MentionAt(k) is not null || view.Key(k) is "," or ";" or "and")
            {
                return false;
            }

            // Fewer verbs than with a named addressee: "presses its drive to join" asks no one.
            if (view.Key(k) is "urged" or "urges" or "asked" or "asks" or "invited" or "invites" or "pressed" or "encouraged" or "told" or "forced" or "allowed" or "called" or "calls")
            {
                return k < to - 1 && !(view.Key(k) is "called" or "calls" && view.Key(k + 1) != "on");
            }
        }

        return false;
    }
    /// <summary>The state a person serves: a state the text named whose official the person is, else by the graph, else by the list of office holders.</summary>
    private static string? ServedState(DocumentRun run, string personId) =>
        run.Entity(personId) is not { } person ? null
        : run.StateServedBy(person, 0) ?? (KnownPersons.StateOf(person.Name) is { } alpha2 ? run.Model.StateByAlpha2(alpha2)?.Id : null);

    /// <summary>
    /// Whether "to", a lowercase verb other than "be" or "take", and a lowercase word that is no preposition stand between
    /// <paramref name="from"/> and <paramref name="between"/>: "talks to establish a truce between".
    /// </summary>
    private static bool InfinitiveWithObject(SentenceView view, int from, int between)
    {
        for (var k = from; k + 3 <= between; k++)
        {
            if (view.Key(k) == "to" && IsPlainWord(view, k + 1) && view.Key(k + 1) is not ("be" or "take")
                && !WordLists.Determiners.Contains(view.Key(k + 1)) && IsPlainWord(view, k + 2) && !WordLists.Prepositions.Contains(view.Key(k + 2)))
            {
                return true;
            }
        }

        return false;

        static bool IsPlainWord(SentenceView view, int k) =>
            view.Tokens[k].Kind == TokenKind.Word && !view.Tokens[k].IsCapitalized && view.MentionAt(k) is null;
    }

    /// <summary>
    /// The index of one of <paramref name="cues"/> right after a comma within <paramref name="reach"/> words before the noun
    /// trigger at <paramref name="first"/> (", citing US sanctions on Iran", ", following talks with X", ", during their
    /// meeting"), or null. Only plain words, and numbers where <paramref name="numbers"/> is set (a date), may stand between.
    /// </summary>
    private static int? CueAfterComma(SentenceView view, int first, int reach, bool numbers, params string[] cues)
    {
        for (var k = first - 1; k >= Math.Max(1, first - reach); k--)
        {
            if (cues.Contains(view.Key(k)) && view.Key(k - 1) == ",")
            {
                return k;
            }

            if (view.MentionAt(k) is not null || !(view.Tokens[k].Kind == TokenKind.Word || (numbers && view.Tokens[k].Kind == TokenKind.Number)))
            {
                return null;
            }
        }

        return null;
    }
}
