using static KnowledgeGraph.Extraction.ClauseAnalyzer;

namespace KnowledgeGraph.Extraction;

/// <summary>"The 3+3 format (involving A, B and C)": each listed party is a member of the group.</summary>
internal sealed class ListMembershipRule : RelationRule
{
    public override string Name => "list-membership";

    public override double BaseConfidence => 0.8;

    public override string Pattern => "a group name followed by a member list: \"the X Council (involving A, B and C)\"";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) => lexicon.NameParties.Values.SelectMany(t => t);

    public override RuleScope Scope => RuleScope.Body;

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        ListMembershipRelations(context.Run, context.View, context.Paragraph);
    }

    private static void ListMembershipRelations(DocumentRun run, SentenceView view, Paragraph paragraph)
    {
        foreach (var m in view.Mentions)
        {
            if (run.Entity(m.EntityId) is not { } group || !run.Model.Lexicon.NameParties.TryGetValue(group.Kind, out var types))
            {
                continue;
            }

            var k = m.Last + 1;
            while (k < view.Tokens.Length && k - m.Last <= 4 && (view.Key(k) is "(" or "," || view.MentionAt(k) is null && !view.Tokens[k].IsCapitalized && !run.Model.Lexicon.ListMembership.Any(w => KeysAt(view.Tokens, k, Tokenizer.Keys(w)))))
            {
                k++;
            }

            var cue = run.Model.Lexicon.ListMembership.FirstOrDefault(w => KeysAt(view.Tokens, k, Tokenizer.Keys(w)));
            if (cue is null)
            {
                continue;
            }

            var members = Coordinated(view, k + Tokenizer.Keys(cue).Length, view.Tokens.Length - 1);
            var modalityCue = new ModalitySpan(m.First, m.Last, ClauseStart(view, m.First));
            foreach (var member in members)
            {
                if (run.Entity(member.EntityId) is { } e)
                {
                    run.Structural(view, paragraph, types, ["member", "particip", "party"], e, group, modalityCue, m.First, member.Last, 0.8, "list-membership");
                }
            }
        }
    }
}
