namespace KnowledgeGraph.Extraction;

/// <summary>
/// "a Russia-backed breakaway region", "Abkhazia, a Russia-backed region of Georgia": the one whose name stands before
/// "-backed" supports what the phrase describes, the next name or the name the phrase is apposed to.
/// </summary>
internal sealed class BackedByRule : RelationRule
{
    public override string Name => "backed-by";

    public override double BaseConfidence => 0.7;

    public override string Pattern => "\"the Russia-backed separatists of X\", \"Abkhazia, a Russia-backed breakaway region\": A supports B";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) => lexicon.TypesOf("support");

    public override RuleScope Scope => RuleScope.Body;

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        var (run, view) = (context.Run, context.View);
        if (run.Model.Lexicon.Concept("support") is not { } support)
        {
            return;
        }

        foreach (var backer in view.Mentions.ToList())
        {
            if (view.Key(backer.Last + 1) != "-" || view.Key(backer.Last + 2) is not ("backed" or "supported" or "sponsored") || run.Entity(backer.EntityId) is not { } b
                || !(b.Kind == run.Model.StateKind || b.Kind == run.Model.OrganizationKind))
            {
                continue;
            }

            // The described name: apposed before ("Abkhazia, a Russia-backed region"), else the next name within the phrase.
            var article = backer.First - 1;
            var backed = view.Key(article) is "a" or "an" && view.Key(article - 1) == "," ? view.MentionAt(article - 2) : null;
            if (backed is null)
            {
                for (var k = backer.Last + 3; k < Math.Min(view.Tokens.Length, backer.Last + 6); k++)
                {
                    if (view.MentionStartingAt(k) is { } next)
                    {
                        backed = next;
                        break;
                    }

                    if (view.Tokens[k].Kind != TokenKind.Word || view.Tokens[k].IsCapitalized || WordLists.Prepositions.Contains(view.Key(k)))
                    {
                        break;
                    }
                }
            }

            if (backed is null || !backed.CanBeArgument || backed.EntityId == backer.EntityId)
            {
                continue;
            }

            TriggerFrameRule.EmitResolved(run, view, context.Paragraph, support, backer.EntityId, backed.EntityId, null, null,
                Math.Min(backer.First, backed.First), Math.Max(backer.Last + 2, backed.Last), BaseConfidence * Math.Min(backer.Confidence, backed.Confidence), Name, view.Tokens[backer.Last + 2].Text);
        }
    }
}
