namespace KnowledgeGraph.Extraction;

/// <summary>
/// "Azerbaijan's victory in the 44-day war", "regained by Azerbaijan during the war", "the 2020 war with Armenia": a state
/// that won, lost or took ground in a war, or that the war was with, was one of its sides. Only for a war the text names as
/// an event ("war" or "conflict" in the words that name it).
/// </summary>
internal sealed class WarSideRule : RelationRule
{
    /// <summary>Nouns of an outcome a possessive state had in a war.</summary>
    private static readonly HashSet<string> OutcomeNouns = new(StringComparer.Ordinal) { "victory", "defeat", "win", "triumph", "loss" };

    /// <summary>Participles of taking or losing ground, whose agent after "by" fought in the war named after them.</summary>
    private static readonly HashSet<string> TakingParticiples = new(StringComparer.Ordinal)
    {
        "regained", "recaptured", "retaken", "retook", "captured", "seized", "liberated", "taken", "reclaimed", "won", "lost", "occupied",
    };

    public override string Name => "war-side";

    public override double BaseConfidence => 0.7;

    public override string Pattern => "\"A's victory in the X war\", \"regained by A during the X war\", \"the X war with B\": A (B) participant-in the war";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) => lexicon.TypesOf("attend");

    public override RuleScope Scope => RuleScope.Body;

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        var (run, view) = (context.Run, context.View);
        if (run.Model.Lexicon.Concept("attend") is not { } attend || run.Model.EventKind is not { } eventKind || run.Model.StateKind is not { } stateKind)
        {
            return;
        }

        foreach (var war in view.Mentions.ToList())
        {
            if (!war.CanBeArgument || run.Entity(war.EntityId)?.Kind != eventKind
                || !Enumerable.Range(war.First, war.Last - war.First + 1).Any(k => view.Key(k) is "war" or "conflict"))
            {
                continue;
            }

            // Before the war: "in the" / "during the" after an outcome noun, or after a participle and its agent.
            var article = view.Key(war.First - 1) is "the" or "a" ? war.First - 1 : war.First;
            var preposition = article - 1;
            if (view.Key(preposition) is "in" && OutcomeNouns.Contains(view.Key(preposition - 1)) && preposition >= 3
                && view.Tokens[preposition - 2].Kind == TokenKind.Possessive && view.MentionAt(preposition - 3) is { } winner)
            {
                Propose(winner, view.Text(preposition - 1, preposition)); // "Azerbaijan's victory in the war"
            }
            else if (view.Key(preposition) is "during" or "in" && view.MentionAt(preposition - 1) is { } agent && agent.Last == preposition - 1
                && view.Key(agent.First - 1) == "by" && TakingParticiples.Contains(view.Key(agent.First - 2)))
            {
                Propose(agent, view.Tokens[agent.First - 2].Text); // "regained by Azerbaijan during the war"
            }

            // After the war: "the 2020 war with Armenia".
            if (view.Key(war.Last + 1) == "with" && view.MentionStartingAt(war.Last + 2) is { } other)
            {
                Propose(other, "with");
            }

            void Propose(EntityMention state, string trigger)
            {
                if (!state.CanBeArgument || run.Entity(state.EntityId)?.Kind != stateKind)
                {
                    return;
                }

                TriggerFrameRule.EmitResolved(run, view, context.Paragraph, attend, state.EntityId, war.EntityId, null, run.TimeNear(view, war.First),
                    Math.Min(state.First, war.First), Math.Max(state.Last, war.Last), BaseConfidence * Math.Min(state.Confidence, war.Confidence), Name, trigger);
            }
        }
    }
}
