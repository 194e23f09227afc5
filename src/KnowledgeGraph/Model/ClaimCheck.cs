using System.Collections.Immutable;

namespace KnowledgeGraph.Model;

/// <summary>
/// One of a document's own claims checked against the other documents of the graph: the relations the claim
/// states, where the document makes it (and the footnote that cites a source for it), what the check found, and
/// the documents read to check it.
/// </summary>
public sealed record ClaimCheck
{
    /// <summary>Gets the paragraph of the document that makes the claim.</summary>
    public required int Paragraph { get; init; }

    /// <summary>Gets the footnote that cites a source for the claim, when the document gives one.</summary>
    public int? Footnote { get; init; }

    /// <summary>Gets the ids of the relations the claim states; each has evidence from the document.</summary>
    public required ImmutableArray<string> Relations { get; init; }

    /// <summary>Gets what the check found.</summary>
    public required ClaimVerification Verification { get; init; }

    /// <summary>Gets the ids of the documents of the graph read to check the claim (those that confirm, dispute or are silent on it).</summary>
    public ImmutableArray<string> Documents { get; init; } = [];

    /// <summary>Gets what the check found, in the curator's words.</summary>
    public required string Note { get; init; }
}
