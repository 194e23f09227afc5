using static KnowledgeGraph.Extraction.ClauseAnalyzer;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// "Armenia bought Indian artillery systems", "Azerbaijan, armed with Turkish and Pakistani weapons, ...": weapons named by
/// the demonym of the state they come from, after a verb of acquiring (or "armed with"), are arms the acquirer got from it.
/// </summary>
internal sealed class ArmsOriginRule : RelationRule
{
    private static readonly HashSet<string> AcquiringVerbs = new(StringComparer.Ordinal)
    {
        "bought", "buys", "buy", "buying", "acquired", "acquires", "acquire", "acquiring", "purchased", "purchases", "purchase", "purchasing",
        "procured", "procures", "procure", "imported", "imports", "import", "received", "receives", "ordered", "orders",
    };

    public override string Name => "arms-origin";

    public override double BaseConfidence => 0.7;

    public override string Pattern => "\"A bought Indian artillery systems\", \"A, armed with Turkish and Pakistani weapons\": A acquired arms from the states the demonyms name";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) => lexicon.TypesOf("supply");

    public override RuleScope Scope => RuleScope.Body;

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        var (run, view) = (context.Run, context.View);
        if (run.Model.Lexicon.Concept("supply") is not { } supply)
        {
            return;
        }

        for (var v = 1; v < view.Tokens.Length - 2; v++)
        {
            var armedWith = view.Key(v) == "armed" && view.Key(v + 1) == "with";
            if (!armedWith && !AcquiringVerbs.Contains(view.Key(v)))
            {
                continue;
            }

            // The demonyms right after the verb ("Indian and French"), then at most two words and a weapon noun or system.
            var k = armedWith ? v + 2 : v + 1;
            var origins = new List<EntityMention>();
            while (view.MentionAt(k) is { Form: FormKind.Demonym } demonym && run.Entity(demonym.EntityId)?.Kind == run.Model.StateKind)
            {
                origins.Add(demonym);
                k = demonym.Last + 1;
                if (view.Key(k) is "and" or ",")
                {
                    k++;
                }
            }

            var end = Enumerable.Range(k, Math.Max(0, Math.Min(view.Tokens.Length, k + 3) - k))
                .FirstOrDefault(x => supply.ObjectHeads.Contains(view.Key(x)) || run.Entity(view.MentionAt(x)?.EntityId ?? string.Empty)?.Kind == run.Model.WeaponKind, -1);
            if (origins.Count == 0 || end < 0)
            {
                continue;
            }

            // Who acquired: the clause's subject, or for "X, armed with ..." the mention before the comma.
            var acquirers = armedWith && view.Key(v - 1) == "," ? view.Mentions.Where(m => m.Last == v - 2 && m.CanBeArgument).ToList()
                : !armedWith ? Subject(run.Model, view, v, ClauseStart(view, v)) : [];
            foreach (var a in acquirers)
            {
                foreach (var o in origins.Where(o => o.EntityId != a.EntityId))
                {
                    TriggerFrameRule.EmitResolved(run, view, context.Paragraph, supply, o.EntityId, a.EntityId, new ModalitySpan(v, v, ClauseStart(view, v)), null,
                        Math.Min(a.First, v), end, BaseConfidence * a.Confidence, Name, view.Tokens[v].Text);
                }
            }
        }
    }
}
