using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction;

/// <summary>Relation finding: roles from titles, part-of from possessives, and the trigger lexicon's patterns.</summary>
internal sealed partial class DocumentRun
{
    private static readonly string[] PartOfKeywords = ["part", "belong", "unit", "agency", "subordinate"];

    private void FindRelations(SentenceView view, Paragraph paragraph)
    {
        RoleRelations(view, paragraph);
        PartOfRelations(view, paragraph);
        NameRelations(view, paragraph);
        ListMembershipRelations(view, paragraph);
        EventLocations(view, paragraph);
        var tokens = view.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            // A trigger noun may end an event's name ("visa liberalization negotiations"): it still relates the event's parties.
            var inEvent = view.MentionAt(i) is { } em && em.Last == i && em.First < i && Entity(em.EntityId)?.Kind == model.EventKind;
            if ((view.MentionAt(i) is not null && !inEvent) || view.Reserved[i] || !tokens[i].IsWordLike)
            {
                continue;
            }

            var phrases = model.Triggers.Where(t => KeysAt(tokens, i, t.Keys)).ToList();
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

            foreach (var phrase in chosen.DistinctBy(p => p.Concept.Concept))
            {
                TriggerRelations(view, paragraph, phrase, i, i + length - 1);
            }

            i += length - 1;
        }
    }

    private static bool LooksLikeNoun(SentenceView view, int i)
    {
        var prev = view.Key(i - 1);
        return WordLists.Determiners.Contains(prev) || prev is "'s" or "’s" or "-"
            || (i > 0 && view.Tokens[i - 1].Kind == TokenKind.Number)
            || prev.EndsWith("al", StringComparison.Ordinal) || prev.EndsWith("ic", StringComparison.Ordinal)
            || prev.EndsWith("ive", StringComparison.Ordinal) || prev.EndsWith("day", StringComparison.Ordinal);
    }

    /// <summary>"Russian President Vladimir Putin": the person holds the office in the state.</summary>
    private void RoleRelations(SentenceView view, Paragraph paragraph)
    {
        foreach (var title in view.Titles)
        {
            if (title.Person is not { } person)
            {
                continue;
            }

            var rule = "title-role";
            var confidence = 0.9;
            var ofId = title.Of?.EntityId;
            if (ofId is null && Entity(person.EntityId) is { IsNew: false, Role: { } roleText })
            {
                ofId = PlaceInRole(roleText);
                rule = "title-role-known-office";
                confidence = 0.6;
            }

            if (ofId is null || Entity(ofId) is not { } place || Entity(person.EntityId) is not { } holder)
            {
                continue;
            }

            var role = title.Role;
            var types = role.Types.Concat(model.Lexicon.GenericRoleTypes);
            // Offices resolve by name only: a keyword guess could turn a minister into a deputy foreign minister.
            var type = model.Types.Resolve(types, null, null, [], holder.Kind, place.Kind, out var swap);
            if (type is null)
            {
                Notice($"No relation type of the vocabulary fits the office \"{role.Concept}\" between a {holder.Kind} and a {place.Kind}; such candidates were left out.");
                continue;
            }

            var first = Math.Min(title.First, title.Of?.First ?? title.First);
            var last = Math.Max(person.Last, title.Of?.Last ?? person.Last);
            if (title.Of is null)
            {
                NameRelationsFor(view, paragraph, place, first, last);
            }

            Add(new ProposedRelation(view, paragraph, swap ? place.Id : holder.Id, swap ? holder.Id : place.Id, type,
                first, last, confidence, rule, view.Text(title.First, title.Last), role.Concept));
        }
    }

    /// <summary>The one state or body named in a known person's role ("Prime Minister of Armenia").</summary>
    private string? PlaceInRole(string roleText)
    {
        var tokens = Tokenizer.Tokenize(roleText);
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (model.Gazetteer.MatchAt(tokens, i) is { } m && m.EntityIds.Length == 1 && Entity(m.EntityIds[0]) is { } e && !model.IsPersonKind(e.Kind))
            {
                found.Add(e.Id);
                i += m.Count - 1;
            }
        }

        return found.Count == 1 ? found.First() : null;
    }

    /// <summary>"India's Shatrujeet Brigade", "the Ministry of Foreign Affairs of Russia", "the Russian Ministry of Defense".</summary>
    private void PartOfRelations(SentenceView view, Paragraph paragraph)
    {
        foreach (var body in view.Mentions)
        {
            if (Entity(body.EntityId) is not { } part || (part.Kind != model.OrganizationKind && part.Kind != model.MilitaryUnitKind))
            {
                continue;
            }

            EntityMention? owner = null;
            var rule = string.Empty;
            var before = body.First - 1;
            while (before >= 0 && view.Tokens[before].Kind == TokenKind.Word && !view.Tokens[before].IsCapitalized && view.MentionAt(before) is null
                && !WordLists.Prepositions.Contains(view.Key(before)) && !WordLists.Determiners.Contains(view.Key(before)) && body.First - before <= 2)
            {
                before--;
            }

            if (before >= 1 && view.Tokens[before].Kind == TokenKind.Possessive && view.MentionAt(before - 1) is { } possessor)
            {
                (owner, rule) = (possessor, "possessive-part-of");
            }
            else if (view.MentionAt(body.First - 1) is { Form: FormKind.Demonym } demonym)
            {
                (owner, rule) = (demonym, "demonym-part-of");
            }
            else if (view.Key(body.Last + 1) == "of")
            {
                var k = view.Key(body.Last + 2) == "the" ? body.Last + 3 : body.Last + 2;
                if (view.MentionStartingAt(k) is { } ofMention)
                {
                    (owner, rule) = (ofMention, "of-part-of");
                }
            }

            if (owner is null || Entity(owner.EntityId) is not { } whole || whole.Kind != model.StateKind)
            {
                continue;
            }

            var type = model.Types.Resolve(model.Lexicon.PartOfTypes, null, null, PartOfKeywords, part.Kind, whole.Kind, out var swap);
            if (type is null)
            {
                Notice($"No relation type of the vocabulary says that a {part.Kind} belongs to a {whole.Kind}; such candidates were left out.");
                continue;
            }

            Add(new ProposedRelation(view, paragraph, swap ? whole.Id : part.Id, swap ? part.Id : whole.Id, type,
                Math.Min(body.First, owner.First), Math.Max(body.Last, owner.Last), 0.7, rule, string.Empty, "part-of"));
        }
    }

    private void TriggerRelations(SentenceView view, Paragraph paragraph, TriggerPhrase phrase, int first, int last)
    {
        var concept = phrase.Concept;
        var clauseStart = ClauseStart(view, first);
        var clauseEnd = ClauseEnd(view, last);
        var modality = new ModalitySpan(first, last, clauseStart);
        var triggerText = view.Text(first, last);

        void Emit(EntityMention a, EntityMention b, string rule, double confidence)
        {
            if (a.EntityId == b.EntityId || !a.CanBeArgument || !b.CanBeArgument)
            {
                return;
            }

            var spanFirst = Math.Min(Math.Min(a.First, b.First), first);
            var spanLast = Math.Max(Math.Max(a.Last, b.Last), last);
            var distance = spanLast - spanFirst;
            var adjusted = confidence * Math.Min(a.Confidence, b.Confidence) - Math.Min(0.15, distance > 12 ? 0.005 * (distance - 12) : 0);
            EmitResolved(view, paragraph, concept, a.EntityId, b.EntityId, modality, TimeNear(view, first), spanFirst, spanLast, adjusted, rule, triggerText);
        }

        // "talks between A and B", "a phone conversation was held between A and B" (not past another trigger).
        var nextTrigger = Enumerable.Range(last + 1, Math.Max(0, view.Tokens.Length - last - 1))
            .FirstOrDefault(k => view.MentionAt(k) is null && model.Triggers.Any(t => KeysAt(view.Tokens, k, t.Keys)), view.Tokens.Length);
        var between = FindKey(view, last + 1, Math.Min(Math.Min(clauseEnd, last + 16), nextTrigger - 1), "between", "among");
        if (between >= 0)
        {
            var parties = Coordinated(view, between + 1, clauseEnd);
            if (parties.Count >= 2)
            {
                if (concept.Symmetric)
                {
                    AllPairs(parties, (a, b) => Emit(a, b, "between-pair", 0.85));
                    return;
                }

                if (!concept.TargetKinds.IsEmpty)
                {
                    var things = Targets(view, concept, last, clauseEnd, out _);
                    foreach (var p in parties)
                    {
                        foreach (var t in things)
                        {
                            Emit(p, t, "between-parties+prep", 0.75);
                        }
                    }

                    return;
                }

                if (Subject(view, first, clauseStart) is { Count: > 0 } mediators)
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
            AllPairs(compound, (a, b) => Emit(a, b, "compound-pair", 0.7));
            return;
        }

        var agents = new List<EntityMention>();
        var agentRule = "subject";
        var passive = !phrase.IsNoun && (WordLists.BeAuxiliaries.Contains(view.Key(first - 1)) || WordLists.BeAuxiliaries.Contains(view.Key(first - 2)) || view.Key(last + 1) == "by");
        var byIndex = view.Key(last + 1) == "by" ? last + 1 : view.Key(last + 2) == "by" ? last + 2 : -1;
        if (!phrase.IsNoun && byIndex >= 0)
        {
            agents = Coordinated(view, byIndex + 1, clauseEnd);
            agentRule = "passive-by";
        }
        else if (phrase.IsNoun && Possessor(view, first) is { } possessor)
        {
            agents.Add(possessor);
            agentRule = "possessive-agent";
        }
        else if (phrase.IsNoun && view.Key(last + 1) is "from" or "by" && !concept.TargetPrepositions.Contains(view.Key(last + 1)))
        {
            agents = Coordinated(view, last + 2, clauseEnd);
            agentRule = "noun-from-agent";
        }
        else if (phrase.IsNoun && view.Key(last + 1) == "of" && !concept.TargetPrepositions.Contains("of")
            && Coordinated(view, last + 2, Math.Min(clauseEnd, last + 5)) is { Count: > 0 } actors
            && actors.All(a => Entity(a.EntityId) is { } e && (e.Kind == model.StateKind || e.Kind == model.OrganizationKind || model.IsPersonKind(e.Kind))))
        {
            agents = actors;
            agentRule = "noun-of-agent";
        }
        else if (!passive)
        {
            agents = Subject(view, first, clauseStart);
            agentRule = phrase.IsNoun ? "subject-noun" : "subject-verb";
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
            targets = PrepositionalTargets(view, concept, last, clauseEnd, out targetRule);
        }

        if (targets.Count == 0 && concept.FirstMentionIsTarget
            && view.Mentions.FirstOrDefault(m => m.First > last && m.First - last <= 15 && m.CanBeArgument && Fits(concept, m)) is { } topic)
        {
            targets = [topic];
            targetRule = "first-mention";
        }

        if (targets.Count == 0 && concept.ObjectIsTarget && !passive)
        {
            targets = DirectObject(view, last + 1, clauseEnd, concept.ObjectIsPossessor);
            targetRule = "object";
        }

        var before = view.Key(first - 1) is "," or "-" or "(" ? first - 2 : first - 1;
        if (!phrase.IsNoun && view.MentionAt(before) is { CanBeArgument: true } adjacent && adjacent.Last == before)
        {
            if (concept.ReducedRelativeIsAgent && agents.Count == 0)
            {
                agents = [adjacent];
                agentRule = "reduced-relative";
            }
            else if (concept.ReducedRelativeIsTarget && Fits(concept, adjacent) && byIndex < 0)
            {
                // "the Charter, signed with the Biden administration on ...": the partners after "with" signed it too,
                // and so did the state the analysis is about.
                agents = targetRule == "prep-with" ? [.. targets] : [];
                if (FocusState() is { } signer && agents.All(a => a.EntityId != signer))
                {
                    agents.Add(new EntityMention(first, last, signer, FormKind.Alias, "focus-state", 0.8));
                }

                targets = [adjacent];
                (agentRule, targetRule) = ("reduced-relative", "with-partners");
            }
            else if (byIndex >= 0 && targets.Count == 0 && concept.ObjectIsTarget)
            {
                targets = [adjacent];
                targetRule = "reduced-relative";
            }
        }

        if (passive && byIndex >= 0 && targets.Count == 0 && concept.ObjectIsTarget)
        {
            // "B's invitation was accepted by A": the subject (or its possessor) is what was acted upon.
            targets = Subject(view, first, clauseStart);
            targetRule = "passive-subject";
        }

        if (!concept.TargetKinds.IsEmpty)
        {
            targets = [.. targets.Where(t => Fits(concept, t))];
            if (targets.Count == 0 && passive)
            {
                // "Putin's invitation to attend the Victory Day celebration was accepted by Pashinyan": the thing is in the clause.
                targets = [.. view.Mentions.Where(m => m.Last < first && m.First >= clauseStart
                    && Entity(m.EntityId) is { } e && concept.TargetKinds.Contains(e.Kind))];
                targetRule = "clause-thing";
            }
        }

        if (agents.Count >= 2 && targets.Count == 0 && concept.Symmetric)
        {
            // "A and B met", "A and B held talks": coordinated subjects of a symmetric trigger.
            AllPairs(agents, (a, b) => Emit(a, b, "coordinated-subjects", 0.75));
            return;
        }

        if (agents.Count == 0 && targets.Count > 0 && phrase.IsNoun && FocusState() is { } focus && view.Mentions.FirstOrDefault(m => m.EntityId == focus) is null)
        {
            // "... cooperation with Russia had been revived": an actorless nominal in an analysis of one state is that state's.
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
    }

    /// <summary>Whether a mention can be the concept's target: of its kinds, and named with one of its head words.</summary>
    private bool Fits(TriggerConcept concept, EntityMention m)
    {
        if (Entity(m.EntityId) is not { } e)
        {
            return false;
        }

        return (concept.TargetKinds.IsEmpty || concept.TargetKinds.Contains(e.Kind))
            && (concept.TargetHeads.IsEmpty || concept.TargetHeads.Any(h => TextFold.Fold(e.Name).Contains(h, StringComparison.Ordinal)));
    }

    private List<EntityMention> Targets(SentenceView view, TriggerConcept concept, int last, int clauseEnd, out string rule)
    {
        var targets = PrepositionalTargets(view, concept, last, clauseEnd, out rule);
        return [.. targets.Where(t => concept.TargetKinds.IsEmpty || (Entity(t.EntityId) is { } e && concept.TargetKinds.Contains(e.Kind)))];
    }

    /// <summary>The mentions after one of the concept's prepositions ("with the EU", "from France and India"), within the clause.</summary>
    private List<EntityMention> PrepositionalTargets(SentenceView view, TriggerConcept concept, int last, int clauseEnd, out string rule)
    {
        rule = "prep";
        foreach (var k in Enumerable.Range(last + 1, Math.Max(0, Math.Min(clauseEnd, last + 40) - last)))
        {
            if (k > last + 1 && model.Triggers.Any(t => !t.IsNoun && KeysAt(view.Tokens, k, t.Keys)) && view.MentionAt(k) is null)
            {
                break;
            }

            if (concept.TargetPrepositions.Contains(view.Key(k)) && view.MentionAt(k) is null)
            {
                var targets = Coordinated(view, k + 1, clauseEnd).Where(t => Fits(concept, t)).ToList();
                if (targets.Count > 0)
                {
                    rule = "prep-" + view.Key(k);
                    return [.. targets.Select(t => PossessedHead(view, t) ?? t)];
                }
            }
        }

        return [];
    }

    private void EmitResolved(SentenceView view, Paragraph paragraph, TriggerConcept concept, string sourceId, string targetId, ModalitySpan modality, RelationTime? time, int first, int last, double confidence, string rule, string trigger)
    {
        if (Entity(sourceId) is not { } source || Entity(targetId) is not { } target)
        {
            return;
        }

        var type = model.Types.Resolve(concept.Types, concept.Plover, concept.Mode, [.. concept.Keywords], source.Kind, target.Kind, out var swap);
        if (type is null)
        {
            Notice($"No relation type of the vocabulary fits \"{concept.Concept}\" ({concept.Plover ?? "structural"}{(concept.Mode is null ? string.Empty : "/" + concept.Mode)}) from a {source.Kind} to a {target.Kind}; such candidates were left out.");
            return;
        }

        Add(new ProposedRelation(view, paragraph, swap ? target.Id : source.Id, swap ? source.Id : target.Id, type, first, last, confidence, rule, trigger, concept.Concept)
        {
            Modality = modality,
            TriggerConcept = concept,
            Time = time,
        });
    }

    private void Add(ProposedRelation proposal)
    {
        if (proposal.Source != proposal.Target)
        {
            relations.Add(proposal);
        }
    }

    private static void AllPairs(List<EntityMention> list, Action<EntityMention, EntityMention> emit)
    {
        for (var x = 0; x < list.Count; x++)
        {
            for (var y = x + 1; y < list.Count; y++)
            {
                emit(list[x], list[y]);
            }
        }
    }

    private static int FindKey(SentenceView view, int from, int to, params string[] keys)
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

    private static int ClauseStart(SentenceView view, int first)
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

    private static int ClauseEnd(SentenceView view, int last)
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

    /// <summary>Mentions listed from token <paramref name="from"/>: "France and India", "Bastion vehicles, Caesar howitzers and ...".</summary>
    private static List<EntityMention> Coordinated(SentenceView view, int from, int to)
    {
        var result = new List<EntityMention>();
        var k = from;
        var skipped = 0;
        var separated = true;
        while (k <= to && k < view.Tokens.Length)
        {
            if (view.MentionStartingAt(k) is { } m)
            {
                // A further mention belongs to the list only after a comma or "and".
                if (!separated)
                {
                    break;
                }

                result.AddRange(view.Mentions.Where(x => x.First == m.First && x.Last == m.Last && x.CanBeArgument));

                k = m.Last + 1;
                skipped = 0;
                separated = false;
                continue;
            }

            var key = view.Key(k);
            var token = view.Tokens[k];
            if (result.Count > 0 && key is "," or "and" or "or" or "as" or "well" or "-")
            {
                separated = true;
                k++;
                continue;
            }

            if (key is "such" && view.Key(k + 1) == "as")
            {
                k += 2;
                continue;
            }

            // Determiners, adjectives and the nouns of a listed item ("Caesar howitzers"), but no new phrase.
            var filler = view.Reserved[k] || WordLists.Determiners.Contains(key) || key is "'s" or "’s" or "“" or "”" or "\"" or "-"
                || (token.Kind == TokenKind.Word && !token.IsCapitalized && !WordLists.Prepositions.Contains(key) && !WordLists.ClauseBreaks.Contains(key) && key != "and");
            if (!filler || ++skipped > (result.Count == 0 ? 6 : 5))
            {
                break;
            }

            k++;
        }

        return result;
    }

    /// <summary>The mention a verb acts upon directly: "criticized the CSTO"; with <paramref name="possessor"/>, "accepted Putin's invitation" gives Putin.</summary>
    private static List<EntityMention> DirectObject(SentenceView view, int from, int to, bool possessor)
    {
        var k = from;
        var skipped = 0;
        while (k <= to && k < view.Tokens.Length && skipped <= 3)
        {
            if (view.MentionStartingAt(k) is { } m)
            {
                return possessor || view.Key(m.Last + 1) is not ("'s" or "’s") ? Coordinated(view, k, to) : [];
            }

            var key = view.Key(k);
            var token = view.Tokens[k];
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

            var filler = view.Reserved[k] || WordLists.Determiners.Contains(key) || key is "“" or "\"" || key.EndsWith("ly", StringComparison.Ordinal)
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
    private List<EntityMention> Subject(SentenceView view, int first, int clauseStart)
    {
        var candidates = view.Mentions.Where(m => m.Last < first && m.First >= clauseStart && m.CanBeArgument && !Governed(view, m)).ToList();
        if (candidates.Count == 0 && clauseStart > 0 && view.Key(clauseStart - 1) is "while" or "whereas" or "but" or "that")
        {
            // "A continued X, while moving towards Y": the clause shares the sentence's subject.
            candidates = view.Mentions.Where(m => m.Last < clauseStart && m.CanBeArgument && !Governed(view, m)).Take(1).ToList();

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
            .Any(k => view.MentionAt(k) is null && model.Triggers.Any(t => !t.IsNoun && KeysAt(view.Tokens, k, t.Keys))))
        {
            subject = earlier;
        }

        var result = candidates.Where(m => m.First == subject.First && m.Last == subject.Last).ToList();
        var k = subject.First - 1;
        var sawAnd = false;
        while (k >= clauseStart && (view.Key(k) == "and" || (sawAnd && view.Key(k) == ",")))
        {
            sawAnd |= view.Key(k) == "and";
            var partner = view.Mentions.LastOrDefault(m => m.Last == k - 1 && m.CanBeArgument && !Governed(view, m));
            if (partner is null)
            {
                break;
            }

            result.Insert(0, partner);
            k = partner.First - 1;
        }

        return result;
    }

    /// <summary>"While maintaining ties with the EU, Armenia ...": the main clause's subject acts in the opening participle clause.</summary>
    private static List<EntityMention> ParticipleSubject(SentenceView view, int first)
    {
        var opener = view.Key(0) is "while" or "after" or "before" or "by" or "when" or "since" ? 1 : 0;
        if (!view.Key(opener).EndsWith("ing", StringComparison.Ordinal))
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
    private static List<EntityMention> AppositionSubject(SentenceView view, int first)
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
    private static bool Governed(SentenceView view, EntityMention m)
    {
        // "along the Baku-Yerevan axis": the second part of a hyphenated pair shares the first one's preposition.
        if (view.Key(m.First - 1) == "-" && view.MentionAt(m.First - 2) is { } left && left != m)
        {
            return Governed(view, left);
        }

        // "involving Armenia, Azerbaijan and Russia": list members share the first one's preposition.
        if ((view.Key(m.First - 1) == "and" || (view.Key(m.First - 1) == "," && view.Key(m.Last + 1) is "and" or ","))
            && view.MentionAt(m.First - 2) is { } previous && previous != m && previous.Last == m.First - 2)
        {
            return Governed(view, previous);
        }

        var k = m.First - 1;
        while (k >= 0 && (view.Reserved[k] || WordLists.Determiners.Contains(view.Key(k)) || view.Key(k) is "“" or "\"" || (view.MentionAt(k) is { Form: FormKind.Demonym } d && !d.StandsForState)))
        {
            k--;
        }

        if (k < 0 || !(WordLists.Prepositions.Contains(view.Key(k)) || view.Key(k) is "as" or "("))
        {
            return false;
        }

        return !(view.Key(k) is "from" or "of" && WordLists.GroupNouns.Contains(view.Key(k - 1)));
    }

    /// <summary>"India's elite Shatrujeet Brigade": the mention the possessor qualifies, if any.</summary>
    private static EntityMention? PossessedHead(SentenceView view, EntityMention possessor)
    {
        if (view.Tokens.Length <= possessor.Last + 1 || view.Tokens[possessor.Last + 1].Kind != TokenKind.Possessive)
        {
            return null;
        }

        for (var k = possessor.Last + 2; k < Math.Min(view.Tokens.Length, possessor.Last + 5); k++)
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
    private static EntityMention? Possessor(SentenceView view, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 3); k--)
        {
            if (view.MentionAt(k) is { Rule: "pronoun" } pronoun && view.Key(k) is "his" or "her")
            {
                return pronoun;
            }

            if (view.Tokens[k].Kind == TokenKind.Possessive)
            {
                return view.MentionAt(k - 1) is { CanBeArgument: true } m ? m : null;
            }

            if (view.Tokens[k].Kind != TokenKind.Word || view.Tokens[k].IsCapitalized || WordLists.Prepositions.Contains(view.Key(k)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Hyphenated mentions right before a nominal trigger: "the Armenia-Azerbaijan conflict".</summary>
    private static List<EntityMention>? Compound(SentenceView view, int first)
    {
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
}
