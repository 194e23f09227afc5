namespace KnowledgeGraph.Extraction;

/// <summary>
/// A sentence that opens with the host's invitation ("At the invitation of Rahmon, Pezeshkian travelled to Dushanbe", "At
/// Putin's invitation, the trip is Pashinyan's first visit"): the one named in the opening phrase invited the main clause's
/// first actor, who may be a subject or the possessor of the visit.
/// </summary>
internal sealed class FrontedInvitationRule : RelationRule
{
    public override string Name => "fronted-invitation";

    public override double BaseConfidence => 0.75;

    public override string Pattern => "\"At the invitation of A, B travelled to C\", \"At A's invitation, the trip is B's first visit\": A invited B";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) => lexicon.TypesOf("invitation");

    public override RuleScope Scope => RuleScope.Body;

    /// <summary>Whether the invitation noun at <paramref name="cue"/> is this rule's: "at (the) invitation of A", "on the invitation of A".</summary>
    internal static bool Owns(SentenceView view, int cue) =>
        view.Key(cue + 1) == "of" && (view.Key(cue - 1) == "at" || (view.Key(cue - 1) == "the" && view.Key(cue - 2) is "at" or "on" or "upon"));

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        var (run, view) = (context.Run, context.View);
        if (view.Key(0) is not ("at" or "on" or "upon") || run.Model.Lexicon.Concept("invitation") is not { } invitation)
        {
            return;
        }

        var comma = ClauseAnalyzer.FindKey(view, 1, Math.Min(view.Tokens.Length - 1, 20), ",");
        var cue = ClauseAnalyzer.FindKey(view, 1, comma - 1, "invitation");
        if (comma < 0 || cue < 0)
        {
            return;
        }

        // The host: "the invitation of A" after the cue, or "A's invitation" before it.
        // ("the invitation of the President of China Xi Jinping": the person the title introduces, not the state in the title)
        var host = view.Key(cue + 1) == "of"
            ? view.Mentions.FirstOrDefault(m => m.First > cue + 1 && m.Last < comma && m.CanBeArgument && run.Entity(m.EntityId) is { } e && run.Model.IsPersonKind(e.Kind))
                ?? view.Mentions.FirstOrDefault(m => m.First > cue + 1 && m.Last < comma && m.CanBeArgument && IsActor(run, m))
            : view.Mentions.LastOrDefault(m => m.Last < cue && m.First > 0 && m.CanBeArgument && IsActor(run, m) && view.Tokens[m.Last + 1].Kind == TokenKind.Possessive);
        if (host is null)
        {
            return;
        }

        // The guest: the main clause's first actor, a subject or a possessor ("the trip is Pezeshkian's first visit").
        var guest = view.Mentions.FirstOrDefault(m => m.First > comma && m.CanBeArgument && IsActor(run, m) && m.EntityId != host.EntityId
            && (!ClauseAnalyzer.Governed(view, m) || (m.Last + 1 < view.Tokens.Length && view.Tokens[m.Last + 1].Kind == TokenKind.Possessive)));
        if (guest is null)
        {
            return;
        }

        TriggerFrameRule.EmitResolved(run, view, context.Paragraph, invitation, host.EntityId, guest.EntityId, null, run.TimeNear(view, cue),
            cue, cue, BaseConfidence * Math.Min(host.Confidence, guest.Confidence), Name, view.Tokens[cue].Text);
    }
}
