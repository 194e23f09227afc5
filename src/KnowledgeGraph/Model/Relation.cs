using System.Collections.Immutable;

namespace KnowledgeGraph.Model;

/// <summary>
/// A statement that one entity stands in a typed relation to another, with when it held, how firmly the
/// text asserts it, and where the text says so.
/// </summary>
public sealed record Relation
{
    /// <summary>Gets the stable id of the statement.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the name of its <see cref="RelationType"/>.</summary>
    public required string Type { get; init; }

    /// <summary>Gets the id of the entity that acts (the caller, visitor, signer, office holder).</summary>
    public required string Source { get; init; }

    /// <summary>Gets the id of the entity acted upon.</summary>
    public required string Target { get; init; }

    /// <summary>Gets when the relation held.</summary>
    public RelationTime Time { get; init; } = RelationTime.Unknown;

    /// <summary>Gets how firmly the text asserts it.</summary>
    public required Certainty Certainty { get; init; }

    /// <summary>Gets whether the text only implies the relation rather than naming it.</summary>
    public bool Implicit { get; init; }

    /// <summary>Gets extra facts about the statement (topics, place, who initiated it), keyed by name.</summary>
    public ImmutableSortedDictionary<string, string> Qualifiers { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>Gets where the text says so; never empty in loaded data.</summary>
    public required ImmutableArray<Evidence> Evidence { get; init; }
}

/// <summary>
/// Where a relation is stated: a paragraph of a source document (and the footnote it cites there), or
/// background knowledge with its own citation.
/// </summary>
public sealed record Evidence
{
    /// <summary>Gets the id of the source document, or <see langword="null"/> for background knowledge.</summary>
    public string? Document { get; init; }

    /// <summary>Gets the paragraph number in the document.</summary>
    public int? Paragraph { get; init; }

    /// <summary>Gets the footnote number cited in that paragraph for this fact.</summary>
    public int? Footnote { get; init; }

    /// <summary>Gets a short note in the curator's words.</summary>
    public string? Note { get; init; }

    /// <summary>Gets whether this is background knowledge rather than a statement of the document.</summary>
    public bool Background { get; init; }

    /// <summary>Gets the cited source: the footnote's citation, or the background citation.</summary>
    public Citation? Citation { get; init; }
}

/// <summary>A cited source: outlet, title, address and access date.</summary>
public sealed record Citation
{
    /// <summary>Gets the outlet's name as printed.</summary>
    public required string Outlet { get; init; }

    /// <summary>Gets the id of the outlet's entity, when the graph has one.</summary>
    public string? OutletEntity { get; init; }

    /// <summary>Gets the cited work's title.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the cited work's address.</summary>
    public string? Url { get; init; }

    /// <summary>Gets when the source was accessed.</summary>
    public PartialDate? Accessed { get; init; }

    /// <summary>Gets the ids of the cited work's authors.</summary>
    public ImmutableArray<string> Authors { get; init; } = [];
}

/// <summary>A numbered footnote of a document and the source it cites.</summary>
/// <param name="Number">The footnote's number, as in the marker <c>[n]</c>.</param>
/// <param name="Paragraph">The paragraph that holds the footnote's text.</param>
/// <param name="Citation">The cited source.</param>
public sealed record Footnote(int Number, int Paragraph, Citation Citation);

/// <summary>
/// A source text the graph was curated from. Paragraphs are the non-empty blocks separated by blank
/// lines in the text file, counted from 1 (a heading line is a paragraph of its own).
/// </summary>
public sealed record SourceDocument
{
    /// <summary>Gets the document's id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the name of the text file the paragraphs are counted in.</summary>
    public string? File { get; init; }

    /// <summary>Gets the ids of the authors' entities.</summary>
    public ImmutableArray<string> Authors { get; init; } = [];

    /// <summary>Gets the language code, e.g. <c>en</c>.</summary>
    public string? Language { get; init; }

    /// <summary>Gets the publication date, when known.</summary>
    public PartialDate? Published { get; init; }

    /// <summary>Gets the number of paragraphs.</summary>
    public required int ParagraphCount { get; init; }

    /// <summary>Gets a one-sentence summary in the curator's words.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the footnotes, by number.</summary>
    public ImmutableArray<Footnote> Footnotes { get; init; } = [];
}
