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

    /// <summary>
    /// Gets the positions the evidence takes on the relation: evidence that agrees on certainty, time and qualifiers
    /// (each piece's own values where it gives them, the relation's otherwise) forms one position, in evidence order.
    /// </summary>
    public ImmutableArray<RelationPosition> Positions => RelationPosition.Of(this);

    /// <summary>
    /// Gets whether the documents disagree about the relation: its evidence takes more than one position (one states
    /// it and another denies it, they give different dates, or different values of a qualifier such as the status).
    /// </summary>
    public bool IsContested => Evidence.Any(e => e.Certainty is not null || e.Time is not null || !e.Qualifiers.IsEmpty) && Positions.Length > 1;
}

/// <summary>
/// One side of a relation the documents disagree about: the certainty, time and qualifiers that some of its evidence
/// gives, and that evidence.
/// </summary>
public sealed record RelationPosition
{
    /// <summary>Gets how firmly this side asserts the relation (<see cref="Certainty.Denied"/> for the side that denies it).</summary>
    public required Certainty Certainty { get; init; }

    /// <summary>Gets when this side says the relation held.</summary>
    public required RelationTime Time { get; init; }

    /// <summary>Gets the qualifiers this side gives: the relation's, with the evidence's own values in place of them.</summary>
    public required ImmutableSortedDictionary<string, string> Qualifiers { get; init; }

    /// <summary>Gets the evidence that takes this side, in the relation's evidence order.</summary>
    public required ImmutableArray<Evidence> Evidence { get; init; }

    /// <summary>Gets the ids of the documents whose evidence takes this side, in evidence order, each once.</summary>
    public ImmutableArray<string> Documents => [.. Evidence.Select(e => e.Document).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>Gets the position one piece of evidence takes on a relation: its own values where it gives them, the relation's otherwise.</summary>
    /// <param name="relation">The relation.</param>
    /// <param name="evidence">One piece of its evidence.</param>
    /// <returns>The position, holding only that piece of evidence.</returns>
    public static RelationPosition Of(Relation relation, Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(relation);
        ArgumentNullException.ThrowIfNull(evidence);
        var qualifiers = relation.Qualifiers;
        foreach (var (key, value) in evidence.Qualifiers)
        {
            qualifiers = qualifiers.SetItem(key, value);
        }

        return new RelationPosition
        {
            Certainty = evidence.Certainty ?? relation.Certainty,
            Time = evidence.Time ?? relation.Time,
            Qualifiers = qualifiers,
            Evidence = [evidence],
        };
    }

    /// <summary>Gets whether two positions say the same: equal certainty, time and qualifiers (the evidence aside).</summary>
    /// <param name="other">The other position.</param>
    /// <returns><see langword="true"/> when they agree.</returns>
    public bool Agrees(RelationPosition other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Certainty == other.Certainty && Time == other.Time && Qualifiers.Count == other.Qualifiers.Count
            && Qualifiers.All(q => other.Qualifiers.TryGetValue(q.Key, out var v) && v == q.Value);
    }

    internal static ImmutableArray<RelationPosition> Of(Relation relation)
    {
        var positions = new List<RelationPosition>();
        foreach (var evidence in relation.Evidence)
        {
            var single = Of(relation, evidence);
            var index = positions.FindIndex(p => p.Agrees(single));
            if (index < 0)
            {
                positions.Add(single);
            }
            else
            {
                positions[index] = positions[index] with { Evidence = positions[index].Evidence.Add(evidence) };
            }
        }

        return [.. positions];
    }
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

    /// <summary>
    /// Gets how firmly this document asserts the relation when it differs from the relation's certainty (for instance
    /// <see cref="Certainty.Denied"/> where another document states it), or <see langword="null"/> when it agrees.
    /// </summary>
    public Certainty? Certainty { get; init; }

    /// <summary>Gets when this document says the relation held when it differs from the relation's time, or <see langword="null"/>.</summary>
    public RelationTime? Time { get; init; }

    /// <summary>Gets the qualifiers whose value this document gives differently from the relation's (for instance another <c>status</c>).</summary>
    public ImmutableSortedDictionary<string, string> Qualifiers { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
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

    /// <summary>Gets the name of the outlet that published the document, as printed.</summary>
    public string? Outlet { get; init; }

    /// <summary>Gets the id of the outlet's entity (of kind <c>Outlet</c>), when the graph has one.</summary>
    public string? OutletEntity { get; init; }

    /// <summary>Gets the document's address, for a document read on the web.</summary>
    public string? Url { get; init; }

    /// <summary>Gets the byline as printed, for authors the graph has no entity for.</summary>
    public string? Byline { get; init; }

    /// <summary>
    /// Gets what the document repeats rather than reports itself: ids of documents it reprints or cites, or of
    /// <c>Outlet</c> entities it cites ("citing TASS"). A derived document is not an independent source.
    /// </summary>
    public ImmutableArray<string> DerivedFrom { get; init; } = [];

    /// <summary>
    /// Gets the document's own claims checked against other documents: which are confirmed, contested, unconfirmed or
    /// could not be checked (for an analysis, its claims against the sources it cites).
    /// </summary>
    public ImmutableArray<ClaimCheck> Claims { get; init; } = [];
}

/// <summary>
/// Which documents support a relation and how many independent outlets they come from (see
/// <see cref="Graph.SupportOf(Relation)"/> for how independence is counted).
/// </summary>
public sealed record RelationSupport
{
    /// <summary>Gets the ids of the documents whose evidence supports the relation, in evidence order, each once.</summary>
    public required ImmutableArray<string> Documents { get; init; }

    /// <summary>Gets the ids of the documents whose evidence disputes the relation (denies what it states, or states what it denies).</summary>
    public required ImmutableArray<string> DisputingDocuments { get; init; }

    /// <summary>Gets the independent outlets behind those documents, each once, in order of first appearance.</summary>
    public required ImmutableArray<string> Outlets { get; init; }

    /// <summary>Gets the number of independent outlets (<see cref="Outlets"/>' length).</summary>
    public int OutletCount => Outlets.Length;

    /// <summary>Gets whether the documents disagree about the relation (<see cref="Relation.IsContested"/>).</summary>
    public required bool Contested { get; init; }
}
