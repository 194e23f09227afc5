using System.Collections.Immutable;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction;

/// <summary>What the extractor proposes for one article: entities, relations and the document's footnotes.</summary>
/// <param name="DocumentId">The id the caller gave the document, or <see langword="null"/>.</param>
/// <param name="Title">The article's title as found in its first heading, or <see langword="null"/>.</param>
/// <param name="ParagraphCount">The number of paragraphs (non-empty blocks separated by blank lines).</param>
/// <param name="Footnotes">The footnotes with their parsed citations.</param>
/// <param name="Entities">Every entity the text mentions: existing ones (<see cref="EntityCandidate.IsNew"/> false) and new candidates.</param>
/// <param name="Relations">The relation candidates, in text order.</param>
/// <param name="AmbiguousMentions">Mentions that fit more than one entity; reported, never guessed.</param>
/// <param name="Notices">Remarks about the run, e.g. trigger concepts the vocabulary has no type for.</param>
public sealed record ExtractionResult(
    string? DocumentId,
    string? Title,
    int ParagraphCount,
    ImmutableArray<ExtractedFootnote> Footnotes,
    ImmutableArray<EntityCandidate> Entities,
    ImmutableArray<RelationCandidate> Relations,
    ImmutableArray<AmbiguousMention> AmbiguousMentions,
    ImmutableArray<string> Notices)
{
    /// <summary>Gets the confidence below which relation candidates were held back (<see cref="AtConfidence"/>); 0 when none were.</summary>
    public double MinConfidence { get; init; }

    /// <summary>Gets how many relation candidates were held back for a confidence under the threshold (see AtConfidence).</summary>
    public int HeldBack { get; init; }

    /// <summary>
    /// Keeps the relation candidates whose confidence is at least <paramref name="minConfidence"/> and counts the
    /// rest in <see cref="HeldBack"/>, with a notice saying so. Entities stay as they are.
    /// </summary>
    /// <param name="minConfidence">The threshold, from 0 to 1; <see cref="ArticleExtractor.DefaultMinConfidence"/> is the one the API and <c>kg</c> use unless told otherwise.</param>
    /// <returns>The result at that threshold.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is not a number from 0 to 1.</exception>
    public ExtractionResult AtConfidence(double minConfidence)
    {
        if (!(minConfidence is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(minConfidence), minConfidence, "The confidence threshold must be a number from 0 to 1.");
        }

        var kept = Relations.Where(r => r.Confidence >= minConfidence).ToImmutableArray();
        var heldBack = HeldBack + (Relations.Length - kept.Length);
        var notices = Relations.Length == kept.Length
            ? Notices
            : Notices.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{Relations.Length - kept.Length} relation candidate(s) with confidence under {minConfidence:0.00} held back; ask for minConfidence 0 to see every candidate."));
        return this with { Relations = kept, Notices = notices, MinConfidence = Math.Max(MinConfidence, minConfidence), HeldBack = heldBack };
    }
}

/// <summary>A place in the text where an entity is named.</summary>
/// <param name="Paragraph">The paragraph number (from 1).</param>
/// <param name="Sentence">The sentence number within the paragraph (from 1).</param>
/// <param name="Start">The character offset of the mention in the whole text.</param>
/// <param name="Length">The mention's length in characters.</param>
/// <param name="Text">The mention as written.</param>
public sealed record CandidateMention(int Paragraph, int Sentence, int Start, int Length, string Text);

/// <summary>An entity the text mentions: one of the graph, or a new candidate for a person to review.</summary>
/// <param name="Id">The entity's id in the graph, or the proposed id of a new candidate.</param>
/// <param name="Name">The canonical name (the graph's, or as the text first writes it).</param>
/// <param name="Kind">The entity kind, a name of the vocabulary's kinds.</param>
/// <param name="IsNew">Whether the graph lacks the entity.</param>
/// <param name="Role">The office or role the text introduces it with ("Deputy Foreign Minister of Armenia"), if any.</param>
/// <param name="Mentions">Where the text names it.</param>
public sealed record EntityCandidate(string Id, string Name, string Kind, bool IsNew, string? Role, ImmutableArray<CandidateMention> Mentions)
{
    /// <summary>Gets the ISO 3166-1 alpha-2 code of a state, from the built-in list of states.</summary>
    public string? IsoAlpha2 { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-3 code of a state, from the built-in list of states.</summary>
    public string? IsoAlpha3 { get; init; }

    /// <summary>Gets other names the text uses for a new candidate (surname, acronym, longer form).</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>Gets the rule that found it: <c>gazetteer</c> for graph entities, e.g. <c>titled-person</c> or <c>org-head-noun</c> for new ones.</summary>
    public string Rule { get; init; } = "gazetteer";

    /// <summary>Gets how sure the rule is that this is a real entity of that kind, from 0 to 1.</summary>
    public double Confidence { get; init; } = 1.0;
}

/// <summary>Where the text states a relation candidate.</summary>
/// <param name="Document">The document id, when the caller gave one.</param>
/// <param name="Paragraph">The paragraph number (from 1).</param>
/// <param name="Sentence">The sentence number within the paragraph (from 1).</param>
/// <param name="Start">The character offset of the evidence span (from the first end to the last) in the whole text.</param>
/// <param name="Length">The span's length in characters.</param>
/// <param name="Footnote">The footnote the sentence cites (or, failing that, the nearest one its paragraph cites), if any.</param>
/// <param name="Snippet">The span's text, for a reviewer; shortened to 240 characters.</param>
public sealed record CandidateEvidence(string? Document, int Paragraph, int Sentence, int Start, int Length, int? Footnote, string Snippet);

/// <summary>A proposed relation statement with its evidence and the rule that produced it.</summary>
/// <param name="Source">The id of the acting entity (existing, or a new candidate of <see cref="ExtractionResult.Entities"/>).</param>
/// <param name="Target">The id of the entity acted upon.</param>
/// <param name="Type">The relation type's name in the vocabulary.</param>
/// <param name="Certainty">The text's modality: stated, reported, hedged, hypothetical or denied.</param>
/// <param name="Time">When it held, as far as the sentence says; <see langword="null"/> when it says nothing.</param>
/// <param name="Evidence">Where the text says so.</param>
/// <param name="Confidence">
/// How likely a careful reader confirms the proposal, from 0 to 1 (not the text's certainty): the built-in
/// <see cref="ProposalScorer"/>'s score, learned from read articles. The rule's own estimate is <see cref="RuleConfidence"/>.
/// </param>
/// <param name="Rule">The rule that produced it, e.g. <c>between-pair</c>, <c>subject-verb-object</c>, <c>title-role</c>.</param>
public sealed record RelationCandidate(
    string Source,
    string Target,
    string Type,
    Certainty Certainty,
    RelationTime? Time,
    CandidateEvidence Evidence,
    double Confidence,
    string Rule)
{
    private readonly double? ruleConfidence;

    /// <summary>Gets how sure the rule that made the proposal is of its ends and type, from 0 to 1; the same as <see cref="Confidence"/> until a scorer sets that.</summary>
    public double RuleConfidence
    {
        get => ruleConfidence ?? Confidence;
        init => ruleConfidence = value;
    }

    /// <summary>Gets the trigger words as written ("held talks", "signed", "Deputy Foreign Minister").</summary>
    public string Trigger { get; init; } = string.Empty;

    /// <summary>Gets the lexicon concept the trigger expresses ("phone-call", "head-of-government").</summary>
    public string Concept { get; init; } = string.Empty;

    /// <summary>Gets the words that set a certainty other than stated ("could", "denied"), if any.</summary>
    public string? ModalityCue { get; init; }

    /// <summary>Gets the modality that set a certainty other than stated (readiness, intent, negation, claim, ...), if any.</summary>
    public ModalityKind? Modality { get; init; }
}

/// <summary>A mention that fits several entities; the extractor does not guess which.</summary>
/// <param name="Mention">Where it is.</param>
/// <param name="Candidates">The ids of the entities it could name.</param>
public sealed record AmbiguousMention(CandidateMention Mention, ImmutableArray<string> Candidates);
