using System.ComponentModel;

namespace KnowledgeGraph.Api.Contracts;

/// <summary>The body of <c>POST /api/documents/extract</c>.</summary>
/// <param name="Text">The article as plain text: title, paragraphs separated by blank lines, numbered footnotes "[n] ..." at the end.</param>
/// <param name="DocumentId">The id the document would have in the graph (a lowercase slug), written into the evidence; optional.</param>
/// <param name="MinConfidence">Relation candidates under this confidence are held back; 0.6 when absent, 0 lists every candidate.</param>
public sealed record ExtractRequest(
    [property: Description("The article as plain text: title, paragraphs separated by blank lines, numbered footnotes \"[n] ...\" at the end. At most 200 000 characters.")]
    string? Text,
    [property: Description("The id the document would have in the graph (a lowercase slug such as 'my-article-2025'), written into the evidence; optional.")]
    string? DocumentId,
    [property: Description("Relation candidates under this confidence (0 to 1) are held back and counted in heldBack; 0.6 when absent, 0 lists every candidate.")]
    double? MinConfidence = null);

// The response of POST /api/documents/extract is KnowledgeGraph.Extraction.ExtractionResponse, mapped by
// ExtractionJson.ToResponse: the same DTO and mapper as `kg extract`, so the CLI and the API print one JSON shape.

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
/// <param name="Outlet">The outlet that published it, as printed.</param>
/// <param name="OutletEntity">The id of the outlet's entity, if the graph has one.</param>
/// <param name="Url">The address of the document as read.</param>
/// <param name="Byline">The byline as printed, for authors the graph has no entity for.</param>
/// <param name="DerivedFrom">The documents or outlets it reprints or cites ("citing TASS"); it counts as their outlet, not as an independent source.</param>
/// <param name="Claims">Its own claims checked against other documents: confirmed, contested, unconfirmed or unchecked.</param>
public sealed record DocumentDto(
    string Id,
    string Title,
    IReadOnlyList<EntityRefDto> Authors,
    string? Language,
    string? Published,
    int ParagraphCount,
    string? Description,
    int Relations,
    IReadOnlyList<FootnoteDto> Footnotes,
    string? Outlet,
    string? OutletEntity,
    string? Url,
    string? Byline,
    IReadOnlyList<string> DerivedFrom,
    IReadOnlyList<ClaimDto> Claims);

/// <summary>One of a document's claims checked against other documents of the graph.</summary>
/// <param name="Paragraph">The paragraph that makes the claim.</param>
/// <param name="Footnote">The footnote that cites a source for it, if any.</param>
/// <param name="Relations">The ids of the relations the claim states.</param>
/// <param name="Verification">confirmed, contested, unconfirmed or unchecked.</param>
/// <param name="Documents">The ids of the documents read to check it.</param>
/// <param name="Note">What the check found, in the curator's words.</param>
public sealed record ClaimDto(int Paragraph, int? Footnote, IReadOnlyList<string> Relations, string Verification, IReadOnlyList<string> Documents, string Note);

/// <summary>A reference to an entity.</summary>
/// <param name="Id">The entity's id.</param>
/// <param name="Name">The entity's name.</param>
public sealed record EntityRefDto(string Id, string Name);

/// <summary>A numbered footnote and the source it cites.</summary>
/// <param name="Number">The number, as in the marker [n].</param>
/// <param name="Paragraph">The paragraph holding the footnote's text.</param>
/// <param name="Citation">The cited source.</param>
public sealed record FootnoteDto(int Number, int Paragraph, CitationDto Citation);
