using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// A person described in apposition by a role in a body: "Aram Petrosyan, a deputy from the opposition faction X",
/// "Bagrat Galstanyan, the head of the Tavush Diocese", "Dmitry Peskov, the Kremlin spokesman". Membership nouns give
/// member-of; an office noun of the lexicon (head, chairman, spokesman, ...) gives its office relation.
/// </summary>
internal sealed class ApposedRoleRule : RelationRule
{
    /// <summary>Nouns that make a person a member of the body after them.</summary>
    private static readonly FrozenSet<string> MemberNouns = FrozenSet.ToFrozenSet(
        ["member", "deputy", "lawmaker", "legislator", "mp", "parliamentarian", "official", "representative", "diplomat", "officer",
         "employee", "senator", "congressman", "congresswoman", "activist", "leader", "figure"], StringComparer.Ordinal);

    public override string Name => "apposed-role";

    public override double BaseConfidence => 0.75;

    public override string Pattern => "\"X, a deputy from the Y faction\" (member-of), \"X, the head of the Y Diocese\", \"X, the Kremlin spokesman\" (the office of the lexicon's title), \"X, Deputy Director-General for Trade of the European Commission\" (member-of); \"the spokesperson for the Y Ministry, X\" (the office)";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) =>
        lexicon.NameParties.Values.SelectMany(t => t).Concat(lexicon.Roles.SelectMany(r => r.Types));

    public override RuleScope Scope => RuleScope.Body;

    /// <summary>Head words of offices written in capitals after a name: "Deputy Director-General for Trade of the European Commission".</summary>
    private static readonly FrozenSet<string> OfficeHeads = FrozenSet.ToFrozenSet(
        ["director", "director-general", "head", "chief", "commissioner", "secretary", "secretary-general", "spokesperson", "spokesman",
         "spokeswoman", "adviser", "advisor", "chair", "chairman", "chairwoman", "chairperson", "representative", "envoy", "member",
         "officer", "coordinator", "rapporteur", "counsellor", "counselor", "administrator", "executive"], StringComparer.Ordinal);

    /// <summary>
    /// An office in capitals without an article between the comma and a body: ", Deputy Director-General for Migration and
    /// Home Affairs of the European Commission". Only an organization ends it (a state's offices are the title rule's), the
    /// words are capitalized (or "for", "and", "of", "-" inside), and one of them is an office head; the lexicon's titles
    /// are left to the title rule.
    /// </summary>
    private static (EntityMention Body, int Last)? CapitalizedOffice(DocumentRun run, SentenceView view, int from)
    {
        var head = false;
        for (var k = from; k < view.Tokens.Length && k - from <= 12; k++)
        {
            if (run.Model.TitleAt(view.Tokens, k) is not null && k == from)
            {
                return null;
            }

            var key = view.Key(k);
            if (key == "of" && head)
            {
                var at = view.Key(k + 1) == "the" ? k + 2 : k + 1;
                if (view.MentionStartingAt(at) is { } body && run.Entity(body.EntityId) is { } e && e.Kind == run.Model.OrganizationKind)
                {
                    return (body, body.Last);
                }
            }

            var token = view.Tokens[k];
            if (view.MentionAt(k) is not null || !(token.Kind == TokenKind.Word && token.IsCapitalized || key is "for" or "and" or "of" or "to" or "-" or "the"))
            {
                return null;
            }

            head |= OfficeHeads.Contains(key) || (key.Contains('-') && key.Split('-').Any(OfficeHeads.Contains));
        }

        return null;
    }

    private void ProposeMembership(RuleContext context, EntityMention person, KnownEntity holder, EntityMention body, int last)
    {
        if (context.Run.Entity(body.EntityId) is { } org)
        {
            Propose(context, holder, org, context.Run.Model.Lexicon.NameParties.GetValueOrDefault(context.Run.Model.OrganizationKind ?? string.Empty, []),
                person.First, last, BaseConfidence * Math.Min(person.Confidence, body.Confidence), context.View.Text(person.Last + 2, last), "membership");
        }
    }

    /// <summary>Proposes the vocabulary type of <paramref name="types"/> that fits a person and the body or place of the role, if one fits.</summary>
    private void Propose(RuleContext context, KnownEntity holder, KnownEntity place, IEnumerable<string> types, int first, int last, double confidence, string trigger, string concept)
    {
        if (context.Run.Model.Types.Resolve(types, null, null, [], holder.Kind, place.Kind, out var swap) is { } type)
        {
            context.Run.Propose(new ProposedRelation(context.View, context.Paragraph, swap ? place.Id : holder.Id, swap ? holder.Id : place.Id, type,
                first, last, confidence, Name, trigger, concept));
        }
    }

    /// <summary>A new person given an office by the text is an official ("Dmitry Peskov, the Kremlin spokesman").</summary>
    private static void MakeOfficial(DocumentRun run, KnownEntity holder)
    {
        if (holder.IsNew && holder.Kind == run.Model.PersonKind && run.Model.OfficialKind is { } official)
        {
            holder.Kind = official;
        }
    }

    /// <summary>
    /// The office first and its holder after a comma: "the spokesperson for the Russian Foreign Ministry, Maria Zakharova",
    /// "the head of the EU delegation, Anna Holm"; "the first deputy head of the X, Y" is a member of X. Only a body's office
    /// (a state's is the title rule's).
    /// </summary>
    /// <summary>The comma after a body and, if written there, "of (the)" and a state: "the Speaker of the Milli Majlis of Azerbaijan, X".</summary>
    private static int StateAfterBody(DocumentRun run, SentenceView view, EntityMention body)
    {
        if (view.Key(body.Last + 1) != "of")
        {
            return body.Last + 1;
        }

        var at = view.Key(body.Last + 2) == "the" ? body.Last + 3 : body.Last + 2;
        return view.MentionStartingAt(at) is { } state && run.Entity(state.EntityId)?.Kind == run.Model.StateKind ? state.Last + 1 : body.Last + 1;
    }

    private void OfficeBeforeHolder(RuleContext context)
    {
        var (run, view) = (context.Run, context.View);
        for (var start = 1; start < view.Tokens.Length; start++)
        {
            // "the first deputy head of the X, Y": an ordinal may come first; a deputy is a member of the body, not its head.
            var k = start;
            while (view.Key(k) is "first" or "second" or "third")
            {
                k++;
            }

            var deputy = view.Key(k) is "deputy" or "vice" && view.Key(k + 1) != "-";
            if (deputy)
            {
                k++;
            }

            // (A title may already stand for the state its body names: "the chairman of the Uzbek Senate".)
            if (view.Key(start - 1) != "the" || (view.MentionAt(k) is { } atTitle && run.Entity(atTitle.EntityId)?.Kind != run.Model.StateKind)
                || run.Model.TitleAt(view.Tokens, k) is not { } title)
            {
                continue;
            }

            var next = k + title.Keys.Length;
            var at = view.Key(next + 1) == "the" ? next + 2 : next + 1;
            if (view.MentionStartingAt(at) is { } owner && owner.Last + 1 < view.Tokens.Length && view.Tokens[owner.Last + 1].Kind == TokenKind.Possessive)
            {
                at = owner.Last + 2; // "the spokesperson for Armenia's Foreign Ministry, X"
            }
            else if (view.Key(at) == "country" && at + 1 < view.Tokens.Length && view.Tokens[at + 1].Kind == TokenKind.Possessive)
            {
                at += 2; // "the spokesperson for the country's Foreign Ministry, X"
            }

            // "the chairman of the Uzbek Senate, X": the body, not the demonym that opens its name.
            if (view.Key(next) is not ("for" or "of" or "at") || view.Mentions.Where(m => m.First == at).MaxBy(m => m.Last) is not { } body
                || run.Entity(body.EntityId) is not { } org || org.Kind != run.Model.OrganizationKind
                || StateAfterBody(run, view, body) is var comma && view.Key(comma) != "," || view.MentionStartingAt(comma + 1) is not { } person
                || run.Entity(person.EntityId) is not { } holder || !run.Model.IsPersonKind(holder.Kind)
                || view.Key(person.Last + 1) is not ("," or "." or "" or "said" or "says" or "told" or "stated" or "noted"))
            {
                continue;
            }

            MakeOfficial(run, holder);
            var (types, concept) = deputy
                ? (run.Model.Lexicon.NameParties.GetValueOrDefault(run.Model.OrganizationKind ?? string.Empty, []), "membership")
                : (title.Role.Types, title.Role.Concept);
            Propose(context, holder, org, types, start, person.Last, BaseConfidence * Math.Min(person.Confidence, body.Confidence), view.Text(start, next - 1), concept);
        }
    }

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        OfficeBeforeHolder(context);
        var (run, view) = (context.Run, context.View);
        foreach (var person in view.Mentions.ToList())
        {
            if (view.Key(person.Last + 1) != "," || run.Entity(person.EntityId) is not { } holder || !run.Model.IsPersonKind(holder.Kind))
            {
                continue;
            }

            // ", a/the [former] [Russian] head of the X" within eight tokens, up to the body.
            var k = person.Last + 2;
            if (view.Key(k) is not ("a" or "an" or "the"))
            {
                if (CapitalizedOffice(run, view, k) is { } office)
                {
                    ProposeMembership(context, person, holder, office.Body, office.Last);
                }

                continue;
            }

            k++;
            EntityMention? before = null;
            var end = Math.Min(view.Tokens.Length - 1, k + 5);
            for (; k <= end; k++)
            {
                if (view.MentionAt(k) is { } m)
                {
                    before = m; // "the Kremlin spokesman", "a Georgian Dream lawmaker"
                    k = m.Last;
                    continue;
                }

                if (MemberNouns.Contains(view.Key(k)) || run.Model.TitleAt(view.Tokens, k) is not null || view.Key(k) is "," or "." or "and")
                {
                    break;
                }

                if (view.Tokens[k].Kind != TokenKind.Word || view.Tokens[k].IsCapitalized || WordLists.Prepositions.Contains(view.Key(k)))
                {
                    k = -1;
                    break;
                }
            }

            if (k < 0 || k > end || view.Key(k) is "," or "." or "and")
            {
                continue;
            }

            var title = run.Model.TitleAt(view.Tokens, k);
            var nounLast = title is null ? k : k + title.Keys.Length - 1;
            var next = nounLast + 1;
            var body = view.Key(next) is "of" or "from" or "at" or "in" or "to" or "for"
                ? view.MentionStartingAt(view.Key(next + 1) == "the" ? next + 2 : next + 1)
                : null;
            // "the leader of the EU's rotating presidency", "the leader of the EU presidency": the office is in what the body
            // qualifies, not in the body.
            if (body is not null && (view.Tokens.Length > body.Last + 1 && view.Tokens[body.Last + 1].Kind == TokenKind.Possessive || ClauseAnalyzer.IsNounModifier(view, body)))
            {
                continue;
            }

            var leaderBefore = body is null && before is not null && view.Key(k) is "leader" or "leaders";
            body ??= before;
            if (body is null || run.Entity(body.EntityId) is not { } place || run.Model.IsPersonKind(place.Kind)
                || (leaderBefore && place.Kind == run.Model.OrganizationKind))
            {
                continue; // (and "the EU leader closest to Moscow" leads a member state, not the bloc)
            }

            // "X, the President of Ruritania Anna Holm, ...": a name right after the office is its holder, and X
            // is the item before it in a list.
            if (view.MentionStartingAt(Math.Max(body.Last, nounLast) + 1) is { } named && run.Entity(named.EntityId) is { } n && run.Model.IsPersonKind(n.Kind))
            {
                continue;
            }

            if (title is not null)
            {
                MakeOfficial(run, holder);
            }

            IEnumerable<string> types = title is not null ? title.Role.Types : run.Model.Lexicon.NameParties.GetValueOrDefault(run.Model.OrganizationKind ?? string.Empty, []);
            Propose(context, holder, place, types, person.First, Math.Max(body.Last, nounLast), BaseConfidence * Math.Min(person.Confidence, body.Confidence),
                view.Text(k, nounLast), title?.Role.Concept ?? "membership");
        }
    }
}
