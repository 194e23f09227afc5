using static KnowledgeGraph.Extraction.ClauseAnalyzer;

namespace KnowledgeGraph.Extraction;

/// <summary>"The celebration of Victory Day on May 9 in Moscow": an event mention followed by "in" a place is located there.</summary>
internal sealed class EventInPlaceRule : RelationRule
{
    public override string Name => "event-in-place";

    public override double BaseConfidence => 0.7;

    public override string Pattern => "an event followed by \"in\" a place: \"the celebration of Victory Day on May 9 in Moscow\"";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) => NameRule.LocatedInTypes;

    public override RuleScope Scope => RuleScope.Body;

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        EventLocations(context.Run, context.View, context.Paragraph);
    }

    /// <summary>"The 3+3 format (involving Azerbaijan, Armenia, Georgia ...)": each listed party is a member.</summary>
    /// <summary>"The celebration of Victory Day on May 9 in Moscow": an event mention followed by "in" a place is located there.</summary>
    private static void EventLocations(DocumentRun run, SentenceView view, Paragraph paragraph)
    {
        foreach (var m in view.Mentions.ToList())
        {
            if (run.Entity(m.EntityId) is not { } e || e.Kind != run.Model.EventKind)
            {
                continue;
            }

            var k = m.Last + 1;
            while (k < view.Tokens.Length && (view.Key(k) is "on" or "," || view.Dates.Any(d => d.Start <= view.Tokens[k].Start && view.Tokens[k].End <= d.Start + d.Length)))
            {
                k++;
            }

            if (view.Key(k) == "in" && view.MentionStartingAt(k + 1) is { } at && run.Entity(at.EntityId) is { } place
                && (place.Kind == run.Model.PlaceKind || place.Kind == run.Model.StateKind))
            {
                var cue = new ModalitySpan(m.First, m.Last, ClauseStart(view, m.First));
                run.Structural(view, paragraph, NameRule.LocatedInTypes, ["locat"], e, place, cue, m.First, at.Last, 0.7, "event-in-place");
            }
        }
    }
}
