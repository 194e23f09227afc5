namespace KnowledgeGraph.Extraction;

/// <summary>
/// Proposes what a graph should gain from a new article: the entities it mentions (linked to the graph's or new)
/// and typed relation candidates between them, each with evidence, certainty, confidence and the rule that
/// produced it. Runs offline and deterministically from rules, a gazetteer and a trigger lexicon; a learned
/// <see cref="ProposalScorer"/> sets each relation candidate's confidence.
/// </summary>
/// <remarks>
/// The graph supplies the gazetteer (entity names, aliases, demonyms, metonyms), the entity kinds and the relation
/// vocabulary. Its relations are never read: every relation candidate comes from the text; the reviewers' judgements
/// (<see cref="Graph.RejectedRelations"/>, <see cref="Graph.RejectedLinks"/>) remove what a person already rejected. An instance is
/// immutable after construction and safe to share between threads.
/// </remarks>
public sealed class ArticleExtractor
{
    /// <summary>
    /// The confidence threshold the API and <c>kg</c> apply unless told otherwise. Chosen where the learned
    /// <see cref="ProposalScorer"/>, measured on articles it was not trained on, raised precision most for the least
    /// recall (docs/EXTRACTION.md, "Learned confidence").
    /// </summary>
    public const double DefaultMinConfidence = 0.6;

    private readonly ExtractorModel model;
    private readonly JudgementFilter judgements;
    private readonly ProposalScorer scorer;

    /// <summary>Creates an extractor for the graph, with the built-in lexicon, list of states and proposal scorer.</summary>
    /// <param name="graph">The graph whose entities and vocabulary the proposals refer to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public ArticleExtractor(Graph graph)
        : this(graph, ProposalScorer.Default)
    {
    }

    /// <summary>Creates an extractor for the graph that scores relation candidates with the given model.</summary>
    /// <param name="graph">The graph whose entities and vocabulary the proposals refer to.</param>
    /// <param name="scorer">The model that sets each relation candidate's confidence, e.g. one trained on your own readings.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ArticleExtractor(Graph graph, ProposalScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(scorer);
        model = new ExtractorModel(graph, TriggerLexicon.Default, WorldStates.Default);
        judgements = new JudgementFilter(graph);
        this.scorer = scorer;
    }

    /// <summary>Extracts entity and relation candidates from a plain-text article.</summary>
    /// <param name="text">The article: title, paragraphs separated by blank lines, numbered footnotes "[n] ..." at the end.</param>
    /// <param name="documentId">The id the document will have in the graph, written into the evidence; optional.</param>
    /// <returns>The proposals, every relation candidate with its confidence (see <see cref="ExtractionResult.AtConfidence"/>); nothing in the graph changes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ExtractionInputException">The text is empty or holds no paragraph of running text.</exception>
    public ExtractionResult Extract(string text, string? documentId = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ExtractionInputException("The text is empty.", nameof(text));
        }

        var segmented = TextSegmenter.Segment(text);
        if (!segmented.Paragraphs.Any(p => p.Role == ParagraphRole.Body))
        {
            throw new ExtractionInputException("The text holds no paragraph of running text (only headings or footnotes); paragraphs are blocks separated by blank lines.", nameof(text));
        }

        return Score(judgements.Apply(new DocumentRun(model, documentId).Run(segmented)));
    }

    /// <summary>Keeps each relation candidate's rule confidence and sets its confidence to the scorer's (read from the unscored candidate).</summary>
    private ExtractionResult Score(ExtractionResult result) =>
        result with { Relations = [.. result.Relations.Select(r => r with { RuleConfidence = r.Confidence, Confidence = scorer.Score(ProposalScorer.Features(r, result)) })] };
}
