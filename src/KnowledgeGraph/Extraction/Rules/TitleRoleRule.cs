using static KnowledgeGraph.Extraction.ClauseAnalyzer;

namespace KnowledgeGraph.Extraction;

/// <summary>"Russian President Vladimir Putin", "Deputy Foreign Minister of Azerbaijan, Elnur Mammadov": the person holds the office in the state.</summary>
internal sealed class TitleRoleRule : RelationRule
{
    public override string Name => "title-role";

    public override double BaseConfidence => 0.9;

    public override string Pattern => "an office title before a name: \"Azerbaijani Deputy Foreign Minister Elnur Mammadov\"; title-role-known-office (0.6) when only the known person's role names the state; title-host (0.85) where the holder is posted: \"ambassador to Armenia\" → ambassador-to; title-implied-state (0.75) \"Secretary of State X\" → the United States; title-possessor (0.7) \"President Putin's spokesperson, X\" → the possessor's state; title-role-body (0.85) \"Russian Foreign Ministry spokesperson X\" → the body, \"CEO of the French company X\" → the company, \"director of the Commission's Legal Service\" → the unit, which is part-of the body (possessive-body-part, 0.7); title-role-known-person (0.7) \"President Xi Jinping\" → the state a listed office holder serves (Data/known-persons.tsv)";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) =>
        lexicon.Roles.SelectMany(r => r.Types.Concat(r.HostTypes)).Concat(lexicon.GenericRoleTypes).Concat(lexicon.PartOfTypes);

    public override RuleScope Scope => RuleScope.Body | RuleScope.Footnote;

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        RoleRelations(context.Run, context.View, context.Paragraph);
    }

    /// <summary>"Russian President Vladimir Putin": the person holds the office in the state.</summary>
    private static void RoleRelations(DocumentRun run, SentenceView view, Paragraph paragraph)
    {
        foreach (var title in view.Titles)
        {
            if (title.Person is not { } person)
            {
                continue;
            }

            HostRelation(run, view, paragraph, title, person);
            var rule = "title-role";
            var confidence = 0.9;
            var ofId = title.Of?.EntityId;
            var seatAfter = title.Of is { } named && named.First > title.Last ? named : null;
            // A body whose offices the title's own types cannot name is the holder's party, not the office's seat ("GD Prime
            // Minister Irakli Kobakhidze" is Georgia's prime minister).
            if (ofId is null && BodyBefore(run, view, title) is { } body && run.Entity(person.EntityId) is { } titledHolder && run.Entity(body) is { } bodyEntity
                && run.Model.OfficeFits(title.Role, titledHolder.Kind, bodyEntity.Kind))
            {
                // "Russian Foreign Ministry spokesperson Maria Zakharova": the office is held in the body named before the title.
                ofId = body;
                rule = "title-role-body";
                confidence = 0.85;
            }

            if (ofId is null && title.Last < view.Tokens.Length - 2 && view.Key(title.Last + 1) == "of"
                && view.MentionStartingAt(SeatAfterOf(run, view, title.Last + 2)) is { } seat
                && run.Entity(seat.EntityId) is { } seatEntity && seatEntity.Kind == run.Model.OrganizationKind && run.Entity(person.EntityId) is { } seated
                && run.Model.OfficeFits(title.Role, seated.Kind, seatEntity.Kind))
            {
                // "X, Speaker of the Supreme Assembly of Mongolia": a body the text names only now, after the title.
                ofId = seat.EntityId;
                seatAfter = seat;
                rule = "title-role-body";
                confidence = 0.85;
            }

            if (ofId is null && run.Entity(person.EntityId) is { IsNew: false, Role: { } roleText })
            {
                ofId = PlaceInRole(run, roleText, e => !run.Model.IsPersonKind(e.Kind));
                rule = "title-role-known-office";
                confidence = 0.6;
            }

            if (ofId is null && TitleKeys(view, title) == "secretary of state" && run.Model.StateByAlpha2("US") is { } us)
            {
                // "Secretary of State Antony Blinken": the title alone names the United States' foreign minister.
                ofId = us.Id;
                rule = "title-implied-state";
                confidence = 0.75;
            }

            if (ofId is null && title.Last < person.First && title.First >= 2 && view.Tokens[title.First - 1].Kind == TokenKind.Possessive
                && view.Mentions.FirstOrDefault(m => m.Last == title.First - 2) is { } possessor && run.Entity(possessor.EntityId) is { Role: { } possessorRole } boss
                && run.Model.IsPersonKind(boss.Kind) && boss.Id != person.EntityId && PlaceInRole(run, possessorRole, e => e.Kind == run.Model.StateKind) is { } bossPlace)
            {
                // "President Putin's spokesperson, Dmitry Peskov": the office serves the possessor's state.
                ofId = bossPlace;
                rule = "title-possessor";
                confidence = 0.7;
            }

            if (ofId is null && title.First >= 1 && view.Key(title.First - 1) is "its" or "their"
                && Subject(run.Model, view, title.First - 1, ClauseStart(view, title.First - 1)) is [{ } owner] && run.Entity(owner.EntityId) is { } ownerState
                && ownerState.Kind == run.Model.StateKind)
            {
                // "Italy has called back its ambassador to Georgia, Marco Rossi": the subject's office.
                ofId = ownerState.Id;
                rule = "title-possessor";
                confidence = 0.7;
            }

            if (ofId is null && run.Entity(person.EntityId) is { } titled && KnownPersons.StateOf(titled.Name) is { } alpha2
                && run.Model.StateByAlpha2(alpha2) is { } servedState)
            {
                // "President Xi Jinping", "Foreign Minister Hakan Fidan": the title is the text's, the state the one the person serves.
                ofId = servedState.Id;
                rule = "title-role-known-person";
                confidence = 0.7;
            }

            if (ofId is null || run.Entity(ofId) is not { } place || run.Entity(person.EntityId) is not { } holder)
            {
                continue;
            }

            if (title.Of is { } before && before.Last < title.First && place.Kind == run.Model.OrganizationKind && TitleKeys(view, title) is "leader" or "leaders")
            {
                continue; // "EU leader Viktor Orbán": a leader of a member state, not of the bloc
            }

            if (title.Of is { } after && after.First > title.Last && place.Kind == run.Model.OrganizationKind && PartOfBodyAfter(view, after.Last) is var partEnd and >= 0)
            {
                // "head of the Civil Contract parliamentary faction": the office is in a part of the body, a body of its own.
                if (view.Reserved[partEnd])
                {
                    continue;
                }

                place = run.NewPartEntity(view.Text(after.First, partEnd), run.Model.OrganizationKind, "body-part", 0.7);
                run.RecordMention(view, new EntityMention(after.First, partEnd, place.Id, FormKind.Name, "body-part", 0.7));
                run.NamedOnce.Add(place.Id);
            }
            else if (seatAfter is { } owningBody && place.Kind == run.Model.OrganizationKind
                && PossessedBodyAfter(run, view, owningBody.Last) is var (unitFirst, unitLast) && unitFirst >= 0)
            {
                // "director of the European Commission's Legal Service": the office is in the unit the body owns.
                var whole = place;
                if (view.MentionStartingAt(unitFirst) is { } unit && unit.Last == unitLast && run.Entity(unit.EntityId) is { } known)
                {
                    place = known;
                }
                else
                {
                    place = run.NewPartEntity(view.Text(unitFirst, unitLast), run.Model.OrganizationKind, "body-part", 0.7);
                    run.RecordMention(view, new EntityMention(unitFirst, unitLast, place.Id, FormKind.Name, "body-part", 0.7));
                    run.NamedOnce.Add(place.Id);
                }

                if (run.Model.Types.Resolve(run.Model.Lexicon.PartOfTypes, null, null, DocumentRun.PartOfKeywords, place.Kind, whole.Kind, out var swapPart) is { } partOf)
                {
                    run.Propose(new ProposedRelation(view, paragraph, swapPart ? whole.Id : place.Id, swapPart ? place.Id : whole.Id, partOf,
                        owningBody.First, unitLast, 0.7, "possessive-body-part", string.Empty, "part-of"));
                }
            }

            var role = title.Role;
            if (role.BodiesOnly && place.Kind != run.Model.OrganizationKind)
            {
                continue; // "the EU's special envoy" is one of the bloc's officials; "Russia's envoy to the EU" holds no office the text names
            }

            var types = role.Types.Concat(run.Model.Lexicon.GenericRoleTypes);
            // Offices resolve by name only: a keyword guess could turn a minister into a deputy foreign minister.
            var type = run.Model.Types.Resolve(types, null, null, [], holder.Kind, place.Kind, out var swap);
            if (type is null)
            {
                run.Notice($"No relation type of the vocabulary fits the office \"{role.Concept}\" between a {holder.Kind} and a {place.Kind}; such candidates were left out.");
                continue;
            }

            // The holder may stand before the title ("Pashinyan, the prime minister") or after it.
            var first = Math.Min(Math.Min(title.First, person.First), title.Of?.First ?? title.First);
            var last = Math.Max(Math.Max(title.Last, person.Last), title.Of?.Last ?? person.Last);
            if (title.Of is null)
            {
                NameRule.NameRelationsFor(run, view, paragraph, place, first, last);
            }

            run.Propose(new ProposedRelation(view, paragraph, swap ? place.Id : holder.Id, swap ? holder.Id : place.Id, type,
                first, last, confidence, rule, view.Text(title.First, title.Last), role.Concept));
        }
    }

    /// <summary>
    /// Where the seat named after a title's "of" starts, at <paramref name="k"/> or past "the" and a description of a company
    /// ("CEO of the French company Orano", "head of the state firm X").
    /// </summary>
    private static int SeatAfterOf(DocumentRun run, SentenceView view, int k)
    {
        var at = view.Key(k) == "the" ? k + 1 : k;
        for (var d = at; d < Math.Min(view.Tokens.Length, at + 4); d++)
        {
            if ((WordLists.CompanyNouns.Contains(view.Key(d)) || WordLists.MediaNouns.Contains(view.Key(d))) && view.MentionStartingAt(d + 1) is { } named && run.Entity(named.EntityId)?.Kind == run.Model.OrganizationKind)
            {
                return d + 1;
            }

            if (view.Tokens[d].Kind != TokenKind.Word || view.MentionAt(d) is { CanBeArgument: true, Form: not FormKind.Demonym })
            {
                break;
            }
        }

        return at;
    }

    /// <summary>Capitalized head nouns of a unit a body owns ("the party's International Department").</summary>
    private static readonly HashSet<string> UnitHeads = new(StringComparer.Ordinal)
    {
        "department", "committee", "commission", "office", "bureau", "directorate", "service", "division", "secretariat", "administration",
        "agency", "centre", "center", "institute", "board",
    };

    /// <summary>
    /// The capitalized name of a unit after a body's possessive at <paramref name="end"/> + 1 ("the Commission's Legal Service"),
    /// at most four words ending in a unit's head noun (a body's mention there when the mention stage read one); (-1, -1) otherwise.
    /// </summary>
    private static (int First, int Last) PossessedBodyAfter(DocumentRun run, SentenceView view, int end)
    {
        if (end + 2 >= view.Tokens.Length || view.Tokens[end + 1].Kind != TokenKind.Possessive)
        {
            return (-1, -1);
        }

        if (view.MentionStartingAt(end + 2) is { } unit && run.Entity(unit.EntityId)?.Kind == run.Model.OrganizationKind)
        {
            return UnitHeads.Contains(view.Key(unit.Last)) ? (unit.First, unit.Last) : (-1, -1);
        }

        for (var k = end + 2; k < Math.Min(view.Tokens.Length, end + 6); k++)
        {
            if (view.Tokens[k] is not { Kind: TokenKind.Word, IsCapitalized: true } || view.MentionAt(k) is not null || view.Reserved[k])
            {
                return (-1, -1);
            }

            if (UnitHeads.Contains(view.Key(k)) && (k + 1 >= view.Tokens.Length || !view.Tokens[k + 1].IsCapitalized || view.Tokens[k + 1].Kind != TokenKind.Word))
            {
                return (end + 2, k);
            }
        }

        return (-1, -1);
    }

    /// <summary>Lowercase nouns of a part of a body: its faction, wing, caucus, branch or office.</summary>
    private static readonly HashSet<string> BodyParts = new(StringComparer.Ordinal)
    {
        "faction", "factions", "wing", "caucus", "branch", "branches", "office", "offices", "delegation", "list", "bureau", "secretariat",
        "headquarters", "chapter", "department", "division",
    };

    /// <summary>
    /// The noun of a part of the body that follows its name at <paramref name="end"/>, or -1: at most two lowercase describing
    /// words, then a noun of a part ("the Civil Contract parliamentary faction", "the party's youth wing").
    /// </summary>
    private static int PartOfBodyAfter(SentenceView view, int end)
    {
        for (var k = end + 1; k <= Math.Min(view.Tokens.Length - 1, end + 3); k++)
        {
            var t = view.Tokens[k];
            if (t.Kind != TokenKind.Word || t.IsCapitalized || view.MentionAt(k) is not null)
            {
                return -1;
            }

            if (BodyParts.Contains(t.Key))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Iranian ambassador to Armenia Mehdi Sobhani", "Sobhani, Iran's ambassador to Armenia", "Sobhani, the Ambassador of Iran to
    /// Armenia": the holder is posted to the state or body after "to".
    /// </summary>
    private static void HostRelation(DocumentRun run, SentenceView view, Paragraph paragraph, TitleSpan title, EntityMention person)
    {
        // "the Ambassador of Iran to Armenia": the seat after "of" may stand between the title and "to".
        var to = title.Of is { } seat && seat.First > title.Last && seat.First <= title.Last + 3 && view.Key(seat.Last + 1) == "to" ? seat.Last + 1 : title.Last + 1;
        if (title.Role.HostTypes.IsEmpty || view.Key(to) != "to")
        {
            return;
        }

        // The host is a mention, or (when the title and the name after it reserved its words) the gazetteer's one entity there.
        var k = view.Key(to + 1) == "the" ? to + 2 : to + 1;
        var (hostId, hostLast) = view.MentionStartingAt(k) is { CanBeArgument: true } mention ? (mention.EntityId, mention.Last)
            : run.Model.Gazetteer.MatchAt(view.Tokens, k) is { EntityIds.Length: 1 } match ? (match.EntityIds[0], k + match.Count - 1) : (null, k);
        if (hostId is null || hostId == title.Of?.EntityId || hostId == person.EntityId || run.Entity(hostId) is not { } place
            || run.Model.IsPersonKind(place.Kind) || run.Entity(person.EntityId) is not { } holder)
        {
            return;
        }

        if (run.Model.Types.Resolve(title.Role.HostTypes, null, null, [], holder.Kind, place.Kind, out var swap) is not { } type)
        {
            return;
        }

        run.Propose(new ProposedRelation(view, paragraph, swap ? place.Id : holder.Id, swap ? holder.Id : place.Id, type,
            Math.Min(title.First, person.First), Math.Max(hostLast, person.Last), 0.85, "title-host", view.Text(title.First, hostLast), title.Role.Concept));
    }

    /// <summary>The body (not a state or place) whose mention ends right before the title, possessive or not.</summary>
    private static string? BodyBefore(DocumentRun run, SentenceView view, TitleSpan title)
    {
        var end = title.First - 1;
        if (end >= 0 && view.Tokens[end].Kind == TokenKind.Possessive)
        {
            end--;
        }

        return title.Person is { } person && person.First > title.Last && view.Mentions.FirstOrDefault(m => m.Last == end) is { } mention
            && !MentionStage.Leaning(view, mention.First) && run.Entity(mention.EntityId) is { } e && e.Kind == run.Model.OrganizationKind ? e.Id : null;
    }

    private static string TitleKeys(SentenceView view, TitleSpan title) =>
        string.Join(' ', Enumerable.Range(title.First, title.Last - title.First + 1).Select(view.Key));

    /// <summary>
    /// The one entity a known person's role names that <paramref name="counts"/> accepts: "Prime Minister of Armenia" names
    /// Armenia. A name that does not count is passed over word by word, so "President of Russia" (also an outlet's name)
    /// still names Russia when only states count.
    /// </summary>
    private static string? PlaceInRole(DocumentRun run, string roleText, Func<KnownEntity, bool> counts)
    {
        var tokens = Tokenizer.Tokenize(roleText);
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (run.Model.Gazetteer.MatchAt(tokens, i) is { EntityIds: [var id] } m && run.Entity(id) is { } e && counts(e))
            {
                found.Add(id);
                i += m.Count - 1;
            }
        }

        return found.Count == 1 ? found.First() : null;
    }
}
