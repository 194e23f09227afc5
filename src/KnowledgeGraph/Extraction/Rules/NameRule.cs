using static KnowledgeGraph.Extraction.ClauseAnalyzer;

namespace KnowledgeGraph.Extraction;

/// <summary>Relations a name carries: the parties it joins ("the Armenia-Azerbaijan conflict"), the one state it belongs to ("Parliament of Armenia"), what an event is about ("Suspension of the ... Charter") and where it takes place.</summary>
internal sealed class NameRule : RelationRule
{
    internal static readonly string[] LocatedInTypes = ["located-in", "took-place-in", "held-in"];
    internal static readonly string[] ConcernsTypes = ["concerns", "about", "regards"];
    internal static readonly string[] PresentInTypes = ["present-in", "located-in"];

    public override string Name => "name-parties";

    public override double BaseConfidence => 0.75;

    public override string Pattern => "a name joining parties with hyphens: \"Armenia–Azerbaijan Transit Agreement\" gives party-to, \"A-B-C trilateral format\" member-of; name-part-of, name-located-in, name-present-in, name-concerns (0.6-0.65): \"Parliament of A\", \"the X Mission in A\", \"Armenian constitutional referendum\", \"Suspension of the X Charter\"";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) =>
        lexicon.NameParties.Values.SelectMany(t => t).Concat(lexicon.PartOfTypes).Concat(LocatedInTypes).Concat(ConcernsTypes).Concat(PresentInTypes);

    public override RuleScope Scope => RuleScope.Body | RuleScope.Footnote;

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        NameRelations(context.Run, context.View, context.Paragraph);
    }

    private static void NameRelations(DocumentRun run, SentenceView view, Paragraph paragraph)
    {
        foreach (var m in view.Mentions.ToList())
        {
            if (run.Entity(m.EntityId) is { } e)
            {
                NameRelationsFor(run, view, paragraph, e, m.First, m.Last);
            }
        }
    }

    /// <summary>Reads the relations an entity's name carries, once per document, with the evidence of its first mention.</summary>
    internal static void NameRelationsFor(DocumentRun run, SentenceView view, Paragraph paragraph, KnownEntity e, int first, int last)
    {
        if (!(e.Kind == run.Model.OrganizationKind || e.Kind == run.Model.MilitaryUnitKind || e.Kind == run.Model.EventKind || e.Kind == run.Model.AgreementKind)
            || !run.NamedOnce.Add(e.Id))
        {
            return;
        }

        var cue = new ModalitySpan(first, last, ClauseStart(view, first));

        // An agreement's parties come only from the name as this text writes it: "the peace agreement with Azerbaijan",
        // linked to the graph's "Armenia-Azerbaijan peace treaty", does not state who is party to it.
        var names = e.Kind == run.Model.AgreementKind ? [view.Text(first, last)] : new[] { e.Name, view.Text(first, last) };
        foreach (var text in names.Distinct(StringComparer.Ordinal))
        {
            var parts = NameParts(run, text, e.Id);
            // The graph's name of an event the text calls otherwise ("the Washington Peace Summit") names its participants only
            // where the text names them too.
            var canonicalOnly = !e.IsNew && text == e.Name && text != view.Text(first, last);
            var parties = parts.Where(p => (p.Entity.Kind == run.Model.StateKind || p.Entity.Kind == run.Model.OrganizationKind
                || (e.Kind == run.Model.EventKind && run.Model.IsPersonKind(p.Entity.Kind))) && (!canonicalOnly || run.MentionedIds.Contains(p.Entity.Id))).ToList();
            var joined = parties.Count >= 2 && parties.Zip(parties.Skip(1)).Any(x => x.Second.Index - x.First.End == 1 && x.First.Next == "-");
            // "discussed the Armenia–Azerbaijan conflict", "to help resolve the conflict": a conflict named as a topic names its
            // sides, which analysts do not list as taking part in it.
            var conflict = e.Kind == run.Model.EventKind && Tokenizer.Keys(text) is { Length: > 0 } keys && keys[^1] is "conflict" or "conflicts" or "dispute"
                && NamedAsTopic(view, first);
            // "a meeting of deputy prime ministers of A, B and C": the states whose people a gathering brings together take part.
            // (Such a gathering is no more located in, or about, a state its name holds: "a meeting of the leaders of Belarus and ...".)
            var gathering = e.Kind == run.Model.EventKind && Tokenizer.Keys(text) is var textKeys && textKeys.IndexOf("of") is var firstOf and > 0
                && textKeys.Skip(firstOf + 1).TakeWhile(k => k != "of").Any(k => k is "leaders" or "heads" or "ministers" or "representatives" or "presidents" or "delegations");
            var gathered = gathering && parties.Count(p => p.Entity.Kind == run.Model.StateKind) >= 2;
            // "the Armenia-Azerbaijan peace process", "the EU-Armenia visa dialogue": a process named by its sides is a course the
            // text speaks about, and readers do not list the sides as taking part in it (talks and summits keep their parties).
            var process = e.Kind == run.Model.EventKind && WordLists.IsProcessName(text);
            if (((joined && !conflict && !process) || gathered) && run.Model.Lexicon.NameParties.TryGetValue(e.Kind, out var partyTypes))
            {
                foreach (var p in parties.DistinctBy(p => p.Entity.Id))
                {
                    run.Structural(view, paragraph, partyTypes, ["member", "particip", "party"], p.Entity, e, cue, first, last, 0.75, "name-parties");
                }

                return;
            }

            if (gathering)
            {
                return;
            }

            // A body inside a name is its parent only as a qualifier ("OSCE Minsk Group", "Secretariat of the CSTO"), never as
            // the name's own head ("European Parliament" is no part of a parliament the graph knows). A well-known party or
            // company is no part of the state its name mentions ("Georgian Dream", "State Oil Company of Azerbaijan Republic").
            var states = parts.Where(p => (p.Entity.Kind == run.Model.StateKind && (e.Rule != "known-bodies" || IsDepartment(e.Name)))
                    || (p.Entity.Kind == run.Model.OrganizationKind && e.Kind != run.Model.EventKind && (p.Next.Length > 0 || p.Previous is "of" or "the")))
                .Select(p => p.Entity).DistinctBy(x => x.Id).ToList();
            var about = parts.Where(p => p.Previous is "of" or "from" or "the").Select(p => p.Entity).FirstOrDefault();
            if (e.Kind == run.Model.EventKind && about is not null && (about.Kind == run.Model.AgreementKind || about.Kind == run.Model.OrganizationKind))
            {
                run.Structural(view, paragraph, NameRule.ConcernsTypes, ["concern"], e, about, cue, first, last, 0.6, "name-concerns");
                return;
            }

            var place = parts.Where(p => p.Previous == "in" && (p.Entity.Kind == run.Model.PlaceKind || p.Entity.Kind == run.Model.StateKind)).Select(p => p.Entity).FirstOrDefault();
            // "the India-Central Asia Dialogue" joins two sides; it is not located in the one state among them.
            var pair = parts.Any(x => x.Entity.Kind == run.Model.StateKind && x.Next is "-" or "–");
            if (e.Kind == run.Model.EventKind && (place is not null || (states.Count == 1 && !pair)))
            {
                run.Structural(view, paragraph, NameRule.LocatedInTypes, ["locat"], e, place ?? states[0], cue, first, last, 0.6, "name-located-in");
                return;
            }

            // "EU Monitoring Mission in Armenia", "US Embassy in Georgia": the body is present where the name says, and part of
            // the one state or body named before "in".
            var host = parts.Where(p => p.Previous == "in" && (p.Entity.Kind == run.Model.StateKind || p.Entity.Kind == run.Model.PlaceKind)).Select(p => p.Entity).FirstOrDefault();
            if ((e.Kind == run.Model.OrganizationKind || e.Kind == run.Model.MilitaryUnitKind) && host is not null)
            {
                run.Structural(view, paragraph, PresentInTypes, ["presen"], e, host, cue, first, last, 0.65, "name-present-in");
                var owners = states.Where(x => x.Id != host.Id).ToList();
                if (owners.Count == 1)
                {
                    run.Structural(view, paragraph, run.Model.Lexicon.PartOfTypes, DocumentRun.PartOfKeywords, e, owners[0], cue, first, last, 0.65, "name-part-of");
                }

                return;
            }

            // "RFE/RL's Georgian Service": a body's own department, named by a language, is no part of the state.
            var ownedByBody = first >= 2 && view.Tokens[first - 1].Kind == TokenKind.Possessive && view.MentionAt(first - 2) is { } owner
                && run.Entity(owner.EntityId) is { } ownerEntity && (ownerEntity.Kind == run.Model.OrganizationKind || ownerEntity.Kind == run.Model.OutletKind);
            // "the Finnish Chairpersonship of the OSCE": a state's turn at the head of a body is no part of the state.
            var nameKeys = Tokenizer.Keys(e.Name);
            var rotatingOffice = nameKeys.Any(k => k is "chairpersonship" or "chairmanship" or "presidency" or "chairship");
            // "the Central Asia Plus Japan Dialogue", "the 3+3 platform": a format of talks between sides is no part of one of them.
            var format = nameKeys.Length > 0 && (nameKeys.Contains("plus") || nameKeys[^1] is "dialogue" or "format" or "platform");
            if ((e.Kind == run.Model.OrganizationKind || e.Kind == run.Model.MilitaryUnitKind) && states.Count == 1 && !ownedByBody && !rotatingOffice && !format)
            {
                run.Structural(view, paragraph, run.Model.Lexicon.PartOfTypes, DocumentRun.PartOfKeywords, e, states[0], cue, first, last, 0.65, "name-part-of");
                return;
            }
        }
    }

    /// <summary>The entities named inside a name, with the word before and after each.</summary>
    internal static List<(KnownEntity Entity, int Index, int End, string Previous, string Next)> NameParts(DocumentRun run, string text, string selfId)
    {
        var tokens = Tokenizer.Tokenize(text);
        var parts = new List<(KnownEntity, int, int, string, string)>();
        for (var i = 0; i < tokens.Length; i++)
        {
            // The longest match that is not the named entity itself ("Armenia" in "Armenia-Azerbaijan conflict").
            GazetteerMatch? m = null;
            for (var max = tokens.Length - i; max >= 1 && m is null; max--)
            {
                var g = run.Model.Gazetteer.MatchAt(tokens, i, max);
                var l = run.Local.MatchAt(tokens, i, max);
                var best = l is not null && (g is null || l.Count > g.Count) ? l : g;
                if (best is null)
                {
                    break;
                }

                if (best.EntityIds.Contains(selfId))
                {
                    max = best.Count;
                    continue;
                }

                m = best;
            }

            // A capital inside a name ("Ankara ... University") is a place, not its state.
            if (m is null || m.EntityIds.Length != 1 || m.Entries.All(x => x.Form == FormKind.Metonym) || run.Entity(m.EntityIds[0]) is not { } part)
            {
                continue;
            }

            var end = i + m.Count;
            parts.Add((part, i, end, i > 0 ? tokens[i - 1].Key : string.Empty, end < tokens.Length ? tokens[end].Key : string.Empty));
            i = end - 1;
        }

        return parts;
    }

    /// <summary>
    /// Whether a listed body is a state's department, ministry, agency or legislature ("US Department of the Treasury", "United States
    /// Congress", "Grand National Assembly of Turkey"): part of the state it names.
    /// </summary>
    private static bool IsDepartment(string name) => Tokenizer.Keys(name).Any(k => k is "department" or "ministry" or "agency" or "congress" or "parliament" or "assembly" or "duma");
}
