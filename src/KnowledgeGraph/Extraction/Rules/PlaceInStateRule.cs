using static KnowledgeGraph.Extraction.ClauseAnalyzer;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// A place the text locates in a state by the way it names it: "the Russian city of Yekaterinburg" (a demonym before a
/// place noun and "of"), or "in Yekaterinburg, Russia" (a place, a comma and a state that ends the phrase, not a list).
/// </summary>
internal sealed class PlaceInStateRule : RelationRule
{
    /// <summary>Nouns of places that a demonym and "of" name: "the Armenian village of Kirants", "the Russian republic of Chechnya".</summary>
    private static readonly HashSet<string> PlaceNouns = new([.. WordLists.SettlementNouns, .. WordLists.AreaNouns, "republic", "community"], StringComparer.Ordinal);

    public override string Name => "place-in-state";

    public override double BaseConfidence => 0.75;

    public override string Pattern => "\"the Russian city of Yekaterinburg\", \"in Yekaterinburg, Russia\": the place is located in the state";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) => NameRule.LocatedInTypes;

    public override RuleScope Scope => RuleScope.Body;

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        var (run, view) = (context.Run, context.View);
        foreach (var m in view.Mentions.ToList())
        {
            if (run.Entity(m.EntityId) is not { } place || place.Kind != run.Model.PlaceKind)
            {
                continue;
            }

            EntityMention? state = null;

            // "the Russian city of Yekaterinburg"
            if (view.Key(m.First - 1) == "of" && PlaceNouns.Contains(view.Key(m.First - 2)) && view.MentionAt(m.First - 3) is { } demonym
                && demonym.Form == FormKind.Demonym && demonym.Last == m.First - 3 && view.Key(demonym.First - 1) is "the" or "a" or "an")
            {
                state = demonym;
            }

            // "in Yekaterinburg, Russia," / "in Yekaterinburg, Russia."
            else if (view.Key(m.First - 1) is "in" or "at" or "near" or "from" or "outside" && view.Key(m.Last + 1) == ","
                && view.MentionStartingAt(m.Last + 2) is { Form: FormKind.Name or FormKind.Alias } named
                && view.Key(named.Last + 1) is "," or "." or ";" or "on" or "—" or ")" && view.Key(named.Last + 2) is not ("and" or "or")
                && !(view.Key(named.Last + 1) == "," && view.MentionStartingAt(named.Last + 2) is not null))
            {
                state = named;
            }

            if (state is null || run.Entity(state.EntityId) is not { } country || country.Kind != run.Model.StateKind)
            {
                continue;
            }

            var cue = new ModalitySpan(m.First, m.Last, ClauseStart(view, m.First));
            run.Structural(view, context.Paragraph, NameRule.LocatedInTypes, ["locat"], place, country, cue, Math.Min(m.First, state.First), Math.Max(m.Last, state.Last), BaseConfidence, Name);
        }
    }
}
