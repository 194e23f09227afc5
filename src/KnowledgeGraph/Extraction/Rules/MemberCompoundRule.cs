namespace KnowledgeGraph.Extraction;

/// <summary>
/// A body named right before "member" describes the state after it: "NATO-member Turkey", "fellow EU member
/// Slovakia" (the state is a member of the body); and after a comma, "Greece, a NATO member, ..." (the same). The trigger
/// rule leaves such a "member" alone (<see cref="At"/>), so the body is never read as a member of what follows.
/// </summary>
internal sealed class MemberCompoundRule : RelationRule
{
    /// <inheritdoc/>
    public override string Name => "member-compound";

    /// <inheritdoc/>
    public override double BaseConfidence => 0.8;

    /// <inheritdoc/>
    public override string Pattern => "a body right before \"member\" or \"member state\" and a state right after (\"NATO-member Turkey\", \"fellow EU member Slovakia\"), or a state before a comma and \"a/an [fellow] <body> member [state]\" (\"Greece, a NATO member, ...\"): member-of";

    /// <inheritdoc/>
    public override RuleScope Scope => RuleScope.Body;

    /// <inheritdoc/>
    public override IEnumerable<string> Types(TriggerLexicon lexicon) =>
        lexicon.NameParties.GetValueOrDefault("Organization", []);

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        var (run, view) = (context.Run, context.View);
        for (var i = 1; i < view.Tokens.Length; i++)
        {
            if (At(run, view, i) is not { } found || run.Entity(found.Body.EntityId) is not { } body || run.Entity(found.Member.EntityId) is not { } member)
            {
                continue;
            }

            var types = run.Model.Lexicon.NameParties.GetValueOrDefault(body.Kind, []);
            if (run.Model.Types.Resolve(types, null, null, [], member.Kind, body.Kind, out var swap) is { } type && !swap)
            {
                var (first, last) = (Math.Min(found.Body.First, found.Member.First), Math.Max(found.Body.Last, Math.Max(found.Member.Last, i)));
                run.Propose(new ProposedRelation(view, context.Paragraph, member.Id, body.Id, type, first, last,
                    BaseConfidence * Math.Min(found.Body.Confidence, found.Member.Confidence), Name, view.Tokens[i].Text, "membership"));
            }
        }
    }

    /// <summary>
    /// The body and its member when token <paramref name="i"/> is "member" in such a compound, else null:
    /// "NATO-member Turkey", "EU member Slovakia", "Greece, a NATO member".
    /// </summary>
    /// <param name="run">The run.</param>
    /// <param name="view">The sentence.</param>
    /// <param name="i">The token that may be "member".</param>
    /// <returns>The body's and the member's mentions, or null.</returns>
    public static (EntityMention Body, EntityMention Member)? At(DocumentRun run, SentenceView view, int i)
    {
        if (view.Key(i) != "member" || view.MentionAt(i) is not null)
        {
            return null;
        }

        var bodyEnd = view.IsGluedHyphen(i - 1) ? i - 2 : i - 1;
        if (view.MentionAt(bodyEnd) is not { } body || body.Last != bodyEnd || run.Entity(body.EntityId) is not { } org || org.Kind != run.Model.OrganizationKind)
        {
            return null;
        }

        var after = view.Key(i + 1) is "state" or "country" ? i + 2 : i + 1;

        // "NATO-member Turkey", "fellow EU member Slovakia": the member follows.
        if (view.MentionStartingAt(after) is { } member && IsMember(run, member) && member.EntityId != body.EntityId)
        {
            return (body, member);
        }

        // "Greece, a NATO member, ...": the member is apposed before.
        var article = body.First - 1;
        if (view.Key(article) == "fellow")
        {
            article--;
        }

        return view.Key(article) is "a" or "an" && view.Key(article - 1) == "," && view.MentionAt(article - 2) is { } apposed && apposed.Last == article - 2
            && IsMember(run, apposed) && apposed.EntityId != body.EntityId
            ? (body, apposed)
            : null;
    }

    private static bool IsMember(DocumentRun run, EntityMention m) =>
        m.CanBeArgument && run.Entity(m.EntityId) is { } e && e.Kind == run.Model.StateKind;
}
