using static KnowledgeGraph.Extraction.ClauseAnalyzer;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// "Israel and Turkey are Azerbaijan's main arms suppliers", "Russia remains the largest supplier of weapons to Armenia":
/// the one the supplier noun belongs to (a possessor, or the end after "to" or "of") acquires arms from the copula's subject.
/// </summary>
internal sealed class SupplierRule : RelationRule
{
    public override string Name => "supplier";

    public override double BaseConfidence => 0.7;

    public override string Pattern => "\"A and B are C's main arms suppliers\", \"A remains the largest supplier of weapons to C\": C acquired arms from A and B";

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

        for (var noun = 2; noun < view.Tokens.Length; noun++)
        {
            if (view.Key(noun) is not ("supplier" or "suppliers"))
            {
                continue;
            }

            // Back over the describing words ("main", "largest", "arms") to a possessor or a determiner, then the copula.
            var k = noun - 1;
            while (k >= 0 && noun - k <= 4 && view.MentionAt(k) is null && view.Tokens[k].Kind == TokenKind.Word && !view.Tokens[k].IsCapitalized
                && !WordLists.Copulas.Contains(view.Key(k)) && view.Key(k) is not ("the" or "a" or "an" or "its" or "their"))
            {
                k--;
            }

            EntityMention? receiver = null;
            if (k >= 1 && view.Tokens[k].Kind == TokenKind.Possessive && view.MentionAt(k - 1) is { CanBeArgument: true } possessor)
            {
                receiver = possessor;
                k = possessor.First - 1;
            }
            else if (view.Key(k) is "the" or "a" or "an")
            {
                k--;
            }

            if (!WordLists.Copulas.Contains(view.Key(k)))
            {
                continue;
            }

            // "the largest supplier of weapons to Armenia", "a key supplier to Azerbaijan".
            var after = noun + 1;
            if (view.Key(after) == "of" && view.Key(after + 1) is "arms" or "weapons" or "weaponry" or "military")
            {
                after += view.Key(after + 2) == "equipment" ? 3 : 2;
            }

            if (receiver is null && view.Key(after) is "to" or "for" && view.MentionStartingAt(view.Key(after + 1) == "the" ? after + 2 : after + 1) is { CanBeArgument: true } to)
            {
                receiver = to;
            }

            var suppliers = Subject(run.Model, view, k, ClauseStart(view, k));
            if (receiver is null || run.Entity(receiver.EntityId) is not { } r)
            {
                continue;
            }

            foreach (var s in suppliers)
            {
                if (run.Entity(s.EntityId) is { } supplier && supplier.Id != r.Id)
                {
                    TriggerFrameRule.EmitResolved(run, view, context.Paragraph, supply, supplier.Id, r.Id, new ModalitySpan(k, noun, ClauseStart(view, k)), null,
                        Math.Min(s.First, receiver.First), Math.Max(noun, receiver.Last), BaseConfidence * s.Confidence, Name, view.Tokens[noun].Text);
                }
            }
        }
    }
}
