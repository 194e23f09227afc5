using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction;

/// <summary>The words whose modality decides a proposal's certainty: the trigger and the start of its clause.</summary>
/// <param name="First">The trigger's (or the name's) first token.</param>
/// <param name="Last">Its last token.</param>
/// <param name="ClauseStart">The first token of its clause.</param>
internal readonly record struct ModalitySpan(int First, int Last, int ClauseStart);

/// <summary>
/// A relation a rule proposes, before the modality stage reads its certainty and the linking stage merges repeats:
/// the two ends, the resolved type, the sentence and span, the rule and its confidence.
/// </summary>
internal sealed record ProposedRelation(
    SentenceView View,
    Paragraph Paragraph,
    string Source,
    string Target,
    RelationType Type,
    int SpanFirst,
    int SpanLast,
    double Confidence,
    string Rule,
    string Trigger,
    string Concept)
{
    /// <summary>Gets the words whose modality counts; <see langword="null"/> for relations a title or possessive states outright.</summary>
    public ModalitySpan? Modality { get; init; }

    /// <summary>Gets the lexicon concept behind a trigger rule, whose intent types replace a done act under readiness or intent.</summary>
    public TriggerConcept? TriggerConcept { get; init; }

    /// <summary>Gets when the relation held, as the sentence says.</summary>
    public RelationTime? Time { get; init; }

    /// <summary>Gets whether the relation is read from an entity's name ("the Armenia-Azerbaijan treaty"), not from a clause.</summary>
    public bool FromName { get; init; }
}
