using System.Collections.Immutable;

namespace KnowledgeGraph.Extraction;

/// <summary>A mention of an entity in a sentence: a span of tokens linked to one entity.</summary>
/// <param name="First">The index of its first token in <see cref="SentenceView.Tokens"/>.</param>
/// <param name="Last">The index of its last token.</param>
/// <param name="EntityId">The entity's id (of the graph, a built-in state or a new candidate).</param>
/// <param name="Form">How the words name the entity.</param>
/// <param name="Rule">The rule that found it.</param>
/// <param name="Confidence">How sure the rule is, from 0 to 1.</param>
internal sealed record EntityMention(int First, int Last, string EntityId, FormKind Form, string Rule, double Confidence)
{
    /// <summary>Gets whether a demonym stands for its state here ("the Armenian side").</summary>
    public bool StandsForState { get; init; }

    /// <summary>Gets the mentions of the parties a described name joins inside its span ("the Iran–Israel conflict"), if any.</summary>
    public ImmutableArray<EntityMention> Parts { get; init; } = [];

    /// <summary>Gets whether the mention can be an end of a relation: demonyms only when they stand for the state.</summary>
    public bool CanBeArgument => Form != FormKind.Demonym || StandsForState;
}

/// <summary>An office title in a sentence, with the person it introduces and the state or body it belongs to.</summary>
/// <param name="First">The index of the title's first token.</param>
/// <param name="Last">The index of its last token.</param>
/// <param name="Role">The role concept of the lexicon.</param>
/// <param name="Person">The mention of the title holder, if found.</param>
/// <param name="Of">The mention of the state or body ("Russian", "of Armenia"), if found.</param>
internal sealed record TitleSpan(int First, int Last, RoleConcept Role, EntityMention? Person, EntityMention? Of);

/// <summary>A sentence with its tokens (footnote markers removed), mentions, titles and dates.</summary>
internal sealed class SentenceView
{
    public SentenceView(Sentence sentence)
    {
        Sentence = sentence;
        Tokens = [.. sentence.Tokens.Where(t => t.Kind != TokenKind.Footnote)];
        Reserved = new bool[Tokens.Length];
    }

    public Sentence Sentence { get; }

    /// <summary>Gets whether the sentence is a cited title in headline case, where capitalization says nothing about names.</summary>
    public bool IsHeadline { get; init; }

    /// <summary>Gets whether the sentence is a heading of the text (its title line or a sub-heading), where articles are often left out ("A, B sign border treaty").</summary>
    public bool IsHeading { get; init; }

    /// <summary>Gets the kind of an entity of the document (graph or new), by id; null when unknown.</summary>
    public Func<string, string?> KindOf { get; init; } = _ => null;

    public ImmutableArray<Token> Tokens { get; }

    /// <summary>Gets flags for tokens that belong to titles or names and so to no other mention.</summary>
    public bool[] Reserved { get; }

    public List<EntityMention> Mentions { get; } = [];

    public List<TitleSpan> Titles { get; } = [];

    public ImmutableArray<DateMention> Dates { get; set; } = [];

    /// <summary>Gets the mention that covers token <paramref name="index"/>, if any.</summary>
    public EntityMention? MentionAt(int index) => Mentions.FirstOrDefault(m => m.First <= index && index <= m.Last);

    /// <summary>Gets the mention that starts at token <paramref name="index"/>, if any.</summary>
    public EntityMention? MentionStartingAt(int index) => Mentions.FirstOrDefault(m => m.First == index);

    /// <summary>Whether token <paramref name="index"/> is a hyphen written with no space on either side ("NATO-member", "re-establish").</summary>
    public bool IsGluedHyphen(int index) =>
        index > 0 && index + 1 < Tokens.Length && Tokens[index].Key == "-" && Tokens[index - 1].End == Tokens[index].Start && Tokens[index].End == Tokens[index + 1].Start;

    /// <summary>Gets the folded token at <paramref name="index"/>, or "" outside the sentence.</summary>
    public string Key(int index) => index >= 0 && index < Tokens.Length ? Tokens[index].Key : string.Empty;

    /// <summary>Gets the text from the first to the last token, as written.</summary>
    public string Text(int first, int last)
    {
        var start = Tokens[first].Start - Sentence.Start;
        var end = Tokens[last].End - Sentence.Start;
        var text = Sentence.Text[start..end];

        // "[French President Emmanuel] Macron": an editor's brackets are no part of a name (footnote markers are tokens of their own).
        return text.Contains(']', StringComparison.Ordinal) || text.Contains('[', StringComparison.Ordinal)
            ? text.Replace("[", string.Empty, StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal)
            : text;
    }
}
