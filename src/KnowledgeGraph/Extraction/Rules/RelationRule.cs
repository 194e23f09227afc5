namespace KnowledgeGraph.Extraction;

/// <summary>The paragraphs a rule reads.</summary>
[Flags]
internal enum RuleScope
{
    /// <summary>Running text (body paragraphs and the trailer).</summary>
    Body = 1,

    /// <summary>Footnotes: their cited titles and citations.</summary>
    Footnote = 2,
}

/// <summary>A footnote's citation entities, for the rules that read footnotes.</summary>
/// <param name="Footnote">The parsed footnote.</param>
/// <param name="OutletId">The outlet's entity id, if any.</param>
/// <param name="AuthorIds">The authors' entity ids.</param>
internal sealed record CitationContext(ExtractedFootnote Footnote, string? OutletId, List<string> AuthorIds);

/// <summary>What a rule sees: the run (entities, the model, where proposals go), one sentence and its paragraph.</summary>
/// <param name="Run">The document's run.</param>
/// <param name="View">The sentence with its mentions, titles and dates.</param>
/// <param name="Paragraph">The sentence's paragraph.</param>
/// <param name="Citation">The footnote's citation, in a footnote.</param>
internal sealed record RuleContext(DocumentRun Run, SentenceView View, Paragraph Paragraph, CitationContext? Citation);

/// <summary>
/// A relation rule: a name (the prefix of every <see cref="RelationCandidate.Rule"/> it writes, or the family of its
/// variants), the relation types it may propose, a base confidence and <see cref="Apply"/>, which hands proposals to
/// <see cref="DocumentRun.Propose"/>. Rules are stateless; per-document state lives on the run. Adding a rule is a class,
/// a line in <see cref="RuleRegistry"/> and a test.
/// </summary>
internal abstract class RelationRule
{
    /// <summary>Gets the rule's name.</summary>
    public abstract string Name { get; }

    /// <summary>Gets the confidence of its typical candidate, before the ends' mention confidence.</summary>
    public abstract double BaseConfidence { get; }

    /// <summary>Gets the patterns it reads, with examples written for the documentation.</summary>
    public abstract string Pattern { get; }

    /// <summary>Gets the paragraphs it reads.</summary>
    public abstract RuleScope Scope { get; }

    /// <summary>The relation type names the rule may propose, taken from the lexicon (the vocabulary decides which exist).</summary>
    /// <param name="lexicon">The lexicon.</param>
    /// <returns>The type names, in the lexicon's order of preference.</returns>
    public abstract IEnumerable<string> Types(TriggerLexicon lexicon);

    /// <summary>Whether a mention names an actor: a person, a state or a body (not a place, event or document).</summary>
    /// <param name="run">The run.</param>
    /// <param name="m">The mention.</param>
    /// <returns>Whether the mention's entity can act.</returns>
    protected static bool IsActor(DocumentRun run, EntityMention m) =>
        run.Entity(m.EntityId) is { } e && (run.Model.IsPersonKind(e.Kind) || e.Kind == run.Model.StateKind || e.Kind == run.Model.OrganizationKind);

    /// <summary>Proposes the relations the rule finds in one sentence.</summary>
    /// <param name="context">The run, the sentence and its paragraph.</param>
    public abstract void Apply(RuleContext context);
}
