using static KnowledgeGraph.Extraction.ClauseAnalyzer;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// "The EU was represented by A and B", "the states were represented by the President of X A, the President of Y B": in a
/// report of a gathering, the persons listed after "represented by" took part in it, and so did the state or body named as
/// the subject. The gathering is the one named after "at" in the sentence, else the last one named in this paragraph or
/// the one before; without one, nothing is proposed.
/// </summary>
internal sealed class RepresentedAtEventRule : RelationRule
{
    public override string Name => "represented-at-event";

    public override double BaseConfidence => 0.6;

    public override string Pattern => "\"The EU was represented by A and B\" after a sentence naming a summit (or \"... at the summit\"): A, B and the EU participant-in the summit";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) => lexicon.TypesOf("attend");

    public override RuleScope Scope => RuleScope.Body;

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        var (run, view) = (context.Run, context.View);
        if (run.Model.Lexicon.Concept("attend") is not { } attend || run.Model.EventKind is not { } eventKind)
        {
            return;
        }

        for (var k = 1; k + 1 < view.Tokens.Length; k++)
        {
            if (view.Key(k) != "represented" || view.Key(k + 1) != "by" || !WordLists.BeAuxiliaries.Contains(view.Key(k - 1)))
            {
                continue;
            }

            // The persons listed after "by", up to the end of the sentence or a clause of its own.
            var listed = new List<EntityMention>();
            EntityMention? named = null;
            for (var j = k + 2; j < view.Tokens.Length && view.Key(j) is not (";" or "while" or "whereas" or "but" or "which" or "who"); j++)
            {
                if (view.MentionStartingAt(j) is not { CanBeArgument: true } m || run.Entity(m.EntityId) is not { } e)
                {
                    continue;
                }

                if (e.Kind == eventKind && view.Key(m.First - 1) is "at" or "the" && (view.Key(m.First - 1) == "at" || view.Key(m.First - 2) == "at"))
                {
                    named = m;
                    break;
                }

                if (run.Model.IsPersonKind(e.Kind))
                {
                    listed.Add(m);
                }

                j = m.Last;
            }

            var gathering = named?.EntityId ?? run.LastNamed(e => e.Kind == eventKind, view.Sentence.Paragraph - 1);
            if (listed.Count == 0 || gathering is null)
            {
                continue;
            }

            var modality = new ModalitySpan(k - 1, k + 1, ClauseStart(view, k));
            var time = run.TimeNear(view, k);
            foreach (var person in listed)
            {
                TriggerFrameRule.EmitResolved(run, view, context.Paragraph, attend, person.EntityId, gathering, modality, time, Math.Min(k - 1, person.First), person.Last,
                    BaseConfidence * person.Confidence, Name, "represented by");
            }

            // The subject that was represented: a state or body ending right before the auxiliary.
            if (view.MentionAt(k - 2) is { CanBeArgument: true } subject && subject.Last == k - 2 && run.Entity(subject.EntityId) is { } s
                && (s.Kind == run.Model.StateKind || s.Kind == run.Model.OrganizationKind))
            {
                TriggerFrameRule.EmitResolved(run, view, context.Paragraph, attend, s.Id, gathering, modality, time, subject.First, k + 1,
                    BaseConfidence * subject.Confidence, Name, "represented by");
            }
        }
    }
}
