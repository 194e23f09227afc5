using System.ComponentModel;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Api.Contracts;

/// <summary>The body of <c>POST /api/documents/extract</c>.</summary>
/// <param name="Text">The article as plain text: title, paragraphs separated by blank lines, numbered footnotes "[n] ..." at the end.</param>
/// <param name="DocumentId">The id the document would have in the graph (a lowercase slug), written into the evidence; optional.</param>
public sealed record ExtractRequest(
    [property: Description("The article as plain text: title, paragraphs separated by blank lines, numbered footnotes \"[n] ...\" at the end. At most 200 000 characters.")]
    string? Text,
    [property: Description("The id the document would have in the graph (a lowercase slug such as 'my-article-2025'), written into the evidence; optional.")]
    string? DocumentId);

/// <summary>What the extractor proposes for an article; nothing in the graph changes.</summary>
/// <param name="DocumentId">The document id given, if any.</param>
/// <param name="Title">The article's title as found in its first heading.</param>
/// <param name="ParagraphCount">The number of paragraphs.</param>
/// <param name="Entities">Existing entities the text names (<c>isNew</c> false) and new candidates.</param>
/// <param name="Relations">Relation candidates; <c>source</c> and <c>target</c> are ids of existing entities or of new candidates in <c>entities</c>.</param>
/// <param name="Footnotes">The footnotes with their parsed citations.</param>
/// <param name="AmbiguousMentions">Mentions that fit several entities: reported, never guessed.</param>
/// <param name="Notices">Remarks about the run.</param>
public sealed record ExtractionResponse(
    string? DocumentId,
    string? Title,
    int ParagraphCount,
    IReadOnlyList<ExtractedEntityDto> Entities,
    IReadOnlyList<ExtractedRelationDto> Relations,
    IReadOnlyList<ExtractedFootnoteDto> Footnotes,
    IReadOnlyList<AmbiguousMention> AmbiguousMentions,
    IReadOnlyList<string> Notices);

/// <summary>An entity the text names: one of the graph or a new candidate.</summary>
/// <param name="Id">The graph id, or the proposed id of a new candidate.</param>
/// <param name="Name">The canonical name.</param>
/// <param name="Kind">The entity kind.</param>
/// <param name="IsNew">Whether the graph lacks it.</param>
/// <param name="Role">The office or role the text introduces it with.</param>
/// <param name="Aliases">Other names the text uses for a new candidate.</param>
/// <param name="IsoAlpha2">The ISO 3166-1 alpha-2 code of a state.</param>
/// <param name="Rule">The rule that found it.</param>
/// <param name="Confidence">How sure the rule is, from 0 to 1.</param>
/// <param name="Mentions">Where the text names it (paragraph, sentence, character span).</param>
public sealed record ExtractedEntityDto(string Id, string Name, string Kind, bool IsNew, string? Role, IReadOnlyList<string> Aliases, string? IsoAlpha2, string Rule, double Confidence, IReadOnlyList<CandidateMention> Mentions);

/// <summary>A proposed relation statement.</summary>
/// <param name="Source">The acting entity's id.</param>
/// <param name="Target">The id of the entity acted upon.</param>
/// <param name="Type">The relation type.</param>
/// <param name="Certainty">stated, reported, hedged, hypothetical or denied: the text's modality.</param>
/// <param name="Time">When it held, as far as the sentence says.</param>
/// <param name="Evidence">Paragraph, sentence, character span, footnote and snippet.</param>
/// <param name="Confidence">How sure the rule is of the ends and the type, from 0 to 1.</param>
/// <param name="Rule">The rule that produced it.</param>
/// <param name="Trigger">The trigger words as written.</param>
/// <param name="ModalityCue">The words that set a certainty other than stated, if any.</param>
public sealed record ExtractedRelationDto(string Source, string Target, string Type, string Certainty, TimeDto? Time, CandidateEvidence Evidence, double Confidence, string Rule, string Trigger, string? ModalityCue);

/// <summary>A footnote and its parsed citation.</summary>
/// <param name="Number">The footnote's number.</param>
/// <param name="Paragraph">The paragraph holding it.</param>
/// <param name="Authors">The cited work's authors as written.</param>
/// <param name="Title">The cited work's title.</param>
/// <param name="Outlet">The outlet.</param>
/// <param name="Url">The address.</param>
/// <param name="Accessed">The access date (partial ISO date).</param>
public sealed record ExtractedFootnoteDto(int Number, int Paragraph, IReadOnlyList<string> Authors, string? Title, string? Outlet, string? Url, string? Accessed);

/// <summary>A source document of the graph.</summary>
/// <param name="Id">The document's id, as evidence refers to it.</param>
/// <param name="Title">The title.</param>
/// <param name="Authors">The authors' entities (id and name).</param>
/// <param name="Language">The language code.</param>
/// <param name="Published">The publication date, when known (partial ISO date).</param>
/// <param name="ParagraphCount">The number of paragraphs.</param>
/// <param name="Description">A one-sentence summary in the curator's words.</param>
/// <param name="Relations">How many relations cite it.</param>
/// <param name="Footnotes">Its numbered footnotes and the sources they cite.</param>
public sealed record DocumentDto(string Id, string Title, IReadOnlyList<EntityRefDto> Authors, string? Language, string? Published, int ParagraphCount, string? Description, int Relations, IReadOnlyList<FootnoteDto> Footnotes);

/// <summary>A reference to an entity.</summary>
/// <param name="Id">The entity's id.</param>
/// <param name="Name">The entity's name.</param>
public sealed record EntityRefDto(string Id, string Name);

/// <summary>A numbered footnote and the source it cites.</summary>
/// <param name="Number">The number, as in the marker [n].</param>
/// <param name="Paragraph">The paragraph holding the footnote's text.</param>
/// <param name="Citation">The cited source.</param>
public sealed record FootnoteDto(int Number, int Paragraph, CitationDto Citation);
