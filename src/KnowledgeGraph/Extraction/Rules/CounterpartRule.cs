namespace KnowledgeGraph.Extraction;

/// <summary>
/// "Lecornu met his Armenian counterpart Suren Papikyan": a counterpart holds the same office as the person whose
/// counterpart he is, in the state the text names before "counterpart". The office is the one the text (or the graph)
/// gives that person; without an office or a state nothing is proposed.
/// </summary>
internal sealed class CounterpartRule : RelationRule
{
    public override string Name => "counterpart-role";

    public override double BaseConfidence => 0.75;

    public override string Pattern => "\"his Armenian counterpart Suren Papikyan\", \"Lecornu's Armenian counterpart, Suren Papikyan\": the counterpart holds the other's office in the state named before \"counterpart\"";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) => lexicon.Roles.SelectMany(r => r.Types).Concat(lexicon.GenericRoleTypes);

    public override RuleScope Scope => RuleScope.Body;

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        var (run, view) = (context.Run, context.View);
        for (var i = 1; i < view.Tokens.Length; i++)
        {
            if (view.Key(i) is not ("counterpart" or "counterparts"))
            {
                continue;
            }

            // The state: "his Armenian counterpart" (a demonym or a state right before the noun).
            if (view.MentionAt(i - 1) is not { } stateMention || run.Entity(stateMention.EntityId) is not { } state || state.Kind != run.Model.StateKind)
            {
                continue;
            }

            // Whose counterpart: "his"/"her" (a pronoun mention) or a possessor ("Lecornu's Armenian counterpart").
            var k = stateMention.First - 1;
            var owner = view.MentionAt(k) is { } p && run.Entity(p.EntityId) is { } pe && run.Model.IsPersonKind(pe.Kind) ? pe
                : view.Tokens[Math.Max(0, k)].Kind == TokenKind.Possessive && view.MentionAt(k - 1) is { } q && run.Entity(q.EntityId) is { } qe && run.Model.IsPersonKind(qe.Kind) ? qe
                : null;
            var next = view.Key(i + 1) == "," ? i + 2 : i + 1;
            if (owner is null || view.MentionStartingAt(next) is not { } counterpartMention || run.Entity(counterpartMention.EntityId) is not { } counterpart
                || !run.Model.IsPersonKind(counterpart.Kind) || counterpart.Id == owner.Id)
            {
                continue;
            }

            if (run.RoleOf(owner.Id) is not { } role)
            {
                continue;
            }

            // A counterpart holds an office: a new person becomes an official ("his Iranian counterpart Abbas Araghchi").
            var kind = counterpart.IsNew && counterpart.Kind == run.Model.PersonKind && run.Model.OfficialKind is { } official ? official : counterpart.Kind;
            var type = run.Model.Types.Resolve(role.Types.Concat(run.Model.Lexicon.GenericRoleTypes), null, null, [], kind, state.Kind, out var swap);
            if (type is null)
            {
                continue;
            }

            counterpart.Kind = kind;
            context.Run.Propose(new ProposedRelation(view, context.Paragraph, swap ? state.Id : counterpart.Id, swap ? counterpart.Id : state.Id, type,
                stateMention.First, counterpartMention.Last, 0.75 * counterpartMention.Confidence, Name, view.Text(stateMention.First, i), role.Concept));
        }
    }
}
