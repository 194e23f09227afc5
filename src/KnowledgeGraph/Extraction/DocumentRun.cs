using System.Collections.Immutable;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// One extraction, stage by stage: segmentation (done once, by the caller) → mentions (<see cref="MentionStage"/>) →
/// relation rules (<see cref="RuleRegistry"/>, which share <see cref="ClauseAnalyzer"/>) → modality
/// (<see cref="ModalityStage"/>) → linking and de-duplication → the result. The run holds what the stages share: the
/// entities met so far, the document's own aliases and the proposals.
/// </summary>
internal sealed class DocumentRun
{
    /// <summary>Keywords that pick a part-of type when the lexicon's names are missing.</summary>
    internal static readonly string[] PartOfKeywords = ["part", "belong", "unit", "agency", "subordinate"];

    private readonly ExtractorModel model;
    private readonly string? documentId;
    private readonly Gazetteer local = new();
    private readonly Dictionary<string, KnownEntity> newEntities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CandidateMention>> mentions = new(StringComparer.Ordinal);
    private readonly List<ProposedRelation> relations = [];
    private readonly List<SentenceView> views = [];

    /// <summary>Gets the sentences read so far, with their mentions and titles (for diagnostics and tests).</summary>
    public IReadOnlyList<SentenceView> Views => views;
    private readonly List<AmbiguousMention> ambiguous = [];
    private readonly SortedSet<string> notices = new(StringComparer.Ordinal);
    private readonly HashSet<string> namedOnce = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Role, string Place), string?> titleHolders = [];
    private readonly Dictionary<string, string> officeOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> shadowedSurnames = new(StringComparer.Ordinal);
    private readonly MentionStage mentionStage;
    private SegmentedText segmented = null!;
    private int? contextYear;
    private readonly Dictionary<string, int> stateMentions = new(StringComparer.Ordinal);

    public DocumentRun(ExtractorModel model, string? documentId)
    {
        this.model = model;
        this.documentId = documentId;
        mentionStage = new MentionStage(this);
    }

    /// <summary>The office the text gave a person ("French Defence Minister Sebastien Lecornu"), else the one the graph's role names.</summary>
    public RoleConcept? RoleOf(string personId)
    {
        if (officeOf.TryGetValue(personId, out var concept))
        {
            return model.Lexicon.Roles.FirstOrDefault(r => r.Concept == concept);
        }

        // The graph's role text: the longest title it starts with ("Defence Minister of France" is a defence minister).
        return Entity(personId)?.Role is { } role && TextFold.Fold(role) is var folded
            ? model.Lexicon.Roles.SelectMany(r => r.Titles.Select(t => (Role: r, Title: TextFold.Fold(t))))
                .Where(x => folded.StartsWith(x.Title, StringComparison.Ordinal)).OrderByDescending(x => x.Title.Length).Select(x => x.Role).FirstOrDefault()
            : null;
    }

    /// <summary>Remembers who the text gave an office in a state ("US President Donald Trump"); two holders make it ambiguous.</summary>
    public void AddTitleHolder(string role, string placeId, string personId)
    {
        officeOf[personId] = role;
        var key = (role, placeId);
        titleHolders[key] = titleHolders.TryGetValue(key, out var other) && other != personId ? null : personId;
    }

    /// <summary>The one person the text gave any office of the given roles in the place ("the Armenian minister": its only minister), if exactly one.</summary>
    public string? SoleHolderIn(string placeId, Func<string, bool> role) =>
        titleHolders.Where(kv => kv.Key.Place == placeId && role(kv.Key.Role)).Select(kv => kv.Value).Distinct(StringComparer.Ordinal).ToList() is [{ } only] ? only : null;

    /// <summary>
    /// "Kassym-Jomart Tokayev arrived in Moscow. The Kazakh leader ...": the one person the text has named so far whom the
    /// list of known office holders (<see cref="KnownPersons"/>) gives the state, if exactly one; a second such person makes
    /// it ambiguous. The list holds no offices, so only a word as wide as "leader" may refer to this person.
    /// </summary>
    public string? SoleKnownPersonOf(string stateId) =>
        Entity(stateId)?.IsoAlpha2 is { } alpha2
        && mentions.Keys.Where(id => Entity(id) is { } e && model.IsPersonKind(e.Kind) && string.Equals(KnownPersons.StateOf(e.Name), alpha2, StringComparison.OrdinalIgnoreCase))
            .ToList() is [var only] ? only : null;

    /// <summary>The one person the text gave the office in the state, if any.</summary>
    /// <summary>The one person the text gave an office in any state or body so far, if exactly one.</summary>
    public string? SoleTitleHolder(string role) =>
        titleHolders.Where(kv => kv.Key.Role == role && kv.Value is not null).Select(kv => kv.Value!).Distinct(StringComparer.Ordinal).ToList() is [var only] ? only : null;

    public string? TitleHolder(string role, string placeId)
    {
        if (titleHolders.TryGetValue((role, placeId), out var holder))
        {
            return holder;
        }

        // "The Prime Minister of Armenia" before the text names him: the one graph person whose recorded office it is.
        if (model.Lexicon.Roles.FirstOrDefault(r => r.Concept == role) is not { } concept || Entity(placeId) is not { } place)
        {
            return null;
        }

        var placeName = TextFold.Fold(place.Name);
        var holders = model.Known.Values.Where(e => !e.IsNew && model.IsPersonKind(e.Kind) && e.Role is { } r
            && TextFold.Fold(r) is var folded && folded.Contains(placeName, StringComparison.Ordinal)
            && concept.Titles.Any(t => folded.StartsWith(TextFold.Fold(t), StringComparison.Ordinal))).Select(e => e.Id).Distinct().ToList();

        // A head of state or government is who readers take "the President of Azerbaijan" to be; any other office only when
        // the text names its holder somewhere ("the foreign minister of Azerbaijan" in a text that never names him may be
        // someone the graph does not know).
        return holders is [var only] && (role is "head-of-state" or "head-of-government" || NamedInText(only)) ? only : null;
    }

    /// <summary>Whether the text contains a graph person's surname (the last word of the name) or one of the aliases.</summary>
    private bool NamedInText(string personId)
    {
        if (Entity(personId) is not { } person || segmented is null)
        {
            return true;
        }

        var text = TextFold.Fold(segmented.Text);
        bool Has(string name) => name.Length >= 3 && text.Contains(TextFold.Fold(name), StringComparison.Ordinal);
        return Has(person.Name.Split(' ')[^1]) || person.Aliases.Any(Has);
    }

    /// <summary>
    /// The new person whose surname this one-word graph alias also is ("Simonyan" after "Margarita Simonyan"), if the text named
    /// one; <paramref name="graphNamedToo"/> says whether the text has also mentioned the graph's person of that surname.
    /// </summary>
    public string? ShadowingPerson(GazetteerMatch match, out bool graphNamedToo)
    {
        graphNamedToo = false;
        if (match.Count != 1 || match.Entries.Any(e => e.Form != FormKind.Alias) || !shadowedSurnames.TryGetValue(match.Entries[0].Keys[0], out var id))
        {
            return null;
        }

        graphNamedToo = match.EntityIds.Any(mentions.ContainsKey);
        return id;
    }

    /// <summary>Whether the entity is named in the sentence (by the graph's gazetteer) or was mentioned in the sentence before it.</summary>
    public bool NamedNear(string entityId, SentenceView view)
    {
        var (paragraph, sentence) = (view.Sentence.Paragraph, view.Sentence.Index);
        if (mentions.TryGetValue(entityId, out var list) && list.Any(m => m.Paragraph == paragraph && m.Sentence >= sentence - 1))
        {
            return true;
        }

        for (var i = 0; i < view.Tokens.Length; i++)
        {
            if (model.Gazetteer.MatchAt(view.Tokens, i) is { } m && m.EntityIds.Contains(entityId))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The entity last named (by its first token's place in the text) that fits, named in paragraph <paramref name="fromParagraph"/> or later.</summary>
    /// <summary>
    /// The state a person serves: the last state named from paragraph <paramref name="fromParagraph"/> on whose official the
    /// person is, else the first the graph makes the person an official of; null when neither says.
    /// </summary>
    public string? StateServedBy(KnownEntity person, int fromParagraph) =>
        LastNamed(e => e.Kind == model.StateKind && model.IsOfficialOf(person, e), fromParagraph) ?? model.StatesServedBy(person).FirstOrDefault();

    public string? LastNamed(Func<KnownEntity, bool> fits, int fromParagraph) =>
        mentions.Where(kv => Entity(kv.Key) is { } e && fits(e))
            .SelectMany(kv => kv.Value.Where(m => m.Paragraph >= fromParagraph).Select(m => (kv.Key, m.Start)))
            .OrderByDescending(x => x.Start).Select(x => x.Key).FirstOrDefault();

    /// <summary>Gets the model: gazetteer, lexicon, vocabulary and kinds.</summary>
    public ExtractorModel Model => model;

    /// <summary>Gets the document's own gazetteer: new entities' names and aliases.</summary>
    public Gazetteer Local => local;

    /// <summary>Gets the new entity candidates by id.</summary>
    public Dictionary<string, KnownEntity> NewEntities => newEntities;

    /// <summary>Gets the mentions that fit several entities.</summary>
    public List<AmbiguousMention> Ambiguous => ambiguous;

    /// <summary>Gets the entities whose names the name rule has read (once per document).</summary>
    public HashSet<string> NamedOnce => namedOnce;

    public ExtractionResult Run(SegmentedText text)
    {
        segmented = text;
        mentionStage.Prepare(text);
        var footnotes = segmented.Footnotes.Select(f => CitationParser.Parse(f.Number, f.Paragraph, f.Text)).ToImmutableArray();

        // A heading in Title Case is read last: its capitals tell nothing, but the names the body has introduced by then
        // ("EU, Mongolia Sign Broad Partnership Agreement") can still be read in it.
        var titleCaseHeadings = segmented.Paragraphs.Where(p => p.Role == ParagraphRole.Heading && p.Sentences.Length > 0
            && p.Sentences.All(x => MentionStage.IsTitleCase(new SentenceView(x)))).ToList();
        foreach (var paragraph in segmented.Paragraphs.Except(titleCaseHeadings).Concat(titleCaseHeadings))
        {
            ReadParagraph(paragraph, footnotes);
        }

        var grounded = WithUnmentionedEndsGrounded(relations);
        return new ExtractionResult(
            documentId,
            segmented.Title,
            segmented.Paragraphs.Length,
            footnotes,
            BuildEntities(),
            [.. WithoutTiesTheTextDenies(Deduplicate(WithImpliedRelations(new ModalityStage(model, Entity).Apply(WithoutPlainOfficeBesideSpecific(WithoutVisitsToOwnState(CallsNotMeetings(grounded))), views)).Select(x => ToCandidate(x.Proposal, x.Reading))))],
            [.. ambiguous],
            [.. notices]);
    }

    /// <summary>
    /// "the Maltese Foreign Ministry", "the UN Development Programme": a rule may propose a relation
    /// to a built-in body or state whose name sits inside another entity's mention, so the text never mentions it on its own.
    /// Such an end gets a mention where one of its forms stands in the proposal's sentence; a proposal whose new end has no
    /// form there is dropped, so that no relation points to an entity the result does not list.
    /// </summary>
    private List<ProposedRelation> WithUnmentionedEndsGrounded(List<ProposedRelation> proposals)
    {
        var kept = new List<ProposedRelation>(proposals.Count);
        foreach (var p in proposals)
        {
            if (Ground(p.View, p.Source) && Ground(p.View, p.Target))
            {
                kept.Add(p);
            }
        }

        return kept;

        bool Ground(SentenceView view, string id)
        {
            if (mentions.ContainsKey(id) || Entity(id) is not { } entity)
            {
                return true;
            }

            for (var k = 0; k < view.Tokens.Length; k++)
            {
                if ((model.Gazetteer.MatchAt(view.Tokens, k) ?? local.MatchAt(view.Tokens, k)) is { } match && match.EntityIds.Contains(id))
                {
                    RecordMention(view, new EntityMention(k, k + match.Count - 1, id, FormKind.Name, "inside-name", 0.7));
                    return true;
                }
            }

            // The graph's own entity needs no mention to be an end; it is listed where one of its forms stands inside a longer
            // name of the sentence ("Russian President Vladimir Putin", one known name, names Russia only inside it).
            if (entity.IsNew)
            {
                return false;
            }

            for (var k = 0; k < view.Tokens.Length; k++)
            {
                for (var limit = 1; limit <= 4 && k + limit <= view.Tokens.Length; limit++)
                {
                    if (model.Gazetteer.MatchAt(view.Tokens, k, limit) is { Count: var count } inner && count == limit && inner.EntityIds.Contains(id))
                    {
                        RecordMention(view, new EntityMention(k, k + count - 1, id, inner.Entries[0].Form, "inside-name", 0.7));
                        return true;
                    }
                }
            }

            return true;
        }
    }

    /// <summary>Reads one paragraph: its sentences' mentions, then every rule whose scope the paragraph's role allows.</summary>
    private void ReadParagraph(Paragraph paragraph, ImmutableArray<ExtractedFootnote> footnotes)
    {
        SentenceView? previous = null;
        mentionStage.StartParagraph(paragraph.Role == ParagraphRole.Body);
        var footnote = paragraph.Role == ParagraphRole.Footnote ? footnotes.FirstOrDefault(f => f.Paragraph == paragraph.Number) : null;
        foreach (var sentence in paragraph.Sentences)
        {
            if (paragraph.Role == ParagraphRole.Footnote && footnote is null)
            {
                continue;
            }

            var citation = footnote is null ? null : AddCitationEntities(footnote);
            var view = new SentenceView(sentence) { IsHeadline = footnote is not null, IsHeading = paragraph.Role == ParagraphRole.Heading, KindOf = id => Entity(id)?.Kind };
            views.Add(view);
            mentionStage.FindMentions(view, footnote is null ? previous : null);
            if (footnote is null)
            {
                view.Dates = DateFinder.Find(sentence.Text, contextYear, sentence.Start);
                contextYear = DateFinder.LastYear(sentence.Text) ?? contextYear;
                previous = view;
            }

            // A heading is read like running text unless it is in Title Case, where capitals no longer tell names from words;
            // such a heading (read after the body) is still read when every capitalized word in it is part of a name it found.
            var scope = footnote is not null ? RuleScope.Footnote
                : paragraph.Role is ParagraphRole.Body or ParagraphRole.Trailer || (paragraph.Role == ParagraphRole.Heading && (!MentionStage.IsTitleCase(view) || CapitalsAllNamed(view))) ? RuleScope.Body
                : (RuleScope)0;
            var context = new RuleContext(this, view, paragraph, citation);
            foreach (var rule in RuleRegistry.Default)
            {
                if ((rule.Scope & scope) != 0)
                {
                    rule.Apply(context);
                }
            }
        }
    }

    /// <summary>
    /// Whether every capitalized word of a Title Case heading lies inside a mention, or is a function word or one of the
    /// lexicon's trigger words ("Sign", "Meets"): then the capitals hide no name the heading would misread.
    /// </summary>
    private bool CapitalsAllNamed(SentenceView view) =>
        view.Mentions.Count >= 2 && Enumerable.Range(0, view.Tokens.Length).All(k =>
            view.Tokens[k] is not { Kind: TokenKind.Word, IsCapitalized: true } t || view.MentionAt(k) is not null || WordLists.LeadingStopwords.Contains(t.Key)
            || WordLists.Prepositions.Contains(t.Key) || t.Key is "the" or "a" or "an" or "and" or "to" or "as" or "over" or "after" || model.TriggersAt(view.Tokens, k).Any());

    /// <summary>
    /// Relations readers list beside a read one, once its certainty is known:
    /// <list type="bullet">
    /// <item>"Armenia may leave the EAEU", "Armenia will withdraw from the CSTO": a state that plans, threatens or denies
    /// leaving a body is a member of it now (readers list it beside 11 of 12 such acts); a withdrawal stated as done implies
    /// none, and neither does a state's own agency. (A frozen participation implies it too, but was measured to gain nothing
    /// and to cost a wrong proposal on our corpus, whose reading does not list it.)</item>
    /// <item>"A and B agreed to continue the work", said or reported as done: the two persons talked (12 of 14); not where the
    /// agreement is only hoped for, hedged or denied.</item>
    /// </list>
    /// </summary>
    private IEnumerable<(ProposedRelation Proposal, ModalityReading Reading)> WithImpliedRelations(IEnumerable<(ProposedRelation Proposal, ModalityReading Reading)> readings)
    {
        foreach (var (proposal, reading) in readings)
        {
            yield return (proposal, reading);
            if (Entity(proposal.Source) is not { } source || Entity(proposal.Target) is not { } target)
            {
                continue;
            }

            var ofMembership = proposal.Concept is "withdraw" or "leave-organization" && reading.Certainty != Certainty.Stated && reading.Certainty != Certainty.Reported;
            if (ofMembership && source.Kind == model.StateKind && target.Kind == model.OrganizationKind && !OfAState(target.Id)
                && Implied(proposal, "membership", 0.85, "+member") is { } member)
            {
                yield return (member with { Time = null }, ModalityReading.Stated); // the membership held before the act and holds now
            }

            if (proposal.Concept == "agreement" && proposal.Rule == "coordinated-subjects" && reading.Certainty is Certainty.Stated or Certainty.Reported
                && model.IsPersonKind(source.Kind) && model.IsPersonKind(target.Kind) && !AgreedToMeet(proposal)
                && Implied(proposal, "meeting", 0.9, "+meeting") is { } talks)
            {
                yield return (talks, reading);
            }
        }
    }

    /// <summary>
    /// "A and B agreed to meet again", "agreed to hold talks in May": what they agreed on is a meeting still to come, so the
    /// agreement itself says nothing of a meeting held.
    /// </summary>
    private bool AgreedToMeet(ProposedRelation proposal) =>
        proposal.Modality is { } span && proposal.View.Key(span.Last + 1) == "to"
        && (proposal.View.Key(span.Last + 2) is "meet" or "hold" or "convene" or "resume"
            || model.TriggersAt(proposal.View.Tokens, span.Last + 2).Any(t => t.Concept.Concept is "meeting" or "discussion" or "negotiation" or "phone-call" or "converse"));

    /// <summary>Whether the text makes the body part of a state ("USAID" of the United States): a state's own agency has no members.</summary>
    private bool OfAState(string bodyId) =>
        relations.Any(p => p.Source == bodyId && p.Type.Name == "part-of" && Entity(p.Target)?.Kind == model.StateKind);

    /// <summary>The relation of a lexicon concept between the ends of <paramref name="proposal"/>, read from the same words; null when no type fits.</summary>
    private ProposedRelation? Implied(ProposedRelation proposal, string conceptName, double factor, string ruleSuffix)
    {
        if (model.Lexicon.Concept(conceptName) is not { } concept || Entity(proposal.Source) is not { } source || Entity(proposal.Target) is not { } target)
        {
            return null;
        }

        var type = model.Types.Resolve(concept.Types, concept.Plover, concept.Mode, [.. concept.Keywords], source.Kind, target.Kind, out var swap);
        return type is null || swap ? null
            : new ProposedRelation(proposal.View, proposal.Paragraph, source.Id, target.Id, type, proposal.SpanFirst, proposal.SpanLast, proposal.Confidence * factor,
                proposal.Rule + ruleSuffix, proposal.Trigger, concept.Concept) { Time = proposal.Time, TriggerConcept = concept };
    }

    /// <summary>
    /// "during the chancellor's visit to Kazakhstan, Tokayev ...": the text's official of a state does not visit that state, so
    /// such a reading has taken the host for the visitor.
    /// </summary>
    private List<ProposedRelation> WithoutVisitsToOwnState(List<ProposedRelation> proposals)
    {
        var offices = proposals.Where(p => model.OfficeTypes.Contains(p.Type.Name)).Select(p => (p.Source, p.Target)).ToHashSet();
        return [.. proposals.Where(p => !(p.Concept == "visit" && (offices.Contains((p.Source, p.Target))
            || (Entity(p.Source) is { } visitor && Entity(p.Target) is { } state && model.IsOfficialOf(visitor, state)))))];
    }

    /// <summary>
    /// "X held a phone call with Y. During the conversation, the two leaders discussed ...": talks read from a sentence that
    /// speaks of "the conversation" or "the call" are that call when the text has a phone call between the same two. They are
    /// proposed as the call (a repeat of it), never as a meeting the two did not hold.
    /// </summary>
    private List<ProposedRelation> CallsNotMeetings(List<ProposedRelation> proposals)
    {
        static (string, string) Pair(ProposedRelation p) => string.CompareOrdinal(p.Source, p.Target) < 0 ? (p.Source, p.Target) : (p.Target, p.Source);
        var calls = new Dictionary<(string, string), ProposedRelation>();
        foreach (var call in proposals.Where(p => p.Concept == "phone-call"))
        {
            calls.TryAdd(Pair(call), call);
        }

        return calls.Count == 0 ? proposals : [.. proposals.Select(p => p.Type.Name == "held-talks-with" && calls.TryGetValue(Pair(p), out var call) && SpeaksOfTheCall(p.View)
            ? p with { Type = call.Type, Concept = call.Concept, TriggerConcept = call.TriggerConcept }
            : p)];

        // "the conversation", "this call", "their telephone conversation": a call the text has already named.
        static bool SpeaksOfTheCall(SentenceView view) => Enumerable.Range(1, Math.Max(0, view.Tokens.Length - 1)).Any(k =>
            view.Key(k) is "conversation" or "call" && (view.Key(k - 1) is "the" or "this" or "that" or "their"
                || (view.Key(k - 1) is "phone" or "telephone" && k > 1 && view.Key(k - 2) is "the" or "this" or "that" or "their")));
    }

    /// <summary>"Minister X" after "Foreign Minister X" is the same office: a plain minister-of beside a more specific office of the same person in the same state is left out.</summary>
    private List<ProposedRelation> WithoutPlainOfficeBesideSpecific(List<ProposedRelation> proposals)
    {
        var specific = proposals.Where(p => model.OfficeTypes.Contains(p.Type.Name) && p.Type.Name != "minister-of").Select(p => (p.Source, p.Target)).ToHashSet();
        return [.. proposals.Where(p => !(p.Type.Name == "minister-of" && specific.Contains((p.Source, p.Target))))];
    }

    /// <summary>The one new event of this text that is a summit of the same single body as <paramref name="name"/>, else null.</summary>
    private KnownEntity? SameGatheringOf(string name)
    {
        static bool IsSummit(string n) => Tokenizer.Keys(n) is var keys && (keys.Contains("summit") || (keys.Contains("council") && keys.Contains("heads")));
        static bool Numbered(string n) => Tokenizer.Tokenize(n).Any(t => WordLists.OfficeOrdinals.Contains(t.Key) || MentionStage.IsNumberOrdinal(t));
        string? BodyOf(string n, string self) => NameRule.NameParts(this, n, self).Where(p => p.Entity.Kind == model.OrganizationKind).Select(p => p.Entity.Id).Distinct().ToList() is [{ } only] ? only : null;

        if (!IsSummit(name) || BodyOf(name, string.Empty) is not { } body)
        {
            return null;
        }

        // An edition already numbered ("the 24th summit", by name or alias) is no other numbered edition.
        return newEntities.Values.Where(e => e.Kind == model.EventKind && IsSummit(e.Name) && !(Numbered(name) && e.Aliases.Prepend(e.Name).Any(Numbered))
            && BodyOf(e.Name, e.Id) == body).ToList() is [{ } one] ? one : null;
    }

    /// <summary>Finds an entity by id: a graph entity, a built-in state or a new candidate.</summary>
    public KnownEntity? Entity(string id) => model.Known.GetValueOrDefault(id) ?? newEntities.GetValueOrDefault(id);

    /// <summary>Gets the ids of the entities mentioned so far.</summary>
    public IEnumerable<string> MentionedIds => mentions.Keys;

    public void RecordMention(SentenceView view, EntityMention m)
    {
        var first = view.Tokens[m.First];
        var last = view.Tokens[m.Last];
        if (!mentions.TryGetValue(m.EntityId, out var list))
        {
            mentions[m.EntityId] = list = [];
        }

        if (!list.Any(x => x.Start == first.Start))
        {
            if (Entity(m.EntityId)?.Kind == model.StateKind && m.CanBeArgument)
            {
                stateMentions[m.EntityId] = stateMentions.GetValueOrDefault(m.EntityId) + 1;
            }

            list.Add(new CandidateMention(view.Sentence.Paragraph, view.Sentence.Index, first.Start, last.End - first.Start, view.Text(m.First, m.Last)));
        }
    }

    /// <summary>Creates (or returns) a new entity candidate; its name and aliases join the document's gazetteer.</summary>
    public KnownEntity NewEntity(string name, string kind, string rule, double confidence, params string[] aliases)
    {
        // A listed office holder in another spelling ("Kasym-Zhomart Tokaev") takes the list's usual name, so the surname met
        // alone later ("Tokaev") is the same person.
        if (model.IsPersonKind(kind) && KnownPersons.UsualName(name) is { } usual && usual != name)
        {
            aliases = [.. aliases, name];
            name = usual;
        }

        // "Łukašenka's trip" (the listed Alexander Lukashenko) ... "Alaksandar Łukašenka": a full name in a spelling the list lacks,
        // whose surname is that listed person's and whose given name starts alike, is the person the text already met.
        if (model.IsPersonKind(kind) && Tokenizer.Keys(name) is { Length: >= 2 } personKeys && KnownPersons.NameBySurname(personKeys[^1]) is { } listed
            && listed != name && newEntities.Values.FirstOrDefault(e => e.Name == listed && model.IsPersonKind(e.Kind)) is { } met
            && Tokenizer.Keys(listed)[0][0] == personKeys[0][0])
        {
            AddAlias(met, name);
            return met;
        }

        // "Mission in Armenia" and "Mission to Armenia" are one name.
        // "the war in Ukraine" and "the Ukraine war" are one event.
        var nameWords = name.Split(' ');
        var swapped = kind == model.EventKind && nameWords.Length >= 2
            ? nameWords.Length >= 3 && nameWords[1] == "in" ? [$"{string.Join(' ', nameWords[2..])} {nameWords[0]}"] : new[] { $"{nameWords[^1]} in {string.Join(' ', nameWords[..^1])}" }
            : [];
        var existing = local.Lookup(name).Select(Entity).FirstOrDefault(e => e is { IsNew: true })
            ?? new[] { name.Replace(" to ", " in ", StringComparison.Ordinal), name.Replace(" in ", " to ", StringComparison.Ordinal) }.Concat(swapped)
                .SelectMany(local.Lookup).Select(Entity).FirstOrDefault(e => e is { IsNew: true } && e.Kind == kind);
        if (existing is not null)
        {
            AddAlias(existing, name);
            return existing;
        }

        // "the Shanghai Cooperation Organisation summit" and "the 30th Council of Heads of State of the Shanghai Cooperation
        // Organisation": one gathering of the same body, when at most one of the names is numbered.
        if (kind == model.EventKind && SameGatheringOf(name) is { } gathering)
        {
            AddAlias(gathering, name);
            return gathering;
        }

        // "EU Council" and "European Union Council": the same words once known names are read as their entities.
        if (!model.IsPersonKind(kind) && NormalizedName(name) is { } normalized
            && newEntities.Values.Where(e => e.Kind == kind && NormalizedName(e.Name) == normalized).ToList() is [{ } sameNormalized])
        {
            AddAlias(sameNormalized, name);
            return sameNormalized;
        }

        // "the North-South International Transport Corridor" and "the International North-South Transport Corridor": the same
        // words (three at least) in another order name the same new entity.
        if (!model.IsPersonKind(kind) && WordSet(name) is { Length: >= 3 } wordSet
            && newEntities.Values.Where(e => e.Kind == kind && WordSet(e.Name) == wordSet).ToList() is [{ } reordered])
        {
            AddAlias(reordered, name);
            return reordered;
        }

        // "AZAL" met before "Azerbaijan Airlines": a body's acronym whose letters the name spells in order is the same body.
        if (kind == model.OrganizationKind && Tokenizer.Keys(name) is { Length: >= 2 } nameKeys
            && newEntities.Values.Where(e => e.Kind == kind && e.Rule == "bare-acronym" && AcronymFits(e.Name, nameKeys)).ToList() is [{ } acronym])
        {
            AddAlias(acronym, name);
            return acronym;
        }

        // "The OSCE Minsk Group" ... "the Minsk Group": a name whose words begin or end the other's (two words at least) is the same new entity.
        var words = Tokenizer.Keys(name);
        if (words.Length >= 2 && !model.IsPersonKind(kind) && newEntities.Values.FirstOrDefault(e => e.Kind == kind && SharesEdge(Tokenizer.Keys(e.Name), words)) is { } same)
        {
            AddAlias(same, name);
            return same;
        }

        // "the Parliamentary Assembly of the Council of Europe" ... "the Parliamentary Assembly", "the Russian Foreign Ministry" ...
        // "the Foreign Ministry": the same for a listed or graph body the text has named (by its name or as the text wrote it),
        // when it is the only one of its kind that fits.
        if (words.Length >= 2 && !model.IsPersonKind(kind)
            && MentionedIds.Select(model.Known.GetValueOrDefault).Where(e => e is not null && e.Kind == kind
                && mentions[e.Id].Select(m => m.Text).Append(e.Name).Any(form => SharesEdge(Tokenizer.Keys(form), words))).ToList() is [{ } named])
        {
            AddAlias(named, name);
            return named;
        }

        // No second id for an entity the graph has: the same slug or a graph form of the same kind is that entity.
        var id = TextFold.Slug(name);
        if (model.Known.GetValueOrDefault(id) is { IsNew: false } sameId && sameId.Kind == kind)
        {
            return sameId;
        }

        if (model.Gazetteer.Lookup(name).Select(Entity).Where(e => e is { IsNew: false } && e.Kind == kind).Distinct().ToList() is [{ } sameName])
        {
            return sameName;
        }

        // "Agreement on Interstate Relations and Establishment of Peace" for the graph's "Agreement on Establishment of Peace and
        // Inter-State Relations": the same five words or more in another order name the graph's entity of that kind.
        if (!model.IsPersonKind(kind) && ExtractorModel.LongWordSet(name) is { Length: > 0 } longWords && model.GraphByLongWordSet.TryGetValue(longWords, out var reorderedIds)
            && reorderedIds.Select(Entity).Where(e => e is not null && e.Kind == kind).ToList() is [{ } graphReordered])
        {
            return graphReordered;
        }

        // "France 24" and "France24": the same letters and digits without spaces or hyphens are the same name.
        var compact = id.Replace("-", string.Empty, StringComparison.Ordinal);
        if (compact.Length >= 5 && model.Known.Values.Where(e => !e.IsNew && e.Kind == kind && TextFold.Slug(e.Name).Replace("-", string.Empty, StringComparison.Ordinal) == compact).ToList() is [{ } sameLetters])
        {
            return sameLetters;
        }

        return Create(id, name, kind, rule, confidence, aliases);
    }

    /// <summary>
    /// A new entity that is a part of one the text names, whose name begins with that one's ("Georgian Dream parliamentary
    /// faction"): the same name met again is the same part, but no shared edge merges it into the whole.
    /// </summary>
    public KnownEntity NewPartEntity(string name, string kind, string rule, double confidence) =>
        local.Lookup(name).Select(Entity).FirstOrDefault(e => e is { IsNew: true } && e.Kind == kind)
        ?? Create(TextFold.Slug(name), name, kind, rule, confidence, []);

    private KnownEntity Create(string id, string name, string kind, string rule, double confidence, string[] aliases)
    {
        var n = 2;
        var baseId = id;
        while (model.Known.ContainsKey(id) || newEntities.ContainsKey(id))
        {
            id = $"{baseId}-{n++}";
        }

        var entity = new KnownEntity(id, name, kind, isNew: true, rule) { Confidence = confidence };
        newEntities[id] = entity;
        local.Add(id, name, FormKind.Name);
        foreach (var alias in aliases)
        {
            AddAlias(entity, alias);
        }

        return entity;
    }

    /// <summary>A name's words in sorted order, without hyphens, dashes and articles (an empty string for fewer than three words).</summary>
    private static string WordSet(string name) =>
        Tokenizer.Keys(name).Where(k => k is not ("-" or "–" or "—" or "the")).Order(StringComparer.Ordinal).ToList() is { Count: >= 3 } keys ? string.Join(' ', keys) : string.Empty;

    /// <summary>A name's folded words with every span the graph's gazetteer knows replaced by its entity; null when it knows none.</summary>
    private string? NormalizedName(string name)
    {
        var tokens = Tokenizer.Tokenize(name);
        var parts = new List<string>();
        var known = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (model.Gazetteer.MatchAt(tokens, i) is { } m && m.EntityIds.Length == 1 && m.Count < tokens.Length)
            {
                parts.Add("#" + m.EntityIds[0]);
                known = true;
                i += m.Count - 1;
            }
            else if (!(tokens[i].Key == "state" && i + 1 < tokens.Length && tokens[i + 1].Key == "border"))
            {
                parts.Add(tokens[i].Key); // "the Armenia-Turkey state border" is "the Armenia-Turkey border"
            }
        }

        return known ? string.Join(' ', parts) : null;
    }

    /// <summary>Whether an acronym's letters appear in order in the name's words, starting with its first letter and taking some from every word.</summary>
    private static bool AcronymFits(string acronym, IReadOnlyList<string> words)
    {
        var letters = TextFold.Fold(acronym);
        var l = 0;
        foreach (var word in words.Where(w => w.Length > 0 && char.IsLetter(w[0]) && w is not ("of" or "and" or "the" or "for")))
        {
            if (l >= letters.Length || word[0] != letters[l])
            {
                return false;
            }

            l++;
            for (var c = 1; c < word.Length && l < letters.Length && (words[^1] == word || letters[l] != NextInitial(words, word)); c++)
            {
                if (word[c] == letters[l])
                {
                    l++;
                }
            }
        }

        return l == letters.Length;
    }

    private static char NextInitial(IReadOnlyList<string> words, string word)
    {
        var i = words.ToList().IndexOf(word);
        return i + 1 < words.Count ? words[i + 1][0] : '\0';
    }

    private static bool SharesEdge(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var (shorter, longer) = a.Count <= b.Count ? (a, b) : (b, a);
        return shorter.Count >= 2 && (longer.Take(shorter.Count).SequenceEqual(shorter) || longer.Skip(longer.Count - shorter.Count).SequenceEqual(shorter));
    }

    /// <summary>Adds an alias to the document's gazetteer unless another entity already uses it.</summary>
    public void AddAlias(KnownEntity entity, string alias)
    {
        if (string.IsNullOrWhiteSpace(alias) || local.IsClaimedByOther(alias, entity.Id))
        {
            return;
        }

        if (model.Gazetteer.IsClaimedByOther(alias, entity.Id))
        {
            // "Margarita Simonyan" in a text whose graph knows Alen Simonyan: the bare surname later is no longer the graph's.
            if (entity.IsNew && model.IsPersonKind(entity.Kind) && Tokenizer.Keys(alias) is [var key]
                && model.Gazetteer.Lookup(alias).All(id => Entity(id) is { } other && model.IsPersonKind(other.Kind)))
            {
                shadowedSurnames.TryAdd(key, entity.Id);
            }

            return;
        }

        local.Add(entity.Id, alias, FormKind.Alias);
        if (entity.IsNew && !entity.Aliases.Contains(alias, StringComparer.Ordinal) && alias != entity.Name)
        {
            entity.Aliases.Add(alias);
        }
    }

    /// <summary>The footnote's outlet and authors as entities (of the graph, or new); returns their ids.</summary>
    private CitationContext AddCitationEntities(ExtractedFootnote f)
    {
        string? outletId = null;
        if (f.Outlet is { } outlet && model.OutletKind is { } outletKind)
        {
            outletId = model.Gazetteer.Lookup(outlet).Concat(local.Lookup(outlet)).FirstOrDefault()
                ?? NewEntity(outlet, outletKind, "citation-outlet", 0.8).Id;
            AddFootnoteMention(outletId, f, outlet);
        }

        var authors = new List<string>();
        foreach (var author in f.Authors)
        {
            if (model.PersonKind is { } personKind)
            {
                var id = model.Gazetteer.Lookup(author).Concat(local.Lookup(author)).FirstOrDefault()
                    ?? NewEntity(author, personKind, "citation-author", 0.8).Id;
                AddFootnoteMention(id, f, author);
                authors.Add(id);
            }
        }

        return new CitationContext(f, outletId, authors);
    }

    private void AddFootnoteMention(string id, ExtractedFootnote f, string text)
    {
        var paragraph = segmented.Paragraphs[f.Paragraph - 1];
        var at = paragraph.Text.IndexOf(text, StringComparison.Ordinal);
        if (!mentions.TryGetValue(id, out var list))
        {
            mentions[id] = list = [];
        }

        if (!list.Any(m => m.Start == paragraph.Start + Math.Max(0, at)))
        {
            list.Add(new CandidateMention(f.Paragraph, 1, paragraph.Start + Math.Max(0, at), text.Length, text));
        }
    }

    /// <summary>The built-in forms other than its name that the text uses for a new built-in state or body ("EEU", "AFP").</summary>
    private IEnumerable<string> BuiltInFormsUsed(KnownEntity e, List<CandidateMention> list) =>
        e.IsNew && e.Rule is "known-bodies" or "known-places" or "world-states"
            ? list.Select(m => m.Text).Where(t => t != e.Name && model.Gazetteer.Lookup(t).Contains(e.Id))
            : [];

    private ImmutableArray<EntityCandidate> BuildEntities()
    {
        var result = ImmutableArray.CreateBuilder<EntityCandidate>();
        foreach (var (id, list) in mentions.OrderBy(kv => kv.Value.Min(m => m.Start)))
        {
            var e = Entity(id)!;
            result.Add(new EntityCandidate(e.Id, e.Name, e.Kind, e.IsNew, e.Role, [.. list.OrderBy(m => m.Start)])
            {
                IsoAlpha2 = e.IsoAlpha2,
                IsoAlpha3 = e.IsoAlpha3,
                Aliases = [.. e.Aliases.Concat(BuiltInFormsUsed(e, list)).Distinct(StringComparer.Ordinal)],
                Rule = e.Rule,
                Confidence = Math.Round(e.Confidence, 2),
            });
        }

        return result.ToImmutable();
    }

    /// <summary>Takes a rule's proposal for the modality stage (a relation of an entity with itself is dropped).</summary>
    public void Propose(ProposedRelation proposal)
    {
        if (proposal.Source != proposal.Target)
        {
            relations.Add(proposal);
        }
    }

    /// <summary>The proposals the rules have made so far in a sentence.</summary>
    public IEnumerable<ProposedRelation> ProposalsIn(SentenceView view) => relations.Where(p => p.View == view);

    /// <summary>The proposals the rules have made so far, in the order they were made.</summary>
    public IReadOnlyList<ProposedRelation> Proposals => relations;

    /// <summary>Proposes a relation of a structural rule (names, lists, citations), resolving the type from names, else keywords.</summary>
    public void Structural(SentenceView view, Paragraph paragraph, IEnumerable<string> types, string[] keywords, KnownEntity source, KnownEntity target, ModalitySpan? modality, int first, int last, double confidence, string rule)
    {
        var type = model.Types.Resolve(types, null, null, keywords, source.Kind, target.Kind, out var swap);
        if (type is null)
        {
            Notice($"No relation type of the vocabulary fits the rule {rule} from a {source.Kind} to a {target.Kind}; such candidates were left out.");
            return;
        }

        Propose(new ProposedRelation(view, paragraph, swap ? target.Id : source.Id, swap ? source.Id : target.Id, type, first, last, confidence, rule, string.Empty, rule)
        {
            Modality = modality,
            // Parties read off a name or a "between" are not stated for a document the text calls draft or unsigned anywhere.
            FromName = rule.StartsWith("name-", StringComparison.Ordinal) || rule == "agreement-between",
        });
    }

    private RelationCandidate ToCandidate(ProposedRelation p, ModalityReading reading)
    {
        var (source, target) = (p.Source, p.Target);
        if (p.Type.Symmetric && string.CompareOrdinal(source, target) > 0)
        {
            (source, target) = (target, source);
        }

        return new RelationCandidate(source, target, p.Type.Name, reading.Certainty, p.Time, Evidence(p.View, p.Paragraph, p.SpanFirst, p.SpanLast), Math.Round(Math.Clamp(p.Confidence, 0.05, 0.99), 2), p.Rule)
        {
            Trigger = p.Trigger,
            Concept = p.Concept,
            ModalityCue = reading.Cue,
            Modality = reading.Kind,
        };
    }

    /// <summary>
    /// "Georgia broke off relations with Russia in 2008 ... Recently, relations between Georgia and Russia have ...": where
    /// the text says two states have no relations (severed, or denied), a phrase that only presumes their relations ("relations
    /// between A and B", "A-B relations") states none.
    /// </summary>
    private static List<RelationCandidate> WithoutTiesTheTextDenies(IEnumerable<RelationCandidate> candidates)
    {
        var list = candidates.ToList();
        static (string, string) Pair(RelationCandidate r) => string.CompareOrdinal(r.Source, r.Target) < 0 ? (r.Source, r.Target) : (r.Target, r.Source);
        var without = list.Where(r => (r.Type == "severed-ties-with" && r.Certainty is Certainty.Stated or Certainty.Reported)
            || (r.Type == "maintains-relations-with" && r.Certainty == Certainty.Denied)).Select(Pair).ToHashSet();
        return [.. list.Where(r => !(r.Type == "maintains-relations-with" && r.Certainty is Certainty.Stated or Certainty.Reported
            && r.Rule.Split('+')[0] is "between-pair" or "compound-pair" && without.Contains(Pair(r))))];
    }

    /// <summary>Keeps one candidate per (source, target, type, certainty, sentence): the most confident.</summary>
    private static IEnumerable<RelationCandidate> Deduplicate(IEnumerable<RelationCandidate> candidates) =>
        candidates
            .GroupBy(r => (r.Source, r.Target, r.Type, r.Certainty, r.Evidence.Paragraph, r.Evidence.Sentence))
            .Select(g => g.OrderByDescending(r => r.Confidence).First())
            .OrderBy(r => r.Evidence.Start);

    private CandidateEvidence Evidence(SentenceView view, Paragraph paragraph, int firstToken, int lastToken)
    {
        // A span is written first to last; a rule that gives its ends the other way round still cites the right text.
        (firstToken, lastToken) = (Math.Min(firstToken, lastToken), Math.Max(firstToken, lastToken));
        var start = view.Tokens[firstToken].Start;
        var end = view.Tokens[lastToken].End;
        var snippet = segmented.Text[start..end];
        if (snippet.Length > 240)
        {
            snippet = snippet[..237] + "...";
        }

        return new CandidateEvidence(documentId, view.Sentence.Paragraph, view.Sentence.Index, start, end - start, FootnoteFor(view.Sentence, paragraph), snippet);
    }

    /// <summary>The sentence's own footnote, else the next one its paragraph cites, else the previous one.</summary>
    private static int? FootnoteFor(Sentence sentence, Paragraph paragraph)
    {
        if (!sentence.Footnotes.IsEmpty)
        {
            return sentence.Footnotes[0];
        }

        var after = paragraph.Sentences.Where(s => s.Index > sentence.Index && !s.Footnotes.IsEmpty).Select(s => (int?)s.Footnotes[0]).FirstOrDefault();
        return after ?? paragraph.Sentences.Where(s => s.Index < sentence.Index && !s.Footnotes.IsEmpty).Select(s => (int?)s.Footnotes[^1]).LastOrDefault();
    }

    public void Notice(string text) => notices.Add(text);

    /// <summary>
    /// The city a capital written for its state stands for where the text treats it as a place ("a meeting in Baku",
    /// "Kazakhstan's capital Astana"): a new place of that name, mentioned there; null when the vocabulary has no place kind.
    /// </summary>
    public KnownEntity? CityOfCapital(SentenceView view, EntityMention metonym)
    {
        if (model.PlaceKind is not { } placeKind)
        {
            return null;
        }

        var city = NewEntity(view.Text(metonym.First, metonym.Last), placeKind, "capital-as-place", 0.7);
        RecordMention(view, new EntityMention(metonym.First, metonym.Last, city.Id, FormKind.Name, "capital-as-place", 0.7));
        return city;
    }

    /// <summary>Gets or sets the event an attendance list announced ("The Summit was attended by:") and the list's last paragraph so far.</summary>
    public (string EventId, int Paragraph)? AttendanceList { get; set; }

    /// <summary>The state the document is about so far: the most mentioned, clearly ahead of the next (at least 3 mentions, 1.5 times the runner-up).</summary>
    public string? FocusState()
    {
        var ranked = stateMentions.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(2).ToList();
        return ranked.Count > 0 && ranked[0].Value >= 3 && (ranked.Count == 1 || ranked[0].Value >= 1.5 * ranked[1].Value) ? ranked[0].Key : null;
    }

    public RelationTime? TimeNear(SentenceView view, int tokenIndex)
    {
        if (view.Dates.IsEmpty)
        {
            return null;
        }

        var at = view.Tokens[tokenIndex].Start;
        var nearest = view.Dates.OrderBy(d => Math.Min(Math.Abs(d.Start - at), Math.Abs(d.Start + d.Length - at))).First();
        return nearest.Time;
    }

}
