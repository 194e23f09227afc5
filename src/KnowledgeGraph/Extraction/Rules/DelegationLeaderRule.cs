using static KnowledgeGraph.Extraction.ClauseAnalyzer;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// "A Kazakh delegation led by Deputy Prime Minister X", "the Georgian delegation, headed by Y,": the person named after
/// "led by" or "headed by" leads the delegation. The delegation is the body the mention stage makes of a state's or a
/// party's delegation; a delegation that stands for its state (none was made) gets nothing here.
/// </summary>
internal sealed class DelegationLeaderRule : RelationRule
{
    public override string Name => "delegation-leader";

    public override double BaseConfidence => 0.8;

    public override string Pattern => "\"a Kazakh delegation led by X\", \"the Georgian delegation, headed by Y,\": the person leads the delegation";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) => lexicon.TypesOf("co-chair");

    public override RuleScope Scope => RuleScope.Body;

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        var (run, view) = (context.Run, context.View);
        if (run.Model.Lexicon.Concept("co-chair") is not { } lead)
        {
            return;
        }

        foreach (var delegation in view.Mentions.ToList())
        {
            if (view.Key(delegation.Last) != "delegation" || run.Entity(delegation.EntityId) is not { IsNew: true } body || body.Kind != run.Model.OrganizationKind)
            {
                continue;
            }

            var k = view.Key(delegation.Last + 1) == "," ? delegation.Last + 2 : delegation.Last + 1;
            if (view.Key(k) is not ("led" or "headed") || view.Key(k + 1) != "by")
            {
                continue;
            }

            var at = view.Key(k + 2) == "the" ? k + 3 : k + 2;
            if (PersonAt(view, at) is not { CanBeArgument: true } leader || run.Entity(leader.EntityId) is not { } person || !run.Model.IsPersonKind(person.Kind))
            {
                continue;
            }

            TriggerFrameRule.EmitResolved(run, view, context.Paragraph, lead, leader.EntityId, delegation.EntityId, new ModalitySpan(k, k, ClauseStart(view, delegation.First)), null,
                delegation.First, Math.Max(leader.Last, at), BaseConfidence * Math.Min(delegation.Confidence, leader.Confidence), Name, view.Tokens[k].Text);
        }
    }
}
