using System.ComponentModel;

namespace KnowledgeGraph.Api.Contracts;

/// <summary>The body of <c>POST /api/documents/extract</c>.</summary>
/// <param name="Text">The article as plain text: title, paragraphs separated by blank lines, numbered footnotes "[n] ..." at the end.</param>
/// <param name="DocumentId">The id the document would have in the graph (a lowercase slug), written into the evidence; optional.</param>
public sealed record ExtractRequest(
    [property: Description("The article as plain text: title, paragraphs separated by blank lines, numbered footnotes \"[n] ...\" at the end. At most 200 000 characters.")]
    string? Text,
    [property: Description("The id the document would have in the graph (a lowercase slug such as 'my-article-2025'), written into the evidence; optional.")]
    string? DocumentId);

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
/// <param name="Outlet">The outlet that published it, as printed (e.g. "TASS").</param>
/// <param name="OutletEntity">The id of the outlet's entity, if the graph has one.</param>
/// <param name="Url">Where it was published.</param>
/// <param name="Byline">The byline as printed, when it names no author entity.</param>
/// <param name="DerivedFrom">The documents or outlets it repeats (a reprint, a report citing TASS): it counts as their outlets, not as an independent one.</param>
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
    IReadOnlyList<string> DerivedFrom);

/// <summary>A reference to an entity.</summary>
/// <param name="Id">The entity's id.</param>
/// <param name="Name">The entity's name.</param>
public sealed record EntityRefDto(string Id, string Name);

/// <summary>A numbered footnote and the source it cites.</summary>
/// <param name="Number">The number, as in the marker [n].</param>
/// <param name="Paragraph">The paragraph holding the footnote's text.</param>
/// <param name="Citation">The cited source.</param>
public sealed record FootnoteDto(int Number, int Paragraph, CitationDto Citation);
