namespace KnowledgeGraph.Extraction;

/// <summary>"India's Shatrujeet Brigade", "the Ministry of Foreign Affairs of Russia", "the Russian Ministry of Defense": the body is part of the state.</summary>
internal sealed class PartOfRule : RelationRule
{
    public override string Name => "part-of";

    public override double BaseConfidence => 0.7;

    public override string Pattern => "possessive-part-of \"A's Northern Brigade\", of-part-of \"the Ministry of Defence of A\", demonym-part-of \"the Armenian Ministry of Defence\"";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) => lexicon.PartOfTypes;

    public override RuleScope Scope => RuleScope.Body | RuleScope.Footnote;

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        PartOfRelations(context.Run, context.View, context.Paragraph);
    }

    /// <summary>"India's Shatrujeet Brigade", "the Ministry of Foreign Affairs of Russia", "the Russian Ministry of Defense".</summary>
    private static void PartOfRelations(DocumentRun run, SentenceView view, Paragraph paragraph)
    {
        foreach (var body in view.Mentions)
        {
            if (run.Entity(body.EntityId) is not { } part || (part.Kind != run.Model.OrganizationKind && part.Kind != run.Model.MilitaryUnitKind))
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

            if (owner is null || run.Entity(owner.EntityId) is not { } whole || whole.Kind != run.Model.StateKind)
            {
                continue;
            }

            // "Ukraine's NATO membership aspirations": the body's name only qualifies a noun of the owner's course toward it.
            // "Georgia's ruling Georgian Dream party": a party runs for power in a state; it is no part of it.
            // "Georgia's TBC Bank", "the incumbent Georgian Dream government": a company or a party is no part of a state.
            if (WordLists.CourseNouns.Contains(view.Key(body.Last + 1)) || view.Key(body.Last + 1) is "party" or "government"
                || part.Name.EndsWith(" Party", StringComparison.OrdinalIgnoreCase) || view.Key(body.First - 1) is "ruling" or "incumbent"
                || WordLists.NonStateHeads.Contains(view.Key(body.Last)))
            {
                continue;
            }

            var type = run.Model.Types.Resolve(run.Model.Lexicon.PartOfTypes, null, null, DocumentRun.PartOfKeywords, part.Kind, whole.Kind, out var swap);
            if (type is null)
            {
                run.Notice($"No relation type of the vocabulary says that a {part.Kind} belongs to a {whole.Kind}; such candidates were left out.");
                continue;
            }

            run.Propose(new ProposedRelation(view, paragraph, swap ? whole.Id : part.Id, swap ? part.Id : whole.Id, type,
                Math.Min(body.First, owner.First), Math.Max(body.Last, owner.Last), 0.7, rule, string.Empty, "part-of"));
        }
    }
}
